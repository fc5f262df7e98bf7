"""Batch scoring: outputs, resume after Ctrl-C, bad files as error rows, inputs, time limit."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import auditcheck
from auditcheck.batch import executors as pool_mod
from auditcheck.batch import expand_inputs, read_results, run_batch, score_file
from auditcheck.batch import worker as worker_mod

# run the CLI from wherever this auditcheck was imported, not from the test file's location
SOURCE_ROOT = Path(auditcheck.__file__).resolve().parents[1]

STRONG = """# Social compliance audit: {name}

## Audit team
Lead auditor: Ines Okafor (APSCA number CSCA 21700456), with two assistants from the same firm.

## Method
The visit was unannounced. We interviewed {n} workers in private, away from the site, chosen by
the audit team from the payroll. We traced how each migrant worker was recruited: several had paid
recruitment fees to a labour agent in their home country, which the buyer has agreed to repay.

## Findings
Identity documents are kept by the workers themselves.
Overtime is voluntary and paid at premium rates.
"""

WEAK = """# Supplier statement: {name}

Our supplier was audited last year and no forced labour was found. We take human rights seriously
and expect all partners to follow our code of conduct.
"""


def _write_corpus(folder: Path, count: int = 4) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        text = (STRONG if i % 2 == 0 else WEAK).format(name=f"Factory {i}", n=20 + i)
        p = folder / f"doc{i:02d}.md"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def _write_pdf(path: Path, text: str) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    for page_text in text.split("\f"):
        pdf.add_page()
        pdf.multi_cell(0, 6, page_text)
    pdf.output(str(path))


def _lines(path: Path) -> list[dict]:
    """The records of a results file, after checking that it starts with the run header."""
    raw = path.read_bytes()
    assert raw.endswith(b"\n"), "results file must end on a complete line"
    header, *records = [json.loads(line) for line in raw.splitlines()]
    assert header["auditcheck_batch"] == 1 and header["tool_version"] and header["packs"]
    return records


def test_batch_writes_jsonl_csv_and_html(tmp_path):
    docs = tmp_path / "docs"
    _write_corpus(docs, 3)
    (docs / "nested").mkdir()
    _write_pdf(
        docs / "nested" / "report.pdf",
        STRONG.format(name="PDF Mill", n=25).replace("## Findings", "\f## Findings"),
    )
    out = tmp_path / "r.jsonl"
    result = run_batch(
        [docs], out=out, csv_path=tmp_path / "r.csv", html_dir=tmp_path / "html", jobs=2
    )

    assert result.exit_code() == 0
    records = _lines(out)
    assert len(records) == 4
    assert {r["document"]["path"] for r in records} == {str(p) for p in sorted(docs.rglob("*.*"))}

    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["path"] for r in rows] == sorted(r["path"] for r in rows) and len(rows) == 4
    by_sha = {r["document"]["sha256"]: r for r in records}
    for row in rows:
        report = by_sha[row["sha256"]]
        assert float(row["score"]) == report["score"]
        assert row["verdict"] == report["verdict"]
        assert row["audit_washing"] == ("yes" if report["audit_washing"]["detected"] else "no")
        assert row["context_risk"] == report["context"]["risk"]
        dims = [k for k in row if k.startswith("dim_")]
        assert len(dims) == len(report["dimensions"]) == 6
        unmet = [
            f["criterion_id"] for f in report["findings"] if f["status"] in ("red_flag", "unmet")
        ][:3]
        assert row["top_unmet"] == ";".join(unmet)
    pdf_row = next(r for r in rows if r["path"].endswith(".pdf"))
    assert pdf_row["format"] == "pdf" and pdf_row["pages"] == "2"

    html = tmp_path / "html"
    pages = sorted(p.name for p in html.glob("*.html") if p.name != "index.html")
    assert len(pages) == 4
    index = (html / "index.html").read_text(encoding="utf-8")
    for page in pages:
        assert f'href="{page}"' in index


def test_corrupt_pdf_is_an_error_row_and_the_rest_is_scored(tmp_path):
    docs = tmp_path / "docs"
    good = _write_corpus(docs, 3)
    (docs / "broken.pdf").write_bytes(
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a real pdf\n"
    )
    out = tmp_path / "r.jsonl"
    result = run_batch([docs], out=out, csv_path=tmp_path / "r.csv", jobs=2)

    assert result.exit_code() == 2
    assert len(result.errors) == 1 and result.errors[0].path.endswith("broken.pdf")
    records = _lines(out)
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1 and errors[0]["path"].endswith("broken.pdf") and errors[0]["sha256"]
    assert sorted(r["document"]["path"] for r in records if "document" in r) == sorted(
        map(str, good)
    )
    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    bad = [r for r in rows if r["error"]]
    assert len(bad) == 1 and bad[0]["path"].endswith("broken.pdf") and bad[0]["score"] == ""
    assert all(r["score"] for r in rows if not r["error"])


def test_rerun_skips_finished_files_by_content(tmp_path):
    docs = tmp_path / "docs"
    _write_corpus(docs, 3)
    out = tmp_path / "r.jsonl"
    first = run_batch([docs], out=out, jobs=1)
    assert first.scored == 3
    (docs / "copy-of-doc00.md").write_bytes((docs / "doc00.md").read_bytes())
    (docs / "new.md").write_text(WEAK.format(name="Newcomer"), encoding="utf-8")
    second = run_batch([docs], out=out, jobs=1)
    assert second.scored == 1  # only new.md: the copy has the same bytes as a finished file
    assert second.skipped == 4
    assert len(second.rows) == 5
    assert len(_lines(out)) == 4


def test_resume_cuts_a_partial_last_line(tmp_path):
    docs = tmp_path / "docs"
    _write_corpus(docs, 2)
    out = tmp_path / "r.jsonl"
    run_batch([docs], out=out, jobs=1)
    complete = out.read_bytes()
    out.write_bytes(complete + b'{"schema_version": 1, "tool": {"na')
    assert len(read_results(out)) == 2
    assert out.read_bytes().endswith(b'"na')  # reading alone never changes the file
    again = run_batch([docs], out=out, jobs=1)
    assert again.scored == 0 and len(_lines(out)) == 2
    assert out.read_bytes() == complete  # the resume cut the torn line off


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_interrupt_then_resume_does_not_redo_finished_files(tmp_path):
    docs = tmp_path / "docs"
    # long enough documents that the run is still busy when the signal arrives
    filler = (
        "\n\nThe auditors reviewed wage records, working hours and the dormitory rules in detail. "
        * 60
    )
    total = 16
    docs.mkdir()
    for i in range(total):
        body = (STRONG if i % 2 else WEAK).format(name=f"Plant {i}", n=i + 10) + filler
        (docs / f"d{i:02d}.md").write_text(body, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "auditcheck.cli.batch",
        str(docs),
        "--out",
        str(out),
        "--jobs",
        "1",
    ]
    proc = subprocess.Popen(cmd, cwd=SOURCE_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        # the run header plus two finished records
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()

    finished = _lines(out)
    assert 2 <= len(finished) < total, "the interrupt should land midway"
    done_before = {r["document"]["sha256"] for r in finished}

    proc2 = subprocess.run(cmd, cwd=SOURCE_ROOT, capture_output=True, timeout=120)
    assert proc2.returncode == 0, proc2.stderr.decode()
    records = _lines(out)
    shas = [r["document"]["sha256"] for r in records]
    assert len(records) == total and len(set(shas)) == total  # nothing scored twice
    assert shas[: len(finished)] == [r["document"]["sha256"] for r in finished]
    assert done_before <= set(shas)
    assert f"{total - len(finished)} processed now" in proc2.stdout.decode()


def test_time_limit_turns_a_slow_file_into_an_error(tmp_path, monkeypatch):
    doc = _write_corpus(tmp_path, 1)[0]

    def slow_evaluate(*args, **kwargs):
        time.sleep(5)

    monkeypatch.setattr("auditcheck.api.evaluate", slow_evaluate)
    monkeypatch.setitem(worker_mod._WORKER, "timeout", 0.2)
    monkeypatch.setitem(worker_mod._WORKER, "packs", None)
    t0 = time.monotonic()
    res = score_file(str(doc), "abc")
    assert time.monotonic() - t0 < 3
    assert res["kind"] == "timeout" and "limit" in res["error"] and "line" not in res


def test_expand_inputs_folders_globs_and_own_outputs(tmp_path):
    _write_corpus(tmp_path / "a", 2)
    _write_corpus(tmp_path / "b" / "deep", 1)
    (tmp_path / "a" / ".hidden.md").write_text("# hidden\n", encoding="utf-8")
    (tmp_path / "a" / "notes.xyz").write_text("ignored", encoding="utf-8")
    (tmp_path / "a" / "html").mkdir()
    (tmp_path / "a" / "html" / "page.html").write_text("<html></html>", encoding="utf-8")
    files, problems = expand_inputs(
        [
            tmp_path / "a",
            str(tmp_path / "b" / "**" / "*.md"),
            tmp_path / "a" / "doc00.md",
            tmp_path / "missing.md",
        ],
        exclude=[tmp_path / "a" / "html"],
    )
    names = [Path(f).relative_to(tmp_path).as_posix() for f in files]
    assert names == ["a/doc00.md", "a/doc01.md", "b/deep/doc00.md"]
    assert [p.path for p in problems] == [str(tmp_path / "missing.md")]


def test_cli_batch_command_summary_and_exit_code(tmp_path):
    import typer
    from typer.testing import CliRunner

    from auditcheck.cli.batch import batch

    app = typer.Typer()
    app.command("batch")(batch)
    app.command("noop")(lambda: None)
    docs = tmp_path / "docs"
    _write_corpus(docs, 2)
    (docs / "empty.md").write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["batch", str(docs), "--out", str(tmp_path / "r.jsonl"), "--jobs", "1", "-q"]
    )
    assert result.exit_code == 2, result.output
    assert "3 document(s): 2 scored, 1 error(s); 3 processed now" in result.output
    assert "empty.md: file is empty" in result.output.replace("\n", "")
    assert "weakest:" in result.output


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_watchdog_kills_a_worker_stuck_beyond_the_limit(tmp_path, monkeypatch):
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip(
            "the stuck evaluator is planted by monkeypatching, which only fork carries into workers"
        )
    import auditcheck.api

    real = auditcheck.api.evaluate

    def stuck_on_one_file(document, **kwargs):
        if document.path.endswith("stuck.md"):
            # what a hang inside C code looks like to Python: the alarm cannot be delivered
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        return real(document, **kwargs)

    monkeypatch.setattr(auditcheck.api, "evaluate", stuck_on_one_file)
    monkeypatch.setattr(pool_mod, "WATCHDOG_GRACE", 1.0)
    docs = tmp_path / "docs"
    _write_corpus(docs, 4)
    (docs / "stuck.md").write_text(WEAK.format(name="Stuck"), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    t0 = time.monotonic()
    result = run_batch([docs], out=out, jobs=2, timeout=6.0)
    assert time.monotonic() - t0 < 40
    errors = {Path(r.path).name: r for r in result.errors}
    assert list(errors) == ["stuck.md"], result.errors
    assert errors["stuck.md"].kind == "timeout" and "worker was stopped" in errors["stuck.md"].error
    assert len(result.scores) == 4  # files in flight with it were retried in a fresh pool
    assert len(_lines(out)) == 5


def test_progress_bar_on_a_terminal_and_lines_otherwise(monkeypatch):
    import io

    monkeypatch.setenv("COLUMNS", "120")  # rich fits the bar to the terminal; fix its width

    from auditcheck.progress import Progress

    tty = io.StringIO()
    bar = Progress(tty, tty=True)
    bar.start(4)
    for i in range(4):
        bar.advance(f"f{i}.md", "credible 80", error=(i == 2))
    bar.finish()
    # rich redraws the line in place; the last state, colours taken out, is what stays on screen
    last = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", tty.getvalue().rstrip("\n").split("\r")[-1])
    assert re.search(r"━+ 4/4 1 error\(s\) [\d.]+ files/s 0:00:00 f3\.md$", last.strip()), last

    plain = io.StringIO()
    lines = Progress(plain, tty=False)
    lines.start(2, skipped=3)
    lines.advance("a.md", "credible 80")
    lines.advance("b.pdf", "corrupt PDF", error=True)
    lines.finish()
    assert plain.getvalue().splitlines() == [
        "scoring 2 file(s) (3 already in the results file)",
        "[1/2] a.md: credible 80",
        "[2/2] b.pdf: corrupt PDF",
    ]


def test_folders_skip_housekeeping_files_unless_named(tmp_path):
    docs = tmp_path / "docs"
    _write_corpus(docs, 1)
    for name in (
        "README.md",
        "LICENSE.txt",
        "CHANGELOG.md",
        "contributing.md",
        "Code-of-Conduct.md",
    ):
        (docs / name).write_text(
            "# Project notes\n\nNot an audit report at all, just notes.\n", encoding="utf-8"
        )
    files, problems = expand_inputs([docs, docs / "README.md"])
    assert sorted(Path(f).name for f in files) == ["README.md", "doc00.md"] and problems == []
    from auditcheck.batch import SUFFIXES
    from auditcheck.document.loader import READABLE_SUFFIXES

    assert SUFFIXES == READABLE_SUFFIXES  # the readers' own list, not a copy


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):  # the task ended while we looked
            found += [int(x) for x in (task / "children").read_text(encoding="ascii").split()]
    return found


def test_ctrl_c_in_score_exits_130(tmp_path):
    big = tmp_path / "big.md"
    big.write_text((STRONG.format(name="Big", n=20) + "\n\n") * 3000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditcheck", "score", str(big)],
        cwd=SOURCE_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Interrupt while it scores, not while it still imports (a loaded machine can take more
    # than two seconds to import): scoring runs in a forked child under the budget.
    deadline = time.monotonic() + 60
    while not _children(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    assert err.decode().strip().splitlines()[-1] == "auditcheck: interrupted"


def test_batch_thresholds_say_why_and_csv_has_the_investor_columns(tmp_path):
    import csv as csv_module
    import shutil

    from typer.testing import CliRunner

    from auditcheck.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("04-one-page-company-statement.md", "16-fee-repayment-verification-letter.md"):
        shutil.copy(Path(__file__).resolve().parents[1] / "sample_audits" / name, folder / name)
    out, table = tmp_path / "r.jsonl", tmp_path / "r.csv"
    result = CliRunner().invoke(
        app,
        [
            "batch",
            str(folder),
            "--out",
            str(out),
            "--csv",
            str(table),
            "--jobs",
            "1",
            "-q",
            "--fail-on-audit-washing",
        ],
    )
    assert result.exit_code == 1
    assert "audit-washing found in 1 document(s)" in result.stderr
    rows = list(csv_module.DictReader(table.open(encoding="utf-8")))
    for column in (
        "title",
        "role",
        "claim_kind",
        "uncapped_score",
        "coverage",
        "red_flags",
        "top_unmet_messages",
        "reference_date",
        "tool_version",
    ):
        assert column in rows[0]
    assert {r["claim_kind"] for r in rows} <= {"clean", "adverse", "failure", "decline", "none"}
    bad = CliRunner().invoke(
        app, ["batch", str(folder), "--out", str(tmp_path / "x.jsonl"), "--fail-under", "150"]
    )
    assert bad.exit_code == 2


def test_progress_bar_shows_hostile_file_names_as_typed(monkeypatch):
    """A file name is untrusted twice on the bar: control sequences and rich markup."""
    import io

    monkeypatch.setenv("COLUMNS", "120")

    from auditcheck.progress import Progress

    tty = io.StringIO()
    bar = Progress(tty, tty=True)
    bar.start(1)
    bar.advance("[bold]x[/bold]\x1b]0;pwned\x07\x1b[2J.md", "credible 80")
    bar.finish()
    out = tty.getvalue()
    assert "\x1b]0;" not in out and "\x1b[2J" not in out and "\x07" not in out
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out)
    assert "[bold]x[/bold]\\x1b]0;pwned\\x07\\x1b[2J.md" in shown
