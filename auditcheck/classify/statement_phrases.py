"""Shared phrases: how often a sentence's word pairs and triples carried a criterion in OTHER
statements (measured in the seventh round of issue 15, shipped in the eighth, docs/model.md).

Modern slavery statements share much of their wording: law-firm templates, the Acts' own
phrases ("approved by the board", "steps taken to assess the effectiveness"). The TF-IDF
blocks see each n-gram, but ridge also learns weights for phrases that only one company uses
in every paragraph. These features count only what recurs across statements. For each word
bigram and trigram of the sentence (lower-cased standard tokens, each distinct n-gram once):

- ``df``: in how many training statements it occurs;
- ``pdf[label]``: in how many training statements it occurs inside a sentence positive for
  that label.

Only n-grams that occur in at least ``MIN_STATEMENTS`` statements count. Per label, two
features: the share of the sentence's n-grams that were in positive sentences of at least
``MIN_STATEMENTS`` statements, and the mean over its n-grams of ``pdf / (df + 2)`` (a smoothed
share of the statements using the phrase that used it for that label). A training sentence's
own statement is left out of its counts, as a new statement's would be absent, so the ridge
weights learn what the features mean on statements the table has not seen.

What the model file keeps is a table of n-grams of at most three words that occur in at least
two statements and in a positive sentence of at least one, with their counts: vocabulary
statistics, like the TF-IDF vocabularies, not sentences. numpy only at scoring.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from .statement_ngrams import WordIds, ngram_keys
from .store import decode_array

#: An n-gram counts once it occurs in this many statements (of the training data, or of the
#: training data other than the sentence's own statement).
MIN_STATEMENTS = 2


def phrase_grams(tokens: Sequence[str]) -> set[str]:
    """The distinct word bigrams and trigrams of a sentence's lower-cased tokens."""
    out = {a + " " + b for a, b in pairwise(tokens)}
    out.update(
        a + " " + b + " " + c for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )
    return out


def feature_names(labels: Sequence[str]) -> list[str]:
    return [f"phrase_share:{lab}" for lab in labels] + [f"phrase_rate:{lab}" for lab in labels]


@dataclass
class PhraseTable:
    """The n-grams that can contribute, their statement counts, and per n-gram its
    contribution to a new sentence's features (before dividing by its n-gram count)."""

    grams: list[str]
    df: np.ndarray  # (n,) statements containing the n-gram
    pdf: np.ndarray  # (n, labels) statements containing it in a positive sentence

    def __post_init__(self) -> None:
        self.index = {g: i for i, g in enumerate(self.grams)}
        df = self.df.astype(np.float64)[:, None]
        pdf = self.pdf.astype(np.float64)
        self.contrib = np.hstack([(pdf >= MIN_STATEMENTS).astype(np.float64), pdf / (df + 2.0)])

    @property
    def n_features(self) -> int:
        return 2 * self.pdf.shape[1]

    def features(self, gram_sets: Sequence[set[str]]) -> np.ndarray:
        """Features of sentences of statements the table was not built from."""
        out = np.zeros((len(gram_sets), self.n_features))
        index = self.index
        for r, grams in enumerate(gram_sets):
            if not grams:
                continue
            # in table order: the same sum whatever order the set iterates in (string hashes
            # differ from process to process)
            rows = sorted(j for j in map(index.get, grams) if j is not None)
            if rows:
                out[r] = self.contrib[rows].sum(axis=0) / len(grams)
        return out


class PhraseScorer:
    """What the shared-phrase features add to each label's score at scoring time: the same sums
    as ``PhraseTable.features`` times their weights. The features are means over the sentence's
    distinct n-grams, so each table n-gram's weighted contribution is computed once, and a
    statement's bigrams and trigrams are looked up as integer keys (``statement_ngrams``)."""

    def __init__(self, table: PhraseTable, coef: np.ndarray, word_ids: WordIds) -> None:
        self.n_labels = coef.shape[0]
        weights = table.contrib @ coef.T  # (n-grams, labels)
        keys = word_ids.gram_keys(table.grams)
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.weights = np.ascontiguousarray(weights[order])

    def scores(self, ids: np.ndarray, rows: np.ndarray, n_rows: int) -> np.ndarray:
        """Per sentence and label, the score the phrase features add; ``ids`` and ``rows``: the
        word ids of the statement's tokens and the sentence each belongs to."""
        k2, r2 = ngram_keys(ids, rows, 2)
        k3, r3 = ngram_keys(ids, rows, 3)
        # a trigram's key is above every bigram's (word ids start at 1), so they never collide
        keys = np.concatenate([k2, k3])
        owner = np.concatenate([r2, r3])
        order = np.lexsort((keys, owner))
        keys, owner = keys[order], owner[order]
        distinct = np.ones(len(keys), dtype=bool)
        distinct[1:] = (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])
        keys, owner = keys[distinct], owner[distinct]
        sizes = np.bincount(owner, minlength=n_rows)
        out = np.zeros((n_rows, self.n_labels))
        if not len(self.keys) or not len(keys):
            return out
        pos = np.searchsorted(self.keys, keys)
        pos[pos == len(self.keys)] = 0
        hit = self.keys[pos] == keys
        gathered = self.weights[pos[hit]]
        for j in range(self.n_labels):
            out[:, j] = np.bincount(owner[hit], weights=gathered[:, j], minlength=n_rows)
        np.divide(out, sizes[:, None], out=out, where=sizes[:, None] > 0)
        return out


