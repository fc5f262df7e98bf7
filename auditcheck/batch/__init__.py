"""Score many documents at once: resumable JSON Lines, plus CSV, HTML pages and an index.

- ``inputs``: which files a run scores (discovery by the readers' own suffix list).
- ``results``: the results file (run header, lock, resume, torn-line repair).
- ``rows``: the typed ``SummaryRow`` of each document and the ``BatchResult`` of a run.
- ``worker``: the work for one document, and the engines warmed once before workers start.
- ``run``: resume, the order of the records, the results file; returns typed rows.
- ``executors``: the local process pool with its watchdog; ``dask_executor``: a Dask cluster.
- ``outputs``: CSV, HTML pages and index, the end-of-run summary.

``run_batch`` ties them together for the CLI and the Python API.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..budget import DEFAULT_MEMORY_MB
from ..errors import OutputError
from ..render.safe import safe_path
from .inputs import READABLE_SUFFIXES, InputProblem, expand_inputs
from .outputs import complete_html, prepare_html_dir, summary_lines, write_csv
from .results import iter_results, read_results
from .rows import BatchResult, SummaryRow, summary_row
from .run import DEFAULT_TIMEOUT, EXECUTORS, BatchSettings, check_executor, run_jsonl
from .worker import score_file

#: File suffixes picked up when a folder is given (the readers' own list).
SUFFIXES = READABLE_SUFFIXES

__all__ = [
    "DEFAULT_TIMEOUT",
    "EXECUTORS",
    "SUFFIXES",
    "BatchResult",
    "InputProblem",
    "SummaryRow",
    "check_executor",
    "expand_inputs",
    "iter_results",
    "read_results",
    "run_batch",
    "score_file",
    "summary_lines",
    "summary_row",
    "write_csv",
]


def run_batch(
    inputs: Iterable[str | Path],
    *,
    out: str | Path = "results.jsonl",
    csv_path: str | Path | None = None,
    html_dir: str | Path | None = None,
    jobs: int | None = None,
    criteria_dir: str | Path | None = None,
    pack: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    memory_mb: int = DEFAULT_MEMORY_MB,
    restart: bool = False,
    retry_errors: bool = False,
    progress: Any = None,
    executor: str = "local",
    scheduler: str | None = None,
) -> BatchResult:
    """Score every input file in parallel, appending each record to ``out`` as it finishes.

    Args:
        inputs: files, folders (searched recursively) and glob patterns.
        out: JSON Lines results file; a resume skips the files it already holds.
        csv_path: write one summary row per document here.
        html_dir: write one HTML page per document and an ``index.html`` here.
        jobs: worker processes; defaults to the number of CPUs.
        criteria_dir: a folder of packs added to the built-in ones.
        pack: use this pack for every document instead of choosing one.
        timeout: seconds allowed per file (0: no limit).
        memory_mb: megabytes a worker may add while scoring one file (0: no limit).
        restart: start ``out`` afresh when it was made with other settings.
        retry_errors: score again the files that have an error record in ``out``.
        executor: ``"local"`` (worker processes on this machine) or ``"dask"`` (a Dask
            cluster; needs ``pip install "auditcheck[dask]"``).
        scheduler: the Dask scheduler's address (``tcp://host:8786``); None with ``"dask"``
            starts a local Dask cluster of ``jobs`` worker processes.
        progress: an object with ``start(total, skipped)``, ``advance(path, outcome, error=)``
            and ``finish()`` (see ``auditcheck.progress.Progress``), or None for silence.

    Raises:
        PackError: the criteria cannot be loaded or ``pack`` does not exist.
        OutputError: an output cannot be written (ResultsFileError: ``out`` cannot be resumed).
        ExecutorError: an unknown executor, Dask not installed, or its scheduler unreachable.
    """
    import os

    out = Path(out)
    settings = BatchSettings(
        out=out,
        html_dir=Path(html_dir) if html_dir else None,
        jobs=max(1, jobs or os.cpu_count() or 1),
        criteria_dir=str(criteria_dir) if criteria_dir else None,
        pack=pack,
        timeout=timeout,
        memory_mb=memory_mb,
        restart=restart,
        retry_errors=retry_errors,
        exclude=[Path(p) for p in (csv_path, html_dir) if p],
        executor=check_executor(executor, scheduler),
        scheduler=scheduler,
    )
    if settings.html_dir:
        prepare_html_dir(settings.html_dir)
    if csv_path:
        _check_writable_folder(Path(csv_path))
    result = run_jsonl(inputs, settings, progress)
    result.csv = safe_path(csv_path) if csv_path else None
    result.html_dir = safe_path(html_dir) if html_dir else None
    # Output faults at the end are reported with the summary (exit 2), not instead of it.
    if settings.html_dir:
        try:
            complete_html(settings.html_dir, result.rows, out)
        except OutputError as exc:
            result.output_errors.append(exc.one_line())
    if csv_path:
        try:
            write_csv(csv_path, result.rows)
        except OutputError as exc:
            result.output_errors.append(exc.one_line())
    return result


def _check_writable_folder(target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(safe_path(target), "its folder does not exist")
    import os

    if not os.access(folder, os.W_OK):
        raise OutputError(safe_path(target), "its folder is not writable")
