"""The criterion models: one YAML file per criterion, its ``kind`` picking the model.

The kind is an explicit discriminator, never union order; unknown keys are errors and patterns
compile at load (see schema.check_patterns). A ``fact`` criterion's params are validated against
its predicate's own model.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    Field,
    SerializeAsAny,
    ValidationInfo,
    field_validator,
    model_validator,
)

from ..defaults import empty_list
from .schema import (
    ID_PATTERN,
    NAME_PATTERN,
    Applicability,
    Dimension,
    Examples,
    Patterns,
    Reference,
    Severity,
    StrictModel,
    check_patterns,
)


class _CriterionBase(StrictModel):
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
        default_factory=empty_list,
        description="Only look under headings matching one of these (case-insensitive regex).",
    )
    scope: list[Literal["heading", "paragraph", "list_item", "table_cell", "quote", "code"]] = (
        Field(
            default_factory=empty_list,
            description="Only look in these block kinds; empty means all.",
        )
    )
    applies: Applicability | None = None
    classifier_labels: list[str] = Field(
        default_factory=empty_list,
        description="Passage-classifier labels that may add evidence when the pack allows it.",
    )
    cap: int | None = Field(
        default=None,
        ge=0,
        le=100,
        description="When this is a red flag, the score cannot exceed this.",
    )
    ilo_cells: list[str] = Field(
        default_factory=empty_list,
        description="ILO matrix cells this criterion covers, as '<phase>/<element>'.",
    )
    ignore_case: bool = True
    aliases: list[str] = Field(default_factory=empty_list)

    _sections = field_validator("sections")(check_patterns)

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
    patterns: list[str] = Field(default_factory=empty_list)
    require_all: dict[str, list[str]] = Field(
        default_factory=dict,
        description=(
            "Named pattern groups that must all match for 'met'; some match gives 'partial'."
        ),
    )
    partial_patterns: Patterns
    exceptions: Patterns = Field(
        default_factory=empty_list,
        description="A match is ignored when its sentence matches one of these.",
    )
    red_flags: Patterns = Field(
        default_factory=empty_list,
        description="Phrases that turn the finding into a red flag whatever else matched.",
    )
    red_flag_exceptions: Patterns
    min_matches: int = Field(default=1, ge=1)
    examined_by_findings: Patterns = Field(
        default_factory=empty_list,
        description=(
            "Topic words: an assessor's own finding on the topic (clean or adverse, read by the "
            "claim layer) in a sentence naming one shows the topic was examined, however the "
            "examination itself is worded ('no worker reported paying a fee')."
        ),
    )

    _p = field_validator(
        "patterns",
        "partial_patterns",
        "exceptions",
        "red_flags",
        "red_flag_exceptions",
        "examined_by_findings",
    )(check_patterns)

    @field_validator("require_all")
    @classmethod
    def _groups(cls, value: dict[str, list[str]], info: ValidationInfo) -> dict[str, list[str]]:
        for name, patterns in value.items():
            if not patterns:
                raise ValueError(f"group {name!r} has no patterns")
            try:
                check_patterns(patterns, info)
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

    _p = field_validator("patterns", "exceptions")(check_patterns)


class ConditionalCriterion(_CriterionBase):
    """A claim must be backed: if a 'when' pattern or fact is present, an 'unless' one must be too.

    Not applicable when the claim is absent; a red flag (or unmet, per ``on_fail``) when the
    claim is present and nothing backs it; met when something does.
    """

    kind: Literal["conditional"]
    when: Patterns
    when_facts: list[str] = Field(default_factory=empty_list)
    when_exceptions: Patterns
    unless: Patterns
    unless_facts: list[str] = Field(default_factory=empty_list)
    also_when: Patterns = Field(
        default_factory=empty_list, description="A second condition that must also match (AND)."
    )
    also_when_facts: list[str] = Field(default_factory=empty_list)
    on_fail: Literal["red_flag", "unmet"] = "red_flag"

    _p = field_validator("when", "when_exceptions", "unless", "also_when")(check_patterns)

    @model_validator(mode="after")
    def _has_claim(self) -> ConditionalCriterion:
        if not self.when and not self.when_facts:
            raise ValueError("a conditional criterion needs 'when' or 'when_facts'")
        return self


class _UncheckedParams(StrictModel):
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
    ] = Field(default_factory=empty_list, description="Whose claims count; empty means anyone's.")
    on_found: Literal["met", "red_flag"] = Field(
        default="met", description="Status when such a claim is made."
    )
    min_claims: int = Field(default=1, ge=1, description="Distinct sentences needed.")


Criterion = Annotated[
    ExistenceCriterion | AbsenceCriterion | ConditionalCriterion | FactCriterion | ClaimCriterion,
    Field(discriminator="kind"),
]
