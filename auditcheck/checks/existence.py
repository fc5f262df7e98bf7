"""existence: evidence patterns must appear; named groups must all appear for 'met'."""

from __future__ import annotations

from typing import Any

from ..claims import ASSESSORS
from ..models import Status
from ..text.index import Match
from .base import CheckResult, EvalContext, find, quotes, split_by_polarity

#: Whose findings show what an assessment examined: an assessor's, not a critic's account of
#: abuse (that is evidence the audit missed it, never coverage by it).
ASSESSOR_VOICES = ASSESSORS - {"critic"}


def evaluate(criterion: Any, ctx: EvalContext) -> CheckResult:
    if criterion.red_flags:
        flags, _ = split_by_polarity(
            ctx, find(criterion, ctx, criterion.red_flags, criterion.red_flag_exceptions)
        )
        if flags:
            return CheckResult(Status.red_flag, quotes(ctx, flags, "red_flag"))
    hits = (
        find(criterion, ctx, criterion.patterns, criterion.exceptions) if criterion.patterns else []
    )
    hits, denied = split_by_polarity(ctx, hits)
    evidence = quotes(ctx, hits, "support")
    if criterion.require_all:
        present: list[str] = []
        missing: list[str] = []
        for name, patterns in criterion.require_all.items():
            group_hits = find(criterion, ctx, patterns, criterion.exceptions)
            (present if group_hits else missing).append(name)
            evidence += quotes(ctx, group_hits, f"group:{name}", limit=2)
        if criterion.patterns and not hits:
            missing.insert(0, "main statement")
        if not missing:
            return CheckResult(Status.met, evidence)
        if present or hits:
            return CheckResult(Status.partial, evidence, detail="missing: " + ", ".join(missing))
        return _partial_or_unmet(criterion, ctx, detail="missing: " + ", ".join(missing))
    distinct = {(m.sentence_start, m.sentence_end) for m in hits}
    if len(distinct) >= criterion.min_matches:
        return CheckResult(Status.met, evidence)
    if hits:
        return CheckResult(
            Status.partial,
            evidence,
            detail=f"found {len(distinct)} of {criterion.min_matches} required statements",
        )
    findings = _findings_on_topic(criterion, ctx)
    if findings:
        return CheckResult(
            Status.met,
            quotes(ctx, findings, "finding"),
            detail="the assessor states a finding on this topic, so it was examined",
        )
    result = _partial_or_unmet(criterion, ctx)
    if result.status is Status.unmet and denied:
        # failed with evidence: the text says it was not done
        return CheckResult(
            Status.unmet, quotes(ctx, denied, "negated"), detail="the text says this was not done"
        )
    return result


def _findings_on_topic(criterion: Any, ctx: EvalContext) -> list[Match]:
    """Topic words in sentences where the assessor states a finding (clean or adverse): a result
    on a topic is evidence the topic was examined, whatever words the method section used."""
    if not criterion.examined_by_findings or ctx.claims is None:
        return []
    found = []
    for m in find(criterion, ctx, criterion.examined_by_findings, criterion.exceptions):
        claim = ctx.claims.claim_at(m.sentence_start, m.sentence_end)
        if (
            claim is not None
            and claim.kind in ("clean", "adverse")
            # "compliant in all areas: forced labour, wages and hours" sweeps topics together; a
            # clean result shows examination only when it is about the topic itself
            and not (claim.kind == "clean" and claim.global_scope)
            and claim.counts
            # what workers told the assessor, in the assessor's own text, is its finding too
            and (
                claim.speaker in ASSESSOR_VOICES
                or (claim.speaker == "workers" and ctx.claims.author.speaker in ASSESSOR_VOICES)
            )
            and ctx.claims.support_is_theirs(m.sentence_start, m.sentence_end)
        ):
            found.append(m)
    return found


def _partial_or_unmet(criterion: Any, ctx: EvalContext, detail: str | None = None) -> CheckResult:
    if criterion.partial_patterns:
        weak, _ = split_by_polarity(
            ctx, find(criterion, ctx, criterion.partial_patterns, criterion.exceptions)
        )
        if weak:
            return CheckResult(Status.partial, quotes(ctx, weak, "partial"), detail=detail)
    return CheckResult(Status.unmet, [], detail=detail)
