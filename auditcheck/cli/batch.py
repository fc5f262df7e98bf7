"""``auditcheck batch``: a thin shell over ``auditcheck.batch.run_batch``.

Also runnable on its own as ``python -m auditcheck.cli.batch``. Progress goes to stderr, the
summary to stdout; every error is one line on stderr and exit 2; Ctrl-C is 130.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .common import ExitCode, FailUnder, Traceback, echo_error, reported

Paths = Annotated[
    list[str], typer.Argument(help="Files, folders (searched recursively) and glob patterns.")
]
Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the number of CPUs)."),
]
Out = Annotated[
    Path, typer.Option("--out", "-o", help="JSON Lines results; re-running resumes from it.")
]
Csv = Annotated[Path | None, typer.Option("--csv", help="Write one summary row per document.")]
HtmlDir = Annotated[
    Path | None,
    typer.Option("--html-dir", help="Write one HTML page per document and index.html."),
]
Criteria = Annotated[
    Path | None,
    typer.Option("--criteria", help="Folder of extra or replacement criteria packs."),
]
Pack = Annotated[str | None, typer.Option("--pack", help="Use this pack for every document.")]
Timeout = Annotated[
    float,
    typer.Option(
        "--timeout", "--time-limit", min=0, help="Seconds allowed per file (0: no limit)."
    ),
]
MemoryLimit = Annotated[
    int,
    typer.Option(
        "--memory-limit", min=0, help="Megabytes a worker may add per file (0: no limit)."
    ),
]
Restart = Annotated[
    bool,
    typer.Option("--restart", help="Start --out afresh if it was made with other settings."),
]
RetryErrors = Annotated[
    bool,
    typer.Option("--retry-errors", help="Score again the files that failed in an earlier run."),
]
FailOnAuditWashing = Annotated[
    bool,
    typer.Option("--fail-on-audit-washing", help="Exit 1 if any document shows audit-washing."),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")]
Executor = Annotated[
    str,
    typer.Option(
        "--executor",
        help='Where to score: "local" (worker processes here) or "dask" (a Dask cluster; '
        'pip install "auditcheck[dask]").',
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default with --executor dask: "
        "a local Dask cluster of --jobs workers).",
    ),
]


def batch(
    paths: Paths,
    jobs: Jobs = None,
    out: Out = Path("results.jsonl"),
    csv: Csv = None,
    html_dir: HtmlDir = None,
    criteria: Criteria = None,
    pack: Pack = None,
    timeout: Timeout = 120.0,
    memory_limit: MemoryLimit = 2048,
    restart: Restart = False,
    retry_errors: RetryErrors = False,
    fail_under: FailUnder = None,
    fail_on_audit_washing: FailOnAuditWashing = False,
    quiet: Quiet = False,
    executor: Executor = "local",
    scheduler: Scheduler = None,
    traceback: Traceback = False,
) -> None:
    """Score many documents in parallel; resumable, one JSON line per document."""
    from ..batch import run_batch, summary_lines
    from ..progress import Progress

    with reported(traceback):
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
    for line in summary_lines(result):
        typer.echo(line)
    for problem in result.output_errors:
        echo_error(problem)
    code = result.exit_code(fail_under, fail_on_audit_washing)
    if code == ExitCode.FAILED_THRESHOLD:
        echo_error(f"exit 1: {result.threshold_failure(fail_under, fail_on_audit_washing)}")
    raise typer.Exit(code)


def main() -> None:
    typer.run(batch)


if __name__ == "__main__":
    main()
