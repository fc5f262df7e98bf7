"""Input models shared by criteria packs: pack.yaml, references, examples, patterns, applicability.

Unknown keys are errors and every pattern is compiled at load. The criterion models themselves
(one per ``kind``) are in criterion.py; the dated reference data's models in reference.py.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ..defaults import empty_list

ID_PATTERN = r"^[A-Z]{2,4}-\d{2,3}[a-z]?$"
NAME_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class Dimension(str, Enum):
    """The five scored dimensions every pack maps its criteria onto."""

    recruitment = "recruitment"
    independence = "independence"
    accreditation = "accreditation"
    interviews = "interviews"
    scope_transparency = "scope_transparency"
    detection = "detection"


DIMENSION_TITLES = {
    Dimension.recruitment: "Recruitment-phase coverage",
    Dimension.independence: "Auditor independence",
    Dimension.accreditation: "Accreditation and standard claims",
    Dimension.interviews: "Worker interviews",
    Dimension.scope_transparency: "Scope and transparency",
    Dimension.detection: "Detection and follow-through",
}


class Severity(str, Enum):
    info = "info"
    minor = "minor"
    major = "major"
    critical = "critical"


class StrictModel(BaseModel):
    """A frozen model that rejects unknown keys: the base of every YAML-facing model."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Reference(StrictModel):
    """A citation of the publisher's own document, kept apart from the copy that was read.

    ``publisher``, ``title``, ``year``, ``edition`` and ``clause`` say what is cited; ``url`` is
    the canonical address (the publisher's site, a DOI or an official register) and is checked
    against criteria/reference/publishers.yaml at load. ``read_in`` records a copy actually read
    (never shown as the source). A legacy ``standard`` string is still read as the title.
    """

    publisher: str = Field(
        min_length=2, description="Who published the cited text (publishers.yaml name)."
    )
    title: str = Field(
        min_length=3, description="Title of the cited document, article or instrument."
    )
    year: str | None = Field(
        default=None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="Year or date of the cited version: YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    edition: str | None = Field(
        default=None, description="Edition or version, e.g. '2nd edition', 'v4.2'."
    )
    clause: str | None = Field(default=None, description="Clause, section, paragraph or page.")
    url: str | None = Field(
        default=None,
        pattern=r"^https?://",
        description="Canonical address: the publisher's own site, a DOI or an official register.",
    )
    identifier: str | None = Field(
        default=None,
        description="Official identifier: DOI, UN document symbol, Federal Register citation.",
    )
    read_in: str | None = Field(
        default=None,
        description=(
            "The copy actually read when it is not the publisher's; never shown as the source."
        ),
    )
    verification: Literal["verified", "partly_verified", "unverified"] = Field(
        default="unverified",
        description=(
            "verified: the clause was read in the publisher's text or a faithful copy of it; "
            "partly_verified: read in a summary or excerpt; unverified: a lead, not a citation."
        ),
    )
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _legacy_standard(cls, data: Any) -> Any:
        # Packs written before publishers were recorded name only a 'standard'; read it as the
        # title of a source whose publisher was not given, so such packs keep loading.
        if isinstance(data, dict) and "standard" in data and "title" not in data:
            data = dict(data)
            data["title"] = data.pop("standard")
            data.setdefault("publisher", "publisher not given")
        return data

    @model_validator(mode="after")
    def _verified_has_a_clause(self) -> Reference:
        if self.verification == "verified" and not self.clause:
            raise ValueError("a verified reference must name the clause, section or page read")
        return self


class Examples(StrictModel):
    """Short documents that must give the stated status; they run as tests."""

    met: list[str] = Field(min_length=1)
    unmet: list[str] = Field(min_length=1)
    partial: list[str] = Field(default_factory=empty_list)
    not_applicable: list[str] = Field(default_factory=empty_list)
    not_assessable: list[str] = Field(
        default_factory=empty_list,
        description="Texts that do not let the criterion be judged (unknown).",
    )


def compile_pattern(pattern: str, *, ignore_case: bool = True) -> regex.Pattern[str]:
    flags = regex.VERSION1 | regex.MULTILINE
    if ignore_case:
        flags |= regex.IGNORECASE
    return regex.compile(pattern, flags)


def check_patterns(value: list[str], info: ValidationInfo | None) -> list[str]:
    """Compile every pattern so a bad one fails at load with its index.

    Built-in packs, whose patterns CI compiles on every run (``auditcheck criteria validate``),
    are loaded with context ``{"compiled_in_ci": True}`` and skip the compile here: it was most
    of the CLI's start-up time. Patterns from ``--criteria`` folders are always compiled.
    """
    if info is not None and info.context and info.context.get("compiled_in_ci"):
        return value
    for index, pattern in enumerate(value):
        try:
            compile_pattern(pattern)
        except regex.error as exc:
            raise ValueError(f"pattern {index} does not compile: {exc}") from None
        if regex.fullmatch(r"(?:\\b|\\s|\(\?\w*\)|\.\*|\.\+)*", pattern):
            raise ValueError(f"pattern {index} matches everything")
    return value


