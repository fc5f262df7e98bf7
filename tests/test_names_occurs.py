"""``names.occurs_in``: whether a pattern occurs, tried only where a match can start, answers as
``re`` searching the whole text does: for every sector pattern of the reference data on texts
where the scanner declines (letters that ``re`` folds to ASCII), and on built patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditcheck.packs.reference import LazyPattern, alias_pattern, builtin_reference
from auditcheck.text.names import lowered_text, occurs_in, start_literals

REPO = Path(__file__).resolve().parents[1]
#: Letters ``re`` folds to an ASCII letter under IGNORECASE, and others that it does not.
FOLDING = ["\u0130", "\u0131", "\u017f", "\u212a", "ß", "ﬁ", "É", "é", "Ω", "ς", "σ"]


def _sector_patterns() -> list[LazyPattern]:
    ref = builtin_reference()
    found = {(p.sectors.pattern, p.sectors.flags): p.sectors for p in ref.places if p.sectors}
    for rule in ref.sector_rules:
        for terms in (rule.sectors, rule.workforce):
            found[terms.pattern.pattern, terms.pattern.flags] = terms.pattern
    assert found
    return list(found.values())


def _texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "sample_audits").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        # a Turkish İ anywhere keeps the scanner from answering, as on the benchmark PDF
        texts += [text + "\nİzmir", text.replace("s", "\u017f").replace("i", "\u0131")]
    words = "cotton harvest garment textile fishing vessel seafood glove spinning mill farm workers"
    for ch in FOLDING:
        texts.append(" ".join(w.replace("i", ch).replace("s", ch).upper() for w in words.split()))
        texts.append(f"x{ch}cotton cotton{ch} garments{ch}x _seafood seafood_ fish-meal")
    return texts


def test_every_sector_pattern_answers_as_a_whole_text_search():
    patterns = _sector_patterns()
    assert any(start_literals(p.pattern, p.flags) for p in patterns)
    for text in _texts():
        lowered = lowered_text(text)
        for pattern in patterns:
            want = pattern.search(text) is not None
            assert occurs_in(pattern, text, lowered) is want, (pattern.pattern[:50], text[:50])


def test_start_literals_read_every_branch_or_give_up():
    assert start_literals(r"(?<!\w)cotton(?!\w)|(?-i:\bTUNA\b)|\bfish[\s-]+meal", re.I) == (
        "cotton",
        "fish",
        "tuna",
    )
    assert start_literals(r"\s*cotton", re.I) is None  # a branch starting with a class
    assert start_literals(r"cotton|[a-z]+", re.I) is None
    assert start_literals(r"喀什|cotton", re.I) is None  # a branch not starting in ASCII
    assert start_literals(r"(?:a|b)c", 0) is None


@pytest.mark.parametrize("many", [False, True])
def test_common_starts_are_searched_from_the_first(many):
    pattern = alias_pattern(["a-b", "ab c"])
    text = ("a " * 500 if many else "") + "xa-b ab c"
    assert occurs_in(pattern, text, lowered_text(text)) is (pattern.search(text) is not None)


def test_too_many_starts_search_from_the_first_of_any_string():
    # found by hypothesis: the first strings' places filled the list before a later string's
    # first place (the only match) was seen
    pattern = alias_pattern(["cotton", "farm workers", "Farm", "CoTTon-x", "SSI"])
    text = "farm-CottonCotton"
    assert occurs_in(pattern, text, lowered_text(text)) is True


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Cotton", "cotton", "farm", "workers", "-", " ", "_", "x", *FOLDING]))
)
def test_random_texts(parts):
    text = "".join(parts)
    pattern = alias_pattern(["cotton", "farm workers", "Farm", "CoTTon-x", "SSI"])
    assert occurs_in(pattern, text, lowered_text(text)) is (pattern.search(text) is not None)
