"""conditional: a claim (when) must be backed (unless); a bare claim is a red flag or unmet."""

from __future__ import annotations

from typing import Any

from ..models import Status
from .base import CheckResult, EvalContext, find, quotes, sentence_evidence


def _present(
    criterion: Any, ctx: EvalContext, patterns: list[str], facts: list[str], exceptions=()
) -> tuple[bool, list]:
    evidence = []
    hits = find(criterion, ctx, patterns, exceptions) if patterns else []
    evidence += quotes(ctx, hits, "claim")
    fact_evidence = ctx.facts.evidence(*facts) if facts else []
    evidence += sentence_evidence(ctx, fact_evidence)
    return bool(hits or fact_evidence), evidence


def evaluate(criterion: Any, ctx: EvalContext) -> CheckResult:
    claimed, claim_ev = _present(
        criterion, ctx, criterion.when, criterion.when_facts, criterion.when_exceptions
    )
    if not claimed:
        return CheckResult(
            Status.not_applicable, detail="the claim this criterion tests was not made"
        )
    if criterion.also_when or criterion.also_when_facts:
        also, also_ev = _present(criterion, ctx, criterion.also_when, criterion.also_when_facts)
        if not also:
            return CheckResult(
                Status.met,
                claim_ev[:2],
                detail="the claim is made without the condition that makes it a problem",
            )
        claim_ev += [e.model_copy(update={"role": "condition"}) for e in also_ev]
    backed, back_ev = _present(criterion, ctx, criterion.unless, criterion.unless_facts)
    if backed:
        return CheckResult(
            Status.met,
            claim_ev[:2] + [e.model_copy(update={"role": "support"}) for e in back_ev[:2]],
        )
    status = Status.red_flag if criterion.on_fail == "red_flag" else Status.unmet
    return CheckResult(status, claim_ev[:4])
