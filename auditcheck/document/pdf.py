"""PDF reader: text per page through PDFium (pypdfium2), paragraphs and headings per page."""

from __future__ import annotations

from ..errors import DocumentError
from .model import Block, normalise_newlines, paragraph_blocks

#: Page separator in the document text; a form feed keeps pages apart without merging paragraphs.
PAGE_BREAK = "\n\f\n"


def read_pdf(data: bytes, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    """Extract the text of every page; page numbers are 1-based in blocks and evidence."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise DocumentError(name, "encrypted PDF (password required); auditcheck cannot read it") from None
        raise DocumentError(name, f"corrupt or unreadable PDF ({exc})") from None
    try:
        parts: list[str] = []
        page_starts: list[int] = []
        blocks: list[Block] = []
        offset = 0
        path: tuple[str, ...] = ()
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            textpage.close()
            page.close()
            page_text = _clean(raw)
            if parts:
                parts.append(PAGE_BREAK)
                offset += len(PAGE_BREAK)
            page_starts.append(offset)
            page_blocks = paragraph_blocks(page_text, offset, page=index + 1, heading_path=path)
            blocks.extend(page_blocks)
            for b in page_blocks:
                if b.kind.value == "heading":
                    path = (*b.heading_path, b.text.strip())
            parts.append(page_text)
            offset += len(page_text)
    except pdfium.PdfiumError as exc:
        raise DocumentError(name, f"corrupt PDF page ({exc})") from None
    finally:
        pdf.close()
    text = "".join(parts)
    if not text.strip():
        raise DocumentError(name, "PDF has no extractable text (scanned images need OCR first)")
    title = next((b.text for b in blocks if b.kind.value == "heading"), None)
    return text, blocks, title, page_starts


def _clean(raw: str) -> str:
    text = normalise_newlines(raw).replace("\x00", "").replace("\f", "\n")
    # PDFium marks soft hyphens and line-end hyphenation with \x02 / \ufffe
    text = text.replace("\x02", "").replace("\ufffe", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
