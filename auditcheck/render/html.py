"""Self-contained HTML pages: one per report, and a sortable index for a batch.

The pages are meant to be mailed to someone and opened offline, so they carry their own CSS
(and, for the index, a few lines of JS) and load nothing. A report page opens with the shared
summary (verdict, what it is about, claims, coverage, deciding reasons with one quote each) and
the red flags; everything else sits in collapsed ``<details>`` sections, so the printed page of
a short statement stays a few pages long while nothing is lost. Every string that comes from a
document or a criteria file goes through ``html.escape``; on top of that a strict
Content-Security-Policy allows only the page's own inline style and script, by hash, so even
a missed escape could not run a planted ``<script>`` or ``onerror`` handler. Output is
deterministic: the same report gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html import escape
from typing import Any
from urllib.parse import urlsplit

from ..models import Evidence, Finding, Reference, Report, Status
from ..vocabulary import (
    ILO_CELL_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
)
from .options import RenderOptions
from .summary import (
    NOT_FOUND_NOTE,
    Quote,
    Summary,
    claim_text,
    coverage_text,
    evidence_origin,
    failure_message,
    first_sentence,
    summarise,
)
from .svg import dimension_profile

#: Characters of document text shown on each side of a quote.
CONTEXT_CHARS = 160
#: Context shown around quotes on the report page: enough to read the sentence, short enough to
#: print.
SUMMARY_CONTEXT = 90

# A backslash at the end of a line continues it without a newline: the stylesheet is unchanged.
_CSS = (
    """
