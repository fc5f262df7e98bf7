"""The ``auditcheck model`` commands (train, evaluate) and ``auditcheck similar``.

Registered by the main CLI: ``app.add_typer(model_app, name="model")`` and
``app.command("similar")(similar)``. scikit-learn is imported only inside these commands.
Exit codes follow the main CLI: 0 done, 2 could not run (bad model, corpus or input file).
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .errors import AuditcheckError

model_app = typer.Typer(no_args_is_help=True, help="Train and evaluate the passage classifier.")


def _exit_on(exc: AuditcheckError) -> typer.Exit:
    typer.echo(f"auditcheck: {exc.one_line()}", err=True)
    return typer.Exit(2)


@model_app.command("train")
def train(
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder (passages.jsonl) or a JSONL file [default: the repository's corpus/]."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write the model [default: the shipped model file]."),
) -> None:
    """Train the classifier deterministically from the labelled corpus and save it as checksummed JSON."""
    from .classify.training import train as run

    try:
        path, info = run(corpus, out)
    except AuditcheckError as exc:
        raise _exit_on(exc) from None
    typer.echo(f"trained on {info['passages']} passages; wrote {path}")


@model_app.command("evaluate")
def evaluate(
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Corpus folder with passages.jsonl and heldout.jsonl."),
    model: Optional[Path] = typer.Option(None, "--model", help="Model file scored on the held-out set [default: the shipped model]."),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0.0, max=1.0, help="Probability at which a passage counts as evidence [default: the model's]."),
    split: str = typer.Option("template", "--split", help="'template': no template sibling on both sides of a fold (honest); 'random': plain stratified folds over passages."),
) -> None:
    """Per-label precision, recall and F1: 5-fold cross-validation, then the held-out set."""
    if split not in ("template", "random"):
        raise _exit_on(AuditcheckError(f"--split must be 'template' or 'random', not {split!r}"))
    from .classify.evaluation import cross_validate, format_table, heldout, macro_f1

    try:
        cv = cross_validate(corpus, threshold, split=split)
        held = heldout(model, corpus, threshold)
    except AuditcheckError as exc:
        raise _exit_on(exc) from None
    how = "template siblings never on both sides" if split == "template" else "random passages; template siblings leak"
    typer.echo(format_table(cv, f"Cross-validation (5 stratified folds, {how})"))
    typer.echo(f"cross-validated macro F1: {macro_f1(cv):.3f}")
    if held is not None:
        typer.echo("")
        typer.echo(format_table(held, "Held-out passages (written separately, never trained on)"))
        typer.echo(f"held-out macro F1: {macro_f1(held):.3f}")
    summary = f"macro F1: {macro_f1(cv):.3f} cross-validated ({split} split)"
    if held is not None:
        summary += f", {macro_f1(held):.3f} on the held-out set"
    typer.echo(summary)


def similar(
    paths: List[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    threshold: float = typer.Option(0.85, "--threshold", min=0.0, max=1.0, help="Cosine at which two passages count as the same text."),
    min_shared: int = typer.Option(3, "--min-shared", min=1, help="Shared passages a pair needs to be listed."),
    min_share: float = typer.Option(0.3, "--min-share", min=0.0, max=1.0, help="Share of the shorter file's passages that must be shared."),
    max_passages: int = typer.Option(5, "--max-passages", min=0, help="Shared passages shown per pair."),
    output_format: str = typer.Option("text", "--format", "-f", help="text, json (a list of pairs) or csv (one row per pair)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
) -> None:
    """Find near-identical reports and passages across different files (clones and boilerplate).

    Scores are stable: a pair scores the same whatever other files are passed.
    """
    from .similar import find_similar, format_pairs, pairs_csv, pairs_json

    if output_format not in ("text", "json", "csv"):
        raise _exit_on(AuditcheckError(f"--format must be text, json or csv, not {output_format!r}"))
    try:
        pairs = find_similar(paths, passage_threshold=threshold, share_threshold=min_share, min_shared=min_shared)
    except AuditcheckError as exc:
        raise _exit_on(exc) from None
    if output_format == "json":
        text = pairs_json(pairs)
    elif output_format == "csv":
        text = pairs_csv(pairs)
    else:
        text = (format_pairs(pairs, max_passages=max_passages) if pairs else "no near-identical files found") + "\n"
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _exit_on(AuditcheckError(f"{output}: cannot write ({exc.strerror or exc})")) from None
