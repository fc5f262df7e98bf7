"""Paragraph splitting for text without markup (plain text, PDF pages, code blocks).

Turns lines into paragraph, list-item and heading blocks: paragraph ends from blank lines and
short sentence-closing lines, headings from their shape (numbered, ALL CAPS, Title Case,
underlined), running headers and page numbers kept out, broken paragraphs joined back.
"""

from __future__ import annotations

import bisect

from .line_shapes import (
    LONE_BULLETS,
    all_caps,
    ends_paragraph,
    heading_level,
    is_bullet,
    is_underline,
    running_lines,
)
from .model import Block, BlockKind, strip_span


def paragraph_blocks(
    text: str,
    base: int = 0,
    *,
    page: int | None = None,
    heading_path: tuple[str, ...] = (),
    detect_headings: bool = True,
    page_starts: list[int] | None = None,
    emphasis: frozenset[str] | None = None,
) -> list[Block]:
    """Split text without markup into paragraph, list and heading blocks.

    Used for plain text, PDF pages and code blocks. Text extracted from PDFs has no blank line
    between most paragraphs, so a paragraph also ends at a line that closes a sentence and is
    clearly shorter than the lines around it. A heading is a short stand-alone line (numbered
    like ``3.2 Methodology``, ALL CAPS, Title Case, or underlined with ``===``/``---``) between a
    sentence end and a line of body text; page numbers and running headers repeated on many
    pages are never headings. A paragraph broken by a blank line mid-sentence (a page or column
    break) is joined back when the next part starts in lower case; across a page break the page
    furniture between the parts stays in the block's span and is listed in its ``furniture``.

    Args:
        text: the text to split; block offsets are ``base`` + offsets into it.
        page: the page every block is on, for callers that split one page at a time.
        heading_path: the headings above the text.
        detect_headings: False for code, where no line is a heading.
        page_starts: offsets (including ``base``) where pages start; blocks take their page
            from it (a paragraph joined across a page break, the page it starts on).
        emphasis: when the reader knows the type (PDF), the stripped lines set in bold or a
            larger font; then only those lines can be headings, wherever they stand.
    """
    lines = _lines(text)
    units = _units(text, lines, detect_headings, emphasis)
    units, furniture = _join_broken(text, lines, units)
    blocks: list[Block] = []
    path = list(heading_path)
    saw_caps_heading = False
    for kind, first, last, level in units:
        s, e = strip_span(text, lines[first][0], lines[last][1])
        if s >= e:
            continue
        where = page
        if page_starts:
            where = bisect.bisect_right(page_starts, base + s)
        if kind is BlockKind.heading:
            title = " ".join(text[s:e].strip("#").split())
            if level == 0:  # unnumbered heading: ALL CAPS ranks above Title Case
                is_caps = all_caps(title)
                saw_caps_heading = saw_caps_heading or is_caps
                level = 1 if is_caps or not saw_caps_heading else 2
            path = [*path[: level - 1], title]
            blocks.append(Block(kind, base + s, base + e, text[s:e], tuple(path[:-1]), where))
        else:
            gaps = tuple((base + a, base + b) for a, b in furniture.get(first, ()))
            blocks.append(Block(kind, base + s, base + e, text[s:e], tuple(path), where, gaps))
    return blocks


