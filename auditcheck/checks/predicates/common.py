"""What every predicate shares: the Predicate pair, the strict params base and typed parameters.

A predicate is a function ``(criterion, ctx, params) -> CheckResult`` paired with the pydantic
model its ``params`` are validated against when the pack loads. Parameter types that need a
check of their own (a fact name the facts layer defines, a list of patterns that compile) are
defined here once, with the words the generated predicate table uses for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationInfo

from ...facts import FACT_TITLES
from ...models import Evidence
from ...packs.loader import KNOWN_FACTS, unknown_fact_message
from ...packs.schema import check_patterns
from ..base import CheckResult, EvalContext, sentence_evidence

if TYPE_CHECKING:
    from ...packs.criterion import FactCriterion

#: Every fact name the facts layer can produce; YAML may name no other.
FACT_NAMES: frozenset[str] = KNOWN_FACTS


@dataclass(frozen=True)
class Shown:
    """How a parameter type is written in the generated predicate table (ignored by pydantic)."""

    text: str


def _known_fact(name: str) -> str:
    if name not in FACT_NAMES:
        raise ValueError(unknown_fact_message(name))
    return name


def _patterns_compile(value: list[str], info: ValidationInfo) -> list[str]:
    # The same check as every pattern list of a criterion, including the skip for built-in
    # packs whose patterns CI compiles.
    return check_patterns(value, info)


#: A fact name from the facts layer (``interviews.total``); an unknown name fails at load.
FactName = Annotated[str, AfterValidator(_known_fact), Shown("fact name")]
#: Fact names, in the order the YAML gives them.
FactNames = Annotated[list[FactName], Shown("list of fact names")]
#: Regular expressions in the criteria pattern dialect; each must compile at load.
Patterns = Annotated[list[str], AfterValidator(_patterns_compile), Shown("list of patterns")]


class Params(BaseModel):
    """Base of every predicate's params: unknown keys and loosely typed values are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class NoParams(Params):
    """For predicates that take no parameters."""


P = TypeVar("P", bound=Params)


@dataclass(frozen=True)
class Predicate(Generic[P]):
    """A predicate behind ``kind: fact``: the function and the model its params must fit."""

    function: Callable[[FactCriterion, EvalContext, P], CheckResult]
    params: type[P]

    def __iter__(self) -> Iterator[Any]:
        """Unpacks as ``function, params_model = PREDICATES[name]``."""
        return iter((self.function, self.params))

    @property
    def summary(self) -> str:
        """First line of the function's docstring: what the predicate decides."""
        doc = (self.function.__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else ""


def fact_evidence(ctx: EvalContext, *names: str, limit: int = 3) -> list[Evidence]:
    """Evidence for facts, widened to the sentence each fact stands in so a reader sees context."""
    return sentence_evidence(ctx, ctx.facts.evidence(*names), limit)


def location_evidence(ctx: EvalContext, limit: int = 1) -> list[Evidence]:
    """The first quote of the first ``limit`` context matches: where the risk comes from."""
    return [e for m in ctx.context.matches[:limit] for e in m.evidence[:1]]


def any_of(ctx: EvalContext, names: list[str]) -> bool:
    return bool(names) and any(ctx.facts.has(n) for n in names)


def all_of(ctx: EvalContext, names: list[str]) -> bool:
    return bool(names) and all(ctx.facts.has(n) for n in names)


def fact_title(name: str) -> str:
    return FACT_TITLES.get(name, name)


__all__ = [
    "FACT_NAMES",
    "FactName",
    "FactNames",
    "NoParams",
    "Params",
    "Patterns",
    "Predicate",
    "Shown",
    "all_of",
    "any_of",
    "fact_evidence",
    "fact_title",
    "location_evidence",
]
