"""fact: decided by a named rule over extracted facts and context (auditcheck.rules)."""

from __future__ import annotations

from typing import Any

from ..rules import RULES
from .base import CheckResult, EvalContext


def evaluate(criterion: Any, ctx: EvalContext) -> CheckResult:
    rule = RULES.get(criterion.rule)
    if rule is None:
        raise KeyError(f"unknown rule {criterion.rule!r}; known: {', '.join(sorted(RULES))}")
    return rule(criterion, ctx, **criterion.params)
