"""TF-IDF features computed with numpy alone, reproducing scikit-learn's TfidfVectorizer.

Scoring must not import scikit-learn (it is slow to import and only training needs it), so
the shipped model stores each vectoriser's vocabulary and idf, and this module turns text
into the same sparse rows that ``TfidfVectorizer.transform`` would: same lower-casing, same
``token_pattern`` word n-grams, same padded ``char_wb`` n-grams, same sublinear tf and l2
norm. tests/test_classify.py checks the equality against scikit-learn on the whole corpus.

Speed: ``char_wb`` n-grams never cross whitespace, so each distinct word's feature columns
are computed once and cached; counting, weighting and normalising are done for the whole
batch with numpy.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

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
    _word_cache: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._token_rx = re.compile(self.token_pattern)

    def analyse(self, text: str) -> list[str]:
        """The n-grams scikit-learn's analyzer yields for ``text`` (used by tests and training
        checks).
        """
        if self.lowercase:
            text = text.lower()
        if self.analyzer == "word":
            return _word_ngrams(self._token_rx.findall(text), self.ngram_range)
        if self.analyzer == "char_wb":
            return [
                g
                for w in _WHITE_SPACES.sub(" ", text).split()
                for g in _char_wb_word(w, self.ngram_range)
            ]
        raise ValueError(f"unsupported analyzer {self.analyzer!r}")

    def columns(self, text: str) -> list[int]:
        """Vocabulary columns of every n-gram occurrence in ``text`` (repeats kept, unknown grams
        dropped).
        """
        if self.lowercase:
            text = text.lower()
        vocab = self.vocabulary
        if self.analyzer == "word":
            grams = _word_ngrams(self._token_rx.findall(text), self.ngram_range)
            return [j for j in map(vocab.get, grams) if j is not None]
        out: list[int] = []
        cache = self._word_cache
        for w in text.split():
            cols = cache.get(w)
            if cols is None:
                cols = [
                    j for j in map(vocab.get, _char_wb_word(w, self.ngram_range)) if j is not None
                ]
                if len(cache) < 200_000:
                    cache[w] = cols
            out.extend(cols)
        return out

    def weights(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, value) of the l2-normalised tf-idf entries, sorted by row then column."""
        seen: dict[str, list[int]] = {}  # repeated texts (a section heading) are analysed once
        columns = []
        for text in texts:
            c = seen.get(text)
            if c is None:
                c = seen[text] = self.columns(text)
            columns.append(c)
        return self.weights_from_columns(columns)

    def weights_from_columns(
        self, columns: list[list[int]]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``weights`` for texts whose vocabulary columns (one per n-gram occurrence) are known."""
        # arrays built straight from the lists: building two Python lists of every occurrence
        # and converting them was a third of this function's time on long documents
        n_rows = len(columns)
        n = len(self.vocabulary)
        # 32-bit keys sort about twice as fast as 64-bit ones; a document's rows times the
        # vocabulary fit in them unless the document has tens of thousands of sentences
        key_type = np.int32 if n_rows * max(n, 1) < 2**31 else np.int64
        lengths = np.fromiter(map(len, columns), dtype=np.int64, count=n_rows)
        total = int(lengths.sum())
        keys: np.ndarray = np.repeat(np.arange(n_rows, dtype=key_type) * n, lengths)
        keys += np.fromiter(itertools.chain.from_iterable(columns), dtype=key_type, count=total)
        return self._weights_from_keys(keys, n_rows)

    def weights_from_pairs(
        self, rows: np.ndarray, cols: np.ndarray, n_rows: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``weights`` from the (row, column) of every n-gram occurrence, in any order."""
        n = len(self.vocabulary)
        key_type = np.int32 if n_rows * max(n, 1) < 2**31 else np.int64
        keys: np.ndarray = rows.astype(key_type) * n
        keys += cols.astype(key_type)
        return self._weights_from_keys(keys, n_rows)

    def _weights_from_keys(
        self, keys: np.ndarray, n_rows: int
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = len(self.vocabulary)
        total = len(keys)
        keys.sort()
        # the distinct (row, column) keys and how often each occurs (np.unique, without its
        # extra copies)
        first = np.empty(total, dtype=bool)
        first[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, total))
        unique = keys[starts].astype(np.int64)
        r, c = unique // n, unique % n
        tf = np.log(counts) + 1.0 if self.sublinear_tf else counts.astype(np.float64)
        values = tf * self.idf[c]
        norms = np.sqrt(np.bincount(r, weights=values * values, minlength=n_rows))
        values = values / norms[r]
        return r, c + self.offset, values


def _word_ngrams(tokens: list[str], ngram_range: tuple[int, int]) -> list[str]:
    lo, hi = ngram_range
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def _char_wb_word(word: str, ngram_range: tuple[int, int]) -> list[str]:
    lo, hi = ngram_range
    w = " " + word + " "
    size = len(w)
    out: list[str] = []
    for n in range(lo, hi + 1):
        if size <= n:
            # scikit-learn counts a word shorter than n once and stops growing n
            out.append(w)
            break
        out.extend(w[i : i + n] for i in range(size - n + 1))
    return out


def transform(
    vectorisers: list[Vectoriser], texts: list[str], n_features: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A CSR triple (row pointers, columns, values) for the texts in the joined feature space."""
    parts = [v.weights(texts) for v in vectorisers]
    r = np.concatenate([p[0] for p in parts])
    c = np.concatenate([p[1] for p in parts])
    v = np.concatenate([p[2] for p in parts])
    order = np.lexsort((c, r))
    indptr = np.concatenate([[0], np.cumsum(np.bincount(r, minlength=len(texts)))]).astype(np.int64)
    return indptr, c[order], v[order]


def scores_from_parts(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    rows: int,
    coef: np.ndarray,
    intercept: np.ndarray,
) -> np.ndarray:
    """X @ coef.T + intercept straight from per-vectoriser (row, column, value) triples.

    ``coef`` is (labels, features) and C-contiguous: each label's weights are gathered from its
    own row, which is faster than gathering rows of the transposed matrix (on a 30-page
    statement 13 ms instead of 21 ms), and the entries are never sorted into CSR order.
    """
    r = np.concatenate([p[0] for p in parts])
    c = np.concatenate([p[1] for p in parts])
    v = np.concatenate([p[2] for p in parts])
    out = np.empty((rows, coef.shape[0]))
    for j in range(coef.shape[0]):
        out[:, j] = np.bincount(r, weights=coef[j][c] * v, minlength=rows)
    return out + intercept


class WordwiseCharScorer:
    """``X @ W.T`` for one ``char_wb`` block, summed word by word instead of n-gram by n-gram.

    Why: ``char_wb`` n-grams never cross white space, so a sentence's n-grams are the union of
    its words' n-grams, and a document of 800 sentences has some 180,000 n-gram occurrences but
    only some 15,000 word occurrences. For each distinct word this keeps what its n-grams add to
    every label's score (idf times weight, summed) and to the squared l2 norm (idf squared,
    summed), so a sentence's score is a sum over its words. That sum counts an n-gram found k
    times in a sentence k times, where TF-IDF counts it 1 + log k times (sublinear tf); the few
    n-grams that repeat within a sentence (about 7%) are found by sorting the sentence's
    columns and corrected exactly. Same numbers as ``weights`` followed by the product, up to
    the order of floating-point additions (tests compare both with scikit-learn).
    """

    #: Distinct words kept; past this the cache starts again (bounded memory on big batches).
    MAX_WORDS = 200_000

    def __init__(self, vectoriser: Vectoriser, weights: np.ndarray) -> None:
        """``weights``: this block's slice of the linear layer, (labels, block features)."""
        if vectoriser.analyzer != "char_wb":
            raise ValueError("only char_wb blocks can be scored word by word")
        self.vec = vectoriser
        self.n_labels = weights.shape[0]
        # row c: what one occurrence of column c adds to each label's unnormalised score
        self._weighted = np.ascontiguousarray((weights * vectoriser.idf).T, dtype=np.float64)
        self._idf2 = vectoriser.idf * vectoriser.idf
        self._reset()

    def _reset(self) -> None:
        self._ids: dict[str, int] = {}
        self._cols: list[list[int]] = []
        self._score = np.zeros((1024, self.n_labels))  # per word id; grown by doubling
        self._square = np.zeros(1024)

    def _add_words(self, words: list[str]) -> None:
        vocab = self.vec.vocabulary
        first = len(self._cols)
        new_cols = [
            [j for j in map(vocab.get, _char_wb_word(w, self.vec.ngram_range)) if j is not None]
            for w in words
        ]
        for k, w in enumerate(words):
            self._ids[w] = first + k
        self._cols.extend(new_cols)
        end = first + len(words)
        while end > len(self._square):
            self._score = np.concatenate([self._score, np.zeros_like(self._score)])
            self._square = np.concatenate([self._square, np.zeros_like(self._square)])
        lengths = np.fromiter(map(len, new_cols), dtype=np.int64, count=len(new_cols))
        flat = np.fromiter(
            itertools.chain.from_iterable(new_cols), dtype=np.int64, count=int(lengths.sum())
        )
        owner = np.repeat(np.arange(len(words)), lengths)
        gathered = self._weighted[flat]
        for j in range(self.n_labels):
            self._score[first:end, j] = np.bincount(
                owner, weights=gathered[:, j], minlength=len(words)
            )
        self._square[first:end] = np.bincount(owner, weights=self._idf2[flat], minlength=len(words))

    def scores(self, texts: list[str]) -> np.ndarray:
        """(texts, labels): each text's l2-normalised TF-IDF row of this block times the
        weights."""
        lower = self.vec.lowercase
        split = [(t.lower() if lower else t).split() for t in texts]
        ids = self._ids
        missing = set(itertools.chain.from_iterable(split)).difference(ids)
        if missing:
            if len(ids) + len(missing) > self.MAX_WORDS:
                # start the cache again, keeping what this batch needs (one batch may exceed it)
                self._reset()
                missing = set(itertools.chain.from_iterable(split))
            self._add_words(sorted(missing))
            ids = self._ids
        n_rows = len(texts)
        per_row = np.fromiter(map(len, split), dtype=np.int64, count=n_rows)
        n_words = int(per_row.sum())
        occ = np.fromiter(
            map(ids.__getitem__, itertools.chain.from_iterable(split)),
            dtype=np.int64,
            count=n_words,
        )
        occ_rows = np.repeat(np.arange(n_rows), per_row)
        raw = np.empty((n_rows, self.n_labels))
        word_scores = self._score[occ]
        for j in range(self.n_labels):
            raw[:, j] = np.bincount(occ_rows, weights=word_scores[:, j], minlength=n_rows)
        square = np.bincount(occ_rows, weights=self._square[occ], minlength=n_rows)
        # n-grams occurring more than once in a sentence: every occurrence's column, sorted
        distinct, inverse = np.unique(occ, return_inverse=True)
        local_cols = [self._cols[g] for g in distinct.tolist()]
        local_len = np.fromiter(map(len, local_cols), dtype=np.int64, count=len(local_cols))
        local_flat = np.fromiter(
            itertools.chain.from_iterable(local_cols), dtype=np.int64, count=int(local_len.sum())
        )
        local_start = np.cumsum(local_len) - local_len
        occ_len = local_len[inverse]
        total = int(occ_len.sum())
        occ_offset = np.cumsum(occ_len) - occ_len
        where = np.repeat(local_start[inverse] - occ_offset, occ_len) + np.arange(total)
        n = len(self.vec.vocabulary)
        key_type = np.int32 if n_rows * max(n, 1) < 2**31 else np.int64
        keys = np.repeat(occ_rows.astype(key_type) * n, occ_len)
        keys += local_flat[where].astype(key_type)
        keys.sort()
        repeat = np.flatnonzero(keys[1:] == keys[:-1])
        if len(repeat):
            # runs of equal keys: each run's key and length
            run_first = np.ones(len(repeat), dtype=bool)
            run_first[1:] = np.diff(repeat) > 1
            run_keys = keys[repeat[run_first]].astype(np.int64)
            run_len = np.diff(np.append(np.flatnonzero(run_first), len(repeat))) + 1
            r, c = run_keys // n, run_keys % n
            k = run_len.astype(np.float64)
            tf = np.log(k) + 1.0 if self.vec.sublinear_tf else k
            fix = tf - k  # what the word sums counted too much (k times instead of tf)
            gathered = self._weighted[c] * fix[:, None]
            for j in range(self.n_labels):
                raw[:, j] += np.bincount(r, weights=gathered[:, j], minlength=n_rows)
            square += np.bincount(r, weights=(tf * tf - k) * self._idf2[c], minlength=n_rows)
        norms = np.sqrt(np.maximum(square, 0.0))
        out = np.zeros_like(raw)
        np.divide(raw, norms[:, None], out=out, where=norms[:, None] > 0)
        return out


def char_scorers(
    vectorisers: list[Vectoriser], coef: np.ndarray
) -> list[WordwiseCharScorer | None]:
    """For each vectoriser, a word-by-word scorer when it is a ``char_wb`` block (the bulk of
    the n-gram occurrences), else None; ``coef`` is the whole linear layer (labels, features)."""
    return [
        WordwiseCharScorer(v, coef[:, v.offset : v.offset + len(v.vocabulary)])
        if v.analyzer == "char_wb"
        else None
        for v in vectorisers
    ]
