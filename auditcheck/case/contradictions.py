"""Find where the documents of a case do not tell the same story, with both quotes side by side.

Five kinds, each an audit-washing pattern of the source notes:

* ``number`` (AW-05): interviews, workforce or days on site given as different numbers.
* ``method`` (AW-05): interviews claimed in one place and denied or replaced by a document
  review in another; an on-site visit claimed where another document describes remote work.
* ``standard`` (AW-02): a standard said to have been applied, later only "a framework" or
  done by a body that is "not accredited".
* ``participation`` (AW-03): a firm named as the auditor while its own people say they took
  no part.
* ``claim_vs_caveat`` (AW-13): a company's clean result or "all resolved" headline where the
  auditor's own words carry caveats, hedges or a limited scope the company leaves out.
* ``withdrawn`` (AW-05): a clean result claimed in one document that the auditor or standard
  owner withdraws, suspends or stops standing behind in another (read from the claim layer).

Only statements in different documents are compared: one document that both claims and
qualifies is read as a whole by the single-document criteria. Pairs are put in date order, so
``later`` is the statement that revises ``earlier``; without dates the file order stands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..claims import CLAIMANTS, ClaimReading
from ..facts import Facts
from ..models import Evidence
from ..washing import PATTERNS
from .kinds import KIND_PATTERN, KIND_TITLES, KIND_WEIGHING
from .loader import CaseDocument, chronological
from .statements import Statement, fact_title, statements_of

AUDIT_SIDE = ("audit_report", "auditor_statement")
#: Relative difference below which two workforce figures are read as the same (rounding, "about").
WORKFORCE_TOLERANCE = 0.05


@dataclass
class Side:
    """One of the two statements of a contradiction."""

    doc: CaseDocument
    statement: Statement

    def to_dict(self) -> dict[str, Any]:
        ev: Evidence = self.statement.evidence
        value = self.statement.value
        return {
            "path": self.doc.path,
            "file": self.doc.name,
            "role": self.doc.role,
            "author": self.doc.author,
            "date": self.doc.date.isoformat() if self.doc.date else None,
            "fact": self.statement.name,
            "value": value
            if isinstance(value, (int, float, str)) and not isinstance(value, bool)
            else None,
            "quote": ev.quote,
            "speaker": ev.speaker,
            "modality": ev.modality,
            "line": ev.line,
            "column": ev.column,
            "end_line": ev.end_line,
            "start": ev.start,
            "end": ev.end,
        }


@dataclass
class Contradiction:
    kind: str
    earlier: Side
    later: Side
    explanation: str
    subject: str

    @property
    def pattern(self) -> str:
        return KIND_PATTERN[self.kind]

    @property
    def dated(self) -> bool:
        return self.earlier.doc.date is not None and self.later.doc.date is not None

    @property
    def ordered_by(self) -> str:
        if self.dated:
            return "date"
        if self.earlier.doc.date is None and self.later.doc.date is None:
            return "file order"
        return "dated before undated"

    def to_dict(self, number: int) -> dict[str, Any]:
        return {
            "id": f"C{number}",
            "kind": self.kind,
            "title": KIND_TITLES[self.kind],
            "subject": self.subject,
            "audit_washing": self.pattern,
            "audit_washing_title": PATTERNS[self.pattern],
            "earlier": self.earlier.to_dict(),
            "later": self.later.to_dict(),
            "ordered_by": self.ordered_by,
            "explanation": self.explanation,
        }


Sources = list[tuple[CaseDocument, Facts]]
#: Each document's claims, by path, from the claim layer.
Readings = dict[str, ClaimReading]


def find_contradictions(sources: Sources, readings: Readings | None = None) -> list[Contradiction]:
    """Every contradiction between the documents, in a stable order (kind, then time)."""
    found = [
        *_numbers(sources),
        *_methods(sources),
        *_standards(sources),
        *_participation(sources),
        *_claim_vs_caveat(sources),
        *_withdrawn(sources, readings or {}),
    ]
    kinds = list(KIND_TITLES)
    return sorted(
        found,
        key=lambda c: (
            kinds.index(c.kind),
            c.earlier.doc.order,
            c.later.doc.order,
            c.earlier.statement.evidence.start,
        ),
    )


def _when(doc: CaseDocument) -> str:
    return doc.date.isoformat() if doc.date else f"undated, file {doc.order + 1}"


def _pair(
    kind: str, a: Side, b: Side, subject: str, explain: str | Callable[[Side, Side], str]
) -> Contradiction:
    """Order two sides in time and explain them from the later side's view."""
    earlier, later = sorted((a, b), key=lambda s: chronological(s.doc))
    head = explain(earlier, later) if callable(explain) else explain
    text = (
        f"{head} Earlier: {earlier.doc.name} ({_when(earlier.doc)}, "
        f"{earlier.doc.role.replace('_', ' ')}); "
        f"later: {later.doc.name} ({_when(later.doc)}, {later.doc.role.replace('_', ' ')}). "
        f"{KIND_WEIGHING[kind]}"
    )
    return Contradiction(kind, earlier, later, text, subject)


