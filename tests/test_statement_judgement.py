"""How whole statements and lists are judged (2026-12-01 round; invented texts, labels first).

- A programme statement that claims no result and shows no failure is insufficient information
  (partially credible), not a failed audit (claim-first note, principle 3); a red flag shown with
  evidence still takes it lower.
- A list under a findings lead-in ("The audits found:") is read as what was found, by whoever the
  lead-in names.
- A clean result for "the other 22 vessels" beside findings on the rest is one programme's mixed
  result, not a clean conclusion about all of it.
"""

from __future__ import annotations

import auditcheck
from auditcheck.claims import read_claims
from auditcheck.document import document_from_text
from auditcheck.roles import classify_role
from auditcheck.text.index import DocumentIndex

_PARAGRAPHS = [
    "This statement is made under section 54 of the Modern Slavery Act 2015 and covers the "
    "financial year ending 31 March 2025. It was approved by the Board of Directors of Harwick "
    "Logistics Ltd on 12 June 2025 and is signed by Anne Soames, Chief Executive.",
    "Harwick Logistics Ltd is a road haulage and warehousing company based in Leeds, with 1,400 "
    "employees at nine depots in England and Scotland. Our supply chain includes fuel, vehicles, "
    "tyres, uniforms, cleaning services and agency drivers.",
    "We have a Supplier Code of Conduct that sets out our expectations on human rights, "
    "including the prohibition of forced labour. Our procurement team reviews the Code with new "
    "suppliers. Staff in depots receive training on modern slavery and how to raise concerns "
    "through our whistleblowing line.",
    "We consider the highest risks in our supply chain to lie in cleaning services, uniforms and "
    "the recruitment of agency drivers. We will continue to review our approach during the "
    "coming year.",
]
PROGRAMME_STATEMENT = "# Modern Slavery Statement 2025\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"

SUPPLIER_PAID = PROGRAMME_STATEMENT.replace(
    "Our procurement team reviews the Code with new suppliers.",
    "Suppliers must obtain an audit from a recognised programme and send the audit report to us.",
)


def _report(text: str, name: str = "statement.md"):
    return auditcheck.evaluate(document_from_text(text, path=name))


def test_a_programme_statement_that_claims_nothing_is_insufficient_information():
    report = _report(PROGRAMME_STATEMENT)
    assert report.pack.id == "company-statement"
    assert report.judgement.principal == "none"
    assert report.verdict.value == "partially_credible"


def test_a_red_flag_shown_with_evidence_takes_it_lower_than_the_floor():
    report = _report(SUPPLIER_PAID)
    assert report.judgement.principal == "none"
    assert any(f.status.value == "red_flag" for f in report.findings)
    assert not any(c.source == "floor" for c in report.caps)


FLEET = """# Vessel labour programme, 2024 results

Every one of our 24 longline vessels was audited in port by Harrowby Maritime, which we engage
and pay directly.

The audits found:

- on 4 vessels, manning agencies were deducting a deposit of two months' wages from crew pay;
- on 2 vessels, crew passports were held by the captain.

On the other 18 vessels, the audits recorded no findings.
"""


def test_items_under_a_findings_lead_in_are_findings_of_whoever_the_lead_in_names():
    report = _report(FLEET, "fleet.md")
    adverse = [c for c in report.claims if c.kind == "adverse" and c.counts]
    assert any("deposit" in c.evidence.quote for c in adverse)
    assert all(c.speaker == "auditor" for c in adverse if "vessels" in c.evidence.quote)


def test_a_clean_result_for_the_rest_of_a_programme_is_not_its_conclusion():
    report = _report(FLEET, "fleet.md")
    assert report.judgement.principal == "adverse"


LIMITS_STATEMENT = PROGRAMME_STATEMENT.replace(
    "We will continue to review our approach during the coming year.",
    "We do not treat audits as evidence that forced labour is absent from our supply chain. "
    "No cases of forced labour were confirmed to us during the year.",
)


