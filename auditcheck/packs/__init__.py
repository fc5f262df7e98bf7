"""Criteria packs: schema, loading and discovery of checklists stored as YAML."""

from .loader import (
    Pack,
    builtin_criteria_root,
    discover_packs,
    load_criterion,
    load_pack,
    load_packs,
)
from .schema import (
    DIMENSION_TITLES,
    AbsenceCriterion,
    ConditionalCriterion,
    Dimension,
    ExistenceCriterion,
    FactCriterion,
    PackMeta,
    ScoringPolicy,
    Severity,
)

__all__ = [
    "DIMENSION_TITLES",
    "AbsenceCriterion",
    "ConditionalCriterion",
    "Dimension",
    "ExistenceCriterion",
    "FactCriterion",
    "Pack",
    "PackMeta",
    "ScoringPolicy",
    "Severity",
    "builtin_criteria_root",
    "discover_packs",
    "load_criterion",
    "load_pack",
    "load_packs",
]
