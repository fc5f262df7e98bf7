"""The statement model's word blocks and shared phrases read from integer word ids
(statement_ngrams) give the same scores as analysing each block's text as a string
(features.Vectoriser.weights) and the phrase table's string n-grams (PhraseTable.features)."""

import re

import numpy as np
import pytest

from auditcheck.classify import statement_ngrams
from auditcheck.classify.features import scores_from_parts
from auditcheck.classify.statement_data import DENSE_FEATURES, TOKEN_PATTERN, sentence_views
from auditcheck.classify.statement_model import load_statement_model
from auditcheck.classify.statement_phrases import phrase_grams

SENTENCES = [
    "Modern Slavery Statement 2024",
    "",
    "We audit suppliers and suppliers audit their own suppliers every year",
    "!!",
    "The board approved this statement on 3 March",
    "Jane Doe Managing Director",
    "Zqxv wrpl unknownword assessed assessing assessments remediation remediated",
    "a",
    "Risks of forced labour are highest in seafood processing in Thailand and Vietnam",
    "Our code of conduct bans recruitment fees; workers will be repaid their fees",
]


def _string_route(model, views):
    """Every block analysed from its text (the joined window string for the context block), and
    the shared phrases from the table's string n-grams."""
    parts = []
    summed = []
    for vec, fieldname, scorer in zip(model.vectorisers, model.fields, model._scorers, strict=True):
        texts = [getattr(v, fieldname) for v in views]
        if scorer is not None:
            summed.append(scorer.scores(texts))
        else:
            parts.append(vec.weights(texts))
    scores = scores_from_parts(parts, len(views), model._coef1_text, model.intercept1)
    for block in summed:
        scores += block
    dense = np.array([v.dense for v in views]).reshape(len(views), len(DENSE_FEATURES))
    grams = [phrase_grams(re.findall(TOKEN_PATTERN, v.text.lower())) for v in views]
    shared = model.phrases.features(grams) @ _phrase_coef(model).T
    return scores + dense @ model._coef1_dense.T + shared


@pytest.mark.parametrize(
    "sentences", [SENTENCES, SENTENCES[2:3], ["", "", SENTENCES[4]], SENTENCES[::-1]]
)
def test_word_ids_give_the_string_routes_scores(sentences):
    model = load_statement_model()
    views = sentence_views(sentences)  # windows=True: the context strings are built
    expected = _string_route(model, views)
    np.testing.assert_allclose(model._stage1(views), expected, rtol=0, atol=1e-12)


def test_word_ids_start_again_when_full(monkeypatch):
    model = load_statement_model()
    views = sentence_views(SENTENCES)
    expected = _string_route(model, views)
    known = model._word_ids._known
    # room for a few new words only: every statement read forgets the words of the last one
    monkeypatch.setattr(statement_ngrams, "MAX_IDS", known + 60)
    for _ in range(3):
        np.testing.assert_allclose(model._stage1(views), expected, rtol=0, atol=1e-12)
        model._stage1(sentence_views([f"word{k} other{k} thing{k}" for k in range(10)]))
    assert len(model._word_ids._word_id) < known + 60


def test_ngram_keys_stay_inside_a_sentence():
    ids = np.array([1, 2, 3, 4, 5], dtype=np.int64)
    rows = np.array([0, 0, 1, 1, 1])
    keys, owners = statement_ngrams.ngram_keys(ids, rows, 2)
    bits = statement_ngrams.ID_BITS
    assert keys.tolist() == [(1 << bits) | 2, (3 << bits) | 4, (4 << bits) | 5]
    assert owners.tolist() == [0, 1, 1]
    keys, owners = statement_ngrams.ngram_keys(ids, rows, 3)
    assert owners.tolist() == [1]


def test_phrase_scores_from_word_ids_equal_the_tables_features():
    model = load_statement_model()
    sentences = [
        *SENTENCES,
        "This statement was approved by the board of directors",
        "the board of directors the board of directors approved approved",  # repeated n-grams
    ]
    tokens = [re.findall(TOKEN_PATTERN, s.lower()) for s in sentences]
    ids, _, rows = model._word_ids.ids(tokens)
    got = model._phrase_scorer.scores(ids, rows, len(sentences))
    features = model.phrases.features([phrase_grams(t) for t in tokens])
    np.testing.assert_allclose(got, features @ _phrase_coef(model).T, rtol=0, atol=1e-12)
    assert np.abs(got).sum() > 0


def _phrase_coef(model):
    from auditcheck.classify import DEFAULT_STATEMENT_MODEL
    from auditcheck.classify.statement_model import FORMAT, FORMAT_VERSION
    from auditcheck.classify.store import decode_array, load_model_dict

    raw = load_model_dict(DEFAULT_STATEMENT_MODEL, fmt=FORMAT, version=FORMAT_VERSION)
    coef = decode_array(raw["stage1"]["coef"], "<test>", "coef")
    return coef[:, model.n_text_features + len(DENSE_FEATURES) :]


def test_a_vocabulary_entry_longer_than_its_block_matches_nothing(tmp_path):
    """A model file is data: an n-gram no block would make (three words in a 1-2-gram block)
    is never matched, as the string route would never produce it, and does not break loading."""
    from auditcheck.classify import DEFAULT_STATEMENT_MODEL
    from auditcheck.classify.statement_model import FORMAT, FORMAT_VERSION, StatementModel
    from auditcheck.classify.store import load_model_dict, save_model

    raw = load_model_dict(DEFAULT_STATEMENT_MODEL, fmt=FORMAT, version=FORMAT_VERSION)
    block = raw["vectorisers"][0]
    assert block["field"] == "text" and block["ngram_range"] == [1, 2]
    word = block["vocabulary"][0]
    block["vocabulary"][0] = f"{word} {word} {word}"
    path = save_model(raw, tmp_path / "m.json", fmt=FORMAT, version=FORMAT_VERSION)
    model = StatementModel(load_model_dict(path, fmt=FORMAT, version=FORMAT_VERSION), path=path)
    views = sentence_views([f"{word} {word} {word} and more", *SENTENCES])
    expected = _string_route(model, views)
    np.testing.assert_allclose(model._stage1(views), expected, rtol=0, atol=1e-12)