Patterns = Annotated[list[str], Field(default_factory=empty_list)]


class Applicability(StrictModel):
    """When a criterion applies; otherwise it is reported as not_applicable."""

    roles: list[
        Literal["audit_report", "company_statement", "auditor_statement", "third_party"]
    ] = Field(
        default_factory=empty_list,
        description="Document roles the criterion applies to; empty means all.",
    )
    patterns: Patterns = Field(
        default_factory=empty_list,
        description="The criterion applies only if one of these matches.",
    )
    facts: list[str] = Field(
        default_factory=empty_list,
        description="The criterion applies only if one of these facts was found.",
    )
    context_risk: list[Literal["high", "elevated", "standard", "unknown"]] = Field(
        default_factory=empty_list
    )
    claims: list[Literal["clean", "adverse", "failure", "decline"]] = Field(
        default_factory=empty_list,
        description=(
            "The criterion applies only if the text makes one of these kinds of claim "
            "(asserted, reported or adopted)."
        ),
    )
    gate: str | None = Field(
        default=None,
        pattern=NAME_PATTERN,
        description="A gate defined under 'gates' in pack.yaml whose conditions must hold as well.",
    )

    _v = field_validator("patterns")(check_patterns)


class ScoringPolicy(StrictModel):
    """How findings become a score and a verdict."""

    partial_credit: float = Field(default=0.5, ge=0, le=1)
    red_flag_penalty: float = Field(
        default=1.0,
        ge=0,
        le=3,
        description="A red flag subtracts this many times its weight from earned.",
    )
    classifier_credit: float = Field(default=0.5, ge=0, le=1)
    classifier_threshold: float = Field(default=0.7, gt=0, le=1)
    use_classifier: bool = True
    credible_at: float = Field(default=70, ge=0, le=100)
    partially_credible_at: float = Field(default=40, ge=0, le=100)
    high_risk_ceiling: float = Field(
        default=39,
        ge=0,
        le=100,
        description="Score ceiling when the context is high-risk and a clean result is claimed.",
    )
    elevated_risk_ceiling: float = Field(default=69, ge=0, le=100)
    elevated_risk_met_by: list[str] = Field(
        default_factory=empty_list,
        description=(
            "Criteria that, all met, show a method able to see an elevated risk (recruitment "
            "traced, fees checked, private interviews in the workers' own languages): a clean "
            "result then needs no elevated-risk ceiling. Empty: the ceiling always holds. A "
            "high-risk ceiling is never lifted this way."
        ),
    )
    clean_claim_supported_by: list[str] = Field(
        default_factory=empty_list,
        description=(
            "Criteria that, all met, show a method able to support a clean result (recruitment "
            "traced, fees checked, private interviews in the workers' own languages, the payer "
            "disclosed, the limits stated): with no red flag, the clean claim is then credible "
            "whatever granular detail a short text leaves out; caps (high-risk context, "
            "audit-washing) still hold. Empty: no such floor."
        ),
    )
    clean_claim_supported_in_lower_risk_by: list[str] = Field(
        default_factory=empty_list,
        description=(
            "Criteria that, all met, show a method able to support a clean result where the "
            "context shows no elevated risk, standard or unknown (workers heard privately in "
            "their own languages, fees and debts checked, the assessor's independence declared, "
            "the limits stated): "
            "context sets what a clean claim needs, so recruitment need not be traced to its "
            "origin. With no red flag but the method flags this route answers (AW-01, AW-10), "
            "the clean claim is then credible. Never applied in elevated- or high-risk "
            "contexts. Empty: no such floor."
        ),
    )
    clean_claim_supported_by_detection_in_lower_risk: list[str] = Field(
        default_factory=empty_list,
        description=(
            "Criteria that, all met beside the assessor's own adverse finding and the criteria of "
            "clean_claim_partly_supported_by at least partly met, support a clean result where "
            "the context shows no elevated risk: an assessment that itself found problems and "
            "had them put right has shown that its method can find things (claim-first "
            "principle 4), which stands in for a declared independence and for interviews held "
            "away from the site. With no red flag but the method flags this route answers "
            "(AW-01, AW-10), the clean claim is then credible. Never applied in elevated- or "
            "high-risk contexts. Empty: no such floor."
        ),
    )
    clean_claim_partly_supported_by: list[str] = Field(
        default_factory=empty_list,
        description=(
            "Criteria that, each at least partly met, show enough method for a clean result in a "
            "standard- or low-risk context to be insufficient information rather than unsupported "
            "(workers heard privately, in their own language): with no red flag and no "
            "audit-washing, the score is held up to the partially-credible line. Not applied in "
            "elevated- or high-risk contexts. Empty: no such floor."
        ),
    )
    consequences_shown_by: list[str] = Field(
        default_factory=empty_list,
        description=(
            "Criteria any one of which, met, shows that violations the assessment found had "
            "consequences (a corrective plan, repayment, re-verification): with an adverse "
            "principal claim the score is held up to the partially-credible line."
        ),
    )
    independence_shown_by: list[str] = Field(
        default_factory=empty_list,
        description=(
            "Criteria any one of which, met, shows the assessor that found violations to be "
            "independent of the site: with consequences shown too, the score is held up to the "
            "credible line (the method has shown it can detect abuse)."
        ),
    )
    audit_washing_ceiling: float = Field(
        default=39,
        ge=0,
        le=100,
        description="Score ceiling when an audit-washing pattern is found.",
    )
    silence: Literal["unknown", "counts"] = Field(
        default="unknown",
        description=(
            "What an unshown element means when no clean claim rests on it and the text is not a "
            "full "
            "report: 'unknown' (not assessable), or 'counts' (unmet) for packs whose texts are "
            "complete documents in their own right, such as a statutory modern slavery statement."
        ),
    )
    silence_counts_from_chars: int = Field(
        default=0,
        ge=0,
        le=1_000_000,
        description=(
            "With silence 'counts': the length a text needs to be taken as the complete document; "
            "a shorter one is an excerpt, a news story about a statement or a first page, whose "
            "silence is unknown."
        ),
    )
    bounded_scope_unmet: Literal["unmet", "not_assessable"] = Field(
        default="unmet",
        description=(
            "When a document says what it does not cover and makes no clean claim, criteria it "
            "does not show become not_assessable instead of unmet: its claims do not outrun it."
        ),
    )
    dimension_weights: dict[Dimension, float] = Field(
        # detection is one signal (the method found something), not a whole area of method
        default_factory=lambda: {d: (0.5 if d is Dimension.detection else 1.0) for d in Dimension}
    )

    @model_validator(mode="after")
    def _ordered(self) -> ScoringPolicy:
        if self.partially_credible_at > self.credible_at:
            raise ValueError("partially_credible_at must not exceed credible_at")
        return self

    def criterion_lists(self) -> dict[str, list[str]]:
        """The policy fields that name criteria by id (checked against the pack on load)."""
        return {
            "elevated_risk_met_by": self.elevated_risk_met_by,
            "clean_claim_supported_by": self.clean_claim_supported_by,
            "clean_claim_supported_in_lower_risk_by": self.clean_claim_supported_in_lower_risk_by,
            "clean_claim_partly_supported_by": self.clean_claim_partly_supported_by,
            "clean_claim_supported_by_detection_in_lower_risk": (
                self.clean_claim_supported_by_detection_in_lower_risk
            ),
            "consequences_shown_by": self.consequences_shown_by,
            "independence_shown_by": self.independence_shown_by,
        }


