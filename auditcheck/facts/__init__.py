"""The facts layer: structured claims pulled from the text, each with the quote it rests on.

Facts are what rules and contradictions reason about: how many workers were interviewed and
where, the workforce size, dates and days on site, announcement, remote or document-only
methods, who audited, signed, commissioned and paid, which standard was claimed and whether a
certificate or accredited body is named, and absence claims such as "no indication of forced
labour". Extraction is deliberately conservative: a fact needs a number or a named thing next
to the words that make it one.

Where things are:

* ``table`` (with ``table_interviews``, ``table_audit``, ``table_claims``): the one table of
  ``FactSpec`` (name, title, patterns, value kind, guards); ``FACT_TITLES`` is derived from it.
* ``fragments``: the regex pieces patterns share (numbers, worker nouns, names, months).
* ``guards`` and ``values``: what a hit must pass, and how it becomes a value.
* ``extract``: the scan over the document's shared index; ``model``: ``Facts``.

How the rules are written, and why:

* Every rule is matched case-insensitively, except name groups: they are wrapped in
  ``(?-i:...)`` so that "conducted by a local firm" never yields the name "a local firm".
  A name never runs over a blank line or past the end of a sentence.
* Facts that state that something was done ("off-site interviews", "certified") are dropped
  when the sentence negates them ("no off-site interviews were possible").
* An absence claim must be asserted, not discussed: "this does not mean there is no forced
  labour" and "not at a level to indicate systemic forced labour" are hedges, not absence
  claims (they are recorded as ``claim.hedged``).
* Each fact's evidence is exactly ``document.text[start:end]``; for named facts it ends where
  the name ends.

Performance: every pattern is bounded (no unbounded gaps between words), so the whole pass is
linear in the text. Rules that start with a number are tried only where a number starts; the
others go through RE2 where that is exact (``auditcheck.text.scanner``).
"""

from __future__ import annotations

from .extract import extract_facts
from .model import Facts
from .spec import FactSpec, Rule
from .table import FACT_SPECS, FACT_TITLES, RULES

__all__ = ["FACT_SPECS", "FACT_TITLES", "RULES", "FactSpec", "Facts", "Rule", "extract_facts"]
