"""Run a batch: resume from the results file, hand the work to an executor, stream the records.

This module writes only the JSON Lines results file (through ``ResultsFile``) and returns
typed summary rows; CSV, HTML pages and the index are written by ``batch.outputs``; the
executors (``batch.executors``: a local process pool; ``batch.dask_executor``: a Dask
cluster) only compute.

Design choices, each for a reason:

- Only the parent writes the results file, one whole line per finished document. Ctrl-C sets
  a flag (it does not raise mid-write), so the file always ends on a complete line.
- Records are written in input order, whatever order the workers finish in, so the same
  inputs give the same bytes on one core, on many, or on a cluster. A finished record waits
  in a bounded window (``ORDER_WINDOW``) until the ones before it are written; new work is not
  handed out while the window is full, so memory stays bounded. After an interrupt the
  finished records in the window are written at once, out of order, so nothing is lost.
- The parent keeps one ``SummaryRow`` per document, never a report: its memory is flat in
  the size of the reports and grows by about a kilobyte per document.
- A document is identified by the SHA-256 of its bytes. A resume skips any file whose hash
  already has a record (report or error) in the results file, so each file has exactly one
  record; ``retry_errors`` drops the old error records first and tries those files again.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..budget import DEFAULT_MEMORY_MB
from ..errors import ExecutorError, PackError
from ..render.safe import one_line, safe_path
from .inputs import InputProblem, expand_inputs, raw_bytes_hex
from .results import ResultsFile, RunHeader, pack_fingerprints, record_sha
from .rows import BatchResult, SummaryRow, row_from_record

#: Seconds one file may take in a worker before it becomes a timeout error.
DEFAULT_TIMEOUT = 120.0
#: Documents handed out but not yet written, at most, per worker (the reorder window).
ORDER_WINDOW_PER_JOB = 16
#: ... and at least this many, so one slow file does not idle a small pool at once.
ORDER_WINDOW_MIN = 64


#: Where the work runs: worker processes here, or a Dask cluster (the ``dask`` extra).
EXECUTORS = ("local", "dask")


def check_executor(executor: str, scheduler: str | None = None) -> str:
    """The executor's name if it can run here; the CLI calls this before any work starts.

    Raises:
        ExecutorError: an unknown name, ``--scheduler`` without Dask, or Dask not installed.
    """
    if executor not in EXECUTORS:
        raise ExecutorError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
    if scheduler and executor != "dask":
        raise ExecutorError("--scheduler needs --executor dask")
    if executor == "dask":
        from .dask_executor import require_dask

        require_dask()
    return executor


@dataclass
class BatchSettings:
    """Everything a run needs besides its inputs."""

    out: Path
    html_dir: Path | None = None
    jobs: int = 1
    criteria_dir: str | None = None
    pack: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB
    restart: bool = False
    retry_errors: bool = False
    exclude: list[Path] = field(default_factory=list)
    #: "local" (a process pool on this machine) or "dask" (a Dask cluster).
    executor: str = "local"
    #: The Dask scheduler's address; None starts a local Dask cluster.
    scheduler: str | None = None


class Sink:
    """Takes finished documents from an executor and appends them in input order."""

    def __init__(
        self, results: ResultsFile, settings: BatchSettings, result: BatchResult, progress: Any
    ) -> None:
        self.results = results
        self.settings = settings
        self.result = result
        self.progress = progress
        self.window = max(ORDER_WINDOW_MIN, settings.jobs * ORDER_WINDOW_PER_JOB)
        self.order: deque[str] = deque()  # handed out, not yet written, in input order
        self.listed: set[str] = set()
        self.finished: dict[str, tuple[str, dict]] = {}  # sha -> (path, task result)
        self.rows: dict[str, SummaryRow] = {}  # sha -> row of each record written now

    def has_room(self) -> bool:
        """True while the reorder window can take another document."""
        return len(self.order) < self.window

    def handed_out(self, sha: str) -> None:
        if sha not in self.listed:
            self.listed.add(sha)
            self.order.append(sha)

    def done(self, path: str, sha: str, res: dict) -> None:
        """One document finished (a report or an error); write what is now in order."""
        self.finished[sha] = (path, res)
        while self.order and self.order[0] in self.finished:
            first = self.order.popleft()
            self.listed.discard(first)
            self._write(first, *self.finished.pop(first))

    def flush(self) -> None:
        """Write every finished document now, out of order (after an interrupt)."""
        for sha in [s for s in self.order if s in self.finished]:
            self._write(sha, *self.finished.pop(sha))

    def _write(self, sha: str, path: str, res: dict) -> None:
        line, record = record_line(res, path, sha)
        self.results.append(line)
        if res.get("page") and self.settings.html_dir:
            from . import outputs

            try:
                outputs.write_html_page(
                    self.settings.html_dir, outputs.html_page_name(path, sha), res["page"]
                )
            except OSError as exc:
                self.result.output_errors.append(
                    f"{safe_path(path)}: cannot write its HTML page ({exc.strerror or exc})"
                )
        self.rows[sha] = row_from_record(record)
        self.result.max_worker_rss_kb = max(self.result.max_worker_rss_kb, res.get("maxrss_kb", 0))
        if self.progress is not None:
            error = record.get("error")
            outcome = error or f"{record['verdict']} {record['score']:g}"
            self.progress.advance(path, outcome, error=bool(error))


def record_line(res: dict, path: str, sha: str) -> tuple[str, dict]:
    """A task's result as the line for the results file and the record it holds."""
    raw = raw_bytes_hex(path)
    if "line" in res:
        line = res["line"]
        record = json.loads(line)
        if raw:  # keep the name's real bytes next to its escaped form, for lookup
            record["path_bytes"] = raw
            line = line[:-1] + f',"path_bytes":"{raw}"}}'
        return line, record
    record = {
        "path": safe_path(res.get("path", path)),
        "error": one_line(res["error"]),
        "sha256": res.get("sha256") or sha,
        "kind": res.get("kind", "internal"),
    }
    if raw:
        record["path_bytes"] = raw
    return json.dumps(record, ensure_ascii=False), record


