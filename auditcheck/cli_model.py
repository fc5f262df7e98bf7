"""The ``auditcheck model`` commands (train, evaluate) and ``auditcheck similar``.

Registered by the main CLI: ``app.add_typer(model_app, name="model")`` and
``app.command("similar")(similar)``. scikit-learn is imported only inside these commands.
Exit codes follow the main CLI: 0 done, 2 could not run (bad model, corpus or input file).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from .errors import AuditcheckError, DocumentError

model_app = typer.Typer(no_args_is_help=True, help="Train and evaluate the passage classifier.")

#: Seconds between the 'still working' lines of a long step.
HEARTBEAT = 15.0
CORPUS_HINT = (
    "pass --corpus DIR (a folder with passages.jsonl and heldout.jsonl, such as corpus/ in a "
    "source checkout) or set AUDITCHECK_CORPUS"
)


def _exit_on(exc: AuditcheckError) -> typer.Exit:
    typer.echo(f"auditcheck: {exc.one_line()}", err=True)
    return typer.Exit(2)


def find_corpus(given: Path | None) -> Path:
    """The corpus to use: --corpus, then $AUDITCHECK_CORPUS, then corpus/ of a source checkout,
    then ./corpus; an installed package has none, and the error says how to point at one."""
    candidates: list[Path] = []
    if given is not None:
        if not given.exists():
            raise AuditcheckError(f"{given}: no such corpus folder or file; {CORPUS_HINT}")
        return given
    if os.environ.get("AUDITCHECK_CORPUS"):
        candidates.append(Path(os.environ["AUDITCHECK_CORPUS"]))
    from .docs import source_checkout

    root = source_checkout()
    if root is not None:
        candidates.append(root / "corpus")
    candidates.append(Path.cwd() / "corpus")
    for c in candidates:
        if (c / "passages.jsonl").is_file() or (c.is_file() and c.suffix == ".jsonl"):
            return c
    raise AuditcheckError(f"no training corpus found; {CORPUS_HINT}")


@contextmanager
def _step(label: str) -> Iterator[None]:
    """Say what a long step does, a heartbeat line while it runs, and how long it took (stderr)."""
    typer.echo(f"{label}…", err=True)
    t0 = time.monotonic()
    done = threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT):
            typer.echo(f"  still {label.lower()} ({time.monotonic() - t0:.0f} s)", err=True)

    ticker = threading.Thread(target=beat, daemon=True)
    ticker.start()
    try:
        yield
    finally:
        done.set()
        ticker.join()
        typer.echo(f"  done in {time.monotonic() - t0:.0f} s", err=True)


@model_app.command("train")
def train(
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help=(
                "Corpus folder (passages.jsonl) or a JSONL file [default: "
                "$AUDITCHECK_CORPUS, corpus/ of a checkout, ./corpus]."
            ),
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help=(
                "Where to write the model [default: the shipped model file, only in a source "
                "checkout]."
            ),
        ),
    ] = None,
) -> None:
    """Train the classifier deterministically on the labelled corpus; save as checksummed JSON."""
    from .classify.training import train as run
    from .docs import source_checkout

    try:
        corpus = find_corpus(corpus)
        if (
            out is None and source_checkout() is None
        ):  # never overwrite the model inside site-packages
            raise AuditcheckError(
                "not running from a source checkout; pass --out FILE for the new model"
            )
        with _step(f"Training on {corpus}"):
            path, info = run(corpus, out)
    except AuditcheckError as exc:
        raise _exit_on(exc) from None
    typer.echo(f"trained on {info['passages']} passages; wrote {path}")


@model_app.command("evaluate")
def evaluate(
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus",
            help="Corpus folder with passages.jsonl and heldout.jsonl [default: as for train].",
        ),
    ] = None,
    model: Annotated[
        Path | None,
        typer.Option(
            "--model", help="Model file scored on the held-out set [default: the shipped model]."
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help="Probability at which a passage counts as evidence [default: the model's].",
        ),
    ] = None,
    split: Annotated[
        str,
        typer.Option(
            "--split",
            help=(
                "'template': no template sibling on both sides of a fold (honest); 'random': "
                "plain stratified folds over passages."
            ),
        ),
    ] = "template",
) -> None:
    """Per-label precision, recall and F1: 5-fold cross-validation, then the held-out set."""
    if split not in ("template", "random"):
        raise _exit_on(AuditcheckError(f"--split must be 'template' or 'random', not {split!r}"))
    from .classify.evaluation import cross_validate, format_table, heldout, macro_f1

    try:
        corpus = find_corpus(corpus)
        with _step(f"Cross-validating 5 folds on {corpus}"):
            cv = cross_validate(corpus, threshold, split=split)
        with _step("Scoring the held-out set"):
            held = heldout(model, corpus, threshold)
    except AuditcheckError as exc:
        raise _exit_on(exc) from None
    how = (
        "template siblings never on both sides"
        if split == "template"
        else "random passages; template siblings leak"
    )
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
        str,
        typer.Option(
            "--format", "-f", help="text, json (a list of pairs) or csv (one row per pair)."
        ),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output."),
    ] = None,
) -> None:
    """Find near-identical reports and passages across different files (clones and boilerplate).

    Scores are stable: a pair scores the same whatever other files are passed.
    """
    from .similar import find_similar, format_pairs, pairs_csv, pairs_json

    if output_format not in ("text", "json", "csv"):
        raise _exit_on(
            AuditcheckError(f"--format must be text, json or csv, not {output_format!r}")
        )
    # each file has its own budget; a bad one is reported, the rest compared
    unreadable: list[DocumentError] = []
    try:
        pairs = find_similar(
            paths,
            passage_threshold=threshold,
            share_threshold=min_share,
            min_shared=min_shared,
            errors=unreadable,
        )
    except AuditcheckError as exc:
        raise _exit_on(exc) from None
    for failed in unreadable:
        typer.echo(f"auditcheck: {failed.one_line()}", err=True)
    if output_format == "json":
        text = pairs_json(pairs)
    elif output_format == "csv":
        text = pairs_csv(pairs)
    else:
        text = (
            format_pairs(pairs, max_passages=max_passages)
            if pairs
            else "no near-identical files found"
        ) + "\n"
    if output is None:
        typer.echo(text, nl=False)
    else:
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _exit_on(
                AuditcheckError(f"{output}: cannot write ({exc.strerror or exc})")
            ) from None
    if unreadable:
        raise typer.Exit(2)
