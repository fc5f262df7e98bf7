"""SARIF and GitHub annotations: valid against the official SARIF 2.1.0 schema, one result per finding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import auditcheck
from auditcheck.render import render
from auditcheck.render.github import escape_data, escape_property
from auditcheck.render.options import RenderOptions, Suppression
from auditcheck.render.sarif import artifact_uri, render_many

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads(
    (ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)
URUMQI = ROOT / "sample_audits" / "06-urumqi-plant-audit-summary.md"
THOROUGH = ROOT / "sample_audits" / "01-thorough-forced-labour-assessment.md"


@pytest.fixture(scope="module")
def reports():
    return [auditcheck.evaluate(URUMQI), auditcheck.evaluate(THOROUGH)]


def _validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_sarif_validates_and_has_one_result_per_finding(reports):
    report = reports[0]
    log = json.loads(render(report, "sarif"))
    _validate(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert len(run["results"]) == len(report.findings)
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    red = [r for r in run["results"] if r["properties"]["status"] == "red_flag"]
    assert red and all(r["level"] == "error" and r["kind"] == "fail" for r in red)
    located = red[0]["locations"][0]["physicalLocation"]["region"]
    text = URUMQI.read_text(encoding="utf-8")
    assert (
        text[located["charOffset"] : located["charOffset"] + located["charLength"]]
        == located["snippet"]["text"]
    )
    met = [r for r in run["results"] if r["properties"]["status"] == "met"]
    assert all(r["kind"] == "pass" and r["level"] == "none" for r in met)
    assert run["artifacts"][0]["properties"]["verdict"] == report.verdict.value


def test_sarif_for_several_reports_and_a_suppression_validates(reports):
    sup = Suppression(
        path=reports[0].document.path, criterion_id="INT-03", reason="accepted by the buyer", line=3
    )
    log = json.loads(render_many(reports, (sup,)))
    _validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == sum(len(r.findings) for r in reports)
    suppressed = [r for r in results if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["INT-03"]
    assert suppressed[0]["suppressions"][0]["justification"] == "accepted by the buyer"


def test_artifact_uris_are_uri_references():
    assert artifact_uri("docs/a b.md") == "docs/a%20b.md"
    assert artifact_uri("/tmp/x#1.md") == "file:///tmp/x%231.md"


def test_github_annotations_escape_and_locate(reports):
    out = render(reports[0], "github")
    lines = out.splitlines()
    assert lines[0].startswith("::notice file=") and "not credible" in lines[0]
    errors = [line for line in lines if line.startswith("::error ")]
    assert errors and all(",line=" in line and ",title=" in line for line in errors)
    assert all("\n" not in line for line in lines)
    quiet = render(reports[0], "github", options=RenderOptions(detail="quiet"))
    assert not [line for line in quiet.splitlines() if line.startswith("::warning")]
    assert escape_data("50%\nnext") == "50%25%0Anext"
    assert escape_property("a:b,c") == "a%3Ab%2Cc"
