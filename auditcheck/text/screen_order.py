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

A reader that knows its sentences in advance (the claim detector) can ``prime`` the screener
with them: the sets of the common patterns then run over every sentence set by set, before the
questions, instead of one set after another between the questions of each sentence.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..cache import JsonCache

if TYPE_CHECKING:
    from .screen import Screener
    from .screen_sets import Screen

#: Screens that were asked something, recorded before a screener settles its order.
LEARN_SCREENS = 100

_STORE = JsonCache("screen-order", lambda: b"screen-order 2")


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


def known_ranks(patterns: Sequence[Any]) -> tuple[dict[int, int], int] | None:
    """(slot -> rank in the family's set order, how many patterns most sentences are asked),
    if a process has learnt them; else None."""
    entry = _STORE.get(_key(patterns))
    if not isinstance(entry, list) or len(entry) != 2 or type(entry[1]) is not int:
        return None
    order, common = entry
    if (
        not isinstance(order, list)
        or not all(type(i) is int for i in order)
        or sorted(order) != list(range(len(patterns)))
    ):
        return None
    return {patterns[i].slot: rank for rank, i in enumerate(order)}, common


def learnt_ranks(patterns: Sequence[Any], asked: Sequence[set[int]]) -> tuple[dict[int, int], int]:
    """``known_ranks`` from what screens were asked: most asked first (definition order among
    equals); the common ones are those asked of at least half the screens. Kept for later
    processes."""
    counts = Counter(slot for slots in asked for slot in slots)
    order = sorted(range(len(patterns)), key=lambda i: (-counts[patterns[i].slot], i))
    common = sum(1 for i in order if 2 * counts[patterns[i].slot] >= len(asked))
    _STORE.put(_key(patterns), [order, common])
    return {patterns[i].slot: rank for rank, i in enumerate(order)}, common


def learn(screener: Screener, screen: Screen) -> None:
    """Record what ``screen`` is asked; once ``LEARN_SCREENS`` screens were asked something,
    build the screener's sets again in the order of how often each pattern was asked."""
    if len(screener._learning) >= LEARN_SCREENS:
        screener._learning = [asked for asked in screener._learning if asked.asked]
        if len(screener._learning) >= LEARN_SCREENS:
            asked = [a.asked for a in screener._learning]
            screener._ranks = learnt_ranks(screener._patterns, asked)
            screener._learning, screener._groups = [], None
            screener.groups  # noqa: B018 - built again in the new order
            return
    screen.known = known = Asked()
    screener._learning.append(known)


#: Sentences primed at a time: enough for a set's DFA to stay in the processor's cache, few
#: enough that a long document's screens are not all held at once.
PRIME_BATCH = 512
#: How far ahead of the last batch ``primed_screen`` looks for a sentence that starts the next.
_LOOK_AHEAD = 64


def prime(screener: Screener, sentences: Iterable[str]) -> None:
    """Take a document's sentences to screen ahead of their reading, ``PRIME_BATCH`` at a time
    (``primed_screen``). Nothing is primed while the sets or their order are not ready."""
    screener._primed = {}
    ready = screener._groups is not None and screener._ranks is not None
    screener._pending, screener._next = (list(sentences) if ready else []), 0


def primed_screen(screener: Screener, sentence: str) -> Screen | None:
    """The primed screen of ``sentence``; a sentence a little past the last batch starts the
    next: its sentences are screened first, the sets of the common patterns (asked of most
    sentences) run set by set, then the windows of those patterns, pattern by pattern. A set's
    DFA then stays in the processor's cache: a pass costs about half what it does between other
    work (some 10,000 passes on the 84-page PDF)."""
    found = screener._primed.get(sentence)
    pending, start = screener._pending, screener._next
    if found is not None or start >= len(pending) or screener._ranks is None:
        return found
    try:
        at = pending.index(sentence, start, start + _LOOK_AHEAD)
    except ValueError:
        return None
    batch = pending[at : at + PRIME_BATCH]
    screener._next = at + len(batch)
    ranks, common = screener._ranks
    screens: dict[str, Screen] = {}
    for text in batch:
        if text not in screens and (screen := screener._make(text)) is not None:
            screens[text] = screen
    runs = {id(r): r for slot, r in screener._runs.items() if ranks.get(slot, common) < common}
    for run in runs.values():
        for screen in screens.values():
            run.run(screen)
    for pattern in screener._patterns:
        if ranks.get(pattern.slot, common) < common:
            slot = pattern.slot
            for screen in screens.values():
                if screen.known.get(slot) is False:
                    screen.windows[slot] = pattern._windows(screen)
    screener._primed = screens
    return screens.get(sentence)
