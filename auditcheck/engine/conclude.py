"""From findings to the Report: audit-washing, the score with its coverage, the caps and floors
that follow from the principal claim, the reasons that decide the verdict, and the ILO matrix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..claims.author import this_speakers
from ..models import (
    AuditWashing,
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
from ..scoring import score_findings
from ..text.evidence import dedupe
from ..text.index import word_count
from ..version import __version__
from ..vocabulary import ILO_ELEMENTS, ILO_PHASES, SEVERITY_ORDER, STATUS_ORDER

if TYPE_CHECKING:
    from .flow import Prepared
from .audit_washing import audit_washing_of
from .limits import claim_limits
from .steps import burden_of

LIMITS_NOTE = (
    "auditcheck reads what a document says, not what an audit did: 'not found' means the text "
    "does not show it. Text analysis cannot verify that quoted facts are true, and a high score "
    "is a statement about disclosed method, not proof that forced labour is absent."
)


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
        # a claim contradicted in someone else's account is the claimant's audit-washing; the
        # verdict here is about the audit that account describes, which the cap would misjudge
        audit_washing=audit_washing if principal == "clean" else None,
        claims_clean_result=bool(vehicle),
        cap_by_id=cap_by_id,
        extra_caps=caps,
        floors=floors,
    )
    # the context's ceiling is the one the score applied, not a second decision
    ceiling = next((c.ceiling for c in result.caps if c.source == "context"), None)
    if ceiling is not None:
        context = context.model_copy(update={"ceiling": ceiling})
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
            words=word_count(document.text),
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


def about(principal: str, reading: Any) -> str:
    speaker = reading.author.speaker
    if principal == "clean":
        c = (reading.vehicle() or reading.modest() or reading.determinations())[0]
        how = {
            "asserted": "asserted",
            "adopted": "adopted from its auditor",
            "reported": "as reported",
        }[c.modality]
        if c.hedged and not reading.vehicle():
            return (
                f"the clean conclusion of the {c.speaker.replace('_', ' ')} ({how}), stated with "
                "the limits of its method: how far does it reach?"
            )
        return (
            f"the clean conclusion of the {c.speaker.replace('_', ' ')} ({how}): is it supported "
            "by a method "
            "able to detect forced labour?"
        )
    if principal == "failure":
        return f"the audit described in {this_speakers(speaker, 'account')}, not the account itself"
    if principal == "decline":
        return "the statement that credible assurance is not possible here; it makes no audit claim"
    if principal == "adverse":
        return "the assessment whose findings of violations this text reports"
    if reading.full_report:
        return "the assessment this report presents; it draws no clean conclusion"
    return (
        f"the audit or programme {this_speakers(speaker, 'text')} describes; it draws no clean "
        "conclusion"
    )


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
