"""Character n-grams scored word by word (features.WordwiseCharScorer) give the same scores as
building every TF-IDF entry and multiplying by the weights (features.Vectoriser.weights), which
the classifier tests compare with scikit-learn. Texts are invented; the awkward ones repeat
words and share n-grams between words, which is where the word sums need correcting.
"""

from __future__ import annotations

import numpy as np
import pytest

from auditcheck.classify.features import (
    Vectoriser,
    WordwiseCharScorer,
    char_scorers,
    scores_from_parts,
)

TEXTS = [
    "",
    "a",
    "   ",
    "the the the the",
    "There, then: the other theatre; THE THEME",
    "Workers were repaid their recruitment fees in full and workers confirmed it",
    "Café naïve résumé ÉCOLE café",
    "x" * 40,
    "No. 48-1192 / SA-2291-0473 (2023) 48-1192",
    "I  a\tb   c\n\nd",
    "aaaaaaa aaaaaaa",  # a word repeating its own n-grams
    "zzzq qqqz",  # words the vocabulary does not know at all
]


def _vectoriser(sublinear: bool, ngram_range: tuple[int, int] = (3, 5)) -> Vectoriser:
    probe = Vectoriser("char_wb", ngram_range, {}, np.zeros(0))
    grams = sorted({g for t in TEXTS[:7] for g in probe.analyse(t)})
    rng = np.random.default_rng(7)
    return Vectoriser(
        analyzer="char_wb",
        ngram_range=ngram_range,
        vocabulary={g: i for i, g in enumerate(grams)},
        idf=1.0 + rng.random(len(grams)) * 4,
        sublinear_tf=sublinear,
    )


def _by_entries(vec: Vectoriser, weights: np.ndarray, texts: list[str]) -> np.ndarray:
    return scores_from_parts([vec.weights(texts)], len(texts), weights, np.zeros(len(weights)))


@pytest.mark.parametrize("sublinear", [True, False])
@pytest.mark.parametrize("ngram_range", [(3, 5), (2, 4)])
def test_word_by_word_scores_equal_entry_by_entry_scores(sublinear, ngram_range):
    vec = _vectoriser(sublinear, ngram_range)
    weights = np.random.default_rng(3).normal(size=(4, len(vec.vocabulary)))
    scorer = WordwiseCharScorer(vec, weights)
    expected = _by_entries(vec, weights, TEXTS)
    np.testing.assert_allclose(scorer.scores(TEXTS), expected, rtol=0, atol=1e-12)
    # again with every word cached, and in another order (rows must follow the texts)
    reordered = TEXTS[::-1]
    np.testing.assert_allclose(
        scorer.scores(reordered), _by_entries(vec, weights, reordered), rtol=0, atol=1e-12
    )
    assert (scorer.scores(["zzzq qqqz", ""]) == 0).all()


def test_word_cache_starts_again_when_full(monkeypatch):
    vec = _vectoriser(True)
    weights = np.random.default_rng(5).normal(size=(3, len(vec.vocabulary)))
    scorer = WordwiseCharScorer(vec, weights)
    monkeypatch.setattr(WordwiseCharScorer, "MAX_WORDS", 5)
    for text in TEXTS:  # each adds a few words; the cache is dropped whenever it would pass 5
        np.testing.assert_allclose(
            scorer.scores([text]), _by_entries(vec, weights, [text]), rtol=0, atol=1e-12
        )
        assert len(scorer._ids) <= max(5, len(set(text.lower().split())))


def test_only_char_blocks_get_a_word_by_word_scorer():
    char = _vectoriser(True)
    word = Vectoriser("word", (1, 2), {"the": 0}, np.ones(1), offset=len(char.vocabulary))
    scorers = char_scorers([char, word], np.zeros((2, len(char.vocabulary) + 1)))
    assert isinstance(scorers[0], WordwiseCharScorer) and scorers[1] is None
    with pytest.raises(ValueError, match="char_wb"):
        WordwiseCharScorer(word, np.zeros((2, 1)))
