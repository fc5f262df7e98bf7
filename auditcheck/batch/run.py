"""Score many documents at once: worker processes, a watchdog, and resume from the results file.

This module writes only the JSON Lines results file (through ``ResultsFile``) and returns
typed summary rows; CSV, HTML pages and the index are written by ``batch.outputs``.

Design choices, each for a reason:

- Worker *processes*, not threads: PDF extraction goes through PDFium, which is not
  thread-safe, and scoring is CPU-bound Python. Each worker loads the packs once in its
  initializer. Workers die with their parent (``PR_SET_PDEATHSIG`` on Linux, a watch thread
  elsewhere) and take SIGTERM, so a killed batch leaves no orphans.
- Each worker enforces the per-document budget: a time limit with SIGALRM and a memory
  ceiling with ``RLIMIT_AS``; the parent's watchdog kills a worker stuck past the limit in C
  code, where SIGALRM cannot reach.
- Only the parent writes the results file, one whole line per finished document. Ctrl-C sets
  a flag (it does not raise mid-write), so the file always ends on a complete line.
- A document is identified by the SHA-256 of its bytes. A resume skips any file whose hash
  already has a record (report or error) in the results file, so each file has exactly one
  record; ``retry_errors`` drops the old error records first and tries those files again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..budget import DEFAULT_MEMORY_MB, die_with_parent, limit_memory
from ..errors import AuditcheckError, BudgetExceeded, DocumentError, PackError
from ..render.safe import one_line, safe_path
from .inputs import InputProblem, expand_inputs, raw_bytes_hex
from .results import ResultsFile, RunHeader, is_report, pack_fingerprints, record_sha

#: Seconds one file may take in a worker before it becomes a timeout error.
DEFAULT_TIMEOUT = 120.0
#: Seconds past the per-file limit after which the parent kills a worker that has not returned.
WATCHDOG_GRACE = 10.0
#: How many documents the summary lists as the weakest.
WORST = 5


# ----------------------------------------------------------------------------------------
# typed rows


@dataclass
class SummaryRow:
    """One input file's outcome: what the CSV, the index page and the summary show."""

    path: str
    sha256: str | None = None
    format: str | None = None
    pages: int | None = None
    pack: str | None = None
    score: float | None = None
    verdict: str | None = None
    audit_washing: str | None = None
    patterns: str = ""
    context_risk: str | None = None
    dimensions: dict[str, float] = field(default_factory=dict)
    top_unmet: str = ""
    top_unmet_titles: str = ""
    error: str = ""
    kind: str | None = None
    html: str | None = None
    path_bytes: str | None = None
    title: str | None = None
    role: str | None = None
    claim_kind: str | None = None
    uncapped_score: float | None = None
    coverage: float | None = None
    red_flags: int | None = None
    top_unmet_messages: str = ""
    reference_date: str | None = None
    tool_version: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BatchResult:
    """What a batch did: one row per input file (in input order) plus counts."""

    rows: list[SummaryRow] = field(default_factory=list)
    scored: int = 0
    skipped: int = 0
    ignored_lines: int = 0
    interrupted: bool = False
    elapsed: float = 0.0
    max_worker_rss_kb: int = 0
    out: str | None = None
    csv: str | None = None
    html_dir: str | None = None
    output_errors: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[SummaryRow]:
        return [r for r in self.rows if r.error]

    @property
    def scores(self) -> list[SummaryRow]:
        return [r for r in self.rows if not r.error]

    def verdict_counts(self) -> dict[str, int]:
        counts = Counter(r.verdict or "" for r in self.scores)
        return dict(sorted(counts.items()))

    def worst(self, n: int = WORST) -> list[SummaryRow]:
        return sorted(self.scores, key=lambda r: (r.score or 0.0, r.path))[:n]

    def exit_code(
        self, fail_under: float | None = None, fail_on_audit_washing: bool = False
    ) -> int:
        """130 if interrupted, 2 if a file or output failed, 1 if a threshold is not met."""
        if self.interrupted:
            return 130
        if self.errors or self.output_errors:
            return 2
        return 1 if self.threshold_failure(fail_under, fail_on_audit_washing) else 0

    def threshold_failure(
        self, fail_under: float | None, fail_on_audit_washing: bool
    ) -> str | None:
        """Why the run fails its thresholds, in one line, or None."""
        if fail_under is not None:
            low = [r for r in self.scores if (r.score or 0.0) < fail_under]
            if low:
                return (
                    f"{len(low)} document(s) score below {fail_under:g} (lowest "
                    f"{min(r.score or 0.0 for r in low):g})"
                )
        if fail_on_audit_washing:
            washed = [r for r in self.scores if r.audit_washing == "yes"]
            if washed:
                return f"audit-washing found in {len(washed)} document(s)"
        return None


