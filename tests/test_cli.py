"""CLI behaviour: exit codes, formats, one-line errors on bad input, stdin."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from auditcheck.cli import app

runner = CliRunner()

GOOD = """# Audit report: Example Dyeworks

## Methodology

Lead auditor: Anna Berg (APSCA CSCA 21700999). We interviewed 30 workers off-site,
selected by the audit team, and traced the recruitment channels of every migrant worker.
"""


def _run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    result = _run("--version")
    assert result.exit_code == 0
    assert result.output.startswith("auditcheck ")


def test_score_json_has_required_keys(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(GOOD, encoding="utf-8")
    result = _run("score", str(doc), "--format", "json")
    assert result.exit_code == 0, result.output
    envelope = json.loads(
        result.stdout
    )  # always one object: {schema_version, tool, reports, suppressed, errors}
    assert envelope["errors"] == [] and len(envelope["reports"]) == 1
    data = envelope["reports"][0]
    for key in (
        "schema_version",
        "score",
        "verdict",
        "audit_washing",
        "context",
        "dimensions",
        "findings",
    ):
        assert key in data
    assert data["tool"]["version"]
    assert data["document"]["path"] == str(doc)
    assert len(data["document"]["sha256"]) == 64
    assert data["document"]["format"] == "markdown"
    assert data["context"]["risk"] in ("high", "elevated", "standard", "unknown")
    assert {d["id"] for d in data["dimensions"]} == {
        "recruitment",
        "independence",
        "accreditation",
        "interviews",
        "scope_transparency",
        "detection",
    }
    text = doc.read_text(encoding="utf-8")
    for finding in data["findings"]:
        for ev in finding["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["quote"]
            assert ev["line"] >= 1


def test_json_is_byte_identical_across_runs(tmp_path):
    doc = tmp_path / "report.md"
    doc.write_text(GOOD, encoding="utf-8")
    first = _run("score", str(doc), "--format", "json").stdout
    second = _run("score", str(doc), "--format", "json").stdout
    assert first == second


def test_stdin_is_read(tmp_path):
    result = _run("score", "-", "--format", "json", input=GOOD)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["reports"][0]["document"]["path"] == "<stdin>"


def test_fail_under_gives_exit_1(tmp_path):
    doc = tmp_path / "weak.md"
    doc.write_text(
        "# Statement\n\nAn independent audit found no indication of forced labour at the plant.\n",
        encoding="utf-8",
    )
    result = _run("score", str(doc), "--fail-under", "90")
    assert result.exit_code == 1


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.md", None, "no such file"),
        ("empty.md", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "whitespace"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "PDF"),
        ("sheet.xlsx", b"PK\x03\x04" + b"\x00" * 100, "ZIP"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = _run("score", str(path))
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and problem.lower() in lines[0].lower()
    assert "Traceback" not in result.output


def test_good_file_still_scored_when_another_is_bad(tmp_path):
    good = tmp_path / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    result = _run("score", str(tmp_path / "missing.md"), str(good), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["reports"][0]["document"]["path"] == str(good)
    assert [e["path"] for e in data["errors"]] == [str(tmp_path / "missing.md")]
    assert "missing.md" in result.stderr


def test_unknown_pack_is_exit_2(tmp_path):
    doc = tmp_path / "r.md"
    doc.write_text(GOOD, encoding="utf-8")
    result = _run("score", str(doc), "--pack", "no-such-pack")
    assert result.exit_code == 2
    assert "no-such-pack" in result.stderr


def test_schema_command_prints_report_schema():
    result = _run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "schema_version" in schema["properties"]


@pytest.mark.slow  # several seconds (every pack or every output format); CI runs the slow set too
def test_criteria_validate_passes_on_bundled_packs():
    result = _run("criteria", "validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok:")


def test_criteria_validate_reports_file_and_line(tmp_path):
    pack = tmp_path / "broken"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: broken\ntitle: Broken\nversion: '1'\ndescription: d\ngroups:\n  g: [XX-01]\n",
        encoding="utf-8",
    )
    (pack / "XX-01.yaml").write_text(
        "id: XX-01\nname: thing\ntitle: A thing is shown\ndimension: recruitment\nkind: existence\n"
        "patterns: ['(unclosed']\nmessage: not shown\nrationale: because it matters\nremedy: show the thing\n"
        "references: [{standard: Some standard}]\nexamples: {met: ['x'], unmet: ['y']}\nbogus_key: 1\n",
        encoding="utf-8",
    )
    result = _run("criteria", "validate", str(pack))
    assert result.exit_code == 2
    assert "XX-01.yaml:6: patterns" in result.stderr
    assert "XX-01.yaml:12: bogus_key: unknown key" in result.stderr


def test_criteria_show_prints_everything():
    result = _run("criteria", "show", "REC-01")
    assert result.exit_code == 0
    for part in ("Rationale:", "Remedy:", "References:", "Examples:"):
        assert part in result.stdout


def test_terminal_output_escapes_control_characters(tmp_path):
    doc = tmp_path / "evil.md"
    doc.write_text(
        "# Report\n\nThe audit was carried out by two lawyers from a firm \x1b[31mRED\x1b[0m in town.\n",
        encoding="utf-8",
    )
    result = _run("score", str(doc))
    assert "\x1b[31m" not in result.stdout


def test_coloured_text_output_shows_markup_and_escapes_from_the_document_as_typed(tmp_path):
    """Colour goes through rich, which reads [..] as markup unless told not to: the document's
    own brackets and escape sequences must come out as text, and only our styles as codes."""
    import re

    doc = tmp_path / "evil.md"
    doc.write_text(
        "# Report\n\nWorkers were interviewed off-site. No indications of forced labour were "
        "found at the [bold]plant[/bold] \x1b[2J\x1b]0;pwned\x07 in town.\n",
        encoding="utf-8",
    )
    result = _run("score", str(doc), "--color", "--verbose")
    out = result.stdout
    assert re.search(r"\x1b\[[\d;]*m", out)  # the colour is there...
    plain = re.sub(r"\x1b\[[\d;]*m", "", out)
    assert "\x1b" not in plain and "\x07" not in plain  # ...and is the only escape printed
    quote = '"No indications of forced labour were found at the [bold]plant[/bold] '
    quote += '\\x1b[2J\\x1b]0;pwned\\x07 in town." (line 3)'
    assert quote in " ".join(plain.split())  # the quote wraps over two lines


def test_plain_text_output_keeps_rich_markup_literal(tmp_path):
    doc = tmp_path / "markup.md"
    doc.write_text(
        "# Audit [bold]summary[/bold]\n\nWorkers were interviewed off-site. No indications of "
        "forced labour were found at the [i]plant[/i].\n",
        encoding="utf-8",
    )
    result = _run("score", str(doc), "--no-color")
    assert "\x1b" not in result.stdout
    assert '"No indications of forced labour were found at the [i]plant[/i]." (line 3)' in (
        result.stdout
    )


@pytest.mark.parametrize(
    "command",
    [
        ["score"],
        ["schema"],
        ["batch"],
        ["similar"],
        ["statement-criteria"],
        ["criteria", "list"],
        ["criteria", "show"],
        ["criteria", "validate"],
        ["criteria", "docs"],
        ["model", "train"],
        ["model", "evaluate"],
    ],
)
def test_every_command_takes_traceback(command):
    result = _run(*command, "--help")
    assert result.exit_code == 0 and "--traceback" in result.stdout, result.output


def test_traceback_adds_the_stack_above_the_one_line(tmp_path):
    missing = tmp_path / "no-such-folder"
    plain = _run("criteria", "list", "--criteria", str(missing))
    full = _run("criteria", "list", "--criteria", str(missing), "--traceback")
    assert plain.exit_code == full.exit_code == 2
    assert "Traceback" not in plain.stderr and "Traceback" in full.stderr
    last = plain.stderr.strip().splitlines()
    assert len(last) == 1 and last[0].startswith("auditcheck: ") and "no-such-folder" in last[0]
    assert full.stderr.strip().splitlines()[-1] == last[0]


def test_exit_codes_are_one_enum():
    from auditcheck.cli import ExitCode

    assert [int(c) for c in ExitCode] == [0, 1, 2, 130]


SAMPLE_04 = "sample_audits/04-one-page-company-statement.md"


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--help"],
        ["score"],
        ["score", "--no-such-option", SAMPLE_04],
        ["score", SAMPLE_04, "--format", "json"],
        ["score", SAMPLE_04, "--quiet", "--no-color"],
        ["criteria", "--help"],
        ["criteria", "list"],
        ["model", "--help"],
        ["schema", "--envelope"],
        ["batch", "--help"],
        ["similar", "--help"],
        ["statement-criteria", "--help"],
    ],
    ids=lambda a: " ".join(a)[:40],
)
def test_the_process_runs_the_named_command_alone_with_the_same_result(args, monkeypatch):
    # ``main`` builds only the command named first (cli._app_for); help, errors and output
    # must be what the full command line gives
    from auditcheck.cli import _app_for

    monkeypatch.chdir(__import__("conftest").REPO)
    single = _app_for(args)
    assert single is not app
    full_result = runner.invoke(app, args)
    single_result = runner.invoke(single, args)
    assert (single_result.exit_code, single_result.output) == (
        full_result.exit_code,
        full_result.output,
    )


def test_the_full_command_line_runs_without_a_command_first():
    from auditcheck.cli import _app_for

    assert _app_for([]) is app
    assert _app_for(["--version"]) is app
    assert _app_for(["no-such-command"]) is app
