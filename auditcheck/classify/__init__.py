"""Learned evidence detection: a passage classifier that adds evidence criteria may opt into.

Importing this package is cheap: it loads numpy and the stored model, never scikit-learn.
Training and evaluation (``training``, ``evaluation``, ``pipeline``) import scikit-learn
themselves when called. The shipped model lives in ``auditcheck/models_data`` and is rebuilt
deterministically from ``corpus/`` with ``auditcheck model train``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import EvidenceClassifier

#: The model shipped inside the package.
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models_data" / "evidence-model.json"

#: Labels the classifier predicts; criteria list the ones they accept in ``classifier_labels``.
LABELS = (
    "worker_interviews",
    "interview_confidential",
    "interview_not_confidential",
    "recruitment_examined",
    "auditor_named",
    "subcontracting",
    "commissioner_payer",
    "accreditation_certificate",
    "standard_loose",
    "absence_claim",
    "limitation_admitted",
    "remote_desk_method",
    "state_programme",
    "remediation",
)


def load_classifier(path: str | Path | None = None, threshold: float | None = None) -> "EvidenceClassifier":
    """Load a saved model (the shipped one by default) without pickle.

    Raises:
        ModelError: the file is missing, not a model, of another format version, or tampered with.
    """
    from .model import EvidenceClassifier
    from .store import load_model_dict

    source = Path(path) if path is not None else DEFAULT_MODEL
    return EvidenceClassifier(load_model_dict(source), path=source, threshold=threshold)


__all__ = ["DEFAULT_MODEL", "LABELS", "load_classifier"]
