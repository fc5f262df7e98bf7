"""Self-contained HTML pages: one per report, and a sortable index for a batch.

The pages are meant to be mailed to someone and opened offline, so they carry their own CSS
(and, for the index, a few lines of JS) and load nothing. Every string that comes from a
document or a criteria file goes through ``html.escape``; on top of that a strict
Content-Security-Policy allows only the page's own inline style and script, by hash, so even
a missed escape could not run a planted ``<script>`` or ``onerror`` handler. Output is
deterministic: the same report gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from typing import Any, Iterable
from urllib.parse import quote, urlsplit

from ..models import Evidence, Finding, Reference, Report, Status

#: Characters of document text shown on each side of a quote.
CONTEXT_CHARS = 160

_STATUS_ORDER = [
    (Status.red_flag, "Red flags", True),
    (Status.unmet, "Not met", True),
    (Status.partial, "Partly met", True),
    (Status.error, "Could not be checked", True),
    (Status.not_assessable, "Not assessable from the text", True),
    (Status.met, "Met", True),
    (Status.not_applicable, "Not applicable", False),
]
_STATUS_LABEL = {
    "met": "met", "partial": "partly met", "unmet": "not met", "red_flag": "red flag",
    "not_applicable": "not applicable", "not_assessable": "not assessable", "error": "error",
}
_VERDICT_LABEL = {"credible": "Credible", "partially_credible": "Partially credible", "not_credible": "Not credible"}
_ILO_LABEL = {"covered": "covered", "partly_covered": "partly covered", "not_covered": "not covered", "red_flag": "red flag"}

_CSS = (
    """
