"""The fast text layer changes no result: the context literal pass, role cues and fact rules
give what the plain ``re`` scans gave, on ASCII texts and on texts with ligatures, ``ß``,
accented names and CJK place names."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_text_normalise import compat

from auditcheck import context, facts, roles
from auditcheck.context import builtin_reference
from auditcheck.text.names import literal_scanner as _literal_scanner
from auditcheck.text.names import present_literals as _present_literals
from auditcheck.document import document_from_text
from auditcheck.text import scanner as fastscan


@pytest.fixture(autouse=True)
def _re2_on_short_texts_too(monkeypatch):
    """These tests compare RE2 with the reference engines on short texts: RE2 must run on them
    (by default a short text is left to ``re`` while a program is not compiled yet)."""
    monkeypatch.setattr(fastscan, "_SMALL_TEXT_ON", False)


SAMPLES = sorted((Path(__file__).resolve().parent.parent / "sample_audits").glob("*.md"))
NON_ASCII = (
    "Auditors from Müller & Søn visited the plant in Ürümqi (乌鲁木齐) and the mill in 新疆维吾尔自治区; "
    "José Núñez and Zoë Ångström interviewed 24 workers at the Straße site near Kashgar, Hotan and Aksu. "
    "The Xinjiang Production and Construction Corps (新疆生产建设兵团) was not named. "
)


def _texts() -> list[str]:
    out = [NON_ASCII, compat(NON_ASCII)]
    for path in SAMPLES:
        text = path.read_text(encoding="utf-8")
        out += [text, compat(text) + "\n\n" + NON_ASCII]
    return out


def test_literal_pass_finds_exactly_the_literals_str_in_finds():
    scanner = _literal_scanner(builtin_reference())
    if scanner is None:
        pytest.skip("google-re2 not installed")
    # overlapping and nested names: every literal glued to the next, and each literal's tail
    glued = "".join(scanner.literals) + " " + " ".join(lit[1:] for lit in scanner.literals)
    for text in [*_texts(), glued]:
        lowered = text.lower()
        want = {lit for lit in scanner.literals if lit in lowered}
        assert _present_literals(lowered, scanner) == want


@pytest.mark.parametrize("index", range(0, 2 * len(SAMPLES) + 2, 3))
def test_roles_and_facts_match_the_plain_re_scan(index, monkeypatch):
    text = _texts()[index]
    doc = document_from_text(text, path="t.md")
    fast_role = roles.classify_role(doc)
    fast_facts = [
        (f.name, f.value, f.evidence[0].start, f.evidence[0].end)
        for f in facts.extract_facts(doc).items
    ]
    fast_context = context.assess_context(doc)
    # the reference: every scan through stdlib ``re`` and every literal through ``in``
    monkeypatch.setattr(fastscan.FastScanner, "finditer", lambda self, rx: None)
    monkeypatch.setattr(fastscan.FastScanner, "finditer_source", lambda self, *a: None)
    monkeypatch.setattr(fastscan.FastScanner, "candidate_windows", lambda self, *a: None)
    monkeypatch.setattr(context, "literal_scanner", lambda ref: None)
    assert roles.classify_role(doc) == fast_role
    assert [
        (f.name, f.value, f.evidence[0].start, f.evidence[0].end)
        for f in facts.extract_facts(doc).items
    ] == fast_facts
    assert context.assess_context(doc) == fast_context


def test_number_rules_tried_only_inside_re2_windows_match_every_number_start():
    """Number rules are tried only at number starts inside the rule's RE2 windows; that must
    give exactly the matches of trying every number start."""
    from auditcheck.facts.extract import _matches, _number_starts
    from auditcheck.text.normalise import plain_text

    rules = [rule for rule in facts.RULES if rule.at_number]
    assert len(rules) > 10
    tricky = (
        "a two workers were interviewed; about 1,200 employees; at least 40 workers were "
        "interviewed individually, 12 in groups; a dozen staff; approx. 30 auditor-days; "
        "c. 15 interviews were held; 2019 workers; 3-day audit; ＤＲ 7 individual interviews; "
        "we spoke to thirty-two women; the 340 staff; ninety workers work at the site"
    )
    windowed = 0
    for text in [*_texts(), tricky, compat(tricky)]:
        plain = plain_text(text).text
        starts = _number_starts(plain)
        scanner = fastscan.FastScanner(plain)
        for rule in rules:
            want = [m.span() for m in _matches(rule, plain, starts, None)]
            got = [m.span() for m in _matches(rule, plain, starts, scanner)]
            assert got == want, (rule.source[:60], text[:40])
            windowed += scanner.candidate_windows(rule.source, rule.pattern.flags) is not None
    assert windowed > len(rules)  # the windows were really used


def test_literal_positions_are_every_occurrence_str_find_gives():
    from auditcheck.text.names import literal_positions as _literal_positions

    scanner = _literal_scanner(builtin_reference())
    if scanner is None:
        pytest.skip("google-re2 not installed")
    glued = "".join(scanner.literals[:40]) + " " + " ".join(lit[1:] for lit in scanner.literals)
    for text in [*_texts(), glued, "ürümqi 乌鲁木齐 xinjiang" + NON_ASCII.lower()]:
        lowered = text.lower()
        want = {}
        for lit in scanner.literals:
            i = lowered.find(lit)
            while i != -1:
                want.setdefault(lit, []).append(i)
                i = lowered.find(lit, i + 1)
        got = _literal_positions(lowered, scanner)
        assert got is not None
        assert {k: sorted(v) for k, v in got.items()} == want


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one",
        "  leading and trailing  ",
        "a b\u00a0c\td\ne\u2003f",
        "word" * 40,
        "Ürümqi 乌鲁木齐 plant, SA8000-certified; 12 workers\n\n" * 30,
    ],
)
@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 18])
def test_word_count_equals_splitting_the_whole_text(text, chunk):
    from auditcheck.text.index import word_count

    assert word_count(text, chunk) == len(text.split())


def test_a_short_text_is_left_to_re_until_a_program_is_compiled(monkeypatch):
    """On a short text the stdlib-pattern methods decline (the callers' ``re`` path gives the
    same matches) rather than compile an RE2 program; a compiled one is used; facts and roles
    of a short document are the same either way."""
    import re

    monkeypatch.setattr(fastscan, "_SMALL_TEXT_ON", True)
    text = "The auditors interviewed 24 workers; 6 had paid recruitment fees to agents."
    from auditcheck.text import scanner_plan

    rx = re.compile(r"\bpaid\s+recruitment\s+fees?\s+to\s+agents\b", re.IGNORECASE)
    plan = fastscan.plan_for_re(rx)
    # Analysing a pattern the first time compiles its program (the analysis cache on disk
    # decides whether this process did): start from a process that has compiled nothing.
    monkeypatch.setattr(scanner_plan, "_COMPILED", set())
    scanner_plan._compile_re2.cache_clear()
    assert plan is not None and not plan.ready
    assert fastscan.FastScanner(text).finditer(rx) is None  # left to re
    assert fastscan.FastScanner(text * 200).finditer(rx) is not None  # a long text: RE2
    assert plan.ready
    found = fastscan.FastScanner(text).finditer(rx)  # compiled now: RE2 on the short text too
    assert found is not None and [m.span() for m in found] == [m.span() for m in rx.finditer(text)]
    doc = document_from_text(NON_ASCII + text, path="t.md")
    short = (roles.classify_role(doc), [(f.name, f.value) for f in facts.extract_facts(doc).items])
    monkeypatch.setattr(fastscan, "_SMALL_TEXT_ON", False)
    doc = document_from_text(NON_ASCII + text, path="t.md")
    assert (
        roles.classify_role(doc),
        [(f.name, f.value) for f in facts.extract_facts(doc).items],
    ) == short


def test_sector_terms_asked_of_the_scanner_answer_as_re_does():
    """Context asks whether a region's sector terms occur through the RE2 scanner over the
    document's own text; on every text (plain, with ligatures and ``ß``, with sector words
    next to non-ASCII letters) the answer is what ``re`` searching the whole text gives."""
    from auditcheck.text.index import DocumentIndex

    ref = builtin_reference()
    sectors = {(p.sectors.pattern, p.sectors.flags): p.sectors for p in ref.places if p.sectors}
    assert sectors
    extra = "Shrimp and seafood from Straße; cotton-picking ﬁshing vessels; Çotton; tuna_x xtuna."
    answered = 0
    for text in [*_texts(), extra, compat(extra)]:
        index = DocumentIndex(document_from_text(text, path="t.md", fmt="text"))
        seen: dict[tuple[str, int], bool] = {}
        for terms in sectors.values():
            want = terms.search(text) is not None
            assert context._names_any(terms, text, index, seen) is want, (terms.pattern[:40], text[:40])
            answered += index.source_scanner.search(terms.compiled) is not False
    assert answered  # the scanner answered some itself, it did not decline everything


def test_number_starts_found_through_re2_windows_are_every_number_start():
    """``_number_starts`` asks RE2 where a number can start and ``re`` only there: the same
    offsets as ``re`` over the whole lower-cased text."""
    from auditcheck.facts.extract import _NUMBER_START, _number_starts
    from auditcheck.text.normalise import plain_text

    tricky = "twenty-one, 1,200; about 40; c. 15 and c.15; approx 3; oneself; a dozen; ＤＲ 7"
    for text in [*_texts(), tricky, compat(tricky), tricky.upper()]:
        plain = plain_text(text).text
        lowered = plain.lower()
        if len(lowered) == len(plain):
            want = [m.start() for m in _NUMBER_START.finditer(lowered)]
            assert _number_starts(plain) == want, text[:40]
