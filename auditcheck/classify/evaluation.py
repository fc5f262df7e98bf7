"""Honest evaluation of the evidence model: grouped, stratified cross-validation and a held-out set.

Cross-validation deals templates, not passages, into folds, so no test passage has a sibling
of its template in training (the corpus is generated from templates, and a random split lets
the model see near-copies of its test passages; ``split="random"`` shows how much that
flatters the scores). Probabilities are calibrated for each test fold from the other folds'
out-of-fold scores only, and a passage counts as showing a label when its calibrated
probability reaches the model's threshold, as at scoring time. The held-out file was written
separately and is only ever scored, never trained on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ModelError
from . import LABELS
from .statement_model import StatementModel


@dataclass
class LabelScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


def per_label(Y: np.ndarray, P: np.ndarray, labels=LABELS) -> list[LabelScore]:
    out = []
    for j, label in enumerate(labels):
        tp = int(((P[:, j] == 1) & (Y[:, j] == 1)).sum())
        fp = int(((P[:, j] == 1) & (Y[:, j] == 0)).sum())
        fn = int(((P[:, j] == 0) & (Y[:, j] == 1)).sum())
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.append(LabelScore(label, p, r, f, int(Y[:, j].sum())))
    return out


def macro_f1(scores: list[LabelScore]) -> float:
    counted = [s.f1 for s in scores if s.support]
    return sum(counted) / len(counted) if counted else 0.0


def cross_validate(
    corpus: str | Path | None = None, threshold: float | None = None, split: str = "template"
) -> list[LabelScore]:
    """Per-label scores from 5-fold stratified cross-validation on the training file.

    ``split="template"`` keeps template siblings apart (see training.folds); only passages
    tested in some fold are scored.
    """
    from .training import THRESHOLD, corpus_files, label_matrix, out_of_fold_scores, read_jsonl

    threshold = THRESHOLD if threshold is None else threshold
    rows = read_jsonl(corpus_files(corpus)[0])
    Y = label_matrix(rows)
    scores, scored, splits = out_of_fold_scores(rows, Y, split=split)
    P = np.zeros_like(Y)
    for _, test in splits:
        P[test] = calibrated_predictions(scores, Y, scored, test, threshold)
    return per_label(Y[scored], P[scored])


def calibrated_predictions(
    scores: np.ndarray, Y: np.ndarray, scored: np.ndarray, test: np.ndarray, threshold: float
) -> np.ndarray:
    """Predictions for ``test``, Platt-calibrated on the other scored rows' labels only."""
    from .training import fit_platt

    mask = scored.copy()
    mask[test] = False
    a, b = fit_platt(scores[mask], Y[mask])
    proba = 1.0 / (1.0 + np.exp(-(a * scores[test] + b)))
    return (proba >= threshold).astype(int)


def heldout(
    model_path: str | Path | None = None,
    corpus: str | Path | None = None,
    threshold: float | None = None,
) -> list[LabelScore] | None:
    """Per-label scores of the saved model on the held-out file, or None when there is none."""
    from . import load_classifier
    from .training import corpus_files, label_matrix, read_jsonl

    held = corpus_files(corpus)[1]
    if held is None:
        return None
    rows = read_jsonl(held)
    clf = load_classifier(model_path, threshold=threshold)
    if isinstance(clf, StatementModel):
        raise ModelError(str(model_path), "a statement-criteria model, not a passage classifier")
    proba = clf.predict_proba([r["text"] for r in rows])
    return per_label(label_matrix(rows), (proba >= clf.threshold).astype(int))


def format_table(scores: list[LabelScore], title: str) -> str:
    width = max(len(s.label) for s in scores)
    lines = [title, f"{'label':<{width}}  precision  recall    f1  support"]
    for s in scores:
        lines.append(
            f"{s.label:<{width}}  {s.precision:9.2f}  {s.recall:6.2f}  {s.f1:4.2f}  {s.support:7d}"
        )
    return "\n".join(lines)
