"""Check kinds: code that knows how to evaluate one shape of criterion, chosen by its ``kind``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import absence, claim, conditional, existence, fact
from .base import CheckResult, EvalContext

REGISTRY: dict[str, Callable[[Any, EvalContext], CheckResult]] = {
    "existence": existence.evaluate,
    "absence": absence.evaluate,
    "conditional": conditional.evaluate,
    "fact": fact.evaluate,
    "claim": claim.evaluate,
}

__all__ = ["REGISTRY", "CheckResult", "EvalContext"]
