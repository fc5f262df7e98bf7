"""The one order and the one human label for every status, verdict, role, speaker, risk and ILO
cell.

Renderers, the engine and the batch tables read these instead of keeping their own copies, so a
status is called the same thing, and sorted the same way, everywhere.
"""

from __future__ import annotations

#: Finding statuses, most pressing first.
STATUS_ORDER = ("red_flag", "unmet", "partial", "error", "not_assessable", "met", "not_applicable")
STATUS_LABELS = {
    "red_flag": "red flag",
    "unmet": "not met",
    "partial": "partly met",
    "error": "error",
    "not_assessable": "unknown",
    "met": "met",
    "not_applicable": "not applicable",
}
SEVERITY_ORDER = ("critical", "major", "minor", "info")

#: Verdicts, best first.
VERDICT_ORDER = ("credible", "partially_credible", "not_credible")
VERDICT_LABELS = {
    "credible": "credible",
    "partially_credible": "partially credible",
    "not_credible": "not credible",
}

ROLES = ("audit_report", "auditor_statement", "company_statement", "third_party")
ROLE_LABELS = {
    "audit_report": "audit report",
    "auditor_statement": "auditor's or certifier's statement",
    "company_statement": "company statement",
    "third_party": "third party's account",
}
SPEAKER_LABELS = {
    "company": "company",
    "auditor": "auditor or certifier",
    "standard_owner": "standard owner",
    "critic": "critic or researcher",
    "journalist": "journalist",
    "workers": "workers",
    "official": "official",
    "unknown": "unknown speaker",
}
CLAIM_LABELS = {
    "clean": "clean result",
    "adverse": "adverse findings",
    "failure": "account of an audit's failure",
    "decline": "honest limit (declined or withdrawn)",
    "none": "no conclusion",
}

RISK_ORDER = ("high", "elevated", "standard", "unknown")

#: ILO survey guidelines: the phases of forced labour and its two elements.
ILO_PHASES = ("recruitment", "employment", "exit", "context")
ILO_ELEMENTS = ("involuntariness", "coercion")
ILO_CELL_LABELS = {
    "covered": "covered",
    "partly_covered": "partly covered",
    "not_covered": "not covered",
    "red_flag": "red flag",
}