def build(
    gram_sets: Sequence[set[str]], Y: np.ndarray, groups: Sequence[str]
) -> tuple[PhraseTable, np.ndarray]:
    """The table from training sentences, and the training sentences' own features with their
    own statement left out of every count."""
    n_labels = Y.shape[1]
    seen: dict[str, set[str]] = {}
    positive: dict[str, list[set[str]]] = {}
    for grams, sid, y in zip(gram_sets, groups, Y, strict=True):
        hits = np.flatnonzero(y)
        for g in grams:
            seen.setdefault(g, set()).add(sid)
            if len(hits):
                sets = positive.get(g)
                if sets is None:
                    sets = positive[g] = [set() for _ in range(n_labels)]
                for label in hits:
                    sets[label].add(sid)
    # only n-grams seen in MIN_STATEMENTS statements can count for anyone (a training
    # sentence's own statement is subtracted, a new statement adds nothing)
    kept = sorted(g for g, s in seen.items() if len(s) >= MIN_STATEMENTS)
    df = {g: seen[g] for g in kept}
    empty: list[set[str]] = [set() for _ in range(n_labels)]
    own = np.zeros((len(gram_sets), 2 * n_labels))
    for r, (grams, sid) in enumerate(zip(gram_sets, groups, strict=True)):
        if not grams:
            continue
        share = np.zeros(n_labels)
        rate = np.zeros(n_labels)
        for g in sorted(grams):  # a fixed order of sums: the same bytes in every process
            s = df.get(g)
            if s is None:
                continue
            d = len(s) - (sid in s)
            if d < MIN_STATEMENTS:
                continue
            for j, ps in enumerate(positive.get(g, empty)):
                p = len(ps) - (sid in ps)
                if p >= MIN_STATEMENTS:
                    share[j] += 1
                rate[j] += p / (d + 2)
        own[r, :n_labels] = share / len(grams)
        own[r, n_labels:] = rate / len(grams)
    # the file keeps the n-grams that can move a new sentence's features: in a positive
    # sentence of at least one statement
    stored = [g for g in kept if g in positive]
    table = PhraseTable(
        grams=stored,
        df=np.array([len(seen[g]) for g in stored], dtype=np.int64),
        pdf=np.array([[len(s) for s in positive[g]] for g in stored], dtype=np.int64).reshape(
            len(stored), n_labels
        ),
    )
    return table, own


def table_from_spec(spec: dict[str, Any], labels: list[str], path: str | Path) -> PhraseTable:
    """The shared-phrase table of a model file, checked: its settings match this auditcheck's,
    and its counts are whole numbers with one row per n-gram and one column per label."""
    if int(spec["min_statements"]) != MIN_STATEMENTS or [
        str(x) for x in spec["features"]
    ] != feature_names(labels):
        raise ModelError(path, "the model's shared-phrase features differ from this auditcheck's")
    grams = [str(g) for g in spec["grams"]]
    if any(g.count(" ") not in (1, 2) or "" in g.split(" ") for g in grams):
        raise ModelError(path, "shared-phrase n-grams must be two or three words")
    df = decode_array(spec["df"], path, "shared_phrases df")
    pdf = decode_array(spec["pdf"], path, "shared_phrases pdf")
    if df.shape != (len(grams),) or pdf.shape != (len(grams), len(labels)):
        raise ModelError(path, "shared-phrase counts do not match their n-grams and labels")
    counts = np.concatenate([df, pdf.ravel()])
    if not np.all(np.isfinite(counts)) or np.any(counts < 0) or np.any(counts != np.round(counts)):
        raise ModelError(path, "shared-phrase counts are not whole numbers")
    if np.any(pdf > df[:, None]) or np.any(df < MIN_STATEMENTS):
        raise ModelError(path, "shared-phrase counts are inconsistent")
    return PhraseTable(grams=grams, df=df, pdf=pdf)
