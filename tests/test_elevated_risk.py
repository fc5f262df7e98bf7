"""Context sets what a clean claim needs: in an elevated-risk setting (migrant workers recruited
through agents) a clean result is held below 'credible' unless the method shown reaches the
risk itself: recruitment traced, fees and debts checked, private interviews in the workers' own
languages. In a high-risk state-transfer setting no workplace method lifts the cap."""

from __future__ import annotations

from conftest import score_text

STRONG = """# Verification statement: Sentosa Glove Works, Klang, Malaysia

**Verifier:** Halden Labour Assurance Sdn Bhd, lead assessor Mei Ling Tan.
**Commissioned and paid by:** Aldwick Medical plc (buyer). **Site:** nitrile glove plant in Klang,
2,300 workers, 1,600 of them migrant workers from Nepal and Bangladesh.
**Assessment period:** 10-14 March 2026 on site, unannounced; recruitment tracing February-April.

**Method.** We interviewed 180 workers, 120 of them off-site at places they chose, in Nepali,
Bengali and Malay, without management present. We traced the recruitment of 90 migrant workers
through the agencies and sub-agents in Kathmandu and Dhaka that placed them, and checked fees,
loans and deductions against payroll and the workers' own accounts. We reviewed passports
custody, dormitory rules and twelve months of working hours.

**Findings.** We found no recruitment fees paid by workers in the sample, no retention of
passports and no restrictions on leaving the dormitories. We identified no indicators of forced
labour at the plant during the assessment period.

**Limits.** The sample covered 6% of migrant workers; suppliers of the plant were not assessed.

Mei Ling Tan, Lead Assessor, 30 April 2026
"""


def test_a_method_that_reaches_an_elevated_risk_lifts_its_cap():
    report = score_text(STRONG)
    assert report.context.risk == "elevated"
    assert report.judgement.principal == "clean"
    assert not any(c.source == "context" for c in report.caps), report.caps


def test_a_strong_one_page_statement_of_a_clean_result_is_credible():
    # its method supports the clean result (the pack's clean_claim_supported_by), so the granular
    # detail a one-page statement leaves out does not hold it below credible
    report = score_text(STRONG)
    assert report.verdict.value == "credible"
    assert any(c.source == "floor" for c in report.caps)


def test_the_floor_needs_the_whole_method_not_most_of_it():
    no_limits = STRONG.replace(
        "**Limits.** The sample covered 6% of migrant workers; suppliers of the plant were not "
        "assessed.",
        "",
    )
    assert no_limits != STRONG
    assert score_text(no_limits).verdict.value != "credible"


def test_a_red_flag_withholds_the_floor():
    management_interpreters = STRONG.replace(
        "without management present.",
        "without management present, through management-provided interpreters.",
    )
    assert management_interpreters != STRONG
    report = score_text(management_interpreters)
    assert any(f.status.value == "red_flag" for f in report.findings)
    assert report.verdict.value != "credible"


def test_without_interviews_in_the_workers_languages_the_cap_holds():
    weaker = STRONG.replace(", in Nepali,\nBengali and Malay,", ",")
    report = score_text(weaker)
    assert report.context.risk == "elevated"
    assert any(c.source == "context" for c in report.caps)
    assert report.verdict.value != "credible"


def test_no_workplace_method_lifts_the_cap_in_a_state_transfer_setting():
    xinjiang = STRONG.replace("Klang, Malaysia", "Aksu, Xinjiang").replace(
        "in Klang,\n2,300 workers, 1,600 of them migrant workers from Nepal and Bangladesh",
        "in Aksu, Xinjiang,\n2,300 workers, 900 of them Uyghur workers placed through a labour "
        "transfer programme",
    )
    report = score_text(xinjiang)
    assert report.context.risk == "high"
    assert report.verdict.value == "not_credible"


def test_an_assessor_paid_by_the_site_it_judges_gets_no_floor():
    site_paid = STRONG.replace(
        "**Commissioned and paid by:** Aldwick Medical plc (buyer).",
        "The assessment was commissioned by Aldwick Medical plc (buyer) and paid for by the factory.",
    )
    assert site_paid != STRONG
    assert score_text(site_paid).verdict.value != "credible"
