"""A time and memory budget per document, so one hostile file can never stop the others.

Every command that reads documents (``score``, ``score --case``, ``similar``, ``batch``) runs
the work for one document inside a forked child process with an address-space ceiling
(``RLIMIT_AS``, counted on top of what the parent already uses) and a wall-clock deadline the
parent enforces with SIGKILL. A process boundary is the only guard that also reaches code
stuck inside C (a parser, a decompressor, a regex engine), which neither a signal handler
nor a thread can interrupt. The child hands its result back as JSON (never a pickle) over a
pipe; typed errors are rebuilt on the parent side, so callers see exactly the errors they
would see without the guard.

The defaults fit a 500-page real report comfortably (about 10 s and 400 MB); both are
configurable per command and through ``AUDITCHECK_TIME_LIMIT`` (seconds) and
``AUDITCHECK_MEMORY_MB``. A limit of 0 switches that limit off. Where ``fork`` does not exist
the work runs in-process without a budget.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import os
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import (
    AuditcheckError,
    BudgetExceeded,
    DocumentError,
    ModelError,
    PackError,
    PatternTimeoutError,
)

#: Seconds one document may take to be read and scored.
DEFAULT_SECONDS = 120.0
#: Megabytes one document may add to the process while it is read and scored.
DEFAULT_MEMORY_MB = 2048


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value >= 0 else default


@dataclass(frozen=True)
class Budget:
    """Limits for one document; 0 switches a limit off."""

    seconds: float = DEFAULT_SECONDS
    memory_mb: int = DEFAULT_MEMORY_MB

    @classmethod
    def from_env(cls, seconds: float | None = None, memory_mb: int | None = None) -> Budget:
        """Explicit values first, then the environment, then the defaults."""
        return cls(
            seconds=seconds
            if seconds is not None
            else _env_number("AUDITCHECK_TIME_LIMIT", DEFAULT_SECONDS),
            memory_mb=int(
                memory_mb
                if memory_mb is not None
                else _env_number("AUDITCHECK_MEMORY_MB", DEFAULT_MEMORY_MB)
            ),
        )

    @property
    def off(self) -> bool:
        return self.seconds <= 0 and self.memory_mb <= 0

    def time_message(self) -> str:
        return f"took longer than the {self.seconds:g}s time limit per document"

    def memory_message(self) -> str:
        return f"needed more than the {self.memory_mb:,} MB memory limit per document"


PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (no orphans after kill -9).

    A no-op where prctl does not exist; there the batch's parent-watch thread covers it.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space at what it uses now plus ``memory_mb``.

    Counting from the current size keeps the limit about the document, not about how many
    libraries happen to be loaded already.
    """
    if memory_mb <= 0:
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[0])
        current = pages * os.sysconf("SC_PAGE_SIZE")
        ceiling = current + memory_mb * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            ceiling = min(ceiling, hard)
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    except (OSError, ValueError, ImportError):
        pass  # no /proc or no setrlimit: the time limit still holds


def run_within(
    budget: Budget, name: str, work: Callable[[], Any], *, traceback_wanted: bool = False
) -> Any:
    """Run ``work()`` for the document ``name`` under ``budget`` and return its result.

    ``work`` must return something JSON can carry (str, numbers, lists, dicts). Errors it
    raises come back as the same typed errors; anything unexpected becomes a one-line
    AuditcheckError naming the file.

    Raises:
        BudgetExceeded: the time or memory limit was hit.
        AuditcheckError: whatever ``work`` raised on purpose, or an internal error.
    """
    if budget.off or not hasattr(os, "fork"):
        return work()
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    # The child's garbage collector would walk every object the parent made (modules, packs,
    # compiled patterns) and write to each one's header, copying nearly every page the two
    # processes share; frozen objects are never walked (0.04 s of a one-page cold start). The
    # parent unfreezes at once, so its own garbage is still collected.
    gc.freeze()
    try:
        pid = os.fork()
    except BaseException:
        gc.unfreeze()
        raise
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(budget, work, write_end, traceback_wanted)
    gc.unfreeze()
    os.close(write_end)
    try:
        payload, timed_out = _collect(read_end, pid, budget.seconds)
    finally:
        os.close(read_end)
        _reap(pid)
    if timed_out:
        raise BudgetExceeded(name, budget.time_message(), limit="time")
    return _unpack(payload, name, budget)


