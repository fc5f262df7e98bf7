"""The scikit-learn pipeline behind the evidence model (imported only to train or evaluate).

Word uni- and bigrams catch the vocabulary of a method ("interviewed", "desk review"); padded
character n-grams inside words catch inflections and compounds the corpus never spelt out
("spoken", "off-site", "sub-contracted"). Each label gets its own balanced logistic
regression, since a passage can carry several kinds of evidence at once.
"""

from __future__ import annotations

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

#: Settings the numpy inference in features.py must mirror; store.py writes them into the model.
WORD = {
    "analyzer": "word",
    "ngram_range": (1, 2),
    "lowercase": True,
    "sublinear_tf": True,
    "token_pattern": r"(?u)\b\w\w+\b",
    "min_df": 2,
}
CHAR = {
    "analyzer": "char_wb",
    "ngram_range": (3, 5),
    "lowercase": True,
    "sublinear_tf": True,
    "token_pattern": r"(?u)\b\w\w+\b",
    "min_df": 2,
    "max_features": 20000,
}
#: Inverse regularisation strength; chosen by cross-validation on the corpus (docs/model.md).
C = 4.0


def build_pipeline() -> Pipeline:
    """An unfitted, deterministic pipeline (lbfgs has no random component)."""
    return Pipeline(
        [
            (
                "features",
                FeatureUnion(
                    [
                        ("word", TfidfVectorizer(**WORD)),
                        ("char", TfidfVectorizer(**CHAR)),
                    ]
                ),
            ),
            (
                "clf",
                OneVsRestClassifier(
                    LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
                ),
            ),
        ]
    )
