"""Command-line interface: a thin typer layer over the public API that maps outcomes to exit codes.

Only this module prints and exits. Exit codes: 0 evaluated; 1 evaluated but below
--fail-under, or audit-washing found with --fail-on-audit-washing; 2 could not evaluate.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .errors import AuditcheckError, PackError, PackErrors

if TYPE_CHECKING:  # the renderers are imported only when a command renders
    from .render.options import Detail


class ExitCode(IntEnum):
    OK = 0
    FAILED_THRESHOLD = 1
    ERROR = 2
    #: Ctrl-C (128 + SIGINT, as shells report it)
    INTERRUPTED = 130


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    sarif = "sarif"
    github = "github"


app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help=(
        "Judge how far a published social audit, or a company statement about one, can be "
        "relied on as evidence about forced labour."
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
)
criteria_app = typer.Typer(
    no_args_is_help=True, help="List, show, validate and document the criteria packs."
)
app.add_typer(criteria_app, name="criteria")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"auditcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
) -> None:
    """auditcheck: audit-credibility evaluator."""


def _fail(message: str, code: ExitCode = ExitCode.ERROR) -> typer.Exit:
    from .render.safe import one_line

    typer.echo(f"auditcheck: {one_line(message)}", err=True)
    return typer.Exit(int(code))


def _echo_safe(text: str) -> None:
    """Print text that comes from packs (titles, descriptions): escapes shown, never obeyed."""
    from .render.safe import terminal_safe

    typer.echo(terminal_safe(text))


def _report_error(exc: AuditcheckError, traceback: bool) -> None:
    if traceback:
        import traceback as tb

        tb.print_exception(exc)
    if isinstance(exc, PackErrors):
        for line in exc.lines():
            typer.echo(f"auditcheck: {line}", err=True)
    else:
        typer.echo(f"auditcheck: {exc.one_line()}", err=True)


def _load_packs_or_exit(criteria: Path | None, traceback: bool):
    from .packs import load_packs

    try:
        return load_packs(criteria)
    except AuditcheckError as exc:
        _report_error(exc, traceback)
        raise typer.Exit(int(ExitCode.ERROR)) from None


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror or exc})") from None


@app.command()
def score(
    files: Annotated[
        list[str],
        typer.Argument(
            help=(
                "Reports or statements (PDF, DOCX, HTML, Markdown, text); '-' reads standard input."
            ),
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format (default text, or the configuration's).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output."),
    ] = None,
    criteria: Annotated[
        Path | None,
        typer.Option(
            "--criteria", help="Folder of packs that add to or replace the built-in ones."
        ),
    ] = None,
    pack: Annotated[
        str | None,
        typer.Option(
            "--pack", "-p", help="Use this pack instead of choosing one from the document."
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", min=0, max=100, help="Exit 1 if any score is below this."),
    ] = None,
    fail_on_audit_washing: Annotated[
        bool | None,
        typer.Option(
            "--fail-on-audit-washing/--no-fail-on-audit-washing",
            help="Exit 1 if an audit-washing pattern is found.",
            show_default=False,
        ),
    ] = None,
    case: Annotated[
        bool,
        typer.Option(
            "--case",
            help="Treat the files (or a folder) as one case: several documents about one audit.",
        ),
    ] = False,
    model: Annotated[
        bool,
        typer.Option(
            "--model/--no-model", help="Add evidence from the bundled passage classifier."
        ),
    ] = False,
    model_path: Annotated[
        Path | None,
        typer.Option("--model-path", help="A classifier file made by 'auditcheck model train'."),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="Show everything: every quote, remedy, met criterion and fact."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Show only the summary and the red flags.")
    ] = False,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            help=(
                "Only these criteria: ids (INT-02), families (ILO) or dimensions "
                "(interviews); comma-separated or repeated."
            ),
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="Leave out these criteria: ids, families or dimensions."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help=(
                "Configuration file (default: .auditcheck.toml or [tool.auditcheck] in "
                "pyproject.toml, found upward from here)."
            ),
        ),
    ] = None,
    no_config: Annotated[
        bool, typer.Option("--no-config", help="Ignore configuration files.")
    ] = False,
    color: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color", help="Colour the text output (default: when a terminal)."
        ),
    ] = None,
    traceback: Annotated[
        bool, typer.Option("--traceback", help="Show the full stack on errors.")
    ] = False,
    time_limit: Annotated[
        float | None,
        typer.Option(
            "--time-limit",
            min=0,
            help=(
                "Seconds one document may take to read and score (0: no limit) [default: "
                "120, or AUDITCHECK_TIME_LIMIT]."
            ),
            show_default=False,
        ),
    ] = None,
    memory_limit: Annotated[
        int | None,
        typer.Option(
            "--memory-limit",
            min=0,
            help=(
                "Megabytes one document may use (0: no limit) [default: 2048, or "
                "AUDITCHECK_MEMORY_MB]."
            ),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Score documents and explain the score."""

    settings = _score_settings(
        config,
        no_config,
        output_format,
        criteria,
        pack,
        fail_under,
        fail_on_audit_washing,
        select,
        ignore,
        verbose,
        quiet,
        traceback,
    )
    criteria, pack = settings.criteria, settings.pack
    packs = _load_packs_or_exit(criteria, traceback)
    if pack and pack not in packs:
        raise _fail(f"--pack {pack}: no such pack; available: {', '.join(sorted(packs))}")
    classifier = None
    if model or model_path:
        try:
            from .classify import load_classifier

            classifier = load_classifier(model_path)
        except AuditcheckError as exc:
            _report_error(exc, traceback)
            raise typer.Exit(int(ExitCode.ERROR)) from None
        except ImportError:
            raise _fail("the passage classifier is not available in this installation") from None
    if settings.format == "html" and len(files) > 1 and not case:
        raise _fail(
            "--format html takes one file; use 'auditcheck batch --html-dir DIR' for several"
        )

    from .budget import Budget

    budget = Budget.from_env(time_limit, memory_limit)
    try:
        if case:
            reports, texts, failed = _score_case(files, pack, criteria, budget, traceback)
            error_records: list[dict] = []
        else:
            reports, texts, failed, error_records = _score_each(
                files,
                pack,
                packs,
                classifier,
                budget,
                traceback,
                keep_text=settings.format == "html",
            )
    except KeyboardInterrupt:
        raise _fail("interrupted", ExitCode.INTERRUPTED) from None
    reports, suppressed = _after_evaluation(reports, settings)
    if reports or settings.format == "json":
        use_color = (
            (output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ)
            if color is None
            else color
        )
        _write(
            _render_reports(reports, texts, suppressed, error_records, settings, use_color), output
        )
    if failed:
        raise typer.Exit(int(ExitCode.ERROR))
    reason = _threshold_failure(reports, suppressed, settings)
    if reason:
        typer.echo(f"auditcheck: exit 1: {reason}", err=True)
        raise typer.Exit(int(ExitCode.FAILED_THRESHOLD))