:root{--ok:#1b7a3a;--mid:#a86a00;--bad:#b3261e;--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1;\
--mark:#ffe58a}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);margin:0;\
background:#f6f7f9}
main{max-width:980px;margin:0 auto;padding:24px}main.wide{max-width:1240px}
.charts{display:flex;flex-wrap:wrap;gap:16px}.charts>figure{flex:1 1 300px;margin:0;min-width:0}
figcaption{font-weight:600;margin-bottom:6px}
table.results{table-layout:fixed;width:100%}\
table.results td,table.results th{overflow-wrap:anywhere;font-size:13px;padding:5px 6px}
table.results th{font-size:12px;overflow-wrap:normal;hyphens:manual}
col.c-doc{width:20%}col.c-verdict{width:10%}col.c-n{width:5%}
col.c-aw{width:8%}col.c-risk{width:6%}col.c-dim{width:6%}col.c-top{width:10%}
.results td.v{overflow-wrap:normal}
.results .verdict{font-size:12px;padding:2px 8px;border-radius:10px}td.err{color:var(--bad)}
.sub{display:block;color:var(--muted);font-size:12px}
section,header.top{background:#fff;border:1px solid var(--line);border-radius:8px;\
padding:16px 20px;margin:0 0 16px}
h1{font-size:22px;margin:0 0 8px;overflow-wrap:anywhere}h2{font-size:18px;margin:0 0 12px}\
h3{font-size:15px;margin:0}
.muted,.loc{color:var(--muted);font-size:13px}
.headline{display:flex;align-items:center;gap:20px;flex-wrap:wrap}
.score{font-size:44px;font-weight:700;line-height:1}
.score small{font-size:16px;color:var(--muted);font-weight:400}
.verdict{display:inline-block;padding:4px 12px;border-radius:999px;color:#fff;font-weight:600}
.v-credible{background:var(--ok)}.v-partially_credible{background:var(--mid)}\
.v-not_credible{background:var(--bad)}
.dim{display:grid;grid-template-columns:minmax(160px,260px) 1fr 90px;gap:10px;align-items:center;\
margin:6px 0}
.bar{height:14px;background:#eceef1;border-radius:7px;overflow:hidden}
.fill{display:block;height:100%;border-radius:7px}
.f-high{background:var(--ok)}.f-mid{background:var(--mid)}.f-low{background:var(--bad)}
.finding{border-top:1px solid var(--line);padding:12px 0}
.badge{display:inline-block;font-size:12px;padding:1px 8px;border-radius:4px;margin-right:6px;\
color:#fff;background:var(--muted)}
.s-red_flag,.s-unmet,.i-red_flag{background:var(--bad)}\
.s-partial,.i-partly_covered{background:var(--mid)}
.s-met,.i-covered{background:var(--ok)}.i-not_covered{background:#9aa0a6}
blockquote.ctx{margin:8px 0;padding:8px 12px;border-left:4px solid var(--line);background:#fafafa;\
white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:var(--mark);padding:0 2px}
details>summary{cursor:pointer;font-weight:600;margin:8px 0}
svg.chart{display:block;max-width:100%;height:auto}svg.profile{width:100%}
.claims li,.reasons li{margin:4px 0 10px}
a.qref{font-size:13px;white-space:nowrap}
.qlabel{font-size:12px;color:var(--muted);font-weight:600;margin-right:4px}
table.compact td{font-size:14px}
table{table-layout:auto}td{overflow-wrap:anywhere}
@page{size:A4;margin:14mm}
@media print{body{background:#fff;font-size:12px}main{max-width:none;padding:0}\
section,header.top{border:0;padding:4px 0;margin:0 0 8px}
details:not([open])>summary{margin:2px 0}blockquote.ctx{white-space:normal;margin:4px 0;\
padding:4px 8px}
.finding{padding:6px 0}h1{font-size:18px}h2{font-size:15px}h3{font-size:13px}.score{font-size:32px}}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);\
padding:6px 8px;text-align:left;vertical-align:top}
td.cell .badge{margin:0}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;\
color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}\
th[aria-sort=descending] button::after{content:" \\25BC"}
.num{text-align:right;font-variant-numeric:tabular-nums}
ul.refs{margin:6px 0;padding-left:20px}
"""
    + "".join(f".w{n}{{width:{n}%}}" for n in range(101))
    + "\n"
)

# C0/C1 controls are not allowed in HTML text; bidi overrides could disguise a quote
_CONTROLS = {
    c: "\ufffd"
    for c in [
        *range(9),
        11,
        *range(14, 32),
        *range(0x7F, 0xA0),
        0x202A,
        0x202B,
        0x202C,
        0x202D,
        0x202E,
        0x2066,
        0x2067,
        0x2068,
        0x2069,
    ]
}
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


def _page(title: str, body: str, script: str | None = None, *, wide: bool = False) -> str:
    head = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp(_CSS, script)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
    )
    tail = f"<script>{script}</script>\n" if script else ""
    main = '<main class="wide">' if wide else "<main>"
    return f"{head}<body>\n{main}\n{body}</main>\n{tail}</body>\n</html>\n"


def _safe_url(url: str | None) -> str | None:
    """Only web links become hrefs; ``javascript:`` and friends from a criteria file stay text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


_MD_LINE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|[-*+>][ \t]+|\d+[.)][ \t]+)")
_MD_INLINE = re.compile(r"(\*\*|__|`|\*(?=\S)|(?<=\S)\*)")


def plain(text: str) -> str:
    """Document text as a reader sees it: Markdown heading, list and emphasis marks taken out."""
    return _MD_INLINE.sub("", _MD_LINE.sub("", text))


def _location(ev: Evidence, home: str | None = None) -> str:
    parts = []
    if ev.path and ev.path != home:
        parts.append(ev.path.replace("\\", "/").rsplit("/", 1)[-1])
    parts.append(f"line {ev.line}")
    if ev.page is not None:
        parts.append(f"page {ev.page}")
    if ev.section:
        parts.append("§ " + ev.section[-1])
    origin = evidence_origin(ev)
    if origin:
        parts.append(origin)
    return " · ".join(parts)


def quote_in_context(
    ev: Evidence, document_text: str | None = None, width: int = CONTEXT_CHARS
) -> str:
    """The quote marked inside its surrounding text (when the document text is at hand), escaped.

    The context around the quote is shown as plain text (no Markdown marks); the quote itself
    stays verbatim, as the offsets say.
    """
    before = after = ""
    if (
        document_text is not None
        and 0 <= ev.start <= ev.end <= len(document_text)
        and document_text[ev.start : ev.end] == ev.quote
    ):
        lo = max(0, ev.start - width)
        before = document_text[lo : ev.start]
        if lo > 0:
            cut = before.find(" ")
            before = "…" + (before[cut + 1 :] if 0 <= cut < 40 else before)
        hi = min(len(document_text), ev.end + width)
        after = document_text[ev.end : hi]
        if hi < len(document_text):
            cut = after.rfind(" ")
            after = (after[:cut] if cut > len(after) - 40 else after) + "…"
    return (
        f'<blockquote class="ctx">{_e(plain(before))}<mark>{_e(ev.quote)}</mark>'
        f"{_e(plain(after))}</blockquote>"
    )


class _Quotes:
    """Prints each quote once, in context, with an anchor; every later use links to it."""

    def __init__(self, summary: Summary, document_text: str | None) -> None:
        self.s = summary
        self.text = document_text
        self.home = summary.report.document.path

    def show(self, q: Quote | None) -> str:
        if q is None:
            return ""
        if q.number in self.s.printed:
            return f'<a class="qref" href="#q{q.number}">see {q.label}</a>'
        self.s.printed.add(q.number)
        return (
            '<div class="ev" '
            f'id="q{q.number}">{quote_in_context(q.evidence, self.text, SUMMARY_CONTEXT)}'
            '<div class="loc"><span '
            f'class="qlabel">{q.label}</span>{_e(_location(q.evidence, self.home))}</div></div>'
        )

    def many(self, quotes: list[Quote]) -> str:
        return "".join(self.show(q) for q in quotes)


def _citation(r: Reference, *, with_clause: bool = True) -> str:
    """'Publisher, Title (year), clause' linked to the canonical URL; a mark unless verified."""
    label = _e(r.citation(with_clause=with_clause))
    url = _safe_url(r.url)
    text = f'<a href="{_e(url)}" rel="noopener noreferrer">{label}</a>' if url else label
    if with_clause and r.verification != "verified":
        text += f' <span class="muted">({_e(r.verification.replace("_", " "))})</span>'
    return text


def _finding(f: Finding, quotes: list[Quote], q: _Quotes, *, brief: bool) -> str:
    """A finding: badge, id, failure message, its quotes (each once); the rest folded away."""
    status = f.status.value
    parts = [
        f'<article class="finding" id="{_e(f.criterion_id)}" data-status="{_e(status)}">',
        (
            f'<h3><span class="badge s-{_e(status)}">{_e(STATUS_LABELS.get(status, status))}</span>'
            f"{_e(f.criterion_id)} · {_e(f.title)}</h3>"
        ),
        f"<p>{_e(failure_message(f))}</p>",
        q.many(quotes[:1] if brief else quotes),
    ]
    if f.remedy and f.status != Status.met:
        parts.append(f"<p><strong>Remedy:</strong> {_e(f.remedy)}</p>")
    more = []
    more.append(
        f'<p class="muted">{_e(f.dimension)} · {_e(f.severity)} · weight {_e(f"{f.weight:g}")}'
        + (
            f" · signals audit-washing {_e(f.audit_washing)}"
            if f.audit_washing and status != "met"
            else ""
        )
        + "</p>"
    )
    if brief and len(quotes) > 1:
        more.append(q.many(quotes[1:]))
    if f.rationale:
        more.append(f'<p class="muted"><strong>Why it matters:</strong> {_e(f.rationale)}</p>')
    if f.references:
        more.append(
            '<ul class="refs">'
            + "".join(f"<li>{_citation(r)}</li>" for r in f.references)
            + "</ul>"
        )
    parts.append(
        f"<details><summary>More on {_e(f.criterion_id)}</summary>{''.join(more)}</details>"
    )
    parts.append("</article>")
    return "".join(parts)


def _references(report: Report) -> str:
    """A references section: each source behind the findings once, in order of first use."""
    seen: dict[tuple[str, str, str, str], Reference] = {}
    for f in report.findings:
        for r in f.references:
            seen.setdefault(r.source_key(), r)
    items = "".join(f"<li>{_citation(r, with_clause=False)}</li>" for r in seen.values())
    return (
        '<section id="references"><details><summary>References '
        f"({len(seen)})</summary><ol>{items}</ol>"
        '</details><p class="muted">Reference data as of '
        f"{_e(report.context.reference_date)}</p></section>"
    )


def _fold(section_id: str, title: str, inner: str, *, open_: bool = False) -> str:
    return (
        f'<section id="{_e(section_id)}"><details{" open" if open_ else ""}>'
        f"<summary>{_e(title)}</summary>{inner}</details></section>"
    )


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    """One self-contained page for a report; pass the document text to show quotes in context."""
    opts = RenderOptions.from_kwargs(options, **kwargs)
    s = summarise(report, opts.suppressed)
    q = _Quotes(s, opts.document_text)
    verbose = opts.detail == "verbose"
    doc = report.document
    title = doc.title or doc.path
    verdict = report.verdict.value
    body: list[str] = []
    meta = [
        doc.format,
        f"{doc.pages} pages" if doc.pages else f"{doc.words} words",
        f"read as {ROLE_LABELS.get(doc.role, doc.role)}" if doc.role else "",
        f"pack {report.pack.id} {report.pack.version}",
    ]
    capped = (
        f'<p class="muted">Before caps: {_e(f"{report.uncapped_score:g}")}</p>'
        if report.uncapped_score != report.score
        else ""
    )
    claims = (
        "".join(f"<li>{_e(claim_text(c))}{q.show(cq)}</li>" for c, cq in s.claims)
        or "<li>None: the text draws no conclusion of its own.</li>"
    )
    reasons = "".join(
        "<li>"
        + (f"<strong>Cap {_e(f'{r.ceiling:g}')}:</strong> " if r.ceiling is not None else "")
        + f"{_e(r.text)}{q.show(r.quote)}</li>"
        for r in s.reasons
    )
    body.append(
        '<header class="top" id="summary">'
        f"<h1>{_e(title)}</h1>"
        f'<div class="muted">{_e(doc.path)} · {_e(" · ".join(m for m in meta if m))}</div>'
        '<div class="headline">'
        f'<div class="score" id="score">{_e(f"{report.score:g}")}<small> / 100</small></div>'
        f'<span class="verdict v-{_e(verdict)}" '
        f'id="verdict">{_e(s.verdict_label.capitalize())}</span>'
        "</div>"
        f"<p>{_e(report.verdict_reason)}</p>{capped}"
        '<p id="about"><strong>What the verdict is about:</strong> '
        f'{_e(report.judgement.about)}</p><p id="coverage"><strong>Coverage:</strong> '
        f"{_e(coverage_text(report))}; context "
        f"{_e(report.context.risk)} risk (reference data of "
        f"{_e(report.context.reference_date)}).</p>"
        f'<h2>Claims found</h2><ul class="claims">{claims}</ul>'
        f'<h2>Why this verdict</h2><ol class="reasons" id="reasons">{reasons}</ol>'
        "</header>"
    )
    body.append(
        '<section id="dimensions"><h2>Dimensions</h2>'
        + dimension_profile([(d.id, d.title, d.score) for d in report.dimensions])
        + "</section>"
    )

    red = s.red_flags
    if red:
        body.append(
            f'<section id="red-flags"><h2>Red flags ({len(red)})</h2>'
            + "".join(_finding(i.finding, i.quotes, q, brief=not verbose) for i in red)
            + "</section>"
        )
    if s.suppressed:
        items = "".join(
            f"<li><strong>{_e(f.criterion_id)}</strong> {_e(STATUS_LABELS[f.status.value])}, "
            f"suppressed at line {sup.line}: {_e(sup.reason)}</li>"
            for f, sup in s.suppressed
        )
        body.append(
            f'<section id="suppressed"><h2>Suppressed in the document ({len(s.suppressed)})</h2>'
            f"<ul>{items}</ul></section>"
        )
    if opts.detail != "quiet":
        body += _details(report, s, q, verbose=verbose)
    body.append(_references(report))
    body.append(
        f'<p class="muted">{_e(report.tool.name)} {_e(report.tool.version)} · sha256 '
        f"{_e(doc.sha256)}</p>"
    )
    return _page(f"{title} — {s.verdict_label} ({report.score:g})", "\n".join(body) + "\n")


def _details(report: Report, s: Summary, q: _Quotes, *, verbose: bool) -> list[str]:
    out: list[str] = []
    others = [i for i in s.problems if i.finding.status is not Status.red_flag]
    if others:
        out.append(
            _fold(
                "partly",
                f"Partly shown or contradicted ({len(others)})",
                "".join(_finding(i.finding, i.quotes, q, brief=not verbose) for i in others),
                open_=verbose,
            )
        )
    if s.missing:
        rows = "".join(
            f'<tr id="{_e(f.criterion_id)}" '
            f'data-status="{_e(f.status.value)}"><td>{_e(f.criterion_id)}</td>'
            f"<td>{_e(STATUS_LABELS[f.status.value])}</td><td>"
            f"{_e(first_sentence(failure_message(f)))}</td><td>{_e(f.remedy or '')}</td></tr>"
            for f in s.missing
        )
        out.append(
            _fold(
                "missing",
                f"Not shown or unknown ({len(s.missing)}): what would fix it",
                f'<p class="muted">{_e(NOT_FOUND_NOTE)} Unknown: the text does not let us tell, '
                "and its "
                "silence does not count against it here.</p>"
                '<table class="compact"><thead><tr><th>Criterion</th><th>Status</th><th>Not '
                "shown</th>"
                f"<th>What would fix it</th></tr></thead><tbody>{rows}</tbody></table>",
                open_=verbose,
            )
        )
    aw = report.audit_washing
    if aw.detected:
        by_id = {i.finding.criterion_id: i for i in s.problems}
        items = []
        for p in aw.patterns:
            refs = " ".join(
                f'<a href="#{_e(cid)}">{_e(cid)}</a>' for cid in p.criterion_ids if cid in by_id
            )
            items.append(
                '<div class="finding"><h3><span class="badge '
                f's-red_flag">{_e(p.id)}</span>{_e(p.title)}</h3>'
                f'<p>{_e(p.explanation)}</p><div class="muted">criteria: '
                f"{refs or _e(', '.join(p.criterion_ids))}"
                "</div></div>"
            )
        out.append(
            _fold("audit-washing", f"Audit-washing patterns ({len(aw.patterns)})", "".join(items))
        )
    ctx = report.context
    ctx_parts = [
        f"<p><strong>Risk:</strong> {_e(ctx.risk)}"
        + (f" · reliance ceiling {_e(f'{ctx.ceiling:g}')}" if ctx.ceiling is not None else "")
        + "</p>",
        f"<p>{_e(ctx.explanation)}</p>",
    ]
    for m in ctx.matches:
        ctx_parts.append(f"<p>{_e(m.place)} ({_e(m.region)}, {_e(m.kind)}): {_e(m.risk)}</p>")
    ctx_parts.append(
        f'<p class="muted">Reference data as of {_e(ctx.reference_date)}'
        + (f": {_e('; '.join(ctx.reference_sources))}" if ctx.reference_sources else "")
        + "</p>"
    )
    if report.caps:
        ctx_parts.append(
            "<h3>Caps on the score</h3><ul>"
            + "".join(
                f"<li>{_e(c.reason)} (ceiling {_e(f'{c.ceiling:g}')}, from {_e(c.source)})</li>"
                for c in report.caps
            )
            + "</ul>"
        )
    out.append(_fold("context", f"Context: {ctx.risk} risk", "".join(ctx_parts)))
    if report.ilo_matrix is not None:
        out.append(_ilo(report))
    for status in ("met", "not_applicable"):
        fs = [f for f in report.findings if f.status.value == status]
        if fs:
            listed = "".join(
                f'<li id="{_e(f.criterion_id)}"><strong>{_e(f.criterion_id)}</strong> {_e(f.title)}'
                + (_met_quote(s, q, f) if status == "met" else "")
                + "</li>"
                for f in fs
            )
            out.append(
                _fold(
                    status,
                    f"{STATUS_LABELS[status].capitalize()} ({len(fs)})",
                    f"<ul>{listed}</ul>",
                )
            )
    if report.facts:
        rows = "".join(
            f"<tr><td>{_e(f.name)}</td><td>{_e(_fact_value(f.value))}</td>"
            f"<td>{'line ' + str(f.evidence[0].line) if f.evidence else ''}</td></tr>"
            for f in report.facts
        )
        out.append(
            _fold(
                "facts",
                f"Facts read from the text ({len(report.facts)})",
                "<table><thead><tr><th>Fact</th><th>Value</th><th>Where</th></tr></thead>"
                f"<tbody>{rows}</tbody></table>",
            )
        )
    if report.case:
        out.append(_case(report.case))
    if report.notes or report.errors:
        notes = "".join(f"<li>{_e(n)}</li>" for n in (*report.notes, *report.errors))
        out.append(f'<section id="notes"><h2>Limits</h2><ul>{notes}</ul></section>')
    return out


def _met_quote(s: Summary, q: _Quotes, f: Finding) -> str:
    """A met criterion's first quote: a link when the page already shows it, else the quote."""
    if not f.evidence:
        return ""
    ev = f.evidence[0]
    known = next(
        (
            qq
            for qq in s.quotes
            if (qq.evidence.path, qq.evidence.start, qq.evidence.end) == (ev.path, ev.start, ev.end)
        ),
        None,
    )
    if known is not None:
        return " " + q.show(known)
    return (
        f'<div class="ev">{quote_in_context(ev, q.text)}<div '
        f'class="loc">{_e(_location(ev, q.home))}</div></div>'
    )


def _fact_value(value: Any) -> str:
    return (
        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    )


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
                f'<td class="cell" data-status="{_e(c.status)}"><span class="badge '
                f'i-{_e(c.status)}">'
                f"{_e(ILO_CELL_LABELS.get(c.status, c.status))}</span>"
                f' <span class="muted">{_e(", ".join(c.criterion_ids))}</span></td>'
            )
        rows.append(f"<tr><th>{_e(phase)}</th>{''.join(tds)}</tr>")
    return _fold(
        "ilo",
        f"ILO matrix ({matrix.covered} of {matrix.total} covered)",
        f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p class="muted">{_e(matrix.note)}</p>',
    )


