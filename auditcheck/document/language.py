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

# A word: a letter then 1-39 letters or digits, or one CJK/kana/hangul character (those
# scripts do not space words).
# Bounded repetition keeps this linear even on 50 MB of one letter.
_WORD = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
    r"|[^\W\d_\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}][^\W_\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{1,39}"
)
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
    """Share of sampled words that are English function words, and how many were sampled."""
    step = max(1, len(text) // 50)
    words: list[str] = []
    # Sample 50 evenly spaced windows so a long text costs the same as a short one.
    per_window = _SAMPLE_WORDS // 50
    for start in range(0, len(text), step):
        for taken, match in enumerate(_WORD.finditer(text, start, min(len(text), start + step)), 1):
            words.append(match.group())
            if taken >= per_window:
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
        f"The text is mainly not in English ({share:.0%} English function words); the criteria "
        "are written in English, so most of them cannot match and the score understates what "
        "the document may say. Score an English version if one exists."
    )
