"""Predicates about the place: a risky location, state-imposed forced labour, listed entities.

State-imposed forced labour is assessed as a systemic risk, not case by case: coercion works
through recruitment, transfer and a grassroots apparatus that a workplace audit cannot see, and
workers cannot speak freely. These predicates therefore ask two questions of a document about
a high-risk place: does it show the step was assessed, and, if not, does it honestly say that a
credible audit is not possible there instead of claiming a clean result? A document that makes
no clean claim and says so is not marked down for steps it could not take.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from ...defaults import empty_list
from ...models import Evidence, Status
from ..base import CheckResult, EvalContext, find, quotes
from .common import NoParams, Params, Patterns, fact_evidence, location_evidence

if TYPE_CHECKING:
    from ...packs.criterion import FactCriterion

# Statements that a credible audit is not possible in the place, or that findings cannot
# establish absence. Any one of them, with no clean claim, counts as honest acknowledgement.
LIMITS_ACKNOWLEDGED: list[str] = [
    r"\b(?:credible|reliable|meaningful|independent|normal|effective)\s+(?:social\s+(?:compliance\s+)?)?(?:audits?|auditing|due\s+diligence|assessments?|verification)\b[^.]{0,60}\b(?:not\s+possible|impossible|cannot\s+be|could\s+not\s+be|not\s+feasible|infeasible|cannot\s+take\s+place|cannot\s+be\s+relied)",
    r"\b(?:practical\s+)?impossib(?:le|ility)\b[^.]{0,40}\b(?:audit|due\s+diligence|verif|assess)\w*",
    r"\b(?:cannot|can\s*not|could\s+not|unable\s+to)\s+(?:be\s+)?(?:credibly|reliably|meaningfully|independently)\s+(?:audit|assess|verif|monitor)\w*",
    r"\bworkers?\b[^.]{0,40}\b(?:cannot|can\s*not|could\s+not|are\s+unable\s+to|were\s+unable\s+to|are\s+not\s+able\s+to|are\s+not\s+free\s+to)\s+speak\s+(?:freely|openly)",
    r"\b(?:does|do|did|can|could|would)\s+not\s+(?:establish|prove|demonstrate|confirm|rule\s+out|guarantee)\b[^.]{0,40}\b(?:absence|free\s+(?:of|from)\s+forced|no\s+forced)",
    r"\b(?:no|not\s+any)\s+(?:\w+\s+){0,2}audits?\b[^.]{0,60}\b"
    r"(?:in\s+recent\s+years|since\s+20\d\d|for\s+several\s+years"
    r"|have\s+(?:been\s+)?(?:conducted|carried\s+out|taken\s+place))",
    r"\b(?:challenges|restrictions|limits)\s+(?:to|on)\s+(?:independent\s+)?(?:auditing|audits|auditors|access)\b",
    r"\b(?:suspended|stopped|withdrew|withdrawn|ceased|will\s+not\s+(?:conduct|perform|carry\s+out))\b"
    r"[^.]{0,40}\b(?:audit\w*|assurance|certification|field[- ]level)",
]

#: Facts that show the document reports an assessment of a site, not only a view on auditability.
ASSESSMENT_FACTS = (
    "claim.absence",
    "interviews.total",
    "interviews.onsite",
    "interviews.offsite",
    "interviews.virtual",
    "method.document_review",
    "method.remote",
    "audit.days",
    "auditor.names",
    "auditor.firm",
    "workforce.size",
)

_HIGH_ONLY = "no high-risk location found, so state-imposed forced labour is not in question"


def limits_acknowledged(criterion: FactCriterion, ctx: EvalContext) -> list[Evidence]:
    """Quotes where the document says a credible audit is not possible or cannot show absence."""
    return quotes(ctx, find(criterion, ctx, LIMITS_ACKNOWLEDGED), "support")


def reports_assessment(ctx: EvalContext) -> bool:
    return any(ctx.facts.has(name) for name in ASSESSMENT_FACTS)


class ContextAcknowledgedParams(Params):
    patterns: Patterns = Field(
        min_length=1, description="Wording that discusses the location's risk."
    )


def context_acknowledged(
    criterion: FactCriterion, ctx: EvalContext, params: ContextAcknowledgedParams
) -> CheckResult:
    """In a risky context the document must say so; elsewhere the criterion does not apply."""
    if ctx.context.risk not in ("high", "elevated"):
        return CheckResult(Status.not_applicable, detail="no high-risk location found")
    hits = find(criterion, ctx, params.patterns)
    if hits:
        return CheckResult(Status.met, quotes(ctx, hits, "support"))
    return CheckResult(
        Status.unmet, location_evidence(ctx, 2), detail="the location's risk is not discussed"
    )


class SiflStepParams(Params):
    evidence: Patterns = Field(
        min_length=1, description="Wording that shows the step was assessed."
    )
    partial: Patterns = Field(
        default_factory=empty_list, description="Wording that names the step without assessing it."
    )
    needs_assessment: bool = Field(
        default=True,
        description="Not applicable when the text reports no assessment and claims no result.",
    )


def sifl_step_assessed(
    criterion: FactCriterion, ctx: EvalContext, params: SiflStepParams
) -> CheckResult:
    """One step of a state-imposed forced-labour assessment, or an honest statement of limits.

    Met when the step's evidence appears, or when the document acknowledges that a credible
    audit is not possible and claims no clean result. Not applicable when the document reports
    no assessment and makes no claim (and ``needs_assessment`` is set); unmet otherwise.
    """
    if ctx.context.risk != "high":
        return CheckResult(Status.not_applicable, detail=_HIGH_ONLY)
    hits = find(criterion, ctx, params.evidence)
    if hits:
        return CheckResult(Status.met, quotes(ctx, hits, "support"))
    claims_clean = ctx.facts.has("claim.absence")
    ack = limits_acknowledged(criterion, ctx)
    if ack and not claims_clean:
        return CheckResult(
            Status.met,
            ack[:2],
            detail=(
                "the document says a credible audit is not possible here and claims no clean result"
            ),
        )
    weak = find(criterion, ctx, params.partial) if params.partial else []
    if weak:
        return CheckResult(
            Status.partial,
            quotes(ctx, weak, "partial"),
            detail="named, but not assessed against evidence",
        )
    if params.needs_assessment and not claims_clean and not reports_assessment(ctx):
        return CheckResult(
            Status.not_applicable,
            detail="the document reports no assessment of a site and claims no result",
        )
    return CheckResult(Status.unmet, location_evidence(ctx))


def burden_of_proof(criterion: FactCriterion, ctx: EvalContext, params: NoParams) -> CheckResult:
    """Where forced labour is presumed, 'no evidence found' is not clear and convincing evidence.

    Not applicable without a clean claim. Met when the document says its findings cannot
    establish absence; partial when the claim is at least hedged; a red flag when a bare
    absence claim is offered about a high-risk place.
    """
    if ctx.context.risk != "high":
        return CheckResult(Status.not_applicable, detail=_HIGH_ONLY)
    if not ctx.facts.has("claim.absence"):
        return CheckResult(Status.not_applicable, detail="no clean result is claimed")
    ack = limits_acknowledged(criterion, ctx)
    if ack:
        return CheckResult(
            Status.met,
            fact_evidence(ctx, "claim.absence", limit=1) + ack[:2],
            detail="the clean finding is bounded by a statement that it cannot establish absence",
        )
    if ctx.facts.has("claim.hedged"):
        return CheckResult(
            Status.partial,
            fact_evidence(ctx, "claim.absence", "claim.hedged", limit=3),
            detail="the clean finding is hedged, but still offered where absence cannot be shown",
        )
    return CheckResult(
        Status.red_flag,
        fact_evidence(ctx, "claim.absence", limit=2) + location_evidence(ctx),
        detail="'no evidence found' is offered as clearance where forced labour is presumed",
    )


class ListedEntityParams(Params):
    patterns: Patterns = Field(min_length=1, description="Wording that deals with the listing.")


def listed_entity_addressed(
    criterion: FactCriterion, ctx: EvalContext, params: ListedEntityParams
) -> CheckResult:
    """A document naming an entity on an enforcement list must deal with the listing.

    Not applicable when no listed entity is named; met when the listing is discussed; unmet
    when it is ignored, and a red flag when it is ignored while a clean result is claimed.
    """
    listed = [m for m in ctx.context.matches if m.kind == "listed_entity"]
    if not listed:
        return CheckResult(
            Status.not_applicable, detail="no entity from the enforcement-list snapshot is named"
        )
    names = ", ".join(m.place for m in listed[:3])
    hits = find(criterion, ctx, params.patterns)
    if hits:
        return CheckResult(Status.met, quotes(ctx, hits, "support"), detail=f"listed: {names}")
    ev = [e for m in listed[:2] for e in m.evidence[:1]]
    if ctx.facts.has("claim.absence"):
        return CheckResult(
            Status.red_flag,
            fact_evidence(ctx, "claim.absence", limit=1) + ev,
            detail=(
                f"a clean result is claimed for a listed entity ({names}) without mentioning the "
                "listing"
            ),
        )
    return CheckResult(
        Status.unmet, ev, detail=f"{names} is on an enforcement list the document does not mention"
    )
