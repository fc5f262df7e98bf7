"""Sentence screens never change an answer: a pattern the screen marks absent does not
match, and a document reads to the same claims screened or not."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from auditcheck.claims import detect
from auditcheck.claims.base import GRAMMAR, QUOTE_MARKS, Author
from auditcheck.document import load_document
from auditcheck.text import screen as claim_screen
from auditcheck.text.index import DocumentIndex

pytest.importorskip("re2")
hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "sample_audits").glob("*.md"))

# Invented sentences that sit on the engines' differences: curly apostrophes in "didn’t",
# non-ASCII letters beside word boundaries, no-break spaces, quotation marks, underscores.
TRICKY_SENTENCES = [
    "The auditors didn’t find any forced labour at the Ürümqi plant.",
    "Müller’s team found no evidence of forced\u00a0labour or debt bondage.",
    "“No violations were identified,” said the company’s spokesperson.",
    "The report found that 12 workers had paid recruitment fees to agents in Kashgar (喀什).",
    "Nowhere in the facility did the assessors encounter any retention of passports.",
    "Workers were free to resign at any time; none were found to be in debt bondage.",
    "The certification body has withdrawn the SA8000 certificate pending an investigation.",
    "The audit failed to detect the forced overtime later reported by a rights group.",
    "no_such forced_labour finding was recorded by the audit",
]


def _sentences_of(path: Path) -> list[str]:
    document = load_document(path)
    index = DocumentIndex(document)
    return [
        QUOTE_MARKS.sub(" ", index.plain.text[s:e]) for s, e, _ in detect.sentences(document, index)
    ]


def _assert_sound(sentence: str) -> int:
    """Every pattern the screen marks absent really does not match; returns how many it skips."""
    screener = GRAMMAR.screener(eager=True)
    assert screener is not None
    screen = screener.screen(sentence)
    if screen is None:
        return 0
    by_slot = {p.slot: p for p in GRAMMAR.patterns}
    for slot in screen.absent:
        pattern = by_slot[slot].compiled
        assert pattern.search(sentence) is None, (pattern.pattern[:60], sentence)
    return len(screen.absent)


@pytest.mark.slow  # seconds of equivalence checking; CI runs the slow set too
def test_screen_marks_absent_only_patterns_that_do_not_match():
    sentences = [s for path in SAMPLES for s in _sentences_of(path)] + TRICKY_SENTENCES
    skipped = sum(_assert_sound(s) for s in sentences)
    # the screen is actually used: most patterns are skipped on most sentences
    assert skipped > len(sentences) * len(GRAMMAR.patterns) // 2


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *" ".join(TRICKY_SENTENCES).split(),
                *["é", "’", "\u00a0", "“", "_", "Ж", "–", "K", "not", "no", "found", "audit"],
                *["ß", "Straße", "ẞ", "ﬁnd", "ſ", "İ", "ı"],
            ]
        ),
        min_size=1,
        max_size=40,
    ).map(" ".join)
)
def test_screen_is_sound_on_random_mixtures(sentence):
    _assert_sound(sentence)


def _match_key(m):
    return None if m is None else (m.span(), m.groups(), m.groupdict())


def _assert_same_matches(sentence: str) -> int:
    """Inside a screen, every pattern's ``search`` and ``finditer`` (run by ``re`` only at the
    offsets its RE2 plan hits on the view) give what ``re`` gives over the whole sentence;
    returns how many patterns the screen let through."""
    screener = GRAMMAR.screener(eager=True)
    assert screener is not None
    screen = screener.screen(sentence)
    if screen is None:
        return 0
    asked = 0
    with claim_screen.screening(screen):
        for pattern in GRAMMAR.patterns:
            want = pattern.compiled
            assert _match_key(pattern.search(sentence)) == _match_key(want.search(sentence)), (
                pattern.pattern[:60],
                sentence,
            )
            got = [_match_key(m) for m in pattern.finditer(sentence)]
            assert got == [_match_key(m) for m in want.finditer(sentence)], (
                pattern.pattern[:60],
                sentence,
            )
            for pos in (1, len(sentence) // 2):
                assert _match_key(pattern.search(sentence, pos)) == _match_key(
                    want.search(sentence, pos)
                ), (pattern.pattern[:60], sentence, pos)
            asked += pattern.slot not in screen.absent
    return asked


@pytest.mark.slow  # several seconds (every pattern against every sample): CI runs it
def test_patterns_the_screen_lets_through_match_as_re_does():
    sentences = [s for path in SAMPLES[:8] for s in _sentences_of(path)] + TRICKY_SENTENCES
    assert sum(_assert_same_matches(s) for s in sentences) > len(sentences)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *" ".join(TRICKY_SENTENCES).split(),
                *["é", "’", "\u00a0", "“", "_", "Ж", "–", "not", "no", "found", "paid", "fees"],
            ]
        ),
        min_size=1,
        max_size=30,
    ).map(" ".join)
)
def test_patterns_the_screen_lets_through_match_as_re_does_on_random_mixtures(sentence):
    _assert_same_matches(sentence)


def _assert_same_unscreened(text: str, spans: list[tuple[int, int]]) -> None:
    """Outside any screen, ``search`` over a slice, or over a span of the whole text given by
    ``pos`` and ``endpos``, gives what ``re`` gives (RE2 picks the offsets ``re`` tries)."""
    for pattern in GRAMMAR.patterns:
        want = pattern.compiled
        for s, e in spans:
            piece = text[s:e]
            assert _match_key(pattern.search(piece)) == _match_key(want.search(piece)), (
                pattern.pattern[:60],
                piece,
            )
            for pos, endpos in ((s, e), (s + 1, e), (s, max(s, e - 3)), (max(0, s - 2), e)):
                got = pattern.search(text, pos, endpos)
                assert _match_key(got) == _match_key(want.search(text, pos, endpos)), (
                    pattern.pattern[:60],
                    text[pos:endpos],
                )


def test_unscreened_searches_match_as_re_does(monkeypatch):
    monkeypatch.setattr(claim_screen, "_COMPILE_AFTER", 0)  # RE2 from the first search
    text = " ".join(TRICKY_SENTENCES)
    spans, start = [], 0
    for sentence in TRICKY_SENTENCES:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    sample = SAMPLES[1].read_text(encoding="utf-8")[:3000]
    _assert_same_unscreened(text, spans)
    _assert_same_unscreened(sample, [(i, i + 200) for i in range(0, 2800, 170)])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *" ".join(TRICKY_SENTENCES).split(),
                *["é", "’", "_", "not", "no", "found", "paid", "fees", "audit.", "\n", "-"],
            ]
        ),
        min_size=2,
        max_size=30,
    ).map(" ".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_unscreened_searches_match_as_re_does_on_random_mixtures(text, a, b):
    before, claim_screen._COMPILE_AFTER = claim_screen._COMPILE_AFTER, 0  # RE2 at once
    try:  # (hypothesis runs the body many times per fixture: set and restore it here)
        _assert_same_unscreened(text, [(min(a, len(text)), min(len(text), a + b))])
    finally:
        claim_screen._COMPILE_AFTER = before


def test_unscreened_searches_read_the_context_before_pos_and_stop_at_endpos(monkeypatch):
    """Assertions at the edges of a ``pos``/``endpos`` stretch: ``re`` sees the character before
    ``pos`` and reads the string as ending at ``endpos``; so must the RE2 pass that picks the
    offsets ``re`` tries."""
    import re

    monkeypatch.setattr(claim_screen, "_COMPILE_AFTER", 0)  # RE2 from the first search
    text = "xfoo foo. bar\nbaz qux_ Foo-bar"
    for source in (r"\Bfoo", r"\bfoo", r"(?m)^ba[rz]", r"foo\b", r"foo$", r"(?m)bar$", r"o\B"):
        pattern = claim_screen.ScreenedPattern(source, re.IGNORECASE)
        want = pattern.compiled
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 1):
                assert _match_key(pattern.search(text, pos, endpos)) == _match_key(
                    want.search(text, pos, endpos)
                ), (source, pos, endpos)


def test_a_sentence_without_an_exact_view_is_not_screened():
    screener = GRAMMAR.screener(eager=True)
    assert screener is not None
    # the Kelvin sign case-folds to 'k' for ``re``: RE2 would read it differently
    assert screener.screen("The \u212aashgar audit found no forced labour.") is None
    assert screener.screen("The Kashgar audit found no forced labour.") is not None


def test_a_set_that_gives_up_is_not_trusted():
    screener = claim_screen.Screener(list(GRAMMAR.patterns))

    class GaveUp:
        def Match(self, data):
            return []  # no canary: RE2 ran out of memory, its silence means nothing

    screener.groups = tuple(
        type(group)(
            tuple((GaveUp(), slots) for _, slots in group.sets),
            group.names_word,
            group.names_space,
        )
        for group in screener.groups
    )
    screen = screener.screen("The audit found no forced labour.")
    assert screen is not None and not screen.absent


def test_only_the_screened_sentence_itself_is_answered_by_the_screen():
    pattern = claim_screen.PatternFamily("test").compile(r"\bforced\s+labou?r\b")
    sentence = "The audit found no forced labour."
    forged = claim_screen.Screen(sentence, frozenset({pattern.slot}))
    with claim_screen.screening(forged):
        assert pattern.search(sentence) is None  # the screen's answer
        other = "".join(list(sentence))  # equal text, another string object
        assert pattern.search(other) is not None
        # a shortened end can allow a match the whole sentence does not have: never screened
        assert pattern.search(sentence, 0, len(sentence)) is not None
    assert pattern.search(sentence) is not None  # outside the screening block


def _claims(path: Path, screened: bool, monkeypatch) -> list:
    with monkeypatch.context() as patched:
        if screened:  # from the first sentence on, not only after the first pages
            patched.setattr(claim_screen, "SCREEN_AFTER_CHARS", 0)
        else:
            patched.setattr(GRAMMAR, "screener", lambda: None)
        document = load_document(path)
        index = DocumentIndex(document)
        return detect.detect_claims(document, index, None)[1]


@pytest.mark.slow  # seconds of equivalence checking; CI runs the slow set too
def test_documents_read_to_the_same_claims_screened_or_not(monkeypatch):
    texts = [*SAMPLES, *(REPO / "tests" / "claims" / "paired").glob("**/*.md")]
    compared = 0
    for path in texts:
        assert _claims(path, True, monkeypatch) == _claims(path, False, monkeypatch), path
        compared += 1
    assert compared >= len(SAMPLES)


def test_classify_sentence_gives_the_same_claim_with_a_screen():
    screener = GRAMMAR.screener(eager=True)
    author = Author("auditor", "the assessor's own report")
    for sentence in TRICKY_SENTENCES:
        plain = detect.classify_sentence(sentence, 0, len(sentence), author)
        fast = detect.classify_sentence(sentence, 0, len(sentence), author, screener)
        assert plain == fast, sentence


@pytest.mark.realdev
@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_real_texts_read_to_the_same_claims_screened_or_not(real_dev, monkeypatch, tmp_path):
    try:  # tests/ may or may not be a package
        from .conftest import real_dev_text
    except ImportError:
        from conftest import real_dev_text

    for folder in sorted(p for p in real_dev.iterdir() if (p / "source.md").exists()):
        path = tmp_path / f"{folder.name}.md"
        path.write_text(real_dev_text(folder), encoding="utf-8")
        assert _claims(path, True, monkeypatch) == _claims(path, False, monkeypatch), folder.name


def test_generic_language_is_found_the_same_screened_or_not(monkeypatch):
    from auditcheck import similar

    monkeypatch.setattr(claim_screen, "SCREEN_AFTER_CHARS", 0)
    for path in SAMPLES:
        document = load_document(path)
        index = DocumentIndex(document)
        screened = similar.generic_spans(document, index)
        with monkeypatch.context() as patched:
            patched.setattr(similar.GENERIC_LANGUAGE, "screener", lambda: None)
            assert similar.generic_spans(document, index) == screened, path


def test_screens_opened_inside_stand_beside_the_outer_ones():
    family = claim_screen.PatternFamily("nested")
    pattern = family.compile(r"\bforced\s+labou?r\b")
    outer_text = "The audit found no forced labour."
    inner_text = "The “audit” found no forced labour."
    outer = claim_screen.Screen(outer_text, frozenset({pattern.slot}))
    inner = claim_screen.Screen(inner_text, frozenset({pattern.slot}))
    with claim_screen.screening(outer):
        with claim_screen.screening(inner):
            assert pattern.search(outer_text) is None  # the outer screen still answers
            assert pattern.search(inner_text) is None
        assert pattern.search(inner_text) is not None  # the inner one is closed again
        with claim_screen.screening(None):
            assert pattern.search(outer_text) is None


def test_no_claim_grammar_pattern_names_a_letter_outside_ascii():
    # a pattern naming such a letter (or a symbol such as the euro sign) cannot be ruled out on a
    # sentence with an accented letter, so it runs in full on every such sentence: a silent
    # slowdown of the whole claim layer (one such pattern once doubled its cost). Typographic
    # quotes and dashes are fine; letters are written as \w.
    import unicodedata

    import auditcheck.claims.detect  # noqa: F401  (defines every pattern of the grammar)
    from auditcheck.claims.base import GRAMMAR

    offending = {
        (p.pattern[:40], c)
        for p in GRAMMAR.patterns
        for c in p.pattern
        if ord(c) > 127 and not unicodedata.category(c).startswith("P")
    }
    assert not offending


def test_end_anchored_patterns_are_screened_and_stay_exact():
    """Without MULTILINE Python's '$' also matches before a final newline: the screen widens it
    to RE2's '\\n?\\z', so such patterns are screened and a sentence ending in a newline (or not)
    gets the same answer as from ``re`` itself."""
    import re

    family = claim_screen.PatternFamily("end-anchored test")
    patterns = [
        family.compile(r"\?\s*[\"”’']?\s*$"),
        family.compile(r"(?:compliant|satisfactory)\s*(?:[.;|]|$)"),
        family.compile(r"price\s+of\s+\$\d+$"),  # an escaped '$' is a dollar sign, kept
        family.compile(r"[$]\d+\s*$"),  # so is one inside a class
    ]
    claim_screen.FAMILIES.remove(family)  # keep the process's families as they were
    screener = family.screener(eager=True)
    assert screener is not None
    assert sum(len(slots) for group in screener.groups for _, slots in group.sets) == 4
    sentences = [
        "Was it ever checked?",
        "Was it ever checked?\n",
        "Was it ever checked?\n\n",
        "Was it checked? They said no.",
        "The site was compliant",
        "The site was compliant\n",
        "The site was compliant here",
        "It came at a price of $40",
        "It came at a price of $40\n",
        "It came at a price of $40 each",
        "Fees of $12 \n",
        "Fees of 12 \n",
    ]
    skipped = 0
    for sentence in sentences:
        screen = screener.screen(sentence)
        assert screen is not None
        for p in patterns:
            expected = re.compile(p.pattern, p.flags).search(sentence)
            with claim_screen.screening(screen):
                got = p.search(sentence)
            assert (got is None) == (expected is None), (p.pattern, sentence)
            assert got is None or got.span() == expected.span()
            skipped += p.slot in screen.absent
    assert skipped > 0


def test_sets_are_built_only_after_the_first_pages_of_text(monkeypatch):
    """A one-page document is read unscreened (building the sets would cost more than they
    save); once a family has read SCREEN_AFTER_CHARS, its sentences are screened."""
    monkeypatch.setattr(claim_screen, "SCREEN_AFTER_CHARS", 100)
    family = claim_screen.PatternFamily("lazy test")
    family.compile(r"\bforced\s+labou?r\b")
    claim_screen.FAMILIES.remove(family)
    screener = family.screener()
    assert screener is not None
    sentence = "The audit found no evidence of debt bondage at the site."  # 56 characters
    assert screener.screen(sentence) is None
    assert screener.screen(sentence) is None  # 112 characters read unscreened so far
    screen = screener.screen(sentence)
    assert screen is not None and len(screen.absent) == 1
    assert family.screener() is screener  # the same screener, sets kept


def test_an_ascii_sentence_is_screened_as_its_view_would_screen_it(monkeypatch):
    """The ASCII shortcut (the sentence is its own view) gives the screen the view gives."""
    import re

    screener = GRAMMAR.screener(eager=True)
    assert screener is not None
    sentences = [*TRICKY_SENTENCES, "No fees\x0bwere charged.", "Tab\tand\x7fdel: no forced labour"]
    sentences += _sentences_of(SAMPLES[0])[:40]
    fast = [screener.screen(s) for s in sentences]
    monkeypatch.setattr(claim_screen, "ODD_ASCII", re.compile(""))  # every sentence: its view
    assert [screener.screen(s) for s in sentences] == fast
    assert sum(s is not None and bool(s.absent) for s in fast) > 10


@pytest.mark.slow  # seconds of equivalence checking; CI runs the slow set too
def test_stretches_of_a_long_text_match_as_re_does(monkeypatch):
    """Stretch searches of a long text answered from one pass of the plan over the whole text
    (``LongTextHits``): the same matches as ``re``, at ends inside a word, at the text's end,
    with end anchors and with non-ASCII letters beside the edges."""
    import re

    from auditcheck.text import screen_windows

    monkeypatch.setattr(screen_windows, "LONG_AFTER", 0)
    sentences = [*TRICKY_SENTENCES, "Was it ever checked?\n", "Fees of $12 were paid.\n"]
    text = " ".join(sentences * 20)
    assert len(text) > screen_windows.PIECE_LIMIT
    sources = [r"\bforced\s+labou?r\b", r"\bfound\b", r"\?\s*$", r"(?m)^Fees\b", r"labou?r\B"]
    patterns = [claim_screen.ScreenedPattern(s, re.IGNORECASE) for s in sources]
    patterns += list(GRAMMAR.patterns)
    cuts = sorted({0, len(text), *range(0, len(text), 37), *range(5, len(text), 101)})
    stretches = list(itertools.pairwise(cuts))
    stretches += [(a, min(len(text), a + 300)) for a in cuts[::7]] + [(0, len(text))]
    used = 0
    for pattern in patterns:
        want = pattern.compiled
        for pos, endpos in stretches:
            got = pattern.search(text, pos, endpos)
            assert _match_key(got) == _match_key(want.search(text, pos, endpos)), (
                pattern.pattern[:60],
                pos,
                endpos,
            )
        used += bool(pattern._long and pattern._long[2])
    assert used > len(patterns) // 2  # most patterns answered from the whole-text hits


def test_a_string_equal_to_a_recent_sentence_reads_its_screen_as_re_does():
    """The last few screened sentences answer a search of an equal string (another object,
    outside their ``screening`` block) from their screen, with ``re``'s own answers."""
    from auditcheck.text import screen_sets

    screener = GRAMMAR.screener(eager=True)
    assert screener is not None
    answered = 0
    for sentence in [*TRICKY_SENTENCES, *_sentences_of(SAMPLES[0])[:30]]:
        screen = screener.screen(sentence)
        copy = "".join(list(sentence))
        assert copy is not sentence
        for pattern in GRAMMAR.patterns:
            for pos in (0, 3):
                got = pattern.search(copy, pos)
                assert _match_key(got) == _match_key(pattern.compiled.search(copy, pos)), (
                    pattern.pattern[:60],
                    sentence,
                )
        answered += screen is not None and screen_sets.RECENT.get(copy) is screen
    assert answered > 20


