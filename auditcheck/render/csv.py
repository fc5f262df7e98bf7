"""The batch table for spreadsheets: one row per document, columns a reader understands.

Pure functions over report dicts (the JSON form of a Report, as batch keeps them) and error
records; nothing here reads files or runs the engine. Error rows have the same columns as
report rows, with the error in its own column. Every cell that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) is prefixed with an
apostrophe, so a document title cannot run a formula on an analyst's machine.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from ..vocabulary import CLAIM_LABELS, ROLE_LABELS, VERDICT_LABELS, VERDICT_ORDER
from .summary import NOT_FOUND_SUFFIX

#: How many unmet criteria (red flags first) the table names, with their failure messages.
TOP_UNMET = 3

COLUMNS = [
    "path",
    "title",
    "role",
    "claim_kind",
    "verdict",
    "score",
    "uncapped_score",
    "coverage",
    "red_flags",
    "audit_washing",
    "context_risk",
    "top_unmet",
    "html",
    "reference_date",
    "tool_version",
    "sha256",
    "error",
]
COLUMN_TITLES = {
    "path": "File",
    "title": "Title",
    "role": "Read as",
    "claim_kind": "Claim the verdict is about",
    "verdict": "Verdict",
    "score": "Score",
    "uncapped_score": "Score before caps",
    "coverage": "Coverage (%)",
    "red_flags": "Red flags",
    "audit_washing": "Audit-washing patterns",
    "context_risk": "Context risk",
    "top_unmet": "Top unmet criteria (what is missing)",
    "html": "HTML report",
    "reference_date": "Reference data of",
    "tool_version": "auditcheck version",
    "sha256": "sha256",
    "error": "Error",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """A CSV cell: empty for None, numbers as written, text defused against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return f"{value:g}"
    text = " ".join(str(value).split())
    return "'" + text if text.startswith(_FORMULA_START) else text


def top_unmet(report: dict, n: int = TOP_UNMET) -> list[tuple[str, str]]:
    """(criterion id, failure message) of the first ``n`` red flags, then unmet findings."""
    order = {"red_flag": 0, "unmet": 1}
    found = [f for f in report.get("findings", []) if f.get("status") in order]
    found.sort(
        key=lambda f: order[f["status"]]
    )  # stable: keeps the report's own order within a status
    out = []
    for f in found[:n]:
        message = NOT_FOUND_SUFFIX.sub("", f.get("message", "")).strip()
        out.append((f["criterion_id"], message))
    return out


def report_row(report: dict, *, path: str | None = None, html: str | None = None) -> dict[str, Any]:
    """One row for a report (its JSON form); ``dimensions`` is kept as a dict for the index page."""
    doc = report["document"]
    judgement = report.get("judgement") or {}
    coverage = judgement.get("coverage")
    return {
        "path": path or doc["path"],
        "title": doc.get("title") or "",
        "role": ROLE_LABELS.get(doc.get("role") or "", doc.get("role") or ""),
        "claim_kind": CLAIM_LABELS.get(
            judgement.get("principal", "none"), judgement.get("principal")
        ),
        "verdict": report["verdict"],
        "score": report["score"],
        "uncapped_score": report.get("uncapped_score"),
        "coverage": None if coverage is None else round(coverage * 100),
        "red_flags": sum(f.get("status") == "red_flag" for f in report.get("findings", [])),
        "audit_washing": ";".join(
            p["id"] for p in report.get("audit_washing", {}).get("patterns", [])
        ),
        "context_risk": report.get("context", {}).get("risk"),
        "top_unmet": top_unmet(report),
        "html": html or "",
        "reference_date": report.get("context", {}).get("reference_date"),
        "tool_version": report.get("tool", {}).get("version"),
        "sha256": doc.get("sha256"),
        "dimensions": {d["id"]: d["score"] for d in report.get("dimensions", [])},
        "error": "",
    }


def error_row(
    path: str, error: str, *, sha256: str | None = None, tool_version: str | None = None
) -> dict[str, Any]:
    """The same columns for a file that could not be evaluated."""
    row: dict[str, Any] = {c: None for c in COLUMNS}
    row.update(
        {
            "path": path,
            "error": error,
            "sha256": sha256,
            "tool_version": tool_version,
            "top_unmet": [],
            "dimensions": {},
        }
    )
    return row


def sort_rows(rows: Iterable[dict]) -> list[dict]:
    """Verdict order (best first, as everywhere), then score high to low, then path; errors last."""

    def key(row: dict) -> tuple:
        verdict = row.get("verdict")
        rank = VERDICT_ORDER.index(verdict) if verdict in VERDICT_ORDER else len(VERDICT_ORDER)
        score = row.get("score")
        return (
            bool(row.get("error")),
            rank,
            -(score if isinstance(score, (int, float)) else -1),
            row.get("path", ""),
        )

    return sorted(rows, key=key)


def dimension_ids(rows: Iterable[dict]) -> list[str]:
    ids: list[str] = []
    for row in rows:
        for key in row.get("dimensions") or {}:
            if key not in ids:
                ids.append(key)
    return ids


def csv_text(rows: list[dict]) -> str:
    """The table as CSV text with a header of readable column titles; one dimension column each."""
    dims = dimension_ids(rows)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [COLUMN_TITLES[c] for c in COLUMNS] + [f"Dimension: {d.replace('_', ' ')}" for d in dims]
    )
    for row in rows:
        values = []
        for c in COLUMNS:
            v = row.get(c)
            if c == "verdict" and v:
                v = VERDICT_LABELS.get(v, v)
            if c == "top_unmet":
                v = " | ".join(f"{cid}: {msg}" for cid, msg in (v or []))
            values.append(cell(v))
        values += [cell((row.get("dimensions") or {}).get(d)) for d in dims]
        writer.writerow(values)
    return out.getvalue()
