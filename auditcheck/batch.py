"""Score many documents at once: parallel worker processes, resumable JSON Lines, CSV and HTML.

Design choices, each for a reason:

- Worker *processes*, not threads: PDF extraction goes through PDFium, which is not
  thread-safe, and scoring is CPU-bound Python. Each worker loads the packs once in its
  initializer; the task function lives at module level so a worker never reloads them.
- Only the parent writes the results file, one whole line per finished document, flushed at
  once. Ctrl-C sets a flag (it does not raise mid-write), so the file always ends on a
  complete line; a trailing partial line left by a hard kill is cut off when resuming.
- A document is identified by the SHA-256 of its bytes. Re-running skips any file whose hash
  already has a report (or an unreadable-document error) in the results file, whatever its
  name, and identical files in one run are scored once.
- A file that fails becomes an error record ``{"path", "error", "sha256", "kind"}`` and the
  batch goes on; every worker enforces a per-file time limit with SIGALRM.
"""

from __future__ import annotations

import contextlib
import csv
import glob
import hashlib
import json
import multiprocessing
import os
import re
import signal
import threading
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .errors import AuditcheckError, DocumentError, PackError

#: File suffixes picked up when a folder is given; files named explicitly are always tried.
SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx"})
#: Seconds one file may take in a worker before it becomes a timeout error.
DEFAULT_TIMEOUT = 120.0
#: Seconds past the per-file limit after which the parent kills a worker that has not returned.
WATCHDOG_GRACE = 10.0
#: How many documents the summary lists as the weakest.
WORST = 5
#: Error kinds that the same bytes would hit again, so resuming does not retry them.
PERMANENT_ERRORS = frozenset({"document"})

_GLOB_CHARS = re.compile(r"[*?\[]")


# ----------------------------------------------------------------------------------------
# worker side


class FileTimeout(BaseException):
    """Raised inside a worker when a file exceeds its time limit.

    A BaseException so that the evaluator's per-criterion ``except Exception`` cannot
    swallow it and keep working on a file that is already over time.
    """


_WORKER: dict[str, Any] = {}


def init_worker(criteria_dir: str | None, pack_id: str | None, html_dir: str | None, timeout: float,
                started: Any = None) -> None:
    """Process-pool initializer: load the packs once for every file this worker scores."""
    from .packs import load_packs

    # the parent owns Ctrl-C; a worker killed mid-file would only lose that file's work
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    packs = load_packs(criteria_dir)
    from .fastscan import prime

    prime(pack_patterns(packs))
    _WORKER.update(
        packs=packs,
        pack_id=pack_id,
        html_dir=html_dir,
        timeout=timeout,
        started=started,
    )


#: Criterion fields that hold lists of patterns (see packs/schema.py).
_PATTERN_FIELDS = ("patterns", "partial_patterns", "exceptions", "red_flags", "red_flag_exceptions", "when",
                   "when_exceptions", "unless", "also_when")


def pack_patterns(packs: dict[str, Any]) -> list[str]:
    """Every pattern string in the packs' criteria, in a stable order (to prime the matcher)."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _PATTERN_FIELDS and isinstance(value, list) and all(isinstance(v, str) for v in value):
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
    (the report as one JSON line) and ``summary``, or ``error`` and ``kind``.
    """
    from .api import evaluate
    from .document import load_document

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
        packs = _WORKER.get("packs")
        report = evaluate(document, packs=packs, pack=_WORKER.get("pack_id"))
        result["sha256"] = report.document.sha256
        result["line"] = report.model_dump_json()
        html_dir = _WORKER.get("html_dir")
        if html_dir:
            write_html_page(Path(html_dir), report, document_text=document.text)
    except FileTimeout:
        result.update(error=f"took longer than the {timeout:g}s limit per file", kind="timeout")
    except DocumentError as exc:
        result.update(error=exc.reason, kind="document")
    except AuditcheckError as exc:
        result.update(error=exc.one_line(), kind="check")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        result.update(error=f"internal error: {type(exc).__name__}: {exc}", kind="internal")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
    result["seconds"] = round(time.perf_counter() - t0, 4)
    result["maxrss_kb"] = _maxrss_kb()
    return result


