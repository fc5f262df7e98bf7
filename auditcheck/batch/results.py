"""The batch results file: JSON Lines behind a run header, locked while a batch writes to it.

The first line is a run header (``{"auditcheck_batch": 1, "tool_version", "schema_version",
"packs": {id: sha256}, "pack"}``); every further line is one document's report or error
record. Rules, each against a way results were lost or corrupted before:

- A file whose first line is not such a header is not ours: it is never truncated or
  appended to (pointing ``--out`` at a spreadsheet must not destroy it).
- A header made with another tool version, schema or criteria refuses the resume with the
  difference named, unless the caller asks to start afresh; stale results are never mixed
  with new ones.
- An exclusive ``flock`` is held for the whole run, so two batches on one file refuse
  instead of scoring everything twice.
- Lines are appended whole with ``os.write`` on an ``O_APPEND`` descriptor; a partial last
  line (a hard kill mid-write) is cut off on resume; a rewrite (``--restart``,
  ``--retry-errors``) goes to a temporary file that replaces the old one by rename.
- Records that do not have the shape of a report or an error record are skipped and counted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import Self

from ..errors import OutputError, ResultsFileError

HEADER_KEY = "auditcheck_batch"
HEADER_VERSION = 1
#: Bytes read at a time: the file is streamed, never read whole.
_CHUNK = 1 << 20


@dataclass(frozen=True)
class RunHeader:
    """What a results file's records depend on; a resume must match it."""

    tool_version: str
    schema_version: int
    packs: dict[str, str]
    pack: str | None = None

    def to_line(self) -> str:
        return json.dumps(
            {
                HEADER_KEY: HEADER_VERSION,
                "tool_version": self.tool_version,
                "schema_version": self.schema_version,
                "packs": dict(sorted(self.packs.items())),
                "pack": self.pack,
            },
            sort_keys=True,
        )

    @classmethod
    def from_record(cls, record: Any) -> RunHeader | None:
        if not isinstance(record, dict) or record.get(HEADER_KEY) != HEADER_VERSION:
            return None
        packs = record.get("packs")
        if not isinstance(packs, dict):
            return None
        return cls(
            str(record.get("tool_version")),
            int(record.get("schema_version") or 0),
            {str(k): str(v) for k, v in packs.items()},
            record.get("pack"),
        )

    def differences(self, other: RunHeader) -> list[str]:
        """Human-readable differences between an old header (self) and this run's (other)."""
        out = []
        if self.tool_version != other.tool_version:
            out.append(f"tool version {self.tool_version} vs {other.tool_version}")
        if self.schema_version != other.schema_version:
            out.append(f"schema version {self.schema_version} vs {other.schema_version}")
        if self.pack != other.pack:
            out.append(
                f"--pack {self.pack or '(chosen per document)'} vs "
                f"{other.pack or '(chosen per document)'}"
            )
        changed = sorted(
            k for k in set(self.packs) | set(other.packs) if self.packs.get(k) != other.packs.get(k)
        )
        if changed:
            out.append(
                "criteria changed: " + ", ".join(changed[:5]) + (" ..." if len(changed) > 5 else "")
            )
        return out


def pack_fingerprints(packs: dict[str, Any]) -> dict[str, str]:
    """SHA-256 over each pack's files (names and bytes), so an edited criterion is noticed."""
    out: dict[str, str] = {}
    for pack_id, pack in packs.items():
        digest = hashlib.sha256()
        folder = Path(str(getattr(pack, "path", "") or ""))
        files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
        for f in files:
            digest.update(
                f.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0"
            )
            with contextlib.suppress(OSError):
                digest.update(f.read_bytes())
            digest.update(b"\0")
        if not files:  # a pack without a folder: hash what it says
            digest.update(repr(getattr(pack, "meta", pack_id)).encode("utf-8", "replace"))
        out[pack_id] = digest.hexdigest()
    return out


def is_report(record: Any) -> bool:
    """A record with the shape of a report (what the summary needs from it)."""
    if not isinstance(record, dict):
        return False
    document, pack = record.get("document"), record.get("pack")
    return (
        isinstance(document, dict)
        and isinstance(document.get("sha256"), str)
        and isinstance(record.get("score"), (int, float))
        and isinstance(record.get("verdict"), str)
        and isinstance(pack, dict)
        and isinstance(pack.get("id"), str)
        and isinstance(record.get("audit_washing"), dict)
        and isinstance(record.get("context"), dict)
    )


def is_error(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and isinstance(record.get("error"), str)
        and isinstance(record.get("sha256"), str)
        and "document" not in record
    )


def record_sha(record: dict) -> str:
    return record["document"]["sha256"] if is_report(record) else record["sha256"]


