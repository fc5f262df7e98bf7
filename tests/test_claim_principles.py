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


# --- a clean claim stated beside its method's limits; a public claim someone else contradicts ---
# Labels follow the principles ("the burden of proof follows the claim"; "audit-washing ... or when
# the text documents that such a public claim was contradicted"), written before the code.

MODEST_FOLLOW_UP = (
    "Follow-up letter from Brandt Social Audits GmbH, 2 May 2025. Site: Lumen Glassworks, Ghent, "
    "Belgium.\n\nThe three findings raised at the March audit on rest days and overtime pay are "
    "closed and no findings remain open at the site. This follow-up was a review of documents "
    "sent by the site; no site visit or worker interviews took place.\n\n"
    "*Jana Brandt, Lead Auditor*"
)


def test_a_clean_claim_beside_its_own_method_limits_is_modest_not_audit_washing():
    report = auditcheck.evaluate(document_from_text(MODEST_FOLLOW_UP, path="follow-up.md"))
    assert report.judgement.author == "auditor"
    assert report.judgement.burden == "none"  # the claim does not rest on what is left unsaid
    assert report.verdict.value == "partially_credible", report.score
    assert report.audit_washing.detected is False


def test_where_risk_is_high_stated_limits_do_not_make_a_clean_claim_modest():
    text = MODEST_FOLLOW_UP.replace("Ghent, Belgium", "Aksu, Xinjiang").replace(
        "are closed and no findings remain open at the site",
        "are closed and no forced labour was found at the site",
    )
    report = auditcheck.evaluate(document_from_text(text, path="follow-up-xj.md"))
    assert report.judgement.burden == "clean_claim"
    assert report.audit_washing.detected is True
    assert report.verdict.value == "not_credible"


MODEST_OWN_REACH = (
    "Verification note from Calder Labour Assurance Ltd, 9 June 2026. Site: Verde Ceramics, "
    "Aveiro, Portugal.\n\nWe found no indicators of forced labour among the 40 workers we "
    "interviewed at the plant; we did not visit the two labour agencies in Lisbon that place its "
    "seasonal packers.\n\n*Rui Calder, Lead Verifier*"
)


def test_a_clean_claim_beside_what_the_assessor_did_not_reach_is_modest():
    # "we did not visit the agencies" in the same paragraph is the claim's own stated limit
    report = auditcheck.evaluate(document_from_text(MODEST_OWN_REACH, path="note.md"))
    assert report.judgement.principal == "clean"
    assert report.judgement.burden == "none"
    assert report.audit_washing.detected is False


CONTRADICTED_WIRE = (
    "DHAKA, May 9 (Harbour Wire) - Labour inspectors found 40 workers at Rupali Knit Ltd who had "
    "paid recruitment fees and whose passports were held by a supervisor, four weeks after the "
    "factory passed a social audit, officials said on Friday.\n\n"
    'Rupali Knit said in a statement last month that the audit had "found no forced labour" at '
    "the factory.\n\n(Reporting by Tania Alam)"
)


def test_a_public_clean_claim_contradicted_in_someone_elses_account_is_audit_washing():
    report = auditcheck.evaluate(document_from_text(CONTRADICTED_WIRE, path="wire.md"))
    assert report.judgement.author == "journalist"
    assert report.judgement.principal == "failure"
    assert report.audit_washing.detected is True
    assert report.verdict.value == "not_credible"


def test_an_audit_outcome_a_critic_describes_is_not_a_public_claim():
    # the certificate's renewal is the audit's outcome, not someone's public statement: no
    # audit-washing unless a public clean claim is shown contradicted (the NGO example)
    report = auditcheck.evaluate(document_from_text(CASES[3][1], path="ngo.md"))
    assert report.audit_washing.detected is False
    assert not any(c.kind == "clean" and c.counts and c.speaker == "company" for c in report.claims)


