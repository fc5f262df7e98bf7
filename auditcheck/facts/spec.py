"""What a fact is: one ``FactSpec`` per fact name, and the flat list of rules the scan runs.

A spec holds everything about one fact in one place: its name (what criteria and contradictions
refer to), its human title, its patterns (tried in order; the first to claim a span wins it),
what value a hit gives, and the guards a hit must pass. ``auditcheck.facts.table`` collects the
specs; ``FACT_TITLES`` is derived from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..text.sre_cache import compile_cached
from .fragments import N

#: How a hit becomes a value: "number" (the group ``n`` or ``n2`` read as a count), "true",
#: "match" (the matched text, spaces normalised), "group:<name>" (a captured name, cleaned), or
#: any other string, which is the value itself ("unannounced").
ValueKind = str

#: Checks a hit must pass before it becomes a fact.
#: ``not_negated``: dropped when its sentence negates it ("no off-site interviews were possible").
#: ``asserted``: an absence claim must be asserted flat, not hedged or discussed.
#: ``not_a_year``: a four-digit count between 1900 and 2100 is a year, not a headcount.
#: ``at_most_1000``: a count above 1,000 is not a number of days.
#: ``not_a_title``: "Mr" or "Dr" alone is a person's title, not a firm.
#: ``not_an_organisation``: a name with organisation words ("... Compliance Solutions") is a firm.
Guard = Literal[
    "not_negated", "asserted", "not_a_year", "at_most_1000", "not_a_title", "not_an_organisation"
]


@dataclass(frozen=True)
class Valued:
    """A pattern whose hits give another value than its fact's default."""

    source: str
    value: ValueKind


def valued(source: str, value: ValueKind) -> Valued:
    return Valued(source, value)


@dataclass(frozen=True)
class FactSpec:
    """One fact: name, title, patterns (in the order tried), value kind and guards."""

    name: str
    title: str
    patterns: tuple[str | Valued, ...]
    value: ValueKind = "number"
    guards: tuple[Guard, ...] = ()

    def rules(self) -> list[Rule]:
        out = []
        for pattern in self.patterns:
            source, value = (
                (pattern.source, pattern.value)
                if isinstance(pattern, Valued)
                else (pattern, self.value)
            )
            out.append(
                Rule(self.name, source, value, frozenset(self.guards), source.startswith(_LEADS))
            )
        return out


# Rules that begin with a number are only tried where a number or qualifier starts: scanning
# every position of a 1 MB text with the number-word alternation costs about half a second
# per rule, while these positions are found once per document.
_LEADS = (rf"\b{N}", r"\b(?P<n>")


@dataclass(frozen=True)
class Rule:
    """One pattern of one fact, as the scan runs it (case-insensitive)."""

    name: str
    source: str
    value: ValueKind
    guards: frozenset[str]
    #: the pattern starts with a (qualified) number; see ``extract._matches``
    at_number: bool = False

    @property
    def pattern(self) -> re.Pattern[str]:
        """Compiled on first use and kept: compiling every rule at import slowed start-up, and
        asking ``re``'s cache again on each of 100k+ accesses per long document cost 0.2 s."""
        compiled = _COMPILED.get(self.source)
        if compiled is None:
            compiled = _COMPILED[self.source] = compile_cached(self.source, re.IGNORECASE)
        return compiled


_COMPILED: dict[str, re.Pattern[str]] = {}
