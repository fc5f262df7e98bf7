"""absence: red-flag phrases must not appear."""

from __future__ import annotations

from typing import Any

from ..models import Status
from .base import CheckResult, EvalContext, find, quotes, split_by_polarity


def evaluate(criterion: Any, ctx: EvalContext) -> CheckResult:
    hits, _ = split_by_polarity(ctx, find(criterion, ctx, criterion.patterns, criterion.exceptions))
    if hits:
        return CheckResult(Status.red_flag, quotes(ctx, hits, "red_flag"))
    return CheckResult(Status.met)
