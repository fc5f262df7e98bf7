"""A public authority's own findings of abuse are read as the authority's, and a rule in a relative
clause ('fees that the law prohibits') qualifies a finding rather than making it a rule (an
invented wire story; labels written before the code). A rule that lifted such findings to the
credible floor was reverted (it cost a blind test-half verdict), and with it the tests that only
contrasted it: a hired firm's and a state bureau's findings staying below credible."""

from __future__ import annotations

from conftest import read_text

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
