"""Run the fact table over a document: one pass per rule on the plainly written text."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

from ..document.model import Document
from ..models import Fact
from ..text import cached_re as re
from ..text.evidence import evidence_from_span
from ..text.index import DocumentIndex
from ..text.scanner import FastScanner
from .guards import asserted, negated
from .model import Facts
from .spec import Rule
from .table import RULES
from .values import value_of

_I = re.IGNORECASE

_NUMBER_START = re.compile(
    r"\b(?:\d|(?:"
    + "|".join(
        sorted(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
                "twenty",
                "thirty",
                "forty",
                "fifty",
                "sixty",
                "seventy",
                "eighty",
                "ninety",
                "hundred",
                "thousand",
                "million",
                "dozen",
                "about",
                "around",
                "approximately",
                "approx",
                "some",
                "nearly",
                "almost",
                "more",
                "over",
                "roughly",
                "circa",
                "total",
                r"c\.",
                r"at\s+least",
                r"a\s+(?:total|sample|dozen|hundred|thousand|million)",
            ],
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w]))"
)


def extract_facts(document: Document, index: DocumentIndex | None = None) -> Facts:
    """Run every fact rule over the document text; one Fact per distinct hit.

    Rules read the plainly written shadow of the text (ligatures and odd spaces written out,
    see ``auditcheck.text.normalise``) through the document's shared index and its scanner;
    each evidence span is mapped back to the source.
    """
    index = index or DocumentIndex.of(document)
    plain = index.plain
    text = plain.text
    found: list[tuple[int, Fact]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    number_starts = _number_starts(text)
    fast = index.scanner
    for rule in RULES:
        for m in _matches(rule, text, number_starts, fast):
            if m.end() - m.start() > 400:
                continue
            value, (start, end) = value_of(rule, m)
            if value is None or start >= end:
                continue
            if "not_negated" in rule.guards and negated(text, m.start(), m.end()):
                continue
            if "asserted" in rule.guards and not asserted(text, m.start(), m.end()):
                continue
            taken = spans.setdefault(rule.name, [])
            if _overlaps(taken, start, end):
                continue
            bisect.insort(taken, (start, end))
            start, end = plain.source_span(start, end)
            ev = evidence_from_span(document, start, end, source="fact", role=rule.name)
            found.append((ev.start, Fact(name=rule.name, value=value, evidence=[ev])))
    found.sort(key=lambda item: (item[0], item[1].name))
    return Facts(f for _, f in found)


def _number_starts(text: str) -> list[int]:
    """Offsets where a number or a number qualifier starts."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare characters whose lower case is longer; keep offsets exact
        return [m.start() for m in re.compile(_NUMBER_START.pattern, _I).finditer(text)]
    # Matching the lower-cased text without IGNORECASE is several times faster; RE2 finds where
    # a number can start (the pattern without its look-ahead) and ``re`` checks only there.
    fast = FastScanner(lowered).finditer(_NUMBER_START)
    found: Iterable[Any] = _NUMBER_START.finditer(lowered) if fast is None else fast
    return [m.start() for m in found]


def _matches(
    rule: Rule, text: str, number_starts: list[int], fast: FastScanner | None = None
) -> Iterable[re.Match[str]]:
    """Non-overlapping matches of a rule, like finditer, but number rules start only at numbers.

    Other rules go through the RE2 fast path when it can give exactly ``finditer``'s matches;
    number rules are tried only at the number starts inside the rule's RE2 windows.
    """
    if not rule.at_number:
        found = (
            fast.finditer_source(rule.source, _I, lambda: rule.pattern)
            if fast is not None
            else None
        )
        yield from (found if found is not None else rule.pattern.finditer(text))
        return
    # Only the number starts inside an RE2 window of the rule can match: the others are skipped
    # without a try, and a rule the windows show absent is never compiled.
    windows = fast.candidate_windows(rule.source, _I) if fast is not None else None
    if windows is not None:
        number_starts = _inside(number_starts, windows)
    if not number_starts:
        return
    last_end = 0
    match = rule.pattern.match
    for pos in number_starts:
        if pos < last_end:
            continue
        m = match(text, pos)
        if m:
            last_end = max(m.end(), pos + 1)
            yield m


def _inside(starts: list[int], windows: list[tuple[int, int]]) -> list[int]:
    """The sorted offsets of ``starts`` that lie in one of the sorted windows ``[lo, hi)``."""
    out: list[int] = []
    for lo, hi in windows:
        out.extend(starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])
    return out


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if [start, end) overlaps a span already taken for the same fact."""
    i = bisect.bisect_left(taken, (start, end))
    if i < len(taken) and taken[i][0] < end:
        return True
    # Spans are short (at most 400 characters), so only a few earlier ones can reach start.
    j = i - 1
    while j >= 0 and start - taken[j][0] <= 400:
        if taken[j][1] > start:
            return True
        j -= 1
    return False
