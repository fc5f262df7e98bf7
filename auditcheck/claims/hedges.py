"""Clean claims bounded by the text's own limits: a company that says in the same text what its
method cannot show, or that reports only what reached it ("no cases were confirmed to us"), makes
a modest claim, not an assurance the method must carry; and clean results the same speaker
withdraws in the same text ("we have withdrawn the certificate") are retracted, not claimed, and
an audit's clean result that the speaker says it will not rely on is disputed, not adopted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..text import cached_re as re
from .base import Author, SentenceClaim
from .decline import ACT_CUES, CLAIM_REFUSED_CUE, RELIANCE_REFUSED_CUE, WITHDRAWAL_CUE

#: What was reported to the speaker, not what it established: "no cases were confirmed to us".
_TOLD_US = re.compile(
    r"\b(?:confirmed|reported|notified|brought|raised|disclosed)\s+to\s+(?:us|our\s+attention"
    r"|the\s+company)\b",
    re.IGNORECASE,
)


def bounded_by_own_limits(
    found: list[SentenceClaim], author_at: Callable[[int], Author], text: str
) -> list[SentenceClaim]:
    """The author's clean claims are modest when the same text says what its method cannot show
    ("we do not treat these audits as evidence that forced labour is absent"), or when they
    report only what reached the speaker ("no cases were confirmed to us"). ``author_at`` gives
    the author of an offset (a case file's parts each have their own)."""
    own = [c for c in found if c.speaker == author_at(c.start).speaker]
    own_ids = {id(c) for c in own}
    # a stated limit, not an act such as a withdrawal (which says nothing of the method's reach),
    # bounds its own speaker's clean claims, the author's or a quoted scheme's ("on the farms we
    # audited, we found no indicators ... I would not claim more than that")
    limiting = {
        c.speaker
        for c in found
        if c.kind == "decline"
        and c.counts
        and (c.cue not in ACT_CUES or c.cue == CLAIM_REFUSED_CUE)
    }
    hedged = {
        id(c)
        for c in found
        if c.kind == "clean"
        and (c.speaker in limiting or (id(c) in own_ids and _TOLD_US.search(text, c.start, c.end)))
    }
    # an assessor or scheme that withdraws its own certificate or report takes back the clean
    # result behind it: the text withdraws support, it is not a vehicle of the claim (a company's
    # own clean lines and withdrawals are left to the rules for company texts)
    withdrawing = {c.speaker for c in _declines_by(own, WITHDRAWAL_CUE)}
    retracted = {
        id(c)
        for c in own
        if c.kind == "clean" and c.counts and c.speaker in withdrawing and c.speaker != "company"
    }
    # a speaker that says it will not rely on "that audit" told of that audit's clean result just
    # before in order to refuse it, not to adopt it (claim-first principle 7)
    refusals = _declines_by(own, RELIANCE_REFUSED_CUE)
    refused = {
        id(c)
        for c in own
        if c.kind == "clean"
        and c.counts
        and any(r.speaker == c.speaker and 0 <= r.start - c.end <= 600 for r in refusals)
    }
    return [
        replace(c, modality="disputed")
        if id(c) in refused
        else replace(c, modality="retracted")
        if id(c) in retracted
        else replace(c, hedged=True)
        if id(c) in hedged
        else c
        for c in found
    ]


def _declines_by(claims: list[SentenceClaim], cue: str) -> list[SentenceClaim]:
    """The counting declines whose act is of the kind ``cue`` names."""
    return [c for c in claims if c.kind == "decline" and c.counts and c.cue == cue]
