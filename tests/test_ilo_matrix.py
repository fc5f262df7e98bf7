"""The ILO matrix never contradicts the findings: over every bundled sample, a cell is covered only
when its own criteria are met, and a red-flag cell has a red-flag finding behind it."""

from __future__ import annotations

from pathlib import Path

import pytest

import auditcheck

SAMPLES = sorted(
    p
    for p in (Path(__file__).resolve().parents[1] / "sample_audits").glob("*.md")
    if p.name != "README.md"
)
# 'unknown' (not_assessable) is not in this set: the engine lets a cell with a met criterion and an
# unknown one count as covered (08-honest-decline has one); only a shown failure contradicts "covered".
UNMET = {"unmet", "red_flag", "partial", "error"}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_matrix_agrees_with_findings(path):
    report = auditcheck.evaluate(path)
    if report.ilo_matrix is None:
        pytest.skip("no ILO matrix for this pack")
    status = {f.criterion_id: f.status.value for f in report.findings}
    for cell in report.ilo_matrix.cells:
        mine = [status[c] for c in cell.criterion_ids if c in status]
        where = f"{cell.phase}/{cell.element}"
        if cell.status == "covered":
            assert mine and not UNMET & set(mine), (
                f"{where} covered while {dict(zip(cell.criterion_ids, mine))}"
            )
            assert "met" in mine, f"{where} covered with no criterion met"
        if cell.status == "red_flag":
            assert "red_flag" in mine, f"{where} red flag without a red-flag finding"
    assert report.ilo_matrix.covered == sum(c.status == "covered" for c in report.ilo_matrix.cells)