def test_sets_rebuilt_in_the_order_patterns_are_asked_give_the_same_answers(monkeypatch):
    """A screener that knows no set order records what its first screens are asked, then builds
    its sets again with the most asked patterns together (``screen_order``); every answer before
    and after is ``re``'s own."""
    from auditcheck.text import screen_order

    monkeypatch.setattr(screen_order, "known_ranks", lambda patterns: None)
    monkeypatch.setattr(screen_order._STORE, "put", lambda key, value: None)  # not for later
    monkeypatch.setattr(screen_order, "LEARN_SCREENS", 5)
    screener = claim_screen.Screener(list(GRAMMAR.patterns), eager=True)
    before = [slots for group in screener.groups for _, slots in group.sets]
    author = Author("auditor", "the assessor's own report")
    sentences = [*TRICKY_SENTENCES, *_sentences_of(SAMPLES[0])[:40]]
    for sentence in sentences:
        screened = detect.classify_sentence(sentence, 0, len(sentence), author, screener)
        assert screened == detect.classify_sentence(sentence, 0, len(sentence), author), sentence
    after = [slots for group in screener.groups for _, slots in group.sets]
    assert screener._ranks is not None and after != before
    for sentence in sentences[:12]:
        _assert_same_matches_with(screener, sentence)


def _assert_same_matches_with(screener, sentence: str) -> None:
    screen = screener.screen(sentence)
    if screen is None:
        return
    with claim_screen.screening(screen):
        for pattern in GRAMMAR.patterns:
            got = pattern.search(sentence)
            assert _match_key(got) == _match_key(pattern.compiled.search(sentence)), (
                pattern.pattern[:60],
                sentence,
            )