def error_result(path: str, sha: str, reason: str, kind: str) -> dict:
    """A task result for a document whose worker gave no answer of its own."""
    return {"path": path, "sha256": sha, "error": reason, "kind": kind}


def file_sha256(path: str) -> str:
    """The SHA-256 of a regular file's bytes.

    Raises:
        OSError: not a regular file (a FIFO would block the whole run), or unreadable.
    """
    import stat

    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(0, "not a regular file (device, socket or pipe)")
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def run_jsonl(
    inputs: Iterable[str | Path], settings: BatchSettings, progress: Any = None
) -> BatchResult:
    """Score every input not already in the results file, appending each record as it finishes.

    Returns the result, with one typed row per input file in input order.

    Raises:
        PackError: the criteria cannot be loaded or ``pack`` does not exist.
        OutputError: the results file (or HTML folder) cannot be written.
        ResultsFileError: the results file is not ours, was made with other settings, or is
            in use by another batch.
        ExecutorError: the Dask executor is not installed or its cluster cannot be reached.
    """
    from .. import __version__
    from ..models import SCHEMA_VERSION
    from .worker import warm_engines

    t0 = time.monotonic()
    # fail before starting workers if the criteria are broken; warm every engine once, here,
    # so that forked workers inherit it instead of repeating it
    packs = warm_engines(settings.criteria_dir)
    if settings.pack and settings.pack not in packs:
        raise PackError(
            settings.pack, f"no such pack; available: {', '.join(sorted(packs))}", key="--pack"
        )
    files, problems = expand_inputs(inputs, exclude=[settings.out, *settings.exclude])
    header = RunHeader(__version__, SCHEMA_VERSION, pack_fingerprints(packs), settings.pack)
    result = BatchResult(out=safe_path(settings.out))
    known: dict[str, SummaryRow] = {}
    with ResultsFile(
        settings.out, header, restart=settings.restart, retry_errors=settings.retry_errors
    ) as results:
        for old in results.records():
            row = row_from_record(old)
            # a report wins over an earlier error for the same bytes (an older --retry-errors run)
            if record_sha(old) not in known or not row.error:
                known[record_sha(old)] = row
        result.ignored_lines = results.ignored

        sha_of: dict[str, str | None] = {}
        todo: dict[str, str] = {}  # sha -> first path with that content
        for path in files:
            sha: str | None
            try:
                sha = file_sha256(path)
            except OSError as exc:
                problems.append(
                    InputProblem(path, f"cannot read file ({exc.strerror or exc})", "document")
                )
                sha = None
            sha_of[path] = sha
            if sha and sha not in known and sha not in todo:
                todo[sha] = path

        result.skipped = sum(1 for p in files if sha_of[p] in known)
        if progress is not None:
            progress.start(len(todo), result.skipped)
        sink = Sink(results, settings, result, progress)
        if todo:
            result.interrupted = _execute(todo, sink, settings)
        if progress is not None:
            progress.finish()

    known.update(sink.rows)
    _collect_rows(result, files, sha_of, known, problems, settings)
    result.scored = len(sink.rows)
    result.elapsed = time.monotonic() - t0
    return result


def _execute(todo: dict[str, str], sink: Sink, settings: BatchSettings) -> bool:
    """Run the chosen executor with Ctrl-C turned into a stop flag; True if interrupted."""
    import signal

    stop = threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    try:
        if settings.executor == "dask":
            from .dask_executor import run_on_dask

            run_on_dask(todo, sink, settings, stop)
        else:
            from .executors import run_local_pool

            run_local_pool(todo, sink, settings, stop)
    except KeyboardInterrupt:
        stop.set()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if stop.is_set():
        sink.flush()  # finished results go to disk; unfinished work is simply dropped
    return stop.is_set()


def _collect_rows(
    result: BatchResult,
    files: list[str],
    sha_of: dict[str, str | None],
    known: dict[str, SummaryRow],
    problems: list[InputProblem],
    settings: BatchSettings,
) -> None:
    """One row per input file, in input order, then one per input problem."""
    from .outputs import html_page_name

    for path in files:
        found = sha_of[path]
        row = known.get(found) if found else None
        if found is None or row is None:  # unreadable, or not reached before an interrupt
            continue
        page = html_page_name(path, found) if settings.html_dir else None
        result.rows.append(row.for_path(path, page))
    for problem in problems:
        result.rows.append(
            SummaryRow(
                path=safe_path(problem.path),
                error=problem.error,
                kind=problem.kind,
                path_bytes=raw_bytes_hex(problem.path),
            )
        )
