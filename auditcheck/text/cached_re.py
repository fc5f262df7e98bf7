"""Python's ``re``, with every compiled program taken from the cross-process cache.

A module that writes ``from ..text import cached_re as re`` keeps using ``re`` as it always
did; the difference is that ``re.compile`` (and ``re.search`` and the other functions, when
given a pattern string) load the compiled program from ``sre_cache`` instead of parsing and
compiling the pattern again in every process. The text layers compile some hundred patterns
when they are imported, a twentieth of a one-page cold start. The patterns are equal to what
``re`` itself gives (``sre_cache`` is tested for that), so every match is the same.

Only the functions below are provided; anything else of ``re`` is imported from ``re``.
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable, Iterator
from functools import lru_cache
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    NOFLAG,
    UNICODE,
    VERBOSE,
    A,
    I,
    L,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
)
from typing import Any

from .sre_cache import compile_cached

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "LOCALE",
    "MULTILINE",
    "NOFLAG",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "L",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]


@lru_cache(maxsize=4096)
def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """``re.compile``; a pattern string's program comes from the cross-process cache. Looked up
    once per pattern and flags in a process, as ``re`` keeps its own compiled patterns."""
    if isinstance(pattern, str) and not int(flags) & _re.DEBUG:
        return compile_cached(pattern, int(flags))
    return _re.compile(pattern, flags)


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def split(
    pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int = 0
) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)


def sub(
    pattern: str | Pattern[str],
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: str | Pattern[str],
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)
