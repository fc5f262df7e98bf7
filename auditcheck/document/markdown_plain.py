"""The block tokens of plain Markdown, as markdown-it gives them, without importing markdown-it.

Most Markdown statements and audit summaries are ATX headings and paragraphs. For such a text
``plain_tokens`` returns the block-level tokens markdown-it's CommonMark parser (with tables)
would give, with the same types, tags, line maps, levels and inline contents, so the reader
turns them into the same blocks; importing and setting up markdown-it cost about 0.02 s, a
twentieth of a one-page cold start. Any line that could start another construct (a list, a
quotation, code, a table, HTML, a link reference, a rule, a setext underline, indentation)
makes it return None, and the caller parses with markdown-it as before.
``tests/test_markdown_plain.py`` compares both on the samples, the real development texts and
generated texts full of such lines.
"""

from __future__ import annotations

import re

# An ATX heading whose text does not end in '#' (a closing sequence, or a heading ending in
# 'C#', is left to markdown-it).
_HEADING = re.compile(r"(#{1,6})[ \t]+(.*[^# \t])[ \t]*")
_ORDERED_ITEM = re.compile(r"\d+[.)](?:[ \t]|$)")
# First characters of lines that may open a block other than a paragraph or heading.
_OTHER_BLOCK = frozenset("#>-+=`~<[|:")


class PlainToken:
    """The fields of a markdown-it ``Token`` that the Markdown reader reads."""

    __slots__ = ("content", "level", "map", "tag", "type")

    def __init__(
        self, type: str, tag: str, map: list[int] | None, level: int, content: str = ""
    ) -> None:
        self.type = type
        self.tag = tag
        self.map = map
        self.level = level
        self.content = content


def _blank(line: str) -> bool:
    return not line.strip(" \t")


def _paragraph_line(line: str) -> bool:
    """True if the line can only be paragraph text, at the start of a paragraph or inside one."""
    first = line[0]
    if first in _OTHER_BLOCK or first.isspace():
        return False
    if first in "*_":
        if first == "*" and (len(line) == 1 or line[1] in " \t"):
            return False  # a bullet
        if not line.strip(first + " \t"):
            return False  # a thematic break
    return not (first.isdigit() and _ORDERED_ITEM.match(line))


def _block(kind: str, tag: str, start: int, end: int, content: str) -> list[PlainToken]:
    span = [start, end]
    return [
        PlainToken(f"{kind}_open", tag, span, 0),
        PlainToken("inline", "", span, 1, content),
        PlainToken(f"{kind}_close", tag, None, 0),
    ]


def plain_tokens(text: str) -> list[PlainToken] | None:
    """markdown-it's block tokens for a text of headings and paragraphs only, else None."""
    if "\r" in text or "\0" in text:
        return None  # markdown-it normalises these first
    lines = text.split("\n")
    tokens: list[PlainToken] = []
    start = -1  # first line of the open paragraph
    for number, line in enumerate(lines):
        if _blank(line):
            heading = None
        elif line[0] == "#":
            heading = _HEADING.fullmatch(line)
            if heading is None:
                return None
        elif _paragraph_line(line):
            if start < 0:
                start = number
            continue
        else:
            return None
        if start >= 0:
            content = "\n".join(lines[start:number]).strip()
            tokens += _block("paragraph", "p", start, number, content)
            start = -1
        if heading is not None:
            level = len(heading.group(1))
            tokens += _block("heading", f"h{level}", number, number + 1, line[level:].strip())
    if start >= 0:  # the last line ends the text (a text ending in a newline ends blank)
        tokens += _block("paragraph", "p", start, len(lines), "\n".join(lines[start:]).strip())
    return tokens
