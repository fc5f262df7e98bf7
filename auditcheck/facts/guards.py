"""Guards a fact hit must pass: negation in its sentence, and absence claims asserted flat."""

from __future__ import annotations

from ..text import cached_re as re

_I = re.IGNORECASE

# Sentence openings that turn an absence claim into a discussion of one.
_ABSENCE_GUARD = re.compile(
    r"\b(?:does\s+not|do\s+not|doesn['’]t|did\s+not|didn['’]t)\s+"
    r"(?:mean|prove|establish|guarantee|imply|show)\b"
    r"|\bcannot\s+(?:conclude|say|confirm|guarantee|be\s+sure)|\bno\s+guarantee\b|\beven\s+if\b"
    r"|\bwhether\b|\bif\s+there\s+(?:is|are|were|was)\b|\babsence\s+of\s+evidence\b"
    r"|\bnot\s+(?:to\s+)?(?:say|claim|conclude)\b|\bunable\s+to\s+(?:confirm|conclude|say)"
    # aims, duties and policies are not findings: "suppliers must ensure there is no forced labour"
    r"|\b(?:ensure[sd]?|ensuring|make\s+sure|aims?|goal|commit(?:s|ted|ment)?|strive[sd]?|seek"
    r"|requires?|required|expects?|expected|must|should|shall|will|prohibit(?:s|ed)?"
    r"|zero[- ]tolerance|tolerate)\b",
    _I,
)
_ABSENCE_DENIED = re.compile(
    r"[^.\n]{0,30}?\b(?:does\s+not|do\s+not|doesn['’]t|is\s+not|cannot)\s+"
    r"(?:mean|prove|establish|guarantee|imply|show|proof)",
    _I,
)
# Words after an absence claim that bound it ("... of systemic forced labour", "at a level to
# indicate").
_ABSENCE_BOUND = re.compile(
    r"^[^.\n]{0,40}?\b(?:at\s+a\s+level|systemic|widespread)\b|\bsystemic\s*$|\bwidespread\s*$", _I
)
# Words that keep a sentence from asserting a fact: negations, and questions ("asked whether ...").
_NEGATION = re.compile(
    r"\bno\b(?!\.|\s*[:#])|\b(?:whether|asked|not|never|without|neither|nor|none|cannot|can['’]t"
    r"|didn['’]t|wasn['’]t|weren['’]t|unable)\b",
    _I,
)
_SENTENCE_START = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _sentence_start(text: str, pos: int, limit: int = 200) -> int:
    lo = max(0, pos - limit)
    last = lo
    for m in _SENTENCE_START.finditer(text, lo, pos):
        last = m.end()
    return last


def negated(text: str, start: int, end: int) -> bool:
    """True if the words just before the match, in its sentence, or the match itself negate it."""
    before = text[max(_sentence_start(text, start, 60), start - 40) : start]
    return bool(_NEGATION.search(before) or _NEGATION.search(text, start, end))


def asserted(text: str, start: int, end: int) -> bool:
    """An absence claim counts only when it is asserted flat, not hedged or discussed."""
    if _ABSENCE_GUARD.search(text, _sentence_start(text, start), start):
        return False
    if _ABSENCE_DENIED.match(text, end):  # "a clean audit does not mean ..."
        return False
    # "We do not classify the site as free of forced labour": a negation earlier in the clause.
    clause = text[_sentence_start(text, start) : start]
    clause = re.split(r"[,;:\u2014]", clause)[-1]
    if _NEGATION.search(clause):
        return False
    tail = text[end : end + 60]
    return not (
        _ABSENCE_BOUND.search(text[start:end])
        or _ABSENCE_BOUND.search(tail)
        or re.search(r"\bsystemic\b", text[start:end], _I)
    )
