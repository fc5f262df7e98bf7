"""Where sentences end: the sentence split every layer reads through ``DocumentIndex``
(split from ``auditcheck.text.index``)."""

from __future__ import annotations

import re

import regex

#: Abbreviations, initials and list numbers whose full stop does not end a sentence ("Mr. Lee",
#: "No. 4", "approx. 40", "e.g. fees", "Ltd. was", "J. Smith", "1. Workers").
_NOT_AN_END = (
    r"(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Jr|St|No|Nos|Nr|approx|ca|cf|vs|etc|al|e\.g|i\.e|Ltd|Inc|Co|Corp|Bhd|Fig|pp?"
    r"|para|Art|Sec|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K)\.)(?<!\b[A-Z]\.)(?<!(?:^|\n)\s*\d{1,3}\.)"
)
_SENTENCE_END = regex.compile(
    _NOT_AN_END
    + r"(?<=[.!?。;])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•\-–])|\n\s*(?=[•\-–*]\s)|\n(?=\s*\n)"
)

#: Where a sentence end can start: after a full stop (the look-behind of its first branch) or at
#: a line break (the other two).
_END_AFTER = re.compile(r"[.!?。;]|\n")


def sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans ``_SENTENCE_END.finditer(text)`` gives, matched only from the offsets where one
    can start (``regex`` tried its look-behinds at every offset: most of the sentence split's
    time). Exact: its matches are never empty, and each starts at such an offset."""
    found: list[tuple[int, int]] = []
    match = _SENTENCE_END.match
    pos = 0
    for hit in _END_AFTER.finditer(text):
        at = hit.end() if hit.group() != "\n" else hit.start()
        if at < pos:
            continue
        m = match(text, at)
        if m is not None:
            found.append(m.span())
            pos = m.end()
    return found
