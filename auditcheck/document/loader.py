"""Pick a reader by content and suffix, enforce input limits, and build a Document.

Every refusal is a DocumentError whose message is one line naming the file and the problem,
so the CLI can print it as is. Content wins over the suffix: a PDF named ``.md`` is read as
a PDF and an HTML page saved as ``.txt`` is read as HTML.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

from ..errors import DocumentError
from .language import MIN_WORDS, distinct_words, english_warning
from .model import Block, Document, normalise_newlines, sha256_of


def _env_limit(default: int) -> int:
    try:
        value = int(os.environ.get("AUDITCHECK_MAX_BYTES", default))
    except ValueError:
        return default
    return value if value > 0 else default


#: Largest input accepted, in bytes; larger files are refused rather than read into memory.
MAX_BYTES = _env_limit(50 * 1024 * 1024)
#: Kept for callers of earlier versions; the minimum is now in words (``MIN_WORDS``).
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

#: File suffixes the readers know; batch and similar discover files by this list.
READABLE_SUFFIXES = frozenset(_SUFFIXES)

_UNSUPPORTED_SUFFIXES = (
    ".doc",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".odt",
    ".rtf",
    ".epub",
    ".pages",
)


def load_document(
    path: str | Path, *, data: bytes | None = None, fmt: str | None = None
) -> Document:
    """Read a file (or given bytes, for standard input) into a Document.

    Args:
        path: the file to read, or the name to report when ``data`` is given.
        data: the raw bytes, when they do not come from ``path`` (standard input, tests).
        fmt: force a reader (one of FORMATS) instead of sniffing the content.

    Raises:
        DocumentError: the file is missing, unreadable, empty, binary, encrypted,
            corrupt, too large, or of a format auditcheck cannot read.
    """
    name = _display_name(path)
    try:
        return _load(path, name, data, fmt)
    except DocumentError as exc:
        # Reasons may quote library messages; keep the promise of one line per error.
        reason = " ".join(exc.reason.split())
        if exc.path == name and reason == exc.reason:
            raise
        raise DocumentError(name, reason) from None


def _load(path: str | Path, name: str, data: bytes | None, fmt: str | None) -> Document:
    if fmt is not None and fmt not in FORMATS:
        raise DocumentError(name, f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if data is None:
        data = _read_bytes(Path(path), name)
    if len(data) > MAX_BYTES:
        raise DocumentError(name, f"file is too large ({len(data):,} bytes; limit {MAX_BYTES:,})")
    if not data:
        raise DocumentError(name, "file is empty (0 bytes)")
    if not data.strip():
        raise DocumentError(name, "file contains only whitespace")
    decoded: str | None = None
    if fmt is None:
        fmt, decoded = _sniff(data, name)
    text, blocks, title, page_starts = _read(fmt, data, name, decoded)
    if not text.strip():
        raise DocumentError(name, f"no readable text found in this {fmt} file")
    if not blocks or distinct_words(text) < MIN_WORDS:
        raise DocumentError(
            name,
            f"no readable text found in this {fmt} file (fewer than {MIN_WORDS} different words)",
        )
    warning = english_warning(text)
    return Document(
        path=name,
        format=fmt,
        text=text,
        blocks=blocks,
        sha256=sha256_of(data),
        title=title,
        page_count=len(page_starts) or None,
        page_starts=page_starts,
        warnings=[warning] if warning else [],
    )


def document_from_text(text: str, *, path: str = "<text>", fmt: str = "markdown") -> Document:
    """Build a Document from a string (tests, criterion examples, the Python API)."""
    return load_document(path, data=text.encode("utf-8"), fmt=fmt)


def _display_name(path: str | Path) -> str:
    # A file name with a control character, a terminal escape or bytes that are not UTF-8
    # (surrogate escapes) must not break the one-line message or reach the terminal raw.
    from ..render.safe import safe_path

    return safe_path(path)


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(name, "is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(name, "not a regular file (device, socket or pipe)")
        if info.st_size > MAX_BYTES:
            raise DocumentError(
                name, f"file is too large ({info.st_size:,} bytes; limit {MAX_BYTES:,})"
            )
        with path.open("rb") as handle:
            # Read one byte past the limit so a file that grew since stat() is still refused.
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(name, "no such file") from None
    except PermissionError:
        raise DocumentError(name, "permission denied") from None
    except IsADirectoryError:
        raise DocumentError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise DocumentError(name, f"cannot read file ({exc.strerror or exc})") from None


def sniff_format(data: bytes, name: str) -> str:
    """Choose a format from the content first, the suffix second.

    Raises:
        DocumentError: the content is binary, an archive or an office format auditcheck
            cannot read.
    """
    return _sniff(data, name)[0]


def _sniff(data: bytes, name: str) -> tuple[str, str | None]:
    """Return the format and, for text formats, the decoded text (so it is decoded once)."""
    head = data[:2048]
    suffix = Path(name).suffix.lower()
    # Only a signature at offset 0 is trusted: a Markdown file may well mention "%PDF-1.4".
    # A file named .pdf may carry a little junk before it (PDF readers allow 1 KB).
    if data.startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf", None
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data, name), None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentError(
                name, "password-protected Office document; remove the password or export it as PDF"
            )
        raise DocumentError(name, "legacy Office format (.doc/.xls/.ppt); save it as .docx or PDF")
    if head.startswith(b"{\\rtf"):
        raise DocumentError(name, "RTF is not supported; save it as .docx, PDF or plain text")
    if _looks_binary(head):
        kind = _binary_kind(head)
        raise DocumentError(
            name,
            f"binary file{' (' + kind + ')' if kind else ''}, not a document auditcheck can read",
        )
    from .plaintext import decode_text

    text = normalise_newlines(decode_text(data, name))
    if "\x00" in text:
        raise DocumentError(name, "binary content (NUL characters) in a text file")
    # Markdown may embed HTML, so a .md or .txt file must be a whole page to count as HTML.
    whole_page_only = _SUFFIXES.get(suffix) in ("markdown", "text")
    if _looks_html(text[:8192], whole_page_only) or (
        suffix in (".html", ".htm", ".xhtml") and "<" in text[:8192]
    ):
        return "html", text
    if _SUFFIXES.get(suffix) in ("markdown", "text"):
        return _SUFFIXES[suffix], text
    if suffix in _UNSUPPORTED_SUFFIXES:
        raise DocumentError(
            name, f"unsupported format {suffix}; convert it to PDF, DOCX, HTML, Markdown or text"
        )
    # A text body under a .pdf/.docx name, or no suffix at all: go by what the text looks like.
    promised = _SUFFIXES.get(suffix)
    if promised in ("pdf", "docx") and distinct_words(text) < MIN_WORDS:
        # Neither the format the name promises nor readable text: say the first, which is what
        # the user expected the file to be.
        raise DocumentError(
            name,
            f"not a {promised.upper()} file (no {promised.upper()} signature) and no readable text",
        )
    return ("markdown" if _looks_markdown(text[:8192]) else "text"), text


def _sniff_zip(data: bytes, name: str) -> str:
    import zipfile  # only a ZIP signature gets here; Markdown and text start faster without it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        if name.lower().endswith(".docx"):
            return "docx"  # the DOCX reader reports the corruption in its own words
        raise DocumentError(
            name, "corrupt ZIP archive, not a document auditcheck can read"
        ) from None
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        kind = "an Excel workbook"
    elif any(n.startswith("ppt/") for n in names):
        kind = "a PowerPoint file"
    elif "content.xml" in names:
        kind = "an OpenDocument file"
    elif "META-INF/container.xml" in names:
        kind = "an EPUB book"
    else:
        kind = "a ZIP archive"
    raise DocumentError(name, f"{kind}, not a Word (.docx) document; export it as PDF or DOCX")


def _looks_binary(head: bytes) -> bool:
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if head.count(0):
        # UTF-16 without a BOM has zeros in every other byte (and only there); any other
        # NUL in a file means binary data.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        half = len(head) / 2
        return not (max(even, odd) > 0.3 * half and min(even, odd) == 0)
    control = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127)
    return control > 0.05 * len(head)


_SIGNATURES = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"II*\x00": "TIFF image",
    b"MM\x00*": "TIFF image",
    b"RIFF": "RIFF media file",
    b"\x1f\x8b": "gzip archive",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
    b"7z\xbc\xaf": "7-Zip archive",
    b"Rar!": "RAR archive",
    b"\x7fELF": "executable",
    b"MZ": "Windows executable",
    b"\xca\xfe\xba\xbe": "executable",
    b"\xcf\xfa\xed\xfe": "executable",
    b"SQLite format 3": "SQLite database",
    b"\x80\x02": "Python pickle; auditcheck never loads pickles",
    b"\x80\x03": "Python pickle; auditcheck never loads pickles",
    b"\x80\x04": "Python pickle; auditcheck never loads pickles",
    b"\x80\x05": "Python pickle; auditcheck never loads pickles",
}


def _binary_kind(head: bytes) -> str:
    for sig, kind in _SIGNATURES.items():
        if head.startswith(sig):
            return kind
    return ""


def _looks_html(sample: str, whole_page_only: bool = False) -> bool:
    lowered = sample.lstrip("\ufeff \t\n").lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return True
    if lowered.startswith("<?xml") and "<html" in lowered:
        return True
    if whole_page_only:
        return lowered.startswith("<") and "<body" in lowered
    # A page fragment: starts with a tag and has a body or several block tags.
    if lowered.startswith("<") and not lowered.startswith("<!--"):
        return (
            "<body" in lowered
            or sum(lowered.count(t) for t in ("<p>", "<p ", "<div", "<h1", "<h2", "<table")) >= 2
        )
    return False


def _looks_markdown(sample: str) -> bool:
    lines = sample.splitlines()
    return (
        any(line.startswith(("# ", "## ", "### ")) for line in lines)
        or "\n|---" in sample
        or "\n| ---" in sample
        or sample.startswith("---\n")
    )


def _read(
    fmt: str, data: bytes, name: str, decoded: str | None
) -> tuple[str, list[Block], str | None, list[int]]:
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    if decoded is None:
        if _looks_binary(data[:2048]):
            raise DocumentError(name, f"binary file, not {fmt} text")
        from .plaintext import decode_text

        decoded = normalise_newlines(decode_text(data, name))
    text = decoded
    if "\x00" in text:
        raise DocumentError(name, "binary content (NUL characters) in a text file")
    if fmt == "html":
        from .html import read_html

        return read_html(text, name)
    if fmt == "markdown":
        from .markdown import read_markdown

        blocks, title = read_markdown(text)
    else:
        from .plaintext import read_plaintext

        blocks, title = read_plaintext(text)
    return text, blocks, title, []


def read_stdin() -> bytes:
    """Read standard input as bytes, at most MAX_BYTES + 1 so an oversized stream is refused.

    Raises:
        DocumentError: standard input is closed or cannot be read.
    """
    try:
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    except (AttributeError, ValueError, OSError):
        # closed (``<&-``) or detached standard input
        raise DocumentError("<stdin>", "standard input is closed or unreadable") from None
