"""Command-line interface: a thin typer layer over the public API that maps outcomes to exit codes.

Only this module prints and exits. Exit codes: 0 evaluated; 1 evaluated but below
--fail-under, or audit-washing found with --fail-on-audit-washing; 2 could not evaluate.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import AuditcheckError, PackError, PackErrors


class ExitCode(IntEnum):
    OK = 0
    FAILED_THRESHOLD = 1
    ERROR = 2


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    help="Judge how far a published social audit, or a company statement about one, can be relied on as evidence about forced labour.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
criteria_app = typer.Typer(no_args_is_help=True, help="List, show, validate and document the criteria packs.")
app.add_typer(criteria_app, name="criteria")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"auditcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[Optional[bool], typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit.")] = None,
) -> None:
    """auditcheck: audit-credibility evaluator."""


def _fail(message: str, code: ExitCode = ExitCode.ERROR) -> typer.Exit:
    typer.echo(f"auditcheck: {' '.join(message.split())}", err=True)
    return typer.Exit(int(code))


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
    files: Annotated[list[str], typer.Argument(help="Reports or statements (PDF, DOCX, HTML, Markdown, text); '-' reads standard input.", show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of standard output.")] = None,
    criteria: Annotated[Optional[Path], typer.Option("--criteria", help="Folder of packs that add to or replace the built-in ones.")] = None,
    pack: Annotated[Optional[str], typer.Option("--pack", "-p", help="Use this pack instead of choosing one from the document.")] = None,
    fail_under: Annotated[Optional[float], typer.Option("--fail-under", min=0, max=100, help="Exit 1 if any score is below this.")] = None,
    fail_on_audit_washing: Annotated[bool, typer.Option("--fail-on-audit-washing", help="Exit 1 if an audit-washing pattern is found.")] = False,
    case: Annotated[bool, typer.Option("--case", help="Treat the files (or a folder) as one case: several documents about one audit.")] = False,
    model: Annotated[bool, typer.Option("--model/--no-model", help="Add evidence from the bundled passage classifier.")] = False,
    model_path: Annotated[Optional[Path], typer.Option("--model-path", help="A classifier file made by 'auditcheck model train'.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Text format: list met criteria too.")] = False,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Colour the text output (default: when a terminal).")] = None,
    traceback: Annotated[bool, typer.Option("--traceback", help="Show the full stack on errors.")] = False,
) -> None:
    """Score documents and explain the score."""
    from .api import evaluate
    from .document import load_document
    from .document.loader import read_stdin
    from .render import get_renderer

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
    if output_format is OutputFormat.html and len(files) > 1 and not case:
        raise _fail("--format html takes one file; use 'auditcheck batch --html-dir DIR' for several")

    reports = []
    texts: list[str | None] = []  # document text per report, so the HTML page can show quotes in context
    failed = False
    if case:
        try:
            from .case import evaluate_case
        except ImportError:
            raise _fail("case files are not available in this installation") from None
        try:
            report = evaluate_case([Path(f) for f in files], pack=pack, criteria_dir=criteria)
        except AuditcheckError as exc:
            _report_error(exc, traceback)
            raise typer.Exit(int(ExitCode.ERROR)) from None
        for err in report.errors:
            typer.echo(f"auditcheck: {err}", err=True)
        failed = bool(report.errors)
        reports.append(report)
        texts.append(None)
    else:
        for name in files:
            try:
                if name == "-":
                    document = load_document("<stdin>", data=read_stdin())
                else:
                    document = load_document(name)
                reports.append(evaluate(document, pack=pack, packs=packs, classifier=classifier))
                texts.append(document.text)
            except AuditcheckError as exc:
                _report_error(exc, traceback)
                failed = True
    if reports:
        renderer = get_renderer(output_format.value)
        if output_format is OutputFormat.json and len(reports) > 1:
            from .render.json import render_many

            text = render_many(reports)
        else:
            use_color = (output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ) if color is None else color
            if output_format is OutputFormat.text:
                parts = [renderer(r, color=use_color, verbose=verbose) for r in reports]
            elif output_format is OutputFormat.html:
                parts = [renderer(r, document_text=t) for r, t in zip(reports, texts)]
            else:
                parts = [renderer(r) for r in reports]
            text = ("\n" if output_format is OutputFormat.text else "\n---\n\n").join(parts)
        _write(text, output)
    if failed:
        raise typer.Exit(int(ExitCode.ERROR))
    if fail_under is not None and any(r.score < fail_under for r in reports):
        raise typer.Exit(int(ExitCode.FAILED_THRESHOLD))
    if fail_on_audit_washing and any(r.audit_washing.detected for r in reports):
        raise typer.Exit(int(ExitCode.FAILED_THRESHOLD))


@app.command()
def schema(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Print the JSON Schema of the report."""
    from .models import Report

    _write(json.dumps(Report.model_json_schema(), indent=2, sort_keys=True) + "\n", output)


