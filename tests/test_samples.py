"""Golden tests: the bundled samples against what a careful expert concludes (sample_audits/expected.yaml).

Each expectation is its own test, so a failure says which judgement the tool got wrong for which
sample. The expectations are the calibration target: when a test here fails, fix the criteria
or the engine, not expected.yaml (unless the expert reading itself was wrong).

A JSON snapshot of each report can be kept under tests/golden/; it is compared when present and
written when AUDITCHECK_UPDATE_GOLDEN=1, so that behaviour changes show up as reviewed diffs.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
from functools import lru_cache
from pathlib import Path

import pytest

pytestmark = pytest.mark.golden
import yaml

import auditcheck
from auditcheck.models import Evidence, Report

from conftest import REPO, SAMPLES

GOLDEN = REPO / "tests" / "golden"
EXPECTED: dict[str, dict] = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))[
    "samples"
]
NAMES = sorted(EXPECTED)
PDF_NAMES = [n for n in NAMES if n.endswith(".pdf")]
UPDATE = os.environ.get("AUDITCHECK_UPDATE_GOLDEN") == "1"


_REPORTS: dict[str, Report | auditcheck.AuditcheckError] = {}


def report_for(name: str) -> Report:
    """Evaluate each sample once per session; an error is remembered too, so it costs one run."""
    if name not in _REPORTS:
        try:
            _REPORTS[name] = auditcheck.evaluate(SAMPLES / name)
        except auditcheck.AuditcheckError as exc:
            _REPORTS[name] = exc
    result = _REPORTS[name]
    if isinstance(result, Exception):
        raise result
    return result


@lru_cache(maxsize=None)
def document_for(name: str) -> auditcheck.Document:
    return auditcheck.load_document(SAMPLES / name)


def all_evidence(report: Report) -> list[tuple[str, Evidence]]:
    """Every quoted span in a report, labelled with where in the report it sits."""
    out: list[tuple[str, Evidence]] = []
    for f in report.findings:
        out += [(f"finding {f.criterion_id}", e) for e in f.evidence]
    for p in report.audit_washing.patterns:
        out += [(f"audit-washing {p.id}", e) for e in p.evidence]
    for fact in report.facts:
        out += [(f"fact {fact.name}", e) for e in fact.evidence]
    for m in report.context.matches:
        out += [(f"context {m.place}", e) for e in m.evidence]
    if report.ilo_matrix is not None:
        for c in report.ilo_matrix.cells:
            out += [(f"ilo {c.phase}/{c.element}", e) for e in c.evidence]
    return out


def _summary(report: Report) -> str:
    """A short account of what drove the result, for failure messages."""
    flagged = [
        f"{f.criterion_id}={f.status.value}"
        for f in report.findings
        if f.status.value in ("red_flag", "unmet")
    ]
    aw = [p.id for p in report.audit_washing.patterns]
    return (
        f"score {report.score} ({report.verdict_reason}); audit-washing {aw}; "
        f"context {report.context.risk}; pack {report.pack.id}; unmet/red flags {flagged[:15]}"
    )


# --- the sample set itself ---------------------------------------------------------------


def test_every_sample_has_expectations_and_every_expectation_a_sample():
    # Numbered files are the golden samples; unnumbered files and sub-folders are fixtures of
    # other features (case files, clone detection) and carry their own tests.
    on_disk = {
        p.name
        for p in SAMPLES.iterdir()
        if p.suffix in (".md", ".pdf") and re.match(r"\d\d-", p.name)
    }
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith(".md")])
def test_markdown_sample_is_full_length_and_marked_synthetic(name):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    words = len(text.split())
    assert 600 <= words <= 2500, f"{name}: {words} words"
    assert re.search(r"synthetic sample", text, re.IGNORECASE)


def test_expectations_use_known_values():
    for name, exp in EXPECTED.items():
        assert exp["verdict"] in {v.value for v in auditcheck.Verdict}, name
        assert isinstance(exp["audit_washing"], bool), name
        assert exp["risk"] in {"high", "elevated", "standard", "unknown"}, name
        assert exp["pack"] in {"social-audit", "company-statement"}, name
        if exp.get("audit_washing_patterns"):
            assert exp["audit_washing"], f"{name}: patterns expected but audit_washing is false"


def test_samples_cover_every_verdict_and_risk():
    assert {e["verdict"] for e in EXPECTED.values()} == {
        "credible",
        "partially_credible",
        "not_credible",
    }
    assert {e["risk"] for e in EXPECTED.values()} == {"high", "elevated", "standard", "unknown"}
    assert {e["pack"] for e in EXPECTED.values()} == {"social-audit", "company-statement"}


# --- the tool against the expert ---------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_verdict(name):
    report = report_for(name)
    assert report.verdict.value == EXPECTED[name]["verdict"], _summary(report)


@pytest.mark.parametrize("name", NAMES)
def test_audit_washing_detected(name):
    report = report_for(name)
    assert report.audit_washing.detected is EXPECTED[name]["audit_washing"], _summary(report)


@pytest.mark.parametrize("name", [n for n in NAMES if EXPECTED[n].get("audit_washing_patterns")])
def test_audit_washing_patterns(name):
    report = report_for(name)
    found = {p.id for p in report.audit_washing.patterns}
    missing = set(EXPECTED[name]["audit_washing_patterns"]) - found
    assert not missing, f"missing {sorted(missing)}; " + _summary(report)


@pytest.mark.parametrize("name", NAMES)
def test_context_risk(name):
    report = report_for(name)
    assert report.context.risk == EXPECTED[name]["risk"], report.context.explanation


@pytest.mark.parametrize("name", NAMES)
def test_pack(name):
    report = report_for(name)
    assert report.pack.id == EXPECTED[name]["pack"], (
        f"{report.pack.reason}; role {report.document.role_reason}"
    )


@pytest.mark.parametrize(
    ("name", "criterion"),
    [(n, cid) for n in NAMES for cid in sorted(EXPECTED[n].get("findings") or {})],
)
def test_criterion_status(name, criterion):
    report = report_for(name)
    by_id = {f.criterion_id: f for f in report.findings}
    assert criterion in by_id, (
        f"{criterion} was not evaluated (pack {report.pack.id}, overlays {report.pack.overlays})"
    )
    finding = by_id[criterion]
    accepted = EXPECTED[name]["findings"][criterion]
    assert finding.status.value in accepted, (
        f"{criterion} is {finding.status.value}: {finding.message}"
    )


# --- invariants --------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_every_quote_is_its_source_slice(name):
    report = report_for(name)
    text = document_for(name).text
    items = all_evidence(report)
    assert items, "a report on a full-length document quotes nothing"
    for where, ev in items:
        assert text[ev.start : ev.end] == ev.quote, f"{where}: {ev.quote!r} at {ev.start}:{ev.end}"


@pytest.mark.parametrize("name", PDF_NAMES)
def test_pdf_evidence_has_pages_beyond_the_first(name):
    report = report_for(name)
    assert report.document.pages and report.document.pages > 1
    pages = [ev.page for _, ev in all_evidence(report)]
    assert pages and all(p is not None for p in pages), "evidence from a PDF without a page number"
    assert max(pages) > 1
    assert all(1 <= p <= report.document.pages for p in pages)


@pytest.mark.skipif(
    importlib.util.find_spec("fpdf") is None, reason="fpdf2 (test extra) not installed"
)
def test_committed_pdfs_are_what_make_pdfs_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_pdfs", SAMPLES / "make_pdfs.py")
    make_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_pdfs)
    fonts = make_pdfs.find_font()
    for md_name in make_pdfs.PDF_SAMPLES:
        committed = (SAMPLES / md_name).with_suffix(".pdf").read_bytes()
        if f"fpdf2 {make_pdfs.FPDF_VERSION}".encode() not in committed:
            pytest.skip(
                f"committed PDFs were made with another fpdf2 release than {make_pdfs.FPDF_VERSION}"
            )
        font_name = Path(fonts[0]).stem.encode() if fonts else b"Helvetica"
        if font_name not in committed:
            pytest.skip(
                f"committed PDFs were made with another font than this machine offers ({font_name!r})"
            )
        out = tmp_path / Path(md_name).with_suffix(".pdf").name
        make_pdfs.render(SAMPLES / md_name, out, fonts)
        assert out.read_bytes() == committed, (
            f"{md_name}: regenerate with python sample_audits/make_pdfs.py"
        )


# --- snapshots ---------------------------------------------------------------------------

_VOLATILE_TOP = {"tool"}


def snapshot(report: Report) -> dict:
    """The report as JSON, without what changes between machines or releases."""
    data = json.loads(report.model_dump_json())
    for key in _VOLATILE_TOP:
        data.pop(key, None)
    data["document"]["path"] = Path(data["document"]["path"]).name
    return _relativise(data)


def _relativise(node):
    if isinstance(node, dict):
        return {
            k: (_relativise(v) if k != "path" or not isinstance(v, str) else Path(v).name)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_relativise(v) for v in node]
    if isinstance(node, str) and str(REPO) in node:
        return node.replace(str(REPO) + os.sep, "")
    return node


# PDF reports are left out: their text comes from PDFium, whose extraction may change between
# pypdfium2 releases; the PDF samples' verdicts and page numbers are checked above instead.
@pytest.mark.parametrize("name", [n for n in NAMES if not n.endswith(".pdf")])
def test_report_snapshot(name):
    path = GOLDEN / f"{name}.json"
    current = snapshot(report_for(name))
    rendered = json.dumps(current, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
        return
    if not path.exists():
        pytest.skip(f"no snapshot {path.name}; create it with AUDITCHECK_UPDATE_GOLDEN=1")
    assert json.loads(path.read_text(encoding="utf-8")) == current, (
        f"{path.name} differs; review and rerun with AUDITCHECK_UPDATE_GOLDEN=1"
    )


@pytest.mark.parametrize("name", [NAMES[0], PDF_NAMES[0]])
def test_report_is_deterministic(name):
    again = auditcheck.evaluate(SAMPLES / name)
    assert snapshot(again) == snapshot(report_for(name))


def test_snapshot_drops_volatile_fields():
    data = snapshot(report_for(NAMES[0]))
    assert "tool" not in data
    assert data["document"]["path"] == NAMES[0]
    assert str(REPO) not in json.dumps(data)


def test_readme_table_agrees_with_expected_yaml():
    """sample_audits/README.md is what people read; expected.yaml is what the tests check."""
    import re

    rows = {}
    for line in (SAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(
            r"\| `([^`]+\.md)`[^|]*\|[^|]*\| (\w+) \| (yes|no) \| (\w+) \| ([\w-]+) \|$", line
        )
        if m:
            rows[m.group(1)] = (m.group(2), m.group(3) == "yes", m.group(4), m.group(5))
    expected = yaml.safe_load((SAMPLES / "expected.yaml").read_text(encoding="utf-8"))["samples"]
    md = {name: e for name, e in expected.items() if name.endswith(".md")}
    assert set(rows) == set(md)
    for name, e in md.items():
        assert rows[name] == (e["verdict"], e["audit_washing"], e["risk"], e["pack"]), name
