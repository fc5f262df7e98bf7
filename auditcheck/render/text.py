"""Terminal output: the summary first, then lint-style lines with locations, at most 120 columns.

``quiet`` stops after the red flags; ``verbose`` adds every quote, remedy and met criterion.
Document text is made terminal-safe (no escape sequences or bidi overrides) before printing.
Colour and wrapping go through rich: lines are ``rich.text.Text`` built from plain strings
(never parsed as markup, so ``[bold]`` in a document is printed as typed), wrapped by terminal
cells (a wide CJK character takes two), and turned into ANSI codes only when colour is asked for.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

from ..case_schema import CaseBlock
from ..models import Finding, Report, Status
from ..vocabulary import STATUS_LABELS
from .options import RenderOptions
from .safe import one_line
from .summary import (
    NOT_FOUND_NOTE,
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

WIDTH = 120
#: rich styles of the statuses; a status without one is printed plain.
_COLOR = {
    "red_flag": "bold red",
    "unmet": "yellow",
    "partial": "cyan",
    "met": "green",
    "error": "magenta",
    "not_assessable": "blue",
}
#: Measures and wraps lines; it never prints.
_MEASURE = Console(width=WIDTH, file=io.StringIO(), color_system=None, markup=False)

Line = Text | str


def _wrap(text: str, indent: str, first: Line | None = None) -> list[Line]:
    """``text`` on lines of at most WIDTH cells, after ``first`` and then ``indent``."""
    head = Text(first) if isinstance(first, str) else first if first is not None else Text(indent)
    body = Text(one_line(text))
    if not body:
        return [head] if head.plain.strip() else [indent]
    # the first line has the room the head leaves, the others the room the indent leaves; a
    # head that leaves no room (a deep path) gets a line of its own
    room = WIDTH - head.cell_len
    if room < 1:
        head.rstrip()
        lines: list[Line] = [head]
        end = 0
    else:
        first_line = body.wrap(_MEASURE, room, overflow="fold")[0]
        end = len(first_line)
        first_line.rstrip()
        lines = [Text.assemble(head, first_line)]
    plain = body.plain
    while end < len(plain) and plain[end] == " ":
        end += 1
    rest = body[end:]
    if rest:
        for part in rest.wrap(_MEASURE, max(20, WIDTH - cell_len(indent)), overflow="fold"):
            part.rstrip()
            lines.append(Text.assemble(indent, part))
    return lines


def _clip(text: str, width: int) -> str:
    text = one_line(text)
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…"


def _as_text(lines: list[Line], color: bool) -> str:
    """The lines as a string: plain, or with ANSI colour codes rendered by rich."""
    if not color:
        return "\n".join(line.plain if isinstance(line, Text) else line for line in lines) + "\n"
    out = io.StringIO()
    console = Console(
        file=out,
        force_terminal=True,
        color_system="standard",
        no_color=False,
        width=WIDTH,
        soft_wrap=True,
        markup=False,
        highlight=False,
        emoji=False,
    )
    for line in lines:
        console.print(line)
    return out.getvalue()


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    opts = RenderOptions.from_kwargs(options, **kwargs)
    s = summarise(report, opts.suppressed)

    def c(style: str, text: str) -> Text:
        return Text(text, style=style)

    path = one_line(report.document.path)
    capped = (
        f" (before caps {report.uncapped_score:g})" if report.uncapped_score != report.score else ""
    )
    head = _clip(f"{path}: {s.verdict_label.upper()}  score {report.score:g}/100{capped}", WIDTH)
    lines: list[Line] = [c("bold", head)]
    lines += _wrap(f"about: {report.judgement.about}", "    ", "  ")
    lines += _wrap(
        f"coverage: {coverage_text(report)}; context {report.context.risk} risk "
        f"(reference data of {report.context.reference_date})",
        "    ",
        "  ",
    )
    if s.claims:
        lines.append("  claims:")
        for claim, q in s.claims:
            lines += _wrap(
                f"{claim_text(claim)}: {_quote(s, q, verbose=opts.detail == 'verbose')}",
                "        ",
                "    - ",
            )
    else:
        lines.append("  claims: none; the text draws no conclusion of its own")
    lines.append("  why:")
    for n, r in enumerate(s.reasons, 1):
        quote = f" — {_quote(s, r.quote, verbose=opts.detail == 'verbose')}" if r.quote else ""
        lines += _wrap(f"{r.lead}{r.text}{quote}", "       ", f"    {n}. ")
    lines.append("")
    red = s.red_flags
    if red:
        lines.append(c("bold red", f"red flags ({len(red)}):"))
        for item in red:
            lines += _finding_lines(
                s, item.finding, item.quotes, path, c, verbose=opts.detail == "verbose"
            )
    if opts.detail != "quiet":
        others = [i for i in s.problems if i.finding.status is not Status.red_flag]
        if others:
            lines.append("")
            lines.append(f"partly shown or contradicted ({len(others)}):")
            for item in others:
                lines += _finding_lines(
                    s,
                    item.finding,
                    item.quotes,
                    path,
                    c,
                    verbose=opts.detail == "verbose",
                    one=opts.detail != "verbose",
                )
        if s.missing:
            lines.append("")
            lines.append(f"not shown or unknown ({len(s.missing)}); {NOT_FOUND_NOTE}")
            for f in s.missing:
                mark = c(_COLOR.get(f.status.value, ""), STATUS_LABELS[f.status.value])
                head_m = Text.assemble(f"  {f.criterion_id} ", mark, " ")
                fix = f.remedy or first_sentence(failure_message(f))
                text = fix if opts.detail == "verbose" else shorten(fix, 14)
                if opts.detail == "verbose":
                    lines += _wrap(f"fix: {text}", "      ", head_m)
                else:  # one line each: the compact list
                    lines.append(
                        head_m
                        + _clip(
                            f"fix: {text}",
                            WIDTH - 4 - len(f.criterion_id) - len(STATUS_LABELS[f.status.value]),
                        )
                    )
        lines.append("")
        lines.append("  dimensions:")
        for d in report.dimensions:
            score = "  n/a" if d.score is None else f"{d.score:5.1f}"
            bar = "" if d.score is None else "#" * round(d.score / 10)
            lines.append(f"    {_clip(d.title, 36):<36} {score}  {bar}")
    if opts.detail == "verbose":
        met = [f for f in report.findings if f.status is Status.met]
        if met:
            lines.append("")
            lines.append(f"met ({len(met)}):")
            for f in met:
                lines.append(_clip(f"  {f.criterion_id} {f.title}", WIDTH))
    if report.case and opts.detail != "quiet":
        lines += _case_lines(report.case)
    if s.suppressed:
        lines.append("")
        lines.append(f"suppressed in the document ({len(s.suppressed)}):")
        for f, sup in s.suppressed:
            lines += _wrap(
                f"{f.criterion_id} {STATUS_LABELS[f.status.value]}, line {sup.line}: {sup.reason}",
                "      ",
                "  ",
            )
    lines.append("")
    counts = {st: sum(f.status is st for f in report.findings) for st in Status}
    lines.append(
        f"{len(report.findings)} criteria: "
        + ", ".join(f"{counts[st]} {STATUS_LABELS[st.value]}" for st in Status if counts[st])
    )
    return _as_text(lines, opts.color)


def _quote(s: Summary, q: Quote, *, verbose: bool) -> str:
    """The quote in full the first time the output prints it, 'see Qn' after that."""
    if q.number in s.printed:
        return f"see {q.label}"
    s.printed.add(q.number)
    text = one_line(q.evidence.quote)
    limit = 400 if verbose else 140
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return (
        f'[{q.label}] "{text}" '
        f"({location(q.evidence, with_section=False, home=s.report.document.path)})"
    )


def _finding_lines(
    s: Summary,
    f: Finding,
    quotes: list[Quote],
    path: str,
    c: Callable[[str, str], Text],
    *,
    verbose: bool,
    one: bool = False,
) -> list[Line]:
    """A lint-style line 'path:line:col: status ID message'; with ``one``, one line and no quote."""
    ev = quotes[0].evidence if quotes else (f.evidence[0] if f.evidence else None)
    where = f"{one_line(ev.path) if ev.path else path}:{ev.line}:{ev.column}" if ev else path
    status = c(_COLOR.get(f.status.value, ""), STATUS_LABELS[f.status.value])
    message = failure_message(f) if verbose else shorten(first_sentence(failure_message(f)), 14)
    prefix = Text.assemble(f"  {where}: ", status, f" {f.criterion_id} ")
    if one:
        return [prefix + _clip(message, max(20, WIDTH - prefix.cell_len))]
    shown = quotes[: (len(quotes) if verbose else 1)]
    seen = [q for q in shown if q.number in s.printed]
    if seen:  # quotes printed already are referred to on the finding's own line
        message += " (see " + ", ".join(q.label for q in seen) + ")"
    out = _wrap(f"{message}", "      ", prefix)
    for q in shown:
        if q not in seen:
            out += _wrap(_quote(s, q, verbose=verbose), "        ", "      > ")
    if verbose and f.remedy:
        out += _wrap(f"fix: {f.remedy}", "        ", "      ")
    return out


def _case_lines(case: CaseBlock) -> list[Line]:
    """The case in a few lines: documents, a dated timeline, each contradiction and its places."""
    title = str(case.get("title") or "documents judged together")
    lines: list[Line] = ["", f"case: {one_line(title)}"]
    for entry in case.get("timeline", []):
        lines.append(
            "  "
            + _clip(
                f"{entry.get('date') or 'undated'}  {entry.get('file')}: "
                f"{len(entry.get('claims', []))} claim(s)",
                WIDTH - 2,
            )
        )
    contradictions = case.get("contradictions", [])
    lines.append(
        f"  contradictions ({len(contradictions)}):"
        if contradictions
        else "  contradictions: none found"
    )
    for c in contradictions:
        early, late = c.get("earlier", {}), c.get("later", {})
        lines += _wrap(
            f"{c.get('id')} {c.get('title')}: {c.get('subject')} — "
            f"{early.get('file')}:{early.get('line')} vs {late.get('file')}:{late.get('line')}",
            "      ",
            "    ",
        )
    return lines
