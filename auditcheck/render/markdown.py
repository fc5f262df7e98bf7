"""A reviewer's memo in Markdown that an NGO can paste into a critique: verdict, why, quotes, sources, fixes."""

from __future__ import annotations

from ..facts import FACT_TITLES
from ..models import Evidence, Finding, Reference, Report, Status
from .safe import markdown_quote, one_line

_STATUS = {
    Status.red_flag: "red flag",
    Status.unmet: "not shown",
    Status.partial: "partly shown",
    Status.met: "met",
    Status.not_applicable: "not applicable",
    Status.not_assessable: "not assessable",
    Status.error: "error",
}


_CITED = (Status.red_flag, Status.unmet, Status.partial)


def _code(text: str) -> str:
    """Text for an inline code span: no backticks (they would end it), no control characters."""
    return one_line(text).replace("`", "'")


def _where(ev: Evidence) -> str:
    parts = []
    if ev.path:
        parts.append(markdown_quote(ev.path.rsplit("/", 1)[-1]))
    parts.append(f"line {ev.line}")
    if ev.page:
        parts.append(f"page {ev.page}")
    if ev.section:
        parts.append("§ " + markdown_quote(" › ".join(ev.section[-2:])))
    return ", ".join(parts)


def _quote(ev: Evidence, limit: int = 300) -> str:
    text = one_line(ev.quote)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{markdown_quote(text)}” ({_where(ev)})"


def _link_target(url: str | None) -> str | None:
    """A URL fit for a Markdown link target, or None when it is not plain http(s)."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    return "".join(f"%{ord(ch):02X}" if ch in " ()<>[]`\\" or ord(ch) < 32 else ch for ch in url)


def _cite(r: Reference, *, with_clause: bool = True) -> str:
    """'Publisher, Title (year), clause' linked to the canonical URL, with a mark unless verified."""
    label = markdown_quote(r.citation(with_clause=with_clause))
    target = _link_target(r.url)
    text = f"[{label}]({target})" if target else label
    if with_clause and r.verification != "verified":
        text += f" *({r.verification.replace('_', ' ')})*"
    return text


def _refs(f: Finding) -> str:
    return "; ".join(_cite(r) for r in f.references)


def _references_section(report: Report) -> list[str]:
    """Every source cited under the memo's findings, once, in order of first use, then the data date."""
    seen: dict[tuple[str, str, str, str], Reference] = {}
    for f in report.findings:
        if f.status not in _CITED:
            continue  # the memo prints a finding's basis only when it is a problem
        for r in f.references:
            seen.setdefault(r.source_key(), r)
    lines = ["## References", ""]
    lines += [f"{n}. {_cite(r, with_clause=False)}" for n, r in enumerate(seen.values(), 1)]
    lines += ["", f"Reference data as of {markdown_quote(report.context.reference_date)}"
              + (f": {markdown_quote('; '.join(report.context.reference_sources))}." if report.context.reference_sources else "."), ""]
    return lines


