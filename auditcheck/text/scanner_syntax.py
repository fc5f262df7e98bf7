"""Pattern syntax for the fast scanner: stand-in characters, tokens, look-arounds, widening,
and the strings every match must contain.

Pure functions over pattern text and ``re``'s parse tree; nothing here runs RE2. See
``auditcheck.text.scanner`` for how the pieces make an exact fast path.
"""

from __future__ import annotations

import re
from typing import Any

import regex

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


def _stand_in_for(ch: str, engine: Any) -> str | None:
    """The ASCII stand-in for a character under ``engine`` (``regex`` or ``re``), or None."""
    if engine is re:
        # ``re`` folds case one character to one, by the simple mappings and its own table
        # of extra cases: only İ, ı, ſ and the Kelvin sign meet an ASCII letter. ``ß`` or a
        # ligature, whose full upper case is ASCII ("SS", "FI"), never matches an ASCII
        # pattern character, so it is a plain word character here (a German street name no
        # longer sends every ``re`` pattern of the text layers to ``re`` alone)
        if re.fullmatch(r"[\x00-\x7f]", ch, re.IGNORECASE):
            return None
    else:  # ``regex`` folds in full (``ß`` matches "ss" under VERSION1 and IGNORECASE)
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


def end_anchor_widened(pattern: str, any_line: bool = False) -> str:
    """The pattern with each ``$`` (outside a class, not escaped) written ``(?:\\n?\\z)``.

    Without MULTILINE Python's ``$`` matches at the end of the text and also just before a final
    newline, which RE2's ``$`` does not; ``\\n?\\z`` matches wherever Python's ``$`` does,
    taking that newline into the hit. The result is a superset plan's source only: its hits
    start where the pattern's matches can start, their ends may reach one newline further.
    ``any_line`` (an inline flag may make ``$`` a line end) writes ``(?:\\n|\\z)``, which
    matches wherever either reading of ``$`` does.
    """
    anchor = r"(?:\n|\z)" if any_line else r"(?:\n?\z)"
    return "".join(
        anchor if tok == "$" and not inside else tok for _, tok, inside in _tokens(pattern)
    )


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


def _stand_ins(chars: Any, engine: str) -> set[str] | None:
    """What a pattern's characters can match on the view: their stand-ins, or None if one of
    them has none.

    For ``re``, a letter that case-folds to an ASCII letter (İ, ı, ſ, the Kelvin sign) has no
    stand-in, because no text holding it has a view; on a text that has one, such a pattern
    letter can match only the ASCII letters it folds to, which the view keeps as they are. So
    it stands for those (the name rules' classes of capitals, ``[A-ZÀ-ÞĀ-ɏ]``, hold İ and ı).
    """
    known = _STAND_IN[engine]
    out: set[str] = set()
    for ch in chars:
        if ch not in known:
            known[ch] = _stand_in_for(ch, _ENGINES[engine])
        stand = known[ch]
        if stand is not None:
            out.add(stand)
        elif engine == "re" and (partners := _ascii_partners(ch)):
            out.update(partners)
        else:
            return None
    return out


_ASCII_LETTERS = [chr(c) for c in range(0x41, 0x5B)] + [chr(c) for c in range(0x61, 0x7B)]


def _ascii_partners(ch: str) -> str:
    """The ASCII letters ``re`` matches ``ch`` with under IGNORECASE (none for most)."""
    return "".join(t for t in _ASCII_LETTERS if re.fullmatch(re.escape(ch), t, re.IGNORECASE))


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


#: (RE2 source, names '_', names ' ', required literals): what the analysis of a pattern keeps.
Analysis = tuple[str, bool, bool, "tuple[tuple[str, ...], ...] | None"]


def _required_groups(tree: Any) -> tuple[tuple[str, ...], ...] | None:
    """Groups of lower-case ASCII strings such that every match of a parsed pattern contains one
    string of each group (``\\bno\\s+forced\\s+labou?r`` gives ``(('forced',), ('labo',),
    ('no',))``); None if no group of strings of two characters or more is certain.

    Read off the parse tree: each run of literal characters in the top-level sequence, in the
    body of a group or of a repeat that runs at least once, and the union over the branches of
    an alternation (each branch's longest choice, from ``_required``). Testing every
    group rules out far more patterns than testing one: on a one-page report 304 of the packs'
    patterns passed the single test, and 22 of them match.
    """
    found: set[frozenset[str]] = set()
    _collect_required(tree, found)
    groups = sorted(tuple(sorted(g)) for g in found if g and min(map(len, g)) >= 2)
    return tuple(groups) or None


def _collect_required(node: Any, out: set[frozenset[str]]) -> None:
    items = node.data if isinstance(node, _sre_parse.SubPattern) else node
    run: list[str] = []
    for op, arg in items:
        if op is _sre_c.LITERAL and arg < 0x80 and chr(arg).isprintable():
            run.append(chr(arg).lower())
            continue
        if run:
            out.add(frozenset({"".join(run)}))
            run = []
        if op is _sre_c.SUBPATTERN:
            _collect_required(arg[-1], out)
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and arg[0] >= 1:
            _collect_required(arg[2], out)
        elif op is _sre_c.BRANCH:
            options = [_required(branch) for branch in arg[1]]
            if all(options):
                out.add(frozenset(set().union(*options)))  # type: ignore[arg-type]
    if run:
        out.add(frozenset({"".join(run)}))


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
