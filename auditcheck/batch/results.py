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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import Self

from ..errors import OutputError, ResultsFileError

HEADER_KEY = "auditcheck_batch"
HEADER_VERSION = 1


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
    """An open, locked results file; use as a context manager."""

    path: Path
    header: RunHeader
    restart: bool = False
    retry_errors: bool = False
    records: list[dict] = field(default_factory=list)
    ignored: int = 0
    _fd: int | None = None

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        """Lock, check the header, repair a torn last line and read the records.

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
            data = self._read_all()
            if not data.strip():
                self._reset()
                return
            first, _, _ = data.partition(b"\n")
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
            cut = data.rfind(b"\n") + 1
            if cut < len(data):
                os.ftruncate(self._fd, cut)  # a line torn by a hard kill; ours, so safe to cut
            self._parse(data[:cut])
            if self.retry_errors and any(is_error(r) for r in self.records):
                self._rewrite([r for r in self.records if not is_error(r)])
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

    def _read_all(self) -> bytes:
        assert self._fd is not None
        size = os.fstat(self._fd).st_size
        chunks, offset = [], 0
        while offset < size:
            chunk = os.pread(self._fd, min(1 << 24, size - offset), offset)
            if not chunk:
                break
            chunks.append(chunk)
            offset += len(chunk)
        return b"".join(chunks)

    def _parse(self, data: bytes) -> None:
        lines = data.split(b"\n")
        for raw in lines[1:]:
            if not raw.strip():
                continue
            record = _json(raw)
            if is_report(record) or is_error(record):
                self.records.append(record)
            else:
                self.ignored += 1

    def _reset(self) -> None:
        assert self._fd is not None
        try:
            os.ftruncate(self._fd, 0)
        except OSError as exc:
            raise OutputError(self.path, f"cannot write ({exc.strerror or exc})") from None
        self.records = []
        self.append(self.header.to_line())

    def _rewrite(self, keep: list[dict]) -> None:
        """Replace the file by its header and ``keep`` (temp file + rename), then re-lock it."""
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        lines = [self.header.to_line()] + [json.dumps(r, ensure_ascii=False) for r in keep]
        try:
            with open(tmp, "wb") as fh:
                fh.write(("\n".join(lines) + "\n").encode("utf-8", "backslashreplace"))
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
        self.records = keep

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


def read_results(path: str | Path) -> list[dict]:
    """Every well-formed record of a results file, oldest first, without changing the file."""
    p = Path(path)
    if not p.is_file():
        return []
    data = p.read_bytes()
    cut = data.rfind(b"\n") + 1
    out: list[dict] = []
    for raw in data[:cut].split(b"\n"):
        record = _json(raw) if raw.strip() else None
        if isinstance(record, dict) and (is_report(record) or is_error(record)):
            out.append(record)
    return out
