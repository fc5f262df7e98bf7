"""Case files: judge an audit from all the documents published about it, and catch the claims
that change.

``evaluate_case`` takes a folder (or several files) holding an audit report, company and
auditor statements, later interviews or news items; it classifies each document's role (or
takes it from ``case.yaml``), runs the single-document evaluator on each, merges facts with
their sources, finds contradictions between documents, and returns one ``Report`` whose
``case`` block carries the documents, facts, contradictions and a timeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models import Report
from ..packs.loader import Pack
from .loader import CaseDocument, CaseFileError, LoadedCase, Manifest, load_case, load_manifest
from .verdict import judge_case

__all__ = [
    "CaseDocument",
    "CaseFileError",
    "LoadedCase",
    "Manifest",
    "evaluate_case",
    "load_case",
    "load_manifest",
]


def evaluate_case(
    paths: list[Path] | list[str] | Path | str,
    *,
    pack: str | None = None,
    criteria_dir: str | Path | None = None,
    packs: dict[str, Pack] | None = None,
    classifier: Any = None,
) -> Report:
    """Judge the documents of one case together and return one Report with a ``case`` block.

    Files that cannot be read are named in ``Report.errors`` and the rest are judged.

    Raises:
        CaseFileError: case.yaml is malformed, or no document of the case could be read.
        PackError: the criteria cannot be loaded or the pack does not exist.
    """
    return judge_case(
        load_case(paths), pack=pack, criteria_dir=criteria_dir, packs=packs, classifier=classifier
    )