def _score_each(files, pack, packs, classifier, budget, traceback: bool, *, keep_text: bool):
    """Read and score each file under its own budget; a refused file never stops the others."""
    from .api import evaluate
    from .batch.run import pack_patterns
    from .document import load_document
    from .document.loader import read_stdin
    from .models import Report
    from .text.scanner import prime

    # Compile the packs' patterns and fill the scorer's lazy caches once here, so every
    # per-file child inherits them instead of paying the warm-up (about a second) each time.
    prime(pack_patterns(packs))
    if len(files) > 1:
        _warm_up(packs, evaluate)
    reports, texts, failed, error_records = [], [], False, []
    for name in files:
        try:
            data = read_stdin() if name == "-" else None
            label = "<stdin>" if name == "-" else name

            def work(label=label, data=data) -> dict:
                document = load_document(label, data=data)
                report = evaluate(document, pack=pack, packs=packs, classifier=classifier)
                return {
                    "report": report.model_dump_json(),
                    "text": document.text if keep_text else None,
                    "warnings": document.warnings,
                }

            result = _within(budget, label, work, traceback)
        except AuditcheckError as exc:
            _report_error(exc, traceback)
            error_records.append(_error_record(name, exc))
            failed = True
            continue
        for warning in result["warnings"]:
            typer.echo(f"auditcheck: warning: {_safe_name(label)}: {warning}", err=True)
        reports.append(Report.model_validate_json(result["report"]))
        texts.append(result["text"])
    return reports, texts, failed, error_records


def _warm_up(packs, evaluate) -> None:
    from .document import document_from_text

    sample = document_from_text(
        "# Audit summary\n\nWorkers were interviewed at the factory. Wages were paid on time.",
        path="<warm-up>",
    )
    for pack_id in packs:
        try:
            evaluate(sample, packs=packs, pack=pack_id)
        except (
            Exception
        ):  # broad on purpose: warming is an optimisation; the real run reports errors
            continue


