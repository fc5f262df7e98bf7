"""Plans: how one pattern runs on RE2 over an ASCII view of the text, exactly or as a superset.

``plan_for`` / ``plan_for_re`` give an exact plan or None; ``superset_plan`` gives a plan that
matches at least wherever the pattern does (look-arounds dropped, non-ASCII widened). The
analysis behind each plan is cached across processes (``auditcheck.text.scanner_cache``).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

try:  # optional: without google-re2 everything goes through ``regex``
    import re2
except ImportError:  # pragma: no cover - depends on the environment
    re2 = None

from .scanner_cache import CACHE
from .scanner_syntax import (
    _ENGINES,
    _NAMED,
    _NAMED_ESCAPE,
    _PLAIN,
    _SPACE,
    _STAND_IN,
    _UNSAFE,
    _WORD,
    Analysis,
    _named_codes,
    _nested_class,
    _required_groups,
    _sre_parse,
    _stand_in_for,
    _widened,
    end_anchor_widened,
    without_lookarounds,
)
from .sre_cache import compile_cached


def _stand_in_handler(engine: str) -> Any:
    known = _STAND_IN[engine]

    def stand_in(error: UnicodeError) -> tuple[str, int]:
        # only reached for characters ``AsciiView.of`` has just given a stand-in (never None)
        assert isinstance(error, UnicodeEncodeError)
        stands = [known[ch] for ch in error.object[error.start : error.end]]
        if any(stand is None for stand in stands):  # pragma: no cover - ruled out by the caller
            raise error
        return "".join(cast(list[str], stands)), error.end

    return stand_in


#: Codec error handlers writing each non-ASCII character as its stand-in, per engine.
_STAND_IN_ERRORS = {engine: f"auditcheck.stand_in.{engine}" for engine in _STAND_IN}
for _engine, _name in _STAND_IN_ERRORS.items():
    codecs.register_error(_name, _stand_in_handler(_engine))


@dataclass
class AsciiView:
    """The text as ASCII bytes of the same length, or ``data=None`` if that cannot be exact."""

    data: bytes | None
    mapped_word: bool = False
    mapped_space: bool = False
    #: the stand-in of each non-ASCII character (None when there is no view)
    table: dict[int, str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(
        cls,
        text: str,
        engine: str = "regex",
        same_text: AsciiView | None = None,
        chars: set[str] | None = None,
    ) -> AsciiView:
        """The view of ``text`` for ``engine``. ``same_text`` is a view of the same text for the
        other engine: when both engines give every character the same stand-in (the usual
        case) it is returned as is instead of translating the text again. ``chars`` is
        ``set(text)`` when the caller has it."""
        table: dict[int, str] = {}
        known = _STAND_IN[engine]
        for ch in (set(text) if chars is None else chars) - _PLAIN:
            if ch not in known:
                known[ch] = _stand_in_for(ch, _ENGINES[engine])
            stand = known[ch]
            if stand is None:
                return cls(None)
            table[ord(ch)] = stand
        if same_text is not None and same_text.table == table and same_text.data is not None:
            return same_text
        if not table:
            return cls(text.encode("ascii"), table=table)
        values = set(table.values())
        if min(table) < 0x80:  # ASCII characters with stand-ins (controls): the codec keeps them
            data = text.translate(table).encode("ascii")
        else:
            # the ASCII runs are copied by the codec in C, only the rest reaches the handler:
            # ``str.translate`` looked every character up in the table (0.02 s per 300 KB)
            data = text.encode("ascii", _STAND_IN_ERRORS[engine])
        return cls(
            data,
            mapped_word=_WORD in values,
            mapped_space=_SPACE in values,
            table=table,
        )


_IGNORECASE = int(re.IGNORECASE)


@dataclass(frozen=True)
class Plan:
    """How to scan one pattern with RE2, and which stand-ins it names.

    The RE2 program is compiled on first use: most patterns are only ever tested in sets.
    """

    source: str
    names_word: bool
    names_space: bool
    mode: tuple[str, int] = ("regex", 0)
    #: Groups of lower-case ASCII strings: every match contains one string of each group (None
    #: if none is known).
    literals: tuple[tuple[str, ...], ...] | None = None

    #: the mode's IGNORECASE as a plain bool, and the RE2 program once fetched: ``&`` on a
    #: ``RegexFlag`` runs Python code in ``enum``, and these are asked some 30,000 times a report
    ignore_case: bool = field(init=False, repr=False, compare=False)
    _rx: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ignore_case", bool(int(self.mode[1]) & _IGNORECASE))

    @property
    def rx(self) -> Any:
        compiled = self._rx
        if compiled is None:
            compiled = _compile_re2(self.source, self.ignore_case)
            object.__setattr__(self, "_rx", compiled)
        return compiled

    @property
    def ready(self) -> bool:
        """True once this process has compiled the plan's RE2 program."""
        return self._rx is not None or (self.source, self.ignore_case) in _COMPILED

    @property
    def groups(self) -> int:
        return int(self.rx.groups)

    @property
    def names(self) -> dict[str, int]:
        return dict(self.rx.groupindex)


