"""Matches found on the ASCII view, and the exact engine tried only inside candidate windows.

Split from ``auditcheck.text.scanner`` (which uses both): ``FastMatch`` gives callers the parts
of ``re.Match`` they use for a match RE2 found; ``exact_in_windows`` gives ``finditer``'s matches
of a pattern RE2 can only run as a superset, trying the exact engine at the superset's hits.
"""

from __future__ import annotations

from typing import Any

try:  # the wrapper's anchor enum: ``re2_spans`` calls the compiled program as finditer does
    from re2 import _Anchor as _RE2_ANCHOR
except ImportError:  # pragma: no cover - depends on the installed google-re2
    _RE2_ANCHOR = None

__all__ = ["FastMatch", "exact_in_windows", "re2_group_spans", "re2_spans", "re2_spans_between"]

_UNANCHORED = getattr(_RE2_ANCHOR, "UNANCHORED", None)
_NO_MATCH = (-1, -1)


def re2_spans(rx: Any, data: bytes, pos: int = 0, endpos: int | None = None) -> list[Any]:
    """``[m.span() for m in rx.finditer(data, pos, endpos)]`` (see ``re2_group_spans``)."""
    return [spans[0] for spans in re2_group_spans(rx, data, pos, endpos)]


def re2_spans_between(rx: Any, data: bytes, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of an exact plan's pattern ``p`` as ``p.finditer(text, lo, hi)`` gives them in
    ``regex`` or ``re``, where ``data`` is the text's view: those engines read the text as ending
    at ``hi`` and see the characters before ``lo``. RE2 reads the piece of the view from one
    character before ``lo`` to ``hi``: plans have no look-behind, so that character is all the
    context their ``\\b``, ``\\B`` and ``^`` need (``\\A`` cannot match after the piece's first
    character, nor in those engines from ``lo`` > 0), and the piece ends where the text is read
    to end. Plans never match the empty string."""
    base = lo - 1 if lo > 0 else 0
    return [(s + base, e + base) for s, e in re2_spans(rx, data[base:hi], lo - base)]


def re2_group_spans(
    rx: Any, data: bytes, pos: int = 0, endpos: int | None = None
) -> list[list[Any]]:
    """Each match's group spans (``[m.span(i) for i in range(rx.groups + 1)]``) for
    ``rx.finditer(data, pos, endpos)``, an RE2 pattern over bytes.

    The same loop as the ``re2`` wrapper's ``finditer`` over bytes (the same calls of the
    compiled program, the same step past an empty match), without building a match object per
    hit: the criteria alone take some 5,000 spans from each long report. Falls back to
    ``finditer`` where the wrapper's internals are not there.
    """
    regexp = getattr(rx, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        n = rx.groups + 1
        return [[m.span(i) for i in range(n)] for m in rx.finditer(data, pos, endpos)]
    n = len(data)
    pos = max(0, min(pos, n))
    endpos = n if endpos is None else max(0, min(endpos, n))
    found: list[list[Any]] = []
    if pos > endpos:
        return found
    match = regexp.Match
    while True:
        spans = match(_UNANCHORED, data, pos, endpos)
        span = spans[0]
        if span == _NO_MATCH:
            return found
        found.append(spans)
        if pos == endpos:
            return found
        pos = pos + 1 if pos == span[1] else span[1]


def exact_in_windows(match_at: Any, text: str, windows: list[tuple[int, int]]) -> list[Any]:
    """``finditer``'s matches, found by trying the exact pattern only at candidate starts.

    ``match_at(pos)`` is the compiled pattern's ``match(text, pos)``. Every match of the
    exact pattern starts inside a window: a superset pattern matches wherever it does, and a
    leftmost scan of the superset reaches each such start either inside a hit or as a hit.
    Matches cannot be empty (plans refuse patterns that can match the empty string).
    """
    found = []
    pos = 0
    for lo, hi in windows:
        p = max(lo, pos)
        while p < hi:
            m = match_at(p)
            if m is None:
                p += 1
                continue
            found.append(m)
            pos = p = max(m.end(), p + 1)
    return found


class FastMatch:
    """The parts of ``re.Match`` that callers use, for a match found on the ASCII view."""

    __slots__ = ("_names", "_spans", "string")

    def __init__(self, string: str, spans: list[tuple[int, int]], names: dict[str, int]) -> None:
        self.string = string
        self._spans = spans
        self._names = names

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._spans[self._names[group] if isinstance(group, str) else group]

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def _get(self, group: int | str, default: Any = None) -> Any:
        s, e = self.span(group)
        return default if s < 0 else self.string[s:e]

    def group(self, *groups: int | str) -> Any:
        if len(groups) <= 1:
            return self._get(groups[0] if groups else 0)
        return tuple(self._get(g) for g in groups)

    __getitem__ = group

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        return {name: self._get(name, default) for name in self._names}

    def __repr__(self) -> str:
        return f"<FastMatch span={self.span()} match={self.group()!r}>"
