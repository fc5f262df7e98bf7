"""Case files: several documents about one audit judged together, contradictions quoted side by side."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from auditcheck.api import evaluate
from auditcheck.case import CaseFileError, evaluate_case, load_case
from auditcheck.case.verdict import merge_findings
from auditcheck.models import Evidence, Finding, Report, Status
from auditcheck.render.case_markdown import render_case_markdown
from tests.conftest import SAMPLES

CASES = SAMPLES / "cases"
URUMQI = CASES / "plant-audit-retold"
VERIFIER = CASES / "verifier-to-headline"
CREDIBLE = CASES / "credible-assessment"


@pytest.fixture(scope="module")
def urumqi() -> Report:
    return evaluate_case([URUMQI])


@pytest.fixture(scope="module")
def credible() -> Report:
    return evaluate_case([CREDIBLE])


def _by_kind(report: Report) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for c in report.case["contradictions"]:
        out.setdefault(c["kind"], []).append(c)
    return out


def _assert_quote_is_in_file(side: dict) -> None:
    """A side's quote is the exact slice of its file at the given offsets and line."""
    text = Path(side["path"]).read_text(encoding="utf-8")
    assert text[side["start"] : side["end"]] == side["quote"]
    assert text.count("\n", 0, side["start"]) + 1 == side["line"]


def test_urumqi_case_lists_the_four_shifts_with_both_quotes(urumqi):
    kinds = _by_kind(urumqi)
    assert {"standard", "participation", "claim_vs_caveat"} <= set(kinds)
    assert "number" in kinds or "method" in kinds
    for found in kinds.values():
        for c in found:
            assert c["earlier"]["file"] != c["later"]["file"]
            _assert_quote_is_in_file(c["earlier"])
            _assert_quote_is_in_file(c["later"])


def test_urumqi_contradictions_say_what_changed(urumqi):
    kinds = _by_kind(urumqi)
    counts = next(c for c in kinds["number"] if c["subject"] == "Workers interviewed")
    assert (counts["earlier"]["value"], counts["later"]["value"]) == (40, 12)
    assert "rather than interviews" in kinds["method"][0]["later"]["quote"]
    standard = kinds["standard"][0]
    assert "applied" in standard["earlier"]["quote"] and "SA8000" in standard["earlier"]["quote"]
    assert standard["later"]["file"] == "04-later-interview.md"
    assert "not involved" in kinds["participation"][0]["later"]["quote"]
    caveat = kinds["claim_vs_caveat"][0]
    assert (
        caveat["earlier"]["role"] == "company_statement"
        and "no indication of forced labour" in caveat["earlier"]["quote"]
    )
    assert (
        caveat["later"]["role"] == "auditor_statement" and "well known" in caveat["later"]["quote"]
    )


def test_urumqi_contradictions_become_audit_washing_patterns_and_findings(urumqi):
    ids = {p.id for p in urumqi.audit_washing.patterns}
    assert {"AW-02", "AW-03", "AW-05", "AW-13"} <= ids
    case_findings = [f for f in urumqi.findings if f.pack_id == "case"]
    assert case_findings and all(f.status is Status.red_flag for f in case_findings)
    cited = {Path(e.path).name for f in case_findings for e in f.evidence}
    assert {
        "01-company-statement.md",
        "02-consultancy-statement.md",
        "03-staff-post.md",
        "04-later-interview.md",
    } <= cited


def test_credible_case_has_no_contradiction_and_no_audit_washing(credible):
    assert credible.case["contradictions"] == []
    assert not credible.audit_washing.detected
    assert [f for f in credible.findings if f.pack_id == "case"] == []


def test_verifier_hedge_turned_headline(tmp_path):
    report = evaluate_case([VERIFIER])
    caveat = _by_kind(report)["claim_vs_caveat"][0]
    company = (
        caveat["earlier"] if caveat["earlier"]["role"] == "company_statement" else caveat["later"]
    )
    auditor = caveat["later"] if company is caveat["earlier"] else caveat["earlier"]
    assert "resolved all forced labour indicators" in company["quote"]
    assert "In our opinion" in auditor["quote"]
    assert "AW-13" in {p.id for p in report.audit_washing.patterns}


def test_case_block_documents_facts_and_timeline(urumqi):
    case = urumqi.case
    docs = {d["file"]: d for d in case["documents"]}
    assert docs["01-company-statement.md"]["role"] == "company_statement"
    assert docs["01-company-statement.md"]["role_source"] == "case.yaml"
    assert (
        docs["02-consultancy-statement.md"]["primary"] is True
    )  # auditor side leads when there is no report
    assert all(d["role_evidence"] for d in case["documents"])
    interviews = [f for f in case["facts"] if f["name"] == "interviews.total"]
    assert {f["value"] for f in interviews} == {40, 12}
    for fact in interviews:
        for source in fact["sources"]:
            assert source["date"] and source["author"] and source["line"] >= 1
    assert [t["date"] for t in case["timeline"]] == sorted(t["date"] for t in case["timeline"])
    json.dumps(urumqi.model_dump(mode="json"))
    assert Report.model_validate_json(urumqi.model_dump_json()).case == json.loads(json.dumps(case))


