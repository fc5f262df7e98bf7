"""The invented examples of the claim-first design, each with the verdict the principles require.

Labels come from the issue's table ("should be"), written before the claim layer; each text is
invented. Position: the verdict, and whether audit-washing is detected.
"""

from __future__ import annotations

import pytest

import auditcheck
from auditcheck.document import document_from_text

CASES = [
    # (id, text, acceptable verdicts, audit-washing)
    (
        "wire-clean-claim-high-risk",
        "KASHGAR, March 3 (Meridian Wire) - Orvane Furniture said on Monday that audits at its supplier in "
        'Hotan, Xinjiang, "found no forced labour". The company did not describe how the audits were done.',
        {"not_credible"},
        True,
    ),
    (
        "monitor-found-and-remedied",
        "# Summary of findings\n\nOur university-based labour monitor found that the furniture maker's labour agent "
        "kept workers' identity cards and charged each of them a placement fee of two months' wages. The buyer has "
        "required the agent to return the cards and repay the fees, and will publish a follow-up report in June.",
        {"partially_credible", "credible"},
        False,
    ),
    (
        "cover-page",
        "# Social Compliance Audit Report\n\n| | |\n|---|---|\n| Site | Bellmont Textiles, Porto |\n"
        "| Audit dates | 3-4 June 2025 |\n| Lead auditor | Ana Duarte |\n| Auditor | Rui Matos |\n"
        "| Audit type | Semi-announced |\n\n## Summary of non-conformities\n\n| Area | Major | Minor |\n|---|---|---|\n"
        "| Working hours | 1 | 2 |\n| Wages | 0 | 1 |\n",
        {"partially_credible"},
        False,
    ),
    (
        "ngo-account-missed-debt",
        "In February the certifier renewed the certificate of the Vellore brick works with no findings on freely "
        "chosen employment. Two months later, labour inspectors found 31 workers held at the kiln by debts to the owner. "
        "Our researchers spoke with eleven of them; none had been asked about debts by the auditors.",
        {"not_credible"},
        False,
    ),
    (
        "audit-firm-withdraws-backing",
        "Statement by Calder Assurance: we withdraw our backing of the clean result we reported for the Dhaka plant in "
        "January. Our visit could not reach the workers hired through agents, and our earlier conclusion should no longer "
        "be relied on.",
        {"not_credible", "partially_credible", "credible"},
        False,
    ),
    (
        "buyer-code-and-question",
        "Suppliers must keep their sites free of forced labour. Can the company show that its sites are free of "
        "forced labour?",
        {"not_credible", "partially_credible", "credible"},
        False,
    ),
    (
        "standard-owner-honest-limit",
        "We do not certify in this region because credible audits are not possible.",
        {"credible"},
        False,
    ),
    (
        "eight-years-absolute-negative-high-risk",
        "Press release. Our cotton comes from farms in Aksu, in Xinjiang. In eight years of monitoring we have not come "
        "across one instance of bonded labour in our supply chain.",
        {"not_credible"},
        True,
    ),
]


@pytest.mark.parametrize("case_id,text,verdicts,audit_washing", CASES, ids=[c[0] for c in CASES])
def test_principle_examples(case_id, text, verdicts, audit_washing):
    report = auditcheck.evaluate(document_from_text(text, path=f"{case_id}.md"))
    assert report.verdict.value in verdicts, (report.verdict.value, report.score, report.judgement)
    assert report.audit_washing.detected is audit_washing, [
        p.id for p in report.audit_washing.patterns
    ]


def test_withdrawal_is_not_a_vehicle_for_the_clean_claim():
    text = CASES[4][1]
    report = auditcheck.evaluate(document_from_text(text, path="withdrawal.md"))
    assert report.judgement.principal == "decline"


def test_code_and_question_make_no_counting_claim():
    report = auditcheck.evaluate(document_from_text(CASES[5][1], path="code.md"))
    assert all(not c.counts for c in report.claims)
    assert report.judgement.principal == "none"
