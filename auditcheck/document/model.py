"""The parsed document: one text, blocks that are spans of it, and offset-to-line conversion.

NOTE: offsets index Python ``str`` code points of the decoded, newline-normalised text
(``\\r\\n`` and ``\\r`` become ``\\n``), never bytes. ``start`` is inclusive and ``end``
exclusive, both 0-based. Lines and columns are 1-based in every output. Every block's
``text`` is exactly ``document.text[block.start:block.end]``; readers must keep that true,
because every evidence quote is a slice of a block.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from enum import Enum


class BlockKind(str, Enum):
    """What kind of element a block is; criteria may limit themselves to some kinds."""

    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table_cell = "table_cell"
    quote = "quote"
    code = "code"


@dataclass(frozen=True)
class Block:
    """A contiguous span of the document text with its structural context."""

    kind: BlockKind
    start: int
    end: int
    text: str
    heading_path: tuple[str, ...] = ()
    page: int | None = None


class LineIndex:
    """Converts 0-based character offsets to 1-based (line, column) pairs."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            self._starts.append(pos + 1)
            pos = find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based line and column of a 0-based offset."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    @property
    def line_count(self) -> int:
        return len(self._starts)


@dataclass
class Document:
    """A decoded document: full text, blocks over it, and where it came from."""

    path: str
    format: str
    text: str
    blocks: list[Block]
    sha256: str
    title: str | None = None
    page_count: int | None = None
    page_starts: list[int] = field(default_factory=list)
    #: Things a reader should know that do not stop the evaluation (e.g. not mainly English).
    warnings: list[str] = field(default_factory=list)
    _line_index: LineIndex | None = field(default=None, repr=False)
    _block_starts: list[int] | None = field(default=None, repr=False, compare=False)

    @property
    def line_index(self) -> LineIndex:
        if self._line_index is None:
            self._line_index = LineIndex(self.text)
        return self._line_index

    def position(self, offset: int) -> tuple[int, int]:
        return self.line_index.position(offset)

    def page_of(self, offset: int) -> int | None:
        """Return the 1-based page that holds an offset, or None for unpaged formats."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    def block_at(self, offset: int) -> Block | None:
        """Return the block that holds an offset (or starts just there), or None."""
        if self._block_starts is None or len(self._block_starts) != len(self.blocks):
            self._block_starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, offset + 1):
            return self.blocks[i]
        return None

    def check_invariants(self) -> None:
        """Raise AssertionError if a block does not match its slice (used by tests)."""
        for b in self.blocks:
            assert self.text[b.start : b.end] == b.text, (b, self.text[b.start : b.end])


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    break) is joined back when the next part starts in lower case.

    Args:
        text: the text to split; block offsets are ``base`` + offsets into it.
        page: the page every block is on, for callers that split one page at a time.
        heading_path: the headings above the text.
        detect_headings: False for code, where no line is a heading.
        page_starts: offsets (including ``base``) where pages start; blocks take their page
            from it and never join across a form feed.
        emphasis: when the reader knows the type (PDF), the stripped lines set in bold or a
            larger font; then only those lines can be headings, wherever they stand.
    """
    lines = _lines(text)
    units = _units(text, lines, detect_headings, emphasis)
    units = _join_broken(text, lines, units)
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
                is_caps = _all_caps(title)
                saw_caps_heading = saw_caps_heading or is_caps
                level = 1 if is_caps or not saw_caps_heading else 2
            path = [*path[: level - 1], title]
            blocks.append(Block(kind, base + s, base + e, text[s:e], tuple(path[:-1]), where))
        else:
            blocks.append(Block(kind, base + s, base + e, text[s:e], tuple(path), where))
    return blocks


# A unit is (kind, first line index, last line index, heading level or 0).
_Unit = tuple[BlockKind, int, int, int]

_SENTENCE_END = (".", "!", "?", ".\u201d", '."', ".)", "?\u201d", "!\u201d", ".\u2019", ".'")
_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "&",
    "-",
    "\u2013",
}
_BULLETS = (
    "- ",
    "* ",
    "\u2022 ",
    "\u00b7 ",
    "\u2013 ",
    "\u25cf ",
    "\u25aa ",
    "\u25e6 ",
    "\uf0b7 ",
    "o ",
)
_LONE_BULLETS = {"-", "*", "\u2022", "\u00b7", "\u25cf", "\u25aa", "\u25e6", "\uf0b7"}


