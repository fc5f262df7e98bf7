"""The evaluation engine: the one flow from a Document to a Report, and its criteria runner."""

from .criteria import evaluate_criterion, evaluate_pack

__all__ = ["evaluate_criterion", "evaluate_pack"]
