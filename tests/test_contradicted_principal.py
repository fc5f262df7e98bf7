"""An outsider's text that sets its own findings against a public clean claim concludes that the
claim, and the audit behind it, failed; a wire story relaying one side's allegation does not
(invented texts)."""

from __future__ import annotations

from conftest import score_text

NGO = """# Briefing: the audit Kestrel Seafoods cites

*Andaman Fishers' Rights Centre (NGO) — briefing, 4 June 2026*

Kestrel Seafoods said in a statement on its website in April that "an independent social audit
found no forced labour at our Ranong processing plant".

We interviewed 36 Myanmar workers from the plant in May, at their homes. Twenty-nine of them
had paid brokers between 15,000 and 30,000 baht for their jobs, and 17 said the plant kept
their passports.
"""


def test_an_ngo_whose_own_findings_contradict_a_public_clean_claim_concludes_failure():
    report = score_text(NGO)
    assert report.judgement.author == "critic"
    assert report.judgement.principal == "failure"
    assert report.verdict.value == "not_credible"
    assert report.audit_washing.detected
