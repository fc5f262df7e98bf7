"""``auditcheck score``: options -> configuration -> evaluation -> renderer -> exit code.

The steps live in ``cli/scoring.py``; this module holds the command, its options and how the
command line is merged over the configuration file.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import AuditcheckError
from .common import (
    ExitCode,
    ExtraCriteria,
    FailUnder,
    Output,
    OutputFormat,
    Traceback,
    fail,
    load_packs_checked,
    reported,
    write_output,
)

if TYPE_CHECKING:
    from ..render.options import Detail

Files = Annotated[
    list[str],
    typer.Argument(
        help="Reports or statements (PDF, DOCX, HTML, Markdown, text); '-' reads standard input.",
        show_default=False,
    ),
]
Format = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default text, or the configuration's).",
        show_default=False,
    ),
]
PackChoice = Annotated[
    str | None,
    typer.Option("--pack", "-p", help="Use this pack instead of choosing one from the document."),
]
FailOnAuditWashing = Annotated[
    bool | None,
    typer.Option(
        "--fail-on-audit-washing/--no-fail-on-audit-washing",
        help="Exit 1 if an audit-washing pattern is found.",
        show_default=False,
    ),
]
Case = Annotated[
    bool,
    typer.Option(
        "--case",
        help="Treat the files (or a folder) as one case: several documents about one audit.",
    ),
]
Model = Annotated[
    bool,
    typer.Option("--model/--no-model", help="Add evidence from the bundled passage classifier."),
]
ModelPath = Annotated[
    Path | None,
    typer.Option("--model-path", help="A classifier file made by 'auditcheck model train'."),
]
Verbose = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="Show everything: every quote, remedy, met criterion and fact."
    ),
]
Quiet = Annotated[
    bool, typer.Option("--quiet", "-q", help="Show only the summary and the red flags.")
]
Select = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        help=(
            "Only these criteria: ids (INT-02), families (ILO) or dimensions "
            "(interviews); comma-separated or repeated."
        ),
    ),
]
Ignore = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="Leave out these criteria: ids, families or dimensions."),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help=(
            "Configuration file (default: .auditcheck.toml or [tool.auditcheck] in "
            "pyproject.toml, found upward from here)."
        ),
    ),
]
NoConfig = Annotated[bool, typer.Option("--no-config", help="Ignore configuration files.")]
Color = Annotated[
    bool | None,
    typer.Option("--color/--no-color", help="Colour the text output (default: when a terminal)."),
]
TimeLimit = Annotated[
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
]
MemoryLimit = Annotated[
    int | None,
    typer.Option(
        "--memory-limit",
        min=0,
        help=(
            "Megabytes one document may use (0: no limit) [default: 2048, or AUDITCHECK_MEMORY_MB]."
        ),
        show_default=False,
    ),
]


HTML_FOR_MANY = "use 'auditcheck batch --html-dir DIR' for several"


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


def score(
    files: Files,
    output_format: Format = None,
    output: Output = None,
    criteria: ExtraCriteria = None,
    pack: PackChoice = None,
    fail_under: FailUnder = None,
    fail_on_audit_washing: FailOnAuditWashing = None,
    case: Case = False,
    model: Model = False,
    model_path: ModelPath = None,
    verbose: Verbose = False,
    quiet: Quiet = False,
    select: Select = None,
    ignore: Ignore = None,
    config: ConfigFile = None,
    no_config: NoConfig = False,
    color: Color = None,
    traceback: Traceback = False,
    time_limit: TimeLimit = None,
    memory_limit: MemoryLimit = None,
) -> None:
    """Score documents and explain the score."""
    from ..budget import Budget
    from . import scoring

    if verbose and quiet:
        raise fail("--verbose and --quiet cannot be used together")
    with reported(traceback):
        given = CommandLine(output_format, criteria, pack, fail_under, fail_on_audit_washing)
        settings = merge_settings(config, no_config, given, select, ignore, verbose, quiet)
        packs = load_packs_checked(settings.criteria, settings.pack)
        if settings.format == "html" and len(files) > 1 and not case:
            raise AuditcheckError(f"--format html takes one file; {HTML_FOR_MANY}")
        classifier = _classifier(model, model_path)
        budget = Budget.from_env(time_limit, memory_limit)
        run = scoring.score_files(files, settings, packs, classifier, budget, traceback, case)
        reports, suppressed = scoring.after_evaluation(run.reports, settings)
        if reports or settings.format == "json":
            use_color = _use_color(color, output)
            text = scoring.render_reports(reports, run, suppressed, settings, use_color)
            write_output(text, output)
    if run.failed:
        raise typer.Exit(int(ExitCode.ERROR))
    reason = scoring.threshold_failure(reports, suppressed, settings)
    if reason:
        raise fail(f"exit 1: {reason}", ExitCode.FAILED_THRESHOLD)


def _use_color(color: bool | None, output: Path | None) -> bool:
    """--color/--no-color, else colour only for a terminal and never under NO_COLOR."""
    if color is not None:
        return color
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _classifier(model: bool, model_path: Path | None) -> Any:
    if not (model or model_path):
        return None
    try:
        from ..classify import load_classifier
    except ImportError:
        raise AuditcheckError(
            "the passage classifier is not available in this installation"
        ) from None
    return load_classifier(model_path)


def _split(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.strip() for item in values or () for v in item.split(",") if v.strip())


@dataclass(frozen=True)
class CommandLine:
    """The score options that a configuration file may also set (None: not given here)."""

    format: OutputFormat | None
    criteria: Path | None
    pack: str | None
    fail_under: float | None
    fail_on_audit_washing: bool | None


def merge_settings(
    config_path: Path | None,
    no_config: bool,
    given: CommandLine,
    select: list[str] | None,
    ignore: list[str] | None,
    verbose: bool,
    quiet: bool,
) -> ScoreSettings:
    """Command line over configuration file over defaults; a bad file is a ConfigError."""
    from ..config import Config, load_config

    cfg = Config() if no_config else load_config(explicit=config_path)
    return ScoreSettings(
        format=given.format.value if given.format is not None else (cfg.format or "text"),
        criteria=given.criteria if given.criteria is not None else cfg.criteria,
        pack=given.pack or cfg.pack,
        fail_under=given.fail_under if given.fail_under is not None else cfg.fail_under,
        fail_on_audit_washing=cfg.fail_on_audit_washing
        if given.fail_on_audit_washing is None
        else given.fail_on_audit_washing,
        select=_split(select) or cfg.select,
        ignore=_split(ignore) + cfg.ignore,
        detail="verbose" if verbose else "quiet" if quiet else "normal",
    )


__all__ = ["CommandLine", "ScoreSettings", "merge_settings", "score"]