# A document's words are a public claim when the text says the document was published: the
# scheme's online register, a posted summary. The same words in a report a critic obtained are
# not. Labels written before the code.
PUBLISHED_CERTIFICATE = (
    "COLOMBO, April 4 (Harbour Wire) - Machine operators at Lanka Trims were made to work "
    "unpaid night shifts under threat of dismissal and had their wages held back for two months, "
    "the rights group Fair Hands said on Tuesday.\n\n"
    "The factory's audit summary, posted on the scheme's public register, states that it was "
    "inspected in February and found to meet all labour standards. Fair Hands said it spoke to "
    "48 workers away from the factory.\n\nThe scheme said it would look into the allegations."
)


def test_a_published_document_s_clean_claim_contradicted_is_audit_washing():
    report = auditcheck.evaluate(document_from_text(PUBLISHED_CERTIFICATE, path="wire.md"))
    assert report.audit_washing.detected is True
    assert report.verdict.value == "not_credible"


def test_the_same_words_in_a_report_a_critic_obtained_are_not_a_public_claim():
    text = PUBLISHED_CERTIFICATE.replace(
        "posted on the scheme's public register", "which Fair Hands obtained from a buyer"
    )
    report = auditcheck.evaluate(document_from_text(text, path="wire.md"))
    assert report.audit_washing.detected is False
    assert report.verdict.value == "not_credible"


def test_a_contradicted_public_claim_is_audit_washing_without_the_word_allegation():
    # the text need not call the abuse an allegation: the public clean claim stands against abuse
    # that someone else found
    text = PUBLISHED_CERTIFICATE.replace("\n\nThe scheme said it would look into the allegations.", "")
    assert "alleg" not in text
    report = auditcheck.evaluate(document_from_text(text, path="wire.md"))
    assert report.audit_washing.detected is True
    assert report.verdict.value == "not_credible"


WITHDRAWN_CERTIFICATE = (
    "# Notice: certificate withdrawn\n\n"
    "Harrow Compliance Ltd has withdrawn the social compliance certificate it issued in May to "
    "Delta Knit Ltd for its mill in Tiruppur. Our review established that the audit behind the "
    "certificate did not take place as recorded: no Harrow auditor visited the mill and the "
    "interviews in the report were held by telephone with workers chosen by the mill.\n\n"
    "The audit conclusion of May should not be relied on by anyone."
)

EARLIER_AUDITS_MISSED = (
    "# What our earlier audits missed\n\n"
    "Two announced audits of our supplier in Johor recorded no forced labour. They missed what "
    "an unannounced investigation we commissioned from an independent firm found in March: "
    "workers had paid recruitment fees of up to USD 4,000 and 150 passports were held by the HR "
    "office. The supplier has repaid the fees and returned every passport, and the firm verified "
    "both in a second visit. We have withdrawn the statement in last year's report."
)


def test_a_certifier_withdrawing_a_certificate_over_a_failed_audit_judges_that_audit():
    report = auditcheck.evaluate(document_from_text(WITHDRAWN_CERTIFICATE, path="notice.md"))
    assert report.judgement.principal == "failure"
    assert report.verdict.value == "not_credible"
    assert report.audit_washing.detected is False


def test_a_new_assessment_that_found_what_earlier_audits_missed_is_what_is_judged():
    report = auditcheck.evaluate(document_from_text(EARLIER_AUDITS_MISSED, path="statement.md"))
    assert report.judgement.principal == "adverse"
    assert report.verdict.value != "not_credible"


def test_a_text_with_no_known_author_is_not_called_the_unknown_s():
    # reasons and the 'about' line read "this account", not "this unknown's account"
    report = auditcheck.evaluate(document_from_text(
        "The audit of the Braga plant in May missed the passports that the agency kept, and "
        "workers were never asked about fees.\n",
        path="t.md",
    ))
    assert report.judgement.author == "unknown"
    words = [report.judgement.about, *(c.reason for c in report.caps)]
    assert words and not any("unknown" in w for w in words)
