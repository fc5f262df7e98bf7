"""Word n-gram columns of a whole statement at once, from integer word ids (scoring only).

The statement model's word blocks (the sentence's words, its stemmed content words and its
neighbour window) used to build every n-gram of every sentence as a string and look each one
up in a vocabulary dict: about half of the model's time on a 30-page statement. Here each
distinct word gets an integer id once (kept across statements), a sentence's words become an
id array, and an n-gram is one 64-bit key (``ID_BITS`` bits per word), so the n-grams of the
whole statement are built and looked up with a few numpy operations (``searchsorted`` in each
block's sorted vocabulary keys). The columns found are the same as the string route's, so the
TF-IDF rows and scores are the same numbers (tests compare the two).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

import numpy as np

from .features import Vectoriser

#: Bits per word in an n-gram key: three words fill 60 of 64 bits.
ID_BITS = 20
#: The longest n-grams a key holds.
MAX_WORDS = 3
#: Word ids past this are not kept: the cache of words seen starts again (bounded memory).
MAX_IDS = (1 << ID_BITS) - 1


def ngram_keys(ids: np.ndarray, rows: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Keys of every n-gram of consecutive words within one row, and each key's row."""
    if n == 1:
        return ids, rows
    m = len(ids) - n + 1
    if m <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=rows.dtype)
    keys = ids[:m].copy()
    for k in range(1, n):
        keys <<= ID_BITS
        keys |= ids[k : k + m]
    same = rows[:m] == rows[n - 1 : n - 1 + m]
    return keys[same], rows[:m][same]


def gram_key(gram: str, word_id: dict[str, int]) -> int:
    """The key of an n-gram written as its words joined by single spaces (new words get ids)."""
    key = 0
    for w in gram.split(" "):
        key = (key << ID_BITS) | word_id.setdefault(w, len(word_id) + 1)
    return key


