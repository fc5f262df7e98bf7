"""``auditcheck similar``: near-identical reports and passages across files.

Each file is read under its own budget; a file that cannot be read is reported on one line
and the rest are still compared, and the exit code is then 2.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .common import ExitCode, Output, Traceback, report_error, reported, write_output

if TYPE_CHECKING:
    from ..classify.clones import SimilarPair
    from ..errors import DocumentError


class PairFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"


def similar(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Cosine at which two passages count as the same text.",
        ),
    ] = 0.85,
    min_shared: Annotated[
        int, typer.Option("--min-shared", min=1, help="Shared passages a pair needs to be listed.")
    ] = 3,
    min_share: Annotated[
        float,
        typer.Option(
            "--min-share",
            min=0.0,
            max=1.0,
            help="Share of the shorter file's passages that must be shared.",
        ),
    ] = 0.3,
    max_passages: Annotated[
        int, typer.Option("--max-passages", min=0, help="Shared passages shown per pair.")
    ] = 5,
    output_format: Annotated[
        PairFormat,
        typer.Option(
            "--format", "-f", help="text, json (a list of pairs) or csv (one row per pair)."
        ),
    ] = PairFormat.text,
    output: Output = None,
    traceback: Traceback = False,
) -> None:
    """Find near-identical reports and passages across different files (clones and boilerplate).

    Scores are stable: a pair scores the same whatever other files are passed.
    """
    from ..classify.clones import find_similar

    unreadable: list[DocumentError] = []
    with reported(traceback):
        pairs = find_similar(
            paths,
            passage_threshold=threshold,
            share_threshold=min_share,
            min_shared=min_shared,
            errors=unreadable,
        )
        for failed in unreadable:
            report_error(failed, traceback)
        write_output(pairs_text(pairs, output_format, max_passages), output)
    if unreadable:
        raise typer.Exit(int(ExitCode.ERROR))


def pairs_text(pairs: list[SimilarPair], output_format: PairFormat, max_passages: int) -> str:
    """The pairs in the chosen format; text says so when there are none."""
    from ..render.clones import format_pairs, pairs_csv, pairs_json

    if output_format is PairFormat.json:
        return pairs_json(pairs)
    if output_format is PairFormat.csv:
        return pairs_csv(pairs)
    if not pairs:
        return "no near-identical files found\n"
    return format_pairs(pairs, max_passages=max_passages) + "\n"
