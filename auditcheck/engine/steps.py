"""The named steps of the flow after the criteria have run.

Per finding (also run for a single criterion example, so examples test the production path):
``bound_to_stated_scope`` and ``apply_burden_of_proof``. Per report: ``conclude`` collects
audit-washing from claims, scores with coverage, applies the claim-level caps and floors, and
builds the Report that renderers format.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..claims import CLAIMANTS, OUTSIDERS
from ..facts import Facts
from ..models import (
    AuditWashing,
    AuditWashingPattern,
    Cap,
    CellStatus,
    DocumentInfo,
    Finding,
    IloCell,
    IloMatrix,
    Judgement,
    PackInfo,
    Report,
    Status,
    ToolInfo,
)
from ..packs.schema import ScoringPolicy
from ..scoring import score_findings
from ..text.evidence import dedupe
from ..version import __version__
from ..vocabulary import ILO_ELEMENTS, ILO_PHASES, SEVERITY_ORDER, STATUS_ORDER
from ..washing import PATTERNS, collect

if TYPE_CHECKING:
    from .flow import Prepared

LIMITS_NOTE = (
    "auditcheck reads what a document says, not what an audit did: 'not found' means the text "
    "does not show it. Text analysis cannot verify that quoted facts are true, and a high score "
    "is a statement about disclosed method, not proof that forced labour is absent."
)
UNKNOWN_NOTE = (
    "Unknown: not shown here, and this text is neither the full report nor the vehicle of a clean "
    "claim that would rest on it; a full report might answer it."
)


# --- per finding -------------------------------------------------------------------------------


def per_finding(findings: list[Finding], prepared: Prepared) -> list[Finding]:
    findings = attribute_evidence(findings, prepared)
    findings = bound_to_stated_scope(findings, prepared.facts, prepared.primary.meta.scoring)
    absence_checks = {
        c.id
        for p in prepared.packs
        for c in p.criteria
        if c.kind == "absence"
        or (c.kind == "existence" and c.red_flags and not c.patterns and not c.require_all)
    }
    return apply_burden_of_proof(
        findings, burden_of(prepared), prepared.claims.principal(), absence_checks
    )


def attribute_evidence(findings: list[Finding], prepared: Prepared) -> list[Finding]:
    """Say whose statement every quote is, and in what mood (asserted, reported, question, ...)."""
    out = []
    for f in findings:
        if f.evidence and any(e.speaker is None for e in f.evidence):
            evidence = []
            for e in f.evidence:
                if e.speaker is None and e.source != "context":
                    speaker, modality = prepared.claims.voice_at(prepared.index, e.start, e.end)
                    e = e.model_copy(update={"speaker": speaker, "modality": modality})
                evidence.append(e)
            f = f.model_copy(update={"evidence": evidence})
        out.append(f)
    return out


def bound_to_stated_scope(
    findings: list[Finding], facts: Facts, policy: ScoringPolicy
) -> list[Finding]:
    """A document that states its narrow scope and claims nothing wider is judged on what it claims.

    Its unshown criteria become not applicable (red flags and partial findings stay): a fee
    repayment check that says it is not a full labour assessment did not fail to be one, and
    what it says it does not cover is outside it, not unknown within it.
    """
    if (
        policy.bounded_scope_unmet != "not_assessable"
        or not facts.has("claim.bounded_scope")
        or facts.has("claim.absence")
    ):
        return findings
    note = (
        "Outside the stated scope: the document says it does not cover this and makes no wider "
        "claim; it cannot be relied on for it either."
    )
    return [
        f.model_copy(update={"status": Status.not_applicable, "message": note, "remedy": None})
        if f.status is Status.unmet and not f.evidence
        else f
        for f in findings
    ]


def burden_of(prepared: Prepared) -> str:
    """Why silence would count as failure here, or 'none' when it is only unknown."""
    if prepared.claims.principal() == "clean":
        return "clean_claim"
    if prepared.claims.full_report:
        return "full_report"
    if prepared.primary.meta.scoring.silence == "counts":
        return "complete_statement"
    return "none"


def apply_burden_of_proof(
    findings: list[Finding],
    burden: str,
    principal: str,
    absence_checks: set[str] | frozenset[str] = frozenset(),
) -> list[Finding]:
    """Without a burden, an element the text does not show is unknown (not_assessable); in a text
    that concludes nothing, the absence of a bad pattern earns nothing either. Failures with
    evidence stay failures."""
    if burden != "none":
        return findings
    claims_nothing = principal in ("none", "decline")
    out = []
    for f in findings:
        silent_unmet = f.status is Status.unmet and not f.evidence
        # in a text that concludes nothing, a bad pattern's absence is no credit either
        free_credit = (
            claims_nothing
            and f.status is Status.met
            and not f.evidence
            and f.criterion_id in absence_checks
        )
        if silent_unmet or free_credit:
            f = f.model_copy(
                update={
                    "status": Status.not_assessable,
                    "message": UNKNOWN_NOTE,
                    "remedy": f.remedy if silent_unmet else None,
                }
            )
        out.append(f)
    return out


# --- per report --------------------------------------------------------------------------------


def conclude(prepared: Prepared, findings: list[Finding]) -> Report:
    """From findings to the Report: audit-washing, score, claim-level caps, ILO matrix."""
    policy = prepared.primary.meta.scoring
    reading = prepared.claims
    principal = reading.principal()
    burden = burden_of(prepared)
    vehicle = reading.vehicle()
    context = prepared.context
    audit_washing = audit_washing_of(findings, prepared, principal)
    caps, floors, reasons = claim_limits(prepared, principal, findings, policy)
    cap_by_id = {c.id: c.cap for p in prepared.packs for c in p.criteria}
    result = score_findings(
        findings,
        policy,
        context=context,
        audit_washing=audit_washing,
        claims_clean_result=bool(vehicle),
        cap_by_id=cap_by_id,
        extra_caps=caps,
        floors=floors,
    )
    if vehicle and context.risk == "high":
        context = context.model_copy(update={"ceiling": policy.high_risk_ceiling})
    elif vehicle and context.risk == "elevated":
        context = context.model_copy(update={"ceiling": policy.elevated_risk_ceiling})
    judgement = Judgement(
        principal=principal,  # type: ignore[arg-type]
        about=about(principal, reading),
        author=reading.author.speaker,
        author_reason=reading.author.reason,
        full_report=reading.full_report,
        burden=burden,  # type: ignore[arg-type]
        coverage=result.coverage,
        quality=result.quality,
        reasons=deciding_reasons(
            result.caps, reasons, result.uncapped, result.value, audit_washing
        ),
    )
    findings = sorted(findings, key=finding_order)
    document = prepared.document
    notes = [LIMITS_NOTE, *getattr(document, "warnings", ())]
    if document.format == "pdf":
        notes.append(
            "Text was extracted from PDF; layout noise or column interleaving can hide phrases."
        )
    if burden == "none":
        notes.append(
            "This text is not the full report and the verdict does not rest on a clean claim: "
            "what it does not show is unknown, not failed, and pulls the score toward the middle "
            "band."
        )
    return Report(
        tool=ToolInfo(version=__version__),
        document=DocumentInfo(
            path=document.path,
            sha256=document.sha256,
            format=document.format,
            title=document.title,
            role=prepared.role,
            role_reason=prepared.guess.reason,
            pages=document.page_count,
            characters=len(document.text),
            words=len(document.text.split()),
        ),
        pack=PackInfo(
            id=prepared.primary.id,
            title=prepared.primary.meta.title,
            version=prepared.primary.meta.version,
            reason=prepared.pack_reason,
            overlays=[p.id for p in prepared.overlays],
        ),
        score=result.value,
        uncapped_score=result.uncapped,
        verdict=result.verdict,
        verdict_reason=result.verdict_reason,
        judgement=judgement,
        claims=reading.claims,
        audit_washing=audit_washing,
        context=context,
        dimensions=result.dimensions,
        caps=result.caps,
        findings=findings,
        facts=prepared.facts.items,
        ilo_matrix=ilo_matrix(findings, [c for p in prepared.packs for c in p.criteria]),
        contributions=result.contributions,
        notes=notes,
    )


def audit_washing_of(findings: list[Finding], prepared: Prepared, principal: str) -> AuditWashing:
    """Audit-washing belongs to a clean claim and its claimant, never to a pattern alone.

    The red-flag findings of the audit-washing criteria name the moves; they add up to
    audit-washing only when the text carries a clean claim (asserted, adopted, or reported
    without contest). Context sets what the claim needs: where state-imposed forced labour makes
    a workplace audit unable to establish absence, the clean claim is audit-washing by itself;
    where the risk is standard, an ordinary workplace method is what the claim needs, so the
    'method could not detect it' flags (AW-01, AW-10) lower the score without naming the claim
    audit-washing. A clean claim offered in answer to allegations, from a method the text does
    not show, is the controversy-ending move (AW-07).
    """
    if principal != "clean":
        return AuditWashing(detected=False, patterns=[])
    risk = prepared.context.risk
    found = collect(findings)
    patterns = [p for p in found.patterns if not (risk == "standard" and p.id in METHOD_FLAGS)]
    vehicle = prepared.claims.vehicle()
    quote = [c.evidence for c in prepared.claims.claims if c.kind == "clean" and c.counts][:1]
    ids = {p.id for p in patterns}

    def claim_pattern(pattern_id: str, explanation: str) -> AuditWashingPattern:
        """A pattern the claim itself shows, with no criterion behind it."""
        return AuditWashingPattern(
            id=pattern_id,
            title=PATTERNS[pattern_id],
            criterion_ids=[],
            evidence=quote,
            explanation=explanation,
        )

    if risk == "high" and "AW-01" not in ids:
        patterns.append(
            claim_pattern(
                "AW-01",
                "A clean result is claimed for a site where state-imposed forced labour means no "
                "workplace audit can establish absence.",
            )
        )
    text = prepared.document.text
    # in answer to allegations: the allegation stands near the clean claim, not in a policy section
    allegation = any(_ALLEGATIONS.search(text, max(0, c.start - 400), c.end + 400) for c in vehicle)
    method_shown = any(
        f.status is Status.met
        and f.dimension in ("recruitment", "interviews")
        and any(_claimants_own(prepared, e.start, e.end) for e in f.evidence)
        for f in findings
    )
    if (
        allegation
        and not method_shown
        and "AW-07" not in ids
        and any(c.speaker == "company" for c in vehicle)
    ):
        patterns.append(
            claim_pattern(
                "AW-07",
                "A clean result is offered in answer to allegations, from a method the text does "
                "not show able to detect forced labour.",
            )
        )
    patterns.sort(key=lambda p: p.id)
    return AuditWashing(detected=bool(patterns), patterns=patterns)


def _claimants_own(prepared: Prepared, start: int, end: int) -> bool:
    """Evidence from the text's own description, not an outsider's allegation quoted in it."""
    claim = prepared.claims.claim_at(start, end)
    return claim is None or claim.speaker not in OUTSIDERS


#: Audit-washing flags that say the method could not detect forced labour.
METHOD_FLAGS = frozenset({"AW-01", "AW-10"})
_ALLEGATIONS = re.compile(
    r"\b(?:allegations?|alleged|accus(?:ed|ations?)|reports?\s+of\s+forced\s+labou?r|criticism"
    r"|critics|in\s+response\s+to|respond(?:ing|ed|s)?\s+to"
    r"|reject(?:ed|s|ing)?\s+(?:the\s+)?(?:claims?|criticism|report|findings)"
    r"|den(?:y|ied|ies|ying)\s+(?:the\s+)?(?:allegations?|claims?|reports?))\b",
    re.IGNORECASE,
)


def claim_limits(
    prepared: Prepared, principal: str, findings: list[Finding], policy: ScoringPolicy
) -> tuple[list[Cap], list[Cap], list[str]]:
    """Caps and floors that follow from the principal claim, with the reasons they give."""
    reading = prepared.claims
    caps: list[Cap] = []
    floors: list[Cap] = []
    reasons: list[str] = []
    if principal == "failure":
        first = reading.counting("failure")[0]
        caps.append(
            Cap(
                reason=f"the {first.speaker}'s account documents that the audit described failed: "
                "the audit cannot be relied on",
                ceiling=policy.partially_credible_at - 1,
                source="claims",
            )
        )
    elif principal == "decline":
        if not any(f.status is Status.red_flag and f.audit_washing for f in findings):
            floors.append(
                Cap(
                    reason=(
                        "an honest limit: the text says credible assurance is not possible "
                        "here and claims none"
                    ),
                    ceiling=policy.credible_at,
                    source="claims",
                )
            )
    elif principal == "adverse":
        met = {
            f.criterion_name
            for f in findings
            if f.status is Status.met and f.dimension == "detection"
        }
        consequences = any("consequence" in name for name in met)
        independent = any("independent" in name for name in met)
        if consequences and independent:
            floors.append(
                Cap(
                    reason="an independent assessment found violations and they had consequences: "
                    "the method has shown it can detect abuse",
                    ceiling=policy.credible_at,
                    source="claims",
                )
            )
        elif consequences:
            floors.append(
                Cap(
                    reason=(
                        "the assessment found violations and they had consequences: the "
                        "method could detect abuse"
                    ),
                    ceiling=policy.partially_credible_at,
                    source="claims",
                )
            )
    if principal not in ("decline",) and not _recruitment_shown(findings):
        caps.append(
            Cap(
                reason="nothing shows that recruitment was examined, where forced labour usually "
                "begins: credible needs that evidence",
                ceiling=policy.credible_at - 0.1,
                source="claims",
            )
        )
    if principal == "clean":
        speakers = sorted({c.speaker for c in reading.vehicle()})
        reasons.append(
            f"a clean conclusion is carried for the {', '.join(speakers)}: the method behind it "
            "must support it"
        )
    return caps, floors, reasons


def _recruitment_shown(findings: list[Finding]) -> bool:
    """Whether any recruitment-phase criterion is met or partly met (packs without one: True)."""
    recruitment = [f for f in findings if f.dimension == "recruitment"]
    return not recruitment or any(f.status in (Status.met, Status.partial) for f in recruitment)


def about(principal: str, reading: Any) -> str:
    author = reading.author.speaker.replace("_", " ")
    if principal == "clean":
        c = reading.vehicle()[0]
        how = {
            "asserted": "asserted",
            "adopted": "adopted from its auditor",
            "reported": "as reported",
        }[c.modality]
        return (
            f"the clean conclusion of the {c.speaker.replace('_', ' ')} ({how}): is it supported "
            "by a method "
            "able to detect forced labour?"
        )
    if principal == "failure":
        return f"the audit described in this {author}'s account, not the account itself"
    if principal == "decline":
        return "the statement that credible assurance is not possible here; it makes no audit claim"
    if principal == "adverse":
        return "the assessment whose findings of violations this text reports"
    if reading.full_report:
        return "the assessment this report presents; it draws no clean conclusion"
    return f"the audit or programme this {author}'s text describes; it draws no clean conclusion"


def deciding_reasons(
    caps: list[Cap], claim_reasons: list[str], uncapped: float, value: float, aw: AuditWashing
) -> list[str]:
    """The three to five reasons that decide the verdict, caps first."""
    binding = sorted(
        (c for c in caps if c.source != "floor" and (c.ceiling < uncapped or c.ceiling <= value)),
        key=lambda c: c.ceiling,
    )
    out = [f"capped at {c.ceiling:g}: {c.reason}" for c in binding]
    out += [f"raised to {c.ceiling:g}: {c.reason}" for c in caps if c.source == "floor"]
    out += claim_reasons
    if aw.detected:
        out.append("audit-washing: " + ", ".join(f"{p.id} {p.title}" for p in aw.patterns))
    if not out:
        # nothing capped or raised the score: the criteria and the coverage decided it
        out.append(f"the criteria decided it: score {value:g} of 100, nothing capped or raised it")
    return out[:5]


def finding_order(f: Finding) -> tuple:
    return (
        STATUS_ORDER.index(f.status.value),
        SEVERITY_ORDER.index(f.severity) if f.severity in SEVERITY_ORDER else 9,
        -f.weight,
        f.criterion_id,
    )


def ilo_matrix(findings: list[Finding], criteria: list[Any]) -> IloMatrix | None:
    """A cell is covered only when its own criteria are all met (none unmet, partial or unknown)."""
    cells_of = {c.id: c.ilo_cells for c in criteria if getattr(c, "ilo_cells", None)}
    if not cells_of:
        return None
    cells = []
    for phase in ILO_PHASES:
        for element in ILO_ELEMENTS:
            key = f"{phase}/{element}"
            fs = [f for f in findings if key in cells_of.get(f.criterion_id, [])]
            statuses = {f.status for f in fs}
            status: CellStatus
            if Status.red_flag in statuses:
                status = "red_flag"
            elif Status.met in statuses and not statuses & {
                Status.unmet,
                Status.partial,
                Status.not_assessable,
            }:
                status = "covered"
            elif statuses & {Status.met, Status.partial}:
                status = "partly_covered"
            else:
                status = "not_covered"
            ev = dedupe(
                [
                    e
                    for f in fs
                    if f.status in (Status.met, Status.partial, Status.red_flag)
                    for e in f.evidence
                ],
                limit=3,
            )
            cells.append(
                IloCell(
                    phase=phase,
                    element=element,
                    status=status,
                    criterion_ids=sorted(f.criterion_id for f in fs),
                    evidence=ev,
                )
            )
    covered = sum(c.status == "covered" for c in cells)
    return IloMatrix(
        cells=cells,
        covered=covered,
        total=len(cells),
        note="ILO 2012 survey guidelines: forced labour needs involuntariness and a menace of "
        "penalty in at "
        "least one phase; a credible assessment shows evidence in every cell or says why it "
        "cannot.",
    )


__all__ = [
    "CLAIMANTS",
    "apply_burden_of_proof",
    "bound_to_stated_scope",
    "conclude",
    "ilo_matrix",
    "per_finding",
]