def _maxrss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# ----------------------------------------------------------------------------------------
# inputs and the results file


def expand_inputs(inputs: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> tuple[list[str], list[dict]]:
    """Files named, found under folders (recursively) or matched by globs, in a stable order.

    Returns the file paths and an error record for every input that matched nothing.
    Hidden files and folders are skipped inside folders, as are ``exclude`` paths (the
    batch's own outputs, so a second run does not score its own HTML pages).
    """
    excluded = {Path(p).resolve() for p in exclude}
    files: list[str] = []
    seen: set[Path] = set()
    problems: list[dict] = []

    def add(p: Path) -> None:
        resolved = p.resolve()
        if resolved in seen or resolved in excluded or any(parent in excluded for parent in resolved.parents):
            return
        seen.add(resolved)
        files.append(str(p))

    for raw in inputs:
        item = Path(raw)
        if item.is_dir():
            for found in sorted(_walk(item)):
                add(found)
        elif item.exists():
            add(item)
        elif _GLOB_CHARS.search(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            hits = [Path(m) for m in matches if Path(m).is_file()]
            for m in matches:
                if Path(m).is_dir():
                    hits.extend(sorted(_walk(Path(m))))
            if not hits:
                problems.append({"path": str(raw), "error": "no files match this pattern", "kind": "input"})
            for hit in hits:
                add(hit)
        else:
            problems.append({"path": str(raw), "error": "no such file or folder", "kind": "input"})
    return files, problems


def _walk(folder: Path) -> Iterable[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(root) / name


def read_results(path: str | Path, *, repair: bool = True) -> list[dict]:
    """Every complete record of a JSON Lines results file, oldest first.

    With ``repair``, a trailing partial line (left by a hard kill mid-write) is cut off so
    that appending continues on a clean line. Lines that are not JSON objects are ignored.
    """
    p = Path(path)
    if not p.exists():
        return []
    data = p.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data) and repair:
        with open(p, "r+b") as fh:
            fh.truncate(cut)
    records = []
    for raw in data[:cut].splitlines():
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def record_sha(record: dict) -> str | None:
    if "document" in record:
        return (record.get("document") or {}).get("sha256")
    return record.get("sha256")


def is_report(record: dict) -> bool:
    return "document" in record and "score" in record


def file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# ----------------------------------------------------------------------------------------
# the run


@dataclass
class BatchResult:
    """What a batch did: one row per input file (in input order) plus counts."""

    rows: list[dict] = field(default_factory=list)
    scored: int = 0
    skipped: int = 0
    interrupted: bool = False
    elapsed: float = 0.0
    max_worker_rss_kb: int = 0
    out: str | None = None
    csv: str | None = None
    html_dir: str | None = None

    @property
    def errors(self) -> list[dict]:
        return [r for r in self.rows if r.get("error")]

    @property
    def scores(self) -> list[dict]:
        return [r for r in self.rows if not r.get("error")]

    def verdict_counts(self) -> dict[str, int]:
        counts = Counter(r["verdict"] for r in self.scores)
        return dict(sorted(counts.items()))

    def worst(self, n: int = WORST) -> list[dict]:
        return sorted(self.scores, key=lambda r: (r["score"], r["path"]))[:n]

    def exit_code(self, fail_under: float | None = None) -> int:
        """2 if any file failed, 1 if a score is below ``fail_under``, 130 if interrupted, else 0."""
        if self.interrupted:
            return 130
        if self.errors:
            return 2
        if fail_under is not None and any(r["score"] < fail_under for r in self.scores):
            return 1
        return 0


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
    progress: Any = None,
) -> BatchResult:
    """Score every input file in parallel, appending each report to ``out`` as it finishes.

    Args:
        inputs: files, folders (searched recursively) and glob patterns.
        out: JSON Lines file; existing results in it are kept and their files skipped.
        csv_path: write one summary row per document here.
        html_dir: write one HTML page per document and an ``index.html`` here.
        jobs: worker processes; defaults to the number of CPUs.
        criteria_dir: a folder of packs added to the built-in ones.
        pack: use this pack for every document instead of choosing one.
        timeout: seconds allowed per file.
        progress: an object with ``start(total, skipped)``, ``advance(path, outcome, error=)``
            and ``finish()`` (see ``auditcheck.progress.Progress``), or None for silence.

    Raises:
        PackError: the criteria cannot be loaded or ``pack`` does not exist.
    """
    from .packs import load_packs

    t0 = time.monotonic()
    packs = load_packs(criteria_dir)  # fail before starting workers if the criteria are broken
    if pack and pack not in packs:
        raise PackError(pack, f"no such pack; available: {', '.join(sorted(packs))}", key="--pack")
    jobs = max(1, jobs or os.cpu_count() or 1)
    out = Path(out)
    outputs = [out] + ([Path(csv_path)] if csv_path else []) + ([Path(html_dir)] if html_dir else [])
    files, problems = expand_inputs(inputs, exclude=outputs)
    if html_dir:
        Path(html_dir).mkdir(parents=True, exist_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)

    known: dict[str, dict] = {}
    for record in read_results(out):
        sha = record_sha(record)
        if not sha:
            continue
        if is_report(record):
            known[sha] = record
        elif record.get("kind") in PERMANENT_ERRORS and not is_report(known.get(sha, {})):
            known[sha] = record

    sha_of: dict[str, str | None] = {}
    todo: dict[str, str] = {}  # sha -> first path with that content
    for path in files:
        try:
            sha = file_sha256(path)
        except OSError as exc:
            problems.append({"path": path, "error": f"cannot read file ({exc.strerror or exc})", "kind": "document"})
            sha = None
        sha_of[path] = sha
        if sha and sha not in known and sha not in todo:
            todo[sha] = path

    result = BatchResult(out=str(out), csv=str(csv_path) if csv_path else None, html_dir=str(html_dir) if html_dir else None)
    result.skipped = sum(1 for p in files if sha_of[p] in known)
    if progress is not None:
        progress.start(len(todo), result.skipped)

    fresh: dict[str, dict] = {}
    if todo:
        result.interrupted = _run_pool(
            todo, out, fresh, jobs=jobs, criteria_dir=criteria_dir, pack=pack,
            html_dir=html_dir, timeout=timeout, progress=progress, result=result,
        )
    if progress is not None:
        progress.finish()

    records = {**known, **fresh}
    for path in files:
        sha = sha_of[path]
        if sha is None:
            continue
        record = records.get(sha)
        if record is None:  # not reached before an interrupt
            continue
        result.rows.append(summary_row(path, record, html_dir=html_dir))
    result.rows.extend(dict(problem, sha256=None) for problem in problems)
    result.scored = len(fresh)

    if html_dir:
        _complete_html(Path(html_dir), result.rows, records)
    if csv_path:
        write_csv(csv_path, result.rows)
    result.elapsed = time.monotonic() - t0
    return result


def _run_pool(todo, out, fresh, *, jobs, criteria_dir, pack, html_dir, timeout, progress, result) -> bool:
    """Feed the pool a few tasks at a time and append each result; True if interrupted.

    A watchdog backs up the workers' own time limit: a file still running ``WATCHDOG_GRACE``
    seconds after its limit (stuck inside C code, where SIGALRM cannot reach) has its worker
    killed and becomes a timeout error. Files that were in flight when a worker died are
    retried in a fresh pool; one that kills its worker twice becomes an error.
    """
    stop = threading.Event()
    previous = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    ctx = multiprocessing.get_context()
    started = ctx.SimpleQueue()  # (pid, sha, monotonic start) from each worker, for the watchdog
    initargs = (str(criteria_dir) if criteria_dir else None, pack, str(html_dir) if html_dir else None, timeout, started)
    pending: dict[Future, str] = {}
    running: dict[str, tuple[int, float]] = {}
    killed: set[str] = set()
    crashes: Counter[str] = Counter()
    queue = deque(todo.items())
    executor: ProcessPoolExecutor | None = None
    broken = False
    try:
        with open(out, "ab") as sink:
            while (queue or pending) and not stop.is_set():
                if executor is None:
                    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init_worker, initargs=initargs)
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
                            res = _error(todo[sha], sha, f"still running {timeout + WATCHDOG_GRACE:g}s after the "
                                         f"{timeout:g}s limit per file; its worker was stopped", "timeout")
                        else:
                            crashes[sha] += 0 if killed else 1
                            if crashes[sha] < 2:
                                queue.appendleft((sha, todo[sha]))  # an innocent bystander, most likely
                                continue
                            res = _error(todo[sha], sha, "the worker process died while reading this file", "internal")
                    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
                        res = _error(todo[sha], sha, f"worker failed: {type(exc).__name__}: {exc}", "internal")
                    _write(sink, _record(res, todo[sha], sha), sha, fresh, result, progress, todo)
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
    finally:
        if executor is not None:
            if stop.is_set():
                # finished results are already on disk; unfinished work is simply dropped
                for process in list(getattr(executor, "_processes", {}).values()):
                    process.terminate()
            executor.shutdown(wait=True, cancel_futures=True)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return stop.is_set()


