"""Read numbers written in digits or words ("forty-two", "1,100", "about 80")."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12,
    "dozen": 12,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}

_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
#: A number in digits (with thousands separators) or in English words, as a regex fragment.
NUMBER = rf"(?:\d{{1,3}}(?:[,\u202f ]\d{{3}})+|\d+(?:\.\d+)?|(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*))"


def parse_number(text: str) -> int | None:
    """Return the integer a digit or word phrase denotes, or None."""
    s = text.strip().lower().replace("\u202f", ",")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+", s):
        return int(re.sub(r"[, ]", "", s))
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return int(float(s))
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", s.replace("a dozen", "dozen")):
        if word in ("and", ""):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