_DATE_LINE = re.compile(
    r"(?:(?:updated|signed|dated|published)\s+(?:in|on)?\s*)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$",
    re.IGNORECASE,
)


_DIGITS = re.compile(r"\d+")
_PAGE_WORD = re.compile(r"\bpage\s*#|#\s*(?:of|/)\s*#", re.IGNORECASE)
_NUMERIC = re.compile(r"[\d.,%/()\-]*\d[\d.,%/()\-]*")


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
    noise = _running_lines(stripped)
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
            and _is_underline(stripped[i + 1])
            and len(s) <= 90
            and not _is_underline(s)
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
            level = _heading_level(
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
        if s in _LONE_BULLETS and nxt_i is not None and nxt_i - i <= 2 and not noise[nxt_i]:
            # PDF extraction often puts the bullet sign on a line of its own.
            close()
            current = [1, i, nxt_i]
            i = nxt_i + 1
            continue
        if noise[i] and detect_headings and len(s) < 90:
            close()
            units.append((BlockKind.paragraph, i, i, 0))
            i += 1
            continue
        if _is_bullet(s):
            close()
            current = [1, i, i]
        elif current is None:
            current = [0, i, i]
        elif _ends_paragraph(prev, s, widths[i]):
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


def _is_underline(s: str) -> bool:
    return (len(s) >= 3 and set(s) <= {"="}) or (len(s) >= 3 and set(s) <= {"-"})


def _ends_sentence(s: str) -> bool:
    return s.endswith(_SENTENCE_END)


def _ends_paragraph(prev: str, line: str, width: float) -> bool:
    """A sentence-closing line clearly shorter than the run's lines ends a paragraph."""
    if not _ends_sentence(prev) or not line:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"\u201c'\u2018("):
        return False
    # Unwrapped text (one paragraph per line) has no short last lines to go by.
    return width > 160 or len(prev) < 0.85 * width


def _heading_level(
    s: str,
    prev: str,
    nxt: str,
    after: str,
    width: float,
    *,
    at_run_start: bool,
    styled: bool | None = None,
) -> int | None:
    """Return the level of a heading line (0 = decide from its style later), or None.

    ``nxt`` is the next non-blank line and ``after`` the one after it: a heading is followed
    by body text, or by a sub-heading that is itself followed by body text. ``styled`` says
    whether the line is set in bold or a larger font (None: not known); a styled line need
    not stand apart from the lines around it, an unstyled one is never a heading.
    """
    if styled is False:
        return None
    if styled:
        at_run_start = True
    if s.startswith("#"):
        hashes = len(s) - len(s.lstrip("#"))
        if 1 <= hashes <= 6 and s[hashes : hashes + 1] == " " and s[hashes:].strip():
            return hashes
        return None
    if len(s) > 90 or len(s.split()) > 12 or not nxt:
        return None
    if (
        not (s[0].isupper() or s[0].isdigit())
        or sum(c.isalpha() for c in s) < 3
        or _DATE_LINE.match(s)
    ):
        return None
    if s.endswith((".", ",", ";", ":", "!", "?", "\u2014", "-")) and not _numbered(s.rstrip(".")):
        return None
    if _table_row(s):
        return None
    if not at_run_start and not (_ends_sentence(prev) or prev.endswith(":")):
        return None
    if not at_run_start and len(s) >= 0.75 * width:
        return None
    words = s.split()
    if words[-1].lower() in _SMALL_WORDS or s.endswith((",", "(")):
        return None
    numbered = _numbered(s)
    if numbered:
        title = s.split(" ", 1)[1]
        if not (
            title[:1].isupper() and (_title_case(title) or len(title.split()) <= 6)
        ) or s.endswith("."):
            return None
    elif not (
        _all_caps(s)
        or _title_case(s)
        or (len(words) <= 8 and (at_run_start or len(s) < 0.6 * width))
    ):
        # Sentence-case headings ("Risk assessment") must be short and stand out.
        return None
    if not _body_like(nxt) and not (
        after and _heading_shape(nxt) and (_body_like(after) or _is_underline(after))
    ):
        return None
    if numbered:
        return min(4, s.split(" ", 1)[0].rstrip(".").count(".") + 1)
    return 0


