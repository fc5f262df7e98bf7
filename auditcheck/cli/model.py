"""``auditcheck model train|evaluate``: the passage classifier.

scikit-learn is imported only inside these commands. Exit codes follow the rest of the CLI:
0 done, 2 could not run (bad model, corpus or option), 130 interrupted.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import AuditcheckError
from .common import Traceback, fail, reported

if TYPE_CHECKING:
    from ..classify.evaluation import LabelScore

model_app = typer.Typer(no_args_is_help=True, help="Train and evaluate the passage classifier.")

#: Seconds between the 'still working' lines of a long step.
HEARTBEAT = 15.0
CORPUS_HINT = (
    "pass --corpus DIR (a folder with passages.jsonl and heldout.jsonl, such as corpus/ in a "
    "source checkout) or set AUDITCHECK_CORPUS"
)
SPLITS = ("template", "random")


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
    from ..docs import source_checkout

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


CorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        help=(
            "Corpus folder (passages.jsonl) or a JSONL file [default: "
            "$AUDITCHECK_CORPUS, corpus/ of a checkout, ./corpus]."
        ),
    ),
]


@model_app.command("train")
def train(
    corpus: CorpusOption = None,
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
    traceback: Traceback = False,
) -> None:
    """Train the classifier deterministically on the labelled corpus; save as checksummed JSON."""
    from ..classify.training import train as run
    from ..docs import source_checkout

    with reported(traceback):
        found = find_corpus(corpus)
        if out is None and source_checkout() is None:  # never overwrite site-packages' model
            raise AuditcheckError(
                "not running from a source checkout; pass --out FILE for the new model"
            )
        with _step(f"Training on {found}"):
            path, info = run(found, out)
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
    traceback: Traceback = False,
) -> None:
    """Per-label precision, recall and F1: 5-fold cross-validation, then the held-out set."""
    if split not in SPLITS:
        raise fail(f"--split must be 'template' or 'random', not {split!r}")
    from ..classify.evaluation import cross_validate, heldout

    with reported(traceback):
        found = find_corpus(corpus)
        with _step(f"Cross-validating 5 folds on {found}"):
            cv = cross_validate(found, threshold, split=split)
        with _step("Scoring the held-out set"):
            held = heldout(model, found, threshold)
    typer.echo(evaluation_text(cv, held, split))


def evaluation_text(cv: list[LabelScore], held: list[LabelScore] | None, split: str) -> str:
    """The cross-validation table, the held-out table if any, and a one-line summary."""
    from ..classify.evaluation import format_table, macro_f1

    how = (
        "template siblings never on both sides"
        if split == "template"
        else "random passages; template siblings leak"
    )
    lines = [
        format_table(cv, f"Cross-validation (5 stratified folds, {how})"),
        f"cross-validated macro F1: {macro_f1(cv):.3f}",
    ]
    summary = f"macro F1: {macro_f1(cv):.3f} cross-validated ({split} split)"
    if held is not None:
        title = "Held-out passages (written separately, never trained on)"
        lines += ["", format_table(held, title), f"held-out macro F1: {macro_f1(held):.3f}"]
        summary += f", {macro_f1(held):.3f} on the held-out set"
    return "\n".join([*lines, summary])
