"""Facts across the documents of a case: one entry per fact and value, with every source kept.

A source says who said it (the document's author and role), when (its date) and where (file,
line, offsets, quote). The timeline lists, document by document in date order, the claims that
matter when a story shifts: counts, methods, standards, clean results and caveats.
"""

from __future__ import annotations

from typing import Any

from ..facts import Facts
from ..models import Evidence
from .loader import CaseDocument
from .statements import fact_title, statements_of

#: Facts shown on the timeline: the ones whose change between documents means something.
TIMELINE_FACTS = (
    "interviews.total",
    "interviews.none",
    "interviews.onsite",
    "interviews.virtual",
    "workforce.size",
    "audit.days",
    "method.remote",
    "case.mainly_documents",
    "case.onsite",
    "case.auditor_named",
    "case.disavowal",
    "standard.claimed",
    "case.standard_applied",
    "standard.loose",
    "standard.not_accredited",
    "standard.certificate",
    "claim.absence",
    "case.resolved_all",
    "case.caveat",
    "claim.hedged",
    "claim.limitation",
    "scope.limited",
    "report.summary_only",
)


def source_of(doc: CaseDocument, ev: Evidence) -> dict[str, Any]:
    """Who said it, when, and where, for one quote of one document."""
    return {
        "path": doc.path,
        "file": doc.name,
        "role": doc.role,
        "author": doc.author,
        "date": doc.date.isoformat() if doc.date else None,
        "quote": ev.quote,
        "line": ev.line,
        "column": ev.column,
        "start": ev.start,
        "end": ev.end,
    }


def _key(value: Any) -> str:
    return " ".join(str(value).lower().split()) if isinstance(value, str) else repr(value)


def merge_facts(sources: list[tuple[CaseDocument, Facts]]) -> list[dict[str, Any]]:
    """Group facts by name and value across documents, keeping each source in time order."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for doc, facts in sources:
        for fact in facts.items:
            entry = merged.setdefault(
                (fact.name, _key(fact.value)),
                {
                    "name": fact.name,
                    "title": fact_title(fact.name),
                    "value": fact.value,
                    "sources": [],
                },
            )
            entry["sources"].extend(source_of(doc, ev) for ev in fact.evidence)
    for entry in merged.values():
        entry["documents"] = sorted({s["file"] for s in entry["sources"]})
    return sorted(merged.values(), key=lambda e: (e["name"], _key(e["value"])))


def timeline(sources: list[tuple[CaseDocument, Facts]]) -> list[dict[str, Any]]:
    """What each document claimed, in date order, with the quote and line of each claim."""
    out = []
    for doc, facts in sources:
        claims = []
        for st in statements_of(doc.document, facts, *TIMELINE_FACTS):
            value = st.value if not isinstance(st.value, bool) else None
            claims.append(
                {
                    "fact": st.name,
                    "title": fact_title(st.name),
                    "value": value,
                    "quote": st.evidence.quote,
                    "line": st.evidence.line,
                }
            )
        out.append(
            {
                "date": doc.date.isoformat() if doc.date else None,
                "date_source": doc.date_source,
                "path": doc.path,
                "file": doc.name,
                "role": doc.role,
                "author": doc.author,
                "claims": _one_per_sentence(claims),
            }
        )
    return out


def _one_per_sentence(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Several facts found in one sentence show as one line naming them all, each with its value."""
    out: list[dict[str, Any]] = []
    for c in claims:
        label = c["title"] + (f" = {c['value']}" if c["value"] is not None else "")
        same = next((o for o in out if o["quote"] == c["quote"] and o["line"] == c["line"]), None)
        if same is None:
            out.append(
                {
                    "facts": [c["fact"]],
                    "values": {c["fact"]: c["value"]},
                    "title": label,
                    "quote": c["quote"],
                    "line": c["line"],
                }
            )
        elif c["fact"] not in same["facts"]:
            same["facts"].append(c["fact"])
            same["values"][c["fact"]] = c["value"]
            same["title"] += f"; {label}"
    return out
