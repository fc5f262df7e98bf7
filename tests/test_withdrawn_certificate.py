"""An assessor that withdraws its own certificate takes back the clean result behind it: the text
withdraws support and is not a vehicle of the claim (claim-first note 5.4: 'not credible, no
audit-washing'). Invented text; labels written before the code."""

from __future__ import annotations

from conftest import score_text

WITHDRAWAL = """# Statement by Harbourline Certification on the withdrawal of a certificate

Harbourline Certification Ltd has withdrawn the social compliance certificate it issued in March
2025 to Qingdao Bluefin Seafood Co., a processing plant in Shandong province.

Our March 2025 audit of the plant concluded that there were no findings under the standard's
forced labour criteria. In May 2026 we learned from published research that about 80 Uyghur
workers had been transferred to the plant from Kashgar under a government labour transfer
programme during the period we audited. Our auditors were not told of these workers, did not
interview any of them, and did not examine how they were recruited.

We have therefore withdrawn the certificate with immediate effect and notified the buyers who
relied on it.

Signed for Harbourline Certification Ltd, 3 June 2026
"""


def test_a_certificate_withdrawn_by_its_issuer_is_no_vehicle_of_its_clean_result():
    report = score_text(WITHDRAWAL)
    clean = [c for c in report.claims if c.kind == "clean"]
    assert clean and all(c.modality == "retracted" for c in clean)
    assert report.audit_washing.detected is False
    assert report.verdict.value == "not_credible"
    assert report.judgement.principal == "failure"


def test_what_the_issuer_learned_from_others_is_not_its_own_finding():
    report = score_text(WITHDRAWAL)
    learned = [c for c in report.claims if "learned from" in c.evidence.quote]
    assert learned and all(c.speaker != "auditor" for c in learned)
