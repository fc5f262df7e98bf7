"""Self-contained HTML pages: one per report (the batch index is ``batch_index``).

The pages are meant to be mailed to someone and opened offline, so they carry their own CSS
(and, for the index, a few lines of JS) and load nothing. A report page opens with the shared
summary (verdict, what it is about, claims, coverage, deciding reasons with one quote each) and
the red flags; everything else sits in collapsed ``<details>`` sections, so the printed page of
a short statement stays a few pages long while nothing is lost.

The markup lives in Jinja2 templates (``templates/``, shipped as package data) with autoescape
on, so every string from a document or a criteria file is escaped unless it is our own markup
(``Markup``: the SVG charts, the quotes in context, the stylesheet). Control characters and bidi
overrides are replaced before escaping. On top of that a strict Content-Security-Policy allows
only the page's own inline style and script, by hash, so even a missed escape could not run a
planted ``<script>`` or ``onerror`` handler. Output is deterministic.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader
from markupsafe import Markup, escape

from ..models import Evidence, Finding, Reference, Report, Status
from ..vocabulary import ILO_CELL_LABELS, ROLE_LABELS, STATUS_LABELS
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


def _asset(name: str) -> str:
    return (files(__package__) / "templates" / name).read_text(encoding="utf-8")


#: The stylesheet of every page: the template file plus the width classes of the charts.
CSS = "\n" + _asset("style.css") + "".join(f".w{n}{{width:{n}%}}" for n in range(101)) + "\n"

# C0/C1 controls are not allowed in HTML text; bidi overrides could disguise a quote
_CONTROLS = {
    c: "\ufffd"
    for c in (
        *range(9),
        11,
        *range(14, 32),
        *range(0x7F, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
}
_CONTROLS[12] = " "  # form feed: the PDF page separator


def clean(value: Any) -> Any:
    """What every ``{{ }}`` prints: our own Markup as it is, other text without controls."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    return str(value).translate(_CONTROLS)


def _e(value: Any) -> Markup:
    """Escape one value outside a template (the quotes in context)."""
    return escape(clean(value))


