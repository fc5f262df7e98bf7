"""The clean claims a text carries, handed to the facts layer: the claim layer is the one source
of truth for absence claims, so the facts layer's own ``claim.absence`` phrases are checked
against it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document.model import Document
from ..facts import Facts
from ..models import Fact
from ..text import cached_re as re
from ..text.evidence import evidence_from_span
from .clean_frames import ALLEGATIONS_OF_ABUSE
from .grammar import FL_OBJECT, GENERIC_OBJECT, OBJECT

#: "no systemic issues", "no problems": no forced labour, when the text answers allegations of it.
_GENERIC = re.compile(rf"\b(?:{GENERIC_OBJECT})\b", re.IGNORECASE)
_ALLEGED = re.compile(
    rf"{ALLEGATIONS_OF_ABUSE}|\b(?:{FL_OBJECT})\s+(?:allegations?|accusations?|claims|complaints)",
    re.IGNORECASE,
)

if TYPE_CHECKING:
    from . import ClaimReading


def reconcile_absence_facts(facts: Facts, reading: ClaimReading, document: Document) -> Facts:
    """One source of truth for clean claims: the claim layer.

    The facts layer's ``claim.absence`` phrases are kept only where the claim layer reads a
    counting clean claim in the same sentence (a question, rule, hedge or disputed quotation is
    no absence claim), and every clean claim the text carries for a claimant becomes one.
    """
    vehicle = reading.vehicle()
    kept: list[Fact] = []
    covered: set[int] = set()
    for fact in facts.items:
        if fact.name != "claim.absence":
            kept.append(fact)
            continue
        claim = next(
            (c for ev in fact.evidence for c in vehicle if c.start <= ev.start < c.end), None
        )
        if claim is not None:
            kept.append(fact)
            covered.add(claim.start)
    for claim in vehicle:
        # only absence of forced labour itself; compliance and resolution frames are not absence
        # claims
        window = document.text[
            max(claim.start, claim.focus_start - 40) : min(claim.end, claim.focus_end + 40)
        ]
        if (
            claim.start not in covered
            # "our review shows no systemic problems", given in answer to allegations of forced
            # labour, says there is none
            and (
                OBJECT.search(window)
                or (_GENERIC.search(window) and _ALLEGED.search(document.text, 0, 50_000))
            )
            and claim.cue.startswith(("a finding of no", "absence of", "free of", "a state"))
        ):
            evidence = evidence_from_span(
                document, claim.focus_start, claim.focus_end, source="claim", role="claim"
            )
            kept.append(
                Fact(
                    name="claim.absence",
                    value=True,
                    evidence=[evidence],
                    note=f"{claim.cue} ({claim.modality} by the {claim.speaker.replace('_', ' ')})",
                )
            )
    return Facts(kept)
