"""Sentence screens: which patterns of a family can match a sentence at all, in one RE2 pass.

Why: the claim detector asks every sentence a score of questions, each a large alternation that
``re`` tries at every offset, and nearly every answer is "no" (so does the generic-language test
of the method criteria). A pass of a few RE2 sets over the sentence (all patterns of the family
at once; which share a set: ``screen_order``) tells which patterns can match.

Why the answers stay exact: a pattern RE2 cannot run exactly is screened through a superset of
it (look-arounds dropped, non-ASCII characters widened to their stand-ins; see
``auditcheck.text.scanner_plan``), on the sentence's same-length ASCII view, so "absent" from the
screen means absent from the sentence. A sentence without an exact view (a letter that
case-folds to ASCII, such as the Kelvin sign) is not screened, and neither is a pattern whose
plan names a stand-in character the view used, nor any set whose canary did not fire (RE2 gave
up on its memory budget). ``tests/test_screen.py`` checks that screened and unscreened runs
agree on every pattern and every claim.

A pattern the screen lets through is run by ``re`` only from the offsets where its RE2 plan hits
the sentence's view (``exact_in_windows``), which gives ``finditer``'s and ``search``'s own
``re.Match`` objects.

How it is used: a family of patterns asked of the same sentences (the claim grammar, generic
audit language) is a ``PatternFamily``; its patterns are ``ScreenedPattern``s. The caller opens
``screening(family.screener().screen(sentence))`` around one sentence's questions, and a
pattern asked about that very string object (not a slice or a window of it), or about a string
equal to one of the last few sentences screened (``screen_sets.RECENT``), consults the screen
first. Patterns of other families are not affected.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar, Token
from typing import Any

try:  # optional: without google-re2 nothing is screened and every pattern runs
    import re2
except ImportError:  # pragma: no cover - depends on the environment
    re2 = None

from . import screen_order as order
from . import screen_sets as sets
from .scanner_match import exact_in_windows
from .scanner_plan import _FLAGS, AsciiView, Plan, _plan, _superset_plan
from .screen_sets import RECENT, Screen, remembered
from .screen_windows import ODD_ASCII, first_in_windows, merged_hits, search_long, search_stretch
from .sre_cache import compile_cached

_SLOTS = itertools.count()


class ScreenedPattern:
    """An ``re`` pattern that answers "no match" for a screened sentence it cannot match.

    Only calls on the whole sentence (no ``endpos``) are screened: a match found from ``pos``
    is a match in the sentence, but one that a shortened ``endpos`` allows may not be. The
    pattern is compiled by ``re`` on first use: the claim grammar's alternations take a good
    part of a second to compile, and on a short text the screen rules most of them out.
    """

    __slots__ = ("_compiled", "_long", "_plan", "_unscreened", "flags", "pattern", "slot")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self.slot = next(_SLOTS)
        self._compiled: re.Pattern[str] | None = None
        self._plan: Plan | bool | None = False  # False: not looked up yet
        self._unscreened = 0  # unscreened searches answered by ``re`` while no program exists
        #: [long text, stretch searches of it so far, its ``LongTextHits`` (False: none)]
        self._long: list[Any] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_cached(self.pattern, self.flags)
        return compiled

    def _absent_from(self, string: str) -> bool:
        screen = self._screen_of(string)
        return screen is not None and screen.rules_out(self.slot)

    def _screen_of(self, string: str) -> Screen | None:
        for screen in _CURRENT.get():
            if screen.sentence is string:
                return screen
        return None

    def _plan_or_none(self) -> Plan | None:
        plan = self._plan
        if plan is False:
            plan = self._plan = _plan_of(self.pattern, self.flags)
        return plan if isinstance(plan, Plan) else None

    def _windows(self, screen: Screen) -> list[tuple[int, int]] | None:
        """Where in the screened sentence a match can start (``screen_windows``), or None to
        let ``re`` scan it all."""
        if self.slot in screen.windows:
            return screen.windows[self.slot]
        if screen.data is None:
            return None
        plan = self._plan_or_none()
        if (
            plan is None
            or (plan.names_word and screen.mapped_word)
            or (plan.names_space and screen.mapped_space)
        ):
            return None
        return merged_hits(plan, screen.data)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if endpos is not None:
            return self._search_stretch(string, pos, endpos)
        for screen in _CURRENT.get():  # ``_screen_of``, inlined: this is the hot path
            if screen.sentence is string:
                break
        else:
            # a string equal to a sentence screened a moment ago (the sentence before, sliced
            # from the text again) has its screen: the answers are about the characters
            if (recent := RECENT.get(string)) is None:
                return self._search_stretch(string, pos, len(string))
            screen = recent
        absent = screen.known.get(self.slot)
        if absent is None:
            absent = screen.rules_out(self.slot)
        if absent:
            return None
        windows = self._windows(screen)
        if windows is not None:
            return first_in_windows(self.compiled, string, windows, pos)
        return self.compiled.search(string, pos)

    def _search_stretch(self, string: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``search`` for a string no screen covers (a slice, or a sentence's span of the whole
        text): RE2 picks the offsets ``re`` tries (``screen_windows.search_stretch``); a pattern
        asked about many stretches of one long text scans it once (``LongTextHits``)."""
        if (long := search_long(self, string, pos, endpos)) is not False:
            return long  # type: ignore[return-value]
        known = self._plan
        if known is False or (isinstance(known, Plan) and not known.ready):
            # looking the plan up and compiling its RE2 program (0.2-0.4 ms) pays only for a
            # pattern asked often: a one-page text asks each a few times, and ``re`` is faster
            self._unscreened += 1
            if self._unscreened < _COMPILE_AFTER:
                return self.compiled.search(string, pos, endpos)
        plan = self._plan_or_none()
        if plan is not None:
            found = search_stretch(self.compiled, plan, string, pos, endpos)
            if found is not False:
                return found  # type: ignore[return-value]
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if endpos is not None:
            return self.compiled.match(string, pos, endpos)
        if self._absent_from(string):
            return None
        return self.compiled.match(string, pos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        if endpos is not None:
            return self.compiled.finditer(string, pos, endpos)
        screen = self._screen_of(string)
        if screen is not None:
            if screen.rules_out(self.slot):
                return iter(())
            windows = self._windows(screen) if pos == 0 else None
            if windows is not None:
                match = self.compiled.match
                return iter(exact_in_windows(lambda p: match(string, p), string, windows))
        return self.compiled.finditer(string, pos)

    def findall(self, string: str, pos: int = 0, endpos: int | None = None) -> list[Any]:
        if endpos is not None:
            return self.compiled.findall(string, pos, endpos)
        if self._absent_from(string):
            return []
        return self.compiled.findall(string, pos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if self._absent_from(string):
            return string
        return self.compiled.sub(repl, string, count)

    def __repr__(self) -> str:
        return f"ScreenedPattern({self.pattern!r}, {self.flags!r})"


_CURRENT: ContextVar[tuple[Screen, ...]] = ContextVar("auditcheck_sentence_screen", default=())


class screening:
    """Let the patterns of the screen's family consult it while one sentence is read; screens
    opened inside stand beside the outer ones (the same sentence with and without its quotation
    marks blanked, say). A class: half the cost of a ``contextmanager`` (7,000 uses a report)."""

    __slots__ = ("_screen", "_token")
    _token: Token[tuple[Screen, ...]] | None

    def __init__(self, screen: Screen | None) -> None:
        self._screen, self._token = screen, None

    def __enter__(self) -> None:
        if self._screen is not None:
            self._token = _CURRENT.set((*_CURRENT.get(), self._screen))

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _CURRENT.reset(self._token)


#: Unscreened searches of one pattern answered by ``re`` before its RE2 program is compiled.
_COMPILE_AFTER = 200

#: Characters of text a family reads unscreened in a process before its RE2 sets are built.
#: Building them costs about 0.04 s (the claim grammar); a one-page document (about 4,000
#: characters) is read faster by ``re`` alone, a long report gains that back many times.
SCREEN_AFTER_CHARS = 12_000


class Screener:
    """The RE2 sets for every pattern of a family, built once per process: when the family has
    read ``SCREEN_AFTER_CHARS`` of text unscreened, or at once when ``eager``."""

    def __init__(self, patterns: list[ScreenedPattern], eager: bool = False) -> None:
        self.size = len(patterns)
        self._patterns = patterns
        self._unscreened = 0
        self._groups: tuple[sets._SetGroup, ...] | None = None
        self._runs: dict[int, sets._SetRun] = {}  # the set of each screened slot
        #: (slot -> place in the sets' order, how many are common; ``screen_order``), None while
        #: it is being learnt
        self._ranks = (
            order.known_ranks(patterns) if self.size > 2 * sets.SCREEN_SET_SIZE else ({}, 0)
        )
        self._learning: list[order.Asked] = []
        self._primed: dict[str, Screen] = {}  # ``prime``: this batch's screens,
        self._pending: list[str] = []  # the document's sentences,
        self._next = 0  # and where the next batch starts
        if eager:
            self.groups  # noqa: B018 - building the sets is the point

    @property
    def groups(self) -> tuple[sets._SetGroup, ...]:
        """The RE2 sets, per flags, built on first use."""
        groups = self._groups
        if groups is None:
            plans = [(p.slot, _plan_of(p.pattern, p.flags)) for p in self._patterns]
            self.groups = groups = sets.build_groups(plans, (self._ranks or ({}, 0))[0])
        return groups

    @groups.setter
    def groups(self, groups: tuple[sets._SetGroup, ...]) -> None:
        self._groups = groups
        self._runs = {
            slot: run
            for group in groups
            for rset, slots in group.sets
            for run in (sets._SetRun(rset, slots, group),)
            for slot in slots
        }

    def run_set_of(self, screen: Screen, slot: int) -> None:
        """Run the set that screens ``slot`` over the screen's sentence."""
        run = self._runs.get(slot)
        if run is not None and screen.data is not None:
            run.run(screen)

    def run_all(self, screen: Screen) -> None:
        """Run every set not run yet over the screen's sentence."""
        for slot, run in self._runs.items():
            if slot not in screen.known and screen.data is not None:
                run.run(screen)

    def screen(self, sentence: str) -> Screen | None:
        """The sentence's screen, or None if it cannot be screened exactly (or the sets are not
        built yet: then every pattern runs, with the same answers)."""
        if self._groups is None and self._unscreened < SCREEN_AFTER_CHARS:
            self._unscreened += len(sentence)
            return None
        primed = order.primed_screen(self, sentence)
        if primed is not None:  # the same answers, for this string object
            return remembered(primed.copy_for(sentence))
        screen = self._make(sentence)
        if screen is not None and self._ranks is None:
            order.learn(self, screen)
        return remembered(screen) if screen is not None else None

    def _make(self, sentence: str) -> Screen | None:
        # about 6,000 sentences of an 84-page report are screened: an ASCII sentence (nearly
        # all) is its own view, without building a translation table
        if sentence.isascii() and ODD_ASCII.search(sentence) is None:
            data, mapped_word, mapped_space = sentence.encode("ascii"), False, False
        else:
            view = AsciiView.of(sentence, "re")
            if view.data is None:
                return None
            data, mapped_word, mapped_space = view.data, view.mapped_word, view.mapped_space
        self.groups  # noqa: B018 - built here if not yet
        return Screen(sentence, frozenset(), data, mapped_word, mapped_space, self)

    def prime(self, sentences: Iterable[str]) -> None:
        """Screen a document's sentences before they are read, the common sets run set by set
        (``screen_order.prime``); ``screen`` of an equal sentence later gives their answers."""
        order.prime(self, sentences)


def _plan_of(pattern: str, flags: int) -> Plan | None:
    if flags & (re.VERBOSE | re.ASCII | re.LOCALE):
        return None
    return _plan(pattern, "re", flags & _FLAGS) or _superset_plan(pattern, "re", flags & _FLAGS)


class PatternFamily:
    """Patterns asked of the same sentences, screened together by one set of RE2 sets."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.patterns: list[ScreenedPattern] = []
        self._screener: Screener | None = None
        self._lock = threading.Lock()
        #: a text of at least ``SCREEN_AFTER_CHARS`` is being read (``expect_text``)
        self.long_text = False
        FAMILIES.append(self)

    def compile(self, pattern: str, flags: int = re.IGNORECASE) -> ScreenedPattern:
        """A pattern of this family (compiled by ``re``; screened when a sentence is)."""
        screened = ScreenedPattern(pattern, flags)
        self.patterns.append(screened)
        return screened

    def screener(self, eager: bool = False) -> Screener | None:
        """The family's screener (None without RE2), made on first use and again if patterns
        were added since; ``eager`` builds its RE2 sets now instead of when enough text has
        been read."""
        if re2 is None:
            return None
        eager = eager or self.long_text
        with self._lock:
            if self._screener is None or self._screener.size != len(self.patterns):
                self._screener = Screener(list(self.patterns), eager=eager)
            elif eager:
                self._screener.groups  # noqa: B018 - building the sets is the point
            return self._screener

    def warm(self, texts: Iterable[str] = ()) -> None:
        """Compile every pattern and the screener now, and run the screener over ``texts``.

        A batch parent calls this before its workers fork: they inherit the compiled patterns,
        their RE2 plans' programs and the RE2 sets' DFA states built on typical text, instead of
        each worker building them again on its first documents."""
        for pattern in self.patterns:
            pattern.compiled  # noqa: B018 - compiling is the point
            plan = pattern._plan_or_none() if re2 is not None else None
            if plan is not None:
                plan.rx  # noqa: B018 - compiling is the point
        screener = self.screener(eager=True)
        if screener is not None:
            for text in texts:
                screen = screener.screen(text)
                if screen is not None:
                    screener.run_all(screen)

    def __repr__(self) -> str:
        return f"PatternFamily({self.name!r}, {len(self.patterns)} patterns)"


def expect_text(length: int) -> None:
    """A document of ``length`` characters is about to be read: when it is long, every family
    builds its RE2 sets at its first sentence, instead of reading the first
    ``SCREEN_AFTER_CHARS`` unscreened (by ``re`` alone: about 0.15 s of the claim grammar on the
    84-page PDF's first document); the sets are built on such a text in any case."""
    if length >= SCREEN_AFTER_CHARS:
        for family in FAMILIES:
            family.long_text = True


#: Every family created in this process (the claim grammar, generic audit language, ...).
FAMILIES: list[PatternFamily] = []


def warm_families(texts: Iterable[str] = ()) -> None:
    """``warm`` every family of this process."""
    texts = list(texts)
    for family in FAMILIES:
        family.warm(texts)
