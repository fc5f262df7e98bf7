"""PDF reader: text per page through PDFium (pypdfium2), paragraphs and headings across pages."""

from __future__ import annotations

import re

from ..errors import DocumentError
from .line_shapes import COMPOUND_FIRST_PARTS
from .model import Block, BlockKind, normalise_newlines
from .paragraphs import paragraph_blocks

#: Page separator in the document text; a form feed keeps pages apart without merging paragraphs.
PAGE_BREAK = "\n\f\n"


def read_pdf(data: bytes, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    """Extract the text of every page; page numbers are 1-based in blocks and evidence.

    A page PDFium cannot read contributes no text instead of failing the whole document; the
    document fails only when no page yields text.

    Raises:
        DocumentError: the PDF is encrypted, corrupt, or has no extractable text.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg or "security" in msg:
            raise DocumentError(
                name, "encrypted PDF (password required); auditcheck cannot read it"
            ) from None
        raise DocumentError(name, f"corrupt or unreadable PDF ({_short(exc)})") from None
    except (ValueError, OSError) as exc:
        raise DocumentError(name, f"corrupt or unreadable PDF ({_short(exc)})") from None
    try:
        pages: list[str] = []
        # Lines set in bold or a larger font, per page; None once a page gives no font data.
        styled: set[str] | None = set()
        failed = 0
        try:
            count = len(pdf)
        except pdfium.PdfiumError as exc:
            raise DocumentError(name, f"corrupt PDF ({_short(exc)})") from None
        for index in range(count):
            try:
                page_text, page_styled = _page_text(pdf, index)
            except pdfium.PdfiumError:
                failed += 1
                pages.append("")
                continue
            pages.append(page_text)
            if styled is not None and page_styled is not None:
                styled |= page_styled
            else:
                styled = None
        meta_title = _meta_title(pdf)
    finally:
        pdf.close()
    if count == 0:
        raise DocumentError(name, "PDF has no pages")
    if failed == count:
        raise DocumentError(name, f"corrupt PDF (none of its {count} pages could be read)")
    parts: list[str] = []
    page_starts: list[int] = []
    offset = 0
    for page_text in pages:
        if parts:
            parts.append(PAGE_BREAK)
            offset += len(PAGE_BREAK)
        page_starts.append(offset)
        parts.append(page_text)
        offset += len(page_text)
    text = "".join(parts)
    if not text.strip():
        raise DocumentError(
            name,
            f"PDF has no extractable text in {count} page{'s' if count != 1 else ''} "
            "(probably scanned images; run OCR on it first)",
        )
    # A PDF whose text is all one style gives no hint; fall back to the text heuristics.
    emphasis = frozenset(styled) if styled else None
    blocks = paragraph_blocks(text, page_starts=page_starts, emphasis=emphasis)
    title = next((b.text for b in blocks if b.kind is BlockKind.heading), None) or meta_title
    return text, blocks, title, page_starts


def _page_text(pdf, index: int) -> tuple[str, set[str] | None]:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_range()
            try:
                styled = _styled_lines(textpage, raw)
            except Exception:  # broad on purpose: font data is a hint; text must not depend on it
                styled = None
        finally:
            textpage.close()
    finally:
        page.close()
    return _clean(raw), styled


#: FPDF_FONT_FORCEBOLD in the font flags PDFium reports.
_FORCE_BOLD = 0x40000


def _styled_lines(textpage, raw: str) -> set[str] | None:
    """Stripped lines of a page that start and end in characters bold or bigger than body text."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    count = textpage.count_chars()
    if count != len(raw):  # characters outside the BMP shift the indices; give no hint
        return None
    if count == 0:
        return set()
    handle = textpage.raw
    step = max(1, count // 300)
    sizes = sorted(
        pdfium_c.FPDFText_GetFontSize(handle, i)
        for i in range(0, count, step)
        if not raw[i].isspace()
    )
    if not sizes:
        return set()
    body = sizes[len(sizes) // 2]
    flags = ctypes.c_int()

    def emphasised(i: int) -> bool:
        if pdfium_c.FPDFText_GetFontSize(handle, i) >= 1.15 * body:
            return True
        if pdfium_c.FPDFText_GetFontWeight(handle, i) >= 600:
            return True
        pdfium_c.FPDFText_GetFontInfo(handle, i, None, 0, ctypes.byref(flags))
        return bool(flags.value & _FORCE_BOLD)

    out: set[str] = set()
    pos = 0
    for line in raw.split("\n"):
        content = line.strip()
        if content:
            first = pos + len(line) - len(line.lstrip())
            last = pos + len(line.rstrip()) - 1
            if emphasised(first) and emphasised(last):
                out.add(_DROP_CHARS.sub("", content).strip())
        pos += len(line) + 1
    return out


def _meta_title(pdf) -> str | None:
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
    except (
        Exception
    ):  # broad on purpose: metadata is optional; a broken info dict must not fail the read
        return None
    # Converter boilerplate such as "Microsoft Word - draft.docx" is not a title.
    if (
        not title
        or title.lower().startswith("microsoft word")
        or title.lower().endswith((".doc", ".docx", ".pdf"))
    ):
        return None
    return " ".join(title.split())[:200]


#: Control characters other than tab, newline and carriage return, DEL and the byte-order marks,
#: as one class: removing them with ``sub`` runs in C between the few hits, where
#: ``str.translate`` with a dict looks every character of a page up (a third of the 84-page PDF's
#: cleaning time).
_DROP_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe]")


#: A line-end hyphen that PDFium took out of the text (it gives U+FFFE in its place and joins
#: the lines) after the first part of a compound that keeps its hyphen: "third-|party",
#: "off-|site", "follow-|up". Any other word was hyphenated only to fit the line ("inter-|preter").
_COMPOUND_BREAK = re.compile(
    rf"(?<![\w-])((?:{'|'.join(COMPOUND_FIRST_PARTS)})\ufffe)", re.IGNORECASE
)


def _clean(raw: str) -> str:
    text = normalise_newlines(raw).replace("\f", "\n")
    text = _COMPOUND_BREAK.sub(lambda m: m.group(1)[:-1] + "-", text)
    # PDFium marks line-end hyphenation with U+FFFE (\x02 in older builds); other control
    # characters are extraction noise.
    text = _DROP_CHARS.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__
