"""``Facts``: the facts found in one document, with lookups by name."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Evidence, Fact


class Facts:
    """The facts found in one document, by name, in document order."""

    def __init__(self, facts: Iterable[Fact] = ()) -> None:
        self.items: list[Fact] = list(facts)

    def get(self, name: str) -> list[Fact]:
        return [f for f in self.items if f.name == name]

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.items)

    def first(self, name: str) -> Fact | None:
        return next((f for f in self.items if f.name == name), None)

    def number(self, name: str, *, pick: str = "max") -> int | None:
        values = [
            f.value
            for f in self.get(name)
            if isinstance(f.value, (int, float)) and not isinstance(f.value, bool)
        ]
        if not values:
            return None
        return int(max(values) if pick == "max" else values[0])

    def values(self, name: str) -> list[object]:
        """Distinct values of one fact, in document order."""
        out: list[object] = []
        for f in self.get(name):
            if f.value not in out:
                out.append(f.value)
        return out

    def evidence(self, *names: str) -> list[Evidence]:
        return [e for f in self.items if f.name in names for e in f.evidence]

    def names(self) -> set[str]:
        return {f.name for f in self.items}
