"""The RE2 fast path gives exactly the spans ``regex`` gives, or declines."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditcheck.text import scanner as fastscan
from auditcheck.text.index import compiled
from auditcheck.text.scanner import AsciiView, FastScanner, plan_for, without_lookarounds

pytest.importorskip("re2")
hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@pytest.fixture(autouse=True)
def _re2_on_short_texts_too(monkeypatch):
    """These tests compare RE2 with the reference engines on short texts: RE2 must run on them
    (by default a short text is left to ``re`` while a program is not compiled yet)."""
    monkeypatch.setattr(fastscan, "_SMALL_TEXT_ON", False)


REPO = Path(__file__).resolve().parents[1]

# Patterns that probe each way the engines could disagree: \w and \b next to non-ASCII
# letters, \s against no-break spaces, named stand-ins, curly apostrophes, classes, case.
PROBES = [
    r"\bcaf\w*",
    r"\w+\s+fees?\b",
    r"\bfees?\b",
    r"[^.]{0,20}\bpassports?\b",
    r"\bworkers['’]\s+\w+",
    r"\bno_such\b",
    r"\bid_card\w*",
    r"\bon site\b",
    r"\bon\s+site\b",
    r"[a-z]+\s[a-z]+",
    r"\d+\s*(?:workers|%)",
    r"\bstrasse\b",
    r"\bfine\b",
    r"\bkelvin\b",
    r"(?<!\bnot\s)\bunannounced\b",
    r"\bun[- ]?announced\b",
    r"^#+\s*\w+",
    r"\w+$",
    r"[^\w\s]+",
    r"\S+@\S+",
    r"“[^”]{1,40}”",
    r"\bre[’']?hired\b",
    r"[A-Z]{2,}",
]
TRICKY = (
    ["é", "ß", "K", "ﬁ", "\xa0", "\u202f", "’", "‘", "“", "”", "–", "—", "_", "٣", "\u200d", "\x0b", "\x0c", "\t", "Ж", "ж", "ǅ", "İ", "ı", "ª", "½", "²", "€", "©", "‿", "́"]
)
WORDS = [
    "fees",
    "fee",
    "workers",
    "passport",
    "passports",
    "caf",
    "café",
    "on",
    "site",
    "not",
    "unannounced",
    "un-announced",
    "no",
    "such",
    "id",
    "card",
    "strasse",
    "straße",
    "fine",
    "ﬁne",
    "kelvin",
    "re’hired",
    "# Heading",
    "10",
    "%",
    "a@b",
    "ID",
    "“quoted”",
    "\n",
    ".",
    " ",
]


def _pack_patterns() -> list[str]:
    from auditcheck.packs.patterns import pack_patterns
    from auditcheck.packs import load_packs

    return pack_patterns(load_packs())


def _regex_spans(text: str, pattern: str, ignore_case: bool) -> list[tuple[int, int]]:
    """What DocumentIndex.raw_matches computed before the fast path existed."""
    return [
        (m.start(), m.end())
        for m in compiled(pattern, ignore_case).finditer(text)
        if m.end() > m.start()
    ]


def _assert_same(text: str, patterns: list[str]) -> int:
    """Every pattern: the fast path declines or matches ``regex`` span for span. Returns how many ran fast."""
    scanner = FastScanner(text)
    fast = 0
    for pattern in patterns:
        for ignore_case in (True, False):
            got = scanner.spans(pattern, ignore_case)
            if got is None:
                continue
            fast += 1
            assert got == _regex_spans(text, pattern, ignore_case), (
                pattern,
                ignore_case,
                text[:80],
            )
    return fast


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_pack_patterns_on_samples_match_regex_exactly():
    patterns = _pack_patterns() + PROBES
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "sample_audits").glob("*.md"))]
    texts.append(" ".join(WORDS + TRICKY) * 3)
    assert texts, "no sample documents"
    fast = sum(_assert_same(t, patterns) for t in texts)
    assert fast > len(patterns)  # the fast path is actually used, not declined everywhere


@pytest.mark.realdev
@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_pack_patterns_on_real_texts_match_regex_exactly(real_dev):
    try:  # tests/ may or may not be a package
        from .conftest import real_dev_text
    except ImportError:
        from conftest import real_dev_text

    patterns = _pack_patterns()
    for folder in sorted(p for p in real_dev.iterdir() if (p / "source.md").exists())[:40]:
        _assert_same(real_dev_text(folder), patterns)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS + TRICKY), min_size=1, max_size=60).map(" ".join))
def test_random_tricky_texts_match_regex_exactly(text):
    _assert_same(text, PROBES)


def test_view_keeps_length_and_refuses_what_it_cannot_stand_for():
    text = "Café — workers’ fees\u00a0paid"
    view = AsciiView.of(text)
    assert view.data is not None and len(view.data) == len(text)
    assert view.mapped_word and view.mapped_space
    for bad in ("Straße", "ﬁne", "\u212a", "٣ workers"):
        assert AsciiView.of(bad).data is None, bad


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab .,\n\x0b_\x7f") + list("éü—’\u00a0\u3000喀什和田Øñ\u200b")),
        max_size=80,
    )
)
def test_view_writes_each_character_as_its_stand_in(text):
    """The view is encoded by a codec error handler; it must equal translating every character
    by the view's own table (what the view was before), in both engines' views."""
    for engine in ("regex", "re"):
        view = AsciiView.of(text, engine)
        if view.data is None:
            continue
        table = view.table or {}
        assert view.data == "".join(table.get(ord(c), c) for c in text).encode("ascii")
        assert len(view.data) == len(text)


def test_plans_decline_syntax_the_engines_read_differently():
    assert plan_for(r"\bfees?\b", True) is not None
    assert plan_for(r"workers['’]", True) is not None
    for pattern in (
        r"[[a-z]--[aeiou]]",
        r"\p{L}+",
        r"r[ée]sum[ée]",
        r"(?<!not )fees",
        r"\x41",
        r"\b",
        r"a*",
    ):
        assert plan_for(pattern, True) is None, pattern
    assert without_lookarounds(r"(?<!\bnot\s(?:an?\s)?)\bfees(?=\s)") == r"\bfees"
    assert without_lookarounds(r"[(?=]fees") is None


def test_a_set_that_gives_up_is_not_trusted(monkeypatch):
    text = "The agent kept the passports. " * 50
    patterns = [r"\bpassports?\b", r"\bvisa\b"]
    fastscan.prime(patterns)

    class GaveUp:
        def Match(self, data):
            return []  # no canary: RE2 ran out of memory, its silence means nothing

    monkeypatch.setattr(fastscan._REGISTRY, "sets_for", lambda ignore_case: [(GaveUp(), patterns)])
    scanner = FastScanner(text)
    assert scanner.spans(r"\bpassports?\b") == [(m, m + 9) for m in range(19, len(text), 30)]


def _stdlib_patterns() -> list:
    """The compiled ``re`` patterns the facts, roles and context layers scan whole documents with."""
    import re

    from auditcheck import context, facts, roles

    found = [getattr(rule, "pattern", None) for rule in facts.RULES]
    found += roles.compiled_cues()
    ref = context.builtin_reference()
    found += [getattr(place.pattern, "compiled", place.pattern) for place in ref.places]
    found += [getattr(entity.pattern, "compiled", entity.pattern) for entity in ref.entities]
    return [p for p in found if isinstance(p, re.Pattern)]


def _assert_same_re(text: str, patterns: list) -> int:
    scanner = FastScanner(text)
    fast = 0
    for rx in patterns:
        got = scanner.finditer(rx)
        if got is None:
            continue
        fast += 1
        want = list(rx.finditer(text))
        assert [m.span() for m in got] == [m.span() for m in want], (rx.pattern[:80], text[:60])
        for g, w in zip(got, want):
            assert [g.span(i) for i in range(rx.groups + 1)] == [
                w.span(i) for i in range(rx.groups + 1)
            ]
            assert g.groupdict() == w.groupdict() and g.group() == w.group()
    return fast


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_stdlib_re_patterns_match_exactly_with_groups():
    patterns = _stdlib_patterns()
    if not patterns:
        pytest.skip("no stdlib patterns found in facts/roles/context")
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "sample_audits").glob("*.md"))]
    texts.append(" ".join(WORDS + TRICKY) * 3)
    fast = sum(_assert_same_re(t, patterns) for t in texts)
    assert fast > len(patterns)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(WORDS + TRICKY + ["12", "1,200", "interviewed", "Xinjiang", "audit"]),
        min_size=1,
        max_size=50,
    ).map(" ".join)
)
def test_stdlib_re_random_tricky_texts(text):
    import re

    probes = [re.compile(p, re.IGNORECASE) for p in PROBES if "$" not in p]
    probes.append(
        re.compile(r"(?P<n>\d+)\s+(?P<what>workers|fees?)|(?P<alt>passports?)", re.IGNORECASE)
    )
    _assert_same_re(text, probes)


@pytest.mark.slow  # seconds of equivalence checking; CI runs the slow set too
def test_first_document_of_a_process_matches_regex_exactly(monkeypatch):
    """With no pattern sets built yet, absent patterns are answered by their required strings."""
    monkeypatch.setattr(fastscan, "_REGISTRY", fastscan._Registry())
    patterns = _pack_patterns()
    with_literals = [
        p for p in patterns if (plan := plan_for(p, True)) is not None and plan.literals
    ]
    assert len(with_literals) > len(patterns) // 2
    for path in sorted((REPO / "sample_audits").glob("*.md"))[:6]:
        monkeypatch.setattr(fastscan, "_REGISTRY", fastscan._Registry())
        _assert_same(path.read_text(encoding="utf-8"), patterns)


def test_lookaround_patterns_checked_only_around_superset_hits_match_regex():
    from auditcheck.document import document_from_text
    from auditcheck.text.index import DocumentIndex

    patterns = [p for p in _pack_patterns() + PROBES if plan_for(p, True) is None]
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "sample_audits").glob("*.md"))]
    texts.append(" ".join(WORDS + TRICKY) * 3)
    windowed = 0
    for text in texts:
        index = DocumentIndex(document_from_text(text, path="t.md"))
        plain = index.plain.text
        for pattern in patterns:
            windows = index._fast.windows(pattern, True)
            if windows is None:
                continue
            windowed += 1
            assert index._regex_spans(pattern, True, windows) == _regex_spans(
                plain, pattern, True
            ), pattern
    assert windowed > len(texts)


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_searching_sentences_and_headings_matches_regex_exactly():
    """Exception and section patterns are searched in one sentence or heading at a time."""
    import re

    from auditcheck.text.index import search_in

    patterns = _pack_patterns() + PROBES
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((REPO / "sample_audits").glob("*.md"))[:8]
    ]
    pieces = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n", t) if s.strip()][:300]
    pieces += [" ".join(WORDS[i : i + 6] + TRICKY[i : i + 4]) for i in range(0, len(WORDS), 3)]
    for pattern in patterns:
        rx = compiled(pattern, True)
        for piece in pieces:
            assert search_in(piece, pattern, True) == (rx.search(piece) is not None), (
                pattern,
                piece,
            )


def test_a_view_is_shared_between_engines_only_when_every_stand_in_agrees():
    same = FastScanner("Müller & Søn interviewed 24 workers in Ürümqi.")
    assert same.view("re") is same.view("regex")
    # '²' is a word character for ``re`` and not for ``regex``: two different views
    differs = FastScanner("Müller paid 10 m² of housing.")
    regex_view, re_view = differs.view("regex"), differs.view("re")
    assert regex_view is not re_view and regex_view.data != re_view.data
    assert re_view.data == AsciiView.of("Müller paid 10 m² of housing.", "re").data


def test_required_strings_are_read_in_groups_and_rule_out_only_non_matches():
    """Every match holds one string of each group; a text missing a group cannot match."""
    import re

    from auditcheck.text.scanner_syntax import _required_groups, _sre_parse

    def groups(pattern: str):
        return _required_groups(_sre_parse.parse(pattern, re.IGNORECASE))

    assert groups(r"\bno\s+forced\s+labou?r\b") == (("forced",), ("labo",), ("no",))
    assert groups(r"workers?\s+(?:were|are)\s+(?:not\s+)?paid") == (
        ("are", "were"),
        ("paid",),
        ("worker",),
    )
    assert groups(r"(?=fees)bar\w+baz") == (("bar",), ("baz",))  # a look-ahead is not in the match
    assert groups(r"a|bc") is None  # one branch has no string of two characters
    texts = ["No forced labour was found.", "Forced labour: no.", "no labour, forced or not"]
    for pattern in (r"\bno\s+forced\s+labou?r\b", r"forced\s+labou?r:\s+no"):
        rx = re.compile(pattern, re.IGNORECASE)
        for text in texts:
            lowered = text.lower()
            ruled_out = not all(any(s in lowered for s in g) for g in groups(pattern))
            assert not (ruled_out and rx.search(text)), (pattern, text)


def _short_texts() -> list[str]:
    """Pieces of the samples under SMALL_TEXT characters, and the tricky-character mixture."""
    texts = []
    for path in sorted((REPO / "sample_audits").glob("*.md")):
        piece = ""
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            if len(piece) + len(para) > fastscan.SMALL_TEXT - 100:
                texts.append(piece)
                piece = ""
            piece += para + "\n\n"
        texts.append(piece)
    texts.append(" ".join(WORDS + TRICKY) * 3)
    return [t for t in texts if t.strip() and len(t) < fastscan.SMALL_TEXT]


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_re_screen_finds_a_match_exactly_where_re2_does():
    """``re`` running a plan's RE2 source over the view answers 'is there a match' as RE2 does:
    a short text rules patterns out with it (and ``search_in`` answers with it)."""
    checked = 0
    plans = []
    for pattern in _pack_patterns() + PROBES:
        for ignore_case in (True, False):
            for source in (pattern, without_lookarounds(pattern)):
                plan = plan_for(source, ignore_case) if source is not None else None
                if plan is not None and fastscan.re_screen(plan) is not None:
                    plans.append(plan)
    for text in _short_texts():
        view = AsciiView.of(text).data
        if view is None:
            continue
        for plan in plans:
            screen = fastscan.re_screen(plan)
            assert (screen.search(view.decode("ascii")) is None) == (
                plan.rx.search(view) is None
            ), (plan.source, text[:80])
            checked += 1
    assert checked > 10_000


def test_short_texts_ruled_out_by_re_give_regex_spans(monkeypatch):
    """With the short-text screen on (the default), spans still equal ``regex``'s."""
    monkeypatch.setattr(fastscan, "_SMALL_TEXT_ON", True)
    patterns = _pack_patterns()[:150] + PROBES
    texts = _short_texts()
    for text in (texts[0], texts[len(texts) // 2], texts[-1]):
        _assert_same(text, patterns)


def test_re2_spans_are_what_finditer_gives():
    """``re2_spans`` / ``re2_group_spans`` call the compiled RE2 program as the wrapper's
    ``finditer`` does, without match objects: the same spans and group spans, also from a
    position, up to an end position, and where the pattern can match the empty string."""
    import re2

    from auditcheck.text.scanner_match import re2_group_spans, re2_spans

    data = " ".join(WORDS + TRICKY).encode("utf-8", "replace")[:3000]
    data = data.decode("ascii", "replace").encode("ascii", "replace")
    for source in (r"\b\w+\b", r"(a)|(b)?c", r"x*", r"(?i)\b(?:not|no)\s+(\w+)", r"$", r"\b"):
        rx = re2.compile(source)
        for pos, endpos in ((0, None), (7, None), (3, 200), (50, 40), (-5, 10**6)):
            want = list(rx.finditer(data, pos, endpos))
            assert re2_spans(rx, data, pos, endpos) == [m.span() for m in want], source
            assert re2_group_spans(rx, data, pos, endpos) == [
                [m.span(i) for i in range(rx.groups + 1)] for m in want
            ], source


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_re_screen_under_the_ascii_flag_answers_as_without_it():
    """``re_screen`` compiles a source naming ASCII only with ``re.ASCII`` (ASCII case folding is
    quicker): on a view, whose characters are printable ASCII, tab, line breaks and stand-ins,
    it finds a match exactly where the same source without the flag does."""
    import re

    from auditcheck.text.scanner_plan import _WIDE_ESCAPE

    plans = {}
    for pattern in _pack_patterns() + PROBES:
        for ignore_case in (True, False):
            for source in (pattern, without_lookarounds(pattern)):
                plan = plan_for(source, ignore_case) if source is not None else None
                if plan is not None and fastscan.re_screen(plan) is not None:
                    plans[plan.source, ignore_case] = plan
    flagged = 0
    # and a text of every control character beside words the patterns name, as its view holds it
    controls = "".join(map(chr, range(0x20))) + "\x7f " + " ".join(w for w in WORDS if w.isascii())
    views = [AsciiView.of(text, "regex").data for text in [*_short_texts(), controls * 3]]
    for (source, ignore_case), plan in plans.items():
        screen = fastscan.re_screen(plan)
        plain = re.compile(source, re.IGNORECASE if ignore_case else 0)
        if source.isascii() and _WIDE_ESCAPE.search(source) is None:
            assert screen.flags & re.ASCII, source
            flagged += 1
        for view in views:
            if view is None:
                continue
            text = view.decode("ascii")
            found = screen.search(text) is not None
            assert found == (plain.search(text) is not None), (source, text[:60])
    assert flagged > 300


def test_letters_that_fold_to_ascii_widen_to_those_letters():
    """A pattern naming İ, ı, ſ or the Kelvin sign (the name rules' ``[A-ZÀ-ÞĀ-ɏ]``) gets a
    superset plan: on a text that has a view (none of those letters in it) such a letter can
    match only the ASCII letters it folds to, so it stands for them, and the matches found
    through the plan's windows are ``re``'s own, with or without IGNORECASE."""
    import re

    from auditcheck.text.scanner_plan import _FLAGS, _superset_plan

    patterns = [
        (r"(?-i:[A-ZÀ-ÞĀ-ɏ][a-zà-ÿā-ɏ]+)\s+said", re.IGNORECASE),
        (r"[Ā-ɏ]x", re.IGNORECASE),
        (r"[Ā-ɏ]x", 0),
        (r"\bſ\w+", re.IGNORECASE),
        ("Kelvin|\u212a\\w", re.IGNORECASE),
        (r"[^xĀ-ɏ]y", re.IGNORECASE),
    ]
    texts = [
        "ix Ix sx Sx kx ox Öx Ĳx, Ioana said; Ştefan said; ikelvin Kw kw sun Sun ay iy",
        " ".join(WORDS) + " Ana Mureșan said",
    ]
    for pattern, flags in patterns:
        assert _superset_plan(pattern, "re", flags & _FLAGS) is not None, pattern
        compiled = re.compile(pattern, flags)
        for text in texts:
            found = FastScanner(text).finditer(compiled)
            assert found is not None, (pattern, text)
            assert [m.span() for m in found] == [m.span() for m in compiled.finditer(text)]


_BOUNDARY_PROBES = PROBES + [r"(?m)^\w+", r"\w+$", r"\Aa\w*", r"\bfees?\b\s*$", r"\s+\w"]


def _assert_same_between(text: str, patterns: list[str], windows: list[tuple[int, int]]) -> int:
    from auditcheck.text.scanner_match import re2_spans_between

    scanner = FastScanner(text)
    view = scanner.view().data
    ran = 0
    for pattern in patterns:
        for ignore_case in (True, False):
            plan = scanner._usable(plan_for(pattern, ignore_case))
            if plan is None or view is None:
                continue
            for lo, hi in windows:
                want = [
                    (m.start(), m.end())
                    for m in compiled(pattern, ignore_case).finditer(text, lo, hi)
                    if m.end() > m.start()
                ]
                assert re2_spans_between(plan.rx, view, lo, hi) == want, (pattern, lo, hi)
                ran += 1
    return ran


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS + TRICKY), min_size=1, max_size=40).map(" ".join),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), min_size=1, max_size=4),
)
def test_block_rescans_by_the_exact_plan_match_regex(text, bounds):
    """A block's rescan after a straddling match (``DocumentIndex._block_spans``) runs the
    exact plan over a piece of the view (``re2_spans_between``): the spans ``regex`` gives for
    ``finditer(text, lo, hi)``, which reads the text as ending at ``hi`` and sees before ``lo``."""
    windows = [tuple(sorted((min(a, len(text)), min(b, len(text))))) for a, b in bounds]
    _assert_same_between(text, _BOUNDARY_PROBES, windows)  # type: ignore[arg-type]


def test_block_rescans_match_regex_on_the_blocks_of_a_sample():
    from auditcheck.document import load_document
    from auditcheck.text.index import DocumentIndex

    document = load_document(REPO / "sample_audits" / "01-thorough-forced-labour-assessment.md")
    index = DocumentIndex(document)
    assert index.plain.same_offsets
    windows = list(zip(index._plain_starts, index._plain_ends))[:40]
    ran = _assert_same_between(index.plain.text, _pack_patterns()[:60], windows)
    assert ran > 1000