def _first(doc: CaseDocument, facts: Facts, *names: str) -> Statement | None:
    """The document's first statement of the first name (in the order given) that it makes."""
    for name in names:
        found = statements_of(doc.document, facts, name)
        if found:
            return found[0]
    return None


_NUMBERS = ("interviews.total", "workforce.size", "audit.days")


def _numbers(sources: Sources) -> list[Contradiction]:
    out = []
    for name in _NUMBERS:
        per_doc: list[tuple[CaseDocument, Statement, float]] = []
        for doc, facts in sources:
            stated = [
                (s.value, s)
                for s in statements_of(doc.document, facts, name)
                if isinstance(s.value, (int, float))
            ]
            if stated:
                # the largest figure is the document's headline claim; smaller ones are usually
                # parts of it
                value, statement = max(stated, key=lambda pair: pair[0])
                per_doc.append((doc, statement, value))
        seen: set[tuple[float, float]] = set()
        for i, (da, sa, va) in enumerate(per_doc):
            for db, sb, vb in per_doc[i + 1 :]:
                if _same(name, va, vb) or (va, vb) in seen:
                    continue
                seen.add((va, vb))
                out.append(
                    _pair("number", Side(da, sa), Side(db, sb), fact_title(name), _numbers_differ)
                )
    return out


def _numbers_differ(earlier: Side, later: Side) -> str:
    title = fact_title(earlier.statement.name)
    return (
        f"{title}: {earlier.statement.value:g} in {earlier.doc.name}, "
        f"{later.statement.value:g} in {later.doc.name}."
    )


def _same(name: str, a: float, b: float) -> bool:
    if name == "workforce.size":
        return abs(a - b) <= WORKFORCE_TOLERANCE * max(a, b)
    return a == b


_INTERVIEWED = (
    "interviews.total",
    "interviews.individual",
    "interviews.group",
    "interviews.onsite",
    "interviews.offsite",
)
_NO_INTERVIEWS = ("interviews.none", "case.mainly_documents")
_ONSITE = ("case.onsite", "interviews.onsite")
_REMOTE = ("method.remote", "interviews.virtual")


def _methods(sources: Sources) -> list[Contradiction]:
    out = []
    out += _claim_vs_denial(
        sources,
        _INTERVIEWED,
        _NO_INTERVIEWS,
        "Worker interviews",
        "One document says workers were interviewed; another says interviews were not held or "
        "the work was mainly a document review.",
        denial_wins=True,
    )
    out += _claim_vs_denial(
        sources,
        _ONSITE,
        _REMOTE,
        "On-site or remote",
        "One document describes an on-site visit; another describes remote or desk work.",
    )
    return out


def _claim_vs_denial(
    sources: Sources,
    claim: tuple[str, ...],
    denial: tuple[str, ...],
    subject: str,
    explain: str,
    kind: str = "method",
    denial_wins: bool = False,
) -> list[Contradiction]:
    """Documents that claim without denying, against documents that deny.

    With ``denial_wins`` a document that says both ("we spoke with 12 workers, but it was mainly a
    document review") counts as a denial: the retraction is what it adds. Without it, such a
    document is read as describing a mixed method and set aside.
    """
    claims, denials = [], []
    for doc, facts in sources:
        has_claim, has_denial = _first(doc, facts, *claim), _first(doc, facts, *denial)
        if has_claim and not has_denial:
            claims.append(Side(doc, has_claim))
        elif has_denial and (denial_wins or not has_claim):
            denials.append(Side(doc, has_denial))
    if not claims or not denials:
        return []
    # one pair per denying document, against the earliest claim: the claim it revises
    return [_pair(kind, claims[0], d, subject, explain) for d in denials]


