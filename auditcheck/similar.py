"""Generic findings text: how much of a report could be pasted into any other report.

The score-time predicate behind the method checks (``checks/predicates/method.py``): sentences
that state compliance or absence without saying what was looked at, where, or with whom.
Clone detection across files lives in ``auditcheck.classify.clones``; no scikit-learn here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .document import Document
from .document.model import BlockKind
from .text.screen import PatternFamily, screening

if TYPE_CHECKING:
    from .text.index import DocumentIndex

#: Headings that introduce the findings part of a report.
FINDINGS_HEADING = re.compile(
    r"finding|result|observation|conclusion|non-?conformit|summary|outcome|assessment of",
    re.IGNORECASE,
)
#: Sentences that could be pasted into any audit report: they state compliance or absence
#: without saying what was looked at, where, or with whom.
GENERIC_LANGUAGE = PatternFamily("generic audit language")
GENERIC_PATTERNS = [
    GENERIC_LANGUAGE.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:in|into|full) compliance with (?:all )?(?:the )?"
        r"(?:applicable|relevant|local|national)\b",
        r"\bcompl(?:y|ies|ied) with (?:all )?(?:the )?"
        r"(?:applicable|relevant|local|national|legal)\b",
        r"\bno (?:major |significant |critical )?"
        r"(?:issues?|non-?conformit(?:y|ies)|violations?|concerns?|findings?|problems?) "
        r"(?:were |was )?(?:found|identified|observed|noted|raised|detected)\b",
        r"\b(?:policies|procedures|systems?|management systems?) (?:are|were|is|was) "
        r"(?:in place|implemented|established|adequate|effective)\b",
        r"\bmanagement (?:is|was|are|were|has been|showed?) (?:fully )?"
        r"(?:committed|cooperative|supportive|open|transparent)\b",
        r"\bmeets? (?:all )?(?:the )?(?:requirements|expectations|standards?)\b",
        r"\b(?:good|satisfactory|acceptable|adequate) (?:overall )?"
        r"(?:level|standard|practices?|performance|conditions)\b",
        r"\bno (?:evidence|indications?|signs?) of (?:any )?(?:forced|child|bonded|compulsory) la"
        r"bou?r\b",
        r"\b(?:workers|employees) (?:are|were) (?:satisfied|happy|content)\b",
        r"\bcontinuous improvement\b",
        r"\b(?:respects?|upholds?) (?:the )?(?:rights|human rights|dignity)\b",
        r"\bin line with (?:international|industry|best)\b",
        r"\bzero[- ]tolerance\b",
    )
]
_SPECIFIC = re.compile(r"\d|[\"“”]")


def is_generic(sentence: str) -> bool:
    """True when a sentence is stock audit language and carries no figure or quotation."""
    return bool(
        any(rx.search(sentence) for rx in GENERIC_PATTERNS) and not _SPECIFIC.search(sentence)
    )


def generic_spans(
    document: Document, index: DocumentIndex | None = None
) -> tuple[list[tuple[int, int]], int]:
    """(spans of the generic sentences, total characters read) over the findings section.

    The findings section is every block under a heading that reads like findings, results,
    observations or conclusions; a report without such a heading is read whole.
    ``index`` (a text.index.DocumentIndex) reuses the caller's sentence cache.
    """
    from .text.index import DocumentIndex

    index = index or DocumentIndex(document)
    body = [b for b in document.blocks if b.kind not in (BlockKind.heading, BlockKind.code)]
    findings = [b for b in body if any(FINDINGS_HEADING.search(h) for h in b.heading_path)]
    sentences = [span for block in findings or body for span in index.sentences(block)]
    # one RE2 pass per sentence rules out the patterns it cannot match
    screens = GENERIC_LANGUAGE.screener()
    spans, total = [], 0
    for start, end in sentences:
        total += end - start
        sentence = document.text[start:end]
        # ``is_generic``'s two tests asked the cheaper way first, with the same answer: a figure
        # or a quotation (a third of a long report's sentences), then whether the screen rules
        # out every pattern at once, before the patterns are asked one by one
        if _SPECIFIC.search(sentence):
            continue
        screen = screens.screen(sentence) if screens is not None else None
        if screen is not None and screen.rules_out_every():
            continue
        with screening(screen):
            generic = is_generic(sentence)
        if generic:
            spans.append((start, end))
    return spans, total


def generic_share(document: Document, index: DocumentIndex | None = None) -> float:
    """Share (0..1, by characters) of the findings section in generic sentences; 0.0 if empty."""
    spans, total = generic_spans(document, index)
    return sum(e - s for s, e in spans) / total if total else 0.0
