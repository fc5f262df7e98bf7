"""The cross-process cache of pattern analysis (which patterns RE2 can run, and how)."""

from __future__ import annotations

from typing import Any

import regex

try:  # optional: without google-re2 everything goes through ``regex``
    import re2
except ImportError:  # pragma: no cover - depends on the environment
    re2 = None

from .scanner_syntax import Analysis


class _AnalysisCache:
    """Which patterns RE2 can run, and how, kept across processes in one small JSON file.

    Deciding it parses every pattern with ``re``'s parser, about half of a cold start. The
    answer depends only on the pattern, its flags, the analysing modules' code and the engines'
    versions, so the file is named by a digest of those and holds plain strings and booleans
    (JSON, never pickle). A file that cannot be read or written is ignored: the cache only
    saves time. ``AUDITCHECK_CACHE_DIR`` moves it; ``AUDITCHECK_NO_CACHE=1`` turns it off.
    """

    def __init__(self) -> None:
        self._data: dict[str, Any] | None = None
        self._dirty = False

    def _path(self) -> Any:
        import hashlib
        import os
        import sys
        from pathlib import Path

        if os.environ.get("AUDITCHECK_NO_CACHE"):
            return None
        root = os.environ.get("AUDITCHECK_CACHE_DIR") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
            "auditcheck",
        )
        try:
            # the analysis lives in the plan and syntax modules; any change there is a new file
            here = Path(__file__).parent
            code = b"".join(
                (here / name).read_bytes()
                for name in ("scanner_cache.py", "scanner_plan.py", "scanner_syntax.py")
            )
        except OSError:
            return None
        versions = (
            f"{sys.version}|{getattr(re2, '__version__', '?')}|{regex.__version__}|{sys.maxunicode}"
        )
        digest = hashlib.sha256(code + versions.encode()).hexdigest()[:16]
        return Path(root) / f"fastscan-{digest}.json"

    def _load(self) -> dict[str, Any]:
        import atexit
        import json

        data: dict[str, Any] = {}
        path = self._path()
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    data = loaded
            except (OSError, ValueError):
                pass
            atexit.register(self.save)
        return data

    def get(
        self, kind: str, pattern: str, engine: str, flags: int, analyse: Any
    ) -> Analysis | None:
        if self._data is None:
            self._data = self._load()
        key = f"{kind}|{engine}|{flags}|{pattern}"
        entry = self._data.get(key, False)
        if entry is None:
            return None
        if (
            isinstance(entry, list)
            and len(entry) == 4
            and isinstance(entry[0], str)
            and isinstance(entry[1], bool)
            and isinstance(entry[2], bool)
            and (
                entry[3] is None
                or (isinstance(entry[3], list) and all(isinstance(x, str) for x in entry[3]))
            )
        ):
            return entry[0], entry[1], entry[2], tuple(entry[3]) if entry[3] is not None else None
        found = analyse(pattern, engine, flags)
        self._data[key] = (
            [*found[:3], list(found[3]) if found[3] is not None else None]
            if found is not None
            else None
        )
        self._dirty = True
        return found

    def save(self) -> None:
        import json
        import os
        import tempfile

        path = self._path()
        if not self._dirty or self._data is None or path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".fastscan-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._data, handle, sort_keys=True)
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old or the new file
            self._dirty = False
        except OSError:
            pass


CACHE = _AnalysisCache()