:root{--ok:#1b7a3a;--mid:#a86a00;--bad:#b3261e;--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--mark:#ffe58a}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;background:#f6f7f9}
main{max-width:980px;margin:0 auto;padding:24px}
section,header.top{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:0 0 16px}
h1{font-size:22px;margin:0 0 8px;overflow-wrap:anywhere}h2{font-size:18px;margin:0 0 12px}h3{font-size:15px;margin:0}
.muted,.loc{color:var(--muted);font-size:13px}
.headline{display:flex;align-items:center;gap:20px;flex-wrap:wrap}
.score{font-size:44px;font-weight:700;line-height:1}
.score small{font-size:16px;color:var(--muted);font-weight:400}
.verdict{display:inline-block;padding:4px 12px;border-radius:999px;color:#fff;font-weight:600}
.v-credible{background:var(--ok)}.v-partially_credible{background:var(--mid)}.v-not_credible{background:var(--bad)}
.dim{display:grid;grid-template-columns:minmax(160px,260px) 1fr 90px;gap:10px;align-items:center;margin:6px 0}
.bar{height:14px;background:#eceef1;border-radius:7px;overflow:hidden}
.fill{display:block;height:100%;border-radius:7px}
.f-high{background:var(--ok)}.f-mid{background:var(--mid)}.f-low{background:var(--bad)}
.finding{border-top:1px solid var(--line);padding:12px 0}
.badge{display:inline-block;font-size:12px;padding:1px 8px;border-radius:4px;margin-right:6px;color:#fff;background:var(--muted)}
.s-red_flag,.s-unmet,.i-red_flag{background:var(--bad)}.s-partial,.i-partly_covered{background:var(--mid)}
.s-met,.i-covered{background:var(--ok)}.i-not_covered{background:#9aa0a6}
blockquote.ctx{margin:8px 0;padding:8px 12px;border-left:4px solid var(--line);background:#fafafa;white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:var(--mark);padding:0 2px}
details>summary{cursor:pointer;font-weight:600;margin:8px 0}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
td.cell .badge{margin:0}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
.num{text-align:right;font-variant-numeric:tabular-nums}
ul.refs{margin:6px 0;padding-left:20px}
"""
    + "".join(f".w{n}{{width:{n}%}}" for n in range(101))
    + "\n"
)

# Sorts the index table in place. Bound with addEventListener: inline handlers are forbidden by the CSP.
_INDEX_JS = """
(function(){
  function key(cell, numeric){
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


# C0/C1 controls are not allowed in HTML text; bidi overrides could disguise a quote
_CONTROLS = {c: "\ufffd" for c in [*range(0, 9), 11, *range(14, 32), *range(0x7F, 0xA0), 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]}
_CONTROLS[12] = " "  # form feed: the PDF page separator


def _e(value: Any) -> str:
    return escape(("" if value is None else str(value)).translate(_CONTROLS), quote=True)


def _hash_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def csp(style: str, script: str | None = None) -> str:
    """A policy that loads nothing and runs only this page's own inline style and script.

    Built only from our own constants and base64 hashes, so it needs no escaping inside the
    double-quoted attribute.
    """
    script_src = _hash_source(script) if script else "'none'"
    return (
        f"default-src 'none'; style-src {_hash_source(style)}; script-src {script_src}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _page(title: str, body: str, script: str | None = None) -> str:
    head = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp(_CSS, script)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
    )
    tail = f"<script>{script}</script>\n" if script else ""
    return f"{head}<body>\n<main>\n{body}</main>\n{tail}</body>\n</html>\n"


def _safe_url(url: str | None) -> str | None:
    """Only web links become hrefs; ``javascript:`` and friends from a criteria file stay text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _bar(score: float | None) -> str:
    if score is None:
        return '<div class="bar" title="not assessed"></div>'
    pct = max(0, min(100, round(score)))
    tone = "f-high" if pct >= 70 else "f-mid" if pct >= 40 else "f-low"
    return f'<div class="bar" role="img" aria-label="{pct} of 100"><span class="fill {tone} w{pct}"></span></div>'


def _location(ev: Evidence) -> str:
    parts = [f"line {ev.line}"]
    if ev.page is not None:
        parts.append(f"page {ev.page}")
    if ev.section:
        parts.append("section " + " › ".join(ev.section))
    if ev.path:
        parts.append(ev.path)
    return " · ".join(parts)


def quote_in_context(ev: Evidence, document_text: str | None = None, width: int = CONTEXT_CHARS) -> str:
    """The quote marked inside its surrounding text (when the document text is at hand), escaped."""
    before = after = ""
    if document_text is not None and 0 <= ev.start <= ev.end <= len(document_text) and document_text[ev.start:ev.end] == ev.quote:
        lo = max(0, ev.start - width)
        before = document_text[lo:ev.start]
        if lo > 0:
            cut = before.find(" ")
            before = "…" + (before[cut + 1:] if 0 <= cut < 40 else before)
        hi = min(len(document_text), ev.end + width)
        after = document_text[ev.end:hi]
        if hi < len(document_text):
            cut = after.rfind(" ")
            after = (after[:cut] if cut > len(after) - 40 else after) + "…"
    return f'<blockquote class="ctx">{_e(before)}<mark>{_e(ev.quote)}</mark>{_e(after)}</blockquote>'


def _evidence(items: Iterable[Evidence], document_text: str | None) -> str:
    out = []
    for ev in items:
        out.append(f'<div class="ev">{quote_in_context(ev, document_text)}<div class="loc">{_e(_location(ev))}</div></div>')
    return "".join(out)


def _finding(f: Finding, document_text: str | None) -> str:
    status = f.status.value
    parts = [
        f'<article class="finding" id="{_e(f.criterion_id)}" data-status="{_e(status)}">',
        f'<h3><span class="badge s-{_e(status)}">{_e(_STATUS_LABEL.get(status, status))}</span>'
        f"{_e(f.criterion_id)} · {_e(f.title)}</h3>",
        f'<div class="muted">{_e(f.dimension)} · {_e(f.severity)} · weight {_e(f"{f.weight:g}")}'
        + (f" · signals audit-washing {_e(f.audit_washing)}" if f.audit_washing and status != "met" else "")
        + "</div>",
        f"<p>{_e(f.message)}</p>",
        _evidence(f.evidence, document_text),
    ]
    if f.remedy and f.status != Status.met:
        parts.append(f"<p><strong>Remedy:</strong> {_e(f.remedy)}</p>")
    if f.rationale:
        parts.append(f'<p class="muted"><strong>Why it matters:</strong> {_e(f.rationale)}</p>')
    if f.references:
        parts.append('<ul class="refs">' + "".join(f"<li>{_citation(r)}</li>" for r in f.references) + "</ul>")
    parts.append("</article>")
    return "".join(parts)


def _citation(r: Reference, *, with_clause: bool = True) -> str:
    """'Publisher, Title (year), clause' linked to the canonical URL; a mark unless verified."""
    label = _e(r.citation(with_clause=with_clause))
    url = _safe_url(r.url)
    text = f'<a href="{_e(url)}" rel="noopener noreferrer">{label}</a>' if url else label
    if with_clause and r.verification != "verified":
        text += f' <span class="muted">({_e(r.verification.replace("_", " "))})</span>'
    return text


def _references(report: Report) -> str:
    """A references section: each source behind the findings once, in order of first use."""
    seen: dict[tuple[str, str, str, str], Reference] = {}
    for f in report.findings:
        for r in f.references:
            seen.setdefault(r.source_key(), r)
    items = "".join(f"<li>{_citation(r, with_clause=False)}</li>" for r in seen.values())
    return (f'<section id="references"><h2>References</h2><ol>{items}</ol>'
            f'<p class="muted">Reference data as of {_e(report.context.reference_date)}</p></section>')


def render(report: Report, *, document_text: str | None = None) -> str:
    """One self-contained page for a report; pass the document text to show quotes in context."""
    doc = report.document
    title = doc.title or doc.path
    verdict = report.verdict.value
    body: list[str] = []
    meta = [f"{doc.format}", f"{doc.pages} pages" if doc.pages else f"{doc.words} words",
            f"read as {doc.role}" if doc.role else "", f"pack {report.pack.id} {report.pack.version}"]
    body.append(
        '<header class="top">'
        f"<h1>{_e(title)}</h1>"
        f'<div class="muted">{_e(doc.path)} · {_e(" · ".join(m for m in meta if m))}</div>'
        '<div class="headline">'
        f'<div class="score" id="score">{_e(f"{report.score:g}")}<small> / 100</small></div>'
        f'<span class="verdict v-{_e(verdict)}" id="verdict">{_e(_VERDICT_LABEL.get(verdict, verdict))}</span>'
        "</div>"
        f"<p>{_e(report.verdict_reason)}</p>"
        + (f'<p class="muted">Before caps: {_e(f"{report.uncapped_score:g}")}</p>' if report.uncapped_score != report.score else "")
        + "</header>"
    )

    dims = []
    for d in report.dimensions:
        value = "not assessed" if d.score is None else f"{d.score:g}"
        dims.append(
            f'<div class="dim" data-dimension="{_e(d.id)}"><span>{_e(d.title)}</span>{_bar(d.score)}'
            f'<span class="num">{_e(value)}</span></div>'
        )
    body.append('<section id="dimensions"><h2>Dimensions</h2>' + "".join(dims) + "</section>")

    aw = report.audit_washing
    if aw.detected:
        items = []
        for p in aw.patterns:
            items.append(
                f'<div class="finding"><h3><span class="badge s-red_flag">{_e(p.id)}</span>{_e(p.title)}</h3>'
                f"<p>{_e(p.explanation)}</p>"
                f'<div class="muted">criteria: {_e(", ".join(p.criterion_ids))}</div>'
                f"{_evidence(p.evidence, document_text)}</div>"
            )
        body.append('<section id="audit-washing"><h2>Audit-washing patterns</h2>' + "".join(items) + "</section>")
    else:
        body.append('<section id="audit-washing"><h2>Audit-washing patterns</h2><p>None detected.</p></section>')

    ctx = report.context
    ctx_parts = [
        f'<p><strong>Risk:</strong> {_e(ctx.risk)}'
        + (f" · reliance ceiling {_e(f'{ctx.ceiling:g}')}" if ctx.ceiling is not None else "")
        + "</p>",
        f"<p>{_e(ctx.explanation)}</p>",
    ]
    for m in ctx.matches:
        ctx_parts.append(f"<p>{_e(m.place)} ({_e(m.region)}, {_e(m.kind)}): {_e(m.risk)}</p>{_evidence(m.evidence[:1], document_text)}")
    ctx_parts.append(
        f'<p class="muted">Reference data as of {_e(ctx.reference_date)}'
        + (f": {_e('; '.join(ctx.reference_sources))}" if ctx.reference_sources else "")
        + "</p>"
    )
    body.append('<section id="context"><h2>Context</h2>' + "".join(ctx_parts) + "</section>")

    if report.caps:
        caps = "".join(f"<li>{_e(c.reason)} (ceiling {_e(f'{c.ceiling:g}')}, from {_e(c.source)})</li>" for c in report.caps)
        body.append(f'<section id="caps"><h2>Caps on the score</h2><ul>{caps}</ul></section>')

    groups = []
    for status, label, is_open in _STATUS_ORDER:
        fs = [f for f in report.findings if f.status == status]
        if not fs:
            continue
        groups.append(
            f'<details{" open" if is_open else ""} data-group="{_e(status.value)}"><summary>{_e(label)} ({len(fs)})</summary>'
            + "".join(_finding(f, document_text) for f in fs)
            + "</details>"
        )
    body.append('<section id="findings"><h2>Findings</h2>' + "".join(groups) + "</section>")

    if report.ilo_matrix is not None:
        body.append(_ilo(report))
    if report.facts:
        rows = "".join(
            f"<tr><td>{_e(f.name)}</td><td>{_e(_fact_value(f.value))}</td>"
            f"<td>{_e(f.evidence[0].quote) if f.evidence else ''}</td></tr>"
            for f in report.facts
        )
        body.append('<section id="facts"><h2>Facts read from the text</h2><table><thead><tr><th>Fact</th>'
                    f"<th>Value</th><th>Quote</th></tr></thead><tbody>{rows}</tbody></table></section>")
    if report.notes or report.errors:
        notes = "".join(f"<li>{_e(n)}</li>" for n in (*report.notes, *report.errors))
        body.append(f'<section id="notes"><h2>Limits</h2><ul>{notes}</ul></section>')
    body.append(_references(report))
    body.append(f'<p class="muted">{_e(report.tool.name)} {_e(report.tool.version)} · sha256 {_e(doc.sha256)}</p>')
    return _page(f"{title} — {_VERDICT_LABEL.get(verdict, verdict)} ({report.score:g})", "\n".join(body) + "\n")


def _fact_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _ilo(report: Report) -> str:
    matrix = report.ilo_matrix
    assert matrix is not None
    elements = list(dict.fromkeys(c.element for c in matrix.cells))
    phases = list(dict.fromkeys(c.phase for c in matrix.cells))
    cell = {(c.phase, c.element): c for c in matrix.cells}
    head = "".join(f"<th>{_e(e)}</th>" for e in elements)
    rows = []
    for phase in phases:
        tds = []
        for element in elements:
            c = cell.get((phase, element))
            if c is None:
                tds.append("<td></td>")
                continue
            tds.append(
                f'<td class="cell"><span class="badge i-{_e(c.status)}">{_e(_ILO_LABEL.get(c.status, c.status))}</span>'
                f' <span class="muted">{_e(", ".join(c.criterion_ids))}</span></td>'
            )
        rows.append(f"<tr><th>{_e(phase)}</th>{''.join(tds)}</tr>")
    return (
        f'<section id="ilo"><h2>ILO matrix ({matrix.covered} of {matrix.total} covered)</h2>'
        f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p class="muted">{_e(matrix.note)}</p></section>'
    )


def render_index(rows: list[dict]) -> str:
    """A sortable table of a batch: one row per document (see ``auditcheck.batch.summary_row``)."""
    dims: list[str] = []
    for row in rows:
        for key in row.get("dimensions", {}) or {}:
            if key not in dims:
                dims.append(key)
    columns = [("Document", "text"), ("Score", "num"), ("Verdict", "text"), ("Audit-washing", "text"),
               ("Patterns", "text"), ("Context risk", "text")]
    columns += [(d.replace("_", " "), "num") for d in dims]
    columns += [("Top unmet", "text"), ("Error", "text")]
    head = "".join(f'<th data-type="{t}" scope="col"><button type="button">{_e(name)}</button></th>' for name, t in columns)
    body = []
    for row in rows:
        error = row.get("error") or ""
        name = _e(row["path"])
        doc = f'<a href="{_e(quote(row["html"]))}">{name}</a>' if row.get("html") and not error else name
        score = row.get("score")
        verdict = row.get("verdict") or ""
        cells = [
            f'<td data-sort="{_e(row["path"])}">{doc}</td>',
            f'<td class="num" data-sort="{"" if score is None else _e(score)}">{"" if score is None else _e(f"{score:g}")}</td>',
            f'<td data-sort="{_e(verdict)}">'
            + (f'<span class="verdict v-{_e(verdict)}">{_e(_VERDICT_LABEL.get(verdict, verdict))}</span>' if verdict else "")
            + "</td>",
            f"<td>{_e(row.get('audit_washing') or '')}</td>",
            f"<td>{_e(row.get('patterns') or '')}</td>",
            f"<td>{_e(row.get('context_risk') or '')}</td>",
        ]
        for d in dims:
            v = (row.get("dimensions") or {}).get(d)
            cells.append(f'<td class="num" data-sort="{"" if v is None else _e(v)}">{"" if v is None else _e(f"{v:g}")}</td>')
        cells.append(f'<td title="{_e(row.get("top_unmet_titles") or "")}">{_e((row.get("top_unmet") or "").replace(";", ", "))}</td>')
        cells.append(f"<td>{_e(error)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    scored = [r for r in rows if not r.get("error")]
    counts: dict[str, int] = {}
    for r in scored:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    summary = ", ".join(f"{n} {_VERDICT_LABEL.get(v, v).lower()}" for v, n in sorted(counts.items()))
    errors = len(rows) - len(scored)
    html = (
        '<header class="top"><h1>auditcheck batch results</h1>'
        f'<p>{len(rows)} document(s){": " + _e(summary) if summary else ""}'
        f'{f", {errors} error(s)" if errors else ""}. Click a column title to sort.</p></header>\n'
        f'<section><table class="sortable" id="results"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></section>\n"
    )
    return _page("auditcheck batch results", html, _INDEX_JS)