class DocumentProfile(StrictModel):
    """What kind of document a pack is for; used to pick a pack automatically."""

    roles: list[
        Literal["audit_report", "company_statement", "auditor_statement", "third_party"]
    ] = Field(default_factory=empty_list)
    auto: bool = Field(default=True, description="May be chosen automatically.")
    overlay_when_risk: list[Literal["high", "elevated"]] = Field(
        default_factory=empty_list,
        description="Added on top of the chosen pack when the context has this risk.",
    )
    overlay_with: list[str] = Field(
        default_factory=empty_list,
        description="Always added on top of these packs when they are chosen.",
    )


class PackMeta(StrictModel):
    """pack.yaml: what a checklist is, its groups and its scoring policy."""

    id: str = Field(pattern=NAME_PATTERN)
    title: str
    version: str
    description: str
    purpose: str | None = None
    default: bool = False
    profile: DocumentProfile = Field(default_factory=DocumentProfile)
    groups: dict[str, list[str]] = Field(min_length=1)
    scoring: ScoringPolicy = Field(default_factory=ScoringPolicy)
    references: list[Reference] = Field(default_factory=empty_list)
    gates: dict[str, Applicability] = Field(
        default_factory=dict,
        description=(
            "Named applicability conditions shared by many criteria (applies: {gate: NAME})."
        ),
    )

    @field_validator("gates")
    @classmethod
    def _flat_gates(cls, value: dict[str, Applicability]) -> dict[str, Applicability]:
        for name, gate in value.items():
            if gate.gate is not None:
                raise ValueError(f"gate {name!r} may not refer to another gate")
        return value
