"""Train the evidence model from the labelled corpus and export it for numpy inference.

Training is deterministic: the corpus order is fixed, the folds use a fixed seed and the
solver has no random component, so the same corpus gives a byte-identical model file.
Calibration: each label's raw logistic score is mapped to a probability by a Platt sigmoid
fitted on out-of-fold scores from template-disjoint folds, so a probability of 0.7 means
roughly what it says on wording the model has not seen.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import DocumentError
from . import LABELS
from .store import encode_array, save_model

#: The repository's corpus (absent from an installed wheel; pass --corpus there).
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEED = 0
N_SPLITS = 5
#: Operating threshold stored in the model: calibrated probability at which a sentence counts as
#: evidence. 0.7 matches the packs' default classifier_threshold: model evidence can turn a
#: criterion
#: met, so precision matters more than recall.
THRESHOLD = 0.7


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a corpus file; every row needs ``text`` and a list of known ``labels``."""
    path = Path(path)
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentError(path, f"cannot read corpus ({exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, labels = row["text"], row["labels"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise DocumentError(f"{path}:{n}", f"not a corpus row ({exc})") from None
        unknown = set(labels) - set(LABELS)
        if not isinstance(text, str) or unknown:
            raise DocumentError(f"{path}:{n}", f"bad text or unknown labels {sorted(unknown)}")
        rows.append(row)
    if not rows:
        raise DocumentError(path, "corpus is empty")
    return rows


def corpus_files(corpus: str | Path | None) -> tuple[Path, Path | None]:
    """(training file, held-out file or None) for a corpus folder or a single training file."""
    corpus = Path(corpus) if corpus is not None else DEFAULT_CORPUS
    if corpus.is_dir():
        held = corpus / "heldout.jsonl"
        return corpus / "passages.jsonl", held if held.exists() else None
    return corpus, None


def label_matrix(rows: list[dict[str, Any]], labels=LABELS) -> np.ndarray:
    return np.array([[lab in r["labels"] for lab in labels] for r in rows], dtype=int)


def strata(Y: np.ndarray) -> np.ndarray:
    """One stratum per passage: its rarest label, or -1 for none (for stratified folds)."""
    freq = Y.sum(axis=0)
    out = np.full(len(Y), -1)
    for i, row in enumerate(Y):
        present = np.nonzero(row)[0]
        if len(present):
            out[i] = present[np.argmin(freq[present])]
    return out


def folds(
    rows: list[dict[str, Any]],
    Y: np.ndarray,
    n_splits: int = N_SPLITS,
    seed: int = SEED,
    split: str = "template",
) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) index pairs for cross-validation.

    ``split="template"`` (the default and the honest one for a generated corpus): templates,
    not passages, are dealt into folds, stratified by the label each template was written
    for. A passage is tested in fold k only if every template it was built from is in fold k,
    and trained on only if none is, so no test passage has a sibling in training. Passages
    whose templates straddle folds are never tested. ``split="random"``: ordinary stratified
    K-fold over passages (stratum = rarest label), for comparison.
    """
    if split == "random" or not all("templates" in r for r in rows):
        from sklearn.model_selection import StratifiedKFold

        splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
        return [(tr, te) for tr, te in splitter.split(np.zeros(len(rows)), strata(Y))]
    rng = np.random.default_rng(seed)
    by_kind: dict[str, list[str]] = {}
    for t in sorted({t for r in rows for t in r["templates"]}):
        by_kind.setdefault(t.rsplit(":", 1)[0], []).append(t)
    fold_of: dict[str, int] = {}
    start = 0
    for kind in sorted(by_kind):
        templates = by_kind[kind]
        for i, j in enumerate(rng.permutation(len(templates))):
            fold_of[templates[j]] = (start + i) % n_splits
        start += len(templates)
    out = []
    for k in range(n_splits):
        test = [i for i, r in enumerate(rows) if all(fold_of[t] == k for t in r["templates"])]
        train = [i for i, r in enumerate(rows) if all(fold_of[t] != k for t in r["templates"])]
        out.append((np.array(train), np.array(test)))
    return out


def fit(texts: list[str], Y: np.ndarray):
    from .pipeline import build_pipeline

    pipe = build_pipeline()
    pipe.fit(texts, Y)
    return pipe


def out_of_fold_scores(
    rows: list[dict[str, Any]], Y: np.ndarray, split: str = "template"
) -> tuple[np.ndarray, np.ndarray, list]:
    """Decision scores from models that saw neither the passage nor (by default) its template.

    Returns (scores, scored, splits): ``scored`` marks the passages that were tested in some
    fold; the others have score 0 and must be left out of calibration and metrics.
    """
    texts = [r["text"] for r in rows]
    splits = folds(rows, Y, split=split)
    scores = np.zeros(Y.shape, dtype=float)
    scored = np.zeros(len(rows), dtype=bool)
    for train, test in splits:
        pipe = fit([texts[i] for i in train], Y[train])
        scores[test] = pipe.decision_function([texts[i] for i in test])
        scored[test] = True
    return scores, scored, splits


def fit_platt(scores: np.ndarray, Y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per label, a and b such that sigmoid(a * score + b) is calibrated on these scores."""
    from sklearn.linear_model import LogisticRegression

    a = np.zeros(Y.shape[1])
    b = np.zeros(Y.shape[1])
    for j in range(Y.shape[1]):
        lr = LogisticRegression(C=1e4, max_iter=1000)
        lr.fit(scores[:, j : j + 1], Y[:, j])
        a[j], b[j] = float(lr.coef_[0, 0]), float(lr.intercept_[0])
    return a, b


