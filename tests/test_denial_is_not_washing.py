"""Audit-washing needs an audit: a company's bare denial set against an assessor's findings is
not audit-washing, however wrong; the same denial resting on an audit it cites is (invented wire
stories; labels written before the code)."""

from __future__ import annotations

from conftest import score_text

DENIAL = """# Berry grower disputes assessment that found recruitment debts

**HUELVA, May 4 (Iberian Wire)** — An assessment of a berry farm near Huelva, commissioned by a
Dutch retailer, found that Moroccan pickers owed recruitment debts and that their passports were
held by the farm's office, according to a summary of the findings seen by Iberian Wire.

The summary lists "retention of identity documents" and "debts deducted from wages" among four
indicators the assessors found.

Fresas del Condado said in a statement that it rejected the findings, that passports were kept
in the office at the pickers' own request, and that every loan was voluntary.
"""

CITED = DENIAL.replace(
    "Fresas del Condado said in a statement that it rejected the findings,",
    "Fresas del Condado said in a statement that its own social audit in March had found no forced\n"
    "labour at the farm. It also rejected the findings,",
)


def test_a_bare_denial_against_the_findings_is_not_audit_washing():
    assert score_text(DENIAL).audit_washing.detected is False


def test_the_same_denial_resting_on_an_audit_is():
    assert CITED != DENIAL
    assert score_text(CITED).audit_washing.detected is True
