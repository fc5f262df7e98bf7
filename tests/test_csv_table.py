"""The batch CSV: readable columns, failure messages, the same shape for errors, no formula injection."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import auditcheck
from auditcheck.render.csv import COLUMN_TITLES, COLUMNS, cell, csv_text, error_row, report_row

URUMQI = Path(__file__).resolve().parents[1] / "sample_audits" / "06-urumqi-plant-audit-summary.md"


def test_columns_a_spreadsheet_user_understands():
    report = auditcheck.evaluate(URUMQI)
    row = report_row(report.model_dump(mode="json"), html="pages/u.html")
    table = list(
        csv.DictReader(io.StringIO(csv_text([row, error_row("README.md", "=cmd|' /C calc'!A0")])))
    )
    first, err = table
    assert first["Title"] == report.document.title
    assert first["Verdict"] == "not credible"
    assert (
        first["Score"] == f"{report.score:g}"
        and first["Score before caps"] == f"{report.uncapped_score:g}"
    )
    assert first["Red flags"] == str(sum(f.status.value == "red_flag" for f in report.findings))
    assert first["Audit-washing patterns"].startswith("AW-01")
    assert first["HTML report"] == "pages/u.html"
    assert first["Reference data of"] == report.context.reference_date
    assert first["auditcheck version"] == report.tool.version
    assert first["Claim the verdict is about"] == "clean result"
    # the failure message, not the criterion's positively worded title
    top = first["Top unmet criteria (what is missing)"]
    red = next(f for f in report.findings if f.status.value == "red_flag")
    assert top.startswith(f"{red.criterion_id}: ") and red.title not in top
    assert "Not found in the text" not in top
    # errors: the same columns, the error in its own column, defused
    assert set(err) == set(first)
    assert err["Error"].startswith("'=")
    assert [COLUMN_TITLES[c] for c in COLUMNS] == list(first)[: len(COLUMNS)]


def test_cells_are_defused():
    assert cell("=1+1") == "'=1+1"
    assert cell("+44 20") == "'+44 20"
    assert cell("@SUM(A1)") == "'@SUM(A1)"
    assert cell("-2") == "'-2"
    assert cell(-2) == "-2"  # a number stays a number
    assert cell("plain") == "plain" and cell(None) == ""
