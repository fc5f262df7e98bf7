"""Plain-text reader: decode any common encoding (whole-file detection), then split paragraphs."""

from __future__ import annotations

from .model import Block
from .paragraphs import paragraph_blocks

#: A file that is UTF-8 but for this share of broken sequences (or a handful) stays UTF-8.
_STRAY_SHARE = 0.02


def decode_text(data: bytes, path: str) -> str:
    """Decode bytes: BOMs and UTF-16 first, then UTF-8, then the encoding of the whole file.

    A file that is UTF-8 except for a few stray invalid bytes stays UTF-8 and the stray bytes
    become U+FFFD; only a file that is not UTF-8 at all goes to detection (charset-normalizer,
    which knows GBK, Big5, Shift-JIS, EUC-KR and the single-byte code pages), over the whole
    file rather than its first kilobytes.
    """
    return decode_bytes(data)[0]


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return the decoded text and the name of the encoding used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A truncated last byte should not cost the whole document; it becomes U+FFFD.
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4096]
    if len(sample) >= 4:
        even_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_zero > 0.3 and even_zero < 0.05:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even_zero > 0.3 and odd_zero < 0.05:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    if _mostly_utf8(data, replaced):
        return replaced, "utf-8"
    encoding = _detect(data)
    return data.decode(encoding, errors="replace"), encoding


def _mostly_utf8(data: bytes, replaced: str) -> bool:
    broken = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = (
        sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd") if broken < 1000 else 0
    )
    # Valid multi-byte sequences are rare by chance in other encodings; a text full of them
    # with a few broken ones is UTF-8 with damage, not another encoding.
    return non_ascii > 0 and broken <= max(3, _STRAY_SHARE * non_ascii)


#: Encodings the detector may name that are never a Western code page in disguise.
_MULTIBYTE = (
    "gb18030",
    "gbk",
    "gb2312",
    "big5",
    "big5hkscs",
    "cp950",
    "cp932",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "cp949",
    "euc_kr",
    "johab",
    "utf_16",
    "utf_32",
    "utf_8",
)
#: Languages written in a non-Latin script; a single-byte code page is trusted only for these.
_NON_LATIN = {
    "Russian",
    "Ukrainian",
    "Bulgarian",
    "Serbian",
    "Macedonian",
    "Belarusian",
    "Kazakh",
    "Greek",
    "Hebrew",
    "Arabic",
    "Farsi",
    "Persian",
    "Thai",
    "Hindi",
    "Chinese",
    "Japanese",
    "Korean",
    "Vietnamese",
}


def _detect(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return "cp1252"
    best = from_bytes(data).best()
    if best is None or not best.encoding:
        return "cp1252"
    encoding = str(best.encoding)
    if encoding.startswith(_MULTIBYTE) or best.language in _NON_LATIN:
        return encoding
    # Latin-script text: the detector cannot tell sibling code pages apart on letters alone
    # and often names a DOS page; Windows-1252 is by far the likeliest and has curly quotes.
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return encoding
    return "cp1252"


def read_plaintext(text: str) -> tuple[list[Block], str | None]:
    """Split decoded plain text into blocks; the first heading is the title."""
    blocks = paragraph_blocks(text)
    title = next((b.text for b in blocks if b.kind.value == "heading"), None)
    return blocks, title
