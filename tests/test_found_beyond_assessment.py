"""An outsider that relays an assessment tells of it second-hand, even with findings of its own.

Invented texts; expected verdicts written before the rule (claim-first note, principles 4 and 5):
an independent assessment that found violations with consequences has shown it can detect abuse,
and credible needs that assessment's own words (its report released, or its assessors quoted). A
union that relays the assessment and adds abuse it found itself beside it ("contract workers
outside the assessment told us they paid fees too") still knows the assessment only second-hand,
and its own finding is abuse the assessment did not record: it is no first-hand investigation.
"""

from __future__ import annotations

import auditcheck
from auditcheck.document import document_from_text

RELAYED = """# Fees repaid at the Ipoh wire plant, but not to everyone

**Buruh Sejahtera (migrant workers' association), Ipoh, 2 February 2026**

In 2025 an independent assessment paid for by a European buyer of Linggi Wire found that most of
the migrant workers it interviewed had paid recruitment fees and that the company kept their
passports. Its assessors spoke with workers off-site in Nepali and Burmese. The company was
required to repay the fees and return the passports, and the assessors returned in December to
check the repayments.
"""

BEYOND = """
About 90 loading workers supplied by a labour contractor were outside the assessment. Nine of
them told us they had paid fees of their own to an agent in Yangon.
"""


def _report(text: str) -> auditcheck.Report:
    return auditcheck.evaluate(document_from_text(text, path="account.md"))


PUBLISHED = """
The assessment report has been published in full on the buyer's website.
"""


def test_a_workers_association_byline_names_a_critic() -> None:
    assert _report(RELAYED).judgement.author == "critic"


def test_a_relayed_assessment_stays_below_credible() -> None:
    report = _report(RELAYED)
    assert report.judgement.principal == "adverse"
    assert report.verdict.value == "partially_credible"
    assert any("known only from" in cap.reason for cap in report.caps)


def test_a_relayed_assessment_whose_report_is_released_is_credible() -> None:
    report = _report(RELAYED + PUBLISHED)
    assert report.verdict.value == "credible"


def test_the_tellers_own_finding_beside_a_relayed_assessment_is_not_first_hand() -> None:
    report = _report(RELAYED + BEYOND)
    assert report.judgement.principal == "adverse"
    assert report.verdict.value == "partially_credible"
    assert any("known only from" in cap.reason for cap in report.caps)
