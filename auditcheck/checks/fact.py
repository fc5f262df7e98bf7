"""fact: decided by a named predicate over extracted facts and context (checks.predicates)."""

from __future__ import annotations

from typing import Any

from .base import CheckResult, EvalContext
from .predicates import PREDICATES


def evaluate(criterion: Any, ctx: EvalContext) -> CheckResult:
    """Call the criterion's predicate with the params model the pack loader validated."""
    predicate = PREDICATES.get(criterion.rule)
    if predicate is None:  # only a criterion built without validation can get here
        raise KeyError(
            f"unknown predicate {criterion.rule!r}; known: {', '.join(sorted(PREDICATES))}"
        )
    params = criterion.params
    if not isinstance(params, predicate.params):
        raise TypeError(f"{criterion.id}: params were not validated as {predicate.params.__name__}")
    return predicate.function(criterion, ctx, params)