def test_later_statement_is_weighed_by_date_not_file_order(tmp_path):
    folder = tmp_path / "swapped"
    shutil.copytree(URUMQI, folder)
    manifest = (folder / "case.yaml").read_text(encoding="utf-8")
    (folder / "case.yaml").write_text(
        manifest.replace("date: 2024-09-18", "date: 2024-01-02"), encoding="utf-8"
    )
    report = evaluate_case([folder])
    method = _by_kind(report)["method"][0]
    assert method["earlier"]["file"] == "04-later-interview.md"
    assert method["ordered_by"] == "date"
    assert report.case["timeline"][0]["file"] == "04-later-interview.md"


def test_unreadable_file_is_named_and_the_rest_still_judged(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(CREDIBLE, folder)
    (folder / "04-scan.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    (folder / "05-empty.md").write_bytes(b"")
    report = evaluate_case([folder])
    assert len(report.case["documents"]) == 3
    assert any("04-scan.pdf" in e for e in report.errors)
    assert any("05-empty.md" in e for e in report.errors)
    assert report.case["unreadable"] == report.errors
    assert report.verdict is not None and report.case["contradictions"] == []


def test_load_case_returns_documents_and_errors(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(URUMQI, folder)
    (folder / "zz-broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    loaded = load_case(folder)
    assert [d.name for d in loaded.documents][0] in (
        "01-company-statement.md",
        "02-consultancy-statement.md",
    )
    assert len(loaded.documents) == 4
    assert len(loaded.errors) == 1 and "zz-broken.docx" in loaded.errors[0]


def test_nothing_readable_is_a_typed_error(tmp_path):
    (tmp_path / "a.md").write_bytes(b"")
    with pytest.raises(CaseFileError):
        load_case(tmp_path)


@pytest.mark.parametrize(
    ("manifest", "line", "words"),
    [
        ("documents:\n  a.md:\n    role: company_statement\n    colour: red\n", 4, "unknown key"),
        ("title: x\ndocuments:\n  a.md:\n    role: press_office\n", 4, "role"),
        ("documents:\n  a.md:\n    date: yesterday\n", 3, "date"),
        ("documents:\n  a.md: [unclosed\n", None, "invalid YAML"),
        (
            "documents:\n  a.md:\n    role: third_party\n  missing.md:\n    role: third_party\n",
            4,
            "missing.md",
        ),
        ("surprise: 1\n", 1, "unknown key"),
    ],
)
def test_malformed_case_yaml_names_file_and_line(tmp_path, manifest, line, words):
    (tmp_path / "a.md").write_text(
        "# A statement\n\nSome words about an audit of a plant, long enough to read.\n",
        encoding="utf-8",
    )
    (tmp_path / "case.yaml").write_text(manifest, encoding="utf-8")
    with pytest.raises(CaseFileError) as info:
        load_case(tmp_path)
    assert "case.yaml" in str(info.value) and words in str(info.value)
    if line is not None:
        assert info.value.line == line
        assert f"case.yaml:{line}:" in str(info.value)
    else:
        assert info.value.line is not None


def test_without_case_yaml_roles_and_dates_come_from_the_text(tmp_path):
    for f in URUMQI.glob("*.md"):
        shutil.copy(f, tmp_path / f.name)
    loaded = load_case(tmp_path)
    by_name = {d.name: d for d in loaded.documents}
    assert by_name["01-company-statement.md"].role == "company_statement"
    assert by_name["04-later-interview.md"].role == "third_party"
    assert by_name["03-staff-post.md"].date.isoformat() == "2024-03-11"
    assert all(d.role_source == "text" and d.date_source == "text" for d in loaded.documents)
    assert loaded.documents[-1].name == "04-later-interview.md"


def test_single_document_case_scores_like_the_single_evaluator():
    path = CREDIBLE / "01-assessment-report.md"
    alone = evaluate(path)
    case = evaluate_case([path])
    assert (case.score, case.verdict, case.pack.id) == (alone.score, alone.verdict, alone.pack.id)
    assert [f.status for f in case.findings] == [f.status for f in alone.findings]
    assert case.case["contradictions"] == [] and len(case.case["documents"]) == 1


def _finding(cid: str, status: Status, path: str) -> Finding:
    ev = Evidence(quote="q", start=0, end=1, line=1, column=1, end_line=1, end_column=2, path=path)
    return Finding(
        criterion_id=cid,
        criterion_name=cid.lower(),
        title=cid,
        pack_id="p",
        dimension="interviews",
        status=status,
        severity="major",
        weight=1.0,
        confidence=1.0,
        message="m",
        evidence=[ev],
    )


def test_merge_keeps_red_flags_and_takes_met_from_any_document():
    merged = {
        f.criterion_id: f
        for f in merge_findings(
            [
                [
                    _finding("A", Status.unmet, "one.md"),
                    _finding("B", Status.met, "one.md"),
                    _finding("C", Status.red_flag, "one.md"),
                ],
                [
                    _finding("A", Status.met, "two.md"),
                    _finding("B", Status.red_flag, "two.md"),
                    _finding("C", Status.red_flag, "two.md"),
                ],
            ]
        )
    }
    assert merged["A"].status is Status.met and merged["A"].evidence[0].path == "two.md"
    assert merged["B"].status is Status.red_flag
    assert {e.path for e in merged["C"].evidence} == {"one.md", "two.md"}


def test_markdown_shows_timeline_then_contradictions_with_both_files(urumqi):
    md = render_case_markdown(urumqi.case)
    assert md.index("Timeline") < md.index("Contradictions")
    for c in urumqi.case["contradictions"]:
        section = md[md.index(f"#### {c['id']}.") :]
        assert c["earlier"]["file"] in section and c["later"]["file"] in section
        assert f"line {c['earlier']['line']}" in section
    assert "None found" in render_case_markdown(evaluate_case([CREDIBLE]).case)


def _write_case(folder: Path, files: dict[str, str], roles: dict[str, str]) -> Path:
    folder.mkdir()
    lines = ["documents:"]
    for i, (name, text) in enumerate(files.items(), 1):
        (folder / name).write_text(text, encoding="utf-8")
        lines += [f"  {name}:", f"    role: {roles[name]}", f"    date: 2024-0{i}-01"]
    (folder / "case.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


REPORT = (
    "# Audit report\n\nThe plant employs 180 workers. We interviewed 30 workers on site and "
    "visited the dormitories. Five further interviews were held by video call with workers on leave.\n"
)


@pytest.mark.parametrize(("workforce", "differs"), [("about 182", False), ("250", True)])
def test_workforce_figures_differ_only_beyond_rounding(tmp_path, workforce, differs):
    folder = _write_case(
        tmp_path / "c",
        {
            "a.md": REPORT,
            "b.md": f"# Company note\n\nOur plant has {workforce} workers and the auditor interviewed 30 workers on site.\n",
        },
        {"a.md": "audit_report", "b.md": "company_statement"},
    )
    subjects = [c["subject"] for c in evaluate_case([folder]).case["contradictions"]]
    assert ("Workforce size" in subjects) is differs
    assert "Workers interviewed" not in subjects


def test_mixed_method_is_not_read_as_a_change_of_method(tmp_path):
    """A report that did both on-site and video interviews does not contradict a note about the on-site visit."""
    folder = _write_case(
        tmp_path / "c",
        {
            "a.md": REPORT,
            "b.md": "# Company note\n\nThe auditor made an on-site visit to the plant and interviewed 30 workers.\n",
        },
        {"a.md": "audit_report", "b.md": "company_statement"},
    )
    assert evaluate_case([folder]).case["contradictions"] == []


def test_company_that_repeats_the_caveat_does_not_outrun_it(tmp_path):
    auditor = (
        "# Statement by the auditor\n\nWe found no indication of forced labour among current staff. "
        "The mandate was limited to the current employees of the plant.\n"
    )
    fair = (
        "# Company note\n\nThe audit found no indication of forced labour. The mandate was limited to the "
        "current employees of the plant, as the auditor says.\n"
    )
    folder = _write_case(
        tmp_path / "c",
        {"a.md": auditor, "b.md": fair},
        {"a.md": "auditor_statement", "b.md": "company_statement"},
    )
    assert evaluate_case([folder]).case["contradictions"] == []
    (folder / "b.md").write_text(
        "# Company note\n\nThe audit found no indication of forced labour.\n", encoding="utf-8"
    )
    assert [c["kind"] for c in evaluate_case([folder]).case["contradictions"]] == [
        "claim_vs_caveat"
    ]


def test_dates_are_read_from_the_opening_of_the_text(tmp_path):
    (tmp_path / "a.md").write_text(
        "# Note\n\nIssued March 5, 2024 in Lyon.\n\nThe audit of 2019 is discussed here at length.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "# Note\n\n2023-11-30\n\nA second statement about the same audit, long enough.\n",
        encoding="utf-8",
    )
    (tmp_path / "README.md").write_text(
        "# Notes on this folder\n\nCollected by hand; not a document of the case.\n",
        encoding="utf-8",
    )
    loaded = load_case(tmp_path)
    assert [(d.name, d.date.isoformat()) for d in loaded.documents] == [
        ("b.md", "2023-11-30"),
        ("a.md", "2024-03-05"),
    ]


def test_case_yaml_takes_file_names_only_and_files_are_read_once(tmp_path):
    (tmp_path / "a.md").write_text(
        "# A statement\n\nSome words about an audit of a plant, long enough to read.\n",
        encoding="utf-8",
    )
    (tmp_path / "case.yaml").write_text(
        "documents:\n  ../a.md:\n    role: third_party\n", encoding="utf-8"
    )
    with pytest.raises(CaseFileError, match="file name only"):
        load_case(tmp_path)
    (tmp_path / "case.yaml").write_text(
        "documents:\n  a.md:\n    role: third_party\n    author: Someone\n", encoding="utf-8"
    )
    loaded = load_case([tmp_path, tmp_path / "a.md"])
    assert [(d.name, d.role, d.author) for d in loaded.documents] == [
        ("a.md", "third_party", "Someone")
    ]


def test_timeline_claims_point_at_their_contradictions(urumqi):
    marked = {
        cid
        for event in urumqi.case["timeline"]
        for claim in event["claims"]
        for cid in claim["contradictions"]
    }
    assert marked == {c["id"] for c in urumqi.case["contradictions"]}
    assert "see C1" in render_case_markdown(urumqi.case)
    assert "judged as a case of 4 documents" in urumqi.verdict_reason


# An invented case: a company cites a clean audit; two months later the audit firm withdraws it.
WITHDRAWN_CASE = {
    "01-company-release.md": (
        "# Harrow Knitwear: independent audit confirms no forced labour\n\n"
        "**Press release - Leicester, 10 January 2025**\n\n"
        "An independent social audit of our Dhaka knitting supplier, carried out in December by "
        "Calder Assurance, found no forced labour and no recruitment fees paid by workers. We "
        "are proud of this result and have shared it with our customers.\n"
    ),
    "02-auditor-withdrawal.md": (
        "# Statement on the December 2024 audit of Rupa Knit Ltd\n\n"
        "**Calder Assurance Ltd, London - 14 March 2025**\n\n"
        "Calder Assurance withdraws the audit statement it issued for Rupa Knit Ltd in December "
        "2024. Our visit could not reach the workers hired through labour agents, and the "
        "statement should no longer be relied on by Harrow Knitwear or anyone else.\n"
    ),
}


def test_a_clean_claim_later_withdrawn_by_the_auditor_is_a_contradiction(tmp_path):
    folder = tmp_path / "withdrawn"
    folder.mkdir()
    for name, text in WITHDRAWN_CASE.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "case.yaml").write_text(
        "title: Harrow Knitwear audit (invented)\ndocuments:\n"
        "  01-company-release.md: {role: company_statement, date: 2025-01-10}\n"
        "  02-auditor-withdrawal.md: {role: auditor_statement, date: 2025-03-14}\n",
        encoding="utf-8",
    )
    report = evaluate_case([folder])
    withdrawn = _by_kind(report)["withdrawn"]
    assert len(withdrawn) == 1
    c = withdrawn[0]
    assert c["earlier"]["file"] == "01-company-release.md"
    assert c["later"]["file"] == "02-auditor-withdrawal.md"
    assert c["earlier"]["speaker"] == "company" and c["later"]["speaker"] == "auditor"
    assert c["earlier"]["date"] == "2025-01-10" and c["later"]["date"] == "2025-03-14"
    assert "no forced labour" in c["earlier"]["quote"]  # the headline or the body sentence
    assert "withdraws the audit statement" in c["later"]["quote"]
    for side in (c["earlier"], c["later"]):
        _assert_quote_is_in_file(side)
    assert "AW-05" in {p.id for p in report.audit_washing.patterns}
    assert report.verdict.value == "not_credible"
    memo = render_case_markdown(report.case)
    assert "said by the company" in memo and "said by the auditor" in memo


def test_the_case_block_is_typed_and_an_undeclared_key_is_refused(credible):
    from pydantic import ValidationError

    data = json.loads(credible.model_dump_json())
    data["case"]["documents"][0]["surprise"] = 1
    with pytest.raises(ValidationError):
        Report.model_validate(data)
    data["case"]["documents"][0].pop("surprise")
    data["case"]["documents"][0]["score"] = "high"
    with pytest.raises(ValidationError):
        Report.model_validate(data)
