"""Plain-text reader: decode any common encoding, then paragraphs split at blank lines."""

from __future__ import annotations

from .model import Block, paragraph_blocks


def decode_text(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM or zero-byte pattern) or cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A truncated last byte should not cost the whole document; it becomes U+FFFD.
        return data.decode("utf-16", errors="replace")
    sample = data[:4096]
    if len(sample) >= 4:
        even_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_zero > 0.3 and even_zero < 0.05:
            return data.decode("utf-16-le", errors="replace")
        if even_zero > 0.3 and odd_zero < 0.05:
            return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors="replace")


def read_plaintext(text: str) -> tuple[list[Block], str | None]:
    """Split decoded plain text into blocks; the first heading is the title."""
    blocks = paragraph_blocks(text)
    title = next((b.text for b in blocks if b.kind.value == "heading"), None)
    return blocks, title
