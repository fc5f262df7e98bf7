"""Polarity of a pattern match: is the matched statement negated in its own clause?

"The team did not review the dormitory rules" is evidence against dormitory coverage, not for
it. A match is negated when a negation governs it: it stands within a few words before the match,
in the same clause, and is not part of the match itself (patterns that contain their own
negation, such as "no fees were charged", are read as written).
"""

from __future__ import annotations

from ..text import cached_re as re
from .base import past_fronted_clause

#: Words before the match that a negation may stand within and still govern it.
REACH = 7

_CLAUSE_BREAK = re.compile(
    r",\s+(?=(?:we|they|it|he|she|the|our|its|their|this|that|these|workers|management)\b)|[;:(]|,\s+(?:but|while|whereas|although|though|yet|however|and\s+(?:then|later))\b|\s[-–—]\s|\b(?:but|whereas|although|however)\b"
    # "had not paid fees and were free to leave": "and" with a new verb starts a new predicate
    r"|\band\s+(?=(?:were|was|are|is|had|have|has|could|can|did|do|does|will|would)\b)",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no(?!\.\s*(?:of\b|\d))|none|nothing|nowhere|neither|nor|nobody|cannot|without|failed\s+to|fail\s+to|unable\s+to|refused\s+to|did\s*n[’']t|"
    r"does\s*n[’']t|do\s*n[’']t|was\s*n[’']t|were\s*n[’']t|has\s*n[’']t|have\s*n[’']t|had\s*n[’']t|could\s*n[’']t|lack(?:ed|s|ing)?|absence\s+of)\b"
    r"|n[’']t\b",
    re.IGNORECASE,  # "No off-site interviews were held", "None of the workers ..." open sentences
)
#: Negation words that do not negate what follows them.
_NOT_A_NEGATION = re.compile(
    r"\bnot\s+only\b|\bno\s+(?:later|earlier|less|more|fewer)\s+than\b|\bwhether\s+or\s+not\b|\bif\s+not\b|\bnot\s+least\b"
    r"|\bwithout\s+(?:management|supervisors?|managers?|company|employer|the\s+(?:management|employer|company|supervisors?))"
    r"|\bwithout\s+(?:prior\s+)?(?:notice|warning|announcement)|\bno\s+one\s+(?:else\s+)?(?:from|of)\s+(?:management|the\s+company)"
    r"|\bnot\s+(?:announced|pre-?announced|notified|accompanied|present|informed|selected\s+by\s+management)\b",
    re.IGNORECASE,
)
#: A negated that-complement: "found no evidence that ...", "saw no sign that ...". It governs
#: its whole clause, coordinated "and that ..." included, however many words it runs to.
_NEGATED_COMPLEMENT = re.compile(
    r"\b(?:no|not\s+(?:any|find\s+any|see\s+any))\s+(?:\w+\s+){0,2}?(?:evidence|indications?"
    r"|signs?|proof|suggestion|grounds|reason\s+to\s+(?:believe|think))\s+that\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")
#: What an audit does. A negation matters for coverage only when it denies the audit's own act
#: ("did not interview", "no off-site interviews"), not when it is the content of a finding
#: ("workers had not freely chosen the job" is coverage of free choice).
_METHOD_ACT = re.compile(
    r"\b(?:interview\w*|visit\w*|review\w*|examin\w*|trac(?:e|ed|ing)|check\w*|assess\w*|audit\w*|inspect\w*|ask\w*|asked|cover\w*|includ\w*"
    r"|look\w*|spoke|speak\w*|talk\w*|consult\w*|verif\w*|test\w*|sampl\w*|select\w*|meet|met|observ\w*|disclos\w*|publish\w*|nam(?:e|ed|ing)"
    r"|signed|signing|sign\s+off|provid\w*|describ\w*|explain\w*|stat(?:e|ed|es)|identif\w*|conduct\w*|carr(?:y|ied)\s+out|perform\w*|contact\w*|hear|heard|access\w*"
    r"|allow\w*|permit\w*|engag\w*|obtain\w*|collect\w*|map\w*|investigat\w*|cross-check\w*|compar\w*|go|went|able)\b",
    re.IGNORECASE,
)


def negated_before(
    text: str, sentence_start: int, match_start: int, match_end: int | None = None
) -> bool:
    """True when a negation in the match's own clause, just before it, denies an audit act.

    With ``match_end`` the match's own first words count as the act ("no [off-site interviews]");
    without it any negation governs (used for claims, where the content is the point).
    """
    lead = past_fronted_clause(text[sentence_start:match_start])
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end() :]
    if match_end is None and _NEGATED_COMPLEMENT.search(lead):
        return True
    words = _WORD.findall(lead)[-REACH:]
    window = " ".join(words)
    if not window:
        return False
    cleaned = _NOT_A_NEGATION.sub(" ", window)
    negations = list(_NEGATION.finditer(cleaned))
    if not negations:
        return False
    negation = negations[-1]  # the nearest negation before the match
    if match_end is None:
        return True
    after = cleaned[negation.end() :] + " " + " ".join(text[match_start:match_end].split()[:3])
    return bool(_METHOD_ACT.search(" ".join(after.split()[:6])))
