"""Input models for criteria packs: pack.yaml and one criterion per YAML file, strictly validated.

Unknown keys are errors, every pattern is compiled at load, and the criterion kind picks
the model through an explicit discriminator, never by union order.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializeAsAny,
    ValidationInfo,
    field_validator,
    model_validator,
)

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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Reference(_Strict):
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


class Examples(_Strict):
    """Short documents that must give the stated status; they run as tests."""

    met: list[str] = Field(min_length=1)
    unmet: list[str] = Field(min_length=1)
    partial: list[str] = Field(default_factory=list)
    not_applicable: list[str] = Field(default_factory=list)
    not_assessable: list[str] = Field(
        default_factory=list, description="Texts that do not let the criterion be judged (unknown)."
    )


def compile_pattern(pattern: str, *, ignore_case: bool = True) -> regex.Pattern[str]:
    flags = regex.VERSION1 | regex.MULTILINE
    if ignore_case:
        flags |= regex.IGNORECASE
    return regex.compile(pattern, flags)


def _check_patterns(value: list[str], info: ValidationInfo | None) -> list[str]:
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


#: The same check for pattern lists outside this schema (predicate params models).
check_patterns = _check_patterns

Patterns = Annotated[list[str], Field(default_factory=list)]


class Applicability(_Strict):
    """When a criterion applies; otherwise it is reported as not_applicable."""

    roles: list[
        Literal["audit_report", "company_statement", "auditor_statement", "third_party"]
    ] = Field(
        default_factory=list,
        description="Document roles the criterion applies to; empty means all.",
    )
    patterns: Patterns = Field(
        default_factory=list, description="The criterion applies only if one of these matches."
    )
    facts: list[str] = Field(
        default_factory=list,
        description="The criterion applies only if one of these facts was found.",
    )
    context_risk: list[Literal["high", "elevated", "standard", "unknown"]] = Field(
        default_factory=list
    )
    claims: list[Literal["clean", "adverse", "failure", "decline"]] = Field(
        default_factory=list,
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

    _v = field_validator("patterns")(_check_patterns)


class _CriterionBase(_Strict):
    id: str = Field(
        pattern=ID_PATTERN, description="Stable id, e.g. REC-01; file name is <id>.yaml."
    )
    name: str = Field(pattern=NAME_PATTERN, description="Kebab-case slug saying what is expected.")
    title: str = Field(min_length=5)
    dimension: Dimension
    severity: Severity = Severity.major
    weight: float = Field(default=1.0, gt=0, le=10)
    message: str = Field(min_length=5, description="Said when the criterion is not met.")
    met_message: str | None = Field(default=None, description="Said when the criterion is met.")
    description: str | None = None
    rationale: str = Field(min_length=10)
    remedy: str = Field(min_length=10, description="What the auditor or company should have done.")
    references: list[Reference] = Field(min_length=1)
    examples: Examples
    audit_washing: str | None = Field(
        default=None,
        pattern=r"^AW-\d{2}$",
        description="Audit-washing pattern this criterion signals when it is a red flag.",
    )
    sections: list[str] = Field(
        default_factory=list,
        description="Only look under headings matching one of these (case-insensitive regex).",
    )
    scope: list[Literal["heading", "paragraph", "list_item", "table_cell", "quote", "code"]] = (
        Field(default_factory=list, description="Only look in these block kinds; empty means all.")
    )
    applies: Applicability | None = None
    classifier_labels: list[str] = Field(
        default_factory=list,
        description="Passage-classifier labels that may add evidence when the pack allows it.",
    )
    cap: int | None = Field(
        default=None,
        ge=0,
        le=100,
        description="When this is a red flag, the score cannot exceed this.",
    )
    ilo_cells: list[str] = Field(
        default_factory=list,
        description="ILO matrix cells this criterion covers, as '<phase>/<element>'.",
    )
    ignore_case: bool = True
    aliases: list[str] = Field(default_factory=list)

    _sections = field_validator("sections")(_check_patterns)

    @field_validator("ilo_cells")
    @classmethod
    def _cells(cls, value: list[str]) -> list[str]:
        phases = {"recruitment", "employment", "exit", "context"}
        elements = {"involuntariness", "coercion"}
        for cell in value:
            phase, _, element = cell.partition("/")
            if phase not in phases or element not in elements:
                raise ValueError(
                    f"ILO cell {cell!r} must be "
                    f"<{'|'.join(sorted(phases))}>/<involuntariness|coercion>"
                )
        return value


class ExistenceCriterion(_CriterionBase):
    """Met when evidence patterns appear; partial when only weaker patterns or some groups do."""

    kind: Literal["existence"]
    patterns: list[str] = Field(default_factory=list)
    require_all: dict[str, list[str]] = Field(
        default_factory=dict,
        description=(
            "Named pattern groups that must all match for 'met'; some match gives 'partial'."
        ),
    )
    partial_patterns: Patterns
    exceptions: Patterns = Field(
        default_factory=list,
        description="A match is ignored when its sentence matches one of these.",
    )
    red_flags: Patterns = Field(
        default_factory=list,
        description="Phrases that turn the finding into a red flag whatever else matched.",
    )
    red_flag_exceptions: Patterns
    min_matches: int = Field(default=1, ge=1)

    _p = field_validator(
        "patterns", "partial_patterns", "exceptions", "red_flags", "red_flag_exceptions"
    )(_check_patterns)

    @field_validator("require_all")
    @classmethod
    def _groups(cls, value: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        for name, patterns in value.items():
            if not patterns:
                raise ValueError(f"group {name!r} has no patterns")
            try:
                _check_patterns(patterns, info)
            except ValueError as exc:
                raise ValueError(f"group {name!r}: {exc}") from None
        return value

    @model_validator(mode="after")
    def _has_detection(self) -> ExistenceCriterion:
        if not self.patterns and not self.require_all:
            raise ValueError("an existence criterion needs 'patterns' or 'require_all'")
        return self


class AbsenceCriterion(_CriterionBase):
    """A red flag when any pattern appears (outside its exceptions); met otherwise."""

    kind: Literal["absence"]
    patterns: list[str] = Field(min_length=1)
    exceptions: Patterns

    _p = field_validator("patterns", "exceptions")(_check_patterns)


class ConditionalCriterion(_CriterionBase):
    """A claim must be backed: if a 'when' pattern or fact is present, an 'unless' one must be too.

    Not applicable when the claim is absent; a red flag (or unmet, per ``on_fail``) when the
    claim is present and nothing backs it; met when something does.
    """

    kind: Literal["conditional"]
    when: Patterns
    when_facts: list[str] = Field(default_factory=list)
    when_exceptions: Patterns
    unless: Patterns
    unless_facts: list[str] = Field(default_factory=list)
    also_when: Patterns = Field(
        default_factory=list, description="A second condition that must also match (AND)."
    )
    also_when_facts: list[str] = Field(default_factory=list)
    on_fail: Literal["red_flag", "unmet"] = "red_flag"

    _p = field_validator("when", "when_exceptions", "unless", "also_when")(_check_patterns)

    @model_validator(mode="after")
    def _has_claim(self) -> ConditionalCriterion:
        if not self.when and not self.when_facts:
            raise ValueError("a conditional criterion needs 'when' or 'when_facts'")
        return self


class _UncheckedParams(_Strict):
    """Stands in for the params of a criterion whose predicate is unknown (an error already)."""


class FactCriterion(_CriterionBase):
    """Decided by a named predicate over the extracted facts and context.

    ``rule`` names an entry of ``auditcheck.checks.predicates.PREDICATES``; ``params`` are
    validated against that predicate's strict model, so the criterion carries the model
    instance, never a loose dict. The registry is looked up when a criterion is validated, not
    imported with this module: the checks import the matcher, which imports this schema.
    """

    kind: Literal["fact"]
    rule: str = Field(
        pattern=r"^[a-z_]+$", description="A predicate in checks.predicates.PREDICATES."
    )
    params: SerializeAsAny[BaseModel] = Field(
        default_factory=dict,
        validate_default=True,
        description="The predicate's parameters; see the predicate table in criteria/README.md.",
    )

    @field_validator("rule")
    @classmethod
    def _known_predicate(cls, value: str) -> str:
        from ..checks.predicates import PREDICATES

        if value not in PREDICATES:
            raise ValueError(f"unknown predicate {value!r}; known: {', '.join(sorted(PREDICATES))}")
        return value

    @field_validator("params", mode="before")
    @classmethod
    def _typed_params(cls, value: Any, info: ValidationInfo) -> Any:
        from ..checks.predicates import PREDICATES

        predicate = PREDICATES.get(info.data.get("rule", ""))
        if predicate is None:
            return _UncheckedParams()  # the unknown rule is reported on its own line
        if isinstance(value, predicate.params):
            return value
        if not isinstance(value, dict):
            raise ValueError("params must be a mapping")
        # A ValidationError raised here keeps its locations under 'params', so the loader
        # reports each bad parameter at its own line.
        return predicate.params.model_validate(value, context=info.context)


class ClaimCriterion(_CriterionBase):
    """Decided by the claim layer: the text makes (asserts, reports or adopts) a claim of these kinds."""  # noqa: E501 - verbatim: this docstring is the JSON Schema description

    kind: Literal["claim"]
    claims: list[Literal["clean", "adverse", "failure", "decline"]] = Field(min_length=1)
    speakers: list[
        Literal[
            "company",
            "auditor",
            "standard_owner",
            "critic",
            "journalist",
            "workers",
            "official",
            "unknown",
        ]
    ] = Field(default_factory=list, description="Whose claims count; empty means anyone's.")
    on_found: Literal["met", "red_flag"] = Field(
        default="met", description="Status when such a claim is made."
    )
    min_claims: int = Field(default=1, ge=1, description="Distinct sentences needed.")


Criterion = Annotated[
    ExistenceCriterion | AbsenceCriterion | ConditionalCriterion | FactCriterion | ClaimCriterion,
    Field(discriminator="kind"),
]


class ScoringPolicy(_Strict):
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


class DocumentProfile(_Strict):
    """What kind of document a pack is for; used to pick a pack automatically."""

    roles: list[
        Literal["audit_report", "company_statement", "auditor_statement", "third_party"]
    ] = Field(default_factory=list)
    auto: bool = Field(default=True, description="May be chosen automatically.")
    overlay_when_risk: list[Literal["high", "elevated"]] = Field(
        default_factory=list,
        description="Added on top of the chosen pack when the context has this risk.",
    )
    overlay_with: list[str] = Field(
        default_factory=list,
        description="Always added on top of these packs when they are chosen.",
    )


class PackMeta(_Strict):
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
    references: list[Reference] = Field(default_factory=list)
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
