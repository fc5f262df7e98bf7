"""Audit-washing: collect the red-flag findings that signal claims outrunning their methods."""

from __future__ import annotations

from .models import AuditWashing, AuditWashingPattern, Finding, Status
from .text.evidence import dedupe

#: The audit-washing patterns of the source notes (section 8), by id.
PATTERNS: dict[str, str] = {
    "AW-01": "Absence claim from a method that could not detect the problem",
    "AW-02": "Standard named without accreditation or certificate",
    "AW-03": "A named firm fronting unnamed or subcontracted auditors",
    "AW-04": "Summary published instead of the report",
    "AW-05": "Shifting or retracted facts",
    "AW-06": "Scope narrowed to leave out the high-risk parts",
    "AW-07": "Audit used to unlock ratings, investment or end a controversy",
    "AW-08": "Pay and contracts offered as proof of voluntariness",
    "AW-09": "Boilerplate findings",
    "AW-10": "Deception not looked for",
    "AW-11": "Opinions outside the audit's competence or scope",
    "AW-12": "Remote or desk review presented as an audit",
    "AW-13": "Company claim stronger than the auditor's own caveats",
    "AW-14": "Certification despite visible hazards or abuse",
}


def collect(findings: list[Finding]) -> AuditWashing:
    by_id: dict[str, list[Finding]] = {}
    for f in findings:
        if f.audit_washing and f.status is Status.red_flag:
            by_id.setdefault(f.audit_washing, []).append(f)
    patterns = []
    for pid in sorted(by_id):
        fs = by_id[pid]
        patterns.append(
            AuditWashingPattern(
                id=pid,
                title=PATTERNS.get(pid, pid),
                criterion_ids=sorted(f.criterion_id for f in fs),
                evidence=dedupe([e for f in fs for e in f.evidence], limit=4),
                explanation=" ".join(f.message for f in fs[:2]),
            )
        )
    return AuditWashing(detected=bool(patterns), patterns=patterns)
