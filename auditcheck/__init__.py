"""auditcheck: how far can a published social audit be relied on as evidence about forced labour?"""

from typing import TYPE_CHECKING, Any

from .startup import long_lived_without_collection

# the package's modules and schemas live as long as the process: no collector passes over them
with long_lived_without_collection():
    from .api import evaluate
    from .document import Document, document_from_text, load_document
    from .errors import AuditcheckError, DocumentError, ModelError, PackError
    from .models import Report, Status, Verdict
    from .packs import discover_packs, load_pack, load_packs
    from .version import __version__

if TYPE_CHECKING:
    from .case import evaluate_case

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


def __getattr__(name: str) -> Any:
    # case files are imported on first use: scoring one document does not need them, and the
    # command line starts faster without them
    if name == "evaluate_case":
        from .case import evaluate_case

        return evaluate_case
    raise AttributeError(f"module 'auditcheck' has no attribute {name!r}")
