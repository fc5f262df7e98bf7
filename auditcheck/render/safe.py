"""Make untrusted document text safe for terminals and Markdown."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Replace control characters (ANSI escapes, bidi overrides) with visible placeholders."""
    return _CONTROL.sub(lambda m: "\\x%02x" % ord(m.group()) if ord(m.group()) < 256 else "\\u%04x" % ord(m.group()), text)


def one_line(text: str) -> str:
    return " ".join(terminal_safe(text).split())


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def markdown_quote(text: str) -> str:
    """Escape a quote for inline Markdown so it cannot inject HTML, links or tables."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))