def _error(path: str, sha: str, reason: str, kind: str) -> dict:
    return {"path": path, "sha256": sha, "error": reason, "kind": kind}


def _write(sink, record: dict, sha: str, fresh: dict, result: BatchResult, progress: Any, todo: dict) -> None:
    """Append one finished document to the results file at once, and report it."""
    sink.write(record.pop("_line").encode("utf-8") + b"\n")
    sink.flush()
    fresh[sha] = record
    result.max_worker_rss_kb = max(result.max_worker_rss_kb, record.pop("_maxrss_kb", 0))
    if progress is not None:
        outcome = record["error"] if record.get("error") else f"{record['verdict']} {record['score']:g}"
        progress.advance(todo[sha], outcome, error=bool(record.get("error")))


def _record(res: dict, path: str, sha: str) -> dict:
    """Turn a task's result into the record kept in memory plus the line for the file."""
    if "line" in res:
        record = json.loads(res["line"])
        record["_line"] = res["line"]
    else:
        record = {"path": res.get("path", path), "error": res["error"], "sha256": res.get("sha256") or sha,
                  "kind": res.get("kind", "internal")}
        record["_line"] = json.dumps(record, ensure_ascii=False)
    record["_maxrss_kb"] = res.get("maxrss_kb", 0)
    return record


