"""A reviewer's memo in Markdown that an NGO can paste into a critique.

It opens with the summary every format shares (verdict, what it is about, the claims, coverage
and the deciding reasons, each with one located quote), then the red flags, then one compact
list of what the text does not show with what would fix it. Each quote is printed once and
referred to by number (Q1, Q2, ...) after that; the full detail stays in the JSON and HTML.
"""

from __future__ import annotations

from ..models import Finding, Reference, Report, Status
from ..vocabulary import ILO_CELL_LABELS, ILO_ELEMENTS, ILO_PHASES, ROLE_LABELS, STATUS_LABELS
from .options import RenderOptions
from .safe import markdown_quote, one_line
from .summary import (
    NOT_FOUND_NOTE,
    Item,
    Quote,
    Summary,
    claim_text,
    coverage_text,
    failure_message,
    first_sentence,
    location,
    shorten,
    summarise,
)

#: Characters of a quote printed in the memo; the JSON keeps it whole.
QUOTE_CHARS = 120
#: Words of a finding's message or remedy in the compact lists.
MESSAGE_WORDS = 9
PARTLY_WORDS = 7
REMEDY_WORDS = 8


def _code(text: str) -> str:
    """Text for an inline code span: no backticks (they would end it), no control characters."""
    return one_line(text).replace("`", "'")


def _quote_text(s: Summary, q: Quote) -> str:
    text = one_line(q.evidence.quote)
    if len(text) > QUOTE_CHARS:
        text = text[: QUOTE_CHARS - 1] + "…"
    where = location(q.evidence, with_section=False, home=s.report.document.path)
    return f"[{q.label}] “{markdown_quote(text)}” ({markdown_quote(where)})"


def _quote_or_ref(s: Summary, q: Quote, owner: str = "") -> str:
    """The quote in full the first time the memo prints it, 'see Qn' after that."""
    if q.number in s.printed:
        return f"see {q.label}"
    s.printed.add(q.number)
    return _quote_text(s, q)


def _link_target(url: str | None) -> str | None:
    """A URL fit for a Markdown link target, or None when it is not plain http(s)."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    return "".join(f"%{ord(ch):02X}" if ch in " ()<>[]`\\" or ord(ch) < 32 else ch for ch in url)


def _cite(r: Reference) -> str:
    label = markdown_quote(r.citation(with_clause=False))
    target = _link_target(r.url)
    return f"[{label}]({target})" if target else label


class _Sources:
    """Numbers each cited source once; findings cite by number, the list at the end names them."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str, str, str], tuple[int, Reference]] = {}

    def cite(self, f: Finding) -> str:
        out = []
        for r in f.references[:1]:  # the first source; the HTML and JSON list them all
            n, _ = self.seen.setdefault(r.source_key(), (len(self.seen) + 1, r))
            target = _link_target(r.url)
            clause = f", {markdown_quote(r.clause)}" if r.clause else ""
            out.append((f"[{n}]({target})" if target else f"[{n}]") + clause)
        return "; ".join(out)


def _summary_lines(s: Summary) -> list[str]:
    report = s.report
    doc = report.document
    capped = (
        f" (before caps {report.uncapped_score:g})" if report.uncapped_score != report.score else ""
    )
    lines = [
        f"**Verdict: {s.verdict_label}** — score **{report.score:g}/100**{capped}"
        + (" — **audit-washing detected**" if report.audit_washing.detected else ""),
        "",
        f"**What the verdict is about:** {markdown_quote(report.judgement.about)}",
        "",
        (
            f"**Coverage:** {markdown_quote(coverage_text(report))}. Read as "
            f"{markdown_quote(ROLE_LABELS.get(doc.role or '', doc.role or 'unknown'))}; context "
            f"**{report.context.risk} risk** (reference data of "
            f"{markdown_quote(report.context.reference_date)})."
        ),
        "",
    ]
    if s.claims:
        lines += ["**Claims found:**", ""]
        groups: dict[str, list[Quote]] = {}
        for claim, q in s.claims:  # one line per kind of claim, its quotes after it
            groups.setdefault(claim_text(claim), []).append(q)
        for text, qs in groups.items():
            lines.append(f"- {markdown_quote(text)}: " + "; ".join(_quote_or_ref(s, q) for q in qs))
        lines.append("")
    else:
        lines += ["**Claims found:** none — the text draws no conclusion of its own.", ""]
    lines += ["## Why this verdict", ""]
    for n, r in enumerate(s.reasons, 1):
        quote = f" — {_quote_or_ref(s, r.quote, f'reason:{n - 1}')}" if r.quote else ""
        lines.append(f"{n}. {r.lead}{markdown_quote(r.text)}{quote}")
    lines.append("")
    return lines