def _score_case(files, pack, criteria, budget, traceback: bool):
    """A whole case under one budget (the per-document budget times the number of files)."""
    from .budget import Budget
    from .models import Report

    try:
        from .case import evaluate_case
    except ImportError:
        raise _fail("case files are not available in this installation") from None
    case_budget = Budget(budget.seconds * max(1, len(files)), budget.memory_mb)

    def work() -> str:
        return evaluate_case(
            [Path(f) for f in files], pack=pack, criteria_dir=criteria
        ).model_dump_json()

    try:
        report = Report.model_validate_json(_within(case_budget, " ".join(files), work, traceback))
    except AuditcheckError as exc:
        _report_error(exc, traceback)
        raise typer.Exit(int(ExitCode.ERROR)) from None
    from .render.safe import one_line

    for err in report.errors:
        typer.echo(f"auditcheck: {one_line(err)}", err=True)
    return [report], [None], bool(report.errors)


def _within(budget, label: str, work, traceback: bool):
    from .budget import run_within
    from .render.safe import safe_path

    return run_within(budget, safe_path(label), work, traceback_wanted=traceback)


def _safe_name(name: str) -> str:
    from .render.safe import safe_path

    return safe_path(name)


# --- score: configuration, steps over the finished reports, output dispatch, exit reasons
# ------------------


@dataclass(frozen=True)
class ScoreSettings:
    """The score command's options after the configuration file and the command line are merged."""

    format: str
    criteria: Path | None
    pack: str | None
    fail_under: float | None
    fail_on_audit_washing: bool
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    detail: Detail


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or () for v in item.split(",") if v.strip())


def _score_settings(
    config_path,
    no_config,
    output_format,
    criteria,
    pack,
    fail_under,
    fail_on_audit_washing,
    select,
    ignore,
    verbose,
    quiet,
    traceback,
) -> ScoreSettings:
    """Command line over configuration file over defaults; a bad file is exit 2 with its name."""
    from .config import Config, load_config

    if verbose and quiet:
        raise _fail("--verbose and --quiet cannot be used together")
    try:
        cfg = Config() if no_config else load_config(explicit=config_path)
    except AuditcheckError as exc:
        _report_error(exc, traceback)
        raise typer.Exit(int(ExitCode.ERROR)) from None
    return ScoreSettings(
        format=output_format.value if output_format is not None else (cfg.format or "text"),
        criteria=criteria if criteria is not None else cfg.criteria,
        pack=pack or cfg.pack,
        fail_under=fail_under if fail_under is not None else cfg.fail_under,
        fail_on_audit_washing=cfg.fail_on_audit_washing
        if fail_on_audit_washing is None
        else fail_on_audit_washing,
        select=_split(select) or cfg.select,
        ignore=_split(ignore) + cfg.ignore,
        detail="verbose" if verbose else "quiet" if quiet else "normal",
    )


def _error_record(name: str, exc: AuditcheckError) -> dict:
    # a file name need not be valid UTF-8: record it escaped, as every message does
    return {"path": _safe_name(name), "error": exc.one_line(), "kind": type(exc).__name__}


def _after_evaluation(reports: list, settings: ScoreSettings) -> tuple[list, list]:
    """Steps over finished reports: inline suppression from the source, then --select/--ignore."""
    from .suppress import SuppressionError, apply_suppressions, find_suppressions, select_findings

    out, suppressed = [], []
    for report in reports:
        path = report.document.path
        source = _source_text(path, report.document.format)
        if source:
            try:
                found = find_suppressions(source, path)
            except SuppressionError as exc:
                raise _fail(exc.one_line()) from None
            report, matched, unknown = apply_suppressions(report, found)
            suppressed += matched
            for s in unknown:
                typer.echo(
                    f"auditcheck: {path}:{s.line}: suppression names {s.criterion_id}, "
                    "which is not a criterion of this report",
                    err=True,
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


def _render_reports(
    reports, texts, suppressed, error_records, settings: ScoreSettings, use_color: bool
) -> str:
    """One string for all reports in the chosen format; JSON and SARIF put them in one document."""
    from .render import get_renderer
    from .render.options import RenderOptions

    fmt = settings.format
    if fmt == "json":
        from .render.json import ErrorRecord, render_many

        return render_many(reports, [ErrorRecord(**e) for e in error_records], suppressed)
    if fmt == "sarif":
        from .render.sarif import render_many as sarif_many

        return sarif_many(reports, tuple(suppressed))
    renderer = get_renderer(fmt)
    parts = []
    for report, text in zip(reports, texts, strict=True):
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


def _threshold_failure(reports, suppressed, settings: ScoreSettings) -> str | None:
    """Why the exit code is 1, in one line, or None."""
    if settings.fail_under is not None:
        low = [r for r in reports if r.score < settings.fail_under]
        if low:
            names = ", ".join(f"{r.document.path} ({r.score:g})" for r in low[:3]) + (
                " …" if len(low) > 3 else ""
            )
            return f"score below --fail-under {settings.fail_under:g}: {names}"
    if settings.fail_on_audit_washing:
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
            return f"audit-washing found (--fail-on-audit-washing): {'; '.join(hits[:3])}" + (
                " …" if len(hits) > 3 else ""
            )
    return None


@app.command()
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    envelope: Annotated[
        bool,
        typer.Option(
            "--envelope",
            help="The schema of 'score --format json' output: {reports, suppressed, errors}.",
        ),
    ] = False,
) -> None:
    """Print the report's JSON Schema (with --envelope, of what 'score --format json' prints)."""
    from .models import Report

    if envelope:
        from .render.json import Output

        _write(json.dumps(Output.model_json_schema(), indent=2, sort_keys=True) + "\n", output)
        return
    _write(json.dumps(Report.model_json_schema(), indent=2, sort_keys=True) + "\n", output)


