"""Clean claims bounded by the text's own limits: a company that says in the same text what its
method cannot show, or that reports only what reached it ("no cases were confirmed to us"), makes
a modest claim, not an assurance the method must carry."""

from __future__ import annotations

from dataclasses import replace

from ..text import cached_re as re
from .base import Author, SentenceClaim
from .decline import DECLINE_ACT_CUE

#: What was reported to the speaker, not what it established: "no cases were confirmed to us".
_TOLD_US = re.compile(
    r"\b(?:confirmed|reported|notified|brought|raised|disclosed)\s+to\s+(?:us|our\s+attention"
    r"|the\s+company)\b",
    re.IGNORECASE,
)


def bounded_by_own_limits(
    found: list[SentenceClaim], author: Author, text: str
) -> list[SentenceClaim]:
    """The author's clean claims are modest when the same text says what its method cannot show
    ("we do not treat these audits as evidence that forced labour is absent"), or when they
    report only what reached the speaker ("no cases were confirmed to us")."""
    # a stated limit, not an act: a withdrawal or suspension says nothing of the method's reach
    declines = any(
        c.kind == "decline"
        and c.counts
        and c.speaker == author.speaker
        and c.cue != DECLINE_ACT_CUE
        for c in found
    )
    return [
        replace(c, hedged=True)
        if c.kind == "clean"
        and c.speaker == author.speaker
        and (declines or _TOLD_US.search(text, c.start, c.end))
        else c
        for c in found
    ]
