"""Evaluate a pack's criteria on one prepared document; a failing criterion never aborts the run."""

from __future__ import annotations

from typing import Any

from ..checks import REGISTRY, CheckResult, EvalContext
from ..checks.base import find
from ..errors import PatternTimeoutError
from ..models import Finding, Reference, Status
from ..packs.loader import Pack

#: Reference fields a report carries: the citation, never the copy it was read in.
_OUTPUT_REFERENCE_FIELDS = set(Reference.model_fields)


def evaluate_pack(pack: Pack, ctx: EvalContext) -> list[Finding]:
    """One Finding per criterion, in the pack's file order."""
    findings = []
    for criterion in pack.criteria:
        findings.append(evaluate_criterion(criterion, ctx, pack))
    return findings


def evaluate_criterion(criterion: Any, ctx: EvalContext, pack: Pack | None = None) -> Finding:
    try:
        applies = _applies(criterion, ctx, pack)
        if applies is _GATE_CLOSED:
            # No binary switch that changes the scale: a text that describes no audit does not
            # show these elements; the burden-of-proof step decides whether that is unknown or
            # failed.
            result = CheckResult(
                Status.unmet, detail="no audit or assessment is described in this text"
            )
        elif not applies:
            result = CheckResult(Status.not_applicable, detail="does not apply to this document")
        else:
            result = REGISTRY[criterion.kind](criterion, ctx)
            result = _add_classifier(criterion, ctx, result)
    except PatternTimeoutError as exc:
        result = CheckResult(Status.error, detail=str(exc), confidence=0.0)
    except Exception as exc:  # broad on purpose: a broken criterion becomes an error finding
        result = CheckResult(Status.error, detail=f"{type(exc).__name__}: {exc}", confidence=0.0)
    return _finding(criterion, pack, result)


#: Returned by _applies when only the pack's gate is closed.
_GATE_CLOSED = object()


def _applies(criterion: Any, ctx: EvalContext, pack: Pack | None = None) -> Any:
    rule = criterion.applies
    if rule is None:
        return True
    if rule.gate is not None:
        if pack is None or rule.gate not in pack.meta.gates:
            raise KeyError(f"gate {rule.gate!r} needs its pack's 'gates' definition")
        key = ("gate", pack.id, rule.gate, tuple(criterion.scope), tuple(criterion.sections))
        if key not in ctx.memo:
            ctx.memo[key] = _holds(criterion, ctx, pack.meta.gates[rule.gate])
        if not ctx.memo[key]:
            return _GATE_CLOSED if _holds(criterion, ctx, rule) else False
    return _holds(criterion, ctx, rule)


def _holds(criterion: Any, ctx: EvalContext, rule: Any) -> bool:
    if rule.roles and ctx.role not in rule.roles:
        return False
    if rule.context_risk and ctx.context.risk not in rule.context_risk:
        return False
    if rule.claims and not (ctx.claims is not None and ctx.claims.counting(*rule.claims)):
        return False
    if rule.patterns or rule.facts:
        hit = bool(rule.patterns and find(criterion, ctx, list(rule.patterns)))
        hit = hit or any(ctx.facts.has(f) for f in rule.facts)
        if not hit:
            return False
    return True


def _add_classifier(criterion: Any, ctx: EvalContext, result: CheckResult) -> CheckResult:
    """Model evidence can lift unmet to met (at reduced credit); it never overrules a red flag."""
    if (
        result.status is not Status.unmet
        or not criterion.classifier_labels
        or not ctx.classifier_hits
    ):
        return result
    hits = [e for label in criterion.classifier_labels for e in ctx.classifier_hits.get(label, [])]
    if not hits:
        return result
    best = max(e.score or 0 for e in hits)
    hits = sorted(hits, key=lambda e: -(e.score or 0))[:3]
    return CheckResult(
        Status.met,
        hits,
        detail="found by the passage classifier, not by a pattern",
        confidence=round(best, 3),
    )


def _message(criterion: Any, result: CheckResult) -> str:
    if result.status is Status.met:
        base = criterion.met_message or f"Met: {criterion.title.rstrip('.')}."
    elif result.status is Status.not_applicable:
        base = f"Not applicable: {result.detail or 'does not apply'}."
        return base
    elif result.status is Status.error:
        return f"Could not evaluate: {result.detail}"
    elif result.status is Status.unmet and not result.evidence:
        base = (
            criterion.message.rstrip(".")
            + ". Not found in the text: that is what the document shows, not proof that it was "
            "not done."
        )
    else:
        base = criterion.message
    if result.detail:
        base = f"{base.rstrip('.')} ({result.detail})."
    return base


def _finding(criterion: Any, pack: Pack | None, result: CheckResult) -> Finding:
    show_remedy = result.status not in (Status.met, Status.not_applicable)
    return Finding(
        criterion_id=criterion.id,
        criterion_name=criterion.name,
        title=criterion.title,
        pack_id=pack.id if pack else "",
        group=pack.group_of(criterion.id) if pack else None,
        dimension=criterion.dimension.value,
        status=result.status,
        severity=criterion.severity.value,
        weight=criterion.weight,
        confidence=result.confidence,
        message=_message(criterion, result),
        evidence=result.evidence,
        remedy=criterion.remedy.strip() if show_remedy else None,
        rationale=" ".join(criterion.rationale.split()),
        references=[
            Reference(**r.model_dump(include=_OUTPUT_REFERENCE_FIELDS))
            for r in criterion.references
        ],
        audit_washing=criterion.audit_washing,
    )


__all__ = ["evaluate_criterion", "evaluate_pack"]