def unmet_findings(report: dict, n: int = 3) -> list[dict]:
    """The first ``n`` red-flag or unmet findings; reports list them most serious first."""
    return [
        f
        for f in report.get("findings", [])
        if isinstance(f, dict) and f.get("status") in ("red_flag", "unmet")
    ][:n]


def summary_row(path: str, record: dict, *, html_name: str | None = None) -> SummaryRow:
    """The row for one file from its record (a report or an error record)."""
    shown = safe_path(path)
    raw = raw_bytes_hex(path)
    if not is_report(record):
        return SummaryRow(
            path=shown,
            sha256=record.get("sha256"),
            error=one_line(str(record.get("error") or "unknown error")),
            kind=record.get("kind"),
            path_bytes=raw,
        )
    top = unmet_findings(record)
    document = record["document"]
    return SummaryRow(
        path=shown,
        sha256=document["sha256"],
        format=document.get("format"),
        pages=document.get("pages"),
        pack=record["pack"]["id"],
        score=record["score"],
        verdict=record["verdict"],
        audit_washing="yes" if record["audit_washing"].get("detected") else "no",
        patterns=";".join(
            str(p.get("id"))
            for p in record["audit_washing"].get("patterns", [])
            if isinstance(p, dict)
        ),
        context_risk=record["context"].get("risk"),
        dimensions={
            d["id"]: d["score"]
            for d in record.get("dimensions", [])
            if isinstance(d, dict) and "id" in d
        },
        top_unmet=";".join(str(f.get("criterion_id")) for f in top),
        top_unmet_titles=" | ".join(str(f.get("title")) for f in top),
        # what is wrong, not what a good report would show: the failure messages
        top_unmet_messages=" | ".join(f"{f.get('criterion_id')}: {f.get('message')}" for f in top),
        html=html_name,
        path_bytes=raw,
        title=one_line(str(document["title"]))[:200] if document.get("title") else None,
        role=document.get("role"),
        claim_kind=(record.get("judgement") or {}).get("principal"),
        uncapped_score=record.get("uncapped_score"),
        coverage=(record.get("judgement") or {}).get("coverage"),
        red_flags=sum(1 for f in record.get("findings", []) if f.get("status") == "red_flag"),
        reference_date=record["context"].get("reference_date"),
        tool_version=(record.get("tool") or {}).get("version"),
    )


# ----------------------------------------------------------------------------------------
# worker side


class FileTimeout(BaseException):
    """Raised inside a worker when a file exceeds its time limit.

    A BaseException so that the evaluator's per-criterion ``except Exception`` cannot
    swallow it and keep working on a file that is already over time.
    """


_WORKER: dict[str, Any] = {}


def init_worker(
    criteria_dir: str | None,
    pack_id: str | None,
    html_dir: str | None,
    timeout: float,
    started: Any = None,
    memory_mb: int = DEFAULT_MEMORY_MB,
    parent: int | None = None,
) -> None:
    """Process-pool initializer: die with the parent, set the budget, load the packs once."""
    from ..packs import load_packs
    from ..text.scanner import prime

    die_with_parent()
    if parent is not None and os.getppid() != parent:
        os._exit(1)  # the parent died before the death signal was armed
    if not sys.platform.startswith("linux") and parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    # the parent owns Ctrl-C; SIGTERM must kill a worker (the fork copied the parent's handler)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    packs = load_packs(criteria_dir)
    prime(pack_patterns(packs))
    limit_memory(memory_mb)
    _WORKER.update(
        packs=packs,
        pack_id=pack_id,
        html_dir=html_dir,
        timeout=timeout,
        started=started,
        memory_mb=memory_mb,
    )


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


