"""Helpers for pack authors: run a criterion on a snippet and check its examples.

Shipped in the package so packs kept outside this repository can test themselves the same way.
"""

from __future__ import annotations

from typing import Any

from .checks.base import EvalContext
from .context import assess_context
from .document import document_from_text
from .engine import evaluate_criterion
from .facts import extract_facts
from .matcher import DocumentIndex
from .models import Finding, Status
from .packs.loader import Pack
from .roles import classify_role

#: Statuses an 'unmet' example may give: the criterion is not satisfied either way.
UNMET_STATUSES = {Status.unmet, Status.red_flag}


def run_criterion(criterion: Any, text: str, pack: Pack | None = None, *, role: str | None = None) -> Finding:
    """Evaluate one criterion on a Markdown snippet, with facts and context as in a full run."""
    document = document_from_text(text, path="<example>")
    index = DocumentIndex(document)
    ctx = EvalContext(
        document=document,
        index=index,
        facts=extract_facts(document),
        context=assess_context(document, index),
        role=role or classify_role(document).role,
    )
    finding = evaluate_criterion(criterion, ctx, pack)
    for ev in finding.evidence:
        assert document.text[ev.start : ev.end] == ev.quote
    return finding


def example_cases(pack: Pack) -> list[tuple[str, Any, str, str]]:
    """(test id, criterion, expected, text) for every example of every criterion in a pack."""
    cases = []
    for c in pack.criteria:
        for expected in ("met", "unmet", "partial", "not_applicable"):
            for i, text in enumerate(getattr(c.examples, expected)):
                cases.append((f"{pack.id}:{c.id}:{expected}_{i}", c, expected, text))
    return cases


def check_example(criterion: Any, expected: str, text: str, pack: Pack | None = None) -> Finding:
    finding = run_criterion(criterion, text, pack)
    ok = finding.status in UNMET_STATUSES if expected == "unmet" else finding.status.value == expected
    assert ok, (
        f"{criterion.id} example expected {expected}, got {finding.status.value}: {finding.message}\n"
        f"text: {text!r}"
    )
    return finding
