"""The steps of ``auditcheck score`` between the options and the output.

Each file is read and scored under its own budget (a refused file never stops the others);
inline suppressions and --select/--ignore are applied to the finished reports; the reports
are rendered in one format; and the reason for exit 1, if any, is put in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import AuditcheckError
from .common import echo_error, report_error

if TYPE_CHECKING:
    from ..budget import Budget
    from ..models import Report
    from ..packs.loader import Pack
    from ..render.options import Suppression
    from .score import ScoreSettings


@dataclass
class ScoreRun:
    """What scoring the files gave: reports (with texts for HTML) and the files that failed."""

    reports: list[Report] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    failed: bool = False
    error_records: list[dict[str, str]] = field(default_factory=list)


def score_files(
    files: list[str],
    settings: ScoreSettings,
    packs: dict[str, Pack],
    classifier: Any,
    budget: Budget,
    traceback: bool,
    case: bool,
) -> ScoreRun:
    """The files as one case, or each on its own (the texts are kept for the HTML page)."""
    if case:
        return score_case(files, settings.pack, settings.criteria, budget, traceback)
    keep_text = settings.format == "html"
    return score_each(files, settings.pack, packs, classifier, budget, traceback, keep_text)


def score_each(
    files: list[str],
    pack: str | None,
    packs: dict[str, Pack],
    classifier: Any,
    budget: Budget,
    traceback: bool,
    keep_text: bool,
) -> ScoreRun:
    """Read and score each file under its own budget; a refused file never stops the others."""
    # Compile the packs' patterns and fill the scorer's lazy caches once here, so every
    # per-file child inherits them instead of paying the warm-up (about a second) each time.
    # One file is not primed: building RE2 sets of every pack pattern costs more than the one
    # document saves (a one-page file 0.08 s CPU, an 84-page PDF no gain); unprimed patterns are
    # ruled out by their required strings instead, with the same matches.
    if len(files) > 1:
        from ..engine.warm import warm_up

        warm_up(packs, examples=False)
    run = ScoreRun()
    for name in files:
        label = "<stdin>" if name == "-" else name
        try:
            result = _score_one(name, label, pack, packs, classifier, budget, traceback, keep_text)
        except AuditcheckError as exc:
            report_error(exc, traceback)
            run.error_records.append(_error_record(name, exc))
            run.failed = True
            continue
        for warning in result["warnings"]:
            echo_error(f"warning: {_safe_name(label)}: {warning}")
        run.reports.append(_report_from_json(result["report"]))
        run.texts.append(result["text"])
    return run


def _score_one(
    name: str,
    label: str,
    pack: str | None,
    packs: dict[str, Pack],
    classifier: Any,
    budget: Budget,
    traceback: bool,
    keep_text: bool,
) -> dict[str, Any]:
    from ..api import evaluate
    from ..document import load_document
    from ..document.loader import read_stdin

    data = read_stdin() if name == "-" else None

    def work() -> dict[str, Any]:
        document = load_document(label, data=data)
        report = evaluate(document, pack=pack, packs=packs, classifier=classifier)
        return {
            "report": report.model_dump_json(),
            "text": document.text if keep_text else None,
            "warnings": document.warnings,
        }

    result: dict[str, Any] = _within(budget, label, work, traceback)
    return result


def _report_from_json(text: str) -> Report:
    from ..models import Report

    return Report.model_validate_json(text)


def score_case(
    files: list[str], pack: str | None, criteria: Path | None, budget: Budget, traceback: bool
) -> ScoreRun:
    """A whole case under one budget (the per-document budget times the number of files)."""
    from ..budget import Budget

    try:
        from ..case import evaluate_case
    except ImportError:
        raise AuditcheckError("case files are not available in this installation") from None
    case_budget = Budget(budget.seconds * max(1, len(files)), budget.memory_mb)

    def work() -> str:
        paths = [Path(f) for f in files]
        return evaluate_case(paths, pack=pack, criteria_dir=criteria).model_dump_json()

    report = _report_from_json(_within(case_budget, " ".join(files), work, traceback))
    for err in report.errors:
        echo_error(err)
    return ScoreRun(reports=[report], texts=[None], failed=bool(report.errors))


def _within(budget: Budget, label: str, work: Callable[[], Any], traceback: bool) -> Any:
    from ..budget import run_within

    return run_within(budget, _safe_name(label), work, traceback_wanted=traceback)


def _safe_name(name: str) -> str:
    from ..render.safe import safe_path

    return safe_path(name)


def _error_record(name: str, exc: AuditcheckError) -> dict[str, str]:
    # a file name need not be valid UTF-8: record it escaped, as every message does
    return {"path": _safe_name(name), "error": exc.one_line(), "kind": type(exc).__name__}


def after_evaluation(
    reports: list[Report], settings: ScoreSettings
) -> tuple[list[Report], list[Suppression]]:
    """Steps over finished reports: inline suppression from the source, then --select/--ignore."""
    from ..suppress import apply_suppressions, find_suppressions, select_findings

    out: list[Report] = []
    suppressed: list[Suppression] = []
    for report in reports:
        path = report.document.path
        source = _source_text(path, report.document.format)
        if source:
            report, matched, unknown = apply_suppressions(report, find_suppressions(source, path))
            suppressed += matched
            for s in unknown:
                echo_error(
                    f"{path}:{s.line}: suppression names {s.criterion_id}, "
                    "which is not a criterion of this report"
                )
        out.append(select_findings(report, settings.select, settings.ignore))
    return out, suppressed


def _source_text(path: str, fmt: str) -> str | None:
    """The raw source of a Markdown or HTML file (comments are not in the extracted text)."""
    if fmt not in ("markdown", "html") or path.startswith("<"):
        return None
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def render_reports(
    reports: list[Report],
    run: ScoreRun,
    suppressed: list[Suppression],
    settings: ScoreSettings,
    use_color: bool,
) -> str:
    """One string for all reports in the chosen format; JSON and SARIF put them in one document."""
    from ..render import get_renderer
    from ..render.options import RenderOptions

    fmt = settings.format
    if fmt == "json":
        from ..render.json import ErrorRecord, render_many

        return render_many(reports, [ErrorRecord(**e) for e in run.error_records], suppressed)
    if fmt == "sarif":
        from ..render.sarif import render_many as sarif_many

        return sarif_many(reports, tuple(suppressed))
    renderer = get_renderer(fmt)
    parts = []
    for report, text in zip(reports, run.texts, strict=True):
        mine = tuple(s for s in suppressed if s.path == report.document.path)
        options = RenderOptions(
            detail=settings.detail,
            document_text=text,
            suppressed=mine,
            color=use_color and fmt == "text",
        )
        parts.append(renderer(report, options))
    joiner = {"text": "\n", "github": ""}.get(fmt, "\n---\n\n")
    return joiner.join(parts)


def threshold_failure(
    reports: list[Report], suppressed: list[Suppression], settings: ScoreSettings
) -> str | None:
    """Why the exit code is 1, in one line, or None."""
    fail_under, fail_on_audit_washing = settings.fail_under, settings.fail_on_audit_washing
    if fail_under is not None:
        low = [r for r in reports if r.score < fail_under]
        if low:
            names = ", ".join(f"{r.document.path} ({r.score:g})" for r in low[:3])
            more = " …" if len(low) > 3 else ""
            return f"score below --fail-under {fail_under:g}: {names}{more}"
    if fail_on_audit_washing:
        accepted = {(s.path, s.criterion_id) for s in suppressed}
        hits = []
        for r in reports:
            ids = [
                p.id
                for p in r.audit_washing.patterns
                if not all((r.document.path, cid) in accepted for cid in p.criterion_ids)
            ]
            if ids:
                hits.append(f"{r.document.path} ({', '.join(ids)})")
        if hits:
            more = " …" if len(hits) > 3 else ""
            return f"audit-washing found (--fail-on-audit-washing): {'; '.join(hits[:3])}{more}"
    return None


__all__ = ["ScoreRun", "after_evaluation", "render_reports", "score_files", "threshold_failure"]
