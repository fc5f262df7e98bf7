"""The statement-criteria model at scoring time: numpy inference from a checksummed JSON file.

``StatementModel`` labels each sentence of a company statement with the mandatory criteria of
the UK and Australian Modern Slavery Acts it is relevant to (approval, signature, structure,
operations, supply chains, risks, actions, remediation, effectiveness), with a calibrated
probability. It reads a statement the way its training data (the AIMS gold sets) was written:
sentences in order, headings glued to the first sentence after them (``statement_data``).

Inference mirrors ``statement_training`` exactly: TF-IDF blocks through ``features.Vectoriser``
(sentence, neighbours, section cue), dense position and shape features, the shared-phrase
features (``statement_phrases``: counts of the sentence's word pairs and triples in positive
sentences of the training statements, from a table in the file), one linear model, a
Platt sigmoid per label and a per-label threshold chosen by grouped cross-validation. No
scikit-learn, no pickle; the file is verified (format, version, checksum, shapes) on load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..document.model import BlockKind, Document
from ..errors import ModelError
from ..models import Evidence
from ..text.index import DocumentIndex
from .features import Vectoriser, char_scorers, scores_from_parts
from .inference import (
    calibration,
    evidence_by_label,
    model_fields,
    sigmoid,
    trimmed_spans,
    vectorisers_from_specs,
)
from .statement_data import (
    DENSE_FEATURES,
    STOP_WORDS,
    TOKEN_PATTERN,
    WINDOW,
    StatementSentence,
    clean_sentence,
    sentence_views,
    stem,
)
from .statement_ngrams import MAX_WORDS, WordIds, ngram_keys, window_bigram_keys, window_pairs
from .statement_phrases import PhraseScorer, table_from_spec
from .store import decode_array

FORMAT = "auditcheck-statement-model"
#: 2: the shared-phrase features and their table (eighth round of issue 15)
FORMAT_VERSION = 2
#: A sentence longer than this is cut before it is read (a table flattened into one line).
MAX_CHARS = 2000
#: Evidence kept per label, best first (the engine shows at most three).
MAX_EVIDENCE = 10
_FIELDS = ("text", "content", "stems", "context", "prev", "next", "section")


@dataclass
class SentenceLabels:
    """One sentence of a document: its span and, per label, the model's probability."""

    start: int
    end: int
    text: str
    proba: dict[str, float]


