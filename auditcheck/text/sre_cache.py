"""Compiled ``re`` programs kept across processes, so that a cold start does not recompile them.

The claim grammar's word classes are long alternations; Python's ``re`` spends about a quarter
of a second parsing and compiling them on every cold start, while the compiled program (a list
of integers, the group names and the final flags) loads from the cache and is handed to ``_sre``
in about a hundredth of that. The program is stored as the raw bytes of its 32-bit code units
beside a small JSON index (``auditcheck.cache.BlobCache``): a JSON list of integers took 0.06 s
to parse for the whole file on every start, base64 text in JSON 0.02 s (parsing 3 MB and
decoding every program a one-page score asks for), the index and raw bytes about 0.007 s. The
program depends
only on the pattern, its flags, the Python version and the ``_sre`` engine's version (its MAGIC
number and code size), which name the cache file (``auditcheck.cache``). Nothing is unpickled:
an entry is checked for shape, and ``_sre`` validates the program itself and refuses a corrupt
one, in which case the pattern is compiled the ordinary way. The result equals
``re.compile(pattern, flags)`` (tested: compiled patterns compare equal, program included).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import re
import sys
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from ..cache import MISSING, BlobCache


def _engine_version() -> bytes:
    from pathlib import Path

    return Path(__file__).read_bytes() + (
        f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}|{sys.byteorder}".encode()
    )


_STORE = BlobCache("sre", _engine_version, max_entries=5_000)


#: ``array`` type code of ``_sre``'s code unit; None where no array type has its size (then
#: nothing is cached and every pattern is compiled the ordinary way).
_UNIT = next((t for t in ("I", "L") if array.array(t).itemsize == _sre.CODESIZE), None)


def _program(pattern: str, flags: int) -> tuple[list[Any], bytes]:
    """What ``re._compiler.compile`` hands to ``_sre.compile``: ``[flags, groups, groupindex,
    indexgroup]`` as JSON-able values, and the code as the bytes of its units."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = array.array(_UNIT or "I", code).tobytes()
    return [flags | parsed.state.flags, parsed.state.groups - 1, groupindex, indexgroup], packed


def _well_formed(entry: Any) -> bool:
    if not (isinstance(entry, tuple) and len(entry) == 2):
        return False
    value, _code = entry  # the code is not checked unit by unit: _sre.compile refuses a bad
    # program with RuntimeError, and bytes that are not whole units raise ValueError
    return (
        isinstance(value, list)
        and len(value) == 4
        and isinstance(value[0], int)
        and isinstance(value[1], int)
        and isinstance(value[2], dict)
        and all(isinstance(k, str) and isinstance(v, int) for k, v in value[2].items())
        and isinstance(value[3], list)
        and all(x is None or isinstance(x, str) for x in value[3])
    )


def _from_program(pattern: str, entry: tuple[list[Any], Any]) -> re.Pattern[str]:
    (flags, groups, groupindex, indexgroup), packed = entry
    code = array.array(_UNIT or "I")
    code.frombytes(packed)
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code.tolist(), groups, groupindex, tuple(indexgroup)
    )
    return compiled


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cross-process cache when it holds the program."""
    flags = int(flags)
    if flags & re.DEBUG or _UNIT is None:
        return re.compile(pattern, flags)
    key = f"{flags}|{pattern}"
    entry = _STORE.get(key)
    if entry is not MISSING and _well_formed(entry):
        try:
            return _from_program(pattern, entry)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # a corrupt or foreign program: _sre refused it, so compile it afresh
    try:
        program = _program(pattern, flags)
        compiled = _from_program(pattern, program)
    except Exception:  # private re internals changed shape: the public road still works
        return re.compile(pattern, flags)
    _STORE.put(key, program)
    return compiled
