"""``auditcheck criteria list|show|validate|docs`` and ``auditcheck schema``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import AuditcheckError, PackError, PackErrors
from .common import (
    ExitCode,
    Traceback,
    echo_error,
    fail,
    load_packs_checked,
    report_error,
    reported,
    write_output,
)

if TYPE_CHECKING:
    from ..packs.loader import Pack

criteria_app = typer.Typer(
    no_args_is_help=True, help="List, show, validate and document the criteria packs."
)

ExtraPacks = Annotated[Path | None, typer.Option("--criteria", help="Folder of extra packs.")]


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
    traceback: Traceback = False,
) -> None:
    """Print the report's JSON Schema (with --envelope, of what 'score --format json' prints)."""
    from ..models import Report
    from ..render.json import Output

    model = Output if envelope else Report
    with reported(traceback):
        write_output(json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n", output)


@criteria_app.command("list")
def criteria_list(
    pack: Annotated[str | None, typer.Option("--pack", "-p", help="Only this pack.")] = None,
    criteria: ExtraPacks = None,
    traceback: Traceback = False,
) -> None:
    """List packs and their criteria."""
    from ..render.criteria import pack_listing

    with reported(traceback):
        packs = load_packs_checked(criteria, pack)
    typer.echo(pack_listing(packs, pack), nl=False)


@criteria_app.command("show")
def criteria_show(
    criterion_id: Annotated[str, typer.Argument(help="Criterion id, e.g. REC-01.")],
    criteria: ExtraPacks = None,
    traceback: Traceback = False,
) -> None:
    """Print all about one criterion: what it checks, why, how to fix it, sources and examples."""
    from ..render.criteria import criterion_text

    with reported(traceback):
        packs = load_packs_checked(criteria)
    found = [(p, p.by_id[criterion_id]) for p in packs.values() if criterion_id in p.by_id]
    found += [(p, c) for p in packs.values() for c in p.criteria if criterion_id in c.aliases]
    if not found:
        raise fail(f"{criterion_id}: no such criterion (try 'auditcheck criteria list')")
    pack, criterion = found[0]
    typer.echo(criterion_text(pack, criterion), nl=False)


@criteria_app.command("validate")
def criteria_validate(
    folder: Annotated[
        Path | None,
        typer.Argument(help="A pack folder or a folder of packs (default: the built-in criteria)."),
    ] = None,
    examples: Annotated[
        bool, typer.Option("--examples/--no-examples", help="Also run every criterion's examples.")
    ] = True,
    traceback: Traceback = False,
) -> None:
    """Check packs: schema, unknown keys, patterns, groups, ids and (by default) examples."""
    from ..packs import discover_packs

    try:
        packs = discover_packs(folder, trust_builtin=False)
    except PackError as exc:
        report_error(exc, traceback)
        if isinstance(exc, PackErrors):
            echo_error(f"{len(exc.errors)} problem(s) found")
        raise typer.Exit(int(ExitCode.ERROR)) from None
    problems = example_problems(packs) if examples else []
    for line in problems:
        echo_error(line)
    if problems:
        raise fail(f"{len(problems)} example(s) failed")
    total = sum(len(p.criteria) for p in packs.values())
    passing = ", all examples pass" if examples else ""
    typer.echo(f"ok: {len(packs)} pack(s), {total} criteria{passing}")


def example_problems(packs: dict[str, Pack]) -> list[str]:
    """Every criterion example that does not give its expected status, as 'file: problem'."""
    from ..testing import example_cases, example_holds, run_criterion

    problems = []
    for p in packs.values():
        for _case_id, criterion, expected, text in example_cases(p):
            where = f"{p.path}/{criterion.id}.yaml: examples.{expected}"
            try:
                finding = run_criterion(criterion, text, p)
            except AuditcheckError as exc:  # e.g. an example too short to be a document
                problems.append(f"{where}: {exc.one_line()}")
                continue
            if not example_holds(finding, expected):
                shown = " ".join(text.split())[:80]
                problems.append(f"{where}: gave {finding.status.value}: {shown}")
    return problems


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
    traceback: Traceback = False,
) -> None:
    """Regenerate the criteria reference page (docs/criteria.md) and the README's predicate table.

    Without --output this writes only inside a source checkout, never into an installed package.
    """
    with reported(traceback):
        targets = docs_targets(output)
        for target, text in targets:
            if target is None:
                sys.stdout.write(text)
            elif check:
                current = target.read_text(encoding="utf-8") if target.is_file() else ""
                if current != text:
                    msg = f"{target} is out of date; run 'auditcheck criteria docs'"
                    raise fail(msg, ExitCode.FAILED_THRESHOLD)
                typer.echo(f"{target} is current")
            else:
                write_output(text, target)
                typer.echo(f"wrote {target}", err=True)


def docs_targets(output: Path | None) -> list[tuple[Path | None, str]]:
    """(file, text) pairs that ``criteria docs`` writes; file None is standard output."""
    from ..checks.predicates.table import refresh_readme
    from ..docs import checkout_root, render_criteria_docs
    from ..packs import load_packs

    reference = render_criteria_docs(load_packs())
    if output is not None:
        return [(None if str(output) == "-" else output, reference)]
    root = checkout_root()
    if root is None:
        raise AuditcheckError(
            "auditcheck is installed, not run from a source checkout; give --output"
        )
    readme = root / "criteria" / "README.md"
    return [
        (root / "docs" / "criteria.md", reference),
        (readme, refresh_readme(readme.read_text(encoding="utf-8"))),
    ]
