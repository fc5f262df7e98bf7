"""Pick a reader by content and suffix, enforce input limits, and build a Document."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import DocumentError
from .model import Block, Document, normalise_newlines, sha256_of

#: Largest input accepted, in bytes; larger files are refused rather than read into memory.
MAX_BYTES = int(os.environ.get("AUDITCHECK_MAX_BYTES", 50 * 1024 * 1024))
#: Fewest non-space characters of text a document must yield to be evaluated.
MIN_CHARS = 20

FORMATS = ("markdown", "text", "html", "pdf", "docx")

_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}


def load_document(path: str | Path, *, data: bytes | None = None, fmt: str | None = None) -> Document:
    """Read a file (or given bytes, for standard input) into a Document.

    Raises:
        DocumentError: the file is missing, unreadable, empty, binary, encrypted,
            corrupt, too large, or of a format auditcheck cannot read.
    """
    name = str(path)
    if data is None:
        data = _read_bytes(Path(path))
    if len(data) > MAX_BYTES:
        raise DocumentError(name, f"file is too large ({len(data):,} bytes; limit {MAX_BYTES:,})")
    if not data.strip():
        raise DocumentError(name, "file is empty")
    fmt = fmt or sniff_format(data, name)
    text, blocks, title, page_starts = _read(fmt, data, name)
    text = text if fmt in ("pdf", "html", "docx") else text
    if len("".join(text.split())) < MIN_CHARS or not blocks:
        raise DocumentError(name, f"no readable text found in this {fmt} file")
    doc = Document(
        path=name,
        format=fmt,
        text=text,
        blocks=blocks,
        sha256=sha256_of(data),
        title=title,
        page_count=len(page_starts) or None,
        page_starts=page_starts,
    )
    return doc


def document_from_text(text: str, *, path: str = "<text>", fmt: str = "markdown") -> Document:
    """Build a Document from a string (tests, criterion examples, the Python API)."""
    return load_document(path, data=text.encode("utf-8"), fmt=fmt)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise DocumentError(path, "is a directory, not a file")
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except PermissionError:
        raise DocumentError(path, "permission denied") from None
    except IsADirectoryError:
        raise DocumentError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise DocumentError(path, f"cannot read file ({exc.strerror or exc})") from None


def sniff_format(data: bytes, name: str) -> str:
    """Choose a format from the leading bytes first, the suffix second."""
    head = data[:2048]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or name.lower().endswith(".docx"):
            return "docx"
        raise DocumentError(name, "a ZIP archive that is not a Word (.docx) document")
    if _looks_binary(head):
        kind = _binary_kind(head)
        raise DocumentError(name, f"binary file{' (' + kind + ')' if kind else ''}, not a document auditcheck can read")
    suffix = Path(name).suffix.lower()
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or (
        suffix not in (".md", ".markdown", ".txt") and b"<body" in data[:8192].lower()
    ):
        return "html"
    if suffix in _SUFFIXES and _SUFFIXES[suffix] not in ("pdf", "docx"):
        return _SUFFIXES[suffix]
    if suffix in (".pdf", ".docx"):
        raise DocumentError(name, f"named {suffix} but the content is not a valid {suffix[1:].upper()} file")
    if suffix in (".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".rtf", ".epub"):
        raise DocumentError(name, f"unsupported format {suffix}; convert it to PDF, DOCX, HTML, Markdown or text")
    return "markdown" if _looks_markdown(data[:8192]) else "text"


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if not head:
        return False
    nul = head.count(0)
    if nul:
        # UTF-16 without BOM has zeros in alternate positions; anything else with NULs is binary
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return not (max(even, odd) > 0.3 * len(head) / 2 and min(even, odd) == 0)
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > 0.05 * len(head)


def _binary_kind(head: bytes) -> str:
    signatures = {
        b"\x89PNG": "PNG image",
        b"\xff\xd8\xff": "JPEG image",
        b"GIF8": "GIF image",
        b"\x1f\x8b": "gzip archive",
        b"\xd0\xcf\x11\xe0": "legacy Office document; save it as .docx or PDF",
        b"\x7fELF": "executable",
        b"\x80\x04": "Python pickle; auditcheck never loads pickles",
        b"\x80\x03": "Python pickle; auditcheck never loads pickles",
    }
    for sig, kind in signatures.items():
        if head.startswith(sig):
            return kind
    return ""


def _looks_markdown(sample: bytes) -> bool:
    s = sample.decode("utf-8", errors="ignore")
    lines = s.splitlines()
    return any(line.startswith(("# ", "## ", "### ")) for line in lines) or "\n|---" in s or "\n| ---" in s


def _read(fmt: str, data: bytes, name: str) -> tuple[str, list[Block], str | None, list[int]]:
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    from .plaintext import decode_text

    text = normalise_newlines(decode_text(data, name))
    if "\x00" in text:
        raise DocumentError(name, "binary content (NUL bytes) in a text file")
    if fmt == "html":
        from .html import read_html

        return read_html(text, name)
    if fmt == "markdown":
        from .markdown import read_markdown

        blocks, title = read_markdown(text)
    elif fmt == "text":
        from .plaintext import read_plaintext

        blocks, title = read_plaintext(text)
    else:  # pragma: no cover - guarded by FORMATS
        raise DocumentError(name, f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return text, blocks, title, []


def read_stdin() -> bytes:
    return sys.stdin.buffer.read()
