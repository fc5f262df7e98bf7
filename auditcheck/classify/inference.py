"""What the two scoring models share: reading vectorisers from a model file, cutting sentence
spans, the sigmoid, and turning per-sentence probabilities into Evidence.

The passage classifier (``model.py``) and the statement model (``statement_model.py``) are
different models over the same machinery: TF-IDF vectorisers stored as vocabulary + idf, a
linear layer, a Platt sigmoid, and per label the sentences at or above a cut, quoted as
classifier Evidence. Keeping that machinery here means a fix to the file checks or the
evidence order reaches both. numpy only, never scikit-learn.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..document.model import Document
from ..errors import ModelError
from ..models import Evidence
from ..text.evidence import evidence_from_span
from .features import Vectoriser
from .store import decode_array

#: The only token patterns a model file may name (what training writes).
ALLOWED_TOKEN_PATTERNS = frozenset({r"(?u)\b\w\w+\b"})
ANALYZERS = ("word", "char_wb")


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


@contextlib.contextmanager
def model_fields(path: str | Path) -> Iterator[None]:
    """Read a model object's fields inside this block: a missing key or a value of the wrong
    type becomes ModelError naming the file, not a traceback."""
    try:
        yield
    except ModelError:
        raise
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelError(
            path, f"model object is incomplete or malformed ({type(exc).__name__}: {exc})"
        ) from None


def calibration(model: dict[str, Any], path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """The Platt sigmoid's slope and intercept per label: probability = sigmoid(a * score + b)."""
    return (
        decode_array(model["calibration"]["a"], path, "calibration a"),
        decode_array(model["calibration"]["b"], path, "calibration b"),
    )


def vectorisers_from_specs(
    specs: Iterable[dict[str, Any]], path: str | Path
) -> tuple[list[Vectoriser], int]:
    """The vectorisers a model file describes, each offset into one joined feature space, and
    the number of features in all.

    Raises:
        ModelError: a vectoriser names its own regular expression or an unknown analyzer, or
            its idf does not match its vocabulary.
        KeyError, TypeError, ValueError: a spec lacks a field or holds the wrong type (the
            caller reports these as a malformed model).
    """
    out: list[Vectoriser] = []
    offset = 0
    for spec in specs:
        name = spec.get("name", spec["analyzer"])
        if str(spec["token_pattern"]) not in ALLOWED_TOKEN_PATTERNS:
            # a model file is data anyone can edit (its checksum can be recomputed): it may
            # not bring its own regular expression, which could hang the run
            raise ModelError(
                path,
                "token_pattern is not the standard word pattern; "
                "a model file may not carry its own regular expression",
            )
        if spec["analyzer"] not in ANALYZERS:
            raise ModelError(path, f"unsupported analyzer in model ({name!r})")
        vocab = {str(term): i for i, term in enumerate(spec["vocabulary"])}
        idf = decode_array(spec["idf"], path, "idf")
        if idf.shape != (len(vocab),):
            raise ModelError(path, f"idf of {name} has {idf.shape} entries for {len(vocab)} terms")
        out.append(
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
    return out, offset


def trimmed_spans(text: str, cuts: Sequence[int]) -> list[tuple[int, int]]:
    """The non-blank pieces between consecutive cut points, white space trimmed off both ends."""
    out = []
    for a, b in itertools.pairwise(cuts):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def evidence_by_label(
    document: Document,
    spans: Sequence[tuple[int, int]],
    proba: np.ndarray,
    labels: Sequence[str],
    cuts: Sequence[float],
    limit: int | None = None,
) -> dict[str, list[Evidence]]:
    """Per label, the spans whose probability reaches that label's cut, best first (ties in
    reading order), at most ``limit`` of them, as classifier Evidence scored with the
    probability."""
    out: dict[str, list[Evidence]] = {}
    for j, label in enumerate(labels):
        rows = np.nonzero(proba[:, j] >= cuts[j])[0].tolist()
        if len(rows) == 0:
            continue
        # the engine quotes the best few; building Evidence for every hit can be wasted work
        ordered = sorted(rows, key=lambda i: (-proba[i, j], spans[i][0]))[:limit]
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


__all__ = [
    "ALLOWED_TOKEN_PATTERNS",
    "calibration",
    "evidence_by_label",
    "model_fields",
    "sigmoid",
    "trimmed_spans",
    "vectorisers_from_specs",
]