def _problem_line(
    s: Summary,
    item: Item,
    sources: _Sources,
    *,
    basis: bool,
    quote: bool = True,
    words: int = MESSAGE_WORDS,
) -> list[str]:
    """One line per finding: its failure message, then its quote in full at first use, else a
    reference.

    With ``quote`` false a quote not printed yet is only located (line N): the memo stays short.
    """
    f = item.finding
    owner = f"finding:{f.criterion_id}"
    where = ""
    if item.quotes:
        q = item.quotes[0]
        if quote or q.number in s.printed:
            where = f" — {_quote_or_ref(s, q, owner)}"
        else:
            here = location(q.evidence, with_section=False, home=s.report.document.path)
            where = f" ({markdown_quote(here)})"
    line = [
        f"- **{f.criterion_id}** "
        f"{markdown_quote(shorten(first_sentence(item.message), words))}{where}"
    ]
    if basis and f.references:
        line.append(f"**Basis:** {sources.cite(f)}")  # a lazy continuation: same list item
    return line


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    opts = RenderOptions.from_kwargs(options, **kwargs)
    s = summarise(report, opts.suppressed)
    doc = report.document
    title = markdown_quote(doc.title or doc.path.rsplit("/", 1)[-1])
    sources = _Sources()
    lines = [f"# Credibility review: {title}", "", *_summary_lines(s)]

    red = s.red_flags
    if red:
        lines += [f"## Red flags ({len(red)})", ""]
        for item in red:
            lines += _problem_line(s, item, sources, basis=True)
        lines.append("")
    if report.audit_washing.detected and opts.detail == "verbose":
        lines += ["## Audit-washing: claims that outrun the methods", ""]
        lines += [
            f"- **{p.id}** {markdown_quote(p.title)} ({', '.join(p.criterion_ids)})"
            for p in report.audit_washing.patterns
        ]
        lines.append("")
    if opts.detail != "quiet":
        lines += _details(s, sources, verbose=opts.detail == "verbose")
    if s.suppressed:
        lines += [f"## Suppressed in the document ({len(s.suppressed)})", ""]
        for f, sup in s.suppressed:
            lines.append(
                f"- **{f.criterion_id}** {STATUS_LABELS[f.status.value]}, suppressed at line "
                f"{sup.line}: {markdown_quote(sup.reason)}"
            )
        lines.append("")
    if report.case and opts.detail != "quiet":
        from .case_markdown import render_case_markdown

        lines += [render_case_markdown(report.case), ""]
    if report.errors:
        lines += (
            ["## Files that could not be read", ""]
            + [f"- {markdown_quote(e)}" for e in report.errors]
            + [""]
        )
    lines += ["## Limits", ""] + [f"- {markdown_quote(n)}" for n in report.notes]
    lines += [
        (
            f"- auditcheck {markdown_quote(report.tool.version)} (schema "
            f"v{report.schema_version}), `{_code(doc.path)}` sha256 `{doc.sha256[:12]}…`; full "
            "detail in the JSON and HTML."
        ),
        "",
    ]
    lines += ["## References", ""]
    lines += [f"{n}. {_cite(r)}" for n, r in sources.seen.values()]
    lines += ["", f"Reference data as of {markdown_quote(report.context.reference_date)}.", ""]
    return "\n".join(lines)


def _details(s: Summary, sources: _Sources, *, verbose: bool) -> list[str]:
    report = s.report
    lines: list[str] = []
    shown = [i for i in s.problems if i.finding.status is not Status.red_flag]
    if shown:
        lines += [f"## Partly shown or contradicted ({len(shown)})", ""]
        for item in shown:
            lines += _problem_line(
                s, item, sources, basis=verbose, quote=verbose, words=PARTLY_WORDS
            )
        lines.append("")
    if s.missing:
        lines += [f"## Not shown or unknown ({len(s.missing)}): what would fix it", ""]
        unmet = [f for f in s.missing if f.status is Status.unmet]
        unknown = [f for f in s.missing if f.status is Status.not_assessable]
        for label, group in (
            (f"**Not shown** ({len(unmet)}). {NOT_FOUND_NOTE}", unmet),
            (
                (
                    f"**Unknown** ({len(unknown)}): the text does not let us tell, and its silence "
                    "does not count against it here."
                ),
                unknown,
            ),
        ):
            if not group:
                continue
            lines += [label, ""]
            for f in group:
                remedy = f.remedy if verbose else shorten(f.remedy or "", REMEDY_WORDS)
                todo = remedy or shorten(first_sentence(failure_message(f)), REMEDY_WORDS)
                lines.append(f"- **{f.criterion_id}** {markdown_quote(todo)}")
            lines.append("")
    lines += [
        "## Dimensions",
        "",
        "|Dimension|Score|Met|Not shown|Red flags|",
        "|---|--:|--:|--:|--:|",
    ]
    for d in report.dimensions:
        lines.append(
            f"|{markdown_quote(d.title)}|{'n/a' if d.score is None else f'{d.score:g}'}|{d.met}|"
            f"{d.unmet}|{d.red_flags}|"
        )
    lines.append("")
    if report.ilo_matrix:
        m = report.ilo_matrix
        cells = {(c.phase, c.element): c for c in m.cells}
        lines += [
            f"## ILO forced-labour matrix ({m.covered} of {m.total} cells covered)",
            "",
            "|Phase|Involuntariness|Menace of penalty|",
            "|---|---|---|",
        ]
        for phase in ILO_PHASES:
            row = [cells.get((phase, e)) for e in ILO_ELEMENTS]
            lines.append(
                f"|{phase}|"
                + "|".join(ILO_CELL_LABELS.get(c.status, c.status) if c else "" for c in row)
                + "|"
            )
        lines.append("")
    if verbose:
        met = [f for f in report.findings if f.status is Status.met]
        if met:
            lines += ["## What the document does show", ""]
            for f in met:
                q = next((q for q in s.quotes if f.evidence and q.evidence == f.evidence[0]), None)
                ref = f" — see {q.label}" if q else ""
                lines.append(f"- **{f.criterion_id}** {markdown_quote(f.title)}{ref}")
            lines.append("")
        for f in [i.finding for i in s.problems if i.finding.remedy]:
            lines.append(f"- **{f.criterion_id}** fix: {markdown_quote(f.remedy or '')}")
        lines.append("")
    return lines
