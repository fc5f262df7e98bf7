"""The ``auditcheck statement-criteria`` command: sentence-level mandatory-criteria labelling.

Three modes:

- ``auditcheck statement-criteria FILE|-``: every sentence of a company statement with the
  mandatory criteria (UK s.54 / Australian s.16) it evidences: the statement model's
  probability (source ``classifier``) and the company-statement pack's patterns (``pattern``).
- ``auditcheck statement-criteria --gold CSV``: the shipped model against expert labels in a
  CSV shaped like the AIMS gold sets; per-criterion precision, recall and F1, ending with one
  line ``mean F1 (9 criteria): 0.xxx``. ``--cv K`` instead trains and tests by grouped K-fold
  cross-validation by statement on that CSV (the honest figure for a development split).
- ``auditcheck statement-criteria --train CSV --out FILE``: fit the model on a CSV.

Exit 2 with a one-line message naming the file when a file or model cannot be read (the CLI's
one reporter, ``cli.common``). scikit-learn is imported only by --cv and --train.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import AuditcheckError
from .common import Traceback, fail, reported


def statement_criteria(
    file: Annotated[
        str | None,
        typer.Argument(
            help="A company statement (PDF, DOCX, HTML, Markdown, text); '-' reads standard input."
        ),
    ] = None,
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            help=(
                "Score against a CSV of expert-labelled sentences (columns of the AIMS gold sets)."
            ),
        ),
    ] = None,
    cv: Annotated[
        int,
        typer.Option(
            "--cv",
            min=0,
            max=20,
            help=(
                "With --gold: grouped K-fold cross-validation by statement on the CSV "
                "instead of the shipped model."
            ),
        ),
    ] = 0,
    train: Annotated[
        Path | None,
        typer.Option(
            "--train",
            help="Train the model on this CSV (needs scikit-learn) and write it to --out.",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Where --train writes the model [default: the shipped model file]."
        ),
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            min=0.0,
            max=1.0,
            help=(
                "One probability cut for every criterion [default: the model's per-criterion "
                "thresholds]."
            ),
        ),
    ] = None,
    model_path: Annotated[
        Path | None, typer.Option("--model-path", help="A statement model file made by --train.")
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="FILE mode: 'text' or 'json'.")
    ] = "text",
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="FILE mode: list every sentence, not only those that evidence a criterion.",
        ),
    ] = False,
    traceback: Traceback = False,
) -> None:
    """Label each sentence of a statement with the mandatory criteria it evidences (UK s.54,
    Australian s.16).
    """
    problem = _option_problem(file, gold, train, cv, output_format)
    if problem:
        raise fail(problem)
    with reported(traceback):
        if train is not None:
            _train(train, out)
        elif gold is not None:
            _gold(gold, cv, threshold, model_path)
        elif file is not None:
            _label_file(file, threshold, model_path, output_format, show_all)


def _option_problem(
    file: str | None, gold: Path | None, train: Path | None, cv: int, output_format: str
) -> str | None:
    """What is wrong with the combination of options, or None."""
    if sum(x is not None for x in (file, gold, train)) != 1:
        return "give exactly one of FILE, --gold CSV or --train CSV"
    if output_format not in ("text", "json"):
        return f"--format must be 'text' or 'json', not {output_format!r}"
    if cv and gold is None:
        return "--cv needs --gold CSV"
    if cv == 1:
        return "--cv needs at least 2 folds"
    return None


def _train(csv_path: Path, out: Path | None) -> None:
    from ..classify import DEFAULT_STATEMENT_MODEL
    from ..classify.statement_training import train as run

    path, info = run(csv_path, out or DEFAULT_STATEMENT_MODEL)
    typer.echo(
        f"trained on {info['sentences']} sentences of {info['statements']} statements; wrote {path}"
    )


def _scores(Y: Any, P: Any, labels: list[str]) -> list[tuple[str, float, float, float, int]]:
    rows = []
    for j, label in enumerate(labels):
        y, p = Y[:, j].astype(bool), P[:, j].astype(bool)
        tp, fp, fn = int((y & p).sum()), int((~y & p).sum()), int((y & ~p).sum())
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((label, precision, recall, f1, int(y.sum())))
    return rows


def _table(rows: list[tuple[str, float, float, float, int]], cuts: list[str]) -> str:
    lines = [
        f"{'criterion':<22} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}  threshold"
    ]
    for (label, p, r, f, n), cut in zip(rows, cuts, strict=False):
        lines.append(f"{label:<22} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>8}  {cut}")
    return "\n".join(lines)


def _gold(csv_path: Path, folds: int, threshold: float | None, model_path: Path | None) -> None:
    import numpy as np

    from ..classify.statement_data import NINE, read_gold_csv

    statements = read_gold_csv(csv_path)
    missing = [lab for lab in NINE if lab not in statements[0].labels]
    if missing:
        raise AuditcheckError(f"{csv_path}: missing label column(s) {', '.join(missing)}")
    n_sentences = sum(len(s.sentences) for s in statements)
    if folds:
        if len(statements) < folds:
            raise AuditcheckError(
                f"{csv_path}: {len(statements)} statement(s), fewer than {folds} folds"
            )
        from ..classify.statement_training import cross_validate

        def progress(k: int, n: int) -> None:
            typer.echo(f"  fold {k}/{n} done", err=True)

        cv = cross_validate(csv_path, n_splits=folds, progress=progress)
        proba, Y = cv["proba"], cv["Y"]
        cuts = cv["thresholds"] if threshold is None else np.full(Y.shape, threshold)
        P = proba >= cuts
        how = (
            f"grouped {folds}-fold cross-validation by statement (models, calibration and "
            "thresholds fitted on the other folds only)"
        )
        cut_text = [f"{threshold:.2f}" if threshold is not None else "per fold (CV)" for _ in NINE]
        at_half = _scores(Y, proba >= 0.5, list(NINE))
    else:
        from ..classify.statement_model import load_statement_model
        from ..classify.statement_training import statement_digest

        model = load_statement_model(model_path)
        rows_y, rows_p = [], []
        for st in statements:
            rows_p.append(model.predict_sentences(st.sentences))
            rows_y.append(
                np.array(
                    [[st.labels[lab][i] for lab in NINE] for i in range(len(st.sentences))],
                    dtype=int,
                )
            )
        proba = np.vstack(rows_p)
        Y = np.vstack(rows_y)
        order = [model.labels.index(lab) for lab in NINE]
        proba = proba[:, order]
        cuts_row = model.thresholds[order] if threshold is None else np.full(len(NINE), threshold)
        P = proba >= cuts_row
        cut_text = [f"{c:.2f}" for c in cuts_row]
        seen = set(model.info.get("statement_digests", []))
        overlap = sum(statement_digest(s.statement_id) in seen for s in statements)
        how = "the shipped statement model" if model_path is None else f"the model {model_path}"
        if overlap:
            how += (
                f"; NOTE: {overlap} of {len(statements)} statements were in its training data, "
                "so these "
                "figures measure fit, not accuracy (use --cv 5 for an honest figure)"
            )
        at_half = _scores(Y, proba >= 0.5, list(NINE))
    rows = _scores(Y, P, list(NINE))
    typer.echo(f"{csv_path}: {len(statements)} statements, {n_sentences} sentences; {how}")
    typer.echo(_table(rows, cut_text))
    # rows of Y follow the statements' order (sorted by id) in both modes
    jurisdiction = np.array([st.jurisdiction for st in statements for _ in st.sentences])
    places = sorted(set(jurisdiction.tolist()) - {""})
    if len(places) > 1:
        parts = []
        for place in places:
            mask = jurisdiction == place
            n_st = sum(st.jurisdiction == place for st in statements)
            parts.append(
                f"{place} ({n_st} statements) "
                f"{np.mean([r[3] for r in _scores(Y[mask], P[mask], list(NINE))]):.3f}"
            )
        typer.echo("nine-criteria mean by jurisdiction: " + ", ".join(parts))
    typer.echo(
        "at one threshold of 0.5 for every criterion, the nine-criteria mean would be "
        f"{np.mean([r[3] for r in at_half]):.3f}"
    )
    typer.echo(f"mean F1 (9 criteria): {np.mean([r[3] for r in rows]):.3f}")


def _label_file(
    name: str, threshold: float | None, model_path: Path | None, output_format: str, show_all: bool
) -> None:
    from ..api import evaluate
    from ..classify.statement_model import load_statement_model
    from ..document import load_document
    from ..document.loader import read_stdin
    from ..render.safe import one_line

    document = load_document("<stdin>", data=read_stdin()) if name == "-" else load_document(name)
    model = load_statement_model(model_path)
    labelled = model.label_document(document)
    cuts = (
        dict(zip(model.labels, model.thresholds, strict=False))
        if threshold is None
        else {lab: threshold for lab in model.labels}
    )
    # rule evidence: the company-statement pack's patterns, per criterion, by span
    report = evaluate(document, pack="company-statement")
    criterion_of: dict[str, str] = {}
    pattern_spans: list[tuple[int, int, str]] = []
    titles: dict[str, str] = {}
    for finding in report.findings:
        titles[finding.criterion_id] = finding.title
        if finding.group != "mandatory-reporting-criteria":
            continue
        for ev in finding.evidence:
            if ev.source == "pattern":
                pattern_spans.append((ev.start, ev.end, finding.criterion_id))
    from ..packs import load_packs

    pack = load_packs()["company-statement"]
    for c in pack.criteria:
        for lab in c.classifier_labels:
            if lab in model.labels:
                criterion_of[lab] = c.id
    records: list[dict[str, Any]] = []
    for sentence in labelled:
        found: list[dict[str, Any]] = []
        for lab, p in sentence.proba.items():
            if p >= cuts[lab]:
                found.append(
                    {
                        "criterion": criterion_of.get(lab, lab),
                        "label": lab,
                        "probability": round(p, 4),
                        "source": "classifier",
                    }
                )
        for start, end, cid in pattern_spans:
            if (
                start < sentence.end
                and sentence.start < end
                and not any(f["criterion"] == cid and f["source"] == "pattern" for f in found)
            ):
                found.append(
                    {"criterion": cid, "label": None, "probability": None, "source": "pattern"}
                )
        found.sort(key=lambda f: (f["criterion"], f["source"]))
        if found or show_all:
            line, _ = document.position(sentence.start)
            records.append(
                {
                    "start": sentence.start,
                    "end": sentence.end,
                    "line": line,
                    "sentence": sentence.text,
                    "criteria": found,
                }
            )
    if output_format == "json":
        sys.stdout.write(
            json.dumps({"path": document.path, "sentences": records}, indent=2, ensure_ascii=False)
            + "\n"
        )
        return
    shown = document.path or name
    for rec in records:
        typer.echo(f"{one_line(shown)}:{rec['line']}: {one_line(rec['sentence'])[:200]}")
        for f in rec["criteria"]:
            what = (
                f"{f['label']} {f['probability']:.2f} (classifier)"
                if f["source"] == "classifier"
                else "(pattern)"
            )
            typer.echo(f"    {f['criterion']:<6} {what}  {titles.get(f['criterion'], '')[:70]}")
    counts: dict[str, int] = {}
    for rec in records:
        for cid in {f["criterion"] for f in rec["criteria"]}:
            counts[cid] = counts.get(cid, 0) + 1
    mandatory = [
        c.id for c in pack.criteria if pack.group_of(c.id) == "mandatory-reporting-criteria"
    ]
    summary = ", ".join(f"{cid} {counts.get(cid, 0)}" for cid in mandatory)
    typer.echo(f"{len(labelled)} sentences; sentences per mandatory criterion: {summary}")
