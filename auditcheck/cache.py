"""Small cross-process caches, one JSON file each, that only ever save time.

Start-up work whose answer depends only on its input and on the code that computes it (which
patterns RE2 can run; the parsed content of the built-in YAML files) is kept between runs in a
JSON file under ``~/.cache/auditcheck/`` (``XDG_CACHE_HOME`` is honoured;
``AUDITCHECK_CACHE_DIR`` moves it; ``AUDITCHECK_NO_CACHE=1`` turns every cache off). Each file is
named by a digest of the code and versions its answers depend on, so a new release or a changed
module never reads an old answer. Files hold JSON only, never pickle; one that cannot be read or
written is ignored, and a reader validates what it gets like anything it parsed itself.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Returned by ``JsonCache.get`` for a key the cache does not hold.
MISSING: Any = object()


def cache_dir() -> Path | None:
    """Where the caches live, or None when caching is off."""
    if os.environ.get("AUDITCHECK_NO_CACHE"):
        return None
    root = os.environ.get("AUDITCHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "auditcheck",
    )
    return Path(root)


#: Every cache made in this process, so that a forked child (which leaves by ``os._exit``,
#: skipping ``atexit``) can save what it learnt.
_ALL: list[JsonCache] = []


def save_all() -> None:
    """Save every cache of this process that changed."""
    for store in _ALL:
        store.save()


class JsonCache:
    """A dict of JSON values kept in one file, loaded on first use and saved at exit if changed.

    ``version`` returns the bytes the answers depend on (module code, library versions); the file
    is named by their digest. At most ``max_entries`` are kept: past that the cache starts empty
    again rather than grow without bound.
    """

    suffix = ".json"

    def __init__(self, prefix: str, version: Callable[[], bytes], max_entries: int = 20_000):
        self.prefix = prefix
        self._version = version
        self.max_entries = max_entries
        self._data: dict[str, Any] | None = None
        self._dirty = False
        #: entries this process added, merged into whatever the file holds when it is saved
        self._added: dict[str, Any] = {}
        _ALL.append(self)

    def path(self) -> Path | None:
        root = cache_dir()
        if root is None:
            return None
        try:
            digest = hashlib.sha256(self._version()).hexdigest()[:16]
        except OSError:
            return None
        return root / f"{self.prefix}-{digest}{self.suffix}"

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = {}
            path = self.path()
            if path is not None:
                loaded = self._read(path)
                if loaded is not None:
                    self._data = loaded
                atexit.register(self.save)
        return self._data

    def get(self, key: str) -> Any:
        return self.data.get(key, MISSING)

    def put(self, key: str, value: Any) -> None:
        data = self.data
        if len(data) >= self.max_entries:
            data.clear()
            self._added.clear()
        data[key] = value
        self._added[key] = value
        self._dirty = True

    def save(self) -> None:
        path = self.path()
        if not self._dirty or self._data is None or path is None:
            return
        # Another process (a batch worker, a second command) may have saved entries since this
        # one read the file; an answer depends only on its key, so merging loses nothing, where
        # writing this process's copy alone dropped theirs and every start re-derived them.
        merged = self._data
        on_disk = self._read(path)
        if on_disk is not None and len(on_disk) + len(self._added) <= self.max_entries:
            merged = {**on_disk, **self._added}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                dir=path.parent, prefix=f".{self.prefix}-", suffix=self.suffix
            )
            with os.fdopen(fd, "wb") as handle:
                handle.write(self._encode(merged))
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old or the new file
            self._dirty = False
        except OSError:
            pass

    def _read(self, path: Path) -> dict[str, Any] | None:
        """The file's entries, or None if it is missing or not a cache file."""
        try:
            loaded = json.loads(path.read_bytes())
        except (OSError, ValueError):
            return None
        return loaded if isinstance(loaded, dict) else None

    def _encode(self, entries: dict[str, Any]) -> bytes:
        return json.dumps(entries, sort_keys=True).encode("utf-8")


class BlobCache(JsonCache):
    """A ``JsonCache`` whose every entry is a JSON value and a string of bytes, ``(value, data)``.

    The file is a first line naming the format, a line of JSON that maps each key to ``[value,
    offset, length]``, and then the bytes of every entry one after the other: loading it parses
    only the small index, where base64 text in JSON had to be parsed whole and decoded per
    entry. An entry whose place lies outside the bytes is dropped; what the bytes mean is for
    the reader to check, as with anything it parsed itself.
    """

    suffix = ".bin"
    MAGIC = b"auditcheck-blob 1\n"

    def _read(self, path: Path) -> dict[str, Any] | None:
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        end = raw.find(b"\n", len(self.MAGIC))
        if not raw.startswith(self.MAGIC) or end < 0:
            return None
        try:
            index = json.loads(raw[len(self.MAGIC) : end])
        except ValueError:
            return None
        if not isinstance(index, dict):
            return None
        blob = memoryview(raw)[end + 1 :]
        size = len(blob)
        entries: dict[str, Any] = {}
        for key, entry in index.items():
            if (
                isinstance(entry, list)
                and len(entry) == 3
                and type(entry[1]) is int
                and type(entry[2]) is int
                and entry[1] >= 0
                and entry[2] >= 0
                and entry[1] + entry[2] <= size
            ):
                entries[key] = (entry[0], blob[entry[1] : entry[1] + entry[2]])
        return entries

    def _encode(self, entries: dict[str, Any]) -> bytes:
        index: dict[str, Any] = {}
        parts: list[bytes] = []
        offset = 0
        for key in sorted(entries):
            value, data = entries[key]
            index[key] = [value, offset, len(data)]
            parts.append(bytes(data))
            offset += len(data)
        return b"".join([self.MAGIC, json.dumps(index).encode("ascii"), b"\n", *parts])
