"""Cheap, deterministic checks on what a decoded text is made of: words, and whether it is English.

The criteria are written in English, so a report in another language mostly scores "not
shown" without saying why; ``english_warning`` gives the reason a reader sees in the report's
notes. It is a warning, never a refusal: a mixed or bilingual report is still scored.
"""

from __future__ import annotations

import regex

#: Fewest distinct words a document must have to be evaluated.
MIN_WORDS = 3
#: Share of English function words below which a text is called mainly not English.
MIN_ENGLISH_SHARE = 0.08
#: Words sampled for the language check (spread over the whole text).
_SAMPLE_WORDS = 20_000

# A word: a letter then 1-39 letters or digits, a number, or one CJK/kana/hangul character
# (those scripts do not space words). Bounded repetition keeps this linear even on 50 MB of
# one letter.
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_WORD = regex.compile(rf"[{_CJK}]|[^\W\d_{_CJK}][^\W_{_CJK}]{{1,39}}|\d{{1,40}}")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "was",
        "were",
        "are",
        "be",
        "this",
        "it",
        "or",
        "at",
        "from",
        "not",
        "an",
        "which",
        "have",
        "has",
        "had",
        "their",
        "its",
        "they",
        "he",
        "she",
        "we",
        "our",
        "there",
        "been",
        "but",
        "no",
        "all",
        "any",
    ]
)


def distinct_words(text: str, enough: int = MIN_WORDS) -> int:
    """Count distinct words, stopping as soon as ``enough`` are found."""
    seen: set[str] = set()
    for looked, match in enumerate(_WORD.finditer(text)):
        seen.add(match.group().lower())
        # A real text shows a handful of different words long before 10,000 words in.
        if len(seen) >= enough or looked >= 10_000:
            break
    return len(seen)


def english_share(text: str) -> tuple[float, int]:
    """Share of sampled words that are English function words, and how many were sampled.

    A text up to 200,000 characters is read whole; a longer one through 50 windows of 4,000
    characters spread over it (each starting at a space, so no word is cut), so a long text
    costs the same as a short one.
    """
    if len(text) <= 200_000:
        windows = [(0, len(text))]
    else:
        step = len(text) // 50
        windows = []
        for i in range(50):
            begin = text.find(" ", i * step)
            begin = i * step if begin == -1 else begin
            end = text.rfind(" ", begin, begin + 4000)
            windows.append((begin, end if end > begin else begin + 4000))
    words: list[str] = []
    for begin, end in windows:
        for match in _WORD.finditer(text, begin, end):
            words.append(match.group())
            if len(words) >= _SAMPLE_WORDS:
                break
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    return hits / len(words), len(words)


def english_warning(text: str) -> str | None:
    """A note for the report when the text is mainly not English, else None."""
    share, sampled = english_share(text)
    if sampled < 30 or share >= MIN_ENGLISH_SHARE:
        return None
    return (
        f"The text is mainly not in English ({share:.0%} English function words); its "
        "conclusions are read in English or German, but the criteria are written in English, so "
        "most of them cannot match and the score understates what the document may say about "
        "its method. Score an English version if one exists."
    )
