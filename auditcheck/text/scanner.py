"""Exact, fast pattern scanning with RE2 where it provably gives the same spans as ``regex``.

Why: the criteria are a few hundred backtracking regular expressions; the ``regex`` module
needs milliseconds per pattern per 100 KB, so a 60-page report spends most of its matching
time scanning for patterns that do not occur. RE2 runs in linear time, and an ``RE2::Set``
tells in one pass which of many patterns match at all.

How it stays exact: RE2's ``\\w``, ``\\b``, ``\\s`` and ``\\d`` are ASCII-only while
``regex`` uses Unicode. So RE2 scans a same-length ASCII *view* of the text in which each
non-ASCII character is replaced by an ASCII stand-in of the same class for ``regex``:
word characters become ``_``, whitespace becomes a space, anything else becomes DEL
(``\\x7f``). A pattern is scanned with RE2 only when (a) RE2 accepts it, (b) it is pure
ASCII, cannot match the empty string and uses no syntax whose meaning differs between the
engines (Unicode properties, POSIX classes, nested sets, code-point escapes), and (c) it
never names a stand-in character (``_``, a space or DEL) that the view actually used. A
document is left to ``regex`` entirely if it contains a character the view cannot stand for:
a non-ASCII digit, or a letter that case-folds to ASCII (``ß``, ``ﬁ``, the Kelvin sign),
which ``regex`` would match case-insensitively against ASCII letters. Offsets in the ASCII
view equal offsets in the text. ``tests/test_fastscan.py`` checks span-for-span equality.

An ``RE2::Set`` per process accumulates every eligible pattern seen so far; each new
document is tested against it once, and patterns it reports absent are answered without a
scan. A canary pattern that can only match at the very end of the text guards against RE2
giving up early (its DFA has a memory budget): without the canary the set's answer is ignored.

The same holds for compiled stdlib ``re`` patterns (``FastScanner.finditer``), with the
view built from ``re``'s own character classes and match objects that carry group spans.

Since the text layer scans a plainly written shadow of the text (``auditcheck.text.normalise``
writes out ligatures, ``ß``, the Kelvin sign and other-script digits), the characters that made
a view impossible are gone from ordinary documents; what is left (a handful of letters such as
``ǰ`` whose case folding contains an ASCII letter) still declines the fast path.

Patterns RE2 cannot run exactly (look-arounds, non-ASCII classes) get a *superset* plan:
look-arounds dropped and non-ASCII characters widened to their stand-ins. Every match of the
exact pattern starts inside a hit of the superset, so the exact engine is tried only at those
offsets (``windows``, ``exact_in_windows``) and gives ``finditer``'s matches exactly.

On a process's first document the sets cover nothing yet; a pattern whose required strings
(read off its parse tree in groups: every match contains one string of each group) do not all
occur is answered absent without compiling it. Which patterns are eligible, their RE2 source
and required strings are cached across processes in a JSON file (``scanner_cache``).

Modules: ``scanner_syntax`` (pattern text and parse trees), ``scanner_plan`` (per-pattern RE2
plans, exact or superset), ``scanner_cache`` (the analysis cache), ``scanner_match`` (matches
on the view, the exact engine inside windows), this one (sets, the scan).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

try:  # optional: without google-re2 everything goes through ``regex``
    import re2
except ImportError:  # pragma: no cover - depends on the environment
    re2 = None

from .scanner_match import FastMatch, exact_in_windows, re2_group_spans, re2_spans
from .scanner_plan import (
    _FLAGS,
    AsciiView,
    Plan,
    _options,
    _plan,
    _relaxed,
    _relaxed_re,
    _superset_plan,
    plan_for,
    plan_for_re,
    re_screen,
)
from .scanner_syntax import without_lookarounds

__all__ = [
    "SET_SIZE",
    "SMALL_TEXT",
    "AsciiView",
    "FastMatch",
    "FastScanner",
    "Plan",
    "compile_for_every_size",
    "exact_in_windows",
    "plan_for",
    "plan_for_re",
    "prime",
    "re_screen",
    "short_for_re",
    "without_lookarounds",
]

#: Patterns tested per RE2::Set; small sets keep the DFA well inside its memory budget.
SET_SIZE = 48
#: A text shorter than this (characters) is left to ``re`` by the methods for stdlib patterns
#: (``finditer``, ``finditer_source``, ``candidate_windows``) when the pattern's RE2 program is
#: not compiled yet: compiling one costs 0.2-0.4 ms, more than ``re`` needs for a page (the
#: facts layer compiled 64 programs, 0.024 s, on a one-page report). The callers' ``re`` path
#: gives the same matches. ``compile_for_every_size`` turns this off in a warming process.
SMALL_TEXT = 8_000
_SMALL_TEXT_ON = True


def compile_for_every_size() -> None:
    """Use RE2 on texts of every size from now on in this process (a batch parent warming up
    before it forks: its workers then inherit compiled programs instead of each using ``re``)."""
    global _SMALL_TEXT_ON
    _SMALL_TEXT_ON = False


_CANARY = r"(?s).\z"


Mode = tuple  # (engine name, flags): patterns sharing a mode share a view and RE2::Sets


class _Registry:
    """Every RE2-eligible pattern this process has met, grouped in RE2::Sets per mode."""

    def __init__(self) -> None:
        self.plans: dict[Mode, list[Plan]] = {}
        self.known: dict[Mode, set[str]] = {}
        self.sets: dict[Mode, list[tuple[Any, list[str]]]] = {}
        self.built: dict[Mode, int] = {}

    def add(self, plan: Plan) -> None:
        known = self.known.setdefault(plan.mode, set())
        if plan.source not in known:
            known.add(plan.source)
            self.plans.setdefault(plan.mode, []).append(plan)

    def sets_for(self, mode: Mode) -> list[tuple[Any, list[str]]]:
        """Sets covering every registered pattern; only the newest, partial set is rebuilt."""
        plans = self.plans.get(mode, [])
        sets = self.sets.setdefault(mode, [])
        if self.built.get(mode, 0) < len(plans):
            start = len(sets) * SET_SIZE
            if sets and len(sets[-1][1]) < SET_SIZE:
                sets.pop()
                start -= SET_SIZE
            for i in range(start, len(plans), SET_SIZE):
                chunk = [p.source for p in plans[i : i + SET_SIZE]]
                s = re2.Set.SearchSet(_options(bool(mode[1] & re.IGNORECASE), for_set=True))
                for source in chunk:
                    s.Add(source)
                s.Add(_CANARY)
                s.Compile()
                sets.append((s, chunk))
            self.built[mode] = len(plans)
        return sets


_REGISTRY = _Registry()


def prime(patterns: Any, ignore_case: bool = True) -> int:
    """Register criteria patterns up front (e.g. every pattern of the loaded packs) so that even
    the first document is tested against a few sets instead of pattern by pattern. Accepts
    compiled stdlib ``re`` patterns too. Returns how many were eligible."""
    count = 0
    for pattern in patterns:
        if isinstance(pattern, re.Pattern):
            plan = plan_for_re(pattern) or _relaxed_re(pattern)
        else:
            plan = plan_for(pattern, ignore_case)
            relaxed = _relaxed(pattern)
            if plan is None and relaxed is not None:
                plan = plan_for(relaxed, ignore_case)
        if plan is not None:
            _REGISTRY.add(plan)
            count += 1
    return count


def warm_sets(text: str) -> None:
    """Run every registered RE2 set over ``text`` once: RE2 builds a set's DFA states as it
    scans, so a process that forks workers can build them on typical text first."""
    if re2 is None:
        return
    scanner = FastScanner(text)
    for mode in list(_REGISTRY.plans):
        scanner._test_sets(mode)


def short_for_re(length: int) -> bool:
    """True if a text of ``length`` characters is short enough to ask ``re`` before RE2."""
    return _SMALL_TEXT_ON and length < SMALL_TEXT


class FastScanner:
    """Per-document fast path; each method returns None to decline (the caller uses its engine)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._views: dict[str, AsciiView] = {}
        self._chars: set[str] | None = None
        # per mode: sources the sets covered for this document, and those that matched
        self._covered: dict[Mode, set[str]] = {}
        self._present: dict[Mode, set[str]] = {}
        self._lowered: dict[str, bytes] = {}
        self._occurs: dict[str, dict[str, bool]] = {}
        self._view_text: dict[str, str] = {}

    def view(self, engine: str = "regex") -> AsciiView:
        view = self._views.get(engine)
        if view is None:
            if re2 is None:
                view = AsciiView(None)
            else:
                if self._chars is None:
                    self._chars = set(self._text)
                other = next(iter(self._views.values()), None)
                view = AsciiView.of(self._text, engine, same_text=other, chars=self._chars)
            self._views[engine] = view
        return view

    def spans(self, pattern: str, ignore_case: bool = True) -> list[tuple[int, int]] | None:
        """Non-empty match spans of a criteria pattern exactly as ``regex`` finditer gives them."""
        plan = self._usable(plan_for(pattern, ignore_case))
        if plan is not None:
            if self._absent(plan) or self._ruled_out_by_re(plan):
                return []
            return re2_spans(plan.rx, self.view().data or b"")  # usable: the view exists
        relaxed = _relaxed(pattern)
        relaxed_plan = self._usable(plan_for(relaxed, ignore_case)) if relaxed is not None else None
        if relaxed_plan is not None and (
            self._absent(relaxed_plan)
            or self._ruled_out_by_re(relaxed_plan)
            or relaxed_plan.rx.search(self.view().data) is None
        ):
            return []
        return None

    def _ruled_out_by_re(self, plan: Plan) -> bool:
        """True if a short text's view has no match of ``plan``, asked of ``re`` before RE2.

        On a one-page text nine in ten criteria patterns whose required strings all occur
        still match nowhere, and compiling their RE2 programs (0.2-0.4 ms each) was a sixth of
        a cold start, while ``re`` loads the same source's program from the cross-process cache
        (``sre_cache``) and scans a page in microseconds. A plan's source is its pattern, which
        ``re``'s own parser read when the plan was made, behind the flags that RE2 needs inline;
        on the ASCII view both engines give it the same meaning, so ``re`` finding nothing
        means RE2 finds nothing (``tests/test_fastscan.py`` checks it on every criteria pattern
        and the samples). Texts past ``SMALL_TEXT`` and compiled plans go straight to RE2.
        """
        if plan.ready or not short_for_re(len(self._text)):
            return False
        screen = re_screen(plan)
        if screen is None:
            return False
        view = self._view_text.get(plan.mode[0])
        if view is None:
            view = self._view_text[plan.mode[0]] = (self.view(plan.mode[0]).data or b"").decode(
                "ascii"
            )
        return screen.search(view) is None

    def windows(self, pattern: str, ignore_case: bool = True) -> list[tuple[int, int]] | None:
        """Where a criteria pattern RE2 cannot run exactly may start, or None to decline.

        The caller tries its exact engine only at these offsets (``exact_in_windows``).
        """
        flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
        return self._windows(_superset_plan(pattern, "regex", flags))

    def _leave_to_re(self, plan: Plan) -> bool:
        """True if ``re`` should scan this short text rather than RE2 compile the plan."""
        return _SMALL_TEXT_ON and len(self._text) < SMALL_TEXT and not plan.ready

    def _windows(
        self, plan: Plan | None, leave_small: bool = False
    ) -> list[tuple[int, int]] | None:
        if plan is None:
            return None
        view = self.view(plan.mode[0])
        if view.data is None:
            return None
        if self._absent(plan):
            return []
        if leave_small and self._leave_to_re(plan):
            return None
        merged: list[tuple[int, int]] = []
        for s, e in re2_spans(plan.rx, view.data):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def candidate_windows(self, pattern: str, flags: int) -> list[tuple[int, int]] | None:
        """Windows ``[lo, hi)`` holding every offset where a stdlib ``re`` pattern can match.

        ``re.compile(pattern, flags).match(text, p)`` succeeds only for ``p`` inside a window
        (the windows are the merged RE2 hits of the pattern or of a superset of it; see
        ``exact_in_windows``); an empty list means the pattern matches nowhere. None declines:
        then any offset may match. Callers that try a pattern at chosen offsets (the facts
        layer's number rules) try only the offsets inside a window, with the same result.
        """
        if flags & (re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        plan = self._usable(_plan(pattern, "re", flags & _FLAGS))
        return self._windows(plan or _superset_plan(pattern, "re", flags & _FLAGS), True)

    def finditer(self, compiled: re.Pattern[str]) -> list[Any] | None:
        """All matches of a stdlib ``re`` pattern, as ``compiled.finditer(text)`` gives them.

        Patterns RE2 cannot run exactly are tried with ``re`` only where a superset pattern
        hit (``windows``); those matches are ``re.Match`` objects.
        """
        if not isinstance(compiled.pattern, str):
            return None
        return self.finditer_source(compiled.pattern, compiled.flags, lambda: compiled)

    def finditer_source(
        self, pattern: str, flags: int, compiled: Callable[[], re.Pattern[str]]
    ) -> list[Any] | None:
        """``finditer`` for a pattern given by source and flags; ``compiled()`` is called only
        when ``re`` itself has to look, so rules RE2 answers are never compiled by ``re``."""
        if flags & (re.VERBOSE | re.ASCII | re.LOCALE):
            return None
        plan = self._usable(_plan(pattern, "re", flags & _FLAGS))
        if plan is None:
            windows = self._windows(_superset_plan(pattern, "re", flags & _FLAGS), True)
            if windows is None:
                return None
            if not windows:
                return []
            text, match = self._text, compiled().match
            return exact_in_windows(lambda p: match(text, p), text, windows)
        if self._absent(plan):
            return []
        if self._leave_to_re(plan):
            return None
        text, names = self._text, plan.names or {}
        return [
            FastMatch(text, spans, names)
            for spans in re2_group_spans(plan.rx, self.view("re").data or b"")  # usable: a view
        ]

    def search(self, compiled: re.Pattern[str]) -> FastMatch | bool | None:
        """The first match, None if there is none, or False to decline."""
        found = self.finditer(compiled)
        if found is None:
            return False
        return found[0] if found else None

    def _usable(self, plan: Plan | None) -> Plan | None:
        if plan is None:
            return None
        view = self.view(plan.mode[0])
        if (
            view.data is None
            or (plan.names_word and view.mapped_word)
            or (plan.names_space and view.mapped_space)
        ):
            return None
        return plan

    def _absent(self, plan: Plan) -> bool:
        """True if this process's pattern sets show the pattern matches nowhere in this text, or
        (for patterns the sets do not cover yet) none of the strings every match contains occurs."""
        if plan.mode not in self._covered:
            self._test_sets(plan.mode)
        _REGISTRY.add(plan)
        if plan.source in self._covered[plan.mode]:
            return plan.source not in self._present[plan.mode]
        if plan.literals is not None:
            lowered = self._lowered.get(plan.mode[0])
            if lowered is None:
                lowered = self._lowered[plan.mode[0]] = (
                    self.view(plan.mode[0]).data or b""
                ).lower()
            # absent when some group has none of its strings in the text; each string is looked
            # for once per text (the same words recur in hundreds of patterns' groups)
            occurs = self._occurs.setdefault(plan.mode[0], {})
            for group in plan.literals:
                for lit in group:
                    found = occurs.get(lit)
                    if found is None:
                        found = occurs[lit] = lit.encode("ascii") in lowered
                    if found:
                        break
                else:
                    return True
        return False

    def _test_sets(self, mode: Mode) -> None:
        covered: set[str] = set()
        present: set[str] = set()
        data = self.view(mode[0]).data
        for s, chunk in _REGISTRY.sets_for(mode):
            hits = s.Match(data) or []
            if len(chunk) not in hits:  # the canary did not fire: RE2 gave up, trust nothing
                continue
            covered.update(chunk)
            present.update(chunk[i] for i in hits if i < len(chunk))
        self._covered[mode] = covered
        self._present[mode] = present
