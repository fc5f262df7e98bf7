"""Load packs from folders: YAML to validated models, with errors that point at file:line."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..errors import PackError, PackErrors
from ..facts import FACT_TITLES
from .criterion import Criterion
from .publishers import builtin_publisher_table, url_problem
from .schema import PackMeta, Reference
from .yaml_source import YamlSource, line_for, pack_errors_from_validation, read_yaml_with_nodes

_CRITERION = TypeAdapter(Criterion)


@dataclass
class Pack:
    """A validated pack: its metadata and criteria in file-name order."""

    meta: PackMeta
    criteria: list[Any]
    path: str
    builtin: bool = False
    by_id: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.criteria}

    @property
    def id(self) -> str:
        return self.meta.id

    def group_of(self, criterion_id: str) -> str | None:
        for group, ids in self.meta.groups.items():
            if criterion_id in ids:
                return group
        return None


@lru_cache(maxsize=1)
def builtin_criteria_root() -> Path:
    """The packaged criteria folder (wheel) or the repository's criteria/ (source checkout)."""
    packaged = resources.files("auditcheck").joinpath("_criteria")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "criteria"


def reference_errors(
    path: Path, node: YamlSource | None, references: list[Reference]
) -> list[PackError]:
    """A URL that is not its publisher's own (or an official register's) is an error at its line."""
    table = builtin_publisher_table()
    out = []
    for index, ref in enumerate(references):
        problem = url_problem(table, ref.publisher, ref.url)
        if problem:
            loc = ("references", index, "url")
            out.append(
                PackError(path, problem, line=line_for(node, loc), key=f"references.{index}.url")
            )
    return out


#: Fact names the facts layer defines; any other name in YAML is a load error.
KNOWN_FACTS: frozenset[str] = frozenset(FACT_TITLES)


def unknown_fact_message(name: str) -> str:
    """Why a fact name is refused, with the nearest known name when one is close."""
    close = difflib.get_close_matches(name, sorted(KNOWN_FACTS), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else " (see facts.FACT_TITLES)"
    return f"unknown fact {name!r}{hint}"


def _fact_lists(
    model: BaseModel, loc: tuple[Any, ...] = ()
) -> list[tuple[tuple[Any, ...], list[str]]]:
    """(location, names) for every list of fact names in a model: ``facts`` and ``*_facts`` keys.

    Walks nested models and mappings of models (pack gates), so a field added later under one
    of these names is checked without touching this code. Predicate params check their own
    fact names in their models.
    """
    out: list[tuple[tuple[Any, ...], list[str]]] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        here = (*loc, name)
        if (name == "facts" or name.endswith("_facts")) and isinstance(value, list):
            out.append((here, value))
        elif isinstance(value, BaseModel) and name != "params":
            out.extend(_fact_lists(value, here))
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, BaseModel):
                    out.extend(_fact_lists(item, (*here, key)))
    return out


def fact_name_errors(path: Path, node: YamlSource | None, model: BaseModel) -> list[PackError]:
    """A fact name the facts layer does not define is an error at the line that names it."""
    out = []
    for loc, names in _fact_lists(model):
        for index, name in enumerate(names):
            if name not in KNOWN_FACTS:
                key = ".".join(str(p) for p in (*loc, index))
                out.append(
                    PackError(
                        path,
                        unknown_fact_message(name),
                        line=line_for(node, (*loc, index)),
                        key=key,
                    )
                )
    return out


def load_criterion(path: Path, *, builtin: bool = False) -> Any:
    data, node = read_yaml_with_nodes(path)
    if not isinstance(data, dict):
        raise PackError(path, "a criterion file must be a YAML mapping", line=1)
    try:
        criterion = _CRITERION.validate_python(data, context={"compiled_in_ci": builtin})
    except ValidationError as exc:
        raise PackErrors(pack_errors_from_validation(path, node, exc)) from None
    # a built-in criterion's URLs are checked against the publisher table in CI
    # (tests/test_references.py reads every URL under criteria/): checking them again on every
    # start cost half of loading the packs. Its fact names likewise (tests/test_packs.py checks
    # every built-in criterion): walking the models cost a sixth of loading the packs.
    if builtin:
        problems = []
    else:
        problems = reference_errors(path, node, criterion.references)
        problems += fact_name_errors(path, node, criterion)
    if problems:
        raise PackErrors(problems)
    if criterion.id != path.stem:
        raise PackError(
            path,
            f"id {criterion.id!r} does not match the file name",
            line=line_for(node, ("id",)),
            key="id",
        )
    return criterion


