"""Context sets what a clean claim needs (claim-first principle 11): in a standard- or low-risk
setting, a clean result backed by workers heard privately in their own languages, fees and debts
checked, the assessor's independence declared and its limits stated is credible, without the
recruitment tracing an elevated-risk setting needs. Invented texts; labels written before the
code."""

from __future__ import annotations

import pytest

from conftest import score_text

POZNAN = """# Verification statement: Wielkopolska Cabinetry sp. z o.o., Poznań, Poland

**Verifier:** Brenner Social Assurance GmbH, lead verifier Katarzyna Wolak.
**Site:** kitchen-cabinet plant in Poznań, 240 workers, all employed directly by the plant.
**Visit:** 3-4 June 2026, unannounced.

**Method.** We interviewed 30 workers in private, in Polish and Ukrainian, 12 of them away from
the plant. We reviewed twelve months of payroll and time records and asked every interviewee
whether they had paid a fee to get the job or owed the company money.

**Findings.** No worker had paid a recruitment fee or owed a debt to the company. We found no
indicators of forced labour at the plant. One minor non-conformity: two fire drills were not
recorded.

**Independence.** Brenner was paid by the buyer, Rothwell Kitchens Ltd, and has no other
commercial relationship with the plant.

**Limits.** Subcontracted transport drivers were not interviewed, and our conclusion covers
only the plant and the period reviewed.

Katarzyna Wolak, Lead Verifier, 12 June 2026
"""


def test_without_stated_limits_it_is_not_credible():
    no_limits = POZNAN.replace(
        "**Limits.** Subcontracted transport drivers were not interviewed, and our conclusion "
        "covers\nonly the plant and the period reviewed.\n",
        "",
    )
    assert no_limits != POZNAN
    assert score_text(no_limits).verdict.value != "credible"


def test_interviews_with_a_manager_present_withhold_it():
    watched = POZNAN.replace("in private,", "with the HR manager present,")
    assert watched != POZNAN
    assert score_text(watched).verdict.value != "credible"


def test_in_an_elevated_risk_setting_the_lighter_method_is_not_enough():
    migrants = (
        POZNAN.replace("Poznań, Poland", "Klang, Malaysia")
        .replace(
            "kitchen-cabinet plant in Poznań, 240 workers, all employed directly by the plant.",
            "nitrile glove plant in Klang, 240 workers, 180 of them migrant workers from Nepal\n"
            "and Bangladesh.",
        )
        .replace("in Polish and Ukrainian", "in Nepali and Malay")
    )
    report = score_text(migrants)
    assert report.context.risk in ("elevated", "high")
    assert report.verdict.value != "credible"


# Detection stands in for a declared independence (claim-first principle 4, with 11): where no
# elevated risk is known, an assessment that itself found problems and had them put right has
# shown its method can find things, so private interviews on site in the workers' languages,
# fees checked and stated limits support its clean result. Labels written before the code.
GUIMARAES = """# Auditor's statement: Calçados Ribeira Lda, Guimarães, Portugal

Site: shoe factory in Guimarães, 150 workers employed directly by the company.
Visit: 21-22 May 2026, announced one day ahead.

Method. The two auditors interviewed 26 workers in private in a meeting room at the factory,
in Portuguese and Cape Verdean Creole, choosing them from the payroll list. We reviewed eleven
months of payroll and time records and asked each worker whether they had paid anyone to get
the job or owed money to the company.

Findings. We found no indicators of forced labour. No worker had paid a recruitment fee or owed
the company money. We recorded two non-conformities: an emergency exit in the cutting room was
blocked by boxes, and overtime in April had not been approved in writing. The exit was cleared
and the approval procedure corrected before the end of our visit, which we verified.

Limits. The canteen, run by a catering contractor, was not covered, and our conclusion applies
only to the factory and the months reviewed.

Signed: Marta Figueiredo, lead auditor, 30 May 2026
"""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(POZNAN, id="independence-declared"),
        pytest.param(GUIMARAES, id="problems-found-and-fixed"),
    ],
)
def test_a_strong_clean_statement_for_a_standard_risk_site_is_credible(text):
    report = score_text(text)
    assert report.context.risk in ("standard", "low")
    assert report.judgement.principal == "clean"
    assert report.verdict.value == "credible"


def test_without_problems_found_and_fixed_the_same_method_stays_below_credible():
    nothing_found = GUIMARAES.replace(
        " We recorded two non-conformities: an emergency exit in the cutting room was\nblocked "
        "by boxes, and overtime in April had not been approved in writing. The exit was "
        "cleared\nand the approval procedure corrected before the end of our visit, which we "
        "verified.",
        "",
    )
    assert nothing_found != GUIMARAES
    assert score_text(nothing_found).verdict.value == "partially_credible"


def test_problems_found_but_left_as_they_were_earn_nothing():
    left_alone = GUIMARAES.replace(
        " The exit was cleared\nand the approval procedure corrected before the end of our "
        "visit, which we verified.",
        "",
    )
    assert left_alone != GUIMARAES
    assert score_text(left_alone).verdict.value != "credible"


def test_detection_does_not_lift_a_clean_result_in_a_high_risk_setting():
    xinjiang = (
        GUIMARAES.replace("Guimarães, Portugal", "Aksu, Xinjiang, China")
        .replace("shoe factory in Guimarães", "shoe factory in Aksu")
        .replace("in Portuguese and Cape Verdean Creole", "in Mandarin and Uyghur")
    )
    report = score_text(xinjiang)
    assert report.context.risk in ("elevated", "high")
    assert report.verdict.value == "not_credible"
