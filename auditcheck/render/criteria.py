"""Criteria packs as terminal text: what ``criteria list`` and ``criteria show`` print.

Titles, descriptions and examples come from pack files, which may be a user's own, so every
line goes through the terminal sanitiser: an escape sequence is shown, never obeyed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .safe import terminal_safe

if TYPE_CHECKING:
    from ..packs.loader import Pack

#: Detection keys ``criteria show`` prints when a criterion has them, in this order.
DETECTION_KEYS = (
    "patterns",
    "partial_patterns",
    "exceptions",
    "red_flags",
    "when",
    "when_facts",
    "unless",
    "unless_facts",
    "also_when",
    "rule",
    "params",
    "sections",
    "scope",
    "ilo_cells",
    "classifier_labels",
)
EXAMPLE_STATUSES = ("met", "partial", "unmet", "not_applicable")


def pack_listing(packs: dict[str, Pack], only: str | None = None) -> str:
    """Each pack on one line (version, title, size, when it is added), then its criteria."""
    lines = []
    for p in packs.values():
        if only and p.id != only:
            continue
        flags = []
        if p.meta.default:
            flags.append("default")
        if p.meta.profile.overlay_when_risk:
            flags.append("added when risk is " + "/".join(p.meta.profile.overlay_when_risk))
        if p.meta.profile.overlay_with:
            flags.append("added with " + ", ".join(p.meta.profile.overlay_with))
        lines.append(
            f"{p.id} {p.meta.version}: {p.meta.title} — {len(p.criteria)} criteria"
            + (f" ({'; '.join(flags)})" if flags else "")
        )
        for c in p.criteria:
            aw = f" [{c.audit_washing}]" if c.audit_washing else ""
            lines.append(f"  {c.id:<8} {c.dimension.value:<19} {c.severity.value:<8} {c.title}{aw}")
    return terminal_safe("\n".join(lines) + "\n") if lines else ""


def _citation(r: Any) -> str:
    """A pack reference as 'Publisher, Title (year), clause' (the output model formats it)."""
    from ..models import Reference

    return Reference(**r.model_dump(include=set(Reference.model_fields))).citation()


def _flat(text: str) -> str:
    return " ".join(text.split())


def criterion_text(pack: Pack, c: Any) -> str:
    """All about one criterion: what it checks, why, how to fix it, sources and examples."""
    lines = [
        f"{c.id} {c.name}  ({pack.id}, group {pack.group_of(c.id)})",
        f"  {c.title}",
        f"  kind: {c.kind}   dimension: {c.dimension.value}   severity: {c.severity.value}   "
        f"weight: {c.weight:g}"
        + (f"   audit-washing: {c.audit_washing}" if c.audit_washing else "")
        + (f"   cap: {c.cap}" if c.cap is not None else ""),
    ]
    if c.description:
        lines.append(f"\nDescription:\n  {_flat(c.description)}")
    lines.append(f"\nWhen not met:\n  {_flat(c.message)}")
    lines.append(f"\nRationale:\n  {_flat(c.rationale)}")
    lines.append(f"\nRemedy:\n  {_flat(c.remedy)}")
    lines.append("\nReferences:")
    for r in c.references:
        lines.append(
            f"  - {_citation(r)}"
            + (f" <{r.url}>" if r.url else "")
            + ("" if r.verification == "verified" else f" [{r.verification.replace('_', ' ')}]")
        )
    lines.append("\nDetection:")
    for key in DETECTION_KEYS:
        value = getattr(c, key, None)
        if value:
            lines.append(f"  {key}: {value}")
    for name, pats in (getattr(c, "require_all", None) or {}).items():
        lines.append(f"  require_all.{name}: {pats}")
    lines.append("\nExamples:")
    for status in EXAMPLE_STATUSES:
        for ex in getattr(c.examples, status):
            lines.append(f"  {status}: {_flat(ex)}")
    return "\n".join(terminal_safe(line) for line in lines) + "\n"
