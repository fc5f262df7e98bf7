"""fact_present: a criterion decided only by which facts the text states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from ...defaults import empty_list
from ...models import Status
from ..base import CheckResult, EvalContext
from .common import FactNames, Params, all_of, any_of, fact_evidence

if TYPE_CHECKING:
    from ...packs.criterion import FactCriterion


class FactPresentParams(Params):
    any: FactNames = Field(
        default_factory=empty_list, description="Met when one of these facts is found."
    )
    all: FactNames = Field(
        default_factory=empty_list,
        description="Met when all of these are found; some of them give partial.",
    )
    partial: FactNames = Field(
        default_factory=empty_list, description="Weaker facts that give partial."
    )
    red_flag: FactNames = Field(
        default_factory=empty_list,
        description="A red flag when one of these is found (checked first).",
    )
    unless: FactNames = Field(
        default_factory=empty_list, description="Facts that cancel the red flag when one is found."
    )


def fact_present(
    criterion: FactCriterion, ctx: EvalContext, params: FactPresentParams
) -> CheckResult:
    """Met when any (or all) of the facts are present; partial on weaker ones; red flags win."""
    if params.red_flag and any_of(ctx, params.red_flag) and not any_of(ctx, params.unless):
        return CheckResult(Status.red_flag, fact_evidence(ctx, *params.red_flag))
    if params.all and all_of(ctx, params.all):
        return CheckResult(Status.met, fact_evidence(ctx, *params.all))
    if params.any and any_of(ctx, params.any):
        return CheckResult(Status.met, fact_evidence(ctx, *params.any))
    if any_of(ctx, params.partial) or any_of(ctx, params.all):
        return CheckResult(Status.partial, fact_evidence(ctx, *params.partial, *params.all))
    return CheckResult(Status.unmet)
