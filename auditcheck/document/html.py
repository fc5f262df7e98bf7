"""HTML reader: visible text only, headings kept as headings, scripts and styles dropped."""

from __future__ import annotations

from html.parser import HTMLParser

from .model import Block, BlockKind

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "tr",
    "td", "th", "blockquote", "pre", "br", "hr", "table", "ul", "ol", "dd", "dt", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "title",
}
_KIND = {"li": BlockKind.list_item, "td": BlockKind.table_cell, "th": BlockKind.table_cell,
         "blockquote": BlockKind.quote, "pre": BlockKind.code}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.segments: list[tuple[str, str]] = []  # (kind-or-heading-tag, text)
        self.current: list[str] = []
        self.current_kind = "p"
        self.stack: list[str] = []

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.segments.append((self.current_kind, text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
            return
        if any(k == "hidden" for k, _ in attrs) or any(
            k == "style" and v and "display:none" in v.replace(" ", "") for k, v in attrs
        ):
            if tag not in ("br", "hr", "img", "input", "meta", "link"):
                self.skip_depth += 1
                self.stack.append("__hidden__" + tag)
            return
        if tag in _BLOCK:
            self.flush()
            self.current_kind = tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.stack and self.stack[-1] == "__hidden__" + tag:
            self.stack.pop()
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _BLOCK:
            self.flush()
            self.current_kind = "p"
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.skip_depth == 0:
            self.current.append(data)


def read_html(source: str, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    """Return the visible text (one block per line, blank line between) and its blocks."""
    parser = _Extractor()
    parser.feed(source)
    parser.close()
    parser.flush()
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    path: list[tuple[int, str]] = []
    title = None
    for tag, text in parser.segments:
        if tag == "title":
            title = title or text
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        start, end = offset, offset + len(text)
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            level = int(tag[1])
            path = [(lv, t) for lv, t in path if lv < level]
            blocks.append(Block(BlockKind.heading, start, end, text, tuple(t for _, t in path)))
            path.append((level, text))
            title = title or text
        else:
            kind = _KIND.get(tag, BlockKind.paragraph)
            blocks.append(Block(kind, start, end, text, tuple(t for _, t in path)))
        parts.append(text)
        offset = end
    return "".join(parts), blocks, title, []
