"""Make untrusted text safe for terminals, Markdown and spreadsheets: the one sanitiser.

Everything auditcheck prints to a terminal that could come from outside (file names, error
messages quoting a file, criterion titles from a user's pack, document text) goes through
``terminal_safe`` / ``one_line`` / ``safe_path``, so an escape sequence in a file name or a
title (a screen clear, an OSC title change, a bidi override) is shown, never obeyed.
``csv_cell`` applies OWASP's advice against CSV formula injection.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

# C0 and C1 controls (tab and newline are handled by the callers that keep lines), DEL,
# zero-width and bidi controls, line/paragraph separators, and lone surrogates (how Python
# carries the bytes of a file name that is not UTF-8).
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_CONTROL_ALL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a surrogate-escaped raw byte of a non-UTF-8 file name
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """Replace control characters (ANSI escapes, bidi overrides) with visible placeholders."""
    return _CONTROL.sub(_escape, text)


def one_line(text: str) -> str:
    """Terminal-safe text on one line (runs of whitespace, newlines included, become a space)."""
    return " ".join(terminal_safe(text).split())


def safe_path(path: str | bytes | Path) -> str:
    """A file name fit for one terminal line: every control character and raw byte escaped.

    Bytes that are not UTF-8 (``os.fsdecode`` keeps them as surrogates) show as ``\\xNN``,
    so the name stays recognisable and the original bytes can be recovered from it.
    """
    name = os.fsdecode(path) if isinstance(path, bytes) else str(path)
    return _CONTROL_ALL.sub(_escape, name)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def markdown_quote(text: str) -> str:
    """Escape a quote for inline Markdown so it cannot inject HTML, links or tables."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula (OWASP CSV injection advice).

    Text starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
    apostrophe. Numbers are left alone, so a negative score stays a number.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
