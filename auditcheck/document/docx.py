"""DOCX reader: paragraphs and table cells from word/document.xml, Heading styles as headings."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from ..errors import DocumentError
from .model import Block, BlockKind

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Refuse to inflate a document.xml beyond this many bytes (zip bombs).
MAX_XML_BYTES = 200 * 1024 * 1024


def read_docx(data: bytes, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            try:
                info = zf.getinfo("word/document.xml")
            except KeyError:
                raise DocumentError(name, "not a Word document (no word/document.xml)") from None
            if info.flag_bits & 0x1:
                raise DocumentError(name, "encrypted DOCX; auditcheck cannot read it")
            if info.file_size > MAX_XML_BYTES:
                raise DocumentError(name, "DOCX body is too large to read")
            xml = zf.read(info)
    except zipfile.BadZipFile:
        raise DocumentError(name, "corrupt DOCX (not a valid ZIP archive)") from None
    except (RuntimeError, NotImplementedError) as exc:
        raise DocumentError(name, f"encrypted or unsupported DOCX ({exc})") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise DocumentError(name, f"corrupt DOCX XML ({exc})") from None
    body = root.find(f"{_W}body")
    if body is None:
        raise DocumentError(name, "DOCX has no document body")
    parts: list[str] = []
    blocks: list[Block] = []
    path: list[tuple[int, str]] = []
    offset = 0
    title = None

    def add(kind: BlockKind, text: str, level: int = 0) -> None:
        nonlocal offset, path, title
        if parts:
            parts.append("\n\n")
            offset += 2
        start, end = offset, offset + len(text)
        if kind is BlockKind.heading:
            path = [(lv, t) for lv, t in path if lv < level]
            blocks.append(Block(kind, start, end, text, tuple(t for _, t in path)))
            path.append((level, text))
            title = title or text
        else:
            blocks.append(Block(kind, start, end, text, tuple(t for _, t in path)))
        parts.append(text)
        offset = end

    for element in body:
        if element.tag == f"{_W}p":
            text = _para_text(element)
            if not text:
                continue
            style = _style(element)
            if style.startswith("heading") or style == "title":
                digits = "".join(c for c in style if c.isdigit())
                add(BlockKind.heading, text, int(digits) if digits else 1)
            elif element.find(f"{_W}pPr/{_W}numPr") is not None or "list" in style:
                add(BlockKind.list_item, text)
            else:
                add(BlockKind.paragraph, text)
        elif element.tag == f"{_W}tbl":
            for cell in element.iter(f"{_W}tc"):
                text = " ".join(t for p in cell.iter(f"{_W}p") if (t := _para_text(p)))
                if text:
                    add(BlockKind.table_cell, text)
    return "".join(parts), blocks, title, []


def _para_text(p: ElementTree.Element) -> str:
    pieces = []
    for node in p.iter():
        if node.tag == f"{_W}t" and node.text:
            pieces.append(node.text)
        elif node.tag == f"{_W}tab":
            pieces.append(" ")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append(" ")
    return " ".join("".join(pieces).split())


def _style(p: ElementTree.Element) -> str:
    node = p.find(f"{_W}pPr/{_W}pStyle")
    if node is None:
        return ""
    return (node.get(f"{_W}val") or "").lower().replace(" ", "")
