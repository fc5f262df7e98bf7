"""Load the dated reference data (``criteria/reference/*.yaml``) into what the context layer reads.

Each file is read with the packs' safe YAML reader, validated against its model in
reference_schema.py (its ``kind`` picks the model; unknown keys and wrong types are errors at
``file:line``), and its source URLs are checked against the publisher table like a pack's. The
result, :class:`ReferenceData`, holds the places, listed entities and sector-by-workforce rules
with their name patterns ready (compiled on first use); ``auditcheck.context`` only reads it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..errors import PackError, PackErrors
from ..models import Risk
from ..text.sre_cache import compile_cached
from . import reference_store
from .loader import builtin_criteria_root
from .publishers import PUBLISHERS_FILE, builtin_publisher_table, url_problem
from .schema import Reference
from .yaml_source import YamlSource, line_for, pack_errors_from_validation, read_yaml_with_nodes

if TYPE_CHECKING:
    from .reference_schema import EntityListFile, PlacesFile, SectorRulesFile


@lru_cache(maxsize=1)
def _reference_file_adapter() -> TypeAdapter[Any]:
    """The validator of every reference file kind, built on first use: it costs a tenth of a
    second, which importing the context layer (every CLI start) should not pay."""
    from .reference_schema import ReferenceFile

    return TypeAdapter(ReferenceFile)


class LazyPattern:
    """A compiled ``re`` pattern made on first use.

    The gazetteer holds some 350 name patterns and a document names a handful of places, so
    compiling them all when the reference data loads was a third of a cold start.
    """

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compile_cached(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args)

    def finditer(self, text: str, *args: int) -> Any:
        return self.compiled.finditer(text, *args)


@dataclass(frozen=True)
class Place:
    """One name (with its aliases) the context layer looks for: a place or a listed entity."""

    name: str
    kind: str
    region_id: str
    region_name: str
    risk: Risk
    reason: str
    pattern: LazyPattern
    #: When set, the place counts only if the document also names one of the region's sectors.
    sectors: LazyPattern | None = None
    #: First word of each lower-cased name and alias: where a match can start, found with str.find.
    literals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Terms:
    """A list of terms as one whole-word pattern, with the lower-cased first word of each term:
    where a match can start, so a text is scanned with ``str.find`` before any regex runs."""

    pattern: LazyPattern
    literals: tuple[str, ...]

    @classmethod
    def of(cls, terms: list[str]) -> Terms:
        return cls(alias_pattern(terms), first_words(terms))


@dataclass(frozen=True)
class SectorRule:
    """A sector-by-workforce rule, ready to scan: see reference_schema.SectorWorkforceRule."""

    id: str
    title: str
    risk: Risk
    reason: str
    scope: str
    sectors: Terms
    workforce: Terms
    recruitment: Terms | None
    places: Terms | None
    #: "Publisher, title (year)" of each source, for the report's explanation.
    cited: tuple[str, ...]


@dataclass(frozen=True)
class ReferenceData:
    places: tuple[Place, ...]
    #: The latest reference_date of the files the context layer reads.
    reference_date: str
    #: "file.yaml (date)" for each file the context layer reads.
    sources: tuple[str, ...]
    entities: tuple[Place, ...] = ()
    sector_rules: tuple[SectorRule, ...] = ()


def _completeness(model: Any) -> str:
    """How much of an enforcement list a snapshot holds, so that no reader takes a name's absence
    for proof that an entity is unlisted."""
    from .reference_schema import EntityListFile

    if not isinstance(model, EntityListFile):
        return ""
    held = f"; {len(model.entities)} of {model.total_listed_at_snapshot} names"
    return held + (f", complete to {model.complete_as_of}" if model.complete_as_of else "")


def alias_pattern(aliases: list[str]) -> LazyPattern:
    """One case-insensitive pattern for a list of names, each matched as a whole word."""
    parts = []
    for alias in sorted(set(aliases), key=lambda a: (-len(a), a)):
        escaped = re.escape(alias).replace(r"\ ", r"[\s-]+")
        if re.search(r"[\u4e00-\u9fff]", alias):
            parts.append(escaped)
        elif alias.isupper() and len(alias) <= 5:
            parts.append(rf"(?-i:\b{escaped}\b)")
        else:
            # NOTE: lookarounds, not \b, so aliases ending in ')' or '.' still match.
            parts.append(rf"(?<!\w){escaped}(?!\w)")
    return LazyPattern("|".join(parts), re.IGNORECASE)


def first_words(names: list[str]) -> tuple[str, ...]:
    return tuple(sorted({re.split(r"[\s-]+", n.lower(), maxsplit=1)[0] for n in names}))


def _references_in(
    model: BaseModel, loc: tuple[Any, ...] = ()
) -> list[tuple[tuple[Any, ...], Reference]]:
    """(location, reference) for every Reference anywhere in a validated file."""
    if isinstance(model, Reference):
        return [(loc, model)]
    out: list[tuple[tuple[Any, ...], Reference]] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        items: list[tuple[Any, Any]] = []
        if isinstance(value, BaseModel):
            items = [(name, value)]
        elif isinstance(value, list):
            items = [((name, i), v) for i, v in enumerate(value)]
        elif isinstance(value, dict):
            items = [((name, k), v) for k, v in value.items()]
        for key, item in items:
            if isinstance(item, BaseModel):
                here = (*loc, *key) if isinstance(key, tuple) else (*loc, key)
                out.extend(_references_in(item, here))
    return out


def _url_errors(path: Path, source: YamlSource, model: BaseModel) -> list[PackError]:
    table = builtin_publisher_table()
    out = []
    for loc, ref in _references_in(model):
        problem = url_problem(table, ref.publisher, ref.url)
        if problem:
            key = ".".join(str(p) for p in (*loc, "url"))
            out.append(PackError(path, problem, line=line_for(source, (*loc, "url")), key=key))
    return out


def load_reference_file(path: Path, *, check_urls: bool = True) -> Any:
    """Read and validate one reference file; PackErrors with ``file:line`` for each problem."""
    data, source = read_yaml_with_nodes(path)
    if not isinstance(data, dict):
        raise PackError(path, "a reference file must be a YAML mapping", line=1)
    from .reference_schema import REFERENCE_KINDS

    if data.get("kind") not in REFERENCE_KINDS:
        raise PackError(
            path,
            f"'kind' must be one of: {', '.join(REFERENCE_KINDS)}",
            line=line_for(source, ("kind",)),
            key="kind",
        )
    try:
        model = _reference_file_adapter().validate_python(data)
    except ValidationError as exc:
        raise PackErrors(
            pack_errors_from_validation(path, source, exc, leading_tags=REFERENCE_KINDS)
        ) from None
    if check_urls and path.name != PUBLISHERS_FILE:  # the table cannot vouch for itself
        problems = _url_errors(path, source, model)
        if problems:
            raise PackErrors(problems)
    return model


def _cited(ref: Reference) -> str:
    year = f" ({ref.year[:4]})" if ref.year else ""
    return f"{ref.publisher}, {ref.title}{year}"


def _places(model: PlacesFile) -> list[Place]:
    out = []
    for region in model.regions:
        sectors = alias_pattern(region.sectors) if region.sectors else None
        for place in region.places:
            aliases = [place.name, *place.aliases]
            out.append(
                Place(
                    name=place.name,
                    kind=place.kind,
                    region_id=region.id,
                    region_name=region.name,
                    risk=region.risk,
                    reason=" ".join(region.reason.split()),
                    pattern=alias_pattern(aliases),
                    sectors=sectors,
                    literals=first_words(aliases),
                )
            )
    return out


def _entities(model: EntityListFile) -> list[Place]:
    out = []
    for entity in model.entities:
        names = [entity.name, *entity.aliases]
        out.append(
            Place(
                name=entity.name,
                kind="listed_entity",
                region_id=f"entity:{entity.name}",
                region_name=entity.note or "listed entity",
                risk="high",
                reason="",
                pattern=alias_pattern(names),
                literals=first_words(names),
            )
        )
    return out


def _sector_rules(model: SectorRulesFile) -> list[SectorRule]:
    return [
        SectorRule(
            id=rule.id,
            title=rule.title,
            risk=rule.risk,
            reason=" ".join(rule.reason.split()),
            scope=rule.scope,
            sectors=Terms.of(rule.sectors),
            workforce=Terms.of(rule.workforce),
            recruitment=Terms.of(rule.recruitment) if rule.recruitment else None,
            places=Terms.of(rule.places) if rule.places else None,
            cited=tuple(_cited(ref) for ref in rule.sources),
        )
        for rule in model.rules
    ]


#: The kinds the context layer reads; the others are documentation tables.
CONTEXT_KINDS = ("places", "entity_list", "sector_rules")
_KIND_LINE = re.compile(r"^kind:\s*([a-z_]+)\s*$", re.MULTILINE)


def _documentation_only(path: Path) -> bool:
    """True when a file's top-level ``kind`` line names a kind the context layer never reads."""
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return False  # let the full load report it
    found = _KIND_LINE.search(head)
    return found is not None and found.group(1) not in CONTEXT_KINDS