def _running_lines(stripped: list[str]) -> list[bool]:
    """Mark page numbers and running headers or footers (lines repeated on many pages).

    Digits are ignored when comparing, so "Report - page 2" and "Report - page 3" count as
    the same footer; a footer that names its page repeats on every page, so two are enough.
    """
    keys = [_DIGITS.sub("#", s) if s and len(s) < 90 else "" for s in stripped]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    out = []
    for s, key in zip(stripped, keys, strict=True):
        n = counts.get(key, 0) if key else 0
        paged = bool(_PAGE_WORD.search(key)) if key else False
        out.append(bool(s) and (n >= 3 or (n >= 2 and paged) or not any(c.isalpha() for c in s)))
    return out


def _table_row(s: str) -> bool:
    """A line of a flattened table ("Nepali workers 402 48"): numbers after the first word."""
    tokens = s.split()[1:]
    numeric = [t for t in tokens if _NUMERIC.fullmatch(t)]
    return len(numeric) >= 2 or (
        bool(numeric) and numeric[-1] == tokens[-1] and len(tokens[-1]) >= 2
    )


def _body_like(s: str) -> bool:
    """What follows a heading: a capitalised line of several words, or a list item."""
    if _is_bullet(s) or s in _LONE_BULLETS:
        return True
    return (
        bool(s) and (s[0].isupper() or s[0].isdigit() or s[0] in '"\u201c(') and len(s.split()) >= 4
    )


def _heading_shape(s: str) -> bool:
    words = s.split()
    return (
        0 < len(words) <= 8
        and (s[0].isupper() or _numbered(s))
        and not s.endswith((".", ",", ";", ":", "!", "?"))
        and words[-1].lower() not in _SMALL_WORDS
        and (_all_caps(s) or _title_case(s))
    )


def _all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _title_case(s: str) -> bool:
    words = [w for w in s.split() if any(c.isalpha() for c in w)]
    if not words or (not words[0][0].isupper() and not words[0][0].isdigit()):
        return False
    if len(words) <= 3:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps >= 0.6 * len(content)


def _numbered(s: str) -> bool:
    """``3``, ``3.2`` or ``3.2.1`` (one or two digits a part) followed by a title."""
    if " " not in s:
        return False
    head = s.split(" ", 1)[0].rstrip(".)")
    parts = head.split(".")
    return 1 <= len(parts) <= 4 and all(p.isdigit() and len(p) <= 2 for p in parts)


def _is_bullet(line: str) -> bool:
    s = line.lstrip()
    if s.startswith(_BULLETS[:-1]) or (s.startswith("o ") and len(s) > 2 and s[2:3].isupper()):
        return True
    head = s.split(" ", 1)[0]
    return (
        2 <= len(head) <= 4
        and head[:-1].isdigit()
        and head.endswith((")", "."))
        and len(s.split()) > 6
    )


def _join_broken(text: str, lines: list[tuple[int, int]], units: list[_Unit]) -> list[_Unit]:
    """Join a paragraph split by a blank line in mid-sentence (page or column break)."""
    out: list[_Unit] = []
    for unit in units:
        if (
            out
            and unit[0] is BlockKind.paragraph
            and out[-1][0] in (BlockKind.paragraph, BlockKind.list_item)
        ):
            prev = out[-1]
            # Only the last character before the gap and the first after it matter; looking
            # at just those (never re-slicing the growing paragraph) keeps joining linear.
            last = _last_visible(text, lines[prev[1]][0], lines[prev[2]][1])
            first = _first_visible(text, lines[unit[1]][0], lines[unit[2]][1])
            gap_start, gap_end = lines[prev[2]][1], lines[unit[1]][0]
            if (
                last
                and first
                and text.count("\f", gap_start, gap_end) == 0
                and text.count("\n", gap_start, gap_end) <= 3
                and (last.isalpha() or last in ",;-\u2014")
                and first.islower()
            ):
                out[-1] = (prev[0], prev[1], unit[2], 0)
                continue
        out.append(unit)
    return out


def _last_visible(text: str, start: int, end: int) -> str:
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _first_visible(text: str, start: int, end: int) -> str:
    while start < end and text[start].isspace():
        start += 1
    return text[start] if start < end else ""


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
