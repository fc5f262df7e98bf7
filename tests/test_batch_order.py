"""The batch parent: records in input order, flushed on interrupt, engines warmed once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from auditcheck.batch.results import ResultsFile, RunHeader
from auditcheck.batch.rows import BatchResult
from auditcheck.batch.run import BatchSettings, Sink


def _error(sha: str) -> dict:
    return {"path": f"{sha}.md", "sha256": sha, "error": f"broken {sha}", "kind": "document"}


def _written(out: Path) -> list[str]:
    return [json.loads(line)["sha256"] for line in out.read_bytes().splitlines()[1:]]


@pytest.fixture
def sink(tmp_path):
    out = tmp_path / "r.jsonl"
    header = RunHeader("0", 1, {"p": "x"})
    with ResultsFile(out, header) as results:
        yield Sink(results, BatchSettings(out=out), BatchResult(), None), out


def test_records_are_written_in_input_order_whatever_finishes_first(sink):
    sink, out = sink
    for sha in ("a", "b", "c"):
        sink.handed_out(sha)
    sink.done("c.md", "c", _error("c"))
    sink.done("a.md", "a", _error("a"))
    assert _written(out) == ["a"]  # c waits for b
    sink.done("b.md", "b", _error("b"))
    assert _written(out) == ["a", "b", "c"]
    assert set(sink.rows) == {"a", "b", "c"} and sink.rows["b"].error == "broken b"


def test_an_interrupt_writes_the_finished_records_at_once(sink):
    sink, out = sink
    for sha in ("a", "b", "c"):
        sink.handed_out(sha)
    sink.done("c.md", "c", _error("c"))
    sink.flush()
    assert _written(out) == ["c"]  # b never finished; c is kept, out of order


def test_the_window_stops_new_work_until_the_first_is_written(sink):
    sink, _ = sink
    for i in range(sink.window):
        assert sink.has_room()
        sink.handed_out(f"s{i}")
    assert not sink.has_room()
    for i in range(1, sink.window):
        sink.done(f"s{i}.md", f"s{i}", _error(f"s{i}"))
    assert not sink.has_room()  # all but the first finished: still held in order
    sink.done("s0.md", "s0", _error("s0"))
    assert sink.has_room() and not sink.finished


def test_workers_start_from_the_parents_warm_engines(monkeypatch):
    from auditcheck import packs as packs_module
    from auditcheck.batch import worker

    warm = worker.warm_engines(None)

    def no_reload(*args, **kwargs):
        raise AssertionError("a worker loaded the packs again")

    monkeypatch.setattr(packs_module, "load_packs", no_reload)
    monkeypatch.setattr(worker, "die_with_parent", lambda: None)
    monkeypatch.setattr(worker, "limit_memory", lambda mb: None)
    monkeypatch.setattr(worker.signal, "signal", lambda *a: None)
    monkeypatch.setattr(worker, "_WORKER", {})
    worker.init_worker(None, None, False, 5.0)
    assert worker._WORKER["packs"] is warm