def load_reference(root: str | Path | None = None, *, trusted: bool = False) -> ReferenceData:
    """Validate every reference file in a folder (default: the bundled criteria/reference/).

    Every problem in every file is reported together (PackErrors). Places, entity lists and
    sector rules go into the result. ``trusted`` is for the bundled data, which CI validates in
    full (``auditcheck criteria validate``, tests/test_reference*.py): it skips the
    documentation-only files and the URL checks, a third of the load time.
    """
    from .reference_schema import EntityListFile, PlacesFile, SectorRulesFile

    folder = Path(root) if root is not None else builtin_criteria_root() / "reference"
    if not folder.is_dir():
        raise PackError(folder, "reference data folder not found")
    places: list[Place] = []
    entities: list[Place] = []
    rules: list[SectorRule] = []
    sources: list[str] = []
    dates: list[str] = []
    errors: list[PackError] = []
    for path in sorted(folder.glob("*.yaml")):
        if trusted and _documentation_only(path):
            continue
        try:
            model = load_reference_file(path, check_urls=not trusted)
        except PackErrors as exc:
            errors.extend(exc.errors)
            continue
        except PackError as exc:
            errors.append(exc)
            continue
        if isinstance(model, PlacesFile):
            places.extend(_places(model))
        elif isinstance(model, EntityListFile):
            entities.extend(_entities(model))
        elif isinstance(model, SectorRulesFile):
            rules.extend(_sector_rules(model))
        else:
            continue  # documentation tables: validated, not read by the context layer
        dates.append(model.reference_date)
        sources.append(f"{path.name} ({model.reference_date}{_completeness(model)})")
    if errors:
        raise PackErrors(errors)
    return ReferenceData(
        places=tuple(places),
        reference_date=max(dates) if dates else "unknown",
        sources=tuple(sources),
        entities=tuple(entities),
        sector_rules=tuple(rules),
    )


@lru_cache(maxsize=1)
def _builtin(root: str, stamp: tuple[tuple[str, float], ...]) -> ReferenceData:
    digest = hashlib.sha256()
    for path in sorted(Path(root).glob("*.yaml")):
        try:
            digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            return load_reference(root, trusted=True)  # let the full load report it
    key = digest.hexdigest()
    stored = reference_store.get(key)
    if stored is not None:
        return stored
    data = load_reference(root, trusted=True)
    reference_store.put(key, data)
    return data


def builtin_reference() -> ReferenceData:
    """The bundled reference data, loaded once per process and again if a file changes."""
    folder = builtin_criteria_root() / "reference"
    stamp = tuple(sorted((p.name, p.stat().st_mtime) for p in folder.glob("*.yaml")))
    return _builtin(str(folder), stamp)
