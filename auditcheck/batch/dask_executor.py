"""The Dask executor: the same batch on a Dask distributed cluster (``auditcheck[dask]``).

The parent does what it does with the local pool (resume, order, the results file, the
rows); only the scoring moves to the cluster. Each task carries the file's bytes, so workers
need no shared file system, and returns the same result a local worker returns, so the
results file, the CSV and the pages are byte-identical to a local run on the same inputs.

Each document keeps its budget on a Dask worker too. A Dask worker runs tasks in threads,
where SIGALRM cannot reach and a memory limit would cover the whole worker, so each worker
thread hands its documents to one scoring process of its own, forked from the warm worker
and kept for the run: the same initializer, time limit, memory ceiling and watchdog as a local
pool worker, and the same warm caches from one document to the next. Each worker process
warms its engines once, on its first task.

Before any work, every worker must report the same auditcheck version and the same criteria
fingerprints as the parent; a mixed cluster would write results that a resume could not
trust. Task arguments and results travel through Dask's own serialisation between processes
of one trusted cluster; user documents travel as bytes and are never unpickled.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from typing import TYPE_CHECKING, Any

from ..errors import ExecutorError
from ..render.safe import one_line, safe_path

if TYPE_CHECKING:
    from .run import BatchSettings, Sink

#: Seconds to wait for the scheduler and for the first worker.
CONNECT_TIMEOUT = 30.0
INSTALL_HINT = 'the dask executor needs the dask extra: pip install "auditcheck[dask]"'


def require_dask() -> None:
    """Raises ExecutorError (one line, with the install command) when Dask is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise ExecutorError(INSTALL_HINT) from None


def worker_identity(criteria_dir: str | None) -> tuple[str, int, dict[str, str]]:
    """What a worker's results depend on: tool version, schema version, pack fingerprints."""
    from .. import __version__
    from ..models import SCHEMA_VERSION
    from .results import pack_fingerprints
    from .worker import warm_engines

    return __version__, SCHEMA_VERSION, pack_fingerprints(warm_engines(criteria_dir))


#: Config of one run on a worker: criteria folder, pack, pages wanted, seconds, megabytes,
#: and a token unique to the run (each run starts its own scoring processes).
Config = tuple[str | None, str | None, bool, float, int, str]

_LOCAL = threading.local()  # one scoring process per Dask worker thread
_RUNS: dict[str, list[Any]] = {}  # run token -> the scoring pools started for it
_RUNS_LOCK = threading.Lock()


