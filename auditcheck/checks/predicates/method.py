"""Predicates about how an audit was done: who audited, under which standard, how long, announced
or not, and whether its findings say anything specific."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field

from ...defaults import empty_list
from ...models import Status
from ...similar import generic_spans
from ...text.evidence import evidence_from_span
from ..base import CheckResult, EvalContext, find, quotes, sentence_evidence
from .common import Params, Patterns, fact_evidence

if TYPE_CHECKING:
    from ...packs.criterion import FactCriterion

#: Standards whose claim implies a certificate from an accredited body, or a registered auditor.
CERTIFIABLE = (
    "SA8000",
    "SA 8000",
    "SMETA",
    "BSCI",
    "amfori BSCI",
    "SLCP",
    "RBA",
    "RBA VAP",
    "WRAP",
    "RSPO",
    "RSPO P&C",
    "Fairtrade",
    "Rainforest Alliance",
)
#: Audit methodologies that issue no certificate: an APSCA-registered auditor is their
#: accreditation.
AUDIT_SCHEMES = ["SMETA", "BSCI", "amfori BSCI", "SLCP", "RBA", "RBA VAP"]


def _squashed(value: object) -> str:
    """A standard's name compared without case or spaces: "SA 8000" is "SA8000"."""
    return str(value).upper().replace(" ", "")


class AuditorsNamedParams(Params):
    name_patterns: Patterns = Field(
        default_factory=empty_list,
        description=(
            "Find named auditors the facts layer misses (a name beside a credential in a table)."
        ),
    )


def auditors_named(
    criterion: FactCriterion, ctx: EvalContext, params: AuditorsNamedParams
) -> CheckResult:
    """Named people with credentials beat a firm name; unnamed auditors are a red flag.

    ``name_patterns`` find named auditors the facts layer misses, such as a person's name next
    to a credential or role in a table row ("Tomasz Wilk, APSCA CSCA 21706610").
    """
    name_ev = fact_evidence(ctx, "auditor.names")
    if not name_ev and params.name_patterns:
        name_ev = quotes(ctx, find(criterion, ctx, params.name_patterns), "support", limit=2)
    if ctx.facts.has("auditor.unnamed") and not name_ev:
        return CheckResult(
            Status.red_flag,
            fact_evidence(ctx, "auditor.unnamed"),
            detail="the people who did the audit are not named",
        )
    if name_ev and ctx.facts.has("auditor.credential"):
        return CheckResult(Status.met, name_ev + fact_evidence(ctx, "auditor.credential", limit=1))
    if name_ev:
        return CheckResult(
            Status.met, name_ev, detail="auditors are named; no credential numbers given"
        )
    if ctx.facts.has("auditor.firm"):
        return CheckResult(
            Status.partial,
            fact_evidence(ctx, "auditor.firm"),
            detail="a firm is named but not the individual auditors",
        )
    return CheckResult(Status.unmet)


class StandardAccreditationParams(Params):
    audit_schemes: list[str] = Field(
        default_factory=lambda: list(AUDIT_SCHEMES),
        description=(
            "Schemes that issue no certificate: without a credential only unmet, not a red flag."
        ),
    )
    accepted: Patterns = Field(
        default_factory=empty_list,
        description="Patterns that count as a certificate or accreditation statement.",
    )


def standard_accreditation(
    criterion: FactCriterion, ctx: EvalContext, params: StandardAccreditationParams
) -> CheckResult:
    """A certifiable standard named without a certificate or accredited body is a red flag.

    Audit schemes that issue no certificate (``audit_schemes``, e.g. SMETA) are only 'unmet'
    without an auditor credential: the scheme is real, the report just does not show who may
    use it. ``accepted`` adds patterns that count as a certificate or accreditation statement.
    """
    facts = ctx.facts
    claimed = [
        f
        for f in facts.get("standard.claimed")
        if any(_squashed(f.value).startswith(_squashed(c)) for c in CERTIFIABLE)
    ]
    if params.accepted and claimed and not facts.has("standard.not_accredited"):
        hits = find(criterion, ctx, params.accepted)
        if hits:
            return CheckResult(
                Status.met,
                quotes(ctx, hits, "support", limit=2) + [f.evidence[0] for f in claimed[:1]],
            )
    if facts.has("standard.not_accredited") and (claimed or facts.has("standard.loose")):
        return CheckResult(
            Status.red_flag,
            fact_evidence(ctx, "standard.not_accredited", "standard.claimed"),
            detail="the standard is claimed by a party said not to be accredited for it",
        )
    if not claimed:
        return CheckResult(Status.not_applicable, detail="no certifiable standard is claimed")
    if facts.has("standard.certificate") or facts.has("auditor.credential"):
        if facts.has("standard.loose"):
            return CheckResult(
                Status.partial,
                fact_evidence(ctx, "standard.certificate", "standard.loose"),
                detail="an accredited body is named, but the standard is also described loosely",
            )
        return CheckResult(
            Status.met,
            fact_evidence(ctx, "standard.certificate", "auditor.credential", "standard.claimed"),
        )
    if all(
        any(_squashed(f.value).startswith(_squashed(s)) for s in params.audit_schemes)
        for f in claimed
    ):
        return CheckResult(
            Status.unmet,
            [f.evidence[0] for f in claimed[:3]],
            detail=(
                f"{claimed[0].value} is named, but no auditor credential (APSCA number) is given"
            ),
        )
    return CheckResult(
        Status.red_flag,
        sentence_evidence(ctx, [f.evidence[0] for f in claimed]),
        detail=f"{claimed[0].value} is named without a certificate or an accredited body",
    )