def _child(budget: Budget, work: Callable[[], Any], fd: int, traceback_wanted: bool) -> None:
    code = 0
    try:
        die_with_parent()
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # the parent owns Ctrl-C
        limit_memory(budget.memory_mb)
        try:
            message: dict[str, Any] = {"ok": work()}
        except MemoryError:
            message = {"memory": True}
        except RecursionError:
            message = {"error": "document", "reason": "structure is nested too deeply to read"}
        except AuditcheckError as exc:
            message = _describe(exc)
        except Exception as exc:  # broad on purpose: reported to the parent as one line
            message = {
                "error": "internal",
                "reason": f"internal error: {type(exc).__name__}: {exc}",
            }
            if traceback_wanted:
                message["traceback"] = traceback.format_exc()
        try:
            data = json.dumps(message, ensure_ascii=False).encode("utf-8")
        except MemoryError:
            data = b'{"memory": true}'
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        # os._exit skips atexit: keep what this child compiled for the next cold start
        with contextlib.suppress(Exception):
            from .cache import save_all

            save_all()
    except BaseException:  # broad on purpose: nothing may escape a forked child
        code = 1
    finally:
        os._exit(code)


def _describe(exc: AuditcheckError) -> dict[str, Any]:
    if isinstance(exc, BudgetExceeded):
        return {"error": "budget", "path": exc.path, "reason": exc.reason, "limit": exc.limit}
    if isinstance(exc, DocumentError):
        return {"error": "document", "path": exc.path, "reason": exc.reason}
    if isinstance(exc, PackError):
        return {
            "error": "pack",
            "path": exc.path,
            "reason": exc.message,
            "line": exc.line,
            "key": exc.key,
        }
    if isinstance(exc, ModelError):
        return {"error": "model", "path": exc.path, "reason": exc.reason}
    if isinstance(exc, PatternTimeoutError):
        return {"error": "pattern", "reason": exc.one_line()}
    return {"error": "other", "reason": exc.one_line()}


def _collect(fd: int, pid: int, seconds: float) -> tuple[bytes, bool]:
    """Read the child's whole answer; True as second item if the deadline passed first."""
    deadline = time.monotonic() + seconds if seconds > 0 else None
    chunks: list[bytes] = []
    while True:
        wait = None if deadline is None else deadline - time.monotonic()
        if wait is not None and wait <= 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            return b"", True
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _reap(pid: int) -> None:
    """Make sure the child is gone (also after Ctrl-C in the parent) and collected."""
    try:
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    except ProcessLookupError:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)


def _unpack(payload: bytes, name: str, budget: Budget) -> Any:
    if not payload:
        # The child died without a word: the kernel killed it (memory) or it crashed in C.
        if budget.memory_mb > 0:
            raise BudgetExceeded(
                name, budget.memory_message() + " (or its reader crashed)", limit="memory"
            )
        raise DocumentError(name, "the reader crashed on this file")
    try:
        message = json.loads(payload)
    except ValueError:
        raise DocumentError(name, "the reader crashed on this file") from None
    if "ok" in message:
        return message["ok"]
    if message.get("memory"):
        raise BudgetExceeded(name, budget.memory_message(), limit="memory")
    kind = message.get("error")
    reason = message.get("reason", "unknown error")
    if message.get("traceback"):
        sys.stderr.write(message["traceback"])
    if kind == "budget":
        raise BudgetExceeded(message.get("path", name), reason, limit=message.get("limit", "time"))
    if kind == "document":
        raise DocumentError(message.get("path", name), reason)
    if kind == "pack":
        raise PackError(
            message.get("path", name), reason, line=message.get("line"), key=message.get("key")
        )
    if kind == "model":
        raise ModelError(message.get("path", name), reason)
    if kind == "pattern":
        raise PatternTimeoutError(reason)
    if kind == "internal":
        raise DocumentError(name, reason)
    raise AuditcheckError(reason)
