"""Meta-tests over every pack folder in criteria/: ids, files, groups, references, examples, patterns.

They read the YAML directly as well as through the loader, so a pack that fails to load still
gets a precise failure for the file at fault, and they hold for any pack added later.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from auditcheck.checks import REGISTRY
from auditcheck.packs.schema import ID_PATTERN, compile_pattern
from auditcheck.checks.predicates import PREDICATES as RULES

CRITERIA = Path(__file__).resolve().parents[2] / "criteria"
PACK_DIRS = sorted(p.parent for p in CRITERIA.glob("*/pack.yaml"))
#: Keys of a criterion that hold lists of regular expressions.
PATTERN_KEYS = (
    "patterns",
    "partial_patterns",
    "exceptions",
    "red_flags",
    "red_flag_exceptions",
    "when",
    "when_exceptions",
    "unless",
    "also_when",
    "sections",
)


def _yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _criteria(pack_dir: Path) -> list[tuple[Path, dict]]:
    return [(p, _yaml(p)) for p in sorted(pack_dir.glob("*.yaml")) if p.name != "pack.yaml"]


ALL = [(d.name, p, data) for d in PACK_DIRS for p, data in _criteria(d)]
IDS = [f"{pack}:{p.stem}" for pack, p, _ in ALL]


def test_packs_exist():
    assert PACK_DIRS, "no pack folders under criteria/"


@pytest.mark.parametrize("pack_dir", PACK_DIRS, ids=[d.name for d in PACK_DIRS])
def test_pack_ids_unique_and_grouped_once(pack_dir: Path):
    meta = _yaml(pack_dir / "pack.yaml")
    assert meta["id"] == pack_dir.name, "pack id must equal its folder name"
    ids = [data["id"] for _, data in _criteria(pack_dir)]
    assert len(ids) == len(set(ids)), f"duplicate ids in {pack_dir.name}"
    grouped: dict[str, list[str]] = {}
    for group, members in meta["groups"].items():
        for cid in members:
            grouped.setdefault(cid, []).append(group)
    not_grouped = sorted(set(ids) - set(grouped))
    twice = {cid: gs for cid, gs in grouped.items() if len(gs) > 1}
    dangling = sorted(set(grouped) - set(ids))
    assert not not_grouped, f"criteria in no group: {not_grouped}"
    assert not twice, f"criteria in more than one group: {twice}"
    assert not dangling, f"grouped ids without a criterion file: {dangling}"


def test_aliases_do_not_collide_with_live_ids():
    live = {data["id"] for _, _, data in ALL}
    for pack, path, data in ALL:
        clash = set(data.get("aliases", [])) & live
        assert not clash, f"{pack}/{path.name}: aliases {sorted(clash)} are live ids"


def test_ids_unique_across_packs():
    """Packs run together (a pack plus its overlays) and caps and the ILO matrix are keyed by id."""
    seen: dict[str, str] = {}
    for pack, _path, data in ALL:
        cid = data["id"]
        assert cid not in seen, f"{cid} is defined in both {seen[cid]} and {pack}"
        seen[cid] = pack


@pytest.mark.parametrize(("pack", "path", "data"), ALL, ids=IDS)
def test_criterion_file(pack: str, path: Path, data: dict):
    assert re.fullmatch(ID_PATTERN, data["id"]), f"bad id {data['id']!r}"
    assert path.stem == data["id"], "file name must equal the id"
    assert data["kind"] in REGISTRY, f"unknown kind {data['kind']!r}"
    if data["kind"] == "fact":
        assert data["rule"] in RULES, f"unknown rule {data['rule']!r}"
    for key in ("title", "message", "rationale", "remedy"):
        assert str(data.get(key) or "").strip(), f"{key} is empty"
    assert data.get("weight", 1) > 0
    refs = data.get("references") or []
    assert refs, "no references"
    for ref in refs:
        assert str(ref.get("publisher") or "").strip() and str(ref.get("title") or "").strip(), (
            "a reference needs a publisher and a title"
        )
        assert ref.get("verification", "verified") in ("verified", "partly_verified", "unverified")
    examples = data.get("examples") or {}
    assert examples.get("met"), "no met example"
    assert examples.get("unmet"), "no unmet example"
    if data.get("audit_washing"):
        assert re.fullmatch(r"AW-\d{2}", data["audit_washing"])


@pytest.mark.parametrize(("pack", "path", "data"), ALL, ids=IDS)
def test_patterns_compile(pack: str, path: Path, data: dict):
    groups = [(key, data.get(key) or []) for key in PATTERN_KEYS]
    groups += [
        (f"require_all.{name}", pats) for name, pats in (data.get("require_all") or {}).items()
    ]
    groups += [("applies.patterns", (data.get("applies") or {}).get("patterns") or [])]
    groups += [
        (f"params.{k}", v)
        for k, v in (data.get("params") or {}).items()
        if isinstance(v, list) and v and all(isinstance(x, str) and "\\" in x for x in v)
    ]
    for key, patterns in groups:
        for i, pattern in enumerate(patterns):
            try:
                compile_pattern(pattern)
            except Exception as exc:  # noqa: BLE001 - report which pattern failed
                pytest.fail(f"{key}[{i}] does not compile: {exc}")


@pytest.mark.parametrize(("pack", "path", "data"), ALL, ids=IDS)
def test_cap_only_on_red_flags(pack: str, path: Path, data: dict):
    """A cap only bites on a red flag, so it belongs on kinds that can raise one."""
    if data.get("cap") is None:
        return
    can_flag = (
        data["kind"] in ("absence", "fact")
        or data.get("red_flags")
        or (data["kind"] == "conditional" and data.get("on_fail", "red_flag") == "red_flag")
    )
    assert can_flag, "cap set on a criterion that cannot be a red flag"