@criteria_app.command("list")
def criteria_list(
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack.")] = None,
    criteria: Annotated[
        Path | None, typer.Option("--criteria", help="Folder of extra packs.")
    ] = None,
) -> None:
    """List packs and their criteria."""
    packs = _load_packs_or_exit(criteria, False)
    if pack and pack not in packs:
        raise _fail(f"--pack {pack}: no such pack; available: {', '.join(sorted(packs))}")
    for p in packs.values():
        if pack and p.id != pack:
            continue
        flags = []
        if p.meta.default:
            flags.append("default")
        if p.meta.profile.overlay_when_risk:
            flags.append("added when risk is " + "/".join(p.meta.profile.overlay_when_risk))
        if p.meta.profile.overlay_with:
            flags.append("added with " + ", ".join(p.meta.profile.overlay_with))
        _echo_safe(
            f"{p.id} {p.meta.version}: {p.meta.title} — {len(p.criteria)} criteria"
            + (f" ({'; '.join(flags)})" if flags else "")
        )
        for c in p.criteria:
            aw = f" [{c.audit_washing}]" if c.audit_washing else ""
            _echo_safe(f"  {c.id:<8} {c.dimension.value:<19} {c.severity.value:<8} {c.title}{aw}")


def _citation(r: object) -> str:
    """A pack reference as 'Publisher, Title (year), clause' (the output model formats it)."""
    from .models import Reference

    return Reference(**r.model_dump(include=set(Reference.model_fields))).citation()  # type: ignore[attr-defined]


@criteria_app.command("show")
def criteria_show(
    criterion_id: Annotated[str, typer.Argument(help="Criterion id, e.g. REC-01.")],
    criteria: Annotated[
        Path | None, typer.Option("--criteria", help="Folder of extra packs.")
    ] = None,
) -> None:
    """Print all about one criterion: what it checks, why, how to fix it, sources and examples."""
    packs = _load_packs_or_exit(criteria, False)
    found = [(p, p.by_id[criterion_id]) for p in packs.values() if criterion_id in p.by_id]
    found += [(p, c) for p in packs.values() for c in p.criteria if criterion_id in c.aliases]
    if not found:
        raise _fail(f"{criterion_id}: no such criterion (try 'auditcheck criteria list')")
    p, c = found[0]
    _echo_safe(f"{c.id} {c.name}  ({p.id}, group {p.group_of(c.id)})")
    _echo_safe(f"  {c.title}")
    _echo_safe(
        f"  kind: {c.kind}   dimension: {c.dimension.value}   severity: {c.severity.value}   "
        f"weight: {c.weight:g}"
        + (f"   audit-washing: {c.audit_washing}" if c.audit_washing else "")
        + (f"   cap: {c.cap}" if c.cap is not None else "")
    )
    if c.description:
        _echo_safe(f"\nDescription:\n  {' '.join(c.description.split())}")
    _echo_safe(f"\nWhen not met:\n  {' '.join(c.message.split())}")
    _echo_safe(f"\nRationale:\n  {' '.join(c.rationale.split())}")
    _echo_safe(f"\nRemedy:\n  {' '.join(c.remedy.split())}")
    _echo_safe("\nReferences:")
    for r in c.references:
        _echo_safe(
            f"  - {_citation(r)}"
            + (f" <{r.url}>" if r.url else "")
            + ("" if r.verification == "verified" else f" [{r.verification.replace('_', ' ')}]")
        )
    _echo_safe("\nDetection:")
    for key in (
        "patterns",
        "partial_patterns",
        "exceptions",
        "red_flags",
        "when",
        "when_facts",
        "unless",
        "unless_facts",
        "also_when",
        "rule",
        "params",
        "sections",
        "scope",
        "ilo_cells",
        "classifier_labels",
    ):
        value = getattr(c, key, None)
        if value:
            _echo_safe(f"  {key}: {value}")
    if getattr(c, "require_all", None):
        for name, pats in c.require_all.items():
            _echo_safe(f"  require_all.{name}: {pats}")
    _echo_safe("\nExamples:")
    for status in ("met", "partial", "unmet", "not_applicable"):
        for ex in getattr(c.examples, status):
            _echo_safe(f"  {status}: {' '.join(ex.split())}")


