"""Every pattern string of the loaded packs, to register them with the RE2 scanner up front.

Priming the scanner with every pack's patterns before the first document (and before a batch
forks its workers) lets even the first document be tested against a few RE2 sets instead of
pattern by pattern.
"""

from __future__ import annotations

from typing import Any

#: Criterion fields that hold lists of patterns (see packs/criterion.py).
_PATTERN_FIELDS = (
    "patterns",
    "partial_patterns",
    "exceptions",
    "red_flags",
    "red_flag_exceptions",
    "when",
    "when_exceptions",
    "unless",
    "also_when",
    "examined_by_findings",
)


def pack_patterns(packs: dict[str, Any]) -> list[str]:
    """Every pattern string in the packs' criteria, in a stable order (to prime the matcher)."""
    found: dict[str, None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if (
                    key in _PATTERN_FIELDS
                    and isinstance(value, list)
                    and all(isinstance(v, str) for v in value)
                ):
                    found.update(dict.fromkeys(value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for pack in packs.values():
        for criterion in pack.criteria:
            walk(criterion.model_dump())
    return list(found)
