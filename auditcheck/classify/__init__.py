"""Learned evidence detection: a passage classifier that adds evidence criteria may opt into.

Two models ship in ``auditcheck/models_data``:

- the passage model (``evidence-model.json``): method evidence in audit reports (interviews,
  auditors, accreditation ...), trained on ``corpus/`` with ``auditcheck model train``;
- the statement model (``statement-model.json``): the mandatory criteria of the UK and
  Australian Modern Slavery Acts, sentence by sentence, trained on expert-labelled real
  statements (the AIMS gold sets) with ``auditcheck statement-criteria --train``.

``load_classifier()`` returns both behind one ``evidence_for`` (what ``api.evaluate`` calls);
each is read only when first needed. Importing this package is cheap: numpy and the stored
models at scoring time, never scikit-learn (training and evaluation import it when called).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..document.model import Document
    from ..models import Evidence
    from .model import EvidenceClassifier
    from .statement_model import StatementModel

#: The models shipped inside the package.
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models_data" / "evidence-model.json"
DEFAULT_STATEMENT_MODEL = (
    Path(__file__).resolve().parent.parent / "models_data" / "statement-model.json"
)

#: Labels of the statement model: the nine mandatory criteria measured on the gold sets
#: (names as in the gold CSV); company-statement criteria list them in ``classifier_labels``.
STATEMENT_LABELS = (
    "approval",
    "signature",
    "c2_structure",
    "c2_operations",
    "c2_supply_chains",
    "c3_risk_description",
    "c4_risk_mitigation",
    "c4_remediation",
    "c5_effectiveness",
)

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


#: Passage-classifier evidence kept per label when both models run (best first; the engine
#: quotes at most three per criterion, as for the statement model's ten).
PASSAGE_KEPT = 10


class CombinedClassifier:
    """The passage and statement models behind one ``evidence_for``; each loads on first use.

    Their labels do not overlap, so their evidence is merged label by label. The pack's
    threshold applies to both; the statement model also keeps its own per-label thresholds
    (chosen by grouped cross-validation) as a floor.
    """

    def __init__(
        self, passage_path: Path | None = None, statement_path: Path | None = None
    ) -> None:
        self._passage_path = passage_path or DEFAULT_MODEL
        self._statement_path = statement_path or DEFAULT_STATEMENT_MODEL
        self._passage: EvidenceClassifier | None = None
        self._statement: StatementModel | None = None
        # a missing model file is an error now, at load time, not in the middle of a batch
        for source in (self._passage_path, self._statement_path):
            if not source.is_file():
                from ..errors import ModelError

                raise ModelError(source, "model file not found")

    @property
    def passage(self) -> EvidenceClassifier:
        if self._passage is None:
            from .model import EvidenceClassifier
            from .store import load_model_dict

            self._passage = EvidenceClassifier(
                load_model_dict(self._passage_path), path=self._passage_path
            )
        return self._passage

    @property
    def statement(self) -> StatementModel:
        if self._statement is None:
            from .statement_model import load_statement_model

            self._statement = load_statement_model(self._statement_path)
        return self._statement

    def __getattr__(self, name: str) -> Any:
        # predict_proba, labels, threshold ... of the passage model, as load_classifier() gave
        # before
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.passage, name)

    def evidence_for(
        self, document: Document, threshold: float | None = None
    ) -> dict[str, list[Evidence]]:
        # the engine quotes a criterion's best three hits: building Evidence for every one of a
        # long statement's passage hits (dozens per label) was wasted work
        out = dict(self.passage.evidence_for(document, threshold=threshold, limit=PASSAGE_KEPT))
        out.update(self.statement.evidence_for(document, threshold=threshold))
        return out


def load_classifier(
    path: str | Path | None = None, threshold: float | None = None
) -> EvidenceClassifier | StatementModel | CombinedClassifier:
    """Load the shipped models (both, each on first use) or one saved model file, without pickle.

    A file made by ``auditcheck model train`` gives the passage model, one made by
    ``auditcheck statement-criteria --train`` the statement model (told apart by its header).

    Raises:
        ModelError: the file is missing, not a model, of another format version, or tampered with.
    """
    from .model import EvidenceClassifier
    from .store import load_model_dict, read_header

    if path is None and threshold is None:
        return CombinedClassifier()
    source = Path(path) if path is not None else DEFAULT_MODEL
    from .statement_model import FORMAT as STATEMENT_FORMAT

    if read_header(source).get("format") == STATEMENT_FORMAT:
        from .statement_model import load_statement_model

        return load_statement_model(source)
    return EvidenceClassifier(load_model_dict(source), path=source, threshold=threshold)


__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_STATEMENT_MODEL",
    "LABELS",
    "STATEMENT_LABELS",
    "CombinedClassifier",
    "load_classifier",
]
