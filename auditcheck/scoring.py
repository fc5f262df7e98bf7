"""Turn findings into dimension scores, an overall score, caps and a verdict. Pure: no I/O.

Within a dimension, ``possible`` is the summed weight of criteria that could be assessed and
``earned`` is weight times credit (1 met, policy fraction partial, 0 otherwise); a red flag
also subtracts ``red_flag_penalty`` times its weight. The overall score is the weighted mean
of the dimension scores, so every dimension counts the same whatever its number of criteria,
which keeps scores comparable across packs. Caps then hold the score down: a criterion's own
cap when it is a red flag, the context's reliance ceiling, and the audit-washing ceiling.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import (
    AuditWashing,
    Cap,
    Context,
    Contribution,
    DimensionScore,
    Finding,
    Status,
    Verdict,
)
from .packs.schema import DIMENSION_TITLES, Dimension, ScoringPolicy

_SCORED = {Status.met, Status.partial, Status.unmet, Status.red_flag}


@dataclass
class ScoreResult:
    value: float
    uncapped: float
    verdict: Verdict
    verdict_reason: str
    dimensions: list[DimensionScore]
    caps: list[Cap] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    #: Share of the assessable weight the text lets us judge (None when nothing applies).
    coverage: float | None = None
    #: The score of what is shown, before the pull of unknowns toward the middle band.
    quality: float | None = None


def credit(finding: Finding, policy: ScoringPolicy) -> float:
    if finding.status is Status.met:
        if finding.evidence and all(e.source == "classifier" for e in finding.evidence):
            return policy.classifier_credit
        return 1.0
    if finding.status is Status.partial:
        return policy.partial_credit
    if finding.status is Status.red_flag:
        return -policy.red_flag_penalty
    return 0.0


def score_findings(
    findings: list[Finding],
    policy: ScoringPolicy,
    *,
    context: Context | None = None,
    audit_washing: AuditWashing | None = None,
    claims_clean_result: bool = False,
    cap_by_id: dict[str, int | None] | None = None,
    extra_caps: list[Cap] | None = None,
    floors: list[Cap] | None = None,
) -> ScoreResult:
    """Score findings; unknown (not_assessable) weight pulls the score toward the middle band.

    ``quality`` is the weighted mean of the dimension scores over what the text shows;
    ``coverage`` is the shown weight over shown plus unknown weight. The uncapped score is
    ``coverage * quality + (1 - coverage) * middle``, where ``middle`` is the centre of the
    partially-credible band: a text that shows little cannot be credible or damning by silence.
    Caps then hold the score down; floors (from the claim layer) hold it up.
    """
    contributions: list[Contribution] = []
    dims: list[DimensionScore] = []
    for dim in Dimension:
        earned = possible = 0.0
        met = unmet = flags = 0
        for f in findings:
            if f.dimension != dim.value or f.status not in _SCORED:
                continue
            c = credit(f, policy)
            possible += f.weight
            earned += f.weight * c
            contributions.append(
                Contribution(
                    criterion_id=f.criterion_id,
                    dimension=dim.value,
                    status=f.status,
                    earned=round(f.weight * c, 3),
                    possible=f.weight,
                )
            )
            met += f.status is Status.met
            unmet += f.status is Status.unmet
            flags += f.status is Status.red_flag
        score = None if possible == 0 else round(max(0.0, 100 * earned / possible), 1)
        dims.append(
            DimensionScore(
                id=dim.value,
                title=DIMENSION_TITLES[dim],
                score=score,
                earned=round(earned, 3),
                possible=round(possible, 3),
                met=met,
                unmet=unmet,
                red_flags=flags,
            )
        )
    weighted = [
        (d.score, policy.dimension_weights.get(Dimension(d.id), 1.0))
        for d in dims
        if d.score is not None
    ]
    total_weight = sum(w for _, w in weighted)
    middle = (policy.credible_at + policy.partially_credible_at) / 2
    quality = round(sum(s * w for s, w in weighted) / total_weight, 1) if total_weight else None
    shown = sum(f.weight for f in findings if f.status in _SCORED)
    unknown = sum(f.weight for f in findings if f.status is Status.not_assessable)
    coverage = round(shown / (shown + unknown), 3) if shown + unknown else None
    if quality is None:
        uncapped = middle if unknown else 0.0
    else:
        uncapped = round((coverage or 0.0) * quality + (1 - (coverage or 0.0)) * middle, 1)

    caps: list[Cap] = []
    for f in findings:
        ceiling = (cap_by_id or {}).get(f.criterion_id)
        if f.status is Status.red_flag and ceiling is not None:
            caps.append(
                Cap(
                    reason=f"{f.criterion_id} {f.title}",
                    ceiling=float(ceiling),
                    source=f.criterion_id,
                )
            )
    if context is not None and claims_clean_result:
        if context.risk == "high":
            caps.append(
                Cap(
                    reason=(
                        "clean result claimed in a high-risk context: a workplace audit "
                        "there cannot establish absence"
                    ),
                    ceiling=policy.high_risk_ceiling,
                    source="context",
                )
            )
        elif context.risk == "elevated" and not elevated_risk_answered(findings, policy):
            caps.append(
                Cap(
                    reason="clean result claimed in an elevated-risk context",
                    ceiling=policy.elevated_risk_ceiling,
                    source="context",
                )
            )
    if audit_washing is not None and audit_washing.detected:
        ids = ", ".join(p.id for p in audit_washing.patterns)
        caps.append(
            Cap(
                reason=f"audit-washing patterns found ({ids})",
                ceiling=policy.audit_washing_ceiling,
                source="audit_washing",
            )
        )
    caps.extend(extra_caps or [])
    value = uncapped
    for floor in floors or []:
        if value < floor.ceiling:
            value = floor.ceiling
            caps.append(floor.model_copy(update={"source": "floor"}))
    for cap in caps:
        if cap.source != "floor":
            value = min(value, cap.ceiling)
    value = round(value, 1)
    verdict, reason = _verdict(value, uncapped, caps, policy)
    return ScoreResult(
        value, uncapped, verdict, reason, dims, caps, contributions, coverage, quality
    )


def elevated_risk_answered(findings: list[Finding], policy: ScoringPolicy) -> bool:
    """The method shown reaches an elevated risk: every criterion the pack names for it is met.

    Context sets what a clean claim needs: where migrant workers are recruited through agents,
    a clean result from a method that traced recruitment and heard workers privately in their
    own languages can be relied on; the same result from a visit that did neither cannot.
    """
    needed = policy.elevated_risk_met_by
    if not needed:
        return False
    met = {f.criterion_id for f in findings if f.status is Status.met}
    return all(criterion in met for criterion in needed)


def _verdict(
    value: float, uncapped: float, caps: list[Cap], policy: ScoringPolicy
) -> tuple[Verdict, str]:
    if value >= policy.credible_at:
        verdict = Verdict.credible
    elif value >= policy.partially_credible_at:
        verdict = Verdict.partially_credible
    else:
        verdict = Verdict.not_credible
    binding = [c for c in caps if c.ceiling < uncapped and c.source != "floor"]
    raised = [c for c in caps if c.source == "floor" and value >= c.ceiling > uncapped]
    if raised and not binding:
        reason = f"score {value:g} of 100, raised from {uncapped:g} because {raised[0].reason}"
    elif binding:
        lowest = min(binding, key=lambda c: c.ceiling)
        reason = f"score {value:g} of 100, held down from {uncapped:g} by: {lowest.reason}"
    else:
        reason = (
            f"score {value:g} of 100 from the criteria (credible at {policy.credible_at:g}, "
            f"partially credible at {policy.partially_credible_at:g})"
        )
    return verdict, reason
