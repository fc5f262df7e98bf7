"""auditcheck: how far can a published social audit be relied on as evidence about forced labour?"""

from .api import evaluate
from .case import evaluate_case
from .document import Document, document_from_text, load_document
from .errors import AuditcheckError, DocumentError, ModelError, PackError
from .models import Report, Status, Verdict
from .packs import discover_packs, load_pack, load_packs
from .version import __version__

__all__ = [
    "AuditcheckError",
    "Document",
    "DocumentError",
    "ModelError",
    "PackError",
    "Report",
    "Status",
    "Verdict",
    "__version__",
    "discover_packs",
    "document_from_text",
    "evaluate",
    "evaluate_case",
    "load_document",
    "load_pack",
    "load_packs",
]
