"""One verdict for a case: every document evaluated, findings merged, contradictions added as red
flags.

The primary document (the audit report if there is one, else the auditor's statement, else the
company's) chooses the pack; the others are read with the same pack so their findings can be
merged criterion by criterion: a red flag in any document stays, otherwise a criterion met in
any document counts as met, with that document's quote. Each kind of contradiction becomes one
red-flag finding carrying its audit-washing pattern, so the existing scorer
(``auditcheck.scoring``) and audit-washing collector (``auditcheck.washing``) weigh it like
any other flag: there is no second scorer here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..claims import ClaimReading
from ..claims.parts import PartAuthors
from ..engine.conclude import conclude
from ..engine.flow import Options, Prepared, evaluate_criteria, prepare
from ..facts import Facts
from ..models import AuditWashing, Context, Evidence, Finding, Report, Status
from ..packs.loader import Pack, load_packs
from ..text.evidence import dedupe
from ..washing import collect
from .contradictions import Contradiction, find_contradictions
from .kinds import KIND_DIMENSION, KIND_PATTERN, KIND_REMEDY, KIND_TITLES
from .loader import CaseDocument, LoadedCase
from .merge import merge_facts, source_of, timeline
from .statements import document_facts

#: Which document leads the case, by role: the one closest to the audit itself.
PRIMARY_ORDER = ("audit_report", "auditor_statement", "company_statement", "third_party")
#: Merge precedence: a red flag anywhere stays; otherwise the best showing wins.
STATUS_RANK = {
    Status.red_flag: 0,
    Status.met: 1,
    Status.partial: 2,
    Status.unmet: 3,
    Status.not_assessable: 4,
    Status.not_applicable: 5,
    Status.error: 6,
}
_RISK_RANK = {"high": 0, "elevated": 1, "standard": 2, "unknown": 3}

CASE_WEIGHT = 2.0


def primary_document(documents: list[CaseDocument]) -> CaseDocument:
    return min(
        documents, key=lambda d: (not d.role_confident, PRIMARY_ORDER.index(d.role), d.order)
    )


def judge_case(
    loaded: LoadedCase,
    *,
    pack: str | None = None,
    criteria_dir: str | Path | None = None,
    packs: dict[str, Pack] | None = None,
    classifier: Any = None,
) -> Report:
    """Evaluate every document of a loaded case and return one Report with a ``case`` block."""
    packs = packs if packs is not None else load_packs(criteria_dir)
    primary = primary_document(loaded.documents)
    # each document is read once: its own report and its claims come from one preparation
    prepared: dict[str, Prepared] = {}
    reports: dict[str, Report] = {}

    def judge(doc: CaseDocument, pack_id: str | None) -> None:
        options = Options(pack=pack_id, role=doc.role, classifier=classifier)
        prepared[doc.path] = prepare(doc.document, packs, options)
        reports[doc.path] = conclude(prepared[doc.path], evaluate_criteria(prepared[doc.path]))

    judge(primary, pack)
    pack_id = reports[primary.path].pack.id
    for doc in loaded.documents:
        if doc is not primary:
            judge(doc, pack_id)

    sources = [
        (doc, document_facts(doc.document, reports[doc.path].facts)) for doc in loaded.documents
    ]
    readings = {path: p.claims for path, p in prepared.items()}
    contradictions = find_contradictions(sources, readings)
    documented = contradiction_findings(contradictions)
    findings = merge_findings(reports[d.path].findings for d in loaded.documents) + documented

    primary_report = reports[primary.path]
    overlay_ids = sorted({o for r in reports.values() for o in r.pack.overlays})
    facts = Facts(f for doc in loaded.documents for f in reports[doc.path].facts)
    reason = (
        f"{primary_report.pack.reason}; the case is led by {primary.name}, read as "
        f"{primary.role.replace('_', ' ')}"
    )
    lead = replace(
        prepared[primary.path],
        facts=facts,
        context=riskiest_context(reports.values()),
        pack_reason=reason,
        overlays=[packs[o] for o in overlay_ids],
        claims=case_claims(
            prepared[primary.path], [readings[d.path] for d in loaded.documents if d is not primary]
        ),
    )
    report = conclude(lead, findings)
    report = with_documented_washing(report, documented)
    block = case_block(loaded, primary, reports, sources, contradictions)
    notes = [
        *report.notes,
        "Case verdict: findings from every document are merged (a red flag anywhere stays; a "
        "criterion met anywhere counts as met), and contradictions between documents are added "
        "as red flags.",
    ]
    reason = (
        f"{report.verdict_reason}; judged as a case of {len(loaded.documents)} documents "
        f"with {len(contradictions)} contradiction{'s' if len(contradictions) != 1 else ''} "
        "between them"
    )
    return report.model_copy(
        update={
            "case": block,
            "errors": [*report.errors, *loaded.errors],
            "notes": notes,
            "verdict_reason": reason,
        }
    )


def with_documented_washing(report: Report, documented: list[Finding]) -> Report:
    """A contradiction between the case's documents is audit-washing the case itself documents:
    a public claim outrunning, or outliving, the audit behind it. It stands whatever claim the
    verdict is about."""
    if not documented:
        return report
    have = {p.id for p in report.audit_washing.patterns}
    extra = [p for p in collect(documented).patterns if p.id not in have]
    if not extra:
        return report
    patterns = sorted([*report.audit_washing.patterns, *extra], key=lambda p: p.id)
    return report.model_copy(
        update={"audit_washing": AuditWashing(detected=True, patterns=patterns)}
    )


def case_claims(lead: Prepared, others: list[ClaimReading]) -> ClaimReading:
    """The claims of every document of the case, read against the lead document's author.

    A case is about the audit and every claim made about it: the company's headline in one file
    and the verifier's caveat in another are both the case's claims.
    """
    return ClaimReading(
        # the lead's author for every document: other documents' offsets are not the lead's parts
        authors=PartAuthors([], lead.claims.author),
        sentence_claims=[
            *lead.claims.sentence_claims,
            *(c for o in others for c in o.sentence_claims),
        ],
        full_report=lead.claims.full_report,
        risk=lead.claims.risk,
        claims=[*lead.claims.claims, *(c for o in others for c in o.claims)],
    )


def merge_findings(per_document: Iterable[list[Finding]]) -> list[Finding]:
    """One finding per criterion: the red flags of all documents together, else the best showing."""
    by_id: dict[str, list[Finding]] = {}
    for findings in per_document:
        for f in findings:
            by_id.setdefault(f.criterion_id, []).append(f)
    merged = []
    for cid in sorted(by_id):
        fs = by_id[cid]
        best = min(fs, key=lambda f: STATUS_RANK[f.status])
        same = [f for f in fs if f.status is best.status]
        evidence = (
            dedupe([e for f in same for e in f.evidence], limit=4)
            if best.status is Status.red_flag
            else best.evidence
        )
        files = sorted({Path(e.path).name for e in evidence if e.path})
        message = best.message + (f" (in {', '.join(files)})" if files else "")
        merged.append(best.model_copy(update={"evidence": evidence, "message": message}))
    return merged


def contradiction_findings(contradictions: list[Contradiction]) -> list[Finding]:
    """One red-flag finding per kind of contradiction, citing both quotes of each pair."""
    out = []
    for kind in KIND_TITLES:
        found = [c for c in contradictions if c.kind == kind]
        if not found:
            continue
        evidence: list[Evidence] = []
        for c in found:
            for side, role in ((c.earlier, "earlier"), (c.later, "later")):
                evidence.append(
                    side.statement.evidence.model_copy(
                        update={"role": f"{role}:{side.statement.name}"}
                    )
                )
        out.append(
            Finding(
                criterion_id=f"CASE-{kind.upper().replace('_', '-')}",
                criterion_name=f"case-{kind.replace('_', '-')}",
                title=KIND_TITLES[kind],
                pack_id="case",
                group="case-consistency",
                dimension=KIND_DIMENSION[kind].value,
                status=Status.red_flag,
                severity="major",
                weight=CASE_WEIGHT,
                confidence=1.0,
                message=" ".join(c.explanation for c in found[:3]),
                evidence=evidence,
                remedy=KIND_REMEDY[kind],
                rationale=(
                    "Statements about one audit that change between documents are a sign the "
                    "published claims outrun what was done."
                ),
                audit_washing=KIND_PATTERN[kind],
            )
        )
    return out


def riskiest_context(reports: Iterable[Report]) -> Context:
    """The case is as risky as the riskiest place any of its documents names."""
    return min((r.context for r in reports), key=lambda c: _RISK_RANK[c.risk])


def case_block(
    loaded: LoadedCase,
    primary: CaseDocument,
    reports: dict[str, Report],
    sources: list[tuple[CaseDocument, Facts]],
    contradictions: list[Contradiction],
) -> dict[str, Any]:
    """The JSON-serialisable ``case`` block of the report."""
    documents = []
    for doc in loaded.documents:
        r = reports[doc.path]
        documents.append(
            {
                "path": doc.path,
                "file": doc.name,
                "title": doc.document.title,
                "format": doc.document.format,
                "sha256": doc.document.sha256,
                "role": doc.role,
                "role_source": doc.role_source,
                "role_reason": doc.role_reason,
                "role_confident": doc.role_confident,
                # the cues the text gave, for the role they point to (which case.yaml may have
                # overruled)
                "role_evidence": [
                    {**source_of(doc, ev), "cue_for": (ev.role or "").removeprefix("role:")}
                    for ev in doc.role_evidence
                ],
                "date": doc.date.isoformat() if doc.date else None,
                "date_source": doc.date_source,
                "author": doc.author,
                "primary": doc is primary,
                "pack": r.pack.id,
                "score": r.score,
                "verdict": r.verdict.value,
                "audit_washing": [p.id for p in r.audit_washing.patterns],
            }
        )
    listed = [c.to_dict(i) for i, c in enumerate(contradictions, 1)]
    return {
        "title": loaded.title,
        "primary": primary.path,
        "documents": documents,
        "facts": merge_facts(sources),
        "contradictions": listed,
        "timeline": _mark_contradicted(timeline(sources), listed),
        "unreadable": list(loaded.errors),
    }


def _mark_contradicted(
    events: list[dict[str, Any]], contradictions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Point each timeline claim at its contradictions, so the memo can say 'see C2'."""
    for event in events:
        for claim in event["claims"]:
            claim["contradictions"] = [
                c["id"]
                for c in contradictions
                if any(
                    side["path"] == event["path"]
                    and side["line"] == claim["line"]
                    and side["quote"] == claim["quote"]
                    for side in (c["earlier"], c["later"])
                )
            ]
    return events
