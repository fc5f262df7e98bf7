"""GitHub Actions workflow annotations: one ``::error``/``::warning``/``::notice`` line per problem.

Red flags are errors, unmet criteria warnings, partly met and unknown notices; the first line
is a notice with the verdict. ``quiet`` keeps the verdict and the red flags. Suppressed
findings are announced as notices with their reason, never dropped. Values are escaped as the
workflow-command syntax requires (``%``, CR, LF, and in properties ``:`` and ``,``).
"""

from __future__ import annotations

from ..models import Finding, Report, Status
from ..vocabulary import STATUS_LABELS, VERDICT_LABELS
from .options import RenderOptions
from .summary import failure_message, first_sentence, summarise

_LEVEL = {
    Status.red_flag: "error",
    Status.unmet: "warning",
    Status.partial: "notice",
    Status.not_assessable: "notice",
    Status.error: "error",
}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else text + "."


def _line(level: str, path: str, title: str, message: str, f: Finding | None = None) -> str:
    props = [f"file={escape_property(path)}"]
    if f is not None and f.evidence:
        ev = f.evidence[0]
        props += [
            f"line={ev.line}",
            f"col={ev.column}",
            f"endLine={ev.end_line}",
            f"endColumn={ev.end_column}",
        ]
    props.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(props)}::{escape_data(' '.join(message.split()))}"


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    opts = RenderOptions.from_kwargs(options, **kwargs)
    s = summarise(report, opts.suppressed)
    path = report.document.path
    verdict = VERDICT_LABELS.get(report.verdict.value, report.verdict.value)
    lines = [
        _line(
            "notice",
            path,
            f"auditcheck: {verdict} ({report.score:g}/100)",
            f"{verdict}, score {report.score:g}/100. About: {_sentence(report.judgement.about)} "
            + " ".join(f"{n}. {_sentence(r.text)}" for n, r in enumerate(s.reasons, 1)),
        )
    ]
    problems = [i.finding for i in s.problems] + s.missing
    for f in problems:
        if opts.detail == "quiet" and f.status is not Status.red_flag:
            continue
        message = (
            failure_message(f)
            if f.status is not Status.not_assessable
            else first_sentence(f.message)
        )
        model = [e for e in f.evidence if e.source == "classifier"]
        if model:  # evidence from the learned model says so, with its probability
            message += (
                " (model evidence"
                + (f", p={model[0].score:.2f}" if model[0].score is not None else "")
                + ")"
            )
        if f.remedy and opts.detail != "quiet":
            message += f" Fix: {f.remedy}"
        lines.append(
            _line(
                _LEVEL.get(f.status, "notice"),
                path,
                f"{f.criterion_id} {STATUS_LABELS[f.status.value]}: {f.title}",
                message,
                f,
            )
        )
    for f, sup in s.suppressed:
        lines.append(
            _line(
                "notice",
                path,
                f"{f.criterion_id} suppressed",
                f"{f.criterion_id} ({STATUS_LABELS[f.status.value]}) suppressed at line "
                f"{sup.line}: {sup.reason}",
            )
        )
    return "\n".join(lines) + "\n"
