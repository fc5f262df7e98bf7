"""The Dask executor: byte-identical outputs to the local pool, resume, budgets, and errors.

The cluster is a local Dask cluster started by the test, in this process (``processes=False``)
so that it starts in well under a second; each document still runs in a forked child under
its budget, as on a real cluster.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

import auditcheck
from auditcheck.batch import run_batch
from auditcheck.errors import ExecutorError

SAMPLES = Path(auditcheck.__file__).resolve().parents[1] / "sample_audits"


@pytest.fixture
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as local:
        yield local


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.slow  # scores the bundled samples twice: about half a minute on 2 shared cores
def test_dask_outputs_are_byte_identical_to_the_local_pool_and_resume(tmp_path, cluster):
    assert len(list(SAMPLES.glob("*.md"))) >= 15
    local, dask = tmp_path / "local", tmp_path / "dask"
    runs = {}
    for where, kwargs in (
        (local, {}),
        (dask, {"executor": "dask", "scheduler": cluster.scheduler_address}),
    ):
        where.mkdir()
        runs[where] = run_batch(
            [SAMPLES],
            out=where / "r.jsonl",
            csv_path=where / "r.csv",
            html_dir=where / "html",
            jobs=2,
            **kwargs,
        )
    assert runs[local].exit_code() == runs[dask].exit_code()
    assert runs[dask].scored == runs[local].scored >= 15
    assert (local / "r.jsonl").read_bytes() == (dask / "r.jsonl").read_bytes()
    assert (local / "r.csv").read_bytes() == (dask / "r.csv").read_bytes()
    assert _files(local / "html") == _files(dask / "html")
    # a resume on the cluster finds everything done and changes nothing
    before = (dask / "r.jsonl").read_bytes()
    again = run_batch(
        [SAMPLES],
        out=dask / "r.jsonl",
        jobs=2,
        executor="dask",
        scheduler=cluster.scheduler_address,
    )
    assert again.scored == 0 and again.skipped == runs[dask].scored
    assert (dask / "r.jsonl").read_bytes() == before


@pytest.mark.slow  # starts a local cluster of worker processes: several seconds
def test_dask_without_a_scheduler_starts_a_local_cluster_of_processes(tmp_path):
    pytest.importorskip("distributed")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("04-one-page-company-statement.md", "08-honest-decline-high-risk-region.md"):
        shutil.copy(SAMPLES / name, docs / name)
    local = run_batch([docs], out=tmp_path / "local.jsonl", jobs=1)
    dask = run_batch([docs], out=tmp_path / "dask.jsonl", jobs=1, executor="dask")
    assert [r.error for r in dask.rows] == ["", ""]  # Dask's daemon workers may fork ours
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert local.scored == dask.scored == 2


def test_dask_keeps_the_time_limit_per_document(tmp_path, cluster, monkeypatch):
    import auditcheck.api

    real = auditcheck.api.evaluate

    def slow_on_one(document, **kwargs):
        if document.path.endswith("slow.md"):
            time.sleep(30)
        return real(document, **kwargs)

    # the cluster runs in this process, so its forked children see the patched evaluator
    monkeypatch.setattr(auditcheck.api, "evaluate", slow_on_one)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SAMPLES / "04-one-page-company-statement.md", docs / "quick.md")
    shutil.copy(SAMPLES / "04-one-page-company-statement.md", docs / "slow.md")
    (docs / "slow.md").write_text(
        (docs / "slow.md").read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8"
    )
    t0 = time.monotonic()
    result = run_batch(
        [docs],
        out=tmp_path / "r.jsonl",
        jobs=2,
        timeout=2.0,
        executor="dask",
        scheduler=cluster.scheduler_address,
    )
    assert time.monotonic() - t0 < 25
    errors = {Path(r.path).name: r for r in result.errors}
    assert list(errors) == ["slow.md"]
    assert errors["slow.md"].kind == "timeout"  # the local pool's kind and words
    assert errors["slow.md"].error == "took longer than the 2s limit per file"
    assert [Path(r.path).name for r in result.scores] == ["quick.md"]


def test_dask_executor_without_the_extra_is_one_line_and_exit_2(tmp_path, monkeypatch):
    import typer
    from typer.testing import CliRunner

    from auditcheck.cli.batch import batch

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    app = typer.Typer()
    app.command("batch")(batch)
    app.command("noop")(lambda: None)
    shutil.copy(SAMPLES / "04-one-page-company-statement.md", tmp_path / "a.md")
    args = ["batch", str(tmp_path / "a.md"), "--out", str(tmp_path / "r.jsonl"), "-q"]
    result = CliRunner().invoke(app, [*args, "--executor", "dask"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        'auditcheck: the dask executor needs the dask extra: pip install "auditcheck[dask]"'
    )
    assert not (tmp_path / "r.jsonl").exists()  # refused before any work
    wrong = CliRunner().invoke(app, [*args, "--scheduler", "tcp://127.0.0.1:1"])
    assert wrong.exit_code == 2
    assert wrong.output.strip() == "auditcheck: --scheduler needs --executor dask"
    unknown = CliRunner().invoke(app, [*args, "--executor", "ray"])
    assert unknown.exit_code == 2 and "unknown executor 'ray'" in unknown.output


def test_an_unreachable_scheduler_is_a_typed_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from auditcheck.batch import dask_executor

    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT", 1.0)
    shutil.copy(SAMPLES / "04-one-page-company-statement.md", tmp_path / "a.md")
    with pytest.raises(
        ExecutorError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        run_batch(
            [tmp_path / "a.md"],
            out=tmp_path / "r.jsonl",
            executor="dask",
            scheduler="tcp://127.0.0.1:9",
        )
