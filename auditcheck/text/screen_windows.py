"""Where a screened pattern's ``re`` engine has to look: the offsets its RE2 plan picks.

Split from ``auditcheck.text.screen``, which uses it for the patterns a sentence screen lets
through and for searches no screen covers. ``re`` tries the claim grammar's large alternations
at every offset of a sentence; here RE2 first scans the sentence's ASCII view with the
pattern's plan (exact, or a superset without look-arounds), and ``re`` matches only from the
offsets inside its hits. Every offset where the pattern matches lies inside a hit (see
``exact_in_windows``), so the answers are ``re``'s own ``re.Match`` objects.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .scanner_match import re2_spans
from .scanner_plan import AsciiView

#: ASCII characters the view would not keep as they are (``AsciiView``: only printable ASCII,
#: tab, newline, form feed and carriage return stand for themselves).
ODD_ASCII = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Longest stretch (characters) an unscreened search asks RE2 about before ``re`` (longer ones,
#: such as a whole document's text, are left to ``re`` rather than copied per call).
PIECE_LIMIT = 4_000


def merged_hits(plan: Any, data: bytes) -> list[tuple[int, int]]:
    """The plan's hits on ``data``, overlapping or touching ones merged."""
    merged: list[tuple[int, int]] = []
    for s, e in re2_spans(plan.rx, data):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def first_in_windows(
    compiled: re.Pattern[str], string: str, windows: list[tuple[int, int]], pos: int
) -> re.Match[str] | None:
    """``compiled.search(string, pos)``, trying only the offsets inside ``windows``."""
    match = compiled.match
    for lo, hi in windows:
        for p in range(max(lo, pos), hi):
            found = match(string, p)
            if found is not None:
                return found
    return None


def search_stretch(
    compiled: re.Pattern[str], plan: Any, string: str, pos: int, endpos: int
) -> re.Match[str] | bool | None:
    """``compiled.search(string, pos, endpos)`` on a short ASCII stretch, ``re`` tried only from
    the offsets where ``plan`` hits ``string[pos - 1:endpos]``; False to decline (the caller
    asks ``re``).

    Exact: ``re`` reads the string as ending at ``endpos``, as RE2 reads the piece, and plans
    have no look-behind, so one character before ``pos`` is all the context their ``\\b``,
    ``\\B`` and ``^`` need (``\\A`` cannot match after the piece's first character, nor from
    ``pos`` > 0 in ``re``).
    """
    if not 0 <= pos <= endpos <= len(string) or endpos - pos > PIECE_LIMIT:
        return False
    base = pos - 1 if pos else 0
    piece = string[base:endpos]
    if not piece.isascii() or ODD_ASCII.search(piece) is not None:
        return False
    match = compiled.match
    for lo, hi in re2_spans(plan.rx, piece.encode("ascii"), pos - base):
        # hits do not overlap: each offset is tried once, in order
        for p in range(max(lo, pos - base), hi):
            found = match(string, base + p, endpos)
            if found is not None:
                return found
    return None


#: Stretch searches of one pattern on one long text before its plan scans the whole text once
#: (at least this many, and at least one per ``LONG_CHARS_PER_SEARCH`` characters of the text):
#: a stretch search costs an RE2 pass over its piece (some 7 microseconds on a sentence), the
#: whole-text pass some 8 nanoseconds a character.
LONG_AFTER = 64
LONG_CHARS_PER_SEARCH = 1_000
_WORD_BYTES = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_END_ANCHORS = ("$", "\\z", "\\Z")


class LongTextHits:
    """One pattern's plan hits over the whole of one long text, merged into windows, which
    answer its later stretch searches of that text (``search(text, pos, endpos)``, the claim
    layer's questions about each sentence's span) without an RE2 pass per stretch.

    Exact: ``re`` reads the text as ending at ``endpos``; a match there is a match of the plan
    on the truncated view, and the same path matches the whole view unless an assertion at
    ``endpos`` reads differently. Plans without end anchors (``$``, ``\\z``) have only ``\\b``
    and ``\\B`` there, which read the same when the view's character at ``endpos`` is not a word
    character; other stretches decline (``windows_for`` returns None). At ``pos`` the whole text
    is what ``re`` reads too (it sees the character before ``pos``). Every offset where the
    plan matches the whole view lies inside a window (``exact_in_windows``).
    """

    __slots__ = ("data", "ends", "starts")

    def __init__(self, plan: Any, data: bytes) -> None:
        self.data = data
        starts: list[int] = []
        ends: list[int] = []
        for s, e in re2_spans(plan.rx, data):
            if ends and s <= ends[-1]:
                ends[-1] = max(e, ends[-1])
            else:
                starts.append(s)
                ends.append(e)
        self.starts = starts
        self.ends = ends

    @staticmethod
    def usable(plan: Any) -> bool:
        source = plan.source
        return not any(anchor in source for anchor in _END_ANCHORS)

    def search(
        self, compiled: re.Pattern[str], string: str, pos: int, endpos: int
    ) -> re.Match[str] | bool | None:
        """``compiled.search(string, pos, endpos)``, or False to decline."""
        if endpos < len(self.data) and self.data[endpos] in _WORD_BYTES:
            return False
        starts, ends = self.starts, self.ends
        match = compiled.match
        i = bisect_right(ends, pos)
        while i < len(starts) and starts[i] < endpos:
            for p in range(max(starts[i], pos), min(ends[i], endpos)):
                found = match(string, p, endpos)
                if found is not None:
                    return found
            i += 1
        return None


def long_text_hits(plan: Any, text: str) -> LongTextHits | None:
    """The plan's ``LongTextHits`` over ``text``, or None when it cannot answer exactly."""
    if plan is None or not LongTextHits.usable(plan):
        return None
    view = _long_view(text)
    if (
        view.data is None
        or (plan.names_word and view.mapped_word)
        or (plan.names_space and view.mapped_space)
    ):
        return None
    return LongTextHits(plan, view.data)


#: The last long text whose ASCII view ``_long_view`` made, and that view.
_LONG_VIEW: tuple[str, AsciiView] | None = None


def _long_view(text: str) -> AsciiView:
    """The ``re`` view of a long text (the one text every pattern asks about, made once)."""
    global _LONG_VIEW
    cached = _LONG_VIEW
    if cached is not None and cached[0] is text:
        return cached[1]
    if text.isascii() and ODD_ASCII.search(text) is None:
        view = AsciiView(text.encode("ascii"))
    else:
        view = AsciiView.of(text, "re")
    _LONG_VIEW = (text, view)
    return view


def search_long(pattern: Any, string: str, pos: int, endpos: int) -> re.Match[str] | bool | None:
    """A ``ScreenedPattern``'s search of a stretch of a long text, from its plan's hits over the
    whole text once it was asked often enough to pay for them; False to decline (a short
    string: ``search_stretch`` copies a piece of it)."""
    if len(string) <= PIECE_LIMIT or not 0 <= pos <= endpos <= len(string):
        return False
    long = pattern._long
    if long is None or long[0] is not string:
        long = pattern._long = [string, 0, None]
    hits = long[2]
    if hits is None:
        long[1] += 1
        if long[1] < max(LONG_AFTER, len(string) // LONG_CHARS_PER_SEARCH):
            return False
        hits = long[2] = long_text_hits(pattern._plan_or_none(), string) or False
    if hits is False:
        return False
    return hits.search(pattern.compiled, string, pos, endpos)  # type: ignore[no-any-return]