def test_a_clean_line_beside_the_texts_own_stated_limit_is_modest_not_washing():
    report = _report(LIMITS_STATEMENT)
    assert report.judgement.principal == "clean"
    assert not report.audit_washing.detected
    assert report.verdict.value == "partially_credible"


MIXED_CASE = """# Statement on the audit of our supplying vessels

We commissioned Harrowby Maritime to audit the 12 trawlers that supply our processing plant and
the plant itself. The audit found problems that we are now correcting: on three vessels, 27 crew
members had not received wages for three months. At the plant, the audit found no issues on forced
labour indicators. We have suspended purchases from the three vessels until the wages are paid.
"""


def test_a_clean_result_for_one_place_beside_findings_elsewhere_is_not_the_conclusion():
    report = _report(MIXED_CASE, "mixed.md")
    assert report.judgement.principal == "adverse"
    assert not report.audit_washing.detected


CERTIFICATION_NEWS = """# Certification decision: Alvor Ceramics, Leiria, Portugal

*Published by Norcert Assurance, 10 March 2026*

Norcert is pleased to confirm that Alvor Ceramics has been certified against the Fair Workplace
Standard. The audit took place on 2 and 3 March 2026. Two auditors reviewed payroll and contracts and interviewed 20 workers in private, in Portuguese, without managers present.
The audit raised no non-conformities against the standard's requirements on forced labour.
"""


def test_in_a_standard_risk_setting_private_interviews_in_workers_language_hold_a_clean_result_in_the_middle():
    report = _report(CERTIFICATION_NEWS, "cert.md")
    assert report.context.risk == "standard"
    assert report.judgement.principal == "clean"
    assert report.verdict.value == "partially_credible"
    unheard = CERTIFICATION_NEWS.replace(
        " and interviewed 20 workers in private, in Portuguese, without managers present.", "."
    )
    assert unheard != CERTIFICATION_NEWS
    assert _report(unheard, "cert.md").verdict.value == "not_credible"


def test_a_told_us_line_is_modest_in_pdf_text_with_ligatures_too():
    # ligatures are written out in the shadow text the grammar reads; the hedge must read the
    # claim's own words at its source offsets, however many ligatures stand before it
    prefix = "Our ofﬁce, ﬁnance and ﬂeet teams " * 12 + "support this work.\n\n"
    text = "# Modern Slavery Statement\n\n" + prefix + (
        "We buy seafood from 40 suppliers. No cases of forced labour were confirmed to us during "
        "the year.\n"
    )
    document = document_from_text(text, path="statement.md")
    reading = read_claims(document, DocumentIndex(document), classify_role(document).role)
    clean = [c for c in reading.sentence_claims if c.kind == "clean" and c.counts]
    assert clean and all(c.hedged for c in clean)


_NEWS_ABOUT_A_STATEMENT = (
    "# Harwick Logistics publishes its first modern slavery statement\n\n"
    "Harwick Logistics has published a modern slavery statement under the UK Modern Slavery "
    "Act, covering its nine depots and its agency drivers. The statement lists cleaning "
    "services, uniforms and the recruitment of agency drivers as the highest risks in its "
    "supply chain, and describes a supplier code and staff training.\n"
)


def test_a_short_story_about_a_statement_is_not_the_statement_so_its_silence_is_unknown():
    # the statement pack judges it, but what a news item leaves out is unknown, not undisclosed
    story = auditcheck.evaluate(
        document_from_text(_NEWS_ABOUT_A_STATEMENT, path="news.md"), pack="company-statement"
    )
    statement = auditcheck.evaluate(
        document_from_text(PROGRAMME_STATEMENT, path="statement.md"), pack="company-statement"
    )
    status = {f.criterion_id: f.status.value for f in story.findings}
    assert status["CS-05"] == "not_assessable"  # recruitment fees: not shown, unknown
    # the statement itself says "This statement ...": its silence is what it did not disclose
    assert {f.criterion_id: f.status.value for f in statement.findings}["CS-05"] == "unmet"
