"""HTML reader: visible text only, headings kept as headings; scripts, styles, hidden parts dropped.

The document text is rebuilt from the visible text, one block per paragraph with a blank line
between blocks, so block offsets index that rebuilt text (never the HTML source).

Parsing is done by lxml (libxml2's tolerant HTML parser): unclosed or stray tags never fail
a read, and the cost is linear in the input. The tree is walked with ``iterwalk`` and a
stack whose every step is O(1), so deeply nested markup cannot make reading quadratic.
libxml2 stops building the tree at a nesting depth of 256 and silently drops what lies
below; a page that reaches that depth is refused, so no text is ever lost without a word.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from ..errors import DocumentError
from .model import Block, BlockKind

#: Deepest element nesting read; libxml2's own ceiling, beyond which it drops content.
MAX_DEPTH = 255

# Elements whose content is never visible text.
_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "select",
    "textarea",
    "button",
    "head",
}
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "li",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "br",
    "hr",
    "table",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "figure",
    "figcaption",
    "caption",
    "address",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "title",
    "body",
    "head",
    "html",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CELLS = {"td", "th"}
_KIND = {
    "li": BlockKind.list_item,
    "dd": BlockKind.list_item,
    "td": BlockKind.table_cell,
    "th": BlockKind.table_cell,
    "blockquote": BlockKind.quote,
    "pre": BlockKind.code,
}
_HIDDEN_STYLES = ("display:none", "visibility:hidden")
#: The text is decoded before it reaches the parser (charset detection is the loader's), so the
#: parser is told the bytes it gets are UTF-8: left to itself, libxml2 reads a page without a
#: <meta charset> as Latin-1 ("Calçado" became "CalÃ§ado") and one declaring another charset
#: by that charset.
_PARSER = lxml_html.HTMLParser(
    recover=True,
    no_network=True,
    remove_comments=True,
    remove_pis=True,
    huge_tree=False,
    encoding="utf-8",
)


def _is_hidden(element: etree._Element) -> bool:
    attrib = element.attrib
    if "hidden" in attrib:
        return True
    if (attrib.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    return bool(style) and any(s in style.replace(" ", "").lower() for s in _HIDDEN_STYLES)


class _Collector:
    """Gathers (kind tag, text) segments; every operation is O(1) amortised."""

    def __init__(self) -> None:
        self.segments: list[tuple[str, str, int]] = []
        self.current: list[str] = []
        # the innermost tag that decides a block's kind, per open element
        self.kind_stack: list[str] = ["p"]
        # the table row being read: cells of one row share its number
        self.row = 0

    def flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.segments.append((self.kind_stack[-1], text, self.row))
        self.current = []


def _parse(source: str, name: str) -> etree._Element:
    data = source.encode("utf-8")
    try:
        root = lxml_html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        reason = " ".join(str(exc).split()) or "no elements"
        raise DocumentError(name, f"unreadable HTML ({reason})") from None
    if root is None:
        raise DocumentError(name, "unreadable HTML (no elements)")
    return root


def read_html(source: str, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    """Return the visible text (one block per paragraph, blank line between) and its blocks.

    Raises:
        DocumentError: the markup nests deeper than MAX_DEPTH or cannot be parsed at all.
    """
    root = _parse(source, name)
    out = _Collector()
    title_node = root.find("head/title")
    title = " ".join((title_node.text_content() if title_node is not None else "").split()) or None
    depth = 0
    hidden_depth = 0  # >0 while inside a hidden or skipped element
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            depth += 1
            if depth > MAX_DEPTH:
                raise DocumentError(
                    name, f"HTML nests elements deeper than {MAX_DEPTH} levels; refusing to read it"
                )
            if hidden_depth:
                hidden_depth += 1
                continue
            if tag in _SKIP or _is_hidden(element):
                if tag in _BLOCK:
                    out.flush()
                hidden_depth = 1
                continue
            if tag in _BLOCK:
                out.flush()
            if tag == "tr":
                out.row += 1
            kind = tag if (tag in _HEADINGS or tag in _KIND) else out.kind_stack[-1]
            out.kind_stack.append(kind)
            if element.text:
                out.current.append(element.text)
            continue
        depth -= 1
        if hidden_depth:
            hidden_depth -= 1
        else:
            if tag in _BLOCK:
                out.flush()
            out.kind_stack.pop()
        if element.tail and not hidden_depth:
            out.current.append(element.tail)
    out.flush()
    return _assemble(out.segments, title)


#: Between two cells of one table row, and between two rows of one table: a row is one line, a
#: table one paragraph, as a Markdown table is, so the claim layer reads results tables row by
#: row whatever the format (claims/tables.py).
_CELL_GAP = " | "
_ROW_GAP = "\n"


def _assemble(
    segments: list[tuple[str, str, int]], title: str | None
) -> tuple[str, list[Block], str | None, list[int]]:
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    path: list[tuple[int, str]] = []
    first_heading = None
    previous: tuple[str, int] | None = None
    for tag, text, row in segments:
        if parts:
            gap = "\n\n"
            if tag in _CELLS and previous is not None and previous[0] in _CELLS:
                gap = _CELL_GAP if previous[1] == row else _ROW_GAP
            parts.append(gap)
            offset += len(gap)
        previous = (tag, row)
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