class OnsiteEffortParams(Params):
    small_site: int = Field(
        default=100,
        ge=1,
        description="Below this many workers one auditor-day is enough; two from here on.",
    )


def onsite_effort_adequate(
    criterion: FactCriterion, ctx: EvalContext, params: OnsiteEffortParams
) -> CheckResult:
    """APSCA's industry practice: one auditor-day below ``small_site`` workers, two from there."""
    days = ctx.facts.number("audit.days")
    workforce = ctx.facts.number("workforce.size")
    ev = fact_evidence(ctx, "audit.days", "audit.date", "workforce.size")
    if days is None:
        if ctx.facts.has("audit.date"):
            return CheckResult(
                Status.partial, ev, detail="audit dates are given but not the auditor-days"
            )
        return CheckResult(Status.unmet)
    if workforce is None:
        return CheckResult(
            Status.partial, ev, detail=f"{days} auditor-days, workforce size not given"
        )
    needed = 1 if workforce < params.small_site else 2
    if days < needed:
        return CheckResult(
            Status.unmet,
            ev,
            detail=f"{days} auditor-day(s) for {workforce} workers; at least {needed} expected",
        )
    return CheckResult(Status.met, ev, detail=f"{days} auditor-days for {workforce} workers")


class AnnouncementParams(Params):
    mixed: Literal["met", "partial"] = Field(
        default="met",
        description="What a text naming both announced and unannounced audits earns.",
    )


def announcement_status(
    criterion: FactCriterion, ctx: EvalContext, params: AnnouncementParams
) -> CheckResult:
    """Unannounced is met, semi-announced partial, announced unmet, each with its evidence.

    ``mixed`` says what a text naming both announced and unannounced audits earns: one audit
    report that says it was unannounced is met; a company programme whose regular audits are
    announced and only some unannounced is ``partial``.
    """
    facts = ctx.facts.get("audit.announcement")
    kinds = {str(f.value) for f in facts}
    ev = fact_evidence(ctx, "audit.announcement")
    if "unannounced" in kinds and (params.mixed == "met" or kinds == {"unannounced"}):
        unannounced = [e for f in facts if f.value == "unannounced" for e in f.evidence]
        return CheckResult(Status.met, sentence_evidence(ctx, unannounced, 2))
    if "semi-announced" in kinds or "unannounced" in kinds:
        return CheckResult(
            Status.partial,
            ev,
            detail="audits are semi-announced, or only partly unannounced: the site could prepare",
        )
    if "announced" in kinds:
        return CheckResult(
            Status.unmet, ev, detail="the audit was announced, so the site could prepare"
        )
    return CheckResult(Status.unmet)


class GenericFindingsParams(Params):
    max_share: float = Field(
        default=0.5,
        gt=0.0,
        le=1.0,
        description="Share of stock wording in the findings that is a red flag.",
    )
    min_chars: int = Field(
        default=400, ge=0, description="Findings text shorter than this is not assessable."
    )


def generic_findings(
    criterion: FactCriterion, ctx: EvalContext, params: GenericFindingsParams
) -> CheckResult:
    """Most of the findings is stock wording that could be pasted into any report (HRW 2022)."""
    spans, total = generic_spans(ctx.document, ctx.index)
    if total == 0 or total < params.min_chars:
        return CheckResult(Status.not_assessable, detail="the findings text is too short to judge")
    share = sum(e - s for s, e in spans) / total
    evidence = [evidence_from_span(ctx.document, s, e, role="generic") for s, e in spans[:4]]
    if share >= params.max_share:
        return CheckResult(
            Status.red_flag,
            evidence,
            detail=(
                f"{share:.0%} of the findings text is stock wording with no site-specific detail"
            ),
        )
    return CheckResult(Status.met, detail=f"{share:.0%} of the findings text is stock wording")
