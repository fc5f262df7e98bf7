"""Which files a batch scores: named files, folders searched recursively, and glob patterns.

Folders contribute only files with a suffix the readers know (``READABLE_SUFFIXES``, the
readers' own list), never hidden files, and never a project's housekeeping files (README,
LICENSE, CHANGELOG and the like), which sit next to reports in every shared folder; a file
named explicitly is always tried, whatever its name.

File names that are not valid UTF-8 (common in archives made on Windows) arrive as ``str``
with surrogate escapes; they are kept as they are for opening the file, and shown and
recorded through ``safe_path`` with their raw bytes alongside.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..document.loader import READABLE_SUFFIXES

_GLOB_CHARS = re.compile(r"[*?\[]")
#: Name stems (upper case) that are housekeeping, not documents, inside a folder.
HOUSEKEEPING = frozenset(
    {
        "README",
        "LICENSE",
        "LICENCE",
        "COPYING",
        "NOTICE",
        "CHANGELOG",
        "CHANGES",
        "HISTORY",
        "NEWS",
        "CONTRIBUTING",
        "CODE_OF_CONDUCT",
        "AUTHORS",
        "SECURITY",
        "CITATION",
        "TODO",
    }
)


@dataclass(frozen=True)
class InputProblem:
    """An input that matched nothing (a missing file or an empty glob)."""

    path: str
    error: str
    kind: str = "input"


def is_housekeeping(name: str) -> bool:
    """True for README.md, LICENSE, CHANGELOG.txt and the like (any case)."""
    stem = name.split(".", 1)[0].upper().replace("-", "_")
    return stem in HOUSEKEEPING


def raw_bytes_hex(path: str) -> str | None:
    """The file name's raw bytes in hex when it is not valid UTF-8, else None."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).hex()
    return None


def expand_inputs(
    inputs: Iterable[str | Path], exclude: Iterable[str | Path] = ()
) -> tuple[list[str], list[InputProblem]]:
    """Files named, found under folders (recursively) or matched by globs, in a stable order.

    Returns the file paths and a problem for every input that matched nothing. Hidden files
    and folders and housekeeping files are skipped inside folders, as are ``exclude`` paths
    (the batch's own outputs, so a second run does not score its own HTML pages).
    """
    excluded = {Path(p).resolve() for p in exclude}
    files: list[str] = []
    seen: set[Path] = set()
    problems: list[InputProblem] = []

    def add(p: Path) -> None:
        resolved = p.resolve()
        if (
            resolved in seen
            or resolved in excluded
            or any(parent in excluded for parent in resolved.parents)
        ):
            return
        seen.add(resolved)
        files.append(str(p))

    for raw in inputs:
        item = Path(raw)
        if item.is_dir():
            for found in sorted(walk_folder(item)):
                add(found)
        elif item.exists():
            add(item)
        elif _GLOB_CHARS.search(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            hits = [Path(m) for m in matches if Path(m).is_file()]
            for m in matches:
                if Path(m).is_dir():
                    hits.extend(sorted(walk_folder(Path(m))))
            if not hits:
                problems.append(InputProblem(str(raw), "no files match this pattern"))
            for hit in hits:
                add(hit)
        else:
            problems.append(InputProblem(str(raw), "no such file or folder"))
    return files, problems


def walk_folder(folder: Path) -> Iterator[Path]:
    """Readable, visible, non-housekeeping files under a folder (any depth)."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or is_housekeeping(name):
                continue
            if Path(name).suffix.lower() in READABLE_SUFFIXES:
                yield Path(root) / name
