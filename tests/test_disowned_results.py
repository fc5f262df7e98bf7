"""A company that reports its auditor's clean result only to say it cannot rely on it, and an
inspectorate that sets its own findings beside the clean records of buyers' audits. Invented
texts; the expected readings were written before the code."""

from __future__ import annotations

import pytest
from conftest import counting_kinds, read_text, score_text

EXIT = """# Halvard Motors AG: statement on our supplier in Hami

Stuttgart, 4 March 2026

Halvard Motors AG buys wiring harnesses from a plant in Hami, in the Xinjiang Uyghur Autonomous
Region. Investors have asked us whether forced labour can be ruled out there.

Last year we asked an audit firm to review employment at the plant. The firm checked contracts
and payroll records and interviewed workers on site. It reported to us that it found no
violations of labour law among the current workforce.

We have weighed this result, and we do not regard it as an answer to the question we were asked.
Workers in the region can be placed in jobs through state transfer programmes, and interviews on
site cannot be confidential there. The audit result tells us what the records show; it does not
tell us that forced labour is absent.

The Management Board has decided to end purchases from the plant by the end of 2026.
"""


def test_a_result_reported_to_us_and_then_not_taken_as_an_answer_is_disputed():
    clean = [c for c in read_text(EXIT).sentence_claims if c.kind == "clean"]
    assert not [c for c in clean if c.counts]


@pytest.mark.xfail(
    strict=True,
    reason="a decision to end purchases whose reason stands only in the sentences before it is "
    "not read as a decline (a decline is read sentence by sentence)",
)
def test_a_company_that_disowns_its_auditors_clean_result_and_exits_declines():
    report = score_text(EXIT, "exit.md")
    assert (report.judgement.principal, report.audit_washing.detected) == ("decline", False)
    assert report.verdict.value == "credible"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The audit result does not tell us that forced labour is absent.", []),
        ("A review of documents cannot establish that forced labour is absent.", []),
        ("The audit found no forced labour at the plant.", ["clean"]),
    ],
)
def test_what_a_result_does_not_show_is_no_clean_claim(sentence, kinds):
    assert counting_kinds("Halvard Motors AG\n\n" + sentence) == kinds


INSPECTORATE = """**Labour Inspectorate — Inspection Note 2026/03**

# Unannounced inspections of packing houses in Almería, January 2026

## What we found

- At 6 of the 9 packing houses, workers were paid below the legal minimum wage.
- At 2 packing houses, a labour contractor held the passports of eleven workers.

Inspectors interviewed 84 workers in Spanish, Arabic and Romanian, away from the packing lines.

## What happens next

We have issued notices requiring payment of arrears to 140 workers and referred the passport
cases to the police. We will return to all 9 packing houses within six months.

## Buyer audits

Three packing houses showed inspectors social audit certificates from the past year. None of
those audits had recorded underpayment.
"""


def test_an_inspectorates_own_findings_are_its_conclusion_beside_the_audits_clean_records():
    report = score_text(INSPECTORATE, "note.md")
    assert (report.judgement.author, report.judgement.principal) == ("official", "adverse")
    assert report.verdict.value == "credible"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("We will end our sourcing from the region.", ["decline"]),
        ("At the end of the audit the team met the managers.", []),
    ],
)
def test_end_as_a_verb_of_withdrawal_not_as_a_noun(sentence, kinds):
    assert counting_kinds("Halvard Motors AG\n\n" + sentence) == kinds