class StatementModel:
    """Linear sentence labeller for the mandatory statement criteria."""

    def __init__(self, model: dict[str, Any], *, path: str | Path = "<model>") -> None:
        with model_fields(path):
            self.labels: list[str] = [str(x) for x in model["labels"]]
            if [str(x) for x in model["dense_features"]] != list(DENSE_FEATURES):
                raise ModelError(
                    path, "the model's dense features differ from this auditcheck's; retrain it"
                )
            self.vectorisers, self.n_text_features = vectorisers_from_specs(
                model["vectorisers"], path
            )
            self.fields: list[str] = [str(spec["field"]) for spec in model["vectorisers"]]
            if any(f not in _FIELDS for f in self.fields):
                raise ModelError(path, "a vectoriser reads a field this auditcheck does not know")
            self.phrases = table_from_spec(model["shared_phrases"], self.labels, path)
            coef1 = decode_array(model["stage1"]["coef"], path, "stage1 coef")
            self.intercept1 = decode_array(model["stage1"]["intercept"], path, "stage1 intercept")
            self.cal_a, self.cal_b = calibration(model, path)
            self.thresholds = np.array([float(t) for t in model["thresholds"]])
            self.info: dict[str, Any] = dict(model.get("info", {}))
        k = len(self.labels)
        n_dense = len(DENSE_FEATURES)
        n_shared = self.phrases.n_features
        shapes_ok = (
            coef1.shape == (k, self.n_text_features + n_dense + n_shared)
            and self.intercept1.shape == (k,)
            and self.cal_a.shape == (k,)
            and self.cal_b.shape == (k,)
            and self.thresholds.shape == (k,)
        )
        if not shapes_ok:
            raise ModelError(
                path, f"array shapes do not match {k} labels and {self.n_text_features} features"
            )
        if not np.all(np.isfinite(coef1)):
            raise ModelError(path, "model weights are not finite numbers")
        # one contiguous row of weights per label (see features.scores_from_parts); float32
        # when the file stored float32 (as training writes it): the same numbers, and half the
        # memory to gather from
        text_coef = np.ascontiguousarray(coef1[:, : self.n_text_features])
        narrow = text_coef.astype(np.float32)
        self._coef1_text = narrow if np.array_equal(narrow, text_coef) else text_coef
        self._coef1_dense = coef1[:, self.n_text_features : self.n_text_features + n_dense]
        self._scorers = char_scorers(self.vectorisers, coef1)
        # the word blocks read from integer word ids (statement_ngrams); None for the others
        self._word_ids = WordIds(STOP_WORDS, stem)
        self._blocks = [
            self._word_ids.block(vec) if _reads_tokens(vec, f) else None
            for vec, f in zip(self.vectorisers, self.fields, strict=False)
        ]
        self._phrase_scorer = PhraseScorer(
            self.phrases, coef1[:, self.n_text_features + n_dense :], self._word_ids
        )
        # whether any block reads the joined window strings (else scoring skips building them)
        self._needs_windows = any(
            f in ("context", "prev", "next") and not _reads_tokens(vec, f)
            for vec, f in zip(self.vectorisers, self.fields, strict=False)
        )

    # -- inference ---------------------------------------------------------------------------

    def _stage1(self, views: list[StatementSentence]) -> np.ndarray:
        texts = [v.text for v in views]
        n_rows = len(views)
        parts = []
        summed = []
        words: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        keys: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}
        for vec, fieldname, scorer, block in zip(
            self.vectorisers, self.fields, self._scorers, self._blocks, strict=False
        ):
            if scorer is not None:  # character n-grams, summed word by word (features.py)
                summed.append(scorer.scores([getattr(v, fieldname) for v in views]))
            elif block is not None:
                # the word blocks of the sentence, its stemmed content words and its window all
                # start from the sentence's tokens, read once as integer ids; each kind of
                # n-gram key is built once for the whole statement (statement_ngrams)
                if words is None:
                    rx = vec._token_rx
                    words = self._word_ids.ids([rx.findall(t.lower()) for t in texts])
                ids, stem_ids, rows = words
                source = fieldname if fieldname in ("content", "stems") else "text"
                r_parts = []
                c_parts = []
                for n in block.lengths:
                    if (source, n) not in keys:
                        if source == "text":
                            src = ids, rows
                        else:
                            kept = stem_ids >= 0
                            src = (stem_ids if source == "stems" else ids)[kept], rows[kept]
                        keys[source, n] = ngram_keys(*src, n)
                    r, c = block.lookup(n, keys[source, n][0], keys[source, n][1])
                    r_parts.append(r)
                    c_parts.append(c)
                r, c = np.concatenate(r_parts), np.concatenate(c_parts)
                if fieldname == "context":
                    r, c = window_pairs(r, c, n_rows, WINDOW)
                    if 2 in block.lengths:
                        joins, owners = window_bigram_keys(ids, rows, n_rows, WINDOW)
                        r2, c2 = block.lookup(2, joins, owners)
                        r, c = np.concatenate([r, r2]), np.concatenate([c, c2])
                parts.append(vec.weights_from_pairs(r, c, n_rows))
            else:
                parts.append(vec.weights([getattr(v, fieldname) for v in views]))
        if words is None:
            words = self._word_ids.ids([_TOKENS.findall(t.lower()) for t in texts])
        scores = scores_from_parts(parts, len(views), self._coef1_text, self.intercept1)
        scores += self._phrase_scorer.scores(words[0], words[2], n_rows)
        for char_scores in summed:
            scores += char_scores
        dense = np.array([v.dense for v in views], dtype=np.float64).reshape(
            len(views), len(DENSE_FEATURES)
        )
        return scores + dense @ self._coef1_dense.T

    def predict_views(self, views: list[StatementSentence]) -> np.ndarray:
        """Calibrated probabilities (sentences x labels) for ONE statement, in order."""
        if not views:
            return np.zeros((0, len(self.labels)))
        return sigmoid(self.cal_a * self._stage1(views) + self.cal_b)

    def predict_sentences(
        self, sentences: list[str], headings: list[str] | None = None, *, cleaned: bool = False
    ) -> np.ndarray:
        """Probabilities for the sentences of one statement, in reading order (``headings``:
        the heading each sentence sits under, when known; ``cleaned``: the sentences are
        ``document_sentences`` texts, already cleaned)."""
        views = sentence_views(sentences, headings, windows=self._needs_windows, cleaned=cleaned)
        return self.predict_views(views)

    # -- documents ---------------------------------------------------------------------------

    def document_sentences(
        self, document: Document, index: DocumentIndex | None = None
    ) -> tuple[list[tuple[int, int]], list[str], list[str]]:
        """Spans of the document's sentences, the text the model reads for each, and the
        heading each sits under.

        A heading is not a sentence of its own: its text is glued in front of the first
        sentence after it, as in the gold sets the model learnt from.
        """
        # the index the engine already built for this document: its sentence spans are cached
        index = index or DocumentIndex.of(document)
        spans: list[tuple[int, int]] = []
        texts: list[str] = []
        under: list[str] = []
        heading = ""
        for block in document.blocks:
            if block.kind is BlockKind.code:
                continue
            if block.kind is BlockKind.heading:
                heading = (heading + " " + block.text).strip() if heading else block.text.strip()
                continue
            for s_start, s_end in index.sentences(block):
                for start, end in _lines(document.text, s_start, s_end):
                    text = clean_sentence(document.text[start:end][:MAX_CHARS])
                    if not any(ch.isalpha() for ch in text):
                        continue
                    if heading:
                        # a heading of punctuation alone cleans to nothing: glue nothing, so
                        # that the text stays as clean_sentence leaves it
                        cue = clean_sentence(heading)
                        text = f"{cue} {text}" if cue else text
                        heading = ""
                    spans.append((start, end))
                    texts.append(text)
                    under.append(block.heading_path[-1] if block.heading_path else "")
        return spans, texts, under

    def label_document(self, document: Document) -> list[SentenceLabels]:
        spans, texts, under = self.document_sentences(document)
        proba = self.predict_sentences(texts, under, cleaned=True)
        return [
            SentenceLabels(
                s,
                e,
                document.text[s:e],
                {lab: float(p) for lab, p in zip(self.labels, row, strict=False)},
            )
            for (s, e), row in zip(spans, proba, strict=False)
        ]

    def evidence_for(
        self, document: Document, threshold: float | None = None
    ) -> dict[str, list[Evidence]]:
        """Per label, sentences at or above the label's threshold (raised to ``threshold`` when
        that is higher: the pack's floor), best first, as classifier Evidence."""
        spans, texts, under = self.document_sentences(document)
        if not spans:
            return {}
        proba = self.predict_sentences(texts, under, cleaned=True)
        cuts = np.maximum(self.thresholds, threshold or 0.0)
        return evidence_by_label(document, spans, proba, self.labels, cuts, limit=MAX_EVIDENCE)


