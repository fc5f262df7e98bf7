"""Markdown reader: block tokens to blocks with heading paths and exact source spans.

The tokens are markdown-it-py's (CommonMark with tables); a text of headings and paragraphs
only gets the same tokens from ``markdown_plain`` without importing markdown-it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .markdown_plain import plain_tokens
from .model import Block, BlockKind, strip_span
from .paragraphs import paragraph_blocks

if TYPE_CHECKING:
    from markdown_it import MarkdownIt


@lru_cache(maxsize=1)
def _markdown_it() -> MarkdownIt:
    # imported for texts that are more than headings and paragraphs (see markdown_plain.py)
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _tokens(text: str) -> list[Any] | None:
    """Block tokens of ``text``, or None where markdown-it stopped at its nesting limit."""
    plain = plain_tokens(text)
    if plain is not None:
        return plain  # two levels deep at most
    md = _markdown_it()
    tokens = md.parse(text)
    if tokens and max(t.level for t in tokens) >= md.options.maxNesting - 1:
        return None
    return tokens


def read_markdown(text: str) -> tuple[list[Block], str | None]:
    """Parse Markdown source into blocks; return the blocks and the first heading as title."""
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)
    line_starts.append(len(text) + 1)

    def seg(b: int, e: int) -> tuple[int, int]:
        return line_starts[b], min(line_starts[min(e, len(line_starts) - 1)] - 1, len(text))

    skip_until = _front_matter_end(text)
    tokens = _tokens(text)
    if tokens is None:
        # markdown-it stops at its nesting limit and silently drops the rest of the file;
        # read such a (hostile or broken) file as plain text so no text is lost
        fallback = paragraph_blocks(text)
        return fallback, next((b.text for b in fallback if b.kind is BlockKind.heading), None)
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    title: str | None = None
    kind_stack: list[BlockKind] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            kind_stack.append(BlockKind.list_item)
        elif tok.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            if kind_stack:
                kind_stack.pop()
        elif tok.type == "blockquote_open":
            kind_stack.append(BlockKind.quote)
        elif tok.type == "heading_open" and tok.map and tok.map[0] >= skip_until:
            inline = tokens[i + 1]
            level = int(tok.tag[1])
            s, e = seg(*tok.map)
            span = _find_span(text, s, e, inline.content)
            if span:
                s2, e2 = span
                heading = text[s2:e2]
                path = [(lv, t) for lv, t in path if lv < level]
                blocks.append(Block(BlockKind.heading, s2, e2, heading, tuple(t for _, t in path)))
                path.append((level, heading.strip()))
                title = title or heading.strip()
        elif tok.type == "paragraph_open" and tok.map and tok.map[0] >= skip_until:
            s, e = seg(*tok.map)
            span = _find_span(text, s, e, tokens[i + 1].content)
            if span:
                kind = kind_stack[-1] if kind_stack else BlockKind.paragraph
                blocks.append(Block(kind, span[0], span[1], text[span[0] : span[1]], _names(path)))
        elif tok.type == "tr_open" and tok.map:
            s, e = seg(*tok.map)
            cursor = s
            j = i + 1
            while tokens[j].type != "tr_close":
                if tokens[j].type == "inline" and tokens[j].content.strip():
                    span = _cell_span(text, cursor, e, tokens[j].content)
                    if span:
                        blocks.append(
                            Block(
                                BlockKind.table_cell,
                                span[0],
                                span[1],
                                text[span[0] : span[1]],
                                _names(path),
                            )
                        )
                        cursor = span[1]
                j += 1
            i = j
        elif tok.type in ("fence", "code_block") and tok.map and tok.map[0] >= skip_until:
            first, last = tok.map
            if tok.type == "fence":  # the ``` lines are markup, not content
                first, last = first + 1, max(first + 1, last - 1)
            s, e = seg(first, last)
            s, e = strip_span(text, s, e)
            if s < e:
                blocks.append(Block(BlockKind.code, s, e, text[s:e], _names(path)))
        i += 1
    blocks.sort(key=lambda b: b.start)
    # a front matter's own "title:" names the document better than its first heading, which in
    # a case file is often a section ("# Source note")
    return blocks, _front_matter_title(text, skip_until) or title


def _names(path: list[tuple[int, str]]) -> tuple[str, ...]:
    return tuple(t for _, t in path)


def _front_matter_end(text: str) -> int:
    if not text.startswith("---\n"):
        return 0
    end = text.find("\n---", 4)
    if end == -1:
        return 0
    return text.count("\n", 0, end) + 2


def _front_matter_title(text: str, end_line: int) -> str | None:
    if not end_line:
        return None
    for line in text.split("\n", end_line)[:end_line]:
        key, _, value = line.partition(":")
        if key.strip().lower() == "title" and value.strip():
            return value.strip().strip("\"'") or None
    return None


def _cell_span(text: str, s: int, e: int, content: str) -> tuple[int, int] | None:
    """A table cell's span: its content's first occurrence after the previous cell. (The
    paragraph search below ends at the last occurrence of the content's tail in the segment,
    which merged a row's identical short cells, "0 | 0", into one.)"""
    content = content.strip()
    start = text.find(content, s, e + 1)
    if start == -1:
        return _find_span(text, s, e, content)
    return start, start + len(content)


def _find_span(text: str, s: int, e: int, content: str) -> tuple[int, int] | None:
    """Locate inline content inside a source segment: from its first word to the segment end."""
    content = content.strip()
    if not content:
        return None
    first_line = content.split("\n", 1)[0]
    last_line = content.rsplit("\n", 1)[-1]
    probe = first_line[:24]
    start = text.find(probe, s, e + 1)
    if start == -1:
        start = s
        while start < e and (text[start].isspace() or text[start] in "#>-*+|0123456789.)"):
            start += 1
    tail = last_line[-24:]
    end = text.rfind(tail, start, e + 1)
    end = end + len(tail) if end != -1 else e
    # trailing closing markers (###, |, emphasis) stay outside the span when possible
    while end > start and text[end - 1] in " \t#|":
        end -= 1
    if end <= start:
        return None
    return start, end