@criteria_app.command("validate")
def criteria_validate(
    folder: Annotated[
        Path | None,
        typer.Argument(help="A pack folder or a folder of packs (default: the built-in criteria)."),
    ] = None,
    examples: Annotated[
        bool, typer.Option("--examples/--no-examples", help="Also run every criterion's examples.")
    ] = True,
) -> None:
    """Check packs: schema, unknown keys, patterns, groups, ids and (by default) examples."""
    from .packs import discover_packs

    try:
        packs = discover_packs(folder, trust_builtin=False)
    except PackErrors as exc:
        for line in exc.lines():
            typer.echo(line, err=True)
        typer.echo(f"{len(exc.errors)} problem(s) found", err=True)
        raise typer.Exit(int(ExitCode.ERROR)) from None
    except PackError as exc:
        typer.echo(exc.one_line(), err=True)
        raise typer.Exit(int(ExitCode.ERROR)) from None
    problems = []
    if examples:
        from .testing import example_cases, example_holds, run_criterion

        for p in packs.values():
            for _case_id, criterion, expected, text in example_cases(p):
                try:
                    finding = run_criterion(criterion, text, p)
                except AuditcheckError as exc:  # e.g. an example too short to be a document
                    problems.append(
                        f"{p.path}/{criterion.id}.yaml: examples.{expected}: {exc.one_line()}"
                    )
                    continue
                if not example_holds(finding, expected):
                    problems.append(
                        f"{p.path}/{criterion.id}.yaml: examples.{expected}: gave "
                        f"{finding.status.value}: {' '.join(text.split())[:80]}"
                    )
    for line in problems:
        typer.echo(line, err=True)
    total = sum(len(p.criteria) for p in packs.values())
    if problems:
        typer.echo(f"{len(problems)} example(s) failed", err=True)
        raise typer.Exit(int(ExitCode.ERROR))
    typer.echo(
        f"ok: {len(packs)} pack(s), {total} criteria" + (", all examples pass" if examples else "")
    )


@criteria_app.command("docs")
def criteria_docs(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=(
                "Where to write; '-' for standard output (default: docs/criteria.md, only in "
                "a source checkout)."
            ),
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Exit 1 if the file is out of date instead of writing it."),
    ] = False,
) -> None:
    """Regenerate the criteria reference page (docs/criteria.md) and the README's predicate table.

    Without --output this writes only inside a source checkout, never into an installed package.
    """
    from .checks.predicates.table import refresh_readme
    from .docs import checkout_root, render_criteria_docs
    from .packs import load_packs

    reference = render_criteria_docs(load_packs())
    if output is not None and str(output) == "-":
        sys.stdout.write(reference)
        return
    root = checkout_root()
    if output is not None:
        files = [(output, reference)]
    elif root is None:
        raise _fail("auditcheck is installed, not run from a source checkout; give --output")
    else:
        readme = root / "criteria" / "README.md"
        files = [
            (root / "docs" / "criteria.md", reference),
            (readme, refresh_readme(readme.read_text(encoding="utf-8"))),
        ]
    for target, text in files:
        if check:
            current = target.read_text(encoding="utf-8") if target.is_file() else ""
            if current != text:
                raise _fail(
                    f"{target} is out of date; run 'auditcheck criteria docs'",
                    ExitCode.FAILED_THRESHOLD,
                )
            typer.echo(f"{target} is current")
            continue
        _write(text, target)
        typer.echo(f"wrote {target}", err=True)


def _register_optional() -> None:
    """Commands that live in their own modules; each imports its heavy parts lazily."""
    try:
        from .cli_batch import batch

        app.command("batch")(batch)
    except ImportError:
        pass
    try:
        from .cli_model import model_app, similar

        app.add_typer(model_app, name="model")
        app.command("similar")(similar)
    except ImportError:
        pass


_register_optional()
app.command("statement-criteria")(
    __import__("auditcheck.cli_statement", fromlist=["_"]).statement_criteria
)


def main() -> None:
    app(prog_name="auditcheck")


if __name__ == "__main__":  # pragma: no cover
    main()
