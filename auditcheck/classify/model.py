"""The passage classifier at scoring time: numpy inference from a stored model, no scikit-learn.

``EvidenceClassifier.evidence_for(document)`` is what the engine calls (api.evaluate's
``classifier=``): it scores every sentence of every non-heading block and returns, per label,
the sentences whose calibrated probability reaches the threshold, as Evidence with
``source="classifier"`` and ``score`` = that probability.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np

from ..document.model import BlockKind, Document
from ..errors import ModelError
from ..models import Evidence
from ..text.index import DocumentIndex
from .features import char_scorers, scores_from_parts
from .inference import (
    calibration,
    evidence_by_label,
    model_fields,
    sigmoid,
    trimmed_spans,
    vectorisers_from_specs,
)
from .store import decode_array

#: Sentences shorter than this many characters carry too little text to classify.
MIN_CHARS = 25
#: A sentence longer than this is usually layout noise (a table flattened into one line).
MAX_CHARS = 1500
#: A passage without closing punctuation needs this many words to count as a statement;
#: shorter unpunctuated lines are headings, table cells or PDF fragments, which the corpus
#: never taught the model to read.
MIN_WORDS_UNPUNCTUATED = 8
_CLOSING = (".", "!", "?", ";", ":", ")", '"', "”", "’")
#: A line break followed by a field label ("**Audit firm:**", "Paid by:") or a list marker
#: starts a new passage: header blocks put one fact per line without sentence punctuation,
#: and read as one run-on sentence they mix facts (a publisher read as the payer). Other line
#: breaks are kept, since PDF text wraps lines in mid-sentence.
_FIELD_LINE = re.compile(r"\n(?=[ \t]*(?:\*\*|__|[-*•|]\s|[A-Z][\w /&(),.'-]{0,40}:\s))")


def _field_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence span at line breaks that start a labelled field or list item."""
    if text.find("\n", start, end) == -1:  # most sentences: no line break, nothing to split
        return trimmed_spans(text, (start, end))
    cuts = [start] + [m.start() + 1 for m in _FIELD_LINE.finditer(text, start, end)] + [end]
    return trimmed_spans(text, cuts)


def _statement(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(_CLOSING) or len(text.split()) >= MIN_WORDS_UNPUNCTUATED


class EvidenceClassifier:
    """Multi-label passage classifier: TF-IDF features, one logistic model per label, Platt
    calibration.
    """

    def __init__(
        self, model: dict[str, Any], *, path: str | Path = "<model>", threshold: float | None = None
    ) -> None:
        with model_fields(path):
            self.labels: list[str] = [str(x) for x in model["labels"]]
            self.vectorisers, self.n_features = vectorisers_from_specs(model["vectorisers"], path)
            self.coef = np.ascontiguousarray(decode_array(model["coef"], path, "coef"))
            self.intercept = decode_array(model["intercept"], path, "intercept")
            self.cal_a, self.cal_b = calibration(model, path)
            self.threshold = float(threshold if threshold is not None else model["threshold"])
            self.info: dict[str, Any] = dict(model.get("info", {}))
        k = len(self.labels)
        if (
            self.coef.shape != (k, self.n_features)
            or self.intercept.shape != (k,)
            or self.cal_a.shape != (k,)
            or self.cal_b.shape != (k,)
        ):
            raise ModelError(
                path, f"array shapes do not match {k} labels and {self.n_features} features"
            )
        self._scorers = char_scorers(self.vectorisers, self.coef)

    def decision_function(self, texts: list[str]) -> np.ndarray:
        parts = [
            v.weights(texts)
            for v, scorer in zip(self.vectorisers, self._scorers, strict=True)
            if scorer is None
        ]
        out = scores_from_parts(parts, len(texts), self.coef, self.intercept)
        for scorer in self._scorers:
            if scorer is not None:  # character n-grams, summed word by word (features.py)
                out += scorer.scores(texts)
        return out

    def raw_proba(self, texts: list[str]) -> np.ndarray:
        """Uncalibrated logistic probabilities, equal to scikit-learn's predict_proba."""
        return sigmoid(self.decision_function(texts))

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated probability per text (rows) and label (columns)."""
        return sigmoid(self.cal_a * self.decision_function(texts) + self.cal_b)

    def predict(self, texts: list[str]) -> list[list[str]]:
        proba = self.predict_proba(texts)
        return [
            [lab for lab, p in zip(self.labels, row, strict=False) if p >= self.threshold]
            for row in proba
        ]

    def passages(
        self, document: Document, index: DocumentIndex | None = None
    ) -> list[tuple[int, int]]:
        """The spans the classifier reads: statement-like sentences of non-heading blocks."""
        # the engine's index of this document: its sentence spans are already cached
        index = index or DocumentIndex.of(document)
        spans = []
        for block in document.blocks:
            if block.kind in (BlockKind.heading, BlockKind.code):
                continue
            for s_start, s_end in index.sentences(block):
                for start, end in _field_lines(document.text, s_start, s_end):
                    if MIN_CHARS <= end - start <= MAX_CHARS and _statement(
                        document.text[start:end]
                    ):
                        spans.append((start, end))
        return spans

    def evidence_for(
        self, document: Document, threshold: float | None = None, limit: int | None = None
    ) -> dict[str, list[Evidence]]:
        """Per label, the sentences whose probability is at least the threshold, best first
        (at most ``limit`` of them)."""
        threshold = self.threshold if threshold is None else threshold
        spans = self.passages(document)
        if not spans:
            return {}
        proba = self.predict_proba([document.text[s:e] for s, e in spans])
        return evidence_by_label(
            document, spans, proba, self.labels, [threshold] * len(self.labels), limit=limit
        )
