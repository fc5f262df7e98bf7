"""Who issues a release: the furniture of press releases names its issuer, whoever that is (an
NGO, a scheme, a public body, an audit firm or a company), and "FOR IMMEDIATE RELEASE" alone does
not make it a company's. Invented texts; the expected authors were written before the code."""

from __future__ import annotations

import pytest
from conftest import counting_kinds, read_text

from auditcheck.claims.speakers import org_kind

NGO_REPLY = """Statement in response to Corvane Electronics

FOR IMMEDIATE RELEASE

NEW YORK — Corvane Electronics has said that the Delta Labour Monitor did not publish
information the company gave it by email. Those emails carried a confidentiality clause.

After the Monitor shared evidence of child workers at the Huizhou plant of Linmao Technology
with Corvane last week, Corvane carried out an inspection. Corvane replied on Monday, claiming
that it did not find any child labour at the plant.

The inspection did not address the evidence we had given Corvane. The plant had already sent
the youngest workers home before the inspection began, and we regret that Corvane relied on a
one-day visit announced in advance.

About the Delta Labour Monitor

Founded in 2004, the Delta Labour Monitor is an independent non-profit organisation that
investigates working conditions in electronics factories.
"""


def test_an_about_paragraph_names_the_issuer_of_a_release():
    reading = read_text(NGO_REPLY)
    assert reading.author.speaker == "critic"


def test_a_release_by_an_ngo_answering_a_company_does_not_carry_the_companys_clean_claim():
    reading = read_text(NGO_REPLY)
    assert reading.principal() == "failure"


@pytest.mark.parametrize(
    ("about", "description", "kind"),
    [
        # the name says nothing of its kind; the paragraph under it does
        (
            "About Meridian Ten",
            "Meridian Ten is an independent, non-profit research organisation that documents "
            "labour abuse in supply chains.",
            "critic",
        ),
        (
            "About Tessaro",
            "Tessaro is a leading maker of outdoor furniture, with stores in nine countries and "
            "shares listed in Milan.",
            "company",
        ),
        (
            "About Northgate Assurance",
            "Northgate Assurance provides social audits and certification to buyers in Europe.",
            "auditor",
        ),
    ],
)
def test_the_about_paragraph_says_what_kind_of_body_issues_the_release(about, description, kind):
    text = (
        "FOR IMMEDIATE RELEASE\n\nA statement on recruitment fees at a glove plant in Johor.\n\n"
        "Workers at the plant told interviewers they had paid agents before they travelled.\n\n"
        f"{about}\n\n{description}\n"
    )
    assert read_text(text).author.speaker == kind


def test_a_release_with_no_issuer_named_is_still_read_as_a_companys():
    text = (
        "FOR IMMEDIATE RELEASE\n\nAn independent audit of our Johor glove plant found no forced "
        "labour, the company said today.\n\nMedia contact: press office.\n"
    )
    assert read_text(text).author.speaker == "company"


def test_about_in_running_text_is_not_a_boilerplate_heading():
    text = (
        "FOR IMMEDIATE RELEASE\n\nOur audit of the Johor plant found no forced labour.\n\n"
        "About the Delta Labour Monitor's claims, we can only say that we disagree.\n"
    )
    assert read_text(text).author.speaker == "company"


SUBMITTED = """Coastal fishers' union and processors agree fee repayment in Songkhla

Published 14-03-26

Submitted by Andaman Fishers' Union

The Andaman Fishers' Union today announced that three processors in Songkhla have repaid
recruitment fees to 640 migrant workers after the union's own interviews found that brokers had
charged them for their jobs.
"""


def test_a_submitted_by_line_names_the_issuer():
    assert read_text(SUBMITTED).author.speaker == "critic"


def test_a_city_only_dateline_and_today_name_the_issuer():
    text = (
        "Import ban lifted after remediation at a Sabah plantation\n\n"
        "WASHINGTON – The Border Trade Enforcement Agency today lifted its order against palm oil "
        "from Keningau Estates, after the company repaid recruitment fees to 1,200 workers and "
        "returned their passports.\n\n"
        "The agency said the evidence showed that the indicators of forced labour it had found "
        "in 2024 have been addressed.\n"
    )
    assert read_text(text).author.speaker == "official"