@criteria_app.command("list")
def criteria_list(
    pack: Annotated[Optional[str], typer.Option("--pack", "-p", help="Only this pack.")] = None,
    criteria: Annotated[Optional[Path], typer.Option("--criteria", help="Folder of extra packs.")] = None,
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
        typer.echo(f"{p.id} {p.meta.version}: {p.meta.title} — {len(p.criteria)} criteria" + (f" ({'; '.join(flags)})" if flags else ""))
        for c in p.criteria:
            aw = f" [{c.audit_washing}]" if c.audit_washing else ""
            typer.echo(f"  {c.id:<8} {c.dimension.value:<19} {c.severity.value:<8} {c.title}{aw}")


@criteria_app.command("show")
def criteria_show(
    criterion_id: Annotated[str, typer.Argument(help="Criterion id, e.g. REC-01.")],
    criteria: Annotated[Optional[Path], typer.Option("--criteria", help="Folder of extra packs.")] = None,
) -> None:
    """Print everything about one criterion: what it checks, why, how to fix it, sources and examples."""
    packs = _load_packs_or_exit(criteria, False)
    found = [(p, p.by_id[criterion_id]) for p in packs.values() if criterion_id in p.by_id]
    found += [(p, c) for p in packs.values() for c in p.criteria if criterion_id in c.aliases]
    if not found:
        raise _fail(f"{criterion_id}: no such criterion (try 'auditcheck criteria list')")
    p, c = found[0]
    typer.echo(f"{c.id} {c.name}  ({p.id}, group {p.group_of(c.id)})")
    typer.echo(f"  {c.title}")
    typer.echo(f"  kind: {c.kind}   dimension: {c.dimension.value}   severity: {c.severity.value}   weight: {c.weight:g}"
               + (f"   audit-washing: {c.audit_washing}" if c.audit_washing else "")
               + (f"   cap: {c.cap}" if c.cap is not None else ""))
    if c.description:
        typer.echo(f"\nDescription:\n  {' '.join(c.description.split())}")
    typer.echo(f"\nWhen not met:\n  {' '.join(c.message.split())}")
    typer.echo(f"\nRationale:\n  {' '.join(c.rationale.split())}")
    typer.echo(f"\nRemedy:\n  {' '.join(c.remedy.split())}")
    typer.echo("\nReferences:")
    for r in c.references:
        typer.echo(f"  - {r.standard}" + (f", {r.clause}" if r.clause else "") + (f" <{r.url}>" if r.url else "")
                   + ("" if r.verification == "verified" else f" [{r.verification.replace('_', ' ')}]"))
    typer.echo("\nDetection:")
    for key in ("patterns", "partial_patterns", "exceptions", "red_flags", "when", "when_facts", "unless", "unless_facts", "also_when", "rule", "params", "sections", "scope", "ilo_cells", "classifier_labels"):
        value = getattr(c, key, None)
        if value:
            typer.echo(f"  {key}: {value}")
    if getattr(c, "require_all", None):
        for name, pats in c.require_all.items():
            typer.echo(f"  require_all.{name}: {pats}")
    typer.echo("\nExamples:")
    for status in ("met", "partial", "unmet", "not_applicable"):
        for ex in getattr(c.examples, status):
            typer.echo(f"  {status}: {' '.join(ex.split())}")


@criteria_app.command("validate")
def criteria_validate(
    folder: Annotated[Optional[Path], typer.Argument(help="A pack folder or a folder of packs (default: the built-in criteria).")] = None,
    examples: Annotated[bool, typer.Option("--examples/--no-examples", help="Also run every criterion's examples.")] = True,
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
        from .testing import example_cases, run_criterion, UNMET_STATUSES

        for p in packs.values():
            for case_id, criterion, expected, text in example_cases(p):
                finding = run_criterion(criterion, text, p)
                ok = finding.status in UNMET_STATUSES if expected == "unmet" else finding.status.value == expected
                if not ok:
                    problems.append(f"{p.path}/{criterion.id}.yaml: examples.{expected}: gave {finding.status.value}: {' '.join(text.split())[:80]}")
    for line in problems:
        typer.echo(line, err=True)
    total = sum(len(p.criteria) for p in packs.values())
    if problems:
        typer.echo(f"{len(problems)} example(s) failed", err=True)
        raise typer.Exit(int(ExitCode.ERROR))
    typer.echo(f"ok: {len(packs)} pack(s), {total} criteria" + (", all examples pass" if examples else ""))


@criteria_app.command("docs")
def criteria_docs(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Where to write (default docs/criteria.md in a checkout).")] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 if the file is out of date instead of writing it.")] = False,
) -> None:
    """Regenerate the criteria reference page (docs/criteria.md)."""
    from .docs import default_docs_path, render_criteria_docs
    from .packs import load_packs

    target = output or default_docs_path()
    text = render_criteria_docs(load_packs())
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            raise _fail(f"{target} is out of date; run 'auditcheck criteria docs'", ExitCode.FAILED_THRESHOLD)
        typer.echo(f"{target} is current")
        return
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
app.command("statement-criteria")(__import__("auditcheck.cli_statement", fromlist=["_"]).statement_criteria)


def main() -> None:
    app(prog_name="auditcheck")


if __name__ == "__main__":  # pragma: no cover
    main()
