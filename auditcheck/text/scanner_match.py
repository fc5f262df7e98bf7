"""Matches found on the ASCII view, and the exact engine tried only inside candidate windows.

Split from ``auditcheck.text.scanner`` (which uses both): ``FastMatch`` gives callers the parts
of ``re.Match`` they use for a match RE2 found; ``exact_in_windows`` gives ``finditer``'s matches
of a pattern RE2 can only run as a superset, trying the exact engine at the superset's hits.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FastMatch", "exact_in_windows"]


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