def load_pack(folder: str | Path, *, builtin: bool = False) -> Pack:
    """Load and cross-check one pack folder; raise PackErrors listing every problem found."""
    folder = Path(folder)
    meta_path = folder / "pack.yaml"
    if not meta_path.is_file():
        raise PackError(folder, "not a pack folder (no pack.yaml)")
    errors: list[PackError] = []
    data, node = read_yaml_with_nodes(meta_path)
    meta = None
    if not isinstance(data, dict):
        errors.append(PackError(meta_path, "pack.yaml must be a YAML mapping", line=1))
    else:
        try:
            meta = PackMeta.model_validate(data, context={"compiled_in_ci": builtin})
        except ValidationError as exc:
            errors.extend(pack_errors_from_validation(meta_path, node, exc))
        else:
            if not builtin:  # as for a criterion: CI checks the built-in URLs
                errors.extend(reference_errors(meta_path, node, meta.references))
            errors.extend(fact_name_errors(meta_path, node, meta))
    criteria = []
    seen: dict[str, Path] = {}
    broken: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "pack.yaml":
            continue
        try:
            criterion = load_criterion(path, builtin=builtin)
        except PackErrors as exc:
            errors.extend(exc.errors)
            broken.add(path.stem)
            continue
        except PackError as exc:
            errors.append(exc)
            broken.add(path.stem)
            continue
        if criterion.id in seen:
            errors.append(
                PackError(path, f"duplicate id (also in {seen[criterion.id].name})", key="id")
            )
            continue
        seen[criterion.id] = path
        criteria.append(criterion)
    if meta is not None:
        grouped: dict[str, str] = {}
        for group, ids in meta.groups.items():
            for cid in ids:
                if cid in grouped:
                    errors.append(
                        PackError(
                            meta_path,
                            f"{cid} is in groups {grouped[cid]!r} and {group!r}",
                            key=f"groups.{group}",
                        )
                    )
                grouped[cid] = group
                if (
                    cid not in seen
                    and cid not in broken
                    and not any(cid in c.aliases for c in criteria)
                ):
                    errors.append(
                        PackError(
                            meta_path,
                            f"{cid} is grouped but has no criterion file",
                            line=line_for(node, ("groups", group)),
                            key=f"groups.{group}",
                        )
                    )
        for c in criteria:
            gate = c.applies.gate if c.applies else None
            if gate is not None and gate not in meta.gates:
                errors.append(
                    PackError(
                        seen[c.id],
                        f"gate {gate!r} is not defined in pack.yaml 'gates'",
                        key="applies.gate",
                    )
                )
        for field, ids in meta.scoring.criterion_lists().items():
            for cid in ids:
                if cid not in seen and cid not in broken:
                    errors.append(
                        PackError(
                            meta_path,
                            f"scoring.{field} names {cid}, which is no criterion of this pack",
                            line=line_for(node, ("scoring", field)),
                            key=f"scoring.{field}",
                        )
                    )
        for c in criteria:
            if c.id not in grouped:
                errors.append(
                    PackError(seen[c.id], "criterion is in no group of pack.yaml", key="id")
                )
        live = set(seen)
        for c in criteria:
            for alias in c.aliases:
                if alias in live:
                    errors.append(
                        PackError(
                            seen[c.id], f"alias {alias} collides with a live id", key="aliases"
                        )
                    )
    if not criteria and not errors:
        errors.append(PackError(folder, "pack has no criteria"))
    if errors:
        raise PackErrors(errors)
    assert meta is not None
    return Pack(meta=meta, criteria=criteria, path=str(folder), builtin=builtin)


def discover_packs(
    root: str | Path | None = None, *, trust_builtin: bool = True
) -> dict[str, Pack]:
    """Load every pack folder under a root (default: the built-in criteria).

    With ``trust_builtin`` the built-in packs skip compiling their patterns at load (CI
    compiles them); ``auditcheck criteria validate`` passes False to check everything,
    including the reference data in a ``reference/`` folder beside the packs.
    """
    builtin = root is None and trust_builtin
    root = Path(root) if root is not None else builtin_criteria_root()
    if not root.is_dir():
        raise PackError(root, "criteria folder not found")
    if (root / "pack.yaml").is_file():
        pack = load_pack(root, builtin=builtin)
        return {pack.id: pack}
    packs: dict[str, Pack] = {}
    errors: list[PackError] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and (p / "pack.yaml").is_file()):
        try:
            pack = load_pack(folder, builtin=builtin)
        except PackErrors as exc:
            errors.extend(exc.errors)
            continue
        except PackError as exc:
            errors.append(exc)
            continue
        packs[pack.id] = pack
    if not builtin and (root / "reference").is_dir():
        # The reference data beside the packs is checked with them (criteria validate).
        from .reference import load_reference

        try:
            load_reference(root / "reference")
        except PackErrors as exc:
            errors.extend(exc.errors)
        except PackError as exc:
            errors.append(exc)
    if errors:
        raise PackErrors(errors)
    if not packs:
        raise PackError(root, "no packs found (a pack is a folder with a pack.yaml)")
    return packs


_BUILTIN_CACHE: dict[tuple[str, float, int], dict[str, Pack]] = {}


def _builtin_packs() -> dict[str, Pack]:
    """Built-in packs, loaded once per process unless a criteria file changes (mtime check)."""
    root = builtin_criteria_root()
    files = list(root.glob("*/*.yaml"))
    key = (str(root), max((f.stat().st_mtime for f in files), default=0.0), len(files))
    if key not in _BUILTIN_CACHE:
        _BUILTIN_CACHE.clear()
        _BUILTIN_CACHE[key] = discover_packs()
    return dict(_BUILTIN_CACHE[key])


def load_packs(extra: str | Path | None = None) -> dict[str, Pack]:
    """Built-in packs, with packs from ``extra`` added or replacing those of the same id."""
    packs = _builtin_packs()
    if extra is not None:
        packs.update(discover_packs(extra))
    return packs