def _hash_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def csp(style: str, script: str | None = None) -> str:
    """A policy that loads nothing and runs only this page's own inline style and script."""
    script_src = _hash_source(script) if script else "'none'"
    return (
        f"default-src 'none'; style-src {_hash_source(style)}; script-src {script_src}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def safe_url(url: str | None) -> str | None:
    """Only web links become hrefs; ``javascript:`` and friends from a criteria file stay text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _fact_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@cache
def environment() -> Environment:
    """The one Jinja2 environment: package templates, autoescape on, controls cleaned."""
    env = Environment(
        loader=PackageLoader("auditcheck.render", "templates"),
        autoescape=True,
        finalize=clean,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["g"] = lambda number: f"{number:g}"
    env.globals.update(
        status_labels=STATUS_LABELS,
        ilo_labels=ILO_CELL_LABELS,
        role_labels=ROLE_LABELS,
        not_found_note=NOT_FOUND_NOTE,
        safe_url=safe_url,
        failure_message=failure_message,
        first_sentence=first_sentence,
        claim_text=claim_text,
        fact_value=_fact_value,
        flat=lambda text: " ".join(str(text or "").split()),
    )
    return env


def page(template: str, page_title: str, script: str | None = None, **context: Any) -> str:
    """A whole page from a template that extends ``base.html.j2``, with its CSP."""
    return (
        environment()
        .get_template(template)
        .render(
            csp=Markup(csp(CSS, script)),  # our constants and base64 hashes only
            style=Markup(CSS),
            script=Markup(script) if script else None,
            page_title=page_title,
            **context,
        )
    )


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
) -> Markup:
    """The quote marked inside its surrounding text (when the document text is at hand), escaped.

    The context around the quote is shown as plain text (no Markdown marks); the quote itself
    stays verbatim, as the offsets say. Whitespace matters here (the block is pre-wrapped), so
    it is built in Python rather than in a template.
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
    return Markup('<blockquote class="ctx">{}<mark>{}</mark>{}</blockquote>').format(
        clean(plain(before)), clean(ev.quote), clean(plain(after))
    )


class _Quotes:
    """Prints each quote once, in context, with an anchor; every later use links to it."""

    def __init__(self, summary: Summary, document_text: str | None) -> None:
        self.s = summary
        self.text = document_text
        self.home = summary.report.document.path

    def show(self, q: Quote | None) -> Markup:
        if q is None:
            return Markup("")
        if q.number in self.s.printed:
            return Markup('<a class="qref" href="#q{}">see {}</a>').format(q.number, q.label)
        self.s.printed.add(q.number)
        return self._block(
            q.evidence, quote_in_context(q.evidence, self.text, SUMMARY_CONTEXT), q.number, q.label
        )

    def _block(self, ev: Evidence, quoted: Markup, number: int | None, label: str | None) -> Markup:
        anchor = Markup(' id="q{}"').format(number) if number is not None else Markup("")
        tag = Markup('<span class="qlabel">{}</span>').format(label) if label else Markup("")
        return Markup('<div class="ev"{}>{}<div class="loc">{}{}</div></div>').format(
            anchor, quoted, tag, clean(_location(ev, self.home))
        )

    def many(self, quotes: list[Quote]) -> Markup:
        return Markup("").join(self.show(q) for q in quotes)

    def met(self, f: Finding) -> Markup:
        """A met criterion's first quote: a link when the page already shows it, else the quote."""
        if not f.evidence:
            return Markup("")
        ev = f.evidence[0]
        key = (ev.path, ev.start, ev.end)
        for known in self.s.quotes:
            if (known.evidence.path, known.evidence.start, known.evidence.end) == key:
                return Markup(" ") + self.show(known)
        return self._block(ev, quote_in_context(ev, self.text), None, None)


def _references(report: Report) -> list[Reference]:
    """Each source behind the findings once, in order of first use."""
    seen: dict[tuple[str, str, str, str], Reference] = {}
    for f in report.findings:
        for r in f.references:
            seen.setdefault(r.source_key(), r)
    return list(seen.values())


def _ilo(report: Report) -> dict[str, Any] | None:
    matrix = report.ilo_matrix
    if matrix is None:
        return None
    return {
        "elements": list(dict.fromkeys(c.element for c in matrix.cells)),
        "phases": list(dict.fromkeys(c.phase for c in matrix.cells)),
        "cell": {(c.phase, c.element): c for c in matrix.cells},
        "covered": matrix.covered,
        "total": matrix.total,
        "note": matrix.note,
    }


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    """One self-contained page for a report; pass the document text to show quotes in context."""
    opts = RenderOptions.from_kwargs(options, **kwargs)
    s = summarise(report, opts.suppressed)
    q = _Quotes(s, opts.document_text)
    doc = report.document
    title = doc.title or doc.path
    meta = [
        doc.format,
        f"{doc.pages} pages" if doc.pages else f"{doc.words} words",
        f"read as {ROLE_LABELS.get(doc.role, doc.role)}" if doc.role else "",
        f"pack {report.pack.id} {report.pack.version}",
    ]
    settled = [
        (status, [f for f in report.findings if f.status.value == status])
        for status in ("met", "not_applicable")
    ]
    return page(
        "report.html.j2",
        f"{title} — {s.verdict_label} ({report.score:g})",
        report=report,
        doc=doc,
        s=s,
        q=q,
        title=title,
        meta=" · ".join(m for m in meta if m),
        coverage=coverage_text(report),
        verbose=opts.detail == "verbose",
        quiet=opts.detail == "quiet",
        profile=Markup(dimension_profile([(d.id, d.title, d.score) for d in report.dimensions])),
        others=[i for i in s.problems if i.finding.status is not Status.red_flag],
        problem_ids={i.finding.criterion_id for i in s.problems},
        ilo=_ilo(report),
        settled=[(status, fs) for status, fs in settled if fs],
        met_quote=q.met,
        case=report.case,
        references=_references(report),
    )


def render_index(rows: list[dict[str, Any]]) -> str:
    """The batch index page (kept here for existing callers; see ``batch_index.render_index``)."""
    from .batch_index import render_index as _render_index

    return _render_index(rows)