#: (RE2 source, ignore case) of every program compiled in this process (``Plan.ready``).
_COMPILED: set[tuple[str, bool]] = set()


@lru_cache(maxsize=8192)
def _compile_re2(source: str, ignore_case: bool) -> Any:
    compiled = re2.compile(source, _options(ignore_case))
    _COMPILED.add((source, ignore_case))
    return compiled


_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL
#: An inline flag group that names ``m`` (``(?m)``, ``(?im:``, ``(?-m:``): '$' may be a line end.
_INLINE_M = re.compile(r"\(\?[a-zA-Z]*-?[a-zA-Z]*m[a-zA-Z]*[:)]")


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
    found = CACHE.get("exact", pattern, engine, flags, _analyse_exact)
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
    return source, 0x5F in codes, 0x20 in codes, _required_groups(tree)


@lru_cache(maxsize=4)
def _options(ignore_case: bool, for_set: bool = False) -> Any:
    opts = re2.Options()
    opts.case_sensitive = not ignore_case
    # a set's DFA tracks many patterns at once; single patterns keep RE2's default budget
    opts.max_mem = (64 << 20) if for_set else (8 << 20)
    opts.log_errors = False  # a pattern RE2 rejects just stays with ``regex``
    return opts


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


@lru_cache(maxsize=8192)
def _superset_plan(pattern: str, engine: str, flags: int) -> Plan | None:
    """An RE2 plan that matches on the view at least wherever ``pattern`` matches on the text.

    Lookarounds are dropped and non-ASCII characters widened to their stand-ins, so it may
    match more; its hits only mark where the exact engine has to look (see ``windows``).
    """
    found = CACHE.get("superset", pattern, engine, flags, _analyse_superset)
    return None if found is None else Plan(found[0], False, False, (engine, flags), found[3])


def _analyse_superset(pattern: str, engine: str, flags: int) -> Analysis | None:
    if re2 is None or _UNSAFE.search(pattern) or _nested_class(pattern):
        return None
    relaxed = without_lookarounds(pattern) or pattern
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
    if not flags & re.MULTILINE:
        # Python's '$' also matches before a final newline, RE2's does not: widen it (and where
        # an inline flag may turn MULTILINE on, to any line end, which covers both readings)
        widened = end_anchor_widened(widened, any_line=bool(_INLINE_M.search(relaxed)))
    prefix = ("(?m)" if flags & re.MULTILINE else "") + ("(?s)" if flags & re.DOTALL else "")
    source = prefix + widened
    try:
        _compile_re2(source, bool(flags & re.IGNORECASE))
    except re2.error:
        return None
    return source, False, False, _required_groups(tree)


def re_screen(plan: Plan) -> re.Pattern[str] | None:
    """``re``'s program for a plan's RE2 source, or None when ``re`` cannot take the source as
    it stands. On the ASCII view it finds a match exactly where RE2 does (the source is the
    pattern ``re``'s own parser read to make the plan), so a short text asks it before compiling
    the RE2 program (``FastScanner._ruled_out_by_re``)."""
    return _re_screen(plan.source, plan.ignore_case)


#: An escape that may name a code point outside ASCII (``\u``, ``\U``, ``\N{}``, ``\x80`` and up,
#: octal ``\200`` and up; backreferences are caught too, which only costs the ASCII flag).
_WIDE_ESCAPE = re.compile(r"\\(?:[uUN]|x[89a-fA-F]|[1-9])")


@lru_cache(maxsize=4096)
def _re_screen(source: str, ignore_case: bool) -> re.Pattern[str] | None:
    flags = re.IGNORECASE if ignore_case else 0
    if source.isascii() and _WIDE_ESCAPE.search(source) is None:
        # A source that names ASCII only means the same under ``re.ASCII`` on a view: the view
        # holds printable ASCII, tab, line breaks, its stand-ins (controls 1-6 and 127) and no
        # other control, so ``\w``, ``\d``, ``\s`` and ``\b`` agree, and ASCII letters fold
        # to ASCII letters only. Case folding by ASCII rules is much quicker (``re`` looked up
        # every character's Unicode lower case): 0.018 -> 0.012 s for a one-page text's
        # questions.
        try:
            return compile_cached(source, flags | re.ASCII)
        except (re.error, RecursionError, OverflowError, ValueError):
            pass  # an inline (?u) refuses the flag: compile it as it stands
    try:
        return compile_cached(source, flags)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