@dataclass
class ResultsFile:
    """An open, locked results file; use as a context manager.

    The file is read as a stream, one line at a time, and never held in memory whole: a
    results file of a 100,000-document registry runs to gigabytes.
    """

    path: Path
    header: RunHeader
    restart: bool = False
    retry_errors: bool = False
    ignored: int = 0
    _fd: int | None = None
    _end: int = 0  # where the complete lines end (a torn last line is cut at open)

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        """Lock, check the header, repair a torn last line, drop error records on request.

        Raises:
            OutputError: the file cannot be created, read or written.
            ResultsFileError: not this tool's results, other settings, or locked by another run.
        """
        where = self.path
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            if where.exists() and not where.is_file():
                raise OutputError(where, "is not a regular file")
            self._fd = os.open(where, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OutputError:
            raise
        except OSError as exc:
            raise OutputError(where, f"cannot open for writing ({exc.strerror or exc})") from None
        try:
            self._lock()
            first = self._first_line()
            if not first.strip() and self._blank():
                self._reset()
                return
            old = RunHeader.from_record(_json(first))
            if old is None:
                raise ResultsFileError(
                    where,
                    "is not an auditcheck batch results file (no run header on its "
                    "first line); refusing to write into it; choose another --out",
                )
            diffs = old.differences(self.header)
            if diffs and not self.restart:
                raise ResultsFileError(
                    where,
                    "holds results made with other settings ("
                    + "; ".join(diffs)
                    + "); resume with the same settings, choose another --out, "
                    "or pass --restart to start it afresh",
                )
            if diffs:
                self._reset()
                return
            size = os.fstat(self._fd).st_size
            self._end = self._last_newline(size) + 1
            if self._end < size:
                os.ftruncate(self._fd, self._end)  # a line torn by a hard kill; ours, so cut
            if self.retry_errors and any(is_error(r) for r in self._parsed(count=False)):
                self._rewrite_without_errors()
        except BaseException:
            self.close()
            raise

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no lock, as before
            return
        assert self._fd is not None
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ResultsFileError(
                self.path,
                "another auditcheck batch is writing to this file; "
                "wait for it to finish or choose another --out",
            ) from None
        except OSError:
            pass  # a filesystem without locks: carry on unlocked

    def _chunks(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        assert self._fd is not None
        stop = os.fstat(self._fd).st_size if end is None else end
        offset = start
        while offset < stop:
            chunk = os.pread(self._fd, min(_CHUNK, stop - offset), offset)
            if not chunk:
                break
            yield chunk
            offset += len(chunk)

    def _first_line(self) -> bytes:
        """The first line, read no further than its end (a header line is short)."""
        head = b""
        for chunk in self._chunks():
            head += chunk
            if b"\n" in head or len(head) > _CHUNK:
                break
        return head.partition(b"\n")[0]

    def _blank(self) -> bool:
        return all(not chunk.strip() for chunk in self._chunks())

    def _last_newline(self, size: int) -> int:
        """Offset of the last newline (reading backwards), or -1."""
        assert self._fd is not None
        end = size
        while end > 0:
            start = max(0, end - _CHUNK)
            found = os.pread(self._fd, end - start, start).rfind(b"\n")
            if found >= 0:
                return start + found
            end = start
        return -1

    def _lines(self) -> Iterator[bytes]:
        """Every complete line after the header, one at a time."""
        rest = b""
        first = True
        for chunk in self._chunks(0, self._end):
            parts = (rest + chunk).split(b"\n")
            rest = parts.pop()
            for raw in parts:
                if first:
                    first = False  # the run header
                    continue
                yield raw
        if rest and not first:
            yield rest

    def _parsed(self, count: bool = True) -> Iterator[dict]:
        for raw in self._lines():
            if not raw.strip():
                continue
            record = _json(raw)
            if is_report(record) or is_error(record):
                yield record
            elif count:
                self.ignored += 1

    def records(self) -> Iterator[dict]:
        """The records already in the file, oldest first, one at a time (counts ``ignored``)."""
        self.ignored = 0
        return self._parsed()

    def _reset(self) -> None:
        assert self._fd is not None
        try:
            os.ftruncate(self._fd, 0)
        except OSError as exc:
            raise OutputError(self.path, f"cannot write ({exc.strerror or exc})") from None
        self.append(self.header.to_line())
        self._end = os.fstat(self._fd).st_size

    def _rewrite_without_errors(self) -> None:
        """Replace the file by its header and the lines that are not error records (temp file
        + rename, line by line), then re-lock it."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                fh.write(self.header.to_line().encode("utf-8") + b"\n")
                for raw in self._lines():
                    if raw.strip() and not is_error(_json(raw)):
                        fh.write(raw + b"\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise OutputError(self.path, f"cannot rewrite ({exc.strerror or exc})") from None
        self.close()
        self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        self._lock()
        self._end = os.fstat(self._fd).st_size

    def append(self, line: str) -> None:
        """Append one whole line.

        Raises:
            OutputError: the write failed (disk full, file system gone read-only).
        """
        assert self._fd is not None
        data = memoryview(line.encode("utf-8", "backslashreplace") + b"\n")
        try:
            while data:
                written = os.write(self._fd, data)
                data = data[written:]
        except OSError as exc:
            raise OutputError(self.path, f"cannot write results ({exc.strerror or exc})") from None

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def iter_results(path: str | Path) -> Iterator[dict]:
    """Every well-formed record of a results file, oldest first, one at a time, without
    changing the file (a torn last line is left out)."""
    p = Path(path)
    if not p.is_file():
        return
    with open(p, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break  # torn by a hard kill
            record = _json(raw) if raw.strip() else None
            if isinstance(record, dict) and (is_report(record) or is_error(record)):
                yield record


def read_results(path: str | Path) -> list[dict]:
    """Every well-formed record of a results file, oldest first, without changing the file."""
    return list(iter_results(path))
