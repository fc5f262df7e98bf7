"""Audit-washing flags cap a score, so they must not fire on ordinary credible writing.

Each text is written for this test: the phrases that trip careless patterns (fire drills, HR
accompanying a site tour, a limited scope that is explained, findings of abuse, a standard
owner's statement about a region) appear in documents that are not audit-washing.
"""

from __future__ import annotations

import pytest

import auditcheck
from auditcheck.document import document_from_text

CREDIBLE = {
    "audit_report_with_limitations": """\
# Social audit report: Riverbend Garments Ltd, Gazipur

Audit date: 14-16 May 2024. Audit type: semi-announced. Lead auditor: Nadia Rahman (APSCA number 21703311).

Fire drills occurred monthly and records were complete. Emergency exits were unlocked and accessible
during the visit. Working hours were compliant with the law in 11 of 12 months sampled.

An HR officer accompanied the auditors during the site tour but was not present at any interview.
We interviewed 38 workers, 20 of them off-site at a community hall, selected by the audit team.
No evidence of forced labour was found among the workers interviewed. Payroll was cross-checked
against time cards and gate logs.

## Limitations

We did not visit the second warehouse. Interviews with night-shift workers were not possible
because the shift had been cancelled. The scope was limited to workers at the site; former workers
were not contacted, which limits what we can say about leaving.
""",
    "hedged_verification": """\
Northway Assurance was engaged to verify corrective actions at two plants. Our team visited both
plants in March 2024 and interviewed 210 migrant workers in Nepali, Bengali and Burmese, most of them
off-site. In our opinion, based on the evidence reviewed, the forced labour indicators found in 2023
are no longer present at a level that indicates systemic forced labour. Challenges in collecting data
from workers who had returned home mean that repayment to 140 former workers could not be confirmed.
""",
    "ngo_findings": """\
Our researchers interviewed 64 fishers away from the port, in their own language. The investigation
found that 40 had paid brokers, that passports were held by boat owners, and that wages were withheld
for months. Several men said they had been sold to a captain.
""",
    "standard_owner_statement": """\
There are no certified sites in the region and our accredited certification bodies have not carried
out audits there since 2019. We consider the region high-risk. We have no first-hand information
about conditions at any workplace there, and we make no finding about them.
""",
    "thorough_summary_with_clean_result": """\
The audit was unannounced. The audit team spent four days on site and interviewed 52 workers, half
individually, with independent interpreters. Wages were paid on time and contracts were in order.
The team traced how the 120 agency workers were recruited and interviewed two labour agencies.
No indications of forced labour were found. The full audit report is published on the company's website.
""",
}

WASHING = {
    "clean_claim_from_paper_and_caveat": """\
The company said an independent audit found no indications of forced labour at the plant. The
consultancy reviewed contracts and salary payments and said employees are paid above average. It
added that the difficulties of collecting data in the region are well known.
""",
    "front_for_unnamed_lawyers": """\
The consultancy accompanied an unnamed local law firm that carried out the actual audit execution.
The audit found no evidence of forced labour.
""",
}


def _washing(text: str) -> set[str]:
    report = auditcheck.evaluate(
        document_from_text(text, path="<test>"), pack="social-audit", overlays=False
    )
    return {p.id for p in report.audit_washing.patterns}


@pytest.mark.parametrize("name", sorted(CREDIBLE))
def test_no_audit_washing_on_credible_text(name):
    assert _washing(CREDIBLE[name]) == set()


@pytest.mark.parametrize("name", sorted(WASHING))
def test_audit_washing_found(name):
    assert _washing(WASHING[name])


def test_standard_owner_statement_is_not_judged_as_an_audit():
    report = auditcheck.evaluate(
        document_from_text(CREDIBLE["standard_owner_statement"], path="<test>"),
        pack="social-audit",
        overlays=False,
    )
    method = [
        f for f in report.findings if f.criterion_id.startswith(("REC-", "IND-", "INT-", "ACC-"))
    ]
    # no audit is described: method elements are unknown (or inapplicable), never failed or met
    assert method and all(f.status.value in ("not_applicable", "not_assessable") for f in method)