def test_a_stored_set_order_is_used_only_when_it_fits_the_family():
    from auditcheck.text import screen_order

    patterns = list(GRAMMAR.patterns)
    key = screen_order._key(patterns)
    store = screen_order._STORE
    saved = store.data.get(key)
    n = len(patterns)
    good = list(reversed(range(n)))
    try:
        for bad in (
            [[1, 2], 3],
            "x",
            good,
            [good, "3"],
            [[*range(n - 1), "0"], 3],
            [list(range(1, n + 1)), 3],
            [[True, *range(1, n)], 3],
        ):
            store.data[key] = bad
            assert screen_order.known_ranks(patterns) is None, bad
        store.data[key] = [good, 3]
        found = screen_order.known_ranks(patterns)
        assert found is not None and found[0][patterns[-1].slot] == 0 and found[1] == 3
    finally:
        store.data.pop(key, None)
        if saved is not None:
            store.data[key] = saved


@pytest.mark.slow  # seconds of equivalence checking; CI runs the slow set too
def test_documents_read_to_the_same_claims_with_primed_screens(monkeypatch):
    """The claim detector primes the screener with every sentence (the common sets run set by
    set before the questions); the claims are those of an unscreened reading."""
    from auditcheck.text import screen_order

    ranks = {p.slot: rank for rank, p in enumerate(reversed(GRAMMAR.patterns))}
    monkeypatch.setattr(screen_order, "known_ranks", lambda patterns: (ranks, 30))
    monkeypatch.setattr(screen_order, "PRIME_BATCH", 7)  # many batches a document
    screener = claim_screen.Screener(list(GRAMMAR.patterns), eager=True)
    texts = [*SAMPLES, *(REPO / "tests" / "claims" / "paired").glob("**/*.md")]
    batches = []
    original = screen_order.primed_screen

    def counted(screener, sentence):
        before = screener._next
        found = original(screener, sentence)
        batches.append(screener._next != before)
        return found

    monkeypatch.setattr(screen_order, "primed_screen", counted)
    for path in texts:
        with monkeypatch.context() as patched:
            patched.setattr(GRAMMAR, "screener", lambda: screener)
            document = load_document(path)
            fast = detect.detect_claims(document, DocumentIndex(document), None)[1]
        assert fast == _claims(path, False, monkeypatch), path
    assert sum(batches) > 100  # batches primed
    assert len(batches) > 1000


def test_a_screen_rules_out_every_pattern_only_when_each_is_ruled_out():
    family = claim_screen.PatternFamily("every")
    family.compile(r"\bforced labou?r\b")
    family.compile(r"\bpassports?\b")
    screener = family.screener(eager=True)
    assert screener is not None
    assert screener.screen("The dormitory had eight beds.").rules_out_every()
    assert not screener.screen("Workers kept their passports.").rules_out_every()
    # a pattern without an RE2 plan has no answer in the sets: it may always match
    family.compile(r"(?x) \b wages \b")  # VERBOSE: never planned
    screener = family.screener(eager=True)
    assert screener is not None
    assert not screener.screen("The dormitory had eight beds.").rules_out_every()