def _standards(sources: Sources) -> list[Contradiction]:
    return _claim_vs_denial(
        sources,
        ("case.standard_applied",),
        ("standard.loose", "standard.not_accredited"),
        "Standard",
        "One document says a standard was applied; another calls it only a framework or says the "
        "body was not accredited.",
        kind="standard",
        denial_wins=True,
    )


def _participation(sources: Sources) -> list[Contradiction]:
    named = [
        (doc, s)
        for doc, facts in sources
        if (s := _first(doc, facts, "case.auditor_named", "auditor.firm", "auditor.names"))
    ]
    out = []
    for doc, facts in sources:
        disavowal = _first(doc, facts, "case.disavowal")
        if not disavowal:
            continue
        other = next(((d, s) for d, s in named if d is not doc), None)
        if other:
            out.append(
                _pair(
                    "participation",
                    Side(*other),
                    Side(doc, disavowal),
                    "Who took part",
                    "A document names who ran the audit; people from that side say they took no "
                    "part in it.",
                )
            )
    return out


_CLEAN = ("claim.absence", "case.resolved_all")
_CAVEAT = ("case.caveat", "claim.hedged", "claim.limitation", "scope.limited")


def _claim_vs_caveat(sources: Sources) -> list[Contradiction]:
    caveats = [
        (doc, s)
        for doc, facts in sources
        if doc.role in AUDIT_SIDE and doc.role_confident and (s := _first(doc, facts, *_CAVEAT))
    ]
    out = []
    for doc, facts in sources:
        if doc.role != "company_statement":
            continue
        found = statements_of(doc.document, facts, *_CLEAN)
        clean = (
            found[0] if found else None
        )  # the first clean claim in the text: usually the headline
        if not clean or _first(doc, facts, *_CAVEAT):
            continue  # a company that repeats the caveat is not outrunning it
        if caveats:
            other_doc, caveat = caveats[0]
            out.append(
                _pair(
                    "claim_vs_caveat",
                    Side(doc, clean),
                    Side(other_doc, caveat),
                    "Claim and caveat",
                    "The company states a clean or fully resolved result; the auditor's own "
                    "words qualify it, and the company leaves that out.",
                )
            )
    return out


#: Who can withdraw an audit's result: the assessor, or the owner of the standard it certified to.
_WITHDRAWERS = frozenset({"auditor", "standard_owner"})
#: Whose clean claim rests on that result.


def _withdrawn(sources: Sources, readings: Readings) -> list[Contradiction]:
    """A clean result claimed in one document, withdrawn by its assessor in another."""
    clean: list[Side] = []
    withdrawals: list[Side] = []
    for doc, _ in sources:
        reading = readings.get(doc.path)
        if reading is None:
            continue
        for claim in reading.claims:
            if not claim.counts:
                continue
            if claim.kind == "clean" and claim.speaker in CLAIMANTS:
                clean.append(Side(doc, Statement("claim.clean", None, claim.evidence)))
                break  # the first clean claim is the document's headline
        for claim in reading.claims:
            if claim.counts and claim.kind == "decline" and claim.speaker in _WITHDRAWERS:
                withdrawals.append(Side(doc, Statement("claim.withdrawn", None, claim.evidence)))
                break
    out = []
    for withdrawal in withdrawals:
        claim_side = next((c for c in clean if c.doc is not withdrawal.doc), None)
        if claim_side is not None:
            out.append(
                _pair(
                    "withdrawn",
                    claim_side,
                    withdrawal,
                    "Clean claim withdrawn",
                    "One document claims a clean result; the assessor withdraws it or no longer "
                    "stands behind it in another.",
                )
            )
    return out
