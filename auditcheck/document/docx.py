"""DOCX reader: paragraphs, list items and table cells of the main document, headings by style.

A paragraph is a heading when its style (looked up in the styles part, so localised style
ids such as ``berschrift1`` work) is named "heading N" or "Title", or when it carries an
outline level. Like the HTML reader, the document text is rebuilt with a blank line between
blocks.

Reading is bounded before any XML is parsed: the archive is inflated once, in a stream,
against a total budget (``MAX_INFLATED_BYTES``, and ``MAX_XML_BYTES`` for the XML parts), so
a small file that inflates to gigabytes is refused after reading at most the budget; every
XML part then passes defusedxml (no DTD, no entities, no external references) with a nesting
limit (``MAX_XML_DEPTH``), streamed, so no tree is built for a hostile part. Only then does
python-docx open the package (it finds the main part through the relationships, not by a
fixed name). Every decompression, ZIP, XML or package error becomes one DocumentError.
Password-protected .docx files are OLE containers, not ZIPs; they are refused with a
message that says so.
"""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib
from typing import Any
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

import defusedxml.sax
from defusedxml import DefusedXmlException

from ..errors import DocumentError
from .model import Block, BlockKind

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Refuse a package whose parts inflate to more than this many bytes in total (zip bombs).
MAX_INFLATED_BYTES = 512 * 1024 * 1024
#: ...or whose XML parts alone inflate to more than this (a 500-page report needs ~15 MB).
MAX_XML_BYTES = 96 * 1024 * 1024
#: Refuse XML nested deeper than this; real Word documents stay well under 60 levels.
MAX_XML_DEPTH = 200
#: Refuse archives with more members than this (a directory bomb).
MAX_MEMBERS = 20_000
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_READ_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    ValueError,
    KeyError,
    struct.error,
    NotImplementedError,
    RuntimeError,
)