def _scoring_pool(config: Config) -> Any:
    """This thread's scoring process for this run, forked from the warm worker process."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from .worker import init_worker, warm_engines

    pool = getattr(_LOCAL, "pool", None)
    if pool is not None and getattr(_LOCAL, "config", None) == config:
        return pool
    _drop_pool()
    criteria_dir, pack_id, html_wanted, timeout, memory_mb, _run = config
    warm_engines(criteria_dir)  # once per worker process; the scoring process inherits it
    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    initargs = (criteria_dir, pack_id, html_wanted, timeout, None, memory_mb, os.getpid())
    pool = ProcessPoolExecutor(1, mp_context=ctx, initializer=init_worker, initargs=initargs)
    # Dask starts its worker processes as daemons, and multiprocessing refuses children to a
    # daemon (so that none is orphaned). Ours cannot be: init_worker makes the scoring
    # process die with its parent (PR_SET_PDEATHSIG, and a parent check). So the flag is
    # lifted while the one scoring process starts, and put back at once.
    config_of_process = getattr(multiprocessing.current_process(), "_config", {})
    daemon = config_of_process.pop("daemon", None)
    try:
        pool.submit(os.getpid).result()  # starts the scoring process now
    finally:
        if daemon is not None:
            config_of_process["daemon"] = daemon
    _LOCAL.pool, _LOCAL.config = pool, config
    with _RUNS_LOCK:
        _RUNS.setdefault(config[-1], []).append(pool)
    return pool


def end_run(token: str) -> int:
    """Stop this worker's scoring processes of one run (sent to every worker at the end).

    Besides freeing memory, this matters when the cluster runs inside the batch's own process
    (a test's in-process cluster): a forked scoring process holds a copy of the results file's
    descriptor, and with it the file's lock.
    """
    with _RUNS_LOCK:
        pools = _RUNS.pop(token, [])
    for pool in pools:
        _kill(pool)
    return len(pools)


def _kill(pool: Any) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        with contextlib.suppress(Exception):
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _drop_pool(kill: bool = False) -> None:
    pool = getattr(_LOCAL, "pool", None)
    _LOCAL.pool = None
    if pool is None:
        return
    if kill:
        _kill(pool)
    else:
        pool.shutdown(wait=True, cancel_futures=True)


def score_on_worker(path: str, sha: str, data: bytes, config: Config) -> dict[str, Any]:
    """The Dask task: score one document's bytes under its time and memory budget.

    The document goes to this thread's scoring process, which enforces the budget exactly as
    a local pool worker does (SIGALRM and ``RLIMIT_AS``) and keeps its warm caches from one
    document to the next; a process stuck past the limit in C code is killed here, as by the
    local watchdog, and a fresh one takes the next document.
    """
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    from .executors import WATCHDOG_GRACE
    from .run import error_result

    timeout, memory_mb = config[3], config[4]
    for attempt in range(2):
        future = _scoring_pool(config).submit(score_file_here, path, sha, data)
        try:
            result: dict[str, Any] = future.result(
                timeout=timeout + WATCHDOG_GRACE if timeout > 0 else None
            )
            return result
        except FutureTimeout:
            _drop_pool(kill=True)
            return error_result(
                path,
                sha,
                f"still running {timeout + WATCHDOG_GRACE:g}s after the {timeout:g}s limit per "
                "file; its worker was stopped",
                "timeout",
            )
        except BrokenProcessPool:
            _drop_pool()
            if attempt == 0:
                continue  # the process may have died of something else (its thread ended)
    return error_result(
        path,
        sha,
        "the worker process died while reading this file "
        f"(over the {memory_mb:,} MB memory limit, or a crash)",
        "internal",
    )


def score_file_here(path: str, sha: str, data: bytes) -> dict[str, Any]:
    """``score_file`` under its module-level name, for the scoring process."""
    from .worker import score_file

    return score_file(path, sha, data)


def connect(settings: BatchSettings) -> tuple[Any, Any]:
    """A client for the scheduler (or for a new local cluster) and the cluster we started.

    Raises:
        ExecutorError: Dask is missing, or the scheduler cannot be reached.
    """
    require_dask()
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if settings.scheduler:
            client = Client(settings.scheduler, timeout=CONNECT_TIMEOUT)
        else:
            import dask

            # Dask's statistical profiler samples every worker thread 100 times a second;
            # nobody reads it here, and it costs CPU for as long as the batch runs.
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(
                    n_workers=max(1, settings.jobs),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            client = Client(cluster, timeout=CONNECT_TIMEOUT)
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        where = safe_path(settings.scheduler or "a local cluster")
        raise ExecutorError(
            f"cannot reach the Dask scheduler at {where}: {one_line(str(exc))}"
        ) from None
    return client, cluster


def check_workers(client: Any, settings: BatchSettings) -> None:
    """Every worker must produce the results this run's header promises.

    Raises:
        ExecutorError: a worker runs another auditcheck version or other criteria.
    """
    mine = worker_identity(settings.criteria_dir)
    for address, theirs in sorted(client.run(worker_identity, settings.criteria_dir).items()):
        if tuple(theirs) != mine:
            raise ExecutorError(
                f"Dask worker {safe_path(address)} runs auditcheck {theirs[0]} with other "
                f"criteria or schema than this run ({mine[0]}); install the same version and "
                "--criteria folder on every worker"
            )


def run_on_dask(
    todo: dict[str, str], sink: Sink, settings: BatchSettings, stop: threading.Event
) -> None:
    """Hand every document to the cluster, a few per worker thread at a time, until done or
    stop; each result goes to ``sink``.

    Raises:
        ExecutorError: Dask is missing, the scheduler is unreachable, or a worker differs.
    """
    from distributed import wait

    from .run import error_result

    client, cluster = connect(settings)
    import uuid

    config: Config = (
        settings.criteria_dir,
        settings.pack,
        settings.html_dir is not None,
        settings.timeout,
        settings.memory_mb,
        uuid.uuid4().hex,
    )
    pending: dict[Any, str] = {}
    try:
        check_workers(client, settings)
        queue = deque(todo.items())
        while (queue or pending) and not stop.is_set():
            threads = max(1, sum(client.nthreads().values()))
            while queue and len(pending) < threads * 2 and sink.has_room():
                sha, path = queue.popleft()
                sink.handed_out(sha)
                try:
                    with open(path, "rb") as fh:
                        data = fh.read()
                except OSError as exc:
                    reason = f"cannot read file ({exc.strerror or exc})"
                    sink.done(path, sha, error_result(path, sha, reason, "document"))
                    continue
                future = client.submit(score_on_worker, path, sha, data, config, pure=False)
                pending[future] = sha
            if not pending:
                continue
            try:
                done, _ = wait(list(pending), timeout=0.2, return_when="FIRST_COMPLETED")
            except TimeoutError:  # nothing finished yet: look at the stop flag again
                continue
            for future in done:
                sha = pending.pop(future)
                try:
                    res = future.result()
                except Exception as exc:  # broad on purpose: a lost worker, a failed transfer
                    reason = f"the Dask worker failed: {type(exc).__name__}: {exc}"
                    res = error_result(todo[sha], sha, reason, "internal")
                sink.done(todo[sha], sha, res)
    except KeyboardInterrupt:
        stop.set()
    finally:
        with contextlib.suppress(Exception):
            client.cancel(list(pending))
        with contextlib.suppress(Exception):
            client.run(end_run, config[-1])
        client.close()
        if cluster is not None:
            cluster.close()
