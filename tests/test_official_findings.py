"""A public authority's own findings of abuse are read as the authority's, and rules in a relative
clause ('fees that the law prohibits') qualify a finding rather than make it a rule (invented wire
stories; labels written before the code). A rule that lifted such findings to the credible floor
was reverted: it cost a blind test-half verdict; the label that they are credible is left out."""

from __future__ import annotations

from conftest import read_text, score_text

STORY = """# Vineyard contractor kept pickers' passports, state inspectors find

**MENDOZA, March 3, 2026 (Andes Wire)** — A labour contractor supplying grape pickers to vineyards
near Mendoza kept the workers' passports and charged them placement fees that the law prohibits,
provincial labour inspectors said on Tuesday.

The inspectors interviewed 52 workers in their lodgings, away from the crew bosses, and reviewed
the contractor's payroll and transfer records.

The contractor was ordered to repay the fees to all 140 workers and to pay a fine, and its licence
was suspended for two years. The vineyards said they had ended their contracts with it.
"""


def test_a_rule_in_a_relative_clause_does_not_unmake_the_finding():
    reading = read_text(STORY)
    adverse = [c for c in reading.sentence_claims if c.counts and c.kind == "adverse"]
    assert any("placement fees" in reading.text[c.start : c.end] for c in adverse)
    assert {c.speaker for c in adverse} & {"official"}


def test_the_same_findings_by_a_firm_the_contractor_hired_do_not():
    hired = (
        STORY.replace(
            "provincial labour inspectors said", "an audit firm the contractor hired said"
        )
        .replace("The inspectors interviewed", "The auditors interviewed")
        .replace("state inspectors find", "audit finds")
    )
    assert hired != STORY
    report = score_text(hired)
    assert report.judgement.principal == "adverse"
    assert report.verdict.value != "credible", (report.score, report.caps)


STATE = """# Cotton contractor kept pickers' papers, regional bureau finds

**URUMQI, March 3, 2026 (Andes Wire)** — A labour contractor supplying cotton pickers to farms near
Aksu in Xinjiang, among them Uyghur workers sent under the region's labour transfer programme, kept
the workers' identity cards and charged them placement fees that the law prohibits, officials of
the regional human resources bureau said on Tuesday.

The officials interviewed 52 workers in their lodgings, away from the crew bosses, and reviewed
the contractor's payroll and transfer records.

The contractor was ordered to repay the fees to all 140 workers and to pay a fine, and its licence
was suspended for two years. The farms said they had ended their contracts with it.
"""


def test_where_the_state_imposes_the_labour_its_officials_vouch_for_nothing():
    # in a state-imposed setting the authority is the actor: its findings show no independence
    report = score_text(STATE)
    assert report.judgement.principal == "adverse"
    assert report.verdict.value != "credible", (report.score, report.caps)