def read_docx(data: bytes, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    """Read a .docx file's body into text and blocks.

    Raises:
        DocumentError: the file is encrypted, corrupt, too large once inflated, nested too
            deeply, declares a DTD, or is not a Word document.
    """
    if data.startswith(_OLE):
        raise DocumentError(
            name, "password-protected or legacy Word file; remove the password or save it as .docx"
        )
    parts = _check_package(data, name)
    root, styles = _open(data, name, parts)
    body = root.find(f"{_W}body")
    if body is None:
        raise DocumentError(name, "DOCX has no document body")
    headings = _heading_styles(styles) if styles is not None else {}
    builder = _Builder()
    _walk(body, builder, headings, 0, name)
    return "".join(builder.parts), builder.blocks, builder.title, []


def _check_package(data: bytes, name: str) -> dict[str, bytes]:
    """Inflate every member once against the budgets and vet every XML part.

    Returns the two parts a package without relationships is read from (see ``_open``).
    """
    kept: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise DocumentError(
                    name, f"DOCX has {len(members):,} parts (limit {MAX_MEMBERS:,})"
                )
            total = xml_total = 0
            for info in members:
                if info.flag_bits & 0x1:
                    raise DocumentError(name, "encrypted DOCX; auditcheck cannot read it")
                is_xml = info.filename.endswith((".xml", ".rels"))
                data_part = _inflate(
                    zf,
                    info,
                    name,
                    MAX_INFLATED_BYTES - total,
                    MAX_XML_BYTES - xml_total if is_xml else None,
                )
                total += len(data_part)
                if is_xml:
                    xml_total += len(data_part)
                    _vet_xml(data_part, info.filename, name)
                    if info.filename in ("word/document.xml", "word/styles.xml"):
                        kept[info.filename] = data_part
    except DocumentError:
        raise
    except _READ_ERRORS as exc:
        raise DocumentError(name, f"corrupt DOCX ({_why(exc)})") from None
    return kept


def _inflate(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, room: int, xml_room: int | None
) -> bytes:
    limit = room if xml_room is None else min(room, xml_room)
    what = "XML" if xml_room is not None and xml_room <= room else "content"
    if info.file_size > limit:
        raise DocumentError(name, _too_big(what))
    chunks: list[bytes] = []
    size = 0
    with zf.open(info) as handle:
        # The size in the directory can lie; never inflate past the budget.
        while chunk := handle.read(1 << 20):
            size += len(chunk)
            if size > limit:
                raise DocumentError(name, _too_big(what))
            chunks.append(chunk)
    return b"".join(chunks)


def _too_big(what: str) -> str:
    cap = MAX_XML_BYTES if what == "XML" else MAX_INFLATED_BYTES
    return (
        f"DOCX {what} inflates past the {cap // (1024 * 1024)} MB limit; "
        "refusing to read it (a zip bomb?)"
    )


class _DepthGuard(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0

    def startElement(self, name: str, attrs: Any) -> None:
        self._enter()

    def startElementNS(self, name: Any, qname: Any, attrs: Any) -> None:
        self._enter()

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_XML_DEPTH:
            raise _TooDeep()

    def endElement(self, name: str) -> None:
        self.depth -= 1

    def endElementNS(self, name: Any, qname: Any) -> None:
        self.depth -= 1


class _TooDeep(SAXException):
    def __init__(self) -> None:
        super().__init__("too deep")


def _vet_xml(xml: bytes, part: str, name: str) -> None:
    """Stream one XML part through defusedxml: no DTD, no entities, bounded nesting."""
    if not xml.strip():
        return
    try:
        defusedxml.sax.parseString(
            xml, _DepthGuard(), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except _TooDeep:
        raise DocumentError(
            name,
            f"DOCX XML in {part} nests deeper than {MAX_XML_DEPTH} levels; refusing to read it",
        ) from None
    except DefusedXmlException:
        raise DocumentError(
            name, f"DOCX XML in {part} declares a DTD or entities; refusing to read it"
        ) from None
    except (SAXException, ValueError) as exc:
        raise DocumentError(name, f"corrupt DOCX XML in {part} ({_why(exc)})") from None


def _open(data: bytes, name: str, parts: dict[str, bytes]) -> tuple[Any, Any]:
    """The main document's root element and the styles root (or None).

    python-docx opens the package the way Word does, through its relationships. A package
    made by a tool that writes no relationships at all is read from ``word/document.xml``
    directly, with a parser that resolves no entities and reaches no network.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:
        raise
    except (KeyError, PackageNotFoundError):
        if "word/document.xml" not in parts:
            raise DocumentError(name, "not a Word document (no word/document.xml)") from None
        return _parse_plain(parts["word/document.xml"], name), _styles_plain(parts, name)
    except Exception as exc:  # broad on purpose: any library error here means a broken package
        text = _why(exc)
        if "not a Word file" in text:
            raise DocumentError(
                name, "not a Word (.docx) document; export it as PDF or DOCX"
            ) from None
        raise DocumentError(name, f"corrupt DOCX ({text})") from None
    try:
        styles = document.styles.element
    except Exception:  # broad on purpose: a missing or odd styles part only loses heading names
        styles = None
    return document.element, styles


def _parse_plain(xml: bytes, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        return etree.fromstring(xml, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise DocumentError(name, f"corrupt DOCX XML ({_why(exc)})") from None


def _styles_plain(parts: dict[str, bytes], name: str) -> Any:
    if "word/styles.xml" not in parts:
        return None
    try:
        return _parse_plain(parts["word/styles.xml"], name)
    except DocumentError:
        return None


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:160]
    return text or type(exc).__name__


def _heading_styles(styles: Any) -> dict[str, int]:
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

    def add(self, kind: BlockKind, text: str, level: int = 0, gap: str = "\n\n") -> None:
        if self.parts:
            self.parts.append(gap)
            self.offset += len(gap)
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


def _walk(
    container: Any, builder: _Builder, headings: dict[str, int], depth: int, name: str
) -> None:
    # The XML was vetted to MAX_XML_DEPTH, so this recursion is bounded well below Python's.
    for element in container:
        if element.tag == f"{_W}p":
            _paragraph(element, builder, headings)
        elif element.tag == f"{_W}tbl":
            _table(element, builder, headings, depth + 1, name)
        elif element.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = element.find(f"{_W}sdtContent")
            _walk(content if content is not None else element, builder, headings, depth + 1, name)


def _paragraph(p: Any, builder: _Builder, headings: dict[str, int]) -> None:
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


def _table(tbl: Any, builder: _Builder, headings: dict[str, int], depth: int, name: str) -> None:
    # A row is one line, its cells separated by " | ", and the table one paragraph, as a Markdown
    # table is: the claim layer reads results tables row by row (claims/tables.py).
    gap = "\n\n"
    for row in tbl.findall(f"{_W}tr"):
        for cell in row.findall(f"{_W}tc"):
            # Only the cell's own paragraphs; a nested table gets its own cells.
            text = " ".join(t for p in cell.findall(f"{_W}p") if (t := _para_text(p)))
            if text:
                builder.add(BlockKind.table_cell, text, gap=gap)
                gap = " | "
            nested = cell.findall(f"{_W}tbl")
            for inner in nested:
                _table(inner, builder, headings, depth + 1, name)
            if nested:
                gap = "\n\n"
        if gap == " | ":
            gap = "\n"


def _outline_level(node: Any) -> int | None:
    # Word uses outline level 9 for body text; 0-5 are heading levels 1-6.
    value = node.get(f"{_W}val") if node is not None else None
    if value is None or not value.isdigit() or int(value) > 5:
        return None
    return int(value) + 1


def _para_text(p: Any) -> str:
    pieces = []
    for node in p.iter():
        if node.tag == f"{_W}t" and node.text:
            pieces.append(node.text)
        elif node.tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            pieces.append(" ")
        elif node.tag == f"{_W}noBreakHyphen":
            pieces.append("-")
    return " ".join("".join(pieces).split())


def _style(p: Any) -> str:
    node = p.find(f"{_W}pPr/{_W}pStyle")
    if node is None:
        return ""
    return (node.get(f"{_W}val") or "").lower().replace(" ", "")
