"""Output models: what a report says, documented field by field so the JSON Schema explains itself.

Changing the JSON shape means raising SCHEMA_VERSION.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .case_schema import CaseBlock
from .defaults import empty_list

SCHEMA_VERSION = 2


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Status(str, Enum):
    """Outcome of one criterion on one document."""

    met = "met"
    partial = "partial"
    unmet = "unmet"
    red_flag = "red_flag"
    not_applicable = "not_applicable"
    not_assessable = "not_assessable"
    error = "error"


class Verdict(str, Enum):
    credible = "credible"
    partially_credible = "partially_credible"
    not_credible = "not_credible"


class Evidence(_Out):
    """A verbatim quote from the document and where it stands."""

    quote: str = Field(description="Exactly document.text[start:end].")
    start: int = Field(
        description="0-based start offset (code points) in the decoded, newline-normalised text."
    )
    end: int = Field(description="0-based exclusive end offset.")
    line: int = Field(description="1-based line of start.")
    column: int = Field(description="1-based column of start.")
    end_line: int = Field(description="1-based line of end.")
    end_column: int = Field(description="1-based column just after the quote.")
    page: int | None = Field(
        default=None, description="1-based page for paged formats (PDF), else null."
    )
    section: list[str] = Field(
        default_factory=empty_list, description="Heading path above the quote."
    )
    path: str | None = Field(
        default=None, description="Which file the quote comes from (case files)."
    )
    source: Literal["pattern", "fact", "classifier", "context", "claim"] = Field(
        default="pattern",
        description=(
            "What found it: a criterion pattern, the facts layer, the classifier or the "
            "context layer."
        ),
    )
    role: str | None = Field(
        default=None,
        description=(
            "What this quote shows, e.g. 'claim', 'support', 'red_flag', 'missing:<group>'."
        ),
    )
    score: float | None = Field(
        default=None, description="Classifier probability, when source is classifier."
    )
    speaker: str | None = Field(
        default=None, description="Whose statement the quote is, when the claim layer can tell."
    )
    modality: str | None = Field(
        default=None, description="asserted, reported, adopted, negated, question, ..."
    )


#: How far the place itself limits what an audit can show.
Risk = Literal["high", "elevated", "standard", "unknown"]
Speaker = Literal[
    "company", "auditor", "standard_owner", "critic", "journalist", "workers", "official", "unknown"
]
ClaimKind = Literal["clean", "adverse", "failure", "decline"]
Modality = Literal[
    "asserted",
    "reported",
    "adopted",
    "conditional",
    "question",
    "obligation",
    "negated",
    "retracted",
    "disputed",
]


class Claim(_Out):
    """A conclusion the text draws or reports: what kind, whose, in what mood, and where."""

    kind: ClaimKind = Field(
        description=(
            "clean: no forced labour / compliant / all resolved; adverse: the assessor reports "
            "violations; "
            "failure: someone says an audit failed; decline: credible assurance said to be "
            "impossible, so declined or withdrawn."
        )
    )
    speaker: Speaker = Field(description="Whose conclusion it is.")
    modality: Modality = Field(
        description="asserted, reported or adopted count; the other moods do not."
    )
    counts: bool = Field(
        description="True when the judgement rests on this claim (asserted, reported or adopted)."
    )
    evidence: Evidence
    cue: str = Field(description="What in the sentence made it this kind of claim.")
    public: bool = Field(
        default=False,
        description=(
            "Clean claims: said in public (the text's own words, or attributed or quoted speech), "
            "not an audit outcome the text describes."
        ),
    )
    hedged: bool = Field(
        default=False,
        description=(
            "Clean claims: its speaker states the limits of the method beside it (a modest claim)."
        ),
    )


class Judgement(_Out):
    """What the verdict is about, and how the burden of proof was set."""

    principal: Literal["clean", "adverse", "failure", "decline", "none"] = Field(
        description="The claim the verdict is mainly about."
    )
    about: str = Field(description="What the verdict is about, in one sentence.")
    author: Speaker = Field(description="Who wrote the text, from its speech cues.")
    author_reason: str
    full_report: bool = Field(
        description="The text has a full report's own structure (method, findings, limitations)."
    )
    burden: Literal["clean_claim", "full_report", "complete_statement", "none"] = Field(
        description="Why an unshown method element counts as failed; 'none' means it is unknown."
    )
    coverage: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Share of the applicable criteria weight the text lets us judge.",
    )
    quality: float | None = Field(
        default=None, ge=0, le=100, description="Score of what is shown, before coverage."
    )
    reasons: list[str] = Field(
        default_factory=empty_list,
        description="The reasons that decide the verdict, strongest first.",
    )


class Reference(_Out):
    """A source behind a criterion, cited as its publisher published it (never a copy's link)."""

    publisher: str = Field(description="Who published the cited text.")
    title: str
    year: str | None = Field(
        default=None, description="Year or date of the cited version (YYYY, YYYY-MM or YYYY-MM-DD)."
    )
    edition: str | None = None
    clause: str | None = Field(default=None, description="Clause, section, paragraph or page.")
    url: str | None = Field(
        default=None,
        description="Canonical address: the publisher's site, a DOI or an official register.",
    )
    identifier: str | None = Field(
        default=None, description="DOI, UN document symbol or Federal Register citation."
    )
    verification: Literal["verified", "partly_verified", "unverified"] = Field(
        default="unverified",
        description=(
            "verified: the clause was read in the publisher's text or a faithful copy; "
            "partly_verified; unverified."
        ),
    )

    def citation(self, *, with_clause: bool = True) -> str:
        """'Publisher, Title (year), clause' as plain text; without the clause, the document."""
        text = f"{self.publisher}, {self.title}"
        if self.edition:
            text += f", {self.edition}"
        if self.year:
            text += f" ({self.year})"
        if self.identifier:
            text += f", {self.identifier}"
        if self.clause and with_clause:
            text += f", {self.clause}"
        return text

    def source_key(self) -> tuple[str, str, str, str]:
        """The cited document regardless of clause, for a references list with each source once."""
        return (self.publisher, self.title, self.year or "", self.url or "")


class Finding(_Out):
    """The result of one criterion on one document."""

    criterion_id: str
    criterion_name: str
    title: str
    pack_id: str
    group: str | None = None
    dimension: str
    status: Status
    severity: str
    weight: float
    confidence: float = Field(
        ge=0, le=1, description="1.0 for deterministic rules; model probability otherwise."
    )
    message: str = Field(
        description="What was found or missing, and whether 'not found' means 'not done'."
    )
    evidence: list[Evidence] = Field(default_factory=empty_list)
    remedy: str | None = Field(default=None, description="What would fix it (shown unless met).")
    rationale: str | None = None
    references: list[Reference] = Field(default_factory=empty_list)
    audit_washing: str | None = Field(
        default=None, description="Audit-washing pattern id this finding signals."
    )


class Contribution(_Out):
    criterion_id: str
    dimension: str
    status: Status
    earned: float
    possible: float


class DimensionScore(_Out):
    id: str
    title: str
    score: float | None = Field(
        description="0-100, or null when nothing in the dimension could be assessed."
    )
    earned: float
    possible: float
    met: int = 0
    unmet: int = 0
    red_flags: int = 0


class Cap(_Out):
    """Something that held the score below what the criteria alone would give."""

    reason: str
    ceiling: float
    source: str = Field(description="criterion id, 'context' or 'audit_washing'.")


class AuditWashingPattern(_Out):
    id: str = Field(description="Pattern id, e.g. AW-01.")
    title: str
    criterion_ids: list[str]
    evidence: list[Evidence] = Field(default_factory=empty_list)
    explanation: str


class AuditWashing(_Out):
    detected: bool
    patterns: list[AuditWashingPattern] = Field(default_factory=empty_list)


class Fact(_Out):
    """A structured claim pulled from the text, with the quote it rests on."""

    name: str = Field(description="Dotted fact name, e.g. interviews.total.")
    value: Any
    evidence: list[Evidence] = Field(default_factory=empty_list)
    note: str | None = None


class ContextMatch(_Out):
    place: str
    region: str
    risk: Risk
    kind: str = Field(
        description="What matched: a region, city, prefecture, scheme or listed entity."
    )
    evidence: list[Evidence] = Field(default_factory=empty_list)


class Context(_Out):
    risk: Risk = Field(
        description=(
            "high: state-imposed forced labour makes a workplace audit unable to establish absence."
        )
    )
    matches: list[ContextMatch] = Field(default_factory=empty_list)
    ceiling: float | None = Field(
        default=None, description="Reliance ceiling the context sets on the score."
    )
    explanation: str
    reference_date: str = Field(description="Date the bundled reference data describes.")
    reference_sources: list[str] = Field(default_factory=empty_list)


#: How well one ILO matrix cell is covered.
CellStatus = Literal["covered", "partly_covered", "not_covered", "red_flag"]


class IloCell(_Out):
    phase: str
    element: str
    status: CellStatus
    criterion_ids: list[str]
    evidence: list[Evidence] = Field(default_factory=empty_list)


class IloMatrix(_Out):
    """ILO phases of forced labour against its two elements, cell by cell."""

    cells: list[IloCell]
    covered: int
    total: int
    note: str


class PackInfo(_Out):
    id: str
    title: str
    version: str
    reason: str = Field(description="Why this pack was used.")
    overlays: list[str] = Field(
        default_factory=empty_list, description="Packs added on top, e.g. state-imposed."
    )


class DocumentInfo(_Out):
    path: str
    sha256: str
    format: str
    title: str | None = None
    role: str | None = Field(
        default=None,
        description="audit_report, company_statement, auditor_statement or third_party.",
    )
    role_reason: str | None = None
    pages: int | None = None
    characters: int
    words: int


class ToolInfo(_Out):
    name: str = "auditcheck"
    version: str


class Report(_Out):
    """Everything auditcheck says about one document."""

    schema_version: int = Field(
        default=SCHEMA_VERSION, description="Raised whenever the JSON shape changes."
    )
    tool: ToolInfo
    document: DocumentInfo
    pack: PackInfo
    score: float = Field(ge=0, le=100, description="Overall credibility score, 0-100, after caps.")
    uncapped_score: float = Field(ge=0, le=100, description="The score before any cap.")
    verdict: Verdict
    verdict_reason: str
    judgement: Judgement
    claims: list[Claim] = Field(
        default_factory=empty_list, description="Conclusions found in the text, in document order."
    )
    audit_washing: AuditWashing
    context: Context
    dimensions: list[DimensionScore]
    caps: list[Cap] = Field(default_factory=empty_list)
    findings: list[Finding]
    facts: list[Fact] = Field(default_factory=empty_list)
    ilo_matrix: IloMatrix | None = None
    contributions: list[Contribution] = Field(default_factory=empty_list)
    notes: list[str] = Field(
        default_factory=empty_list, description="Limits of what the text lets us say."
    )
    case: CaseBlock | None = Field(
        default=None, description="Case-file block when several documents were judged together."
    )
    errors: list[str] = Field(default_factory=empty_list)
