"""HTML reader: visible text only, headings kept as headings, scripts, styles and hidden parts dropped.

The document text is rebuilt from the visible text, one block per paragraph with a blank line
between blocks, so block offsets index that rebuilt text (never the HTML source). The parser
is the standard library's tolerant HTMLParser: unclosed or stray tags never fail a read.
"""

from __future__ import annotations

from html.parser import HTMLParser

from .model import Block, BlockKind

# Elements whose content is never visible text.
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "textarea", "button"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "tr",
    "td", "th", "blockquote", "pre", "br", "hr", "table", "ul", "ol", "dl", "dd", "dt", "figure",
    "figcaption", "caption", "address", "form", "fieldset", "legend", "details", "summary",
    "h1", "h2", "h3", "h4", "h5", "h6", "title", "body", "head", "html",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_KIND = {"li": BlockKind.list_item, "dd": BlockKind.list_item, "td": BlockKind.table_cell,
         "th": BlockKind.table_cell, "blockquote": BlockKind.quote, "pre": BlockKind.code}
_HIDDEN_STYLES = ("display:none", "visibility:hidden")


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for key, value in attrs:
        if key == "hidden":
            return True
        if key == "aria-hidden" and (value or "").strip().lower() == "true":
            return True
        if key == "style" and value and any(s in value.replace(" ", "").lower() for s in _HIDDEN_STYLES):
            return True
    return False


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # Open elements as (tag, hides-content); hidden or skipped content is dropped.
        self.stack: list[tuple[str, bool]] = []
        self.hidden = 0
        self.segments: list[tuple[str, str]] = []  # (tag that decides the kind, text)
        self.current: list[str] = []
        self.title: list[str] = []

    def _kind_tag(self) -> str:
        for tag, _ in reversed(self.stack):
            if tag in _HEADINGS or tag in _KIND or tag == "title":
                return tag
        return "p"

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.segments.append((self._kind_tag(), text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.flush()
        if tag in _VOID:
            return
        hides = tag in _SKIP or _is_hidden(attrs)
        self.stack.append((tag, hides))
        self.hidden += hides

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            if tag in _BLOCK:
                self.flush()
            return
        # Close the nearest open element of this name and anything left open inside it;
        # a stray end tag with no open element is ignored.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                if tag in _BLOCK or any(t in _BLOCK for t, _ in self.stack[i:]):
                    self.flush()
                for _, hides in self.stack[i:]:
                    self.hidden -= hides
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if any(tag == "title" for tag, _ in self.stack):
            self.title.append(data)
            return
        if any(tag == "head" for tag, _ in self.stack):
            return
        self.current.append(data)


def read_html(source: str, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    """Return the visible text (one block per paragraph, blank line between) and its blocks."""
    parser = _Extractor()
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError):
        pass  # older parsers choke on some broken markup; keep the text read so far
    parser.flush()
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    path: list[tuple[int, str]] = []
    title = " ".join("".join(parser.title).split()) or None
    first_heading = None
    for tag, text in parser.segments:
        if parts:
            parts.append("\n\n")
            offset += 2
        start, end = offset, offset + len(text)
        if tag in _HEADINGS:
            level = int(tag[1])
            path = [(lv, t) for lv, t in path if lv < level]
            blocks.append(Block(BlockKind.heading, start, end, text, tuple(t for _, t in path)))
            path.append((level, text))
            first_heading = first_heading or text
        else:
            kind = _KIND.get(tag, BlockKind.paragraph)
            blocks.append(Block(kind, start, end, text, tuple(t for _, t in path)))
        parts.append(text)
        offset = end
    return "".join(parts), blocks, title or first_heading, []