def unmet_findings(report: dict, n: int = 3) -> list[dict]:
    """The first ``n`` red-flag or unmet findings; reports list them most serious first."""
    return [f for f in report.get("findings", []) if f.get("status") in ("red_flag", "unmet")][:n]


def summary_row(path: str, record: dict, *, html_dir: str | Path | None = None) -> dict:
    """One flat row for a document: what the CSV, the index page and the summary show."""
    if not is_report(record):
        return {"path": path, "sha256": record.get("sha256"), "error": record.get("error", "unknown error"),
                "kind": record.get("kind")}
    top = unmet_findings(record)
    row = {
        "path": path,
        "sha256": record["document"]["sha256"],
        "format": record["document"].get("format"),
        "pages": record["document"].get("pages"),
        "pack": record["pack"]["id"],
        "score": record["score"],
        "verdict": record["verdict"],
        "audit_washing": "yes" if record["audit_washing"]["detected"] else "no",
        "patterns": ";".join(p["id"] for p in record["audit_washing"].get("patterns", [])),
        "context_risk": record["context"]["risk"],
        "dimensions": {d["id"]: d["score"] for d in record.get("dimensions", [])},
        "top_unmet": ";".join(f["criterion_id"] for f in top),
        "top_unmet_titles": " | ".join(f["title"] for f in top),
        "error": "",
    }
    if html_dir:
        row["html"] = html_page_name(path, row["sha256"])
    return row


