"""TF-IDF features computed with numpy alone, reproducing scikit-learn's TfidfVectorizer.

Scoring must not import scikit-learn (it is slow to import and only training needs it), so
the shipped model stores each vectoriser's vocabulary and idf, and this module turns text
into the same sparse rows that ``TfidfVectorizer.transform`` would: same lower-casing, same
``token_pattern`` word n-grams, same padded ``char_wb`` n-grams, same sublinear tf and l2
norm. tests/test_classify.py checks the equality against scikit-learn on the whole corpus.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

_WHITE_SPACES = re.compile(r"\s\s+")


@dataclass
class Vectoriser:
    """One fitted TF-IDF vectoriser: analyzer settings, vocabulary and idf weights."""

    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    vocabulary: dict[str, int]
    idf: np.ndarray
    offset: int = 0  # column of this vectoriser's first feature in the joined feature space
    lowercase: bool = True
    sublinear_tf: bool = True
    token_pattern: str = r"(?u)\b\w\w+\b"

    def __post_init__(self) -> None:
        self._token_rx = re.compile(self.token_pattern)

    def analyse(self, text: str) -> list[str]:
        if self.lowercase:
            text = text.lower()
        if self.analyzer == "word":
            return _word_ngrams(self._token_rx.findall(text), self.ngram_range)
        if self.analyzer == "char_wb":
            return _char_wb_ngrams(text, self.ngram_range)
        raise ValueError(f"unsupported analyzer {self.analyzer!r}")

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices (in the joined space) and l2-normalised tf-idf values of one text."""
        counts: dict[int, int] = {}
        vocab = self.vocabulary
        for gram in self.analyse(text):
            j = vocab.get(gram)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return np.empty(0, dtype=np.int64), np.empty(0)
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if self.sublinear_tf:
            tf = np.log(tf) + 1.0
        values = tf * self.idf[cols]
        norm = math.sqrt(float(values @ values))
        if norm > 0:
            values = values / norm
        return cols + self.offset, values


def _word_ngrams(tokens: list[str], ngram_range: tuple[int, int]) -> list[str]:
    lo, hi = ngram_range
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def _char_wb_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    lo, hi = ngram_range
    text = _WHITE_SPACES.sub(" ", text)
    out: list[str] = []
    for w in text.split():
        w = " " + w + " "
        size = len(w)
        for n in range(lo, hi + 1):
            if size <= n:
                # scikit-learn counts a word shorter than n once and stops growing n
                out.append(w)
                break
            out.extend(w[i : i + n] for i in range(size - n + 1))
    return out


def transform(vectorisers: list[Vectoriser], texts: list[str], n_features: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A CSR-like triple (row pointers, columns, values) for the texts in the joined space."""
    indptr = [0]
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    for text in texts:
        for vec in vectorisers:
            c, v = vec.row(text)
            cols.append(c)
            vals.append(v)
        indptr.append(indptr[-1] + sum(len(c) for c in cols[-len(vectorisers):]))
    col = np.concatenate(cols) if cols else np.empty(0, dtype=np.int64)
    val = np.concatenate(vals) if vals else np.empty(0)
    return np.asarray(indptr, dtype=np.int64), col, val


def linear_scores(indptr: np.ndarray, col: np.ndarray, val: np.ndarray, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    """X @ coef.T + intercept for the sparse rows, as a dense (rows, labels) array."""
    rows = len(indptr) - 1
    out = np.tile(intercept.astype(np.float64), (rows, 1))
    if len(col):
        contrib = coef[:, col].T * val[:, None]  # (nnz, labels)
        # rows are contiguous runs of the nnz entries, so a prefix sum gives each row's total
        prefix = np.vstack([np.zeros((1, coef.shape[0])), np.cumsum(contrib, axis=0)])
        out += prefix[indptr[1:]] - prefix[indptr[:-1]]
    return out
