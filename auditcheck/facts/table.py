"""The one table of facts: every ``FactSpec``, the flat rule list, and the titles derived."""

from __future__ import annotations

from . import table_audit, table_claims, table_interviews
from .spec import FactSpec, Rule

FACT_SPECS: tuple[FactSpec, ...] = (
    *table_interviews.SPECS,
    *table_audit.SPECS,
    *table_claims.SPECS,
)

#: Human title of each fact name, read off the specs.
FACT_TITLES: dict[str, str] = {spec.name: spec.title for spec in FACT_SPECS}

#: Every pattern of every fact, in table order: the order the scan tries them.
RULES: tuple[Rule, ...] = tuple(rule for spec in FACT_SPECS for rule in spec.rules())
