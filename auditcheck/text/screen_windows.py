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
from typing import Any

from .scanner_match import re2_spans

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
