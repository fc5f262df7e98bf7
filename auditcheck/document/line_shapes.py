"""The shape of one line of extracted text: headings, bullets, table rows, running headers.

The paragraph splitter (paragraphs.py) asks these predicates whether a line is a heading (and
of which level), a bullet, a row of a table, body text, or a header or page number repeated on
many pages; they look only at the line's characters and its neighbours' widths.
"""

from __future__ import annotations

import re

#: First parts of compounds and prefixes that keep their hyphen when it falls at a line end
#: ("third-|party", "off-|site", "re-|interviewed"); any other word broken at a hyphen was
#: hyphenated to fit the line ("recruit-|ment").
COMPOUND_FIRST_PARTS = (
    "third",
    "off",
    "on",
    "follow",
    "self",
    "non",
    "long",
    "short",
    "full",
    "cross",
    "first",
    "well",
    "re",
    "co",
    "pre",
    "post",
    "sub",
    "semi",
    "multi",
    "anti",
    "mid",
    "ex",
)
_SENTENCE_END = (".", "!", "?", ".\u201d", '."', ".)", "?\u201d", "!\u201d", ".\u2019", ".'")
_SMALL_WORDS = {
    "a",
    "an",
    "and",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
    "&",
    "-",
    "\u2013",
}
_BULLETS = (
    "- ",
    "* ",
    "\u2022 ",
    "\u00b7 ",
    "\u2013 ",
    "\u25cf ",
    "\u25aa ",
    "\u25e6 ",
    "\uf0b7 ",
    "o ",
)
LONE_BULLETS = {"-", "*", "\u2022", "\u00b7", "\u25cf", "\u25aa", "\u25e6", "\uf0b7"}


_DATE_LINE = re.compile(
    r"(?:(?:updated|signed|dated|published)\s+(?:in|on)?\s*)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}$",
    re.IGNORECASE,
)


_DIGITS = re.compile(r"\d+")
_PAGE_WORD = re.compile(r"\bpage\s*#|#\s*(?:of|/)\s*#", re.IGNORECASE)
_NUMERIC = re.compile(r"[\d.,%/()\-]*\d[\d.,%/()\-]*")


def is_underline(s: str) -> bool:
    """Three or more '=' or three or more '-', nothing else (``strip`` stops at the first other
    character, where building the line's set of characters read it all)."""
    return len(s) >= 3 and (not s.strip("=") or not s.strip("-"))


def _ends_sentence(s: str) -> bool:
    return s.endswith(_SENTENCE_END)


def ends_paragraph(prev: str, line: str, width: float) -> bool:
    """A sentence-closing line clearly shorter than the run's lines ends a paragraph."""
    if not _ends_sentence(prev) or not line:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"\u201c'\u2018("):
        return False
    # Unwrapped text (one paragraph per line) has no short last lines to go by.
    return width > 160 or len(prev) < 0.85 * width


def heading_level(
    s: str,
    prev: str,
    nxt: str,
    after: str,
    width: float,
    *,
    at_run_start: bool,
    styled: bool | None = None,
) -> int | None:
    """Return the level of a heading line (0 = decide from its style later), or None.

    ``nxt`` is the next non-blank line and ``after`` the one after it: a heading is followed
    by body text, or by a sub-heading that is itself followed by body text. ``styled`` says
    whether the line is set in bold or a larger font (None: not known); a styled line need
    not stand apart from the lines around it, an unstyled one is never a heading.
    """
    if styled is False:
        return None
    if styled:
        at_run_start = True
    if s.startswith("#"):
        hashes = len(s) - len(s.lstrip("#"))
        if 1 <= hashes <= 6 and s[hashes : hashes + 1] == " " and s[hashes:].strip():
            return hashes
        return None
    if len(s) > 90 or len(s.split()) > 12 or not nxt:
        return None
    if (
        not (s[0].isupper() or s[0].isdigit())
        or sum(c.isalpha() for c in s) < 3
        or _DATE_LINE.match(s)
    ):
        return None
    if s.endswith((".", ",", ";", ":", "!", "?", "\u2014", "-")) and not _numbered(s.rstrip(".")):
        return None
    if _table_row(s):
        return None
    if not at_run_start and not (_ends_sentence(prev) or prev.endswith(":")):
        return None
    if not at_run_start and len(s) >= 0.75 * width:
        return None
    words = s.split()
    if words[-1].lower() in _SMALL_WORDS or s.endswith((",", "(")):
        return None
    numbered = _numbered(s)
    if numbered:
        title = s.split(" ", 1)[1]
        if not (
            title[:1].isupper() and (_title_case(title) or len(title.split()) <= 6)
        ) or s.endswith("."):
            return None
    elif not (
        all_caps(s)
        or _title_case(s)
        or (len(words) <= 8 and (at_run_start or len(s) < 0.6 * width))
    ):
        # Sentence-case headings ("Risk assessment") must be short and stand out.
        return None
    if not _body_like(nxt) and not (
        after and _heading_shape(nxt) and (_body_like(after) or is_underline(after))
    ):
        return None
    if numbered:
        return min(4, s.split(" ", 1)[0].rstrip(".").count(".") + 1)
    return 0


