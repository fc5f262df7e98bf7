"""claim: decided by the claim layer, e.g. 'the assessor itself reports concrete violations'."""

from __future__ import annotations

from typing import Any

from ..models import Status
from ..text.evidence import evidence_from_span
from .base import CheckResult, EvalContext


def evaluate(criterion: Any, ctx: EvalContext) -> CheckResult:
    if ctx.claims is None:
        return CheckResult(Status.not_assessable, detail="no claim reading for this document")
    speakers = frozenset(criterion.speakers) if criterion.speakers else None
    found = ctx.claims.counting(*criterion.claims, speakers=speakers)
    evidence = [
        evidence_from_span(
            ctx.document,
            c.start,
            c.end,
            source="claim",
            role=f"claim:{c.kind}",
            focus=(c.focus_start, c.focus_end),
        ).model_copy(update={"speaker": c.speaker, "modality": c.modality})
        for c in found[:3]
    ]
    if len(found) >= criterion.min_claims:
        return CheckResult(Status(criterion.on_found), evidence)
    if found:
        return CheckResult(
            Status.partial,
            evidence,
            detail=f"found {len(found)} of {criterion.min_claims} required statements",
        )
    return CheckResult(Status.unmet if criterion.on_found == "met" else Status.met)
