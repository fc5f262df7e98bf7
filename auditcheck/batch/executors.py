"""The local executor: a pool of worker processes on this machine, with a watchdog.

Design choices, each for a reason:

- Worker *processes*, not threads: PDF extraction goes through PDFium, which is not
  thread-safe, and scoring is CPU-bound Python. The parent warms every engine before the pool
  starts (``worker.warm_engines``), so forked workers begin warm. Workers die with their
  parent (``PR_SET_PDEATHSIG`` on Linux, a watch thread elsewhere) and take SIGTERM, so a
  killed batch leaves no orphans.
- Each worker enforces the per-document budget: a time limit with SIGALRM and a memory
  ceiling with ``RLIMIT_AS``; the parent's watchdog kills a worker stuck past the limit in C
  code, where SIGALRM cannot reach.
- Files that were in flight when a worker died are retried in a fresh pool; one that kills
  its worker twice becomes an error.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from .worker import init_worker, score_file

if TYPE_CHECKING:
    from .run import BatchSettings, Sink

#: Seconds past the per-file limit after which the parent kills a worker that has not returned.
WATCHDOG_GRACE = 10.0


def run_local_pool(
    todo: dict[str, str], sink: Sink, settings: BatchSettings, stop: threading.Event
) -> None:
    """Feed the pool a few tasks at a time and pass each result to ``sink`` until done or stop.

    A watchdog backs up the workers' own time limit: a file still running ``WATCHDOG_GRACE``
    seconds after its limit (stuck inside C code, where SIGALRM cannot reach) has its worker
    killed and becomes a timeout error.
    """
    from .run import error_result

    timeout, jobs = settings.timeout, max(1, settings.jobs)
    ctx = multiprocessing.get_context()
    started = ctx.SimpleQueue()  # (pid, sha, monotonic start) from each worker, for the watchdog
    initargs = (
        settings.criteria_dir,
        settings.pack,
        settings.html_dir is not None,
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
            while queue and not broken and len(pending) < jobs * 2 and sink.has_room():
                sha, path = queue.popleft()
                sink.handed_out(sha)
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
                        res = error_result(
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
                        res = error_result(
                            todo[sha],
                            sha,
                            "the worker process died while reading this file "
                            f"(over the {settings.memory_mb:,} MB memory limit, or a crash)",
                            "internal",
                        )
                except Exception as exc:  # broad on purpose: e.g. a result that cannot be sent back
                    res = error_result(
                        todo[sha], sha, f"worker failed: {type(exc).__name__}: {exc}", "internal"
                    )
                sink.done(todo[sha], sha, res)
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
                # finished results reach the disk through the sink; unfinished work is dropped
                for process in list(getattr(executor, "_processes", {}).values()):
                    with contextlib.suppress(Exception):
                        process.kill()
            executor.shutdown(wait=True, cancel_futures=True)