def render(report: Report, **_: object) -> str:
    doc = report.document
    title = markdown_quote(doc.title or doc.path.rsplit("/", 1)[-1])
    verdict = report.verdict.value.replace("_", " ")
    lines = [
        f"# Credibility review: {title}",
        "",
        f"**Verdict: {verdict}** — score **{report.score:g}/100**"
        + (" — **audit-washing detected**" if report.audit_washing.detected else ""),
        "",
        f"{markdown_quote(report.verdict_reason)}.",
        "",
        f"- Document: `{_code(doc.path)}` ({doc.format}"
        + (f", {doc.pages} pages" if doc.pages else "")
        + f"), read as {markdown_quote((doc.role or 'unknown').replace('_', ' '))}; sha256 `{doc.sha256[:16]}…`",
        f"- Checklist: {markdown_quote(report.pack.title)} ({report.pack.id} {report.pack.version})"
        + (f" with {', '.join(report.pack.overlays)}" if report.pack.overlays else "")
        + f" — {markdown_quote(report.pack.reason)}",
        f"- Context: **{report.context.risk} risk** — {markdown_quote(report.context.explanation)} "
        f"(reference data of {report.context.reference_date})",
        f"- Tool: auditcheck {report.tool.version}, report schema v{report.schema_version}",
        "",
    ]
    if report.audit_washing.detected:
        lines += ["## Audit-washing: claims that outrun the methods", ""]
        for p in report.audit_washing.patterns:
            lines.append(f"### {p.id} {markdown_quote(p.title)}")
            lines.append("")
            lines.append(markdown_quote(p.explanation))
            lines.append("")
            for ev in p.evidence[:3]:
                lines.append(f"> {_quote(ev)}")
                lines.append(">")
            if lines[-1] == ">":
                lines.pop()
            lines.append("")
    lines += ["## Why: the five dimensions", "", "| Dimension | Score | Met | Not shown | Red flags |", "|---|---:|---:|---:|---:|"]
    for d in report.dimensions:
        lines.append(f"| {d.title} | {'n/a' if d.score is None else f'{d.score:g}'} | {d.met} | {d.unmet} | {d.red_flags} |")
    lines.append("")
    if report.caps:
        lines += ["**What capped the score:**", ""]
        lines += [f"- ceiling {c.ceiling:g}: {markdown_quote(c.reason)}" for c in report.caps]
        lines.append("")
    if report.ilo_matrix:
        m = report.ilo_matrix
        lines += [f"## ILO forced-labour matrix ({m.covered} of {m.total} cells covered)", "",
                  "| Phase | Involuntariness | Menace of penalty |", "|---|---|---|"]
        for phase in ("recruitment", "employment", "exit", "context"):
            row = {c.element: c for c in m.cells if c.phase == phase}
            cell = lambda c: f"{c.status.replace('_', ' ')}" + (f" ({', '.join(c.criterion_ids[:3])})" if c.criterion_ids else "")  # noqa: E731
            lines.append(f"| {phase} | {cell(row['involuntariness'])} | {cell(row['coercion'])} |")
        lines += ["", markdown_quote(m.note), ""]
    problems = [f for f in report.findings if f.status in (Status.red_flag, Status.unmet, Status.partial)]
    lines += ["## Findings", ""]
    for f in problems:
        lines.append(f"### {f.criterion_id} {markdown_quote(f.title)} — {_STATUS[f.status]}")
        lines.append("")
        lines.append(markdown_quote(f.message))
        lines.append("")
        for ev in f.evidence[:3]:
            lines.append(f"> {_quote(ev)}")
            lines.append("")
        if f.remedy:
            lines.append(f"**What would fix it:** {markdown_quote(f.remedy)}")
            lines.append("")
        if f.references:
            lines.append(f"**Basis:** {_refs(f)}")
            lines.append("")
    met = [f for f in report.findings if f.status is Status.met]
    if met:
        lines += ["## What the document does show", ""]
        for f in met:
            ev = f"; {_quote(f.evidence[0], 160)}" if f.evidence else ""
            lines.append(f"- **{f.criterion_id}** {markdown_quote(f.title)}{ev}")
        lines.append("")
    if report.facts:
        lines += ["## Facts read from the text", "", "| Fact | Value | Where |", "|---|---|---|"]
        seen = set()
        for fact in report.facts:
            key = (fact.name, str(fact.value))
            if key in seen or len(seen) >= 40:
                continue
            seen.add(key)
            ev = fact.evidence[0] if fact.evidence else None
            lines.append(f"| {FACT_TITLES.get(fact.name, fact.name)} | {markdown_quote(str(fact.value))[:80]} | {_where(ev) if ev else ''} |")
        lines.append("")
    if report.case:
        try:
            from .case_markdown import render_case_markdown
        except ImportError:  # pragma: no cover - case rendering ships with case files
            render_case_markdown = None
        if render_case_markdown is not None:
            lines += [render_case_markdown(report.case), ""]
    if report.errors:
        lines += ["## Files that could not be read", ""] + [f"- {markdown_quote(e)}" for e in report.errors] + [""]
    lines += ["## Limits", ""] + [f"- {markdown_quote(n)}" for n in report.notes] + [""]
    lines += _references_section(report)
    return "\n".join(lines)
