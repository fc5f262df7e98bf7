"""Gather a case: the documents of one folder (or a list of files), each with a role, a date and
an author.

A case is judged from everything published about one audit, so a file that cannot be read
must not sink the rest: it is named in the errors and the other documents go on. The user may
set each file's role, date and author in an optional ``case.yaml`` beside the files; without
it the role comes from ``auditcheck.roles.classify_role`` (with the cues that made it) and the
date from the first date written near the top of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..document import Document, load_document
from ..errors import AuditcheckError, DocumentError, PackError
from ..models import Evidence
from ..packs.yaml_source import pack_errors_from_validation, read_yaml_with_nodes
from ..roles import classify_role
from ..text.evidence import evidence_from_span

MANIFEST = "case.yaml"
Role = Literal["audit_report", "company_statement", "auditor_statement", "third_party"]


class CaseFileError(AuditcheckError):
    """A case.yaml is malformed, or a case has nothing readable in it."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {message}")


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileEntry(_In):
    """What the user knows about one file of the case."""

    role: Role | None = Field(default=None, description="Overrides the role guessed from the text.")
    date: dt.date | None = Field(
        default=None, description="When the document was published or the statement made."
    )
    author: str | None = Field(default=None, description="Who wrote or said it.")


class Manifest(_In):
    """The optional case.yaml of a case folder."""

    title: str | None = None
    documents: dict[str, FileEntry] = Field(
        default_factory=dict, description="Keyed by file name inside the folder."
    )

    @field_validator("documents")
    @classmethod
    def _plain_names(cls, value: dict[str, FileEntry]) -> dict[str, FileEntry]:
        for name in value:
            if "/" in name or "\\" in name or name in (".", ".."):
                raise ValueError(
                    f"{name!r}: give the file name only; a case is the files of one folder"
                )
        return value


@dataclass
class CaseDocument:
    """One readable document of a case, with what is known about who said it and when."""

    document: Document
    role: str
    role_source: str  # "case.yaml" or "text"
    role_reason: str
    role_evidence: list[Evidence]
    #: False when the text gave no cue at all and "audit report" was assumed; such a guess must not
    #: lend a document the weight of the auditor's own words.
    role_confident: bool
    programme_level: bool
    date: dt.date | None
    date_source: str | None  # "case.yaml", "text" or None
    author: str | None
    order: int

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def name(self) -> str:
        return Path(self.document.path).name


@dataclass
class LoadedCase:
    """The documents that could be read, in time order, and one message per file that could not."""

    documents: list[CaseDocument]
    errors: list[str] = field(default_factory=list)
    title: str | None = None


def load_manifest(path: Path) -> Manifest:
    """Read and validate a case.yaml; unknown keys and bad values name the file and line.

    Raises:
        CaseFileError: the file is not valid YAML or does not fit the schema.
    """
    try:
        data, node = read_yaml_with_nodes(path)
    except PackError as exc:
        raise CaseFileError(path, exc.message, line=exc.line) from None
    if data is None:
        return Manifest()
    if not isinstance(data, dict):
        raise CaseFileError(
            path, "case.yaml must be a mapping with 'title' and 'documents'", line=1
        )
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        first = pack_errors_from_validation(path, node, exc)[0]
        raise CaseFileError(path, f"{first.key}: {first.message}", line=first.line) from None


def _manifest_line(path: Path, name: str) -> int | None:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip().strip("'\"").startswith(name):
            return i
    return None


def _expand(paths: list[Path]) -> tuple[list[Path], dict[Path, Path]]:
    """Files of the case in a stable order, and the case.yaml that governs each folder."""
    files: list[Path] = []
    manifests: dict[Path, Path] = {}
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            if (p / MANIFEST).is_file():
                manifests[p.resolve()] = p / MANIFEST
            for child in sorted(p.iterdir()):
                # notes about the folder (README) are the collector's words, not a document of the
                # case
                if (
                    child.name.startswith(".")
                    or child.name == MANIFEST
                    or child.is_dir()
                    or child.stem.upper() == "README"
                ):
                    continue
                files.append(child)
        elif p.name == MANIFEST:
            manifests[p.parent.resolve()] = p
        else:
            files.append(p)
            if (p.parent / MANIFEST).is_file():
                manifests.setdefault(p.parent.resolve(), p.parent / MANIFEST)
    unique = []
    for f in files:
        if f.resolve() not in seen:  # a file named both alone and through its folder is read once
            seen.add(f.resolve())
            unique.append(f)
    return unique, manifests


