"""The mood of a clean claim: a question, a rule, a condition, a negated or retracted claim, or
one the sentence disputes, none of which counts as the claim made; asserted or reported when none
applies (``voice`` decides whose it is)."""

from __future__ import annotations

from ..models import Modality
from ..text import cached_re as re
from . import grammar as g
from .absence import double_negated
from .base import Author, blanked

_DOES_NOT_SHOW = re.compile(
    r"\b(?:does|do|did|can|could|will)\s*(?:not|n[o’']t)\s+(?:tell|show|mean|establish|prove"
    r"|demonstrate|confirm|say|imply|guarantee)\s+(?:us\s+|you\s+|anyone\s+|readers\s+)?that\b",
    re.IGNORECASE,
)


def clean_modality(sentence: str, clause: str, before: str, author: Author) -> Modality | None:
    """The mood of a clean claim, when it is not simply asserted or reported."""
    if g.QUESTION.search(sentence):
        return "question"
    if g.GENERIC.search(sentence):
        return "negated"
    if (
        double_negated(before, len(before) - 1)
        or g.NEGATED_CLAIM.search(clause)
        # "it does not tell us that forced labour is absent": what a result does not show
        or _DOES_NOT_SHOW.search(sentence, max(0, len(before) - 40))
    ):
        return "negated"
    if (
        g.CONDITIONAL.search(before)
        or re.match(r"\s*[\"“]?(?:if|unless|should|whether|where)\b", clause, re.IGNORECASE)
        # "asked the auditors to establish whether workers are employed voluntarily": a question
        # the audit was given, not its answer
        or re.search(r"\bwhether\s+(?:[\w’'-]+\s+){0,8}$", before, re.IGNORECASE)
    ):
        return "conditional"
    if g.BARE_INSTRUCTION.match(sentence):
        return "obligation"
    # "we are committed to ... and found no forced labour": a finding verb wins over the policy word
    if (g.states_obligation(before) or g.states_obligation(clause)) and not re.search(
        r"\b(?:found|identified|observed|detected|uncovered|revealed|showed|confirmed|verified"
        r"|validated|demonstrated|proved|attested|came\s+across|have\s+not\s+(?:found|seen|come))\b",
        clause,
        re.IGNORECASE,
    ):
        return "obligation"
    if g.RETRACTION.search(sentence):
        return "retracted"
    contested = blanked(g.REBUTTAL, sentence)
    if g.DISPUTE.search(contested) and (
        author.speaker in ("critic", "workers", "official")
        or re.search(
            r"\b(?:contradict|disput|false|misleading|untrue|whitewash|despite|even\s+though"
            # a headline's "clean audit claim questioned", "claim at odds with its own report"
            r"|questioned|at\s+odds\s+with|challenged"
            r"|rebut|refut|dismiss|reject|unverifiable|den(?:y|ied|ies)"
            r"|(?:could|can)\s*(?:not|n[o’']t)\s+be\s+(?:independently\s+)?(?:verified|confirmed"
            r"|substantiated|corroborated|sustained|supported|upheld)"
            # "an assertion no independent auditor has been allowed to test"
            r"|\b(?:no|not\s+one|none)\s+(?:\w+\s+){0,3}?(?:has|have|had|was|were)\s+(?:ever\s+)?"
            r"(?:been\s+)?(?:allowed|able|permitted)\s+to\s+(?:test|verify|check|confirm|inspect))",
            contested,
            re.IGNORECASE,
        )
    ):
        return "disputed"
    if re.search(
        r"\b(?:hope|hoped|expect|expected|aim|plan|intend|goal|target|ambition|want)s?\b[^.]{0,40"
        r"}$",
        before,
        re.IGNORECASE,
    ):
        return "conditional"
    return None
