"""The RE2 sets behind sentence screens (``auditcheck.text.screen``), and one sentence's screen.

A family's patterns are screened by RE2 sets of about a dozen patterns each; a sentence's
``Screen`` runs a set only when one of its patterns is first asked about the sentence, and
records per pattern slot whether it can match there.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

try:  # optional: without google-re2 nothing is screened and every pattern runs
    import re2
except ImportError:  # pragma: no cover - depends on the environment
    re2 = None

from .scanner_plan import Plan, _options

if TYPE_CHECKING:
    from .screen import Screener

#: A pattern that can only match at the very end of the text: if a set does not report it, RE2
#: gave up before the end and the set's answer is not trusted.
_CANARY = r"(?s).\z"


class Screen:
    """One sentence's screen: which patterns of the family cannot match it.

    Each RE2 set runs over the sentence only when one of its patterns is first asked about it
    (``rules_out``): of the claim grammar's sets, some hold patterns that are asked of a
    sentence only after another matched, or only of slices, and most sentences never need
    them. ``known`` maps a slot to True (cannot match) or False (may match) once its set ran.
    A screen made with ``absent`` and no screener (tests) rules out exactly those slots.
    """

    __slots__ = (
        "_screener",
        "data",
        "known",
        "mapped_space",
        "mapped_word",
        "sentence",
        "windows",
    )

    def __init__(
        self,
        sentence: str,
        absent: frozenset[int] = frozenset(),
        data: bytes | None = None,
        mapped_word: bool = False,
        mapped_space: bool = False,
        screener: Screener | None = None,
    ) -> None:
        self.sentence = sentence
        #: the sentence's ASCII view for ``re`` (None when the screen was made without it)
        self.data = data
        self.mapped_word = mapped_word
        self.mapped_space = mapped_space
        self.known: dict[int, bool] = dict.fromkeys(absent, True)
        #: slot -> where its matches can start, found ahead (``screen_order.prime``)
        self.windows: dict[int, list[tuple[int, int]] | None] = {}
        self._screener = screener

    def rules_out(self, slot: int) -> bool:
        """True if the pattern in ``slot`` cannot match the sentence."""
        known = self.known.get(slot)
        if known is None:
            if self._screener is not None:
                self._screener.run_set_of(self, slot)
            known = self.known.setdefault(slot, False)
        return known

    def rules_out_every(self) -> bool:
        """True if no pattern of the family can match the sentence (runs every set not run
        yet): one answer for a caller that asks whether any of them matches."""
        screener = self._screener
        if screener is None:
            return False
        screener.run_all(self)
        # a pattern without a plan is in no set and has no answer: it may match
        return len(self.known) >= screener.size and False not in self.known.values()

    @property
    def absent(self) -> frozenset[int]:
        """Every slot the screen rules out (runs every set not run yet)."""
        if self._screener is not None:
            self._screener.run_all(self)
        return frozenset(slot for slot, absent in self.known.items() if absent)

    def copy_for(self, sentence: str) -> Screen:
        """This screen for another string object with the same text (the answers shared)."""
        screen = Screen(sentence, frozenset(), self.data, self.mapped_word, self.mapped_space)
        screen.known, screen._screener, screen.windows = self.known, self._screener, self.windows
        return screen

    def _key(self) -> tuple[Any, ...]:
        return (self.sentence, self.absent, self.data, self.mapped_word, self.mapped_space)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Screen):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


#: The screens most recently made by any screener, by sentence text: ``search`` of an equal
#: string outside their ``screening`` block (a slice of the text) reads them too.
RECENT: dict[str, Screen] = {}
RECENT_SCREENS = 8


def remembered(screen: Screen) -> Screen:
    """``screen``, kept in ``RECENT`` (the oldest is dropped)."""
    RECENT[screen.sentence] = screen
    if len(RECENT) > RECENT_SCREENS:
        with suppress(KeyError, RuntimeError, StopIteration):  # another thread got there first
            del RECENT[next(iter(RECENT))]
    return screen


@dataclass(frozen=True)
class _SetGroup:
    """RE2 sets over the plans of a family's patterns that share flags."""

    sets: tuple[tuple[Any, tuple[int, ...]], ...]  # (RE2 set, slot of each pattern in it)
    names_word: frozenset[int]  # slots whose plan names '_' (unsafe when the view maps a word)
    names_space: frozenset[int]


