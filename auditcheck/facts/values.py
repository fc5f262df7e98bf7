"""How a fact hit becomes a value: numbers read, names cleaned, guards on the value applied."""

from __future__ import annotations

from ..text import cached_re as re
from ..text.numbers import parse_number
from .spec import Rule

_ORG_WORDS = re.compile(
    r"\b(?:Solutions?|Compliance|Services?|Consult\w*|Audit\w*|Assurance|Partners?|Group"
    r"|International|"
    r"Associates|Certification|Verification|Limited|Ltd|Inc|GmbH|LLC|Company|Institute|Foundation"
    r"|Bureau)\b"
)
_NAME_NOISE = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "our",
    "we",
    "it",
    "its",
    "they",
    "company",
    "firm",
}


def value_of(rule: Rule, m: re.Match[str]) -> tuple[object, tuple[int, int]]:
    none: tuple[object, tuple[int, int]] = (None, (0, 0))
    if rule.value == "number":
        groups = m.groupdict()
        key = "n" if groups.get("n") else "n2"
        raw = groups.get(key)
        if raw is None:
            return none
        n = parse_number(raw)
        if n is None or n <= 0 or n > 10_000_000:
            return none
        if (
            "not_a_year" in rule.guards
            and 1900 <= n <= 2100
            and re.fullmatch(r"\d{4}", raw.strip())
        ):
            return none  # a year, not a headcount
        if "at_most_1000" in rule.guards and n > 1000:
            return none
        return n, m.span()
    if rule.value in ("true", "match"):
        return (True if rule.value == "true" else " ".join(m.group(0).split())), m.span()
    if rule.value.startswith("group:"):
        groups = m.groupdict()
        for role in ("role", "role2"):
            if groups.get(role):
                return groups[role].lower(), m.span()
        group = rule.value.split(":", 1)[1]
        raw = groups.get(group)
        if not raw:
            return none
        cleaned = _clean_name(raw)
        if cleaned is None:
            return none
        if "not_a_title" in rule.guards and re.fullmatch(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?", cleaned[0]):
            return none  # a title, not a firm: the person is a named auditor (rule above)
        if "not_an_organisation" in rule.guards and _ORG_WORDS.search(cleaned[0]):
            return none  # "Audit team: Ardent Compliance Solutions" names a firm, not people
        name, length = cleaned
        # A name that ends the match ends the quote; otherwise quote the whole match.
        end = m.start(group) + length if m.end(group) == m.end() else m.end()
        return name, (m.start(), end)
    return rule.value, m.span()


_ABBREVIATIONS = (
    "Ltd.",
    "Inc.",
    "Co.",
    "Corp.",
    "Dr.",
    "Mr.",
    "Ms.",
    "Mrs.",
    "St.",
    "No.",
    "S.A.",
    "B.V.",
    "e.V.",
)
_JOINERS = {"of", "and", "for", "de", "du", "der", "des", "la", "le", "van", "von", "&"}


def _clean_name(raw: str) -> tuple[str, int] | None:
    """Cut a captured name at a sentence end; drop trailing joiners and punctuation.

    Returns the name with its whitespace normalised and the length of the prefix of ``raw``
    it came from, so the evidence span can end exactly where the name ends.
    """
    cut = raw
    # a sentence end inside the capture: "SGS. Workers" -> "SGS"
    for m in re.finditer(r"\.\s", cut):
        head = cut[: m.start() + 1]
        if not head.endswith(_ABBREVIATIONS) and not re.search(r"(?:^|\s)[A-Z]\.$", head):
            cut = head
            break
    while True:
        trimmed = re.sub(r"[\s,;:\-–]+$", "", cut)
        if trimmed.endswith(".") and not trimmed.endswith(_ABBREVIATIONS):
            trimmed = trimmed[:-1]
        words = trimmed.split()
        if words and words[-1].lower() in _JOINERS:
            trimmed = trimmed[: len(trimmed) - len(words[-1])]
        if trimmed == cut:
            break
        cut = trimmed
    name = " ".join(cut.split())
    if len(name) < 2 or name.lower() in _NAME_NOISE:
        return None
    return name, len(cut)
