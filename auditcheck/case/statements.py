"""What each document of a case asserts, as quotable statements: the facts layer plus a few
case-only cues.

The facts layer (``auditcheck.facts``) already finds interview counts, methods, standards,
absence claims and caveats. Comparing documents needs a few more things that only matter
across a case: a staff member saying they took no part, a firm named as the one that ran the
audit, a headline that everything was resolved, a method described as mainly paperwork, an
on-site visit. They are extracted here with the same conservative style, and every statement
is quoted as its whole sentence so two quotes can stand side by side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..facts import FACT_TITLES, Facts
from ..models import Evidence, Fact
from ..text.evidence import evidence_from_span
from ..text.index import DocumentIndex

_I = re.IGNORECASE

#: Case-only cues, named like facts so they merge and render the same way.
CASE_FACT_TITLES = {
    "case.disavowal": "Someone named with the audit says they took no part",
    "case.auditor_named": "Firm or people named as running the audit",
    "case.resolved_all": "Everything declared resolved or free of forced labour",
    "case.mainly_documents": "Method described as mainly a document review",
    "case.onsite": "On-site visit or inspection claimed",
    "case.standard_applied": "A standard said to have been applied or certified",
    "case.caveat": "The auditor warns that its data or access were limited",
}

_LOCAL: list[tuple[str, re.Pattern[str]]] = [
    (
        "case.disavowal",
        re.compile(
            r"\b(?:I|we|they|she|he)\s+(?:was|were|am|are|have\s+never\s+been)\s+not\s+"
            r"(?:involved|part\s+of|consulted)\b"
            r"|\b(?:I|we|they|she|he)\s+(?:did\s+not|didn['’]t|never)\s+"
            r"(?:take\s+part|participate|work)\s+(?:in|on)\b"
            r"|\bno\s+other\s+(?:team\s+member|colleague"
            r"|member\s+of\s+(?:our|the)\s+(?:team|firm)|(?:staff|employee)s?)\b[^.\n]{0,60}?\b"
            r"(?:took\s+part|participated|was\s+involved|were\s+involved|worked\s+on)"
            r"|\bhad\s+no\s+(?:role|involvement|part)\s+in\b",
            _I,
        ),
    ),
    (
        "case.auditor_named",
        re.compile(
            r"\b(?:audit|assessment|review|verification|inspection)\b[^.\n]{0,40}?\b"
            r"(?:conducted|carried\s+out|performed|run|led|undertaken|done)\s+by\s+(?:the\s+)?"
            r"(?:consultancy\s+|firm\s+)?[A-Z][\w&'’-]+"
            r"|\b[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,3}\s+"
            r"(?:conducted|carried\s+out|performed|ran|led)\s+the\s+"
            r"(?:audit|assessment|review|verification)\b"
        ),
    ),
    (
        "case.resolved_all",
        re.compile(
            r"\b(?:resolved|remediated|eliminated|closed|addressed|cleared)\s+(?:each\s+and\s+)?"
            r"(?:every|all)\s+(?:\w+\s+){0,3}?"
            r"(?:indicators?|issues?|findings?|concerns?|non-?conformit(?:y|ies))\b"
            r"|\bfully\s+(?:resolved|remediated)\b"
            r"|\b(?:is|are|was|were|now|be)\s+(?:entirely\s+|completely\s+)?free\s+(?:of|from)\s+"
            r"(?:any\s+)?forced\s+labou?r\b",
            _I,
        ),
    ),
    (
        "case.mainly_documents",
        re.compile(
            r"\b(?:mainly|mostly|largely|primarily|essentially|chiefly)\s+(?:based\s+on\s+)?"
            r"(?:a\s+|an\s+)?(?:(?:desk\s+)?review|examination|check|analysis|reading)\s+of"
            r"\s+(?:the\s+)?(?:company['’]s\s+)?"
            r"(?:documents|documentation|records|paperwork|files)\b",
            _I,
        ),
    ),
    (
        "case.onsite",
        re.compile(
            r"\bon[- ]?site\s+(?:visits?|inspections?|verification|audit|assessment|interviews?)\b"
            r"|\b(?:visited|inspected|toured)\s+(?:the\s+)?"
            r"(?:plant|factory|site|facility|premises|dormitor(?:y|ies)|workshops?)\b",
            _I,
        ),
    ),
    (
        "case.caveat",
        re.compile(
            r"\b(?:difficult(?:y|ies)|challenges?|problems?|limits?|constraints?)\b[^.\n]{0,60}?"
            r"\b(?:data|information|evidence|access)\b[^.\n]{0,60}?\b"
            r"(?:(?:are|is|were|was)\s+(?:well\s+)?known|considerable|significant|serious)\b",
            _I,
        ),
    ),
    (
        "case.standard_applied",
        re.compile(
            r"\b(?:appl(?:ied|ying)|audited\s+against|assessed\s+against"
            r"|certified\s+(?:to|against)|in\s+accordance\s+with|according\s+to|under)\s+"
            r"(?:the\s+)?(?:internationally\s+(?:recogni[sz]ed|renowned)\s+"
            r"|international\s+)?(?:social\s+)?(?:auditing\s+)?(?:standard\s+)?"
            r"(?P<name>SA\s?8000|SMETA|amfori\s+BSCI|BSCI|SLCP|RBA|WRAP|RSPO)\b",
            _I,
        ),
    ),
]


def local_facts(document: Document) -> list[Fact]:
    """The case-only cues of one document, one Fact per hit, quoted as its sentence."""
    out: list[Fact] = []
    for name, rx in _LOCAL:
        for m in rx.finditer(document.text):
            value: object = True
            if "name" in rx.groupindex and m.group("name"):
                value = re.sub(r"\s+", "", m.group("name")).upper()
            out.append(
                Fact(
                    name=name,
                    value=value,
                    evidence=[sentence_evidence(document, m.start(), m.end(), role=name)],
                )
            )
    return out


def document_facts(document: Document, facts: list[Fact]) -> Facts:
    """The facts layer's facts of a document plus its case-only cues, in document order."""
    items = list(facts) + local_facts(document)
    items.sort(key=lambda f: (f.evidence[0].start if f.evidence else 0, f.name))
    return Facts(items)


def fact_title(name: str) -> str:
    return FACT_TITLES.get(name) or CASE_FACT_TITLES.get(name) or name


def sentence_evidence(
    document: Document, start: int, end: int, *, role: str | None = None
) -> Evidence:
    """Quote the sentence around a span, clipped around the span when the sentence is long."""
    lo, hi = DocumentIndex.of(document).sentence_around(start, end)
    return evidence_from_span(document, lo, hi, source="fact", role=role, focus=(start, end))


@dataclass(frozen=True)
class Statement:
    """One thing a document asserts: a fact name, its value, and the sentence that says it."""

    name: str
    value: object
    evidence: Evidence


def statements_of(document: Document, facts: Facts, *names: str) -> list[Statement]:
    """The statements of the given fact names, each quoted as its sentence, in document order."""
    out = []
    for fact in facts.items:
        if fact.name in names and fact.evidence:
            ev = fact.evidence[0]
            if ev.path == document.path and fact.name in FACT_TITLES:
                ev = sentence_evidence(document, ev.start, ev.end, role=fact.name)
            out.append(Statement(fact.name, fact.value, ev))
    return out
