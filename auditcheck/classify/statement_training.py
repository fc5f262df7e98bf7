"""Train and cross-validate the statement-criteria model on expert-labelled real statements.

Imported only to train or cross-validate (it needs scikit-learn); scoring uses
``statement_model`` and numpy alone.

The model: per label, a ridge regression on -1/+1 targets with class-balanced sample weights
over TF-IDF word 1-2-grams and padded character 3-5-grams of the sentence, word 1-3-grams of
the sentence's stemmed words without stop words, word 1-2-grams of its neighbour window and of
its section cue, plus a few dense features (position, shape) and, per label, two shared-phrase
features (how often the sentence's word bigrams and trigrams were in positive sentences of
other training statements, ``statement_phrases``); see ``statement_data`` for what each view
holds. In a fourth round (docs/model.md) ridge replaced one class-balanced logistic
regression per label (higher on the canonical split and on average over three grouped splits,
though not on every split) and the stop-word-free view was added (higher on each of the
three); in a fifth, that view's words were stemmed (higher on each of the three again); in a
seventh, the shared-phrase features were measured (higher on each of the three again), and
shipped in the eighth once scoring could afford them. A second,
stacked stage over the neighbours' scores was tried in three rounds and lowered grouped-CV F1
each time, so there is none.

Then, per label, a Platt sigmoid fitted on out-of-fold scores makes the output a
calibrated probability, and the decision threshold is the one that maximised F1 on those
out-of-fold probabilities. Every fold is grouped by statement (``GroupKFold``): sentences of one
statement are never on both sides, since a statement repeats its own names and phrasing.

``cross_validate`` nests all of this inside an outer grouped K-fold, so the reported figures
come from statements that neither the models, the calibration nor the thresholds saw.
Deterministic: GroupKFold has no randomness, nor have conjugate gradients (ridge) or lbfgs
(calibration): the same CSV gives a byte-identical model file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import statement_phrases as phrases
from .statement_data import (
    DENSE_FEATURES,
    NINE,
    TOKEN_PATTERN,
    StatementSentence,
    flatten,
    read_gold_csv,
)
from .store import encode_array
from .training import fit_platt

#: The TF-IDF blocks: (name, field of StatementSentence, scikit-learn settings). The numpy
#: inference in features.py mirrors exactly these settings. max_features keeps the shipped
#: file small (the coefficients of the most frequent n-grams carry nearly all the signal).
BLOCKS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    (
        "sentence_words",
        "text",
        {"analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "max_features": 15000},
    ),
    (
        "sentence_chars",
        "text",
        {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 3, "max_features": 20000},
    ),
    (
        # a second view of the sentence: its words without stop words, stemmed, up to trigrams,
        # so that "audit suppliers annually" is one feature however many small words sit
        # between them, and "assessed"/"assessments" are one word (fourth round: the content
        # words; fifth round: their stems; each higher on each of three grouped splits,
        # docs/model.md)
        "sentence_stems",
        "stems",
        {"analyzer": "word", "ngram_range": (1, 3), "min_df": 2, "max_features": 15000},
    ),
    (
        "context_words",
        "context",
        {"analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "max_features": 12000},
    ),
    (
        "section_words",
        "section",
        {"analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "max_features": 3000},
    ),
)
#: Regularisation of the ridge regressions (chosen by nested grouped CV on the development
#: split: 1 and 10 were worse than 3; docs/model.md).
RIDGE_ALPHA = 3.0
#: Conjugate gradients stop at this residual tolerance: scikit-learn's default, written down so
#: that a change of default cannot change the shipped weights.
RIDGE_TOL = 1e-4
N_SPLITS = 5
INNER_SPLITS = 4


@dataclass
class Stage1:
    vectorisers: list[Any]
    phrases: phrases.PhraseTable
    coef: np.ndarray  # (labels, features + dense + phrase features)
    intercept: np.ndarray


_TOKENS = re.compile(TOKEN_PATTERN)


def gram_sets(views: Sequence[StatementSentence]) -> list[set[str]]:
    """Each sentence's distinct word bigrams and trigrams (the shared-phrase features' input)."""
    return [phrases.phrase_grams(_TOKENS.findall(v.text.lower())) for v in views]


def _vectoriser(settings: dict[str, Any]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        lowercase=True, sublinear_tf=True, token_pattern=TOKEN_PATTERN, dtype=np.float64, **settings
    )


def _design(
    vectorisers: list[Any], views: Sequence[StatementSentence], fit: bool, shared: np.ndarray
):
    import scipy.sparse as sp

    parts = []
    for vec, (_, fieldname, _) in zip(vectorisers, BLOCKS, strict=False):
        texts = [getattr(v, fieldname) for v in views]
        parts.append(vec.fit_transform(texts) if fit else vec.transform(texts))
    parts.append(
        sp.csr_matrix(
            np.array([v.dense for v in views], dtype=np.float64).reshape(
                len(views), len(DENSE_FEATURES)
            )
        )
    )
    parts.append(sp.csr_matrix(shared))
    return sp.hstack(parts).tocsr()


def balanced_weights(y: np.ndarray) -> np.ndarray:
    """Sample weights that give each class the same total weight (scikit-learn's "balanced")."""
    n_pos = max(int(y.sum()), 1)
    n_neg = max(len(y) - int(y.sum()), 1)
    return np.where(y == 1, len(y) / (2 * n_pos), len(y) / (2 * n_neg))


def fit_stage1(
    views: Sequence[StatementSentence], Y: np.ndarray, groups: Sequence[str] | np.ndarray
) -> Stage1:
    from sklearn.linear_model import Ridge

    vectorisers = [_vectoriser(settings) for _, _, settings in BLOCKS]
    # the shared-phrase table is counted on these statements; each training sentence's own
    # statement is left out of its features (statement_phrases)
    table, shared = phrases.build(gram_sets(views), Y, list(groups))
    X = _design(vectorisers, views, fit=True, shared=shared)
    coef = np.zeros((Y.shape[1], X.shape[1]))
    intercept = np.zeros(Y.shape[1])
    for j in range(Y.shape[1]):
        # least squares on -1/+1 targets: the raw score is what the Platt sigmoid reads, so it
        # needs no probability of its own; conjugate gradients with a fixed tolerance
        # have no random component (same data, same bytes)
        y = Y[:, j]
        ridge = Ridge(alpha=RIDGE_ALPHA, solver="sparse_cg", tol=RIDGE_TOL)
        ridge.fit(X, 2.0 * y - 1.0, sample_weight=balanced_weights(y))
        coef[j], intercept[j] = ridge.coef_, ridge.intercept_
    return Stage1(vectorisers, table, coef, intercept)


def stage1_scores(model: Stage1, views: Sequence[StatementSentence]) -> np.ndarray:
    shared = model.phrases.features(gram_sets(views))
    X = _design(model.vectorisers, views, fit=False, shared=shared)
    return np.asarray(X @ model.coef.T) + model.intercept


def _oof_stage1(
    views: Sequence[StatementSentence], Y: np.ndarray, groups: np.ndarray, n_splits: int
) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(Y.shape)
    for tr, te in GroupKFold(n_splits=n_splits).split(Y, groups=groups):
        model = fit_stage1([views[i] for i in tr], Y[tr], groups[tr])
        scores[te] = stage1_scores(model, [views[i] for i in te])
    return scores


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = int((y & pred).sum())
    fp = int((~y & pred).sum())
    fn = int((y & ~pred).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_thresholds(proba: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Per label, the probability cut (0.05 to 0.95 in steps of 0.01) with the best F1."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    out = np.zeros(Y.shape[1])
    for j in range(Y.shape[1]):
        y = Y[:, j].astype(bool)
        f1s = [_f1(y, proba[:, j] >= t) for t in grid]
        out[j] = float(grid[int(np.argmax(f1s))])
    return out


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@dataclass
class Fitted:
    stage1: Stage1
    cal_a: np.ndarray
    cal_b: np.ndarray
    thresholds: np.ndarray


def fit_all(
    views: Sequence[StatementSentence],
    Y: np.ndarray,
    groups: np.ndarray,
    n_splits: int = INNER_SPLITS,
) -> Fitted:
    """Model, calibration and thresholds, from grouped out-of-fold scores on these data only."""
    oof = _oof_stage1(views, Y, groups, n_splits)
    a, b = fit_platt(oof, Y)
    thresholds = choose_thresholds(_sigmoid(a * oof + b), Y)
    return Fitted(fit_stage1(views, Y, groups), a, b, thresholds)


def predict(fitted: Fitted, views: Sequence[StatementSentence]) -> np.ndarray:
    return _sigmoid(fitted.cal_a * stage1_scores(fitted.stage1, views) + fitted.cal_b)


def load_dev(
    path: str | Path, labels: Sequence[str] = NINE
) -> tuple[list[StatementSentence], np.ndarray, np.ndarray]:
    statements = read_gold_csv(path)
    missing = [lab for lab in labels if lab not in statements[0].labels]
    if missing:
        from ..errors import DocumentError

        raise DocumentError(path, f"missing label column(s) {', '.join(missing)}")
    views, groups, rows = flatten(statements)
    Y = np.array([[r[lab] for lab in labels] for r in rows], dtype=int)
    return views, Y, np.array(groups)


def cross_validate(
    path: str | Path,
    n_splits: int = N_SPLITS,
    progress: Any = None,
    shuffle_seed: int | None = None,
) -> dict[str, Any]:
    """Grouped K-fold by statement, everything (calibration, thresholds) refitted inside each fold.

    ``shuffle_seed`` deals the statements into outer folds at random with that seed instead of
    GroupKFold's size-balanced order: with 76 statements one split's figure moves by about 0.01,
    so a change is judged on several splits. Inner folds stay unshuffled.
    Returns out-of-fold probabilities, the thresholds each fold chose, labels and groups.
    """
    from sklearn.model_selection import GroupKFold

    views, Y, groups = load_dev(path)
    proba = np.zeros(Y.shape)
    thresholds = np.zeros(Y.shape)
    outer = (
        GroupKFold(n_splits=n_splits)
        if shuffle_seed is None
        else GroupKFold(n_splits=n_splits, shuffle=True, random_state=shuffle_seed)
    )
    for k, (tr, te) in enumerate(outer.split(Y, groups=groups)):
        fitted = fit_all([views[i] for i in tr], Y[tr], groups[tr])
        proba[te] = predict(fitted, [views[i] for i in te])
        thresholds[te] = fitted.thresholds
        if progress is not None:
            progress(k + 1, n_splits)
    return {
        "proba": proba,
        "thresholds": thresholds,
        "Y": Y,
        "groups": groups,
        "labels": list(NINE),
    }


def export(fitted: Fitted, info: dict[str, Any]) -> dict[str, Any]:
    """The object StatementModel reads (float32 weights, since the file is shipped)."""
    vectorisers = []
    for vec, (name, fieldname, settings) in zip(fitted.stage1.vectorisers, BLOCKS, strict=False):
        vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
        vectorisers.append(
            {
                "name": name,
                "field": fieldname,
                "analyzer": settings["analyzer"],
                "ngram_range": list(settings["ngram_range"]),
                "lowercase": True,
                "sublinear_tf": True,
                "token_pattern": TOKEN_PATTERN,
                "vocabulary": vocab,
                "idf": encode_array(vec.idf_, "float32"),
            }
        )
    return {
        "labels": list(NINE),
        "vectorisers": vectorisers,
        "dense_features": list(DENSE_FEATURES),
        "shared_phrases": {
            "min_statements": phrases.MIN_STATEMENTS,
            "features": phrases.feature_names(NINE),
            "grams": list(fitted.stage1.phrases.grams),
            # whole numbers below 2**24: float32 holds them exactly
            "df": encode_array(fitted.stage1.phrases.df, "float32"),
            "pdf": encode_array(fitted.stage1.phrases.pdf, "float32"),
        },
        "stage1": {
            "coef": encode_array(fitted.stage1.coef, "float32"),
            "intercept": encode_array(fitted.stage1.intercept),
        },
        "calibration": {
            "method": "platt, grouped out-of-fold",
            "a": encode_array(fitted.cal_a),
            "b": encode_array(fitted.cal_b),
        },
        "thresholds": [float(t) for t in fitted.thresholds],
        "info": info,
    }


def statement_digest(statement_id: str) -> str:
    """A short hash of a statement id: lets the model say which statements it was trained on
    without storing anything from the data set."""
    return hashlib.sha256(statement_id.encode("utf-8")).hexdigest()[:16]


def train(path: str | Path, out: str | Path) -> tuple[Path, dict[str, Any]]:
    """Fit on every statement of the CSV and write the model file."""
    from .statement_model import FORMAT, FORMAT_VERSION
    from .store import save_model

    path = Path(path)
    views, Y, groups = load_dev(path)
    fitted = fit_all(views, Y, groups)
    info = {
        "trained_on": path.name,
        "data_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "statements": len(set(groups.tolist())),
        "sentences": len(views),
        "positives": {lab: int(n) for lab, n in zip(NINE, Y.sum(axis=0), strict=False)},
        "statement_digests": sorted({statement_digest(g) for g in groups.tolist()}),
        "source": (
            "AIMS.ca and AIMS.uk gold sets (development split), CC-BY-4.0, Figshare DOI "
            "10.6084/m9.figshare.28489340"
        ),
    }
    written = save_model(export(fitted, info), out, fmt=FORMAT, version=FORMAT_VERSION)
    return written, info
