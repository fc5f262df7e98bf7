"""The ``auditcheck batch`` command: a thin shell over ``auditcheck.batch.run_batch``.

Registered by the main CLI with ``app.command("batch")(batch)``; also runnable on its own as
``python -m auditcheck.cli_batch``. Progress goes to stderr, the summary to stdout; every
error is one line on stderr (through the terminal sanitiser) and exit 2; Ctrl-C is 130.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import AuditcheckError, PackErrors


def batch(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (searched recursively) and glob patterns.")
    ],
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the number of CPUs)."),
    ] = None,
    out: Annotated[
        Path, typer.Option("--out", "-o", help="JSON Lines results; re-running resumes from it.")
    ] = Path("results.jsonl"),
    csv: Annotated[
        Path | None, typer.Option("--csv", help="Write one summary row per document.")
    ] = None,
    html_dir: Annotated[
        Path | None,
        typer.Option("--html-dir", help="Write one HTML page per document and index.html."),
    ] = None,
    criteria: Annotated[
        Path | None,
        typer.Option("--criteria", help="Folder of extra or replacement criteria packs."),
    ] = None,
    pack: Annotated[
        str | None, typer.Option("--pack", help="Use this pack for every document.")
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", "--time-limit", min=0, help="Seconds allowed per file (0: no limit)."
        ),
    ] = 120.0,
    memory_limit: Annotated[
        int,
        typer.Option(
            "--memory-limit", min=0, help="Megabytes a worker may add per file (0: no limit)."
        ),
    ] = 2048,
    restart: Annotated[
        bool,
        typer.Option("--restart", help="Start --out afresh if it was made with other settings."),
    ] = False,
    retry_errors: Annotated[
        bool,
        typer.Option("--retry-errors", help="Score again the files that failed in an earlier run."),
    ] = False,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", min=0, max=100, help="Exit 1 if any score is below this."),
    ] = None,
    fail_on_audit_washing: Annotated[
        bool,
        typer.Option("--fail-on-audit-washing", help="Exit 1 if any document shows audit-washing."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    executor: Annotated[
        str,
        typer.Option(
            "--executor",
            help='Where to score: "local" (worker processes here) or "dask" (a Dask cluster; '
            'pip install "auditcheck[dask]").',
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default with --executor "
            "dask: a local Dask cluster of --jobs workers).",
        ),
    ] = None,
) -> None:
    """Score many documents in parallel; resumable, one JSON line per document."""
    from .batch import run_batch, summary_lines
    from .progress import Progress
    from .render.safe import one_line

    try:
        result = run_batch(
            paths,
            out=out,
            csv_path=csv,
            html_dir=html_dir,
            jobs=jobs,
            criteria_dir=criteria,
            pack=pack,
            timeout=timeout,
            memory_mb=memory_limit,
            restart=restart,
            retry_errors=retry_errors,
            progress=None if quiet else Progress(sys.stderr),
            executor=executor,
            scheduler=scheduler,
        )
    except PackErrors as exc:
        for line in exc.lines():
            typer.echo(f"auditcheck: {line}", err=True)
        raise typer.Exit(2) from None
    except AuditcheckError as exc:
        typer.echo(f"auditcheck: {exc.one_line()}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        typer.echo("auditcheck: interrupted", err=True)
        raise typer.Exit(130) from None
    for line in summary_lines(result):
        typer.echo(line)
    for problem in result.output_errors:
        typer.echo(f"auditcheck: {one_line(problem)}", err=True)
    code = result.exit_code(fail_under, fail_on_audit_washing)
    if code == 1:
        reason = result.threshold_failure(fail_under, fail_on_audit_washing)
        typer.echo(f"auditcheck: exit 1: {reason}", err=True)
    raise typer.Exit(code)


def main() -> None:
    typer.run(batch)


if __name__ == "__main__":
    main()
