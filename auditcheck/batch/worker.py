"""The work for one document in a batch, and the worker state it needs, warmed once.

``warm_engines`` loads the packs and warms every engine (``engine.warm``), so that the
lazily built parts (compiled patterns, pattern sets, reference data) exist before any worker
starts. The batch parent
calls it once before the pool forks: every worker inherits the warm state instead of paying
about a second of warm-up each (with a start method other than fork, each worker warms
itself in ``init_worker``, as before).

``score_file`` never raises for a bad file: it returns an error record instead, so one file
cannot stop the others.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from typing import Any

from ..budget import DEFAULT_MEMORY_MB, die_with_parent, limit_memory
from ..errors import AuditcheckError, BudgetExceeded, DocumentError
from ..render.safe import one_line


class FileTimeout(BaseException):
    """Raised inside a worker when a file exceeds its time limit.

    A BaseException so that the evaluator's per-criterion ``except Exception`` cannot
    swallow it and keep working on a file that is already over time.
    """


#: This process's worker state: packs, pack choice, limits, whether pages are wanted.
_WORKER: dict[str, Any] = {}
#: Packs already warmed in this process, by criteria folder (inherited across fork).
_WARM: dict[str | None, dict[str, Any]] = {}


def warm_engines(criteria_dir: str | None) -> dict[str, Any]:
    """Load the packs and warm every engine once in this process; returns the packs.

    Raises:
        PackError: the criteria cannot be loaded.
    """
    if criteria_dir in _WARM:
        return _WARM[criteria_dir]
    from ..engine.warm import warm_up
    from ..packs import load_packs

    packs = load_packs(criteria_dir)
    warm_up(packs)
    gc.collect()
    gc.freeze()  # keep the warm objects out of later collections: fewer copy-on-write pages
    _WARM[criteria_dir] = packs
    return packs


def init_worker(
    criteria_dir: str | None,
    pack_id: str | None,
    html_wanted: bool,
    timeout: float,
    started: Any = None,
    memory_mb: int = DEFAULT_MEMORY_MB,
    parent: int | None = None,
) -> None:
    """Process-pool initializer: die with the parent, set the budget, use the warm packs."""
    die_with_parent()
    if parent is not None and os.getppid() != parent:
        os._exit(1)  # the parent died before the death signal was armed
    if not sys.platform.startswith("linux") and parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    # the parent owns Ctrl-C; SIGTERM must kill a worker (the fork copied the parent's handler)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    packs = warm_engines(criteria_dir)  # inherited from the parent under fork: no work here
    limit_memory(memory_mb)
    _WORKER.update(
        packs=packs,
        pack_id=pack_id,
        html_wanted=html_wanted,
        timeout=timeout,
        started=started,
        memory_mb=memory_mb,
    )


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _on_alarm(signum: int, frame: Any) -> None:
    raise FileTimeout()


def time_error(timeout: float) -> str:
    return f"took longer than the {timeout:g}s limit per file"


def memory_error(memory_mb: int) -> str:
    return f"needed more than the {memory_mb:,} MB memory limit per file"


def score_file(
    path: str,
    sha256: str | None,
    data: bytes | None = None,
    state: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Score one file in a worker; never raises for a bad file, returns an error record instead.

    ``data`` carries the file's bytes when the worker cannot read ``path`` itself (a Dask
    worker on another machine). Returns a dict with ``path``, ``sha256``, ``seconds``,
    ``maxrss_kb`` and either ``line`` (the report as one JSON line, plus ``page``, its HTML
    page, when pages are wanted) or ``error`` and ``kind``. ``state`` replaces this process's
    worker state (packs, pack choice, limits) when the caller is not a pool worker.
    """
    from .. import api
    from ..document import load_document

    worker = _WORKER if state is None else state
    timeout = float(worker.get("timeout") or 0)
    t0 = time.perf_counter()
    if worker.get("started") is not None:
        worker["started"].put((os.getpid(), sha256, time.monotonic()))
    result: dict[str, Any] = {"path": path, "sha256": sha256}
    use_alarm = timeout > 0 and threading.current_thread() is threading.main_thread()
    if use_alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        document = load_document(path, data=data)
        report = api.evaluate(document, packs=worker.get("packs"), pack=worker.get("pack_id"))
        result["sha256"] = report.document.sha256
        result["line"] = report.model_dump_json()
        if worker.get("html_wanted"):
            from ..render.html import render

            result["page"] = render(report, document_text=document.text)
    except FileTimeout:
        result.update(error=time_error(timeout), kind="timeout")
    except MemoryError:
        result.update(error=memory_error(worker.get("memory_mb", DEFAULT_MEMORY_MB)), kind="memory")
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
    result["maxrss_kb"] = maxrss_kb()
    return result


def maxrss_kb() -> int:
    """This process's peak resident memory in KiB (Linux reports KiB)."""
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
