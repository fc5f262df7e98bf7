"""Inline suppression in a draft: listed as suppressed with its reason, never dropped, end to end."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditcheck.cli import app
from auditcheck.suppress import SuppressionError, find_suppressions

SAMPLE = Path(__file__).resolve().parents[1] / "sample_audits" / "06-urumqi-plant-audit-summary.md"
COMMENT = "<!-- auditcheck: ignore INT-03, AW-04 reason: full report is in the data room -->\n"
runner = CliRunner()


def test_comments_are_read_with_line_and_reason():
    text = (
        "# T\n\n"
        + COMMENT
        + "<!--\n auditcheck: ignore SCO-02\n reason: agreed with the buyer -->\n"
    )
    found = find_suppressions(text, "d.md")
    assert [(s.criterion_id, s.line, s.reason) for s in found] == [
        ("INT-03", 3, "full report is in the data room"),
        ("AW-04", 3, "full report is in the data room"),
        ("SCO-02", 4, "agreed with the buyer"),
    ]
    assert find_suppressions("<!-- an ordinary comment -->", "d.md") == []


def test_a_suppression_needs_a_reason():
    with pytest.raises(SuppressionError, match="needs a reason"):
        find_suppressions("<!-- auditcheck: ignore INT-03 -->", "d.md")
    with pytest.raises(SuppressionError, match="d.md:1"):
        find_suppressions("<!-- auditcheck: skip everything -->", "d.md")


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(COMMENT + SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.mark.slow  # several seconds (every pack or every output format); CI runs the slow set too
def test_suppressed_findings_are_listed_in_every_format(draft):
    out = runner.invoke(app, ["score", str(draft), "--format", "json", "--no-config"])
    data = json.loads(out.stdout)
    assert [(s["criterion_id"], s["line"]) for s in data["suppressed"]] == [
        ("INT-03", 1),
        ("AW-04", 1),
    ]
    report = data["reports"][0]
    assert {"INT-03", "AW-04"} <= {
        f["criterion_id"] for f in report["findings"]
    }  # still in the report
    memo = runner.invoke(app, ["score", str(draft), "--format", "markdown", "--no-config"]).stdout
    section = memo.split("## Suppressed in the document (2)", 1)[1].split("\n## ", 1)[0]
    assert "INT-03" in section and "full report is in the data room" in section
    red = memo.split("## Red flags", 1)[1].split("\n## ", 1)[0]
    assert "**INT-03**" not in red and "**AW-04**" not in red
    text = runner.invoke(app, ["score", str(draft), "--no-config"]).stdout
    assert "suppressed in the document (2)" in text
    sarif = json.loads(
        runner.invoke(app, ["score", str(draft), "--format", "sarif", "--no-config"]).stdout
    )
    assert sorted(r["ruleId"] for r in sarif["runs"][0]["results"] if r.get("suppressions")) == [
        "AW-04",
        "INT-03",
    ]
    page = runner.invoke(app, ["score", str(draft), "--format", "html", "--no-config"]).stdout
    assert re.search(r'<section id="suppressed">.*INT-03', page, re.DOTALL)


def test_suppression_does_not_change_the_score_and_unknown_ids_warn(draft, tmp_path):
    plain = json.loads(
        runner.invoke(app, ["score", str(SAMPLE), "-f", "json", "--no-config"]).stdout
    )
    marked = json.loads(
        runner.invoke(app, ["score", str(draft), "-f", "json", "--no-config"]).stdout
    )
    assert plain["reports"][0]["score"] == marked["reports"][0]["score"]
    typo = tmp_path / "typo.md"
    typo.write_text(
        "<!-- auditcheck: ignore INT-99 reason: typo -->\n" + SAMPLE.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["score", str(typo), "--no-config"])
    assert "suppression names INT-99" in result.stderr


def test_a_suppressed_audit_washing_pattern_does_not_fail_the_build(tmp_path):
    report = json.loads(
        runner.invoke(app, ["score", str(SAMPLE), "-f", "json", "--no-config"]).stdout
    )["reports"][0]
    ids = sorted({c for p in report["audit_washing"]["patterns"] for c in p["criterion_ids"]})
    path = tmp_path / "accepted.md"
    path.write_text(
        f"<!-- auditcheck: ignore {', '.join(ids)} reason: reviewed by counsel -->\n"
        + SAMPLE.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    assert (
        runner.invoke(app, ["score", str(path), "--fail-on-audit-washing", "--no-config"]).exit_code
        == 0
    )
    assert (
        runner.invoke(
            app, ["score", str(SAMPLE), "--fail-on-audit-washing", "--no-config"]
        ).exit_code
        == 1
    )
