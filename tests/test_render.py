"""Markdown memo and text output: summary first, each quote once, complete and inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import auditcheck
from auditcheck.document import document_from_text
from auditcheck.models import Evidence
from auditcheck.render import FORMATS, render
from auditcheck.render.options import RenderOptions
from auditcheck.render.summary import summarise

TEXT = """# Statement on the audit of the plant in Urumqi

An independent audit of our plant in Urumqi found no indication of forced labour. The audit was
carried out by two lawyers from a law firm in Shenzhen. <script>alert(1)</script> [click](javascript:alert(1))
"""
SAMPLES = Path(__file__).resolve().parents[1] / "sample_audits"
URUMQI = SAMPLES / "06-urumqi-plant-audit-summary.md"


def _report():
    return auditcheck.evaluate(document_from_text(TEXT, path="statement.md"))


@pytest.fixture(scope="module")
def urumqi():
    return auditcheck.evaluate(URUMQI)


def test_memo_opens_with_verdict_about_claims_coverage_and_reasons():
    memo = render(_report(), "markdown")
    head = memo.split("\n## Red flags", 1)[0]
    assert "**Verdict: not credible**" in head
    assert "**What the verdict is about:**" in head
    assert "**Claims found:**" in head and "clean result" in head
    assert "**Coverage:**" in head
    assert "## Why this verdict" in head
    assert "(line 3)" in head  # the claim's quote is located
    assert "## ILO forced-labour matrix" in memo
    assert "## Not shown or unknown" in memo or "## Partly shown" in memo


def test_memo_escapes_html_and_links_from_the_document():
    from markdown_it import MarkdownIt

    memo = render(_report(), "markdown")
    html = MarkdownIt("commonmark").render(memo)  # what a Markdown viewer would make of it
    assert "<script" not in html
    assert 'href="javascript' not in html


def test_urumqi_memo_is_short_and_prints_each_quote_once(urumqi):
    memo = render(urumqi, "markdown")
    assert len(memo.split()) < 1500
    labels = re.findall(r"\[(Q\d+)\] “", memo)
    assert labels and len(labels) == len(set(labels)), "a quote is printed twice"
    for ref in set(re.findall(r"see (Q\d+)", memo)):
        assert ref in labels, f"{ref} is referred to but never printed"
    # the not-found boilerplate is said once, not once per finding
    assert memo.count("Not found in the text") == 1
    # the deciding reasons come before the details, caps first
    assert (
        memo.index("## Why this verdict") < memo.index("## Red flags") < memo.index("## Not shown")
    )
    why = memo.split("## Why this verdict", 1)[1].split("\n## ", 1)[0]
    items = re.findall(r"^\d+\. (.*)$", why, flags=re.MULTILINE)
    assert 3 <= len(items) <= 5 and items[0].startswith("cap ")


def test_quiet_is_summary_and_red_flags_verbose_is_everything(urumqi):
    quiet = render(urumqi, "markdown", detail="quiet")
    normal = render(urumqi, "markdown")
    verbose = render(urumqi, "markdown", detail="verbose")
    assert len(quiet) < len(normal) < len(verbose)
    assert "## Red flags" in quiet and "## Not shown" not in quiet
    assert "## What the document does show" in verbose


def test_every_format_opens_with_the_summary(urumqi):
    for fmt in ("text", "markdown", "html"):
        out = render(urumqi, fmt)
        assert "not credible" in out.lower()
        # the terminal format wraps long lines: compare with the whitespace folded
        shown = " ".join(out.replace("&#39;", "'").split())
        assert " ".join(urumqi.judgement.about.split()) in shown


def test_model_evidence_is_labelled_with_its_probability(urumqi):
    f = next(f for f in urumqi.findings if f.status.value == "partial" and f.evidence)
    ev = f.evidence[0].model_copy(update={"source": "classifier", "score": 0.83})
    report = urumqi.model_copy(
        update={
            "findings": [
                f.model_copy(update={"evidence": [ev]}) if x is f else x for x in urumqi.findings
            ]
        }
    )
    for fmt in ("text", "markdown", "html", "github"):
        out = render(report, fmt, detail="verbose")
        assert "model evidence, p=0.83" in out, fmt


def test_summary_reasons_are_capped_and_located(urumqi):
    s = summarise(urumqi)
    assert 3 <= len(s.reasons) <= 5
    assert [r.kind for r in s.reasons][: len(urumqi.caps)] == ["cap"] * len(urumqi.caps)
    assert all(isinstance(r.quote.evidence, Evidence) for r in s.reasons if r.quote)
    title = urumqi.document.title
    assert all(r.quote.evidence.quote.strip() != title for r in s.reasons if r.quote), (
        "the title is no evidence"
    )


def test_registry_has_one_protocol():
    assert {"text", "json", "markdown", "html", "sarif", "github"} <= set(FORMATS)
    report = _report()
    for fmt in FORMATS:
        assert render(report, fmt) == render(report, fmt, options=RenderOptions())


def test_text_output_leads_with_verdict_and_fits_a_terminal(urumqi):
    out = render(_report(), "text", color=False)
    assert out.splitlines()[0].startswith("statement.md: NOT CREDIBLE")
    long = render(urumqi, "text")
    assert max(len(line) for line in long.splitlines()) <= 120
    assert len(long.splitlines()) <= 140  # was 288 lines before the summary-first layout


def test_json_is_one_documented_shape_with_summary_and_error_records(urumqi):
    import json

    from auditcheck.render.json import ErrorRecord, Output, render_many

    one = json.loads(render(urumqi, "json"))
    many = json.loads(
        render_many(
            [urumqi, urumqi],
            [ErrorRecord(path="x.pdf", error="x.pdf: corrupt", kind="DocumentError")],
        )
    )
    for data in (one, many):
        assert list(data) == [
            "schema_version",
            "tool",
            "summary",
            "reports",
            "suppressed",
            "errors",
        ]
        Output.model_validate(data)  # the schema printed by 'auditcheck schema --envelope'
        assert len(data["summary"]) == len(data["reports"])
    assert many["errors"] == [{"path": "x.pdf", "error": "x.pdf: corrupt", "kind": "DocumentError"}]
    summary = one["summary"][0]
    assert summary["about"] == urumqi.judgement.about and summary["reasons"][0]["kind"] == "cap"
    assert summary["reasons"][0]["quote"]["quote"] in URUMQI.read_text(encoding="utf-8")


def test_case_timeline_and_contradictions_in_text_markdown_and_html():
    from auditcheck.case import evaluate_case

    report = evaluate_case([SAMPLES / "cases" / "plant-audit-retold"])
    contradictions = report.case["contradictions"]
    assert contradictions
    first = contradictions[0]
    for fmt in ("text", "markdown", "html"):
        out = render(report, fmt)
        assert report.case["title"] in out.replace("&#39;", "'"), fmt
        assert first["earlier"]["file"] in out and first["later"]["file"] in out, fmt
    text = render(report, "text")
    assert f"{first['earlier']['file']}:{first['earlier']['line']}" in text


def test_renderers_import_nothing_from_the_engine():
    """A renderer takes a Report and options only: no engine, facts, scoring, matcher or checks."""
    import ast

    forbidden = {
        "engine",
        "facts",
        "scoring",
        "matcher",
        "checks",
        "claims",
        "criteria",
        "api",
        "context",
    }
    folder = Path(__file__).resolve().parents[1] / "auditcheck" / "render"
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module:
                assert node.module.split(".")[0] not in forbidden, (
                    f"{path.name} imports ..{node.module}"
                )


def test_indented_json_is_json_dumps_byte_for_byte():
    """The JSON output is written by pydantic-core (fast), and must equal json.dumps with
    indent=2 and ensure_ascii=False on every value, small floats included (written again by
    json.dumps), on control characters, non-BMP text, empty containers and a lone surrogate."""
    import json
    import random

    from auditcheck.render.json_text import dumps_indented

    rng = random.Random(11)
    values = [
        {"a": [], "b": {}, "c": [[]], "d": [{}], "e": None, "f": True, "g": False},
        ['\x00\x01\x1f\x7f\u2028\u2029\ue000\U0001f600 "\\/\t\n\r\b\f', "\ud800"],
        [0.0, -0.0, 1.0, 0.1, 1e-4, 9.9e-5, 1e-5, 1e-7, 5e-324, 1e15, 1e16, 1e300, 2**70],
        [float("nan"), float("inf"), -float("inf"), 0.30000000000000004],
        {"text": "version 0.00001 and 2e-3 in prose", "key\n": 1},
    ]
    for _ in range(300):
        s = "".join(
            chr(
                rng.choice(
                    [rng.randint(0, 0x7F), rng.randint(0, 0xD7FF), rng.randint(0x10000, 0x10FFFF)]
                )
            )
            for _ in range(rng.randint(0, 10))
        )
        values.append({s: [s, rng.random() * 10 ** rng.randint(-8, 17), -rng.randint(0, 10**6)]})
    for value in values:
        assert dumps_indented(value) == json.dumps(value, indent=2, ensure_ascii=False)
