"""Read numbers in digits or words ("forty-two", "1,100", "a dozen", "two hundred and ten")."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_WORDS = rf"(?:(?:a\s+)?(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*)\b"
#: A number in digits (with thousands separators) or in English words, as a regex fragment.
#: Word forms end at a word boundary so "ten" never matches the start of "tenants".
#: A narrow no-break space between thousands ("1\u202f100") is written out as a comma in the
#: plain text the facts layer reads (``auditcheck.text.normalise``), so only the comma is named
#: here; that, and no lookahead, lets the fast engine run every rule built on this fragment.
NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}}\b)+\b|\d+(?:\.\d+)?\b|{_WORDS})"


def parse_number(text: str) -> int | None:
    """Return the integer a digit or word phrase denotes, or None.

    Examples: "1,100" -> 1100, "forty-two" -> 42, "a dozen" -> 12, "two hundred and ten" -> 210,
    "3.5" -> 3 (counts are whole numbers), "many" -> None.
    """
    s = text.strip().lower().replace("\u202f", ",")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return int(s.replace(",", ""))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return int(float(s))
    words = [w for w in re.split(r"[\s-]+", s) if w and w != "and"]
    if words and words[0] == "a":
        words = words[1:] or ["?"]
        if words[0] not in _SCALES and words[0] != "dozen":
            return None  # "a" counts only before "dozen", "hundred", "thousand"
    total = 0
    current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current if words else None
