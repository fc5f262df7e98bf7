"""Which patterns of a family share an RE2 set of its sentence screens: those asked of most
sentences together.

Why: a sentence's screen runs a set when one of its patterns is first asked about the sentence
(``screen_sets.Screen``), and a set pass costs about as much for one pattern as for twelve (most
of it is the call, not the scan). The claim grammar asks some 28 of its 85 patterns of nearly
every sentence (each finder's first questions), and in the order the patterns are defined they
fell into five of its eight sets: about five passes a sentence. Put together by how often they
are asked, they need three.

How: a screener that knows no order yet records, on the first ``LEARN_SCREENS`` screens that are
asked anything, which patterns each was asked (``Asked``), then builds its sets again in the
order of those counts. The order is kept across processes in a small cache (``auditcheck.cache``)
named by the family's patterns, so later processes build their sets in it from the start. The
order decides only which patterns share a set; every answer is the same in any order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..cache import JsonCache

#: Screens that were asked something, recorded before a screener settles its order.
LEARN_SCREENS = 100

_STORE = JsonCache("screen-order", lambda: b"screen-order 1")


class Asked(dict[int, bool]):
    """A learning screen's ``known`` answers, which also records every slot asked of it."""

    __slots__ = ("asked",)

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[int] = set()

    def get(self, slot: int, default: Any = None) -> Any:  # type: ignore[override]
        self.asked.add(slot)
        return dict.get(self, slot, default)


def _key(patterns: Sequence[Any]) -> str:
    text = "\0".join(f"{int(p.flags)}|{p.pattern}" for p in patterns)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def known_ranks(patterns: Sequence[Any]) -> dict[int, int] | None:
    """Slot -> rank in the family's set order, if a process has learnt it; else None."""
    order = _STORE.get(_key(patterns))
    if (
        not isinstance(order, list)
        or not all(type(i) is int for i in order)
        or sorted(order) != list(range(len(patterns)))
    ):
        return None
    return {patterns[i].slot: rank for rank, i in enumerate(order)}


def learnt_ranks(patterns: Sequence[Any], asked: Sequence[set[int]]) -> dict[int, int]:
    """Slot -> rank, most asked first (definition order among equals), kept for later
    processes."""
    counts = Counter(slot for slots in asked for slot in slots)
    order = sorted(range(len(patterns)), key=lambda i: (-counts[patterns[i].slot], i))
    _STORE.put(_key(patterns), order)
    return {patterns[i].slot: rank for rank, i in enumerate(order)}