class BlockKeys:
    """One word block's vocabulary as sorted n-gram keys (per n-gram length) and columns."""

    def __init__(self, vec: Vectoriser, word_id: dict[str, int]) -> None:
        self.vec = vec
        lo, hi = vec.ngram_range
        self.lengths = range(lo, hi + 1)
        by_n: dict[int, tuple[list[int], list[int]]] = {n: ([], []) for n in self.lengths}
        for gram, col in vec.vocabulary.items():
            found = by_n.get(gram.count(" ") + 1)
            if found is None:
                continue  # an n-gram this block's range never makes: it can match nothing
            found[0].append(gram_key(gram, word_id))
            found[1].append(col)
        self.keys: dict[int, np.ndarray] = {}
        self.cols: dict[int, np.ndarray] = {}
        for n, (keys, cols) in by_n.items():
            k = np.array(keys, dtype=np.int64)
            order = np.argsort(k, kind="stable")
            self.keys[n], self.cols[n] = k[order], np.array(cols, dtype=np.int64)[order]

    def lookup(self, n: int, keys: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(rows, columns) of the keys found in this block's n-grams of length ``n``."""
        table = self.keys[n]
        if not len(table) or not len(keys):
            return rows[:0], keys[:0]
        pos = np.searchsorted(table, keys)
        pos[pos == len(table)] = 0
        hit = table[pos] == keys
        return rows[hit], self.cols[n][pos[hit]]


class WordIds:
    """Integer ids for words and their stems, shared by the blocks of one model."""

    def __init__(self, stop_words: frozenset[str], stem: Callable[[str], str]) -> None:
        self._word_id: dict[str, int] = {}
        self._known = 0  # ids of the blocks' vocabularies: never forgotten
        self._stop = stop_words
        self._stem = stem
        self._token: dict[str, tuple[int, int]] = {}  # token -> (its id, its stem's id or -1)

    def block(self, vec: Vectoriser) -> BlockKeys:
        """A word block's keys, in this object's ids (call before reading any statement)."""
        if len(self._word_id) > self._known:
            raise RuntimeError("blocks are keyed before any statement is read")
        keys = BlockKeys(vec, self._word_id)
        self._known = len(self._word_id)
        return keys

    def gram_keys(self, grams: Iterable[str]) -> np.ndarray:
        """Keys of n-grams (words joined by single spaces), in this object's ids (call before
        reading any statement)."""
        if len(self._word_id) > self._known:
            raise RuntimeError("n-grams are keyed before any statement is read")
        keys = np.array([gram_key(g, self._word_id) for g in grams], dtype=np.int64)
        self._known = len(self._word_id)
        return keys

    def _id(self, word: str) -> int:
        j = self._word_id.get(word)
        if j is None:
            j = self._word_id[word] = len(self._word_id) + 1
        return j

    def _learn(self, tokens: set[str]) -> None:
        for t in tokens:
            self._token[t] = (
                self._id(t),
                -1 if t in self._stop else self._id(self._stem(t)),
            )

    def ids(self, tokens: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Word ids, stem ids (-1 for a stop word) and row of every token of the sentences."""
        missing = set(itertools.chain.from_iterable(tokens)).difference(self._token)
        if missing:
            if len(self._word_id) + 2 * len(missing) >= MAX_IDS:
                # forget the words of earlier statements (the vocabularies' ids stay), and
                # learn every word of this one again
                self._word_id = dict(itertools.islice(self._word_id.items(), self._known))
                self._token = {}
                missing = set(itertools.chain.from_iterable(tokens))
            self._learn(missing)
        lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
        total = int(lengths.sum())
        pairs = np.fromiter(
            itertools.chain.from_iterable(
                map(self._token.__getitem__, itertools.chain.from_iterable(tokens))
            ),
            dtype=np.int64,
            count=2 * total,
        ).reshape(total, 2)
        rows = np.repeat(np.arange(len(tokens), dtype=np.int64), lengths)
        return pairs[:, 0].copy(), pairs[:, 1].copy(), rows


def window_pairs(
    rows: np.ndarray, cols: np.ndarray, n_rows: int, window: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's own (row, column) entries repeated into the rows of the sentences whose
    window holds it (``window`` either side, never its own row)."""
    out_r = []
    out_c = []
    for d in range(-window, window + 1):
        if d == 0:
            continue
        target = rows - d
        ok = (target >= 0) & (target < n_rows)
        out_r.append(target[ok])
        out_c.append(cols[ok])
    return np.concatenate(out_r), np.concatenate(out_c)


def window_bigram_keys(
    ids: np.ndarray, rows: np.ndarray, n_rows: int, window: int
) -> tuple[np.ndarray, np.ndarray]:
    """Keys of the bigrams that join two sentences of a window (the last word of one member and
    the first word of the next member with words, the sentence itself left out), and their
    window's row."""
    lengths = np.bincount(rows, minlength=n_rows)
    filled = lengths > 0
    ends = np.cumsum(lengths)
    first = np.zeros(n_rows, dtype=np.int64)
    last = np.zeros(n_rows, dtype=np.int64)
    first[filled] = ids[(ends - lengths)[filled]]
    last[filled] = ids[ends[filled] - 1]
    centre = np.arange(n_rows)
    prev = np.full(n_rows, -1)
    keys = []
    owners = []
    for d in [*range(-window, 0), *range(1, window + 1)]:
        member = centre + d
        ok = (member >= 0) & (member < n_rows)
        ok[ok] = filled[member[ok]]
        joined = ok & (prev >= 0)
        keys.append((last[prev[joined]] << ID_BITS) | first[member[joined]])
        owners.append(centre[joined])
        prev = np.where(ok, member, prev)
    return np.concatenate(keys), np.concatenate(owners)


__all__ = ["BlockKeys", "WordIds", "gram_key", "ngram_keys", "window_bigram_keys", "window_pairs"]
