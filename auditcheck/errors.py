"""Typed errors raised by the core; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path


class AuditcheckError(Exception):
    """Base class for every error auditcheck raises on purpose."""

    def one_line(self) -> str:
        """Return the message as one line, fit for stderr (terminal escapes made visible)."""
        from .render.safe import one_line

        return one_line(str(self))


class DocumentError(AuditcheckError):
    """A document could not be read: missing, empty, binary, encrypted, corrupt or too large."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class PackError(AuditcheckError):
    """A criteria pack or criterion file is malformed."""

    def __init__(
        self, path: str | Path, message: str, *, line: int | None = None, key: str | None = None
    ) -> None:
        self.path = str(path)
        self.line = line
        self.key = key
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        what = f"{key}: {message}" if key else message
        super().__init__(f"{where}: {what}")


class PackErrors(PackError):
    """Several problems found while validating packs; each is a PackError."""

    def __init__(self, errors: list[PackError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.path, first.message, line=first.line, key=first.key)

    def lines(self) -> list[str]:
        return [e.one_line() for e in self.errors]


class ModelError(AuditcheckError):
    """A saved classifier model is missing, tampered with, or of the wrong version."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class PatternTimeoutError(AuditcheckError):
    """A user-supplied pattern took too long to match (a likely catastrophic backtrack)."""


class BudgetExceeded(DocumentError):
    """A document went over its time or memory budget while being read or scored.

    ``limit`` names the limit that was hit ("time" or "memory") so callers can record it.
    """

    def __init__(self, path: str | Path, reason: str, *, limit: str) -> None:
        self.limit = limit
        super().__init__(path, reason)


class OutputError(AuditcheckError):
    """An output file or folder cannot be written (missing, read-only, disk full, locked)."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ResultsFileError(OutputError):
    """A batch results file cannot be resumed: not this tool's JSON Lines, or other settings."""


class ExecutorError(AuditcheckError):
    """A batch cannot run where it was asked to: an unknown executor, the Dask extra not
    installed, or a Dask scheduler that cannot be reached."""
