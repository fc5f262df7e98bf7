"""auditcheck: how far can a published social audit be relied on as evidence about forced labour?"""

from .version import __version__

from .api import evaluate  # noqa: E402
from .case import evaluate_case  # noqa: E402
from .document import Document, document_from_text, load_document  # noqa: E402
from .errors import AuditcheckError, DocumentError, ModelError, PackError  # noqa: E402
from .models import Report, Status, Verdict  # noqa: E402
from .packs import discover_packs, load_pack, load_packs  # noqa: E402

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
