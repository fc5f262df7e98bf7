"""Helpers for pack authors: run a criterion on a snippet and check its examples.

A criterion example runs through the engine's own flow (``prepare`` then the same per-finding
steps as a full run), so what an example proves is what a full run does. Shipped in the package
so packs kept outside this repository can test themselves the same way.
"""

from __future__ import annotations

from typing import Any

from .document import document_from_text
from .engine.flow import Options, evaluate_one, prepare
from .models import Finding, Status
from .packs.loader import Pack

#: Statuses an 'unmet' example may give: the criterion is not satisfied, whether the snippet
#: shows it failing (unmet, red flag) or does not show it at all (unknown, when no burden of
#: proof makes silence a failure).
UNMET_STATUSES = {Status.unmet, Status.red_flag, Status.not_assessable}


def run_criterion(criterion: Any, text: str, pack: Pack, *, role: str | None = None) -> Finding:
    """Evaluate one criterion of ``pack`` on a Markdown snippet, exactly as a full run would."""
    document = document_from_text(text, path="<example>")
    prepared = prepare(document, {pack.id: pack}, Options(pack=pack.id, overlays=False, role=role))
    finding = evaluate_one(prepared, criterion, pack)
    for ev in finding.evidence:
        assert document.text[ev.start : ev.end] == ev.quote
    return finding


def example_cases(pack: Pack) -> list[tuple[str, Any, str, str]]:
    """(test id, criterion, expected, text) for every example of every criterion in a pack."""
    cases = []
    for c in pack.criteria:
        for expected in ("met", "unmet", "partial", "not_applicable", "not_assessable"):
            for i, text in enumerate(getattr(c.examples, expected, [])):
                cases.append((f"{pack.id}:{c.id}:{expected}_{i}", c, expected, text))
    return cases


def example_holds(finding: Finding, expected: str) -> bool:
    """Whether a finding gives the status an example expects."""
    if expected == "unmet":
        return finding.status in UNMET_STATUSES
    return finding.status.value == expected


def check_example(criterion: Any, expected: str, text: str, pack: Pack) -> Finding:
    finding = run_criterion(criterion, text, pack)
    assert example_holds(finding, expected), (
        f"{criterion.id} example expected {expected}, got {finding.status.value}: "
        f"{finding.message}\ntext: {text!r}"
    )
    return finding
