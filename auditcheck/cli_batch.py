"""The ``auditcheck batch`` command: a thin shell over ``auditcheck.batch.run_batch``.

Registered by the main CLI with ``app.command("batch")(batch)``; also runnable on its own as
``python -m auditcheck.cli_batch``. Progress goes to stderr, the summary to stdout; every
error is one line on stderr (through the terminal sanitiser) and exit 2; Ctrl-C is 130.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import AuditcheckError, PackErrors


def batch(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively) and glob patterns."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the number of CPUs)."),
    out: Path = typer.Option(Path("results.jsonl"), "--out", "-o", help="JSON Lines results; re-running resumes from it."),
    csv: Optional[Path] = typer.Option(None, "--csv", help="Write one summary row per document."),
    html_dir: Optional[Path] = typer.Option(None, "--html-dir", help="Write one HTML page per document and index.html."),
    criteria: Optional[Path] = typer.Option(None, "--criteria", help="Folder of extra or replacement criteria packs."),
    pack: Optional[str] = typer.Option(None, "--pack", help="Use this pack for every document."),
    timeout: float = typer.Option(120.0, "--timeout", "--time-limit", min=0, help="Seconds allowed per file (0: no limit)."),
    memory_limit: int = typer.Option(2048, "--memory-limit", min=0, help="Megabytes a worker may add per file (0: no limit)."),
    restart: bool = typer.Option(False, "--restart", help="Start --out afresh if it was made with other settings."),
    retry_errors: bool = typer.Option(False, "--retry-errors", help="Score again the files that failed in an earlier run."),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", help="Exit 1 if any score is below this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
) -> None:
    """Score many documents in parallel; resumable, one JSON line per document."""
    from .batch import run_batch, summary_lines
    from .progress import Progress
    from .render.safe import one_line

    try:
        result = run_batch(
            paths, out=out, csv_path=csv, html_dir=html_dir, jobs=jobs, criteria_dir=criteria,
            pack=pack, timeout=timeout, memory_mb=memory_limit, restart=restart,
            retry_errors=retry_errors, progress=None if quiet else Progress(sys.stderr),
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
    raise typer.Exit(result.exit_code(fail_under))


def main() -> None:
    typer.run(batch)


if __name__ == "__main__":
    main()
