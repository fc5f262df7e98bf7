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
    #: Page furniture inside a paragraph joined across a page break (the page-end footer, the
    #: form feed, the next page's header), as (start, end) offsets: part of the text, not of
    #: the paragraph, so the pattern layers read it as spaces.
    furniture: tuple[tuple[int, int], ...] = ()


class LineIndex:
    """Converts 0-based character offsets to 1-based (line, column) pairs."""

    def __init__(self, text: str) -> None:
        self._end = len(text)
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

    def line_of(self, offset: int) -> int:
        """The 0-based line that holds ``offset``."""
        return bisect.bisect_right(self._starts, offset) - 1

    def span(self, line: int) -> tuple[int, int]:
        """The offsets of a 0-based line, without its line break."""
        end = self._starts[line + 1] - 1 if line + 1 < len(self._starts) else self._end
        return self._starts[line], end


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


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
