"""Readings that need the sentence before: a pronoun subject that is the assessment named just
before it ("... the independent audit of its cannery. It found no ..."; "The investigation by
a consultancy covered six ports. Its report identified ..."). The finding is then the
assessment's, carried by whoever wrote the text, not the writer's own."""

from __future__ import annotations

from dataclasses import replace

from ..text import cached_re as re
from . import grammar as g
from .base import Author, SentenceClaim

#: A sentence whose subject is a pronoun for an assessment, or that assessment's report, and
#: that finds or concludes: "It found no ...", "Its report identified ...".
_PRONOUN_FINDS = re.compile(
    # a fronted phrase may come first: "In two reports of 200 pages, they had listed ..."
    r"\s*[\"“]?(?:(?:in|on|at|across|over|during|within)\s+[^,.;:]{3,60},\s+)?"
    r"(?:(?:it|they|this|these)\s+(?:also\s+|further\s+)?(?:had\s+|have\s+|has\s+)?"
    # what it reported to the writer: "It reported to us that it found no violations ..."
    r"(?:(?:reported|told|informed)(?:\s+(?:to\s+)?us)?\s+that\s+(?:it|they)\s+(?:had\s+)?)?"
    r"|(?:its|their)\s+(?:own\s+|final\s+|full\s+)?(?:report|findings|study|research|assessment"
    r"|audit|review)\b[^.;:]{0,100}?\b)"
    r"(?:found|finds|concluded|concludes|confirmed|confirms|identified|identifies|established"
    r"|showed|shows|revealed|reveals|documented|detailed|recorded|uncovered"
    r"|did\s+not\s+(?:find|identify|reveal|detect))\b",
    re.IGNORECASE,
)

#: Authors whose "it found ..." after a named assessment relays that assessment. Not an official
#: or workers: an inspectorate's "The inspection covered six farms. It found ..." is its own.
_RELAYING_AUTHORS = frozenset({"journalist", "critic", "unknown"})


def pronoun_for_the_assessment_before(
    claim: SentenceClaim,
    text: str,
    before: tuple[int, int] | None,
    start: int,
    author: Author,
) -> SentenceClaim:
    """The claim read as the assessment's when its subject is a pronoun for the assessment the
    sentence just before names; otherwise unchanged."""
    if (
        before is None
        or claim.speaker != author.speaker
        or claim.modality != "asserted"
        or start - before[1] >= 3
        or not _PRONOUN_FINDS.match(text, start)
        or not g.ASSESSMENT.search(text, before[0], before[1])
    ):
        return claim
    if claim.kind == "clean" and author.speaker != "auditor":
        # a company relays the assessment's result (adopted); anyone else reports it
        return replace(
            claim,
            speaker="company" if author.speaker == "company" else "auditor",
            modality="adopted" if author.speaker == "company" else "reported",
        )
    if claim.kind == "adverse" and author.speaker in _RELAYING_AUTHORS:
        return replace(claim, speaker="auditor", modality="reported")
    return claim
