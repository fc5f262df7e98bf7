"""The batch index page: three charts (verdict counts, score histogram, dimension heat-map) and
a sortable table that fits its card at 1280 px, sorted by the verdict order.

A pure function over summary rows (``auditcheck.render.csv.report_row`` / ``error_row``, or the
older rows of ``auditcheck.batch.summary_row``): nothing is read or evaluated here. The page
shares the report pages' CSS and strict Content-Security-Policy; its only script is the
column sort, allowed by hash.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from ..vocabulary import VERDICT_LABELS
from .csv import dimension_ids, sort_rows
from .html import _asset, _e, page
from .svg import heat_map, score_histogram, verdict_counts

#: Sorts the index table in place; bound with addEventListener, since the CSP forbids inline
#: handlers. Shipped as ``templates/sort.js`` and allowed by its hash.
_INDEX_JS = "\n" + _asset("sort.js")


def _soft(name: str) -> Markup:
    """A column title that may break inside long words (soft hyphens), escaped."""
    words = []
    for word in name.split():
        half = len(word) // 2
        words.append(
            _e(word)
            if len(word) <= 8 or "-" in word
            else _e(word[:half]) + Markup("&shy;") + _e(word[half:])
        )
    return Markup(" ").join(words)


def _top(row: dict) -> tuple[str, str]:
    """(ids shown, failure messages as a tooltip) from a new row's pairs or an old row's strings."""
    top = row.get("top_unmet")
    if isinstance(top, list):
        return ", ".join(cid for cid, _ in top), " | ".join(f"{cid}: {msg}" for cid, msg in top)
    return (top or "").replace(";", ", "), row.get("top_unmet_titles") or ""


def _patterns(row: dict) -> str:
    value = row.get("patterns") if "patterns" in row else row.get("audit_washing")
    return (value or "").replace(";", ", ") if value not in ("yes", "no") else ""


def render_index(rows: list[dict[str, Any]]) -> str:
    """The index page for a batch: charts first, then the table (errors last)."""
    rows = sort_rows(rows)
    dims = dimension_ids(rows)
    scored = [r for r in rows if not r.get("error")]
    counts: dict[str, int] = {}
    for r in scored:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    summary = ", ".join(f"{counts[v]} {VERDICT_LABELS[v]}" for v in VERDICT_LABELS if v in counts)
    heat_rows = [
        (str(r.get("title") or r["path"]), [(r.get("dimensions") or {}).get(d) for d in dims])
        for r in scored
    ]
    heat = heat_map(heat_rows, [d.replace("_", " ") for d in dims]) if scored and dims else ""
    columns = [
        ("Document", "text", "doc"),
        ("Verdict", "num", "verdict"),
        ("Score", "num", "n"),
        ("Red flags", "num", "n"),
        ("Audit-washing", "text", "aw"),
        ("Risk", "text", "risk"),
        *[(d.replace("_", " "), "num", "dim") for d in dims],
        ("Top unmet", "text", "top"),
    ]
    return page(
        "index.html.j2",
        "auditcheck batch results",
        _INDEX_JS,
        wide=True,
        rows=rows,
        summary=summary,
        errors=len(rows) - len(scored),
        verdict_chart=Markup(verdict_counts(counts)),
        histogram=Markup(score_histogram([r["score"] for r in scored])),
        heat=Markup(heat),
        columns=[{"name": n, "type": t, "css": c, "soft": _soft(n)} for n, t, c in columns],
        table=[_table_row(row, dims) for row in rows],
    )


def _number(value: Any) -> dict[str, str]:
    """A numeric cell: the sort key and the shown text (empty when missing)."""
    return {
        "sort": "" if value is None else str(value),
        "text": "" if value is None else f"{value:g}",
    }


def _table_row(row: dict[str, Any], dims: list[str]) -> dict[str, Any]:
    """What one table row shows; the template escapes every value."""
    path = str(row["path"])
    if row.get("error"):
        return {"error": row["error"], "path": path}
    title = row.get("title") or ""
    verdict = row.get("verdict") or ""
    order = list(VERDICT_LABELS)
    ids, tip = _top(row)
    score = _number(row.get("score"))
    return {
        "error": "",
        "path": path,
        "title": title,
        "name": title or path,
        "href": quote(row["html"]) if row.get("html") else None,
        "verdict": verdict,
        "verdict_label": VERDICT_LABELS.get(verdict, verdict),
        "rank": order.index(verdict) if verdict in VERDICT_LABELS else len(order),
        "score_sort": score["sort"],
        "score_text": score["text"],
        "red": "" if row.get("red_flags") is None else row["red_flags"],
        "patterns": _patterns(row),
        "risk": row.get("context_risk") or "",
        "dims": [_number((row.get("dimensions") or {}).get(d)) for d in dims],
        "ids": ids,
        "tip": tip,
    }
