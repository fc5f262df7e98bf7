"""The public Python API: from a file or a Document to an explained Report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import __version__
from .checks.base import EvalContext
from .context import assess_context
from .document import Document, load_document
from .engine import evaluate_pack
from .errors import PackError
from .evidence import dedupe
from .facts import Facts, extract_facts
from .matcher import DocumentIndex
from .models import (
    DocumentInfo,
    Finding,
    IloCell,
    IloMatrix,
    PackInfo,
    Report,
    Status,
    ToolInfo,
)
from .packs.loader import Pack, load_packs
from .roles import RoleGuess, classify_role
from .scoring import score_findings
from .washing import collect

PHASES = ("recruitment", "employment", "exit", "context")
ELEMENTS = ("involuntariness", "coercion")

LIMITS_NOTE = (
    "auditcheck reads what a document says, not what an audit did: 'not found' means the text "
    "does not show it. Text analysis cannot verify that quoted facts are true, and a high score "
    "is a statement about disclosed method, not proof that forced labour is absent."
)


def choose_pack(packs: dict[str, Pack], guess: RoleGuess, pack_id: str | None = None) -> tuple[Pack, str]:
    """Pick the pack: the one asked for, else by document kind, else the default."""
    if pack_id:
        if pack_id not in packs:
            raise PackError(pack_id, f"no such pack; available: {', '.join(sorted(packs))}", key="--pack")
        return packs[pack_id], "chosen with --pack"
    # A company's statement about one audit is judged as an account of that audit (the
    # default pack); only a programme-level statement goes to a pack made for company statements.
    wanted = "company_statement" if guess.programme_level else (
        None if guess.role == "company_statement" else guess.role)
    for pack in packs.values():
        profile = pack.meta.profile
        if wanted in profile.roles and profile.auto and not profile.overlay_when_risk and not profile.overlay_with:
            kind = "a company's programme-level statement" if guess.programme_level else "document"
            return pack, f"{kind} read as {guess.reason}"
    default = next((p for p in packs.values() if p.meta.default), None) or next(iter(packs.values()))
    return default, f"default pack; document read as {guess.reason}"


def overlays_for(packs: dict[str, Pack], primary: Pack, risk: str) -> list[Pack]:
    """Packs added on top of the primary one: always-with overlays, and risk-triggered ones."""
    out = []
    for pack in packs.values():
        if pack.id == primary.id:
            continue
        profile = pack.meta.profile
        if primary.id in profile.overlay_with or (risk in profile.overlay_when_risk):
            out.append(pack)
    return out


def evaluate(
    source: str | Path | Document,
    *,
    pack: str | None = None,
    criteria_dir: str | Path | None = None,
    packs: dict[str, Pack] | None = None,
    classifier: Any = None,
    overlays: bool = True,
    role: str | None = None,
) -> Report:
    """Evaluate one document and return its Report.

    Args:
        source: a path, or a Document already loaded (see ``load_document``).
        pack: a pack id to use instead of choosing one from the document.
        criteria_dir: a folder of packs that add to or replace the built-in ones.
        packs: already-loaded packs (batch use), instead of loading them again.
        classifier: an optional passage classifier (``auditcheck.classify``).
        overlays: add packs that apply on top (state-imposed for high-risk places).
        role: the document's role when known (case files), instead of guessing it.

    Raises:
        DocumentError: the document cannot be read.
        PackError: the criteria cannot be loaded or the pack does not exist.
    """
    document = source if isinstance(source, Document) else load_document(source)
    packs = packs if packs is not None else load_packs(criteria_dir)
    index = DocumentIndex(document)
    guess = classify_role(document)
    doc_role = role or guess.role
    facts = extract_facts(document)
    context = assess_context(document, index, role=doc_role, site_level=not guess.programme_level)
    primary, reason = choose_pack(packs, guess, pack)
    extra = overlays_for(packs, primary, context.risk) if overlays else []
    classifier_hits = {}
    wants_model = any(c.classifier_labels for p in (primary, *extra) for c in p.criteria)
    if classifier is not None and primary.meta.scoring.use_classifier and wants_model:
        classifier_hits = classifier.evidence_for(document, threshold=primary.meta.scoring.classifier_threshold)
    ctx = EvalContext(document=document, index=index, facts=facts, context=context, role=doc_role, classifier_hits=classifier_hits)
    findings = evaluate_pack(primary, ctx)
    for overlay in extra:
        findings.extend(evaluate_pack(overlay, ctx))
    return build_report(document, primary, extra, reason, guess, doc_role, facts, context, findings)


def bound_to_stated_scope(findings: list[Finding], facts: Facts, policy) -> list[Finding]:
    """A document that states its narrow scope and claims nothing wider is judged on what it claims.

    Its unshown criteria become not_assessable (red flags and partial findings stay): a fee
    repayment check that says it is not a full labour assessment did not fail to be one.
    """
    if policy.bounded_scope_unmet != "not_assessable" or not facts.has("claim.bounded_scope") or facts.has("claim.absence"):
        return findings
    note = ("Not assessable: the document states that it does not cover this and makes no wider claim; "
            "it cannot be relied on for it either.")
    return [f.model_copy(update={"status": Status.not_assessable, "message": note, "remedy": None})
            if f.status is Status.unmet else f for f in findings]


def build_report(document, primary, extra, reason, guess, doc_role, facts: Facts, context, findings: list[Finding]) -> Report:
    policy = primary.meta.scoring
    findings = bound_to_stated_scope(findings, facts, policy)
    audit_washing = collect(findings)
    caps = {c.id: c.cap for p in (primary, *extra) for c in p.criteria}
    claims_clean = facts.has("claim.absence")
    result = score_findings(findings, policy, context=context, audit_washing=audit_washing,
                            claims_clean_result=claims_clean, cap_by_id=caps)
    if context.risk == "high" and claims_clean:
        context = context.model_copy(update={"ceiling": policy.high_risk_ceiling})
    elif context.risk == "elevated" and claims_clean:
        context = context.model_copy(update={"ceiling": policy.elevated_risk_ceiling})
    findings = sorted(findings, key=_finding_order)
    notes = [LIMITS_NOTE, *getattr(document, "warnings", ())]
    if document.format == "pdf":
        notes.append("Text was extracted from PDF; layout noise or column interleaving can hide phrases.")
    if len(document.text) < 1500:
        notes.append("The document is short; most criteria can only be judged 'not shown', which a full report might answer.")
    return Report(
        tool=ToolInfo(version=__version__),
        document=DocumentInfo(
            path=document.path,
            sha256=document.sha256,
            format=document.format,
            title=document.title,
            role=doc_role,
            role_reason=guess.reason,
            pages=document.page_count,
            characters=len(document.text),
            words=len(document.text.split()),
        ),
        pack=PackInfo(id=primary.id, title=primary.meta.title, version=primary.meta.version, reason=reason,
                      overlays=[p.id for p in extra]),
        score=result.value,
        uncapped_score=result.uncapped,
        verdict=result.verdict,
        verdict_reason=result.verdict_reason,
        audit_washing=audit_washing,
        context=context,
        dimensions=result.dimensions,
        caps=result.caps,
        findings=findings,
        facts=facts.items,
        ilo_matrix=ilo_matrix(findings, [*primary.criteria, *[c for p in extra for c in p.criteria]]),
        contributions=result.contributions,
        notes=notes,
    )


_ORDER = {Status.red_flag: 0, Status.unmet: 1, Status.partial: 2, Status.error: 3, Status.not_assessable: 4, Status.met: 5, Status.not_applicable: 6}


def _finding_order(f: Finding) -> tuple:
    return (_ORDER[f.status], {"critical": 0, "major": 1, "minor": 2, "info": 3}.get(f.severity, 4), -f.weight, f.criterion_id)


def ilo_matrix(findings: list[Finding], criteria: list[Any]) -> IloMatrix | None:
    cells_of = {c.id: c.ilo_cells for c in criteria if getattr(c, "ilo_cells", None)}
    if not cells_of:
        return None
    cells = []
    for phase in PHASES:
        for element in ELEMENTS:
            key = f"{phase}/{element}"
            fs = [f for f in findings if key in cells_of.get(f.criterion_id, [])]
            statuses = {f.status for f in fs}
            if Status.red_flag in statuses:
                status = "red_flag"
            elif Status.met in statuses:
                status = "covered"
            elif Status.partial in statuses:
                status = "partly_covered"
            else:
                status = "not_covered"
            ev = dedupe([e for f in fs if f.status in (Status.met, Status.partial, Status.red_flag) for e in f.evidence], limit=3)
            cells.append(IloCell(phase=phase, element=element, status=status, criterion_ids=sorted(f.criterion_id for f in fs), evidence=ev))
    covered = sum(c.status == "covered" for c in cells)
    return IloMatrix(cells=cells, covered=covered, total=len(cells),
                     note="ILO 2012 survey guidelines: forced labour needs involuntariness and a menace of penalty in at least one phase; a credible assessment shows evidence in every cell or says why it cannot.")
