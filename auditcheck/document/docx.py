"""DOCX reader: paragraphs, list items and table cells from word/document.xml, headings by style.

A paragraph is a heading when its style (looked up in word/styles.xml, so localised style
ids such as ``berschrift1`` work) is named "heading N" or "Title", or when it carries an
outline level. Like the HTML reader, the document text is rebuilt with a blank line between
blocks. Password-protected .docx files are OLE containers, not ZIPs; they are refused with a
message that says so.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from ..errors import DocumentError
from .model import Block, BlockKind

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Refuse to inflate an XML part beyond this many bytes (zip bombs).
MAX_XML_BYTES = 200 * 1024 * 1024
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_docx(data: bytes, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    """Read a .docx file's body into text and blocks.

    Raises:
        DocumentError: the file is encrypted, corrupt, or not a Word document.
    """
    if data.startswith(_OLE):
        raise DocumentError(name, "password-protected or legacy Word file; remove the password or save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = _read_part(zf, "word/document.xml", name)
            if xml is None:
                raise DocumentError(name, "not a Word document (no word/document.xml)")
            styles_xml = _read_part(zf, "word/styles.xml", name)
    except zipfile.BadZipFile:
        raise DocumentError(name, "corrupt DOCX (not a valid ZIP archive)") from None
    except (RuntimeError, NotImplementedError) as exc:
        raise DocumentError(name, f"encrypted or unsupported DOCX ({exc})") from None
    except (zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise DocumentError(name, f"corrupt DOCX ({exc})") from None
    root = _parse(xml, name)
    body = root.find(f"{_W}body")
    if body is None:
        raise DocumentError(name, "DOCX has no document body")
    headings = _heading_styles(_parse(styles_xml, name)) if styles_xml else {}
    builder = _Builder()
    _walk(body, builder, headings)
    return "".join(builder.parts), builder.blocks, builder.title, []


def _read_part(zf: zipfile.ZipFile, part: str, name: str) -> bytes | None:
    try:
        info = zf.getinfo(part)
    except KeyError:
        return None
    if info.flag_bits & 0x1:
        raise DocumentError(name, "encrypted DOCX; auditcheck cannot read it")
    if info.file_size > MAX_XML_BYTES:
        raise DocumentError(name, "DOCX body is too large to read")
    with zf.open(info) as handle:
        # The size in the directory can lie; never inflate more than the limit.
        xml = handle.read(MAX_XML_BYTES + 1)
    if len(xml) > MAX_XML_BYTES:
        raise DocumentError(name, "DOCX body is too large to read")
    return xml


def _parse(xml: bytes, name: str) -> ElementTree.Element:
    # Word never writes a DTD; refusing one rules out entity-expansion attacks.
    if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml[:65536]:
        raise DocumentError(name, "DOCX XML declares a DTD or entities; refusing to read it")
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise DocumentError(name, f"corrupt DOCX XML ({exc})") from None


def _heading_styles(styles: ElementTree.Element) -> dict[str, int]:
    """Map style ids to heading levels: 'heading N' names, Title, or an outline level."""
    levels: dict[str, int] = {}
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId") or ""
        name_node = style.find(f"{_W}name")
        style_name = (name_node.get(f"{_W}val") or "").lower() if name_node is not None else ""
        outline = style.find(f"{_W}pPr/{_W}outlineLvl")
        if style_name.startswith("heading") and style_name[7:].strip().isdigit():
            levels[style_id.lower()] = int(style_name[7:].strip())
        elif style_name == "title":
            levels[style_id.lower()] = 0  # the document title sits above Heading 1
        elif (level := _outline_level(outline)) is not None:
            levels[style_id.lower()] = level
    return levels


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.path: list[tuple[int, str]] = []
        self.offset = 0
        self.title: str | None = None

    def add(self, kind: BlockKind, text: str, level: int = 0) -> None:
        if self.parts:
            self.parts.append("\n\n")
            self.offset += 2
        start, end = self.offset, self.offset + len(text)
        if kind is BlockKind.heading:
            self.path = [(lv, t) for lv, t in self.path if lv < level]
            self.blocks.append(Block(kind, start, end, text, tuple(t for _, t in self.path)))
            self.path.append((level, text))
            self.title = self.title or text
        else:
            self.blocks.append(Block(kind, start, end, text, tuple(t for _, t in self.path)))
        self.parts.append(text)
        self.offset = end


def _walk(container: ElementTree.Element, builder: _Builder, headings: dict[str, int]) -> None:
    for element in container:
        if element.tag == f"{_W}p":
            _paragraph(element, builder, headings)
        elif element.tag == f"{_W}tbl":
            _table(element, builder, headings)
        elif element.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = element.find(f"{_W}sdtContent")
            _walk(content if content is not None else element, builder, headings)


def _paragraph(p: ElementTree.Element, builder: _Builder, headings: dict[str, int]) -> None:
    text = _para_text(p)
    if not text:
        return
    style = _style(p)
    outline = p.find(f"{_W}pPr/{_W}outlineLvl")
    level = headings.get(style)
    if level is None and (style.startswith("heading") and style[7:].isdigit()):
        level = int(style[7:])
    if level is None and style == "title":
        level = 0
    if level is None:
        level = _outline_level(outline)
    if level is not None:
        builder.add(BlockKind.heading, text, level)
    elif p.find(f"{_W}pPr/{_W}numPr") is not None or "list" in style:
        builder.add(BlockKind.list_item, text)
    else:
        builder.add(BlockKind.paragraph, text)


def _table(tbl: ElementTree.Element, builder: _Builder, headings: dict[str, int]) -> None:
    for row in tbl.findall(f"{_W}tr"):
        for cell in row.findall(f"{_W}tc"):
            # Only the cell's own paragraphs; a nested table gets its own cells.
            text = " ".join(t for p in cell.findall(f"{_W}p") if (t := _para_text(p)))
            if text:
                builder.add(BlockKind.table_cell, text)
            for nested in cell.findall(f"{_W}tbl"):
                _table(nested, builder, headings)


def _outline_level(node: ElementTree.Element | None) -> int | None:
    # Word uses outline level 9 for body text; 0-5 are heading levels 1-6.
    value = node.get(f"{_W}val") if node is not None else None
    if value is None or not value.isdigit() or int(value) > 5:
        return None
    return int(value) + 1


def _para_text(p: ElementTree.Element) -> str:
    pieces = []
    for node in p.iter():
        if node.tag == f"{_W}t" and node.text:
            pieces.append(node.text)
        elif node.tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            pieces.append(" ")
        elif node.tag == f"{_W}noBreakHyphen":
            pieces.append("-")
    return " ".join("".join(pieces).split())


def _style(p: ElementTree.Element) -> str:
    node = p.find(f"{_W}pPr/{_W}pStyle")
    if node is None:
        return ""
    return (node.get(f"{_W}val") or "").lower().replace(" ", "")
