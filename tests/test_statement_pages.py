"""Readings from company and assessor pages: a denial that the abuse reported touches one's own
supply chain, a rebuttal of allegations, a page titled as a statement, an assessor telling of
its own acts by name, and papers the assessor checked. Invented texts; expected readings written
before the code."""

from __future__ import annotations

import pytest
from conftest import counting_kinds, read_text, score_text


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The press reports have not revealed any link to our own suppliers.", ["clean"]),
        ("The audit found no link to its suppliers.", ["clean"]),
        ("We have not established any connection with our suppliers yet.", []),
        (
            "On their visit the auditors found no evidence substantiating the workers' "
            "allegations.",
            ["clean"],
        ),
        ("We found no evidence to support the allegations of forced labour.", ["clean"]),
        ("We found no evidence to support the allegations of bribery.", []),
    ],
)
def test_denials_of_connection_and_rebuttals_of_allegations(sentence, kinds):
    assert counting_kinds(sentence) == kinds


def test_a_rebuttal_of_allegations_answers_them_as_a_whole():
    reading = read_text(
        "A labour rights group released a report citing serious violations at the Samut Sakhon "
        "plant. The certifier then sent two auditors, who found no evidence substantiating those "
        "allegations, and the plant keeps its certificate."
    )
    clean = [c for c in reading.sentence_claims if c.kind == "clean" and c.counts]
    assert [c.global_scope for c in clean] == [True]


STATEMENT = """California Transparency in Supply Chains Act

So that our suppliers respect our standards, our contracts require suppliers to comply
with the laws on forced labour. Suppliers must self-certify that their materials comply with
those laws. Country risk data tells us which suppliers fill in a questionnaire and which we
audit.
"""


def test_a_page_titled_as_a_statement_is_the_statement_and_its_silence_counts():
    report = score_text(STATEMENT, "disclosure.md", pack="company-statement")
    silent = [f for f in report.findings if f.status.value == "unmet" and not f.evidence]
    assert silent  # what the statement leaves out is missing from it, not unknown


def test_a_headline_about_a_statement_does_not_make_the_story_a_statement():
    story = STATEMENT.replace(
        "California Transparency in Supply Chains Act",
        "Retailer's Modern Slavery Statement Falls Short, Campaigners Say",
    )
    report = score_text(story, "story.md", pack="company-statement")
    assert not [f for f in report.findings if f.status.value == "unmet" and not f.evidence]


CASE_STUDY = """In 2025, a group of buyers commissioned Impactt to investigate forced labour at two
spinning mills in Dindigul.

Impactt undertook an unannounced visit and interviewed 80 workers away from the mills.

As a result of the investigation, Impactt found retained identity documents and recruitment
fees paid to agents.
"""


def test_an_assessor_telling_of_its_own_acts_by_name_is_their_author():
    reading = read_text(CASE_STUDY)
    assert reading.author.speaker == "auditor"
    adverse = [c for c in reading.sentence_claims if c.kind == "adverse" and c.counts]
    assert [(c.speaker, c.modality) for c in adverse] == [("auditor", "asserted")]


def test_a_story_that_says_who_said_so_is_not_the_assessors_own():
    story = CASE_STUDY.replace("As a result", "A spokesperson said that, as a result")
    assert read_text(story).author.speaker != "auditor"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The certification rested entirely on records supplied by the factory.", ["failure"]),
        (
            "The report rests on figures supplied by the company, which have been independently "
            "audited for accuracy.",
            [],
        ),
    ],
)
def test_papers_the_assessor_checked_are_evidence_not_a_lesser_method(sentence, kinds):
    assert counting_kinds("A rights group's account of the certification.\n\n" + sentence) == kinds


REFUTED = """KUALA LUMPUR: Keningau Plantations Bhd has refuted a media report titled "Buyers drop
Malaysian planters after forced labour allegations".

In a statement today, the group said it had looked into the claims. "We have reviewed our
estates. Our review has not found any systemic issues on them," it said.
"""


def test_no_systemic_issues_in_answer_to_forced_labour_allegations_is_an_absence_claim():
    # it says there is no forced labour, so the absence claim's own flag (AW-01) applies to it
    report = score_text(REFUTED, "refuted.md")
    assert report.judgement.principal == "clean"
    assert "AW-01" in [p.id for p in report.audit_washing.patterns]


def test_no_systemic_issues_with_no_allegation_in_sight_is_not_an_absence_claim():
    quiet = REFUTED.replace(
        'has refuted a media report titled "Buyers drop\nMalaysian planters after forced labour '
        'allegations"',
        "has published its annual report",
    )
    assert quiet != REFUTED
    report = score_text(quiet, "quiet.md")
    assert not report.audit_washing.detected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # how far a method can be trusted, said of audits in general: no finding of anything
        ("We recognise that social audits do not reliably detect forced labour.", []),
        ("We know that audits do not necessarily uncover forced labour.", []),
        ("The audit did not detect forced labour at the plant.", ["clean"]),
    ],
)
def test_what_audits_cannot_be_trusted_to_find_is_no_clean_result(sentence, kinds):
    assert counting_kinds("Kestrel Retail Pty Ltd\n\n" + sentence) == kinds