#: Criterion fields that hold lists of patterns (see packs/schema.py).
_PATTERN_FIELDS = (
    "patterns",
    "partial_patterns",
    "exceptions",
    "red_flags",
    "red_flag_exceptions",
    "when",
    "when_exceptions",
    "unless",
    "also_when",
)


def pack_patterns(packs: dict[str, Any]) -> list[str]:
    """Every pattern string in the packs' criteria, in a stable order (to prime the matcher)."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if (
                    key in _PATTERN_FIELDS
                    and isinstance(value, list)
                    and all(isinstance(v, str) for v in value)
                ):
                    found.update(dict.fromkeys(value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for pack in packs.values():
        for criterion in pack.criteria:
            walk(criterion.model_dump())
    return list(found)


def _on_alarm(signum: int, frame: Any) -> None:
    raise FileTimeout()


def score_file(path: str, sha256: str | None) -> dict[str, Any]:
    """Score one file in a worker; never raises for a bad file, returns an error record instead.

    Returns a dict with ``path``, ``sha256``, ``seconds``, ``maxrss_kb`` and either ``line``
    (the report as one JSON line) or ``error`` and ``kind``; ``html_error`` when the page
    could not be written.
    """
    from .. import api
    from ..document import load_document
    from .outputs import write_html_page

    timeout = float(_WORKER.get("timeout") or 0)
    t0 = time.perf_counter()
    if _WORKER.get("started") is not None:
        _WORKER["started"].put((os.getpid(), sha256, time.monotonic()))
    result: dict[str, Any] = {"path": path, "sha256": sha256}
    use_alarm = timeout > 0 and threading.current_thread() is threading.main_thread()
    if use_alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        document = load_document(path)
        report = api.evaluate(document, packs=_WORKER.get("packs"), pack=_WORKER.get("pack_id"))
        result["sha256"] = report.document.sha256
        result["line"] = report.model_dump_json()
        html_dir = _WORKER.get("html_dir")
        if html_dir:
            try:
                write_html_page(Path(html_dir), report, document_text=document.text)
            except OSError as exc:
                result["html_error"] = f"cannot write its HTML page ({exc.strerror or exc})"
    except FileTimeout:
        result.update(error=f"took longer than the {timeout:g}s limit per file", kind="timeout")
    except MemoryError:
        memory_mb = _WORKER.get("memory_mb", DEFAULT_MEMORY_MB)
        result.update(
            error=f"needed more than the {memory_mb:,} MB memory limit per file", kind="memory"
        )
    except RecursionError:
        result.update(error="structure is nested too deeply to read", kind="document")
    except BudgetExceeded as exc:
        result.update(error=exc.reason, kind=exc.limit)
    except DocumentError as exc:
        result.update(error=exc.reason, kind="document")
    except AuditcheckError as exc:
        result.update(error=exc.one_line(), kind="check")
    except Exception as exc:  # broad on purpose: one bad file must not stop the batch
        result.update(error=f"internal error: {type(exc).__name__}: {exc}", kind="internal")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
    if "error" in result:
        result["error"] = one_line(result["error"])
    result["seconds"] = round(time.perf_counter() - t0, 4)
    result["maxrss_kb"] = _maxrss_kb()
    return result


def _maxrss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


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


# ----------------------------------------------------------------------------------------
# the run


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


def run_jsonl(
    inputs: Iterable[str | Path], settings: BatchSettings, progress: Any = None
) -> tuple[BatchResult, dict[str, dict]]:
    """Score every input not already in the results file, appending each record as it finishes.

    Returns the result (typed rows, in input order) and every record by content hash.

    Raises:
        PackError: the criteria cannot be loaded or ``pack`` does not exist.
        OutputError: the results file (or HTML folder) cannot be written.
        ResultsFileError: the results file is not ours, was made with other settings, or is
            in use by another batch.
    """
    from .. import __version__
    from ..models import SCHEMA_VERSION
    from ..packs import load_packs

    t0 = time.monotonic()
    packs = load_packs(
        settings.criteria_dir
    )  # fail before starting workers if the criteria are broken
    if settings.pack and settings.pack not in packs:
        raise PackError(
            settings.pack, f"no such pack; available: {', '.join(sorted(packs))}", key="--pack"
        )
    files, problems = expand_inputs(inputs, exclude=[settings.out, *settings.exclude])
    header = RunHeader(__version__, SCHEMA_VERSION, pack_fingerprints(packs), settings.pack)
    result = BatchResult(out=safe_path(settings.out))
    fresh: dict[str, dict] = {}
    known: dict[str, dict] = {}
    with ResultsFile(
        settings.out, header, restart=settings.restart, retry_errors=settings.retry_errors
    ) as results:
        result.ignored_lines = results.ignored
        for old in results.records:
            old_sha = record_sha(old)
            # a report wins over an earlier error for the same bytes (an older --retry-errors run)
            if old_sha not in known or is_report(old):
                known[old_sha] = old

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
        if todo:
            result.interrupted = _run_pool(todo, results, fresh, settings, progress, result)
        if progress is not None:
            progress.finish()

    records = {**known, **fresh}
    html_names: dict[str, str] = {}
    if settings.html_dir:
        from .outputs import html_page_name

        html_names = {sha: html_page_name(path, sha) for path, sha in sha_of.items() if sha}
    for path in files:
        found = sha_of[path]
        kept = records.get(found) if found else None
        if found is None or kept is None:  # unreadable, or not reached before an interrupt
            continue
        result.rows.append(
            summary_row(path, kept, html_name=html_names.get(found) if is_report(kept) else None)
        )
    for problem in problems:
        result.rows.append(
            SummaryRow(
                path=safe_path(problem.path),
                error=problem.error,
                kind=problem.kind,
                path_bytes=raw_bytes_hex(problem.path),
            )
        )
    result.scored = len(fresh)
    result.elapsed = time.monotonic() - t0
    return result, records


def _run_pool(
    todo: dict[str, str],
    results: ResultsFile,
    fresh: dict[str, dict],
    settings: BatchSettings,
    progress: Any,
    result: BatchResult,
) -> bool:
    """Feed the pool a few tasks at a time and append each result; True if interrupted.

    A watchdog backs up the workers' own time limit: a file still running ``WATCHDOG_GRACE``
    seconds after its limit (stuck inside C code, where SIGALRM cannot reach) has its worker
    killed and becomes a timeout error. Files that were in flight when a worker died are
    retried in a fresh pool; one that kills its worker twice becomes an error.
    """
    timeout, jobs = settings.timeout, max(1, settings.jobs)
    stop = threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    ctx = multiprocessing.get_context()
    started = ctx.SimpleQueue()  # (pid, sha, monotonic start) from each worker, for the watchdog
    initargs = (
        settings.criteria_dir,
        settings.pack,
        str(settings.html_dir) if settings.html_dir else None,
        timeout,
        started,
        settings.memory_mb,
        os.getpid(),
    )
    pending: dict[Future, str] = {}
    running: dict[str, tuple[int, float]] = {}
    killed: set[str] = set()
    crashes: Counter[str] = Counter()
    queue = deque(todo.items())
    executor: ProcessPoolExecutor | None = None
    broken = False
    failed = False
    try:
        while (queue or pending) and not stop.is_set():
            if executor is None:
                executor = ProcessPoolExecutor(
                    max_workers=jobs, mp_context=ctx, initializer=init_worker, initargs=initargs
                )
                broken = False
            while queue and not broken and len(pending) < jobs * 2:
                sha, path = queue.popleft()
                pending[executor.submit(score_file, path, sha)] = sha
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            while not started.empty():
                pid, sha, t_start = started.get()
                running[sha] = (pid, t_start)
            for future in done:
                sha = pending.pop(future)
                running.pop(sha, None)
                try:
                    res = future.result()
                except BrokenProcessPool:
                    broken = True
                    if sha in killed:
                        res = _error(
                            todo[sha],
                            sha,
                            f"still running {timeout + WATCHDOG_GRACE:g}s after the "
                            f"{timeout:g}s limit per file; its worker was stopped",
                            "timeout",
                        )
                    else:
                        crashes[sha] += 0 if killed else 1
                        if crashes[sha] < 2:
                            queue.appendleft((sha, todo[sha]))  # an innocent bystander, most likely
                            continue
                        res = _error(
                            todo[sha],
                            sha,
                            "the worker process died while reading this file "
                            f"(over the {settings.memory_mb:,} MB memory limit, or a crash)",
                            "internal",
                        )
                except Exception as exc:  # broad on purpose: e.g. a result that cannot be sent back
                    res = _error(
                        todo[sha], sha, f"worker failed: {type(exc).__name__}: {exc}", "internal"
                    )
                _write(results, _record(res, todo[sha], sha), sha, fresh, result, progress, todo)
            if broken and not pending:
                executor.shutdown(wait=True, cancel_futures=True)
                executor, killed, running = None, set(), {}
                continue
            if timeout > 0:
                now = time.monotonic()
                for sha, (pid, t_start) in list(running.items()):
                    if sha not in killed and now - t_start > timeout + WATCHDOG_GRACE:
                        killed.add(sha)
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGKILL)
    except KeyboardInterrupt:
        stop.set()
    except BaseException:
        failed = True  # an output fault: stop the workers, then let it propagate
        raise
    finally:
        if executor is not None:
            if stop.is_set() or failed:
                # finished results are already on disk; unfinished work is simply dropped
                for process in list(getattr(executor, "_processes", {}).values()):
                    with contextlib.suppress(Exception):
                        process.kill()
            executor.shutdown(wait=True, cancel_futures=True)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return stop.is_set()


def _error(path: str, sha: str, reason: str, kind: str) -> dict:
    return {"path": path, "sha256": sha, "error": reason, "kind": kind}


def _write(
    results: ResultsFile,
    record: dict,
    sha: str,
    fresh: dict,
    result: BatchResult,
    progress: Any,
    todo: dict,
) -> None:
    """Append one finished document to the results file at once, and report it."""
    results.append(record.pop("_line"))
    fresh[sha] = record
    result.max_worker_rss_kb = max(result.max_worker_rss_kb, record.pop("_maxrss_kb", 0))
    html_error = record.pop("_html_error", None)
    if html_error:
        result.output_errors.append(f"{safe_path(todo[sha])}: {html_error}")
    if progress is not None:
        outcome = (
            record["error"] if record.get("error") else f"{record['verdict']} {record['score']:g}"
        )
        progress.advance(todo[sha], outcome, error=bool(record.get("error")))


def _record(res: dict, path: str, sha: str) -> dict:
    """Turn a task's result into the record kept in memory plus the line for the file."""
    raw = raw_bytes_hex(path)
    if "line" in res:
        record = json.loads(res["line"])
        line = res["line"]
        if raw:  # keep the name's real bytes next to its escaped form, for lookup
            record["path_bytes"] = raw
            line = line[:-1] + f',"path_bytes":"{raw}"}}'
        record["_line"] = line
    else:
        record = {
            "path": safe_path(res.get("path", path)),
            "error": one_line(res["error"]),
            "sha256": res.get("sha256") or sha,
            "kind": res.get("kind", "internal"),
        }
        if raw:
            record["path_bytes"] = raw
        record["_line"] = json.dumps(record, ensure_ascii=False)
    record["_maxrss_kb"] = res.get("maxrss_kb", 0)
    if res.get("html_error"):
        record["_html_error"] = res["html_error"]
    return record
