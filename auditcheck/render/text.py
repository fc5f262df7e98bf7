"""Terminal output: verdict first, then what drove it, lint-style lines with locations and remedies."""

from __future__ import annotations

from ..models import Report, Status
from .safe import one_line

_MARK = {
    Status.red_flag: "RED FLAG",
    Status.unmet: "unmet",
    Status.partial: "partial",
    Status.met: "met",
    Status.not_applicable: "n/a",
    Status.not_assessable: "n/assess",
    Status.error: "ERROR",
}
_COLOR = {Status.red_flag: "31;1", Status.unmet: "33", Status.partial: "36", Status.met: "32", Status.error: "35"}


def render(report: Report, *, color: bool = False, verbose: bool = False, **_: object) -> str:
    def c(code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if color else text

    path = one_line(report.document.path)
    lines = [
        c("1", f"{path}: {report.verdict.value.replace('_', ' ').upper()}  score {report.score:g}/100"),
        f"  {one_line(report.verdict_reason)}",
        f"  pack: {report.pack.id} {report.pack.version}"
        + (f" + {', '.join(report.pack.overlays)}" if report.pack.overlays else "")
        + f" ({one_line(report.pack.reason)})",
        f"  context: {report.context.risk} risk (reference data of {report.context.reference_date})",
    ]
    if report.context.risk in ("high", "elevated"):
        lines.append(f"    {one_line(report.context.explanation)}")
    if report.audit_washing.detected:
        lines.append(c("31;1", "  audit-washing: " + ", ".join(f"{p.id} {p.title}" for p in report.audit_washing.patterns)))
    else:
        lines.append("  audit-washing: none detected")
    lines.append("  dimensions:")
    for d in report.dimensions:
        score = "  n/a" if d.score is None else f"{d.score:5.1f}"
        bar = "" if d.score is None else "#" * int(round(d.score / 10))
        lines.append(f"    {d.title:<36} {score}  {bar}")
    for cap in report.caps:
        lines.append(f"  cap {cap.ceiling:g}: {one_line(cap.reason)}")
    lines.append("")
    shown = [f for f in report.findings if verbose or f.status not in (Status.met, Status.not_applicable)]
    for f in shown:
        ev = f.evidence[0] if f.evidence else None
        where = f"{path}:{ev.line}:{ev.column}" + (f" (p.{ev.page})" if ev and ev.page else "") if ev else path
        lines.append(f"{where}: {c(_COLOR.get(f.status, '0'), _MARK[f.status])} {f.criterion_id} {one_line(f.message)}")
        for e in f.evidence[:2]:
            lines.append(f"    > \"{one_line(e.quote)[:200]}\"")
        if f.remedy and f.status is not Status.met:
            lines.append(f"    fix: {one_line(f.remedy)}")
    met = sum(f.status is Status.met for f in report.findings)
    lines.append("")
    lines.append(f"{len(report.findings)} criteria: {met} met, "
                 f"{sum(f.status is Status.partial for f in report.findings)} partial, "
                 f"{sum(f.status is Status.unmet for f in report.findings)} unmet, "
                 f"{sum(f.status is Status.red_flag for f in report.findings)} red flags, "
                 f"{sum(f.status is Status.not_applicable for f in report.findings)} not applicable"
                 + "".join(f", {n} {label}" for n, label in (
                     (sum(f.status is Status.not_assessable for f in report.findings), "not assessable"),
                     (sum(f.status is Status.error for f in report.findings), "could not be evaluated")) if n))
    return "\n".join(lines) + "\n"