def load_case(paths: list[Path] | list[str] | Path | str) -> LoadedCase:
    """Load every file of a case; unreadable files become error lines, not exceptions.

    Args:
        paths: a folder, several folders, or individual files (a case.yaml beside them is read).

    Raises:
        CaseFileError: a case.yaml is malformed or names a file that is not there, or no
            document of the case could be read.
    """
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    files, manifest_paths = _expand([Path(p) for p in paths])
    manifests = {folder: load_manifest(mp) for folder, mp in manifest_paths.items()}
    for folder, manifest in manifests.items():
        for name in manifest.documents:
            if not (folder / name).is_file():
                mp = manifest_paths[folder]
                raise CaseFileError(
                    mp,
                    f"documents: {name!r} is not a file in {folder.name}/",
                    line=_manifest_line(mp, name),
                )
    documents: list[CaseDocument] = []
    errors: list[str] = []
    for order, path in enumerate(files):
        try:
            document = load_document(path)
        except DocumentError as exc:
            errors.append(exc.one_line())
            continue
        entry = manifests.get(path.parent.resolve(), Manifest()).documents.get(
            path.name, FileEntry()
        )
        documents.append(_case_document(document, entry, order))
    if not documents:
        where = ", ".join(str(p) for p in paths)
        raise CaseFileError(
            where,
            "no readable document in the case" + (f" ({'; '.join(errors)})" if errors else ""),
        )
    documents.sort(key=chronological)
    titles = [m.title for m in manifests.values() if m.title]
    return LoadedCase(documents, errors, titles[0] if titles else None)


def chronological(doc: CaseDocument) -> tuple:
    """Dated documents in date order, then undated ones; file order breaks ties."""
    return (doc.date or dt.date.max, doc.order)


def _case_document(document: Document, entry: FileEntry, order: int) -> CaseDocument:
    guess = classify_role(document)
    evidence = [
        evidence_from_span(document, s, e, source="pattern", role=f"role:{guess.role}")
        for s, e in guess.spans[:4]
    ]
    role: str
    if entry.role:
        role, source, reason = (
            entry.role,
            "case.yaml",
            f"set in case.yaml (the text reads as {guess.reason})",
        )
        programme, confident = guess.programme_level and entry.role == "company_statement", True
    else:
        role, source, reason, programme = guess.role, "text", guess.reason, guess.programme_level
        confident = guess.scores.get(guess.role, 0) > 0
    date, date_source = (entry.date, "case.yaml") if entry.date else (detect_date(document), "text")
    return CaseDocument(
        document=document,
        role=role,
        role_source=source,
        role_reason=reason,
        role_evidence=evidence,
        role_confident=confident,
        programme_level=programme,
        date=date,
        date_source=date_source if date else None,
        author=entry.author,
        order=order,
    )


_MONTHS = {
    m: i
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        1,
    )
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATES = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\.?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
    ),
    re.compile(rf"\b{_MONTH}\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
]
#: How far into a document a date may stand and still be read as its own date (a dateline or
#: header).
DATE_WINDOW = 400


def detect_date(document: Document) -> dt.date | None:
    """The earliest-placed full date in the document's opening, read as its publication date."""
    head = document.text[:DATE_WINDOW]
    found: list[tuple[int, dt.date]] = []
    for rx in _DATES:
        for m in rx.finditer(head):
            month = int(m.group("m")) if "m" in rx.groupindex else _month(m.group("mon"))
            try:
                found.append((m.start(), dt.date(int(m.group("y")), month, int(m.group("d")))))
            except ValueError:
                continue
    return min(found)[1] if found else None


def _month(name: str) -> int:
    name = name.lower()
    return next(i for full, i in _MONTHS.items() if full.startswith(name[:3]))
