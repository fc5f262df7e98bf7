"""Compiled ``re`` programs kept across processes, so that a cold start does not recompile them.

The claim grammar's word classes are long alternations; Python's ``re`` spends about a quarter
of a second parsing and compiling them on every cold start, while the compiled program (a list
of integers, the group names and the final flags) loads from JSON and is handed to ``_sre`` in
about a hundredth of that. The program is stored as base64 of its 32-bit code units: a JSON list
of integers took 0.06 s to parse for the whole file on every start (most entries unused), a
string takes 0.004 s and is decoded only when its pattern is asked for. The program depends
only on the pattern, its flags, the Python version and the ``_sre`` engine's version (its MAGIC
number and code size), which name the cache file (``auditcheck.cache``). Nothing is unpickled:
an entry is checked for shape, and ``_sre`` validates the program itself and refuses a corrupt
one, in which case the pattern is compiled the ordinary way. The result equals
``re.compile(pattern, flags)`` (tested: compiled patterns compare equal, program included).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import base64
import binascii
import re
import sys
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from ..cache import MISSING, JsonCache


def _engine_version() -> bytes:
    from pathlib import Path

    return Path(__file__).read_bytes() + (
        f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}|{sys.byteorder}".encode()
    )


_STORE = JsonCache("sre", _engine_version, max_entries=5_000)


#: ``array`` type code of ``_sre``'s code unit; None where no array type has its size (then
#: nothing is cached and every pattern is compiled the ordinary way).
_UNIT = next((t for t in ("I", "L") if array.array(t).itemsize == _sre.CODESIZE), None)


def _program(pattern: str, flags: int) -> list[Any]:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, as JSON-able values (the code
    as ``[flags, base64 code, groups, groupindex, indexgroup]``)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    packed = base64.b64encode(array.array(_UNIT or "I", code).tobytes()).decode("ascii")
    return [flags | parsed.state.flags, packed, parsed.state.groups - 1, groupindex, indexgroup]


def _well_formed(entry: Any) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 5
        and isinstance(entry[0], int)
        # the program is not checked item by item (tens of thousands): _sre.compile refuses a
        # bad program with RuntimeError, and base64 that does not decode raises ValueError
        and isinstance(entry[1], str)
        and isinstance(entry[2], int)
        and isinstance(entry[3], dict)
        and all(isinstance(k, str) and isinstance(v, int) for k, v in entry[3].items())
        and isinstance(entry[4], list)
        and all(x is None or isinstance(x, str) for x in entry[4])
    )


def _from_program(pattern: str, entry: list[Any]) -> re.Pattern[str]:
    flags, packed, groups, groupindex, indexgroup = entry
    code = array.array(_UNIT or "I")
    try:
        code.frombytes(base64.b64decode(packed, validate=True))
    except binascii.Error as exc:
        raise ValueError("not a stored program") from exc
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
