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

from ..vocabulary import VERDICT_LABELS
from .csv import dimension_ids, sort_rows
from .html import _e, _page
from .svg import heat_map, score_histogram, verdict_counts

# Sorts the index table in place. Bound with addEventListener: inline handlers are forbidden by the
# CSP.
_INDEX_JS = """
(function(){
  function key(cell, numeric){
    if (!cell) return null;
    var v = cell.getAttribute('data-sort');
    if (v === null) v = cell.textContent.trim();
    if (v === '') return null;
    return numeric ? parseFloat(v) : v.toLowerCase();
  }
  document.querySelectorAll('table.sortable th button').forEach(function(btn){
    btn.addEventListener('click', function(){
      var th = btn.parentNode, table = th.closest('table');
      var col = Array.prototype.indexOf.call(th.parentNode.children, th);
      var numeric = th.getAttribute('data-type') === 'num';
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      table.querySelectorAll('th').forEach(function(h){ h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
        if (x === null || y === null) return (x === null) - (y === null);
        var c = x < y ? -1 : x > y ? 1 : 0;
        return dir === 'ascending' ? c : -c;
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
})();
"""


def _soft(name: str) -> str:
    """A column title that may break inside long words (soft hyphens), escaped."""
    words = []
    for word in name.split():
        words.append(
            _e(word)
            if len(word) <= 8 or "-" in word
            else _e(word[: len(word) // 2]) + "&shy;" + _e(word[len(word) // 2 :])
        )
    return " ".join(words)


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
    errors = len(rows) - len(scored)
    heat_rows = [
        (str(r.get("title") or r["path"]), [(r.get("dimensions") or {}).get(d) for d in dims])
        for r in scored
    ]
    charts = (
        '<section id="charts"><div class="charts">'
        f"<figure><figcaption>Verdicts</figcaption>{verdict_counts(counts)}</figure>"
        f"<figure><figcaption>Scores</figcaption>{score_histogram([r['score'] for r in scored])}"
        "</figure>"
        "</div>"
        + (
            f'<figure id="heatmap"><figcaption>Dimensions by document</figcaption>'
            f"{heat_map(heat_rows, [d.replace('_', ' ') for d in dims])}"
            "</figure>"
            if scored and dims
            else ""
        )
        + "</section>"
    )
    columns = [
        ("Document", "text", "doc"),
        ("Verdict", "num", "verdict"),
        ("Score", "num", "n"),
        ("Red flags", "num", "n"),
        ("Audit-washing", "text", "aw"),
        ("Risk", "text", "risk"),
    ]
    columns += [(d.replace("_", " "), "num", "dim") for d in dims]
    columns += [("Top unmet", "text", "top")]
    cols = "".join(f'<col class="c-{c}">' for _, _, c in columns)
    head = "".join(
        f'<th data-type="{t}" scope="col" title="{_e(name)}"><button type="button" '
        f'aria-label="{_e(name)}">'
        f"{_soft(name)}</button></th>"
        for name, t, _ in columns
    )
    body = []
    for row in rows:
        error = row.get("error") or ""
        if (
            error
        ):  # one cell across the table, so a long message wraps instead of squeezing a column
            path = str(row["path"])
            body.append(
                f'<tr class="error"><td data-sort="{_e(path)}">{_e(path)}</td>'
                f'<td class="err" colspan="{len(columns) - 1}">error: {_e(error)}</td></tr>'
            )
            continue
        path = str(row["path"])
        title = row.get("title") or ""
        name = _e(title or path)
        link = (
            f'<a href="{_e(quote(row["html"]))}">{name}</a>'
            if row.get("html") and not error
            else name
        )
        sub = f'<span class="sub">{_e(path)}</span>' if title else ""
        score = row.get("score")
        verdict = row.get("verdict") or ""
        rank = (
            list(VERDICT_LABELS).index(verdict)
            if verdict in VERDICT_LABELS
            else len(VERDICT_LABELS)
        )
        red = row.get("red_flags")
        ids, tip = _top(row)
        cells = [
            f'<td data-sort="{_e(path)}">{link}{sub}</td>',
            f'<td class="v" data-sort="{rank}">'
            + (
                '<span class="verdict '
                f'v-{_e(verdict)}">{_e(VERDICT_LABELS.get(verdict, verdict))}</span>'
                if verdict
                else ""
            )
            + "</td>",
            '<td class="num" '
            f'data-sort="{"" if score is None else _e(score)}">'
            f"{'' if score is None else _e(f'{score:g}')}</td>",
            f'<td class="num">{"" if red is None else _e(red)}</td>',
            f"<td>{_e(_patterns(row))}</td>",
            f"<td>{_e(row.get('context_risk') or '')}</td>",
        ]
        for d in dims:
            v = (row.get("dimensions") or {}).get(d)
            cells.append(
                '<td class="num" '
                f'data-sort="{"" if v is None else _e(v)}">'
                f"{'' if v is None else _e(f'{v:g}')}</td>"
            )
        cells.append(f'<td title="{_e(tip)}">{_e(ids)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    html = (
        '<header class="top"><h1>auditcheck batch results</h1>'
        f"<p>{len(rows)} document(s){': ' + _e(summary) if summary else ''}"
        f"{f', {errors} error(s)' if errors else ''}. Sorted by verdict, then score; click a "
        "column title to sort."
        "</p></header>\n" + charts + "\n"
        '<section><table class="sortable results" '
        f'id="results"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></section>\n"
    )
    return _page("auditcheck batch results", html, _INDEX_JS, wide=True)
