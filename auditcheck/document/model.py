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
        for i, ch in enumerate(text):
            if ch == "\n":
                self._starts.append(i + 1)

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
    _line_index: LineIndex | None = field(default=None, repr=False)

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
        starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(starts, offset) - 1
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
) -> list[Block]:
    """Split plain text into paragraph blocks at blank lines, spotting simple headings.

    Used for plain text, PDF pages and any format without markup. A heading is a short
    line standing alone (numbered like ``3.2 Methodology``, ALL CAPS, or underlined with
    ``===``/``---``); the heading path follows heading numbers when present.
    """
    blocks: list[Block] = []
    path = list(heading_path)
    pos = 0
    n = len(text)
    while pos < n:
        # skip blank lines
        while pos < n and text[pos] == "\n":
            pos += 1
        if pos >= n:
            break
        end = text.find("\n\n", pos)
        if end == -1:
            end = n
        chunk_start, chunk_end = pos, end
        # one chunk may hold a heading line followed by body lines
        lines = _split_lines(text, chunk_start, chunk_end)
        i = 0
        while i < len(lines):
            ls, le = lines[i]
            line = text[ls:le]
            nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
            underline = bool(nxt) and set(nxt.strip()) <= {"=", "-"} and len(nxt.strip()) >= 3
            if detect_headings and (underline or _looks_like_heading(line, alone=len(lines) == 1)):
                s, e = _strip_span(text, ls, le)
                if s < e:
                    title = text[s:e].strip("#").strip()
                    level = _heading_level(title, underline=nxt.strip()[:1] if underline else "")
                    path = path[: level - 1] + [title]
                    blocks.append(
                        Block(BlockKind.heading, base + s, base + e, text[s:e], tuple(path[:-1]), page)
                    )
                i += 2 if underline else 1
                continue
            # body: the rest of the chunk is one paragraph (or list items)
            body_start = ls
            body_lines = lines[i:]
            if all(_is_bullet(text[a:b]) for a, b in body_lines[:1]) and len(body_lines) > 1:
                for a, b in _group_bullets(text, body_lines):
                    s, e = _strip_span(text, a, b)
                    if s < e:
                        blocks.append(
                            Block(BlockKind.list_item, base + s, base + e, text[s:e], tuple(path), page)
                        )
            else:
                s, e = _strip_span(text, body_start, chunk_end)
                if s < e:
                    kind = BlockKind.list_item if _is_bullet(text[s:e]) else BlockKind.paragraph
                    blocks.append(Block(kind, base + s, base + e, text[s:e], tuple(path), page))
            break
        pos = end
    return blocks


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            nl = end
        out.append((pos, nl))
        pos = nl + 1
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_BULLETS = ("- ", "* ", "• ", "· ", "– ", "● ", "▪ ")


def _is_bullet(line: str) -> bool:
    s = line.lstrip()
    if s.startswith(_BULLETS):
        return True
    head = s.split(" ", 1)[0]
    return len(head) <= 4 and head[:-1].isdigit() and head.endswith((")", "."))and len(s) > 40


def _group_bullets(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    groups: list[list[int]] = []
    for a, b in lines:
        if _is_bullet(text[a:b]) or not groups:
            groups.append([a, b])
        else:
            groups[-1][1] = b
    return [(a, b) for a, b in groups]


def _looks_like_heading(line: str, *, alone: bool) -> bool:
    s = line.strip()
    if not s or len(s) > 90:
        return False
    if s.startswith("#"):
        return True
    if s.endswith((".", ",", ";", ":")) and not _numbered(s):
        return False
    words = s.split()
    if len(words) > 12:
        return False
    if _numbered(s) and not s.endswith((".", ",", ";")):
        return True
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) >= 4:
        return True
    if alone and len(words) <= 8 and s[0].isupper() and not s.endswith(("!", "?", '"', "”")):
        caps = sum(1 for w in words if w[:1].isupper())
        return caps >= max(1, len(words) // 2) or len(words) <= 4
    return False


def _numbered(s: str) -> bool:
    head = s.split(" ", 1)[0].rstrip(".")
    parts = head.split(".")
    return len(s.split()) > 1 and all(p.isdigit() for p in parts) and len(parts) <= 4


def _heading_level(title: str, *, underline: str = "") -> int:
    if underline == "=":
        return 1
    if underline == "-":
        return 2
    if title and _numbered(title):
        return min(4, title.split(" ", 1)[0].rstrip(".").count(".") + 1)
    return 1
