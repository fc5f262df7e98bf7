"""The Dask executor: the same batch on a Dask distributed cluster (``auditcheck[dask]``).

The parent does what it does with the local pool (resume, order, the results file, the
rows); only the scoring moves to the cluster. Each task carries the file's bytes, so workers
need no shared file system, and returns the same result a local worker returns, so the
results file, the CSV and the pages are byte-identical to a local run on the same inputs.

Each document keeps its budget on a Dask worker too: the task scores it in a forked child
with the time and memory limit of ``auditcheck.budget`` (a Dask worker runs tasks in threads,
where SIGALRM cannot reach). Each worker process warms its engines once, on its first task;
the forked children inherit the warm state.

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


def score_on_worker(
    path: str, sha: str, data: bytes, config: tuple[str | None, str | None, bool, float, int]
) -> dict[str, Any]:
    """The Dask task: score one document's bytes under its time and memory budget."""
    from ..budget import Budget, run_within
    from ..errors import AuditcheckError, BudgetExceeded
    from .worker import maxrss_kb, memory_error, score_file, time_error, warm_engines

    criteria_dir, pack_id, html_wanted, timeout, memory_mb = config
    state = {
        "packs": warm_engines(criteria_dir),
        "pack_id": pack_id,
        "html_wanted": html_wanted,
        "timeout": 0,  # the budget's child process enforces the time limit
        "memory_mb": memory_mb,
    }
    try:
        result: dict[str, Any] = run_within(
            Budget(seconds=timeout, memory_mb=memory_mb),
            path,
            lambda: score_file(path, sha, data, state),
        )
    except BudgetExceeded as exc:
        # the same words and kinds as a local worker's, so the records are the same
        if exc.limit == "time":
            reason, kind = time_error(timeout), "timeout"
        else:
            reason, kind = memory_error(memory_mb), "memory"
        result = {"path": path, "sha256": sha, "error": reason, "kind": kind}
    except AuditcheckError as exc:
        result = {"path": path, "sha256": sha, "error": exc.one_line(), "kind": "internal"}
    result.setdefault("maxrss_kb", maxrss_kb())
    return result


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
    config = (
        settings.criteria_dir,
        settings.pack,
        settings.html_dir is not None,
        settings.timeout,
        settings.memory_mb,
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
        client.close()
        if cluster is not None:
            cluster.close()
