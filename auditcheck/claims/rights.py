"""Rights of workers, affirmed or denied: a right denied ("none of the 52 workers held their own
passport") is an adverse finding, and a right found held by every worker ("every worker was paid
in full and on time") is a clean one. Both read the same class of rights (``violations.RIGHTS``)
and the same negation scope."""

from __future__ import annotations

from ..text import cached_re as re
from . import grammar as g
from . import violations as vw
from .base import NONE_SUBJECT, SPLIT_CLAUSE, WORKERS, rx
from .polarity import negated_before

#: A clause whose subject is quantified by a negation: "None of the ...", "Not a single ...".
_NONE_SUBJECT = re.compile(rf"\s*[\"“]?{NONE_SUBJECT}\b", re.IGNORECASE)

#: Everyone in a group: "all 48 residents", "every worker", "each of the crew members".
_EVERYONE = rx(
    r"\b(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?(?:the\s+)?(?:\d[\d,]*\s+)?(?:[\w’'-]+\s+){0,2}?"
    rf"(?:{WORKERS}|residents?|staff|women|men)\b"
)


#: Where a subject starts: the sentence's start, after clause punctuation, or after "that".
_SUBJECT_SLOT = re.compile(r"(?:^\s*|[,;:]\s+|\bthat\s+)$", re.IGNORECASE)


def everyone_has_a_right(sentence: str) -> tuple[int, int, str] | None:
    """'Every worker held their own passport and was paid in full': a right affirmed for all is
    a clean finding, the counterpart of a right denied (``find_right_denied``)."""
    group = _EVERYONE.search(sentence)
    # the group must be the subject: "charged each worker a fee, which was repaid" is not
    if group is None or not _SUBJECT_SLOT.search(sentence, 0, group.start()):
        return None
    right = vw.RIGHTS.search(sentence, group.end(), min(len(sentence), group.end() + 120))
    if right is None or negated_before(sentence, group.start(), right.start()):
        return None
    return group.start(), right.end(), "a right found held by every worker"


#: Workers held where they live or work: "workers could not leave the dormitory after 10 pm".
_CONFINED = re.compile(
    r"\b(?:could\s*not|couldn[’']t|cannot|can[’']t|(?:were|was)\s+not\s+able\s+to|unable\s+to)\s+"
    r"(?:leave|exit)\s+(?:the\s+|their\s+)?(?:dormitor(?:y|ies)|compound|premises|hostels?"
    r"|camp|vessel|boat|factory|site)\b",
    re.IGNORECASE,
)


def find_right_denied(sentence: str) -> tuple[int, int, str] | None:
    """'None of the 52 workers held their own passport': a negated right is an adverse finding."""
    confined = _CONFINED.search(sentence)
    if (
        confined
        # the confined are workers, named before: not "auditors were unable to leave the site"
        and re.search(rf"\b(?:{WORKERS}|they)\b", sentence[: confined.start()], re.IGNORECASE)
        and not g.QUESTION.search(sentence)
        and not re.search(r"\b(?:whether|if|risk)\b", sentence, re.IGNORECASE)
    ):
        return confined.start(), confined.end(), "a right denied to workers"
    right = vw.RIGHTS.search(sentence)
    if (
        right
        and (
            negated_before(sentence, 0, right.start())
            # "none of the 30 pickers we interviewed had been repaid": the quantified subject
            # governs its predicate however many words stand between
            or _NONE_SUBJECT.match(SPLIT_CLAUSE.split(sentence[: right.start()])[-1])
        )
        and not g.QUESTION.search(sentence)
        and not g.NEGATED_CLAIM.search(sentence)
        and not re.search(r"\b(?:whether|if)\b", sentence, re.IGNORECASE)
    ):
        return right.start(), right.end(), "a right denied to workers"
    return None
