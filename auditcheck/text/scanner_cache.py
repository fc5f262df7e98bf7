"""The cross-process cache of pattern analysis (which patterns RE2 can run, and how)."""

from __future__ import annotations

from typing import Any

import regex

try:  # optional: without google-re2 everything goes through ``regex``
    import re2
except ImportError:  # pragma: no cover - depends on the environment
    re2 = None

from ..cache import JsonCache
from .scanner_syntax import Analysis


def _analysis_version() -> bytes:
    # the analysis lives in the plan and syntax modules; any change there is a new file
    import sys
    from pathlib import Path

    here = Path(__file__).parent
    code = b"".join(
        (here / name).read_bytes()
        for name in ("scanner_cache.py", "scanner_plan.py", "scanner_syntax.py")
    )
    versions = (
        f"{sys.version}|{getattr(re2, '__version__', '?')}|{regex.__version__}|{sys.maxunicode}"
    )
    return code + versions.encode()


class _AnalysisCache:
    """Which patterns RE2 can run, and how, kept across processes (``auditcheck.cache``).

    Deciding it parses every pattern with ``re``'s parser, about half of a cold start. The
    answer depends only on the pattern, its flags, the analysing modules' code and the engines'
    versions, so the file is named by a digest of those and holds plain strings and booleans.
    """

    def __init__(self) -> None:
        self._store = JsonCache("fastscan", _analysis_version)

    def get(
        self, kind: str, pattern: str, engine: str, flags: int, analyse: Any
    ) -> Analysis | None:
        # int(): formatting a RegexFlag goes through its repr, 0.04 ms a key on a cold start
        key = f"{kind}|{engine}|{int(flags)}|{pattern}"
        entry = self._store.get(key)
        if entry is None:
            return None
        if (
            isinstance(entry, list)
            and len(entry) == 4
            and isinstance(entry[0], str)
            and isinstance(entry[1], bool)
            and isinstance(entry[2], bool)
            and (entry[3] is None or _groups_shape(entry[3]))
        ):
            groups = tuple(tuple(g) for g in entry[3]) if entry[3] is not None else None
            return entry[0], entry[1], entry[2], groups
        found = analyse(pattern, engine, flags)
        self._store.put(
            key,
            [*found[:3], [list(g) for g in found[3]] if found[3] is not None else None]
            if found is not None
            else None,
        )
        return found

    def save(self) -> None:
        self._store.save()


def _groups_shape(value: Any) -> bool:
    """True for a non-empty list of non-empty lists of strings (required-literal groups)."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(
            isinstance(g, list) and g and all(isinstance(x, str) and x.isascii() for x in g)
            for g in value
        )
    )


CACHE = _AnalysisCache()
