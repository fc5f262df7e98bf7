"""The hostile-input suite: every case of tests/hostile_cases.py through score, batch and similar.

The fast run puts every case on ONE command line between two good files, which is the
promise at its strictest: whatever the hostile files do, the good ones are scored, each bad
file gets exactly one stderr line that names it, and nothing prints a traceback. The slow run
(marked ``slow``) runs each case on its own command line next to one good file and checks the
exit code per case.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from hostile_cases import ENGLISH, GOOD, MAX_BYTES, Case, cases, write_case

from auditcheck.cli import app
from auditcheck.render.safe import safe_path

ALL = cases()
FAST = [c for c in ALL if not c.slow]
#: The generated hostile-input suite runs every case through score, batch and similar: about
#: half a minute, so it is in the slow set that CI runs.
pytestmark = pytest.mark.slow

LIMITS = ["--time-limit", "60", "--memory-limit", "1536"]


def test_the_suite_has_at_least_sixty_cases() -> None:
    assert len(ALL) >= 60
    assert len({c.id for c in ALL}) == len(ALL)
    assert {c.expect for c in ALL} == {"refused", "scored", "warned"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = {c.id: write_case(c, folder) for c in FAST}
    paths["good-first"] = folder / "good-first.md"
    paths["good-first"].write_text(GOOD.format(name="First Mill", n=41), encoding="utf-8")
    paths["good-last"] = folder / "good-last.md"
    paths["good-last"].write_text(GOOD.format(name="Last Mill", n=43), encoding="utf-8")
    return paths


@pytest.fixture(scope="module")
def score_run(corpus: dict[str, Path]):
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("auditcheck.document.loader.MAX_BYTES", MAX_BYTES)
        args = [
            "score",
            str(corpus["good-first"]),
            *(str(corpus[c.id]) for c in FAST),
            str(corpus["good-last"]),
            "--format",
            "json",
            *LIMITS,
        ]
        result = CliRunner().invoke(app, args)
    reports = json.loads(result.stdout)["reports"] if result.stdout.strip() else []
    return result, {r["document"]["path"]: r for r in reports}, result.stderr.splitlines()


def _lines_naming(lines: list[str], path: Path) -> list[str]:
    name = safe_path(str(path))
    return [line for line in lines if name + ":" in line]


def test_score_run_as_a_whole(score_run, corpus) -> None:
    result, reports, lines = score_run
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    # the good files on both sides of every hostile one are scored
    assert (
        safe_path(str(corpus["good-first"])) in reports
        and safe_path(str(corpus["good-last"])) in reports
    )
    # every stderr line is one case's line: nothing else is printed
    expected = sum(1 for c in FAST if c.expect in ("refused", "warned"))
    assert len(lines) == expected, "\n".join(lines)
    assert all(line.startswith("auditcheck: ") and "\x1b" not in line for line in lines)


@pytest.mark.parametrize("case", FAST, ids=[c.id for c in FAST])
def test_case_in_score(case: Case, score_run, corpus) -> None:
    _, reports, lines = score_run
    path = corpus[case.id]
    mine = _lines_naming(lines, path)
    report = reports.get(safe_path(str(path)))
    if case.expect == "refused":
        assert len(mine) == 1, (case.id, lines)
        assert case.says in mine[0], mine[0]
        assert report is None
    elif case.expect == "warned":
        assert len(mine) == 1 and "warning" in mine[0] and case.says in mine[0], mine
        assert report is not None and any(case.says in note for note in report["notes"])
    else:
        assert mine == [], mine
        assert report is not None, f"{case.id} was not scored: {sorted(reports)}"


@pytest.fixture(scope="module")
def batch_run(corpus: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    from auditcheck.batch import run_batch

    out_dir = tmp_path_factory.mktemp("batch-out")
    files = [corpus["good-first"], *(corpus[c.id] for c in FAST), corpus["good-last"]]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("auditcheck.document.loader.MAX_BYTES", MAX_BYTES)
        result = run_batch(
            files,
            out=out_dir / "r.jsonl",
            csv_path=out_dir / "r.csv",
            html_dir=out_dir / "html",
            jobs=2,
            timeout=60,
        )
    return result, out_dir


def test_batch_has_one_row_per_file_and_one_record_per_content(batch_run, corpus) -> None:
    result, out_dir = batch_run
    assert result.exit_code() == 2
    by_path = {row.path: row for row in result.rows}
    for case in FAST:
        row = by_path.get(safe_path(str(corpus[case.id])))
        if case.special == "dir":  # batch searches a folder it is given; an empty one adds nothing
            assert row is None
            continue
        assert row is not None, case.id
        if case.expect == "refused":
            assert row.error and case.says in row.error, (case.id, row.error)
        else:
            assert not row.error and row.score is not None, (case.id, row.error)
    lines = (out_dir / "r.jsonl").read_bytes().splitlines()
    records = [json.loads(line) for line in lines[1:]]
    shas = [r["document"]["sha256"] if "document" in r else r["sha256"] for r in records]
    assert len(shas) == len(set(shas)), "a content hash was recorded twice"
    with open(out_dir / "r.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    hashed = [r for r in result.rows if r.sha256]
    assert len(rows) == len(result.rows) and len(hashed) >= len(FAST) - 5
    assert (out_dir / "html" / "index.html").is_file()


def test_batch_records_non_utf8_names_with_their_bytes(batch_run, corpus) -> None:
    result, _ = batch_run
    raw = bytes(str(corpus["name-not-utf8-scored"]), "utf-8", "surrogateescape")
    row = next(r for r in result.rows if r.path_bytes == raw.hex())
    assert "\\xe9" in row.path and row.score is not None


def test_similar_reports_every_bad_file_and_compares_the_rest(corpus) -> None:
    pytest.importorskip("sklearn")
    picked = [c for c in FAST if c.family in ("docx", "html", "binary")]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("auditcheck.document.loader.MAX_BYTES", MAX_BYTES)
        twin = corpus["good-first"].with_name("good-twin.md")
        twin.write_text(
            corpus["good-first"].read_text(encoding="utf-8").replace("First", "Twin"),
            encoding="utf-8",
        )
        result = CliRunner().invoke(
            app,
            [
                "similar",
                str(corpus["good-first"]),
                str(twin),
                *(str(corpus[c.id]) for c in picked),
                "--min-shared",
                "1",
                "--min-share",
                "0.1",
            ],
        )
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    refused = [c for c in picked if c.expect == "refused"]
    assert len(lines) == len(refused)
    for case in refused:
        assert len(_lines_naming(lines, corpus[case.id])) == 1, case.id
    assert "good-twin.md" in result.stdout  # the two good files were still compared


@pytest.mark.slow
@pytest.mark.parametrize("case", ALL, ids=[c.id for c in ALL])
def test_each_case_alone_next_to_a_good_file(case: Case, tmp_path: Path) -> None:
    path = write_case(case, tmp_path)
    good = tmp_path / "good.md"
    good.write_text(ENGLISH, encoding="utf-8")
    limits = LIMITS if case.time_limit is None else ["--time-limit", f"{case.time_limit:g}"]
    with pytest.MonkeyPatch.context() as mp:
        if not case.slow:
            mp.setattr("auditcheck.document.loader.MAX_BYTES", MAX_BYTES)
        t0 = time.monotonic()
        result = CliRunner().invoke(
            app, ["score", str(path), str(good), "--format", "json", *limits]
        )
        took = time.monotonic() - t0
    assert result.exit_code == (2 if case.expect == "refused" else 0), result.stderr
    reports = {r["document"]["path"] for r in json.loads(result.stdout)["reports"]}
    assert safe_path(str(good)) in reports
    mine = _lines_naming(result.stderr.splitlines(), path)
    assert len(mine) == (0 if case.expect == "scored" else 1), result.stderr
    assert "Traceback" not in result.stderr
    if case.says:
        assert case.says in mine[0], mine
    if case.time_limit is not None:  # stopped by its own budget, with time to spare
        assert took < case.time_limit + 30, took


def test_robustness_doc_lists_every_case() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "robustness.md").read_text(
        encoding="utf-8"
    )
    missing = [c.id for c in ALL if f"| {c.id} |" not in doc]
    assert not missing, (
        f"run 'python tests/hostile_cases.py' and update docs/robustness.md: {missing}"
    )