def dimension_ids(rows: list[dict]) -> list[str]:
    ids: list[str] = []
    for row in rows:
        for key in row.get("dimensions", {}):
            if key not in ids:
                ids.append(key)
    return ids


CSV_HEAD = ["path", "sha256", "format", "pages", "pack", "score", "verdict", "audit_washing", "patterns", "context_risk"]
CSV_TAIL = ["top_unmet", "top_unmet_titles", "error"]


def write_csv(path: str | Path, rows: list[dict]) -> None:
    """One row per document; empty cells for missing values so pandas reads them as NaN."""
    dims = dimension_ids(rows)
    columns = CSV_HEAD + [f"dim_{d}" for d in dims] + CSV_TAIL
    tmp = Path(f"{path}.tmp")
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            flat = {k: v for k, v in row.items() if k != "dimensions"}
            for d in dims:
                flat[f"dim_{d}"] = row.get("dimensions", {}).get(d)
            writer.writerow(["" if flat.get(c) is None else flat.get(c) for c in columns])
    os.replace(tmp, path)


def html_page_name(path: str, sha256: str) -> str:
    """A stable, filesystem-safe page name: the file's name plus a short content hash."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(path).name)[:80] or "document"
    return f"{stem}-{sha256[:10]}.html"


def write_html_page(html_dir: Path, report: Any, *, document_text: str | None = None) -> Path:
    """Render one report to its page, atomically (a reader never sees half a page)."""
    from .render.html import render

    target = html_dir / html_page_name(report.document.path, report.document.sha256)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    tmp.write_text(render(report, document_text=document_text), encoding="utf-8")
    os.replace(tmp, target)
    return target


def _complete_html(html_dir: Path, rows: list[dict], records: dict[str, dict]) -> None:
    """Pages for documents scored in an earlier run (from their saved reports), then the index."""
    from .models import Report
    from .render.html import render, render_index

    for row in rows:
        name = row.get("html")
        if not name or (html_dir / name).exists():
            continue
        report = Report.model_validate(records[row["sha256"]])
        (html_dir / name).write_text(render(report), encoding="utf-8")
    tmp = html_dir / ".index.html.tmp"
    tmp.write_text(render_index(rows), encoding="utf-8")
    os.replace(tmp, html_dir / "index.html")


def summary_lines(result: BatchResult) -> list[str]:
    """The end-of-run summary: counts by verdict, the weakest documents, the errors."""
    lines = []
    total = len(result.rows)
    lines.append(
        f"{total} document(s): {len(result.scores)} scored, {len(result.errors)} error(s); "
        f"{result.scored} processed now, {result.skipped} from an earlier run, in {result.elapsed:.1f}s"
    )
    if result.interrupted:
        lines.append("interrupted: finished results are saved; run the same command again to resume")
    for verdict, n in result.verdict_counts().items():
        lines.append(f"  {verdict:<20} {n}")
    worst = result.worst()
    if worst:
        lines.append("weakest:")
        for row in worst:
            flag = f"  audit-washing {row['patterns']}" if row.get("patterns") else ""
            lines.append(f"  {row['score']:5.1f}  {row['verdict']:<19} {row['path']}{flag}")
    if result.errors:
        lines.append("errors:")
        for row in result.errors:
            lines.append(f"  {row['path']}: {row['error']}")
    written = [p for p in (result.out, result.csv, result.html_dir and str(Path(result.html_dir) / 'index.html')) if p]
    lines.append("wrote " + ", ".join(written))
    return lines
