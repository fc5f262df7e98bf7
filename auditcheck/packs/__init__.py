"""Criteria packs: schema, loading and discovery of checklists stored as YAML, and the dated
reference data they rely on."""

from .criterion import AbsenceCriterion, ConditionalCriterion, ExistenceCriterion, FactCriterion
from .loader import (
    Pack,
    builtin_criteria_root,
    discover_packs,
    load_criterion,
    load_pack,
    load_packs,
)
from .schema import DIMENSION_TITLES, Dimension, PackMeta, ScoringPolicy, Severity

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
