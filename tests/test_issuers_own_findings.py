"""A public body's or a scheme's own findings in its own notice: whose they are, how far a
negation reaches, what follows from them, and when the notice judges an earlier audit. Invented
texts; the expected readings were written before the code."""

from __future__ import annotations

import pytest
from conftest import counting_kinds, read_text, score_text

INSPECTORATE = """**Regional Labour Inspectorate of Setúbal — press note**

*Setúbal, 3 March 2026*

The regional labour inspectorate carried out an unannounced inspection on 24 February at a
vineyard operated by Quinta do Sado Lda. Inspectors interviewed 64 workers in the fields, with
interpreters in Nepali and Hindi.

The inspection found that 31 workers, recruited in Nepal through an intermediary not licensed
as a placement agency, had handed their passports to that intermediary on arrival.

As a result of the inspection, the passports were recovered by the police and returned to their
owners, and infringement proceedings have been opened against the company.
"""


def test_a_letterhead_with_its_genre_after_a_dash_names_the_public_body():
    assert read_text(INSPECTORATE).author.speaker == "official"


def test_the_inspectorates_own_inspection_is_its_own_finding_not_a_relayed_one():
    adverse = [c for c in read_text(INSPECTORATE).sentence_claims if c.kind == "adverse"]
    assert [(c.speaker, c.modality) for c in adverse] == [("official", "asserted")]


def test_a_negation_inside_an_aside_does_not_cancel_the_finding_around_it():
    assert counting_kinds(
        "The inspection found that 31 workers, recruited through an agent not licensed, had "
        "handed their passports to the agent."
    ) == ["adverse"]


def test_a_negated_finding_is_still_none():
    reading = read_text("The inspection found that no worker had handed a passport to the agent.")
    assert [c.kind for c in reading.sentence_claims if c.counts and c.kind == "adverse"] == []


def test_an_inspectorates_findings_with_sanctions_are_credible():
    report = score_text(INSPECTORATE, "note.md")
    assert (report.verdict.value, report.judgement.principal) == ("credible", "adverse")


SCHEME_SUSPENDS = """Coastline Tea Standard suspends certificate of a Dibrugarh estate

Posted by: Coastline Tea Standard

The Coastline Tea Standard has suspended the certificate of Borhat Tea Estate in Dibrugarh
district, Assam, with immediate effect.

The Standard appointed two investigators who had not previously audited or advised the estate.
They interviewed 60 workers in their homes. The investigation found that wages had been withheld
for three months and that debts to the estate shop were recovered from wages without consent.

The estate must repay the deductions, and a different assurance provider will carry out an
unannounced re-audit within six months.
"""


def test_a_scheme_that_suspends_after_its_own_investigation_reports_findings():
    reading = read_text(SCHEME_SUSPENDS)
    assert (reading.author.speaker, reading.principal()) == ("standard_owner", "adverse")


def test_a_scheme_suspending_a_certificate_because_audits_cannot_be_done_still_declines():
    reading = read_text(
        "Posted by: Coastline Tea Standard\n\nThe Coastline Tea Standard has suspended all "
        "certificates in the region: no audit there can give credible assurance that workers "
        "are free to leave.\n"
    )
    assert reading.principal() == "decline"


@pytest.mark.parametrize(
    "sentence",
    [
        "Our review found that the labour contractor selected which workers would be interviewed.",
        "Our review found that the interviews had been scheduled by the labour contractor.",
        "We have concluded that the March audit cannot be relied on.",
    ],
)
def test_a_scheme_judging_an_earlier_audit_gives_an_account_of_its_failure(sentence):
    assert counting_kinds("Posted by: Coastline Tea Standard\n\n" + sentence) == ["failure"]


def test_a_sanction_after_a_suspension_is_no_account_of_failure():
    assert (
        counting_kinds(
            "Posted by: Coastline Tea Standard\n\nTea harvested from 1 May onwards may not be sold "
            "as certified.\n"
        )
        == []
    )


LIFTED = """Release Date
Mon, 02/03/2026

WASHINGTON — The Border Trade Enforcement Agency has modified its order against gloves from
Keningau Latex. Effective immediately, provided the goods are otherwise in compliance with the
law, shipments may enter.

The agency lifted the order after the company provided evidence that it had addressed all the
indicators of forced labour the agency had identified, including the repayment of recruitment
fees to 1,200 workers.
"""


def test_a_public_bodys_own_determination_is_its_conclusion_and_washes_nothing():
    report = score_text(LIFTED, "release.md")
    assert (report.judgement.author, report.judgement.principal) == ("official", "clean")
    assert not report.audit_washing.detected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # compliance with a policy is a result only when an assessment finds it
        (
            "An independent audit confirmed that the company complies with its responsible "
            "sourcing policy.",
            ["clean"],
        ),
        ("We comply with our responsible sourcing policy.", []),
        ("We verify that suppliers comply with our policy through audits.", []),
    ],
)
def test_compliance_with_a_policy_is_a_result_only_when_found(sentence, kinds):
    assert counting_kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # an oversight body's review of the audits found fault with them
        (
            "At our request, the accreditation body reviewed the audit reports in full, "
            "identifying areas of concern.",
            ["failure"],
        ),
        ("A review of the audits found serious shortcomings.", ["failure"]),
        ("The review of the audit reports found no areas of concern.", []),
        ("We will review the audit reports to identify any areas of concern.", []),
        # the body that did the audits lost its accreditation
        (
            "The certification body that conducted the 2024 audits is no longer accredited for "
            "the standard.",
            ["failure"],
        ),
    ],
)
def test_a_scheme_that_tells_of_faults_found_in_the_audits_gives_a_failure_account(sentence, kinds):
    assert counting_kinds("Posted by: Coastline Tea Standard\n\n" + sentence) == kinds
