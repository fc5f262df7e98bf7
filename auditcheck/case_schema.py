"""The shape of a report's ``case`` block, typed for the JSON Schema and for readers.

The block stays a plain mapping (renderers and users index it), but every key and value type is
declared here, so ``auditcheck schema`` documents it and a report that breaks the shape fails
validation instead of reaching a reader. Values that come from facts (``value``, ``values``) may
be a number, a string, a flag or nothing.
"""

from __future__ import annotations

from pydantic import ConfigDict
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

FactValue = int | float | str | bool | None
#: A key the shape does not declare is an error, never silently dropped.
_STRICT = ConfigDict(extra="forbid")


class CaseSource(TypedDict):
    """One quoted statement in one document of the case."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    path: str
    file: str
    role: str
    author: str | None
    date: str | None
    quote: str
    line: int
    column: int
    start: int
    end: int


class RoleCue(CaseSource):
    """A cue in the text for the role it points to (which case.yaml may have overruled)."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    cue_for: str


class CaseDocumentEntry(TypedDict):
    """One document of the case: what it is, who wrote it, when, and how it scored alone."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    path: str
    file: str
    title: str | None
    format: str
    sha256: str
    role: str
    role_source: str
    role_reason: str
    role_confident: bool
    role_evidence: list[RoleCue]
    date: str | None
    date_source: str | None
    author: str | None
    primary: bool
    pack: str
    score: float
    verdict: str
    audit_washing: list[str]


class CaseFact(TypedDict):
    """A fact stated in one or more documents, with every source."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    name: str
    title: str
    value: FactValue
    sources: list[CaseSource]
    documents: list[str]


class ContradictionSide(TypedDict):
    """One of the two statements of a contradiction, with its speaker and date."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    path: str
    file: str
    role: str
    author: str | None
    date: str | None
    fact: str
    value: FactValue
    quote: str
    speaker: str | None
    modality: str | None
    line: int
    column: int
    end_line: int
    start: int
    end: int


class CaseContradiction(TypedDict):
    """Two documents that do not tell the same story, earlier and later side by side."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    id: str
    kind: str
    title: str
    subject: str
    audit_washing: str
    audit_washing_title: str
    earlier: ContradictionSide
    later: ContradictionSide
    ordered_by: str
    explanation: str


class TimelineClaim(TypedDict):
    """What one sentence of a document asserts, pointing at the contradictions it is part of."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    facts: list[str]
    values: dict[str, FactValue]
    title: str
    quote: str
    line: int
    contradictions: list[str]


class TimelineEvent(TypedDict):
    """One document's claims, in date order."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    date: str | None
    date_source: str | None
    path: str
    file: str
    role: str
    author: str | None
    claims: list[TimelineClaim]


class CaseBlock(TypedDict):
    """Everything a case adds to the lead document's report."""

    __pydantic_config__ = _STRICT  # type: ignore[misc]

    title: str | None
    primary: str
    documents: list[CaseDocumentEntry]
    facts: list[CaseFact]
    contradictions: list[CaseContradiction]
    timeline: list[TimelineEvent]
    unreadable: list[str]