_TOKENS = re.compile(TOKEN_PATTERN)


def _reads_tokens(vec: Vectoriser, fieldname: str) -> bool:
    """Whether a block's columns can be built from the sentences' lower-cased standard tokens
    (word n-grams of the sentence, its content words or their stems, or its window)."""
    return (
        vec.analyzer == "word"
        and vec.ngram_range[1] <= MAX_WORDS  # an n-gram key holds at most three words
        and vec.lowercase
        and vec.token_pattern == TOKEN_PATTERN
        and (
            fieldname in ("text", "content", "stems")
            or (fieldname == "context" and vec.ngram_range[0] == 1 and vec.ngram_range[1] <= 2)
        )
    )


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence span cut at line breaks after a punctuated line or before a list item.

    Other line breaks stay inside the sentence: PDF text wraps mid-sentence, and a signature
    block ("Jane Doe" over "Managing Director") reads as one line in the gold sets, where a
    name next to a role is what marks a signature.
    """
    cuts = [start]
    line_start = start
    # jump from line break to line break (str.find), not character by character: most
    # sentences have none, and this runs for every sentence of the document
    i = text.find("\n", start, end)
    while i != -1:
        line = text[line_start:i].strip()
        nxt = text[i + 1 : i + 3].lstrip()
        if line and (line[-1] in ".;!?" or nxt[:1] in ("-", "*", "•")):
            cuts.append(i + 1)
        line_start = i + 1
        i = text.find("\n", i + 1, end)
    cuts.append(end)
    return trimmed_spans(text, cuts)


def load_statement_model(path: str | Path | None = None) -> StatementModel:
    """Load the shipped statement model (or ``path``), verified; raises ModelError."""
    from . import DEFAULT_STATEMENT_MODEL
    from .store import load_model_dict

    source = Path(path) if path is not None else DEFAULT_STATEMENT_MODEL
    return StatementModel(load_model_dict(source, fmt=FORMAT, version=FORMAT_VERSION), path=source)


__all__ = ["FORMAT", "FORMAT_VERSION", "SentenceLabels", "StatementModel", "load_statement_model"]