def test_a_city_only_dateline_with_a_past_tense_said_is_a_news_story_not_a_release():
    text = (
        "GENEVA – The Border Trade Enforcement Agency said on Tuesday that it had lifted its order "
        "against palm oil from Keningau Estates, officials told reporters.\n\n"
        "The company said it had repaid recruitment fees, according to a statement.\n"
    )
    assert read_text(text).author.speaker != "official"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # audit and certification firms whose names do not say what they do
        ("Bureau Veritas", "auditor"),
        ("SGS", "auditor"),
        ("Intertek", "auditor"),
        ("TÜV Rheinland", "auditor"),
        ("ELEVATE", "auditor"),
        ("Impactt", "auditor"),
        ("Verité", "auditor"),
        ("LRQA", "auditor"),
        ("QIMA", "auditor"),
        # NGOs and researchers
        ("Amnesty International", "critic"),
        ("Anti-Slavery International", "critic"),
        ("Global Witness", "critic"),
        ("Sheffield Hallam University", "critic"),
        # a public body is still one
        ("U.S. Customs and Border Protection", "official"),
    ],
)
def test_well_known_names_say_what_kind_of_body_they_are(name, kind):
    assert org_kind(name) == kind


def test_a_release_date_line_and_a_city_only_dateline_name_the_issuer():
    text = (
        "Agency modifies import order on Keningau Estates\n\n"
        "Release Date\nMon, 03/02/2026\n\n"
        "WASHINGTON — The Border Trade Enforcement Agency has modified its order against palm oil "
        "from Keningau Estates. Effective immediately, shipments may enter.\n\n"
        "The modification follows evidence that the company repaid recruitment fees to 1,200 "
        "workers and returned their passports.\n"
    )
    assert read_text(text).author.speaker == "official"


# What a public body's release says around its determination: a mission, a purpose and a proviso
# are none of them a finding or a clean result.
@pytest.mark.parametrize(
    "sentence",
    [
        "“Every day, our agency leads the fight to root out forced labour from supply chains,” "
        "said the agency's director.",
        "“Our ministry leads the fight against forced labour,” the minister said.",
        "This partnership plays a critical role in ensuring that goods entering the country are "
        "free of forced labour.",
        "Effective immediately, provided the goods are otherwise in compliance with the law, "
        "shipments from Keningau Estates may enter the country.",
    ],
)
def test_a_mission_a_purpose_or_a_proviso_is_no_claim_that_counts(sentence):
    release = "WASHINGTON – The Border Trade Enforcement Agency today said:\n\n"
    assert counting_kinds(release + sentence) == []


def test_a_finding_beside_a_mission_still_counts():
    assert counting_kinds(
        "The labour inspectors found forced labour at the Keningau mill, ending its licence."
    ) == ["adverse"]


@pytest.mark.parametrize(
    "headline",
    [
        "The Coastline Tea Standard and its partners: update on our work in Assam",
        "Coastline Tea Standard statement on our work in Assam",
        "Coastline Tea Standard responds to the report on Assam estates",
    ],
)
def test_a_headline_in_its_own_name_names_the_issuer(headline):
    text = (
        f"{headline}\n\nIn March we were told of complaints from workers on two certified estates. "
        "We have asked the certification bodies to review both certificates.\n"
    )
    assert read_text(text).author.speaker == "standard_owner"


def test_a_headline_about_someone_else_does_not():
    text = (
        "Workers at Assam estates: update on the union's campaign\n\nWe met the estate managers "
        "in March and asked for the wage records.\n"
    )
    assert read_text(text).author.speaker != "standard_owner"


@pytest.mark.parametrize("name", ["Tov Foods", "Verity Seafoods", "Somo Trading"])
def test_names_that_only_look_like_a_known_firm_say_nothing(name):
    assert org_kind(name) is None
