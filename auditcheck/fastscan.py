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
(read off its parse tree: every match contains one of them) do not occur is answered absent
without compiling it. Which patterns are eligible, their RE2 source and required strings are
cached across processes in a JSON file (``_AnalysisCache``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

try:  # optional: without google-re2 everything goes through ``regex``
    import re2
except ImportError:  # pragma: no cover - depends on the environment
    re2 = None

try:  # Python 3.11+ (typeshed has no stubs for these private modules)
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre_c
    import sre_parse as _sre_parse

#: Characters needing no stand-in: RE2 and ``regex`` classify them the same way.
_PLAIN = frozenset(chr(c) for c in range(0x20, 0x7F)) | {"\t", "\n", "\f", "\r"}
_WORD, _SPACE, _OTHER = "_", " ", "\x7f"
#: Syntax that parses in both engines but means different things, or names code points.
_UNSAFE = re.compile(r"\\[pPxuUNQEGXKLmMhHvVRz0-9]|&&|--|\|\||~~")
#: Non-ASCII punctuation that patterns name (apostrophes, quotes, dashes): each gets its own
#: ASCII control code in the view, and patterns naming it are rewritten to that code.
_NAMED = {
    "\u2019": "\x01",
    "\u2018": "\x02",
    "\u201c": "\x03",
    "\u201d": "\x04",
    "\u2013": "\x05",
    "\u2014": "\x06",
}
_NAMED_ESCAPE = {ch: f"\\x{ord(code):02x}" for ch, code in _NAMED.items()}
#: Patterns tested per RE2::Set; small sets keep the DFA well inside its memory budget.
SET_SIZE = 48
_CANARY = r"(?s).\z"


def _stand_in_for(ch: str, engine: Any) -> str | None:
    """The ASCII stand-in for a character under ``engine`` (``regex`` or ``re``), or None."""
    folds = ch.casefold() + ch.lower() + ch.upper()
    if any(c.isascii() and c.isalpha() for c in folds):
        return None
    if engine.fullmatch(r"\w", ch):
        return None if engine.fullmatch(r"\d", ch) else _WORD
    if not engine.fullmatch(r".", ch):  # a line break for this engine
        return None
    if engine.fullmatch(r"\s", ch):
        return _SPACE
    return _NAMED.get(ch, _OTHER)


_ENGINES = {"regex": regex, "re": re}
_STAND_IN: dict[str, dict[str, str | None]] = {"regex": {}, "re": {}}


@dataclass
class AsciiView:
    """The text as ASCII bytes of the same length, or ``data=None`` if that cannot be exact."""

    data: bytes | None
    mapped_word: bool = False
    mapped_space: bool = False

    @classmethod
    def of(cls, text: str, engine: str = "regex") -> AsciiView:
        table: dict[int, str] = {}
        known = _STAND_IN[engine]
        for ch in set(text) - _PLAIN:
            if ch not in known:
                known[ch] = _stand_in_for(ch, _ENGINES[engine])
            stand = known[ch]
            if stand is None:
                return cls(None)
            table[ord(ch)] = stand
        if not table:
            return cls(text.encode("ascii"))
        view = text.translate(table)
        values = set(table.values())
        return cls(view.encode("ascii"), mapped_word=_WORD in values, mapped_space=_SPACE in values)


@dataclass(frozen=True)
class Plan:
    """How to scan one pattern with RE2, and which stand-ins it names.

    The RE2 program is compiled on first use: most patterns are only ever tested in sets.
    """

    source: str
    names_word: bool
    names_space: bool
    mode: tuple[str, int] = ("regex", 0)
    #: Lower-case ASCII strings one of which every match contains, or None if none is known.
    literals: tuple[str, ...] | None = None

    @property
    def rx(self) -> Any:
        return _compile_re2(self.source, bool(self.mode[1] & re.IGNORECASE))

    @property
    def groups(self) -> int:
        return int(self.rx.groups)

    @property
    def names(self) -> dict[str, int]:
        return dict(self.rx.groupindex)


@lru_cache(maxsize=8192)
def _compile_re2(source: str, ignore_case: bool) -> Any:
    return re2.compile(source, _options(ignore_case))


def _named_codes(node: Any, out: set[int]) -> None:
    """Collect the code points a parsed pattern names literally or by range (stand-ins only)."""
    if isinstance(node, _sre_parse.SubPattern):
        for item in node.data:
            _named_codes(item, out)
        return
    if isinstance(node, (list, tuple)):
        if (
            len(node) == 2
            and node[0] in (_sre_c.LITERAL, _sre_c.NOT_LITERAL)
            and isinstance(node[1], int)
        ):
            out.add(node[1])
            return
        if len(node) == 2 and node[0] is _sre_c.RANGE:
            lo, hi = node[1]
            out.update(c for c in (0x20, 0x5F, 0x7F) if lo <= c <= hi)
            if hi > 0x7F:
                out.add(-1)  # a range over non-ASCII code points: the view cannot keep it apart
            return
        for item in node:
            _named_codes(item, out)


def _tokens(pattern: str, start: int = 0):
    """Yield (index, token, in_class) for each escape pair or single character of a pattern.

    ``in_class`` is True inside ``[...]`` (its members and closing ']'); a ']' straight
    after '[' or '[^' is a member, as both engines read it.
    """
    i, inside = start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            yield i, pattern[i : i + 2], inside
            i += 2
            continue
        yield i, ch, inside
        if inside:
            inside = ch != "]"
        elif ch == "[":
            inside = True
            for lead in ("^", "]"):
                if pattern.startswith(lead, i + 1):
                    i += 1
                    yield i, lead, True
        i += 1


def _nested_class(pattern: str) -> bool:
    """True if '[' is inside a character class: a nested set for ``regex`` V1, a literal for RE2."""
    return any(tok == "[" and inside for _, tok, inside in _tokens(pattern))


_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL


def plan_for(pattern: str, ignore_case: bool) -> Plan | None:
    """An RE2 plan for a criteria pattern (``regex`` V1, MULTILINE); None if not provably equal."""
    return _plan(pattern, "regex", re.MULTILINE | (re.IGNORECASE if ignore_case else 0))


def plan_for_re(compiled: re.Pattern[str]) -> Plan | None:
    """An RE2 plan for a compiled stdlib ``re`` pattern, or None if not provably equal."""
    if not isinstance(compiled.pattern, str) or compiled.flags & (
        re.VERBOSE | re.ASCII | re.LOCALE
    ):
        return None
    return _plan(compiled.pattern, "re", compiled.flags & _FLAGS)


@lru_cache(maxsize=8192)
def _plan(pattern: str, engine: str, flags: int) -> Plan | None:
    found = _CACHE.get("exact", pattern, engine, flags, _analyse_exact)
    return None if found is None else Plan(found[0], found[1], found[2], (engine, flags), found[3])


def _analyse_exact(pattern: str, engine: str, flags: int) -> Analysis | None:
    """(RE2 source, names '_', names ' ') if RE2 gives exactly the engine's spans, else None."""
    if re2 is None or any(
        ord(c) < 0x20 or ord(c) == 0x7F or (ord(c) > 0x7F and c not in _NAMED) for c in pattern
    ):
        return None
    if (
        _UNSAFE.search(pattern)
        or _nested_class(pattern)
        or any("\\" + ch in pattern for ch in _NAMED)
    ):
        return None
    if not flags & re.MULTILINE and "$" in pattern:
        return None  # Python's '$' also matches before a final newline; RE2's does not
    try:
        tree = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    lo, _ = tree.getwidth()
    if lo == 0:
        return None
    codes: set[int] = set()
    _named_codes(tree, codes)
    if 0x7F in codes or -1 in codes or any(c > 0x7F and chr(c) not in _NAMED for c in codes):
        return None
    prefix = ("(?m)" if flags & re.MULTILINE else "") + ("(?s)" if flags & re.DOTALL else "")
    source = prefix + "".join(_NAMED_ESCAPE.get(c, c) for c in pattern)
    try:
        _compile_re2(source, bool(flags & re.IGNORECASE))
    except re2.error:
        return None
    return source, 0x5F in codes, 0x20 in codes, _required_literals(tree)


def without_lookarounds(pattern: str) -> str | None:
    """The pattern with every lookahead and lookbehind removed, or None if it has none.

    Dropping an assertion only relaxes a pattern, so if the relaxed pattern matches nowhere
    the original matches nowhere either: an exact "absent" answer for patterns RE2 cannot run.
    """
    out: list[str] = []
    skip_to, changed = 0, False
    for i, tok, inside in _tokens(pattern):
        if i < skip_to:
            continue
        if tok == "(" and not inside and pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            end = _group_end(pattern, i)
            if end is None:
                return None
            skip_to, changed = end, True
            continue
        out.append(tok)
    return "".join(out) if changed else None


def _group_end(pattern: str, start: int) -> int | None:
    """Index just after the ')' closing the group opened at ``start``."""
    depth = 0
    for i, tok, inside in _tokens(pattern, start):
        if inside:
            continue
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


@lru_cache(maxsize=4)
def _options(ignore_case: bool, for_set: bool = False) -> Any:
    opts = re2.Options()
    opts.case_sensitive = not ignore_case
    # a set's DFA tracks many patterns at once; single patterns keep RE2's default budget
    opts.max_mem = (64 << 20) if for_set else (8 << 20)
    opts.log_errors = False  # a pattern RE2 rejects just stays with ``regex``
    return opts


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


@lru_cache(maxsize=8192)
def _relaxed(pattern: str) -> str | None:
    return without_lookarounds(pattern)


def _relaxed_re(compiled: re.Pattern[str]) -> Plan | None:
    plan = plan_for_re(compiled)
    if (
        plan is not None
        or not isinstance(compiled.pattern, str)
        or compiled.flags & (re.VERBOSE | re.ASCII | re.LOCALE)
    ):
        return None
    relaxed = _relaxed(compiled.pattern)
    return _plan(relaxed, "re", compiled.flags & _FLAGS) if relaxed is not None else None


def _stand_ins(chars: Any, engine: str) -> set[str] | None:
    """The view's stand-ins for a set of characters, or None if one of them has none."""
    known = _STAND_IN[engine]
    out: set[str] = set()
    for ch in chars:
        if ch not in known:
            known[ch] = _stand_in_for(ch, _ENGINES[engine])
        stand = known[ch]
        if stand is None:
            return None
        out.add(stand)
    return out


def _class_text(chars: set[str]) -> str:
    """Characters as members of an RE2 class (stand-ins: ``_``, a space, DEL or control codes)."""
    return "".join(f"\\x{ord(c):02x}" for c in sorted(chars))


def _widened(pattern: str, engine: str) -> str | None:
    """The pattern with each non-ASCII character, in or out of a class, replaced by its stand-ins.

    On the ASCII view the result matches at least wherever the original matches on the text,
    because the view replaces every non-ASCII character by one of those stand-ins. In a negated
    class non-ASCII members are dropped instead (a smaller exclusion matches more).
    """
    out: list[str] = []
    tokens = list(_tokens(pattern))
    negated = False
    members = 0
    i = 0
    while i < len(tokens):
        _, tok, inside = tokens[i]
        if not inside:
            negated, members = False, 0
        if tok.isascii():
            ranged = (
                inside
                and tok == "-"
                and members > 0
                and i + 1 < len(tokens)
                and tokens[i + 1][1] != "]"
            )
            if ranged and not tokens[i + 1][1].isascii():
                return None  # a range from ASCII into non-ASCII ("a-ÿ"): not worth splitting
            if inside and tok == "^" and out and out[-1] == "[":
                negated = True
            elif inside and tok != "]":
                members += 1
            elif inside and negated and members == 0:
                return None  # every member was non-ASCII and dropped: "[^]" would not parse
            out.append(tok)
            i += 1
            continue
        if (
            inside
            and i + 2 < len(tokens)
            and tokens[i + 1][1] == "-"
            and tokens[i + 2][2]
            and tokens[i + 2][1] != "]"
        ):
            lo, hi = ord(tok), ord(tokens[i + 2][1][-1])
            if hi < lo or hi - lo > 4096:
                return None
            stands = _stand_ins((chr(c) for c in range(lo, hi + 1)), engine)
            i += 3
        else:
            stands = _stand_ins(tok, engine)
            i += 1
        if stands is None:
            return None
        if inside and negated:
            continue
        if inside:
            members += 1
        out.append(_class_text(stands) if inside else "[" + _class_text(stands) + "]")
    return "".join(out)


@lru_cache(maxsize=8192)
def _superset_plan(pattern: str, engine: str, flags: int) -> Plan | None:
    """An RE2 plan that matches on the view at least wherever ``pattern`` matches on the text.

    Lookarounds are dropped and non-ASCII characters widened to their stand-ins, so it may
    match more; its hits only mark where the exact engine has to look (see ``windows``).
    """
    found = _CACHE.get("superset", pattern, engine, flags, _analyse_superset)
    return None if found is None else Plan(found[0], False, False, (engine, flags), found[3])


def _analyse_superset(pattern: str, engine: str, flags: int) -> Analysis | None:
    if re2 is None or _UNSAFE.search(pattern) or _nested_class(pattern):
        return None
    relaxed = without_lookarounds(pattern) or pattern
    if not flags & re.MULTILINE and "$" in relaxed:
        return None
    try:
        tree = _sre_parse.parse(relaxed, flags)
        lo, _ = tree.getwidth()
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    if lo == 0:
        return None
    widened = _widened(relaxed, engine)
    if widened is None or any(ord(c) < 0x20 and c not in "\t\n\f\r" for c in widened):
        return None
    prefix = ("(?m)" if flags & re.MULTILINE else "") + ("(?s)" if flags & re.DOTALL else "")
    source = prefix + widened
    try:
        _compile_re2(source, bool(flags & re.IGNORECASE))
    except re2.error:
        return None
    return source, False, False, _required_literals(tree)


#: (RE2 source, names '_', names ' ', required literals): what the analysis of a pattern keeps.
Analysis = tuple[str, bool, bool, "tuple[str, ...] | None"]


def _required_literals(tree: Any) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of a parsed pattern contains.

    Read off the parse tree: a run of literal characters in a sequence, the union over the
    branches of an alternation, the body of a repeat that runs at least once. The longest
    choice wins; None if nothing of two characters or more is certain.
    """
    found = _required(tree)
    return tuple(sorted(found)) if found and min(map(len, found)) >= 2 else None


def _required(node: Any) -> set[str] | None:
    items = node.data if isinstance(node, _sre_parse.SubPattern) else node
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, arg in items:
        if op is _sre_c.LITERAL and arg < 0x80 and chr(arg).isprintable():
            run.append(chr(arg).lower())
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is _sre_c.SUBPATTERN:
            consider(_required(arg[-1]))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and arg[0] >= 1:
            consider(_required(arg[2]))
        elif op is _sre_c.BRANCH:
            options = [_required(branch) for branch in arg[1]]
            if all(options):
                consider(set().union(*options))  # type: ignore[arg-type]
    consider({"".join(run)} if run else None)
    return best


class _AnalysisCache:
    """Which patterns RE2 can run, and how, kept across processes in one small JSON file.

    Deciding it parses every pattern with ``re``'s parser, about half of a cold start. The
    answer depends only on the pattern, its flags, this module's code and the engines'
    versions, so the file is named by a digest of those and holds plain strings and booleans
    (JSON, never pickle). A file that cannot be read or written is ignored: the cache only
    saves time. ``AUDITCHECK_CACHE_DIR`` moves it; ``AUDITCHECK_NO_CACHE=1`` turns it off.
    """

    def __init__(self) -> None:
        self._data: dict[str, Any] | None = None
        self._dirty = False

    def _path(self) -> Any:
        import hashlib
        import os
        import sys
        from pathlib import Path

        if os.environ.get("AUDITCHECK_NO_CACHE"):
            return None
        root = os.environ.get("AUDITCHECK_CACHE_DIR") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
            "auditcheck",
        )
        try:
            code = Path(__file__).read_bytes()
        except OSError:
            return None
        versions = (
            f"{sys.version}|{getattr(re2, '__version__', '?')}|{regex.__version__}|{sys.maxunicode}"
        )
        digest = hashlib.sha256(code + versions.encode()).hexdigest()[:16]
        return Path(root) / f"fastscan-{digest}.json"

    def _load(self) -> dict[str, Any]:
        import atexit
        import json

        data: dict[str, Any] = {}
        path = self._path()
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    data = loaded
            except (OSError, ValueError):
                pass
            atexit.register(self.save)
        return data

    def get(
        self, kind: str, pattern: str, engine: str, flags: int, analyse: Any
    ) -> Analysis | None:
        if self._data is None:
            self._data = self._load()
        key = f"{kind}|{engine}|{flags}|{pattern}"
        entry = self._data.get(key, False)
        if entry is None:
            return None
        if (
            isinstance(entry, list)
            and len(entry) == 4
            and isinstance(entry[0], str)
            and isinstance(entry[1], bool)
            and isinstance(entry[2], bool)
            and (
                entry[3] is None
                or (isinstance(entry[3], list) and all(isinstance(x, str) for x in entry[3]))
            )
        ):
            return entry[0], entry[1], entry[2], tuple(entry[3]) if entry[3] is not None else None
        found = analyse(pattern, engine, flags)
        self._data[key] = (
            [*found[:3], list(found[3]) if found[3] is not None else None]
            if found is not None
            else None
        )
        self._dirty = True
        return found

    def save(self) -> None:
        import json
        import os
        import tempfile

        path = self._path()
        if not self._dirty or self._data is None or path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".fastscan-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._data, handle, sort_keys=True)
            os.replace(tmp, path)  # atomic: a concurrent reader sees the old or the new file
            self._dirty = False
        except OSError:
            pass


_CACHE = _AnalysisCache()


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


class FastScanner:
    """Per-document fast path; each method returns None to decline (the caller uses its engine)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._views: dict[str, AsciiView] = {}
        # per mode: sources the sets covered for this document, and those that matched
        self._covered: dict[Mode, set[str]] = {}
        self._present: dict[Mode, set[str]] = {}
        self._lowered: dict[str, bytes] = {}

    def view(self, engine: str = "regex") -> AsciiView:
        view = self._views.get(engine)
        if view is None:
            view = AsciiView.of(self._text, engine) if re2 is not None else AsciiView(None)
            self._views[engine] = view
        return view

    def spans(self, pattern: str, ignore_case: bool = True) -> list[tuple[int, int]] | None:
        """Non-empty match spans of a criteria pattern exactly as ``regex`` finditer gives them."""
        plan = self._usable(plan_for(pattern, ignore_case))
        if plan is not None:
            if self._absent(plan):
                return []
            return [(m.start(), m.end()) for m in plan.rx.finditer(self.view().data)]
        relaxed = _relaxed(pattern)
        relaxed_plan = self._usable(plan_for(relaxed, ignore_case)) if relaxed is not None else None
        if relaxed_plan is not None and (
            self._absent(relaxed_plan) or relaxed_plan.rx.search(self.view().data) is None
        ):
            return []
        return None

    def windows(self, pattern: str, ignore_case: bool = True) -> list[tuple[int, int]] | None:
        """Where a criteria pattern RE2 cannot run exactly may start, or None to decline.

        The caller tries its exact engine only at these offsets (``exact_in_windows``).
        """
        flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
        return self._windows(_superset_plan(pattern, "regex", flags))

    def _windows(self, plan: Plan | None) -> list[tuple[int, int]] | None:
        if plan is None:
            return None
        view = self.view(plan.mode[0])
        if view.data is None:
            return None
        if self._absent(plan):
            return []
        merged: list[tuple[int, int]] = []
        for m in plan.rx.finditer(view.data):
            s, e = m.span()
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

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
            windows = self._windows(_superset_plan(pattern, "re", flags & _FLAGS))
            if windows is None:
                return None
            if not windows:
                return []
            text, match = self._text, compiled().match
            return exact_in_windows(lambda p: match(text, p), text, windows)
        if self._absent(plan):
            return []
        text, names, n = self._text, plan.names or {}, plan.groups + 1
        return [
            FastMatch(text, [m.span(i) for i in range(n)], names)
            for m in plan.rx.finditer(self.view("re").data)
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
            return not any(lit.encode("ascii") in lowered for lit in plan.literals)
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
