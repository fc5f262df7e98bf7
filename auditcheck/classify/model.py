"""The passage classifier at scoring time: numpy inference from a stored model, no scikit-learn.

``EvidenceClassifier.evidence_for(document)`` is what the engine calls (api.evaluate's
``classifier=``): it scores every sentence of every non-heading block and returns, per label,
the sentences whose calibrated probability reaches the threshold, as Evidence with
``source="classifier"`` and ``score`` = that probability.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import numpy as np

from ..document.model import BlockKind, Document
from ..errors import ModelError
from ..models import Evidence
from ..text.evidence import evidence_from_span
from ..text.index import DocumentIndex
from .features import Vectoriser, scores_from_parts
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


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _field_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence span at line breaks that start a labelled field or list item."""
    cuts = [start] + [m.start() + 1 for m in _FIELD_LINE.finditer(text, start, end)] + [end]
    out = []
    for a, b in itertools.pairwise(cuts):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _statement(text: str) -> bool:
    text = text.rstrip()
    return text.endswith(_CLOSING) or len(text.split()) >= MIN_WORDS_UNPUNCTUATED


#: The only token patterns a model file may name (what training writes).
ALLOWED_TOKEN_PATTERNS = frozenset({r"(?u)\b\w\w+\b"})


class EvidenceClassifier:
    """Multi-label passage classifier: TF-IDF features, one logistic model per label, Platt
    calibration.
    """

    def __init__(
        self, model: dict[str, Any], *, path: str | Path = "<model>", threshold: float | None = None
    ) -> None:
        try:
            self.labels: list[str] = [str(x) for x in model["labels"]]
            self.vectorisers: list[Vectoriser] = []
            offset = 0
            for spec in model["vectorisers"]:
                if str(spec["token_pattern"]) not in ALLOWED_TOKEN_PATTERNS:
                    # a model file is data anyone can edit (its checksum can be recomputed):
                    # it may not bring its own regular expression, which could hang the run
                    raise ModelError(
                        path,
                        "token_pattern is not the standard word pattern; "
                        "a model file may not carry its own regular expression",
                    )
                vocab = {str(term): i for i, term in enumerate(spec["vocabulary"])}
                idf = decode_array(spec["idf"], path, "idf")
                if idf.shape != (len(vocab),):
                    raise ModelError(
                        path,
                        f"idf of {spec['analyzer']} has {idf.shape} entries for {len(vocab)} terms",
                    )
                self.vectorisers.append(
                    Vectoriser(
                        analyzer=str(spec["analyzer"]),
                        ngram_range=(int(spec["ngram_range"][0]), int(spec["ngram_range"][1])),
                        vocabulary=vocab,
                        idf=idf,
                        offset=offset,
                        lowercase=bool(spec["lowercase"]),
                        sublinear_tf=bool(spec["sublinear_tf"]),
                        token_pattern=str(spec["token_pattern"]),
                    )
                )
                offset += len(vocab)
            self.n_features = offset
            self.coef = decode_array(model["coef"], path, "coef")
            self._coef_t = np.ascontiguousarray(self.coef.T)
            self.intercept = decode_array(model["intercept"], path, "intercept")
            self.cal_a = decode_array(model["calibration"]["a"], path, "calibration a")
            self.cal_b = decode_array(model["calibration"]["b"], path, "calibration b")
            self.threshold = float(threshold if threshold is not None else model["threshold"])
            self.info: dict[str, Any] = dict(model.get("info", {}))
        except ModelError:
            raise
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ModelError(
                path, f"model object is incomplete or malformed ({type(exc).__name__}: {exc})"
            ) from None
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
        if any(v.analyzer not in ("word", "char_wb") for v in self.vectorisers):
            raise ModelError(path, "unsupported analyzer in model")

    def decision_function(self, texts: list[str]) -> np.ndarray:
        parts = [v.weights(texts) for v in self.vectorisers]
        return scores_from_parts(parts, len(texts), self._coef_t, self.intercept)

    def raw_proba(self, texts: list[str]) -> np.ndarray:
        """Uncalibrated logistic probabilities, equal to scikit-learn's predict_proba."""
        return _sigmoid(self.decision_function(texts))

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated probability per text (rows) and label (columns)."""
        return _sigmoid(self.cal_a * self.decision_function(texts) + self.cal_b)

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
        index = index or DocumentIndex(document)
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
        self, document: Document, threshold: float | None = None
    ) -> dict[str, list[Evidence]]:
        """Per label, the sentences whose probability is at least the threshold, best first."""
        threshold = self.threshold if threshold is None else threshold
        spans = self.passages(document)
        if not spans:
            return {}
        proba = self.predict_proba([document.text[s:e] for s, e in spans])
        out: dict[str, list[Evidence]] = {}
        for j, label in enumerate(self.labels):
            rows = np.nonzero(proba[:, j] >= threshold)[0]
            if len(rows) == 0:
                continue
            ordered = sorted(rows, key=lambda i: (-proba[i, j], spans[i][0]))
            out[label] = [
                evidence_from_span(
                    document,
                    *spans[i],
                    source="classifier",
                    role=label,
                    score=round(float(proba[i, j]), 4),
                )
                for i in ordered
            ]
        return out