# A unit is (kind, first line index, last line index, heading level or 0).
_Unit = tuple[BlockKind, int, int, int]
#: The level of a paragraph unit that is page furniture (a page number, a running header).
_FURNITURE = -1


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            out.append((pos, n))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def _units(
    text: str, lines: list[tuple[int, int]], detect_headings: bool, emphasis: frozenset[str] | None
) -> list[_Unit]:
    stripped = [text[a:b].strip() for a, b in lines]
    blank = [not s or s == "\f" for s in stripped]
    noise = running_lines(stripped)
    widths = _run_widths(stripped, blank)
    units: list[_Unit] = []
    current: list[int] | None = None  # [kind index, first, last]
    kinds = (BlockKind.paragraph, BlockKind.list_item)

    def close() -> None:
        nonlocal current
        if current is not None:
            units.append((kinds[current[0]], current[1], current[2], 0))
            current = None

    i = 0
    n = len(lines)
    while i < n:
        if blank[i]:
            close()
            i += 1
            continue
        s = stripped[i]
        prev = stripped[i - 1] if i > 0 and not blank[i - 1] else ""
        nxt_i = _next_nonblank(blank, i + 1)
        nxt = stripped[nxt_i] if nxt_i is not None else ""
        if (
            detect_headings
            and i + 1 < n
            and not blank[i + 1]
            and is_underline(stripped[i + 1])
            and len(s) <= 90
            and not is_underline(s)
        ):
            close()
            units.append((BlockKind.heading, i, i, 1 if stripped[i + 1][0] == "=" else 2))
            i += 2
            continue
        if detect_headings and not noise[i]:
            after_i = _next_nonblank(blank, nxt_i + 1) if nxt_i is not None else None
            after = stripped[after_i] if after_i is not None else ""
            after_heading = (
                bool(units) and units[-1][0] is BlockKind.heading and units[-1][2] == i - 1
            )
            styled = None if emphasis is None else s in emphasis
            level = heading_level(
                s,
                prev,
                nxt,
                after,
                widths[i],
                at_run_start=not prev or after_heading,
                styled=styled,
            )
            if level is not None:
                close()
                units.append((BlockKind.heading, i, i, level))
                i += 1
                continue
        if s in LONE_BULLETS and nxt_i is not None and nxt_i - i <= 2 and not noise[nxt_i]:
            # PDF extraction often puts the bullet sign on a line of its own.
            close()
            current = [1, i, nxt_i]
            i = nxt_i + 1
            continue
        if noise[i] and detect_headings and len(s) < 90:
            close()
            units.append((BlockKind.paragraph, i, i, _FURNITURE))
            i += 1
            continue
        if is_bullet(s):
            close()
            current = [1, i, i]
        elif current is None:
            current = [0, i, i]
        elif ends_paragraph(prev, s, widths[i]):
            close()
            current = [0, i, i]
        else:
            current[2] = i
        i += 1
    close()
    return units


def _run_widths(stripped: list[str], blank: list[bool]) -> list[float]:
    """The typical line length of the run of non-blank lines each line belongs to."""
    long_lines = sorted(len(s) for s in stripped if len(s) >= 20)
    default = float(long_lines[(len(long_lines) * 3) // 4]) if long_lines else 80.0
    widths = [default] * len(stripped)
    i = 0
    while i < len(stripped):
        if blank[i]:
            i += 1
            continue
        j = i
        while j < len(stripped) and not blank[j]:
            j += 1
        if j - i >= 3:
            lengths = sorted(len(s) for s in stripped[i:j])
            width = float(lengths[(len(lengths) * 3) // 4])
            for k in range(i, j):
                widths[k] = width
        i = j
    return widths


def _next_nonblank(blank: list[bool], i: int) -> int | None:
    while i < len(blank):
        if not blank[i]:
            return i
        i += 1
    return None


def _join_broken(
    text: str, lines: list[tuple[int, int]], units: list[_Unit]
) -> tuple[list[_Unit], dict[int, list[tuple[int, int]]]]:
    """Join a paragraph split in mid-sentence by a blank line (a column break) or by a page break
    with its page furniture (footer, form feed, header) between the two parts.

    Returns the units and, by a joined paragraph's first line, the furniture spans inside it.
    """
    out: list[_Unit] = []
    furniture: dict[int, list[tuple[int, int]]] = {}
    for unit in units:
        if unit[0] is BlockKind.paragraph and unit[3] != _FURNITURE:
            # the paragraph before, past any furniture units after it
            j = len(out) - 1
            while j >= 0 and out[j][3] == _FURNITURE:
                j -= 1
            if j >= 0 and out[j][0] in (BlockKind.paragraph, BlockKind.list_item):
                prev = out[j]
                # Only the last character before the gap and the first after it matter; looking
                # at just those (never re-slicing the growing paragraph) keeps joining linear.
                last = _last_visible(text, lines[prev[1]][0], lines[prev[2]][1])
                first = _first_visible(text, lines[unit[1]][0], lines[unit[2]][1])
                gap_start, gap_end = lines[prev[2]][1], lines[unit[1]][0]
                feeds = text.count("\f", gap_start, gap_end)
                newlines = text.count("\n", gap_start, gap_end)
                if (
                    last
                    and first
                    and (last.isalpha() or last in ",;-\u2014")
                    and (
                        (feeds == 0 and j == len(out) - 1 and newlines <= 3 and first.islower())
                        # across a page, "... we interviewed | 96 workers" continues too
                        or (feeds == 1 and newlines <= 10 and (first.islower() or first.isdigit()))
                    )
                ):
                    out[j + 1 :] = []
                    out[j] = (prev[0], prev[1], unit[2], 0)
                    if feeds:
                        furniture.setdefault(prev[1], []).append((gap_start, gap_end))
                    continue
        out.append(unit)
    return out, furniture


def _last_visible(text: str, start: int, end: int) -> str:
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _first_visible(text: str, start: int, end: int) -> str:
    while start < end and text[start].isspace():
        start += 1
    return text[start] if start < end else ""
