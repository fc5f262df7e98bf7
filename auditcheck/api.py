"""The public Python API: from a file or a Document to an explained Report.

A thin layer: it loads what it is given and hands it to the engine's one flow
(``auditcheck.engine.flow.build_evaluation``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .document import Document, load_document
from .engine.flow import Options, build_evaluation
from .models import Report
from .packs.loader import Pack, load_packs


def evaluate(
    source: str | Path | Document,
    *,
    pack: str | None = None,
    criteria_dir: str | Path | None = None,
    packs: dict[str, Pack] | None = None,
    classifier: Any = None,
    overlays: bool = True,
    role: str | None = None,
) -> Report:
    """Evaluate one document and return its Report.

    Args:
        source: a path, or a Document already loaded (see ``load_document``).
        pack: a pack id to use instead of choosing one from the document.
        criteria_dir: a folder of packs that add to or replace the built-in ones.
        packs: already-loaded packs (batch use), instead of loading them again.
        classifier: an optional passage classifier (``auditcheck.classify``).
        overlays: add packs that apply on top (state-imposed for high-risk places).
        role: the document's role when known (case files), instead of guessing it.

    Raises:
        DocumentError: the document cannot be read.
        PackError: the criteria cannot be loaded or the pack does not exist.
    """
    document = source if isinstance(source, Document) else load_document(source)
    packs = packs if packs is not None else load_packs(criteria_dir)
    options = Options(pack=pack, overlays=overlays, role=role, classifier=classifier)
    return build_evaluation(document, packs, options)


__all__ = ["evaluate"]