def running_lines(stripped: list[str]) -> list[bool]:
    """Mark page numbers and running headers or footers (lines repeated on many pages).

    Digits are ignored when comparing, so "Report - page 2" and "Report - page 3" count as
    the same footer; a footer that names its page repeats on every page, so two are enough.
    """
    keys = [_DIGITS.sub("#", s) if s and len(s) < 90 else "" for s in stripped]
    counts: dict[str, int] = {}
    for key in keys:
        if key:
            counts[key] = counts.get(key, 0) + 1
    out = []
    for s, key in zip(stripped, keys, strict=True):
        n = counts.get(key, 0) if key else 0
        paged = bool(_PAGE_WORD.search(key)) if key else False
        out.append(bool(s) and (n >= 3 or (n >= 2 and paged) or not any(c.isalpha() for c in s)))
    return out


def _table_row(s: str) -> bool:
    """A line of a flattened table ("Nepali workers 402 48"): numbers after the first word."""
    tokens = s.split()[1:]
    numeric = [t for t in tokens if _NUMERIC.fullmatch(t)]
    return len(numeric) >= 2 or (
        bool(numeric) and numeric[-1] == tokens[-1] and len(tokens[-1]) >= 2
    )


def _body_like(s: str) -> bool:
    """What follows a heading: a capitalised line of several words, or a list item."""
    if is_bullet(s) or s in LONE_BULLETS:
        return True
    return (
        bool(s) and (s[0].isupper() or s[0].isdigit() or s[0] in '"\u201c(') and len(s.split()) >= 4
    )


def _heading_shape(s: str) -> bool:
    words = s.split()
    return (
        0 < len(words) <= 8
        and (s[0].isupper() or _numbered(s))
        and not s.endswith((".", ",", ";", ":", "!", "?"))
        and words[-1].lower() not in _SMALL_WORDS
        and (all_caps(s) or _title_case(s))
    )


def all_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _title_case(s: str) -> bool:
    words = [w for w in s.split() if any(c.isalpha() for c in w)]
    if not words or (not words[0][0].isupper() and not words[0][0].isdigit()):
        return False
    if len(words) <= 3:
        return True
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps >= 0.6 * len(content)


def _numbered(s: str) -> bool:
    """``3``, ``3.2`` or ``3.2.1`` (one or two digits a part) followed by a title."""
    if " " not in s:
        return False
    head = s.split(" ", 1)[0].rstrip(".)")
    parts = head.split(".")
    return 1 <= len(parts) <= 4 and all(p.isdigit() and len(p) <= 2 for p in parts)


def is_bullet(line: str) -> bool:
    s = line.lstrip()
    if s.startswith(_BULLETS[:-1]) or (s.startswith("o ") and len(s) > 2 and s[2:3].isupper()):
        return True
    head = s.split(" ", 1)[0]
    return (
        2 <= len(head) <= 4
        and head[:-1].isdigit()
        and head.endswith((")", "."))
        and len(s.split()) > 6
    )