def _case(case: dict[str, Any]) -> str:
    """The case block: documents, timeline of claims, contradictions side by side."""
    docs = "".join(
        f"<tr><td>{_e(d.get('file'))}{' (leads)' if d.get('primary') else ''}</td>"
        f"<td>{_e(ROLE_LABELS.get(d.get('role') or '', d.get('role') or ''))}</td>"
        f"<td>{_e(d.get('date') or 'undated')}</td><td>{_e(d.get('author') or '')}</td><td>"
        f"{_e(d.get('score', ''))}</td></tr>"
        for d in case.get("documents", [])
    )
    timeline = []
    for entry in case.get("timeline", []):
        items = "".join(
            f"<li>{_e(c.get('title'))}: “{_e(' '.join(str(c.get('quote', '')).split())[:200])}” "
            f"({_e(entry.get('file'))} line {_e(c.get('line'))})"
            + (
                f" — contradicted, see {_e(', '.join(c['contradictions']))}"
                if c.get("contradictions")
                else ""
            )
            + "</li>"
            for c in entry.get("claims", [])[:12]
        )
        timeline.append(
            f"<h4>{_e(entry.get('date') or 'undated')} — "
            f"{_e(entry.get('file'))}</h4><ul>{items}</ul>"
        )
    contradictions = []
    for c in case.get("contradictions", []):
        sides = "".join(
            f"<p><strong>{label}</strong> ({_e(side.get('date') or 'undated')}; "
            f"{_e(side.get('file'))} line "
            f"{_e(side.get('line'))}):</p><blockquote "
            f'class="ctx">{_e(" ".join(str(side.get("quote", "")).split()))}</blockquote>'
            for label, side in (("Earlier", c.get("earlier", {})), ("Later", c.get("later", {})))
        )
        contradictions.append(
            f"<h4>{_e(c.get('id'))}. {_e(c.get('title'))}: {_e(c.get('subject'))}</h4>{sides}"
            f"<p>{_e(c.get('explanation'))}</p>"
        )
    inner = (
        "<table><thead><tr><th>File</th><th>Role</th><th>Date</th><th>Author</th><th>Score "
        "alone</th></tr></thead>"
        f"<tbody>{docs}</tbody></table><h3>Timeline</h3>{''.join(timeline)}"
        f"<h3>Contradictions ({len(contradictions)})</h3>"
        + ("".join(contradictions) or "<p>None found.</p>")
    )
    return (
        f'<section id="case"><h2>Case: {_e(case.get("title") or "documents judged together")}</h2>'
        f"{inner}</section>"
    )


def render_index(rows: list[dict]) -> str:
    """The batch index page (kept here for existing callers; see ``batch_index.render_index``)."""
    from .batch_index import render_index as _render_index

    return _render_index(rows)