class _SetRun:
    """One RE2 set of a screener, and how its answer on a sentence fills ``Screen.known``."""

    __slots__ = ("absent", "match", "names_space", "names_word", "rset", "slots", "unknown")

    def __init__(self, rset: Any, slots: tuple[int, ...], group: _SetGroup) -> None:
        self.rset = rset
        # the compiled set's own ``Match`` (a list, empty for none) where the wrapper has one:
        # some 15,000 passes a long report, each a Python call less
        self.match = getattr(getattr(rset, "_set", None), "Match", None) or rset.Match
        self.slots = slots
        self.absent = dict.fromkeys(slots, True)
        self.unknown = dict.fromkeys(slots, False)
        self.names_word = tuple(s for s in slots if s in group.names_word)
        self.names_space = tuple(s for s in slots if s in group.names_space)

    def run(self, screen: Screen) -> None:
        known = screen.known
        hits = self.match(screen.data)
        slots = self.slots
        if not hits or len(slots) not in hits:  # no canary: trust nothing here
            known.update(self.unknown)
            return
        known.update(self.absent)
        for i in hits:
            if i < len(slots):
                known[slots[i]] = False
        if screen.mapped_word:
            for slot in self.names_word:
                known[slot] = False
        if screen.mapped_space:
            for slot in self.names_space:
                known[slot] = False


#: Patterns per RE2 set of a screen. A set's DFA builds its states as it scans, and a state
#: tracks every pattern of the set that is part-way through a match: the claim grammar's large
#: alternations in sets of 48 made nearly every byte of a new sentence a new state, so a first
#: pass over an 84-page report cost 0.35 s against 0.03 s once the states exist; in sets of
#: about 12 the states recur (0.20 s the first pass), for one more set pass per sentence
#: warm (about 0.02 s on that report). A family of few patterns stays one set.
SCREEN_SET_SIZE = 12


def _build(group: list[tuple[int, Plan]]) -> _SetGroup:
    ignore_case = bool(group[0][1].mode[1] & re.IGNORECASE)
    sets = []
    count = -(-len(group) // SCREEN_SET_SIZE) if len(group) > 2 * SCREEN_SET_SIZE else 1
    size = -(-len(group) // count)  # sets of even size: 83 patterns as 7 sets of 11 or 12
    for i in range(0, len(group), size):
        chunk = group[i : i + size]
        rset = re2.Set.SearchSet(_options(ignore_case, for_set=True))
        for _, plan in chunk:
            rset.Add(plan.source)
        rset.Add(_CANARY)
        rset.Compile()
        sets.append((rset, tuple(slot for slot, _ in chunk)))
    return _SetGroup(
        tuple(sets),
        frozenset(slot for slot, plan in group if plan.names_word),
        frozenset(slot for slot, plan in group if plan.names_space),
    )


def build_groups(
    plans: list[tuple[int, Plan | None]], ranks: dict[int, int]
) -> tuple[_SetGroup, ...]:
    """A family's sets: its (slot, plan) pairs by flags, each group in ``ranks`` order
    (``screen_order``; slot order among equals) and cut into sets."""
    by_flags: dict[int, list[tuple[int, Plan]]] = {}
    for slot, plan in plans:
        if plan is not None:
            by_flags.setdefault(plan.mode[1], []).append((slot, plan))
    return tuple(
        _build(sorted(group, key=lambda sp: ranks.get(sp[0], 0)))
        for _, group in sorted(by_flags.items())
    )