def export(
    pipe, a: np.ndarray, b: np.ndarray, info: dict[str, Any], threshold: float = THRESHOLD
) -> dict[str, Any]:
    """The model object store.save_model writes: everything numpy inference needs."""
    from .pipeline import CHAR, WORD

    union = pipe.named_steps["features"]
    vectorisers = []
    for (name, vec), settings in zip(union.transformer_list, (WORD, CHAR), strict=False):
        vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
        vectorisers.append(
            {
                "name": name,
                "analyzer": settings["analyzer"],
                "ngram_range": list(settings["ngram_range"]),  # type: ignore[call-overload]  # a tuple in a dict of settings
                "lowercase": settings["lowercase"],
                "sublinear_tf": settings["sublinear_tf"],
                "token_pattern": settings["token_pattern"],
                "vocabulary": vocab,
                "idf": encode_array(vec.idf_),
            }
        )
    estimators = pipe.named_steps["clf"].estimators_
    coef = np.vstack([e.coef_[0] for e in estimators])
    intercept = np.array([e.intercept_[0] for e in estimators])
    return {
        "labels": list(LABELS),
        "vectorisers": vectorisers,
        "coef": encode_array(coef),
        "intercept": encode_array(intercept),
        "calibration": {"method": "platt, out-of-fold", "a": encode_array(a), "b": encode_array(b)},
        "threshold": threshold,
        "info": info,
    }


def train(
    corpus: str | Path | None = None, out: str | Path | None = None
) -> tuple[Path, dict[str, Any]]:
    """Fit on the corpus's training file and write the model; returns (path, info)."""
    from . import DEFAULT_MODEL

    train_file, _ = corpus_files(corpus)
    rows = read_jsonl(train_file)
    Y = label_matrix(rows)
    scores, scored, _ = out_of_fold_scores(rows, Y)
    a, b = fit_platt(scores[scored], Y[scored])
    pipe = fit([r["text"] for r in rows], Y)
    info = {
        "corpus_file": train_file.name,
        "corpus_sha256": hashlib.sha256(train_file.read_bytes()).hexdigest(),
        "passages": len(rows),
        "positives": {lab: int(n) for lab, n in zip(LABELS, Y.sum(axis=0), strict=False)},
    }
    path = save_model(export(pipe, a, b, info), out or DEFAULT_MODEL)
    return path, info
