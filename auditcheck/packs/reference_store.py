"""The bundled reference data, derived, kept in the user cache by the digest of its files.

A cold start validated every reference file with pydantic and built some 700 name patterns from
them (a twentieth of a one-page cold start). ``reference.builtin_reference`` keeps the derived
:class:`~auditcheck.packs.reference.ReferenceData` here as plain JSON (``auditcheck.cache``; no
pickle) and reads it back into equal objects; an entry of the wrong shape is derived again.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cache import MISSING, JsonCache

if TYPE_CHECKING:
    from .reference import LazyPattern, Place, ReferenceData, SectorRule, Terms


def _reference_code() -> bytes:
    """What the derived reference data depends on besides the files: the code that derives it."""
    here = Path(__file__).parent
    return b"".join(
        (here / name).read_bytes()
        for name in ("reference.py", "reference_schema.py", "reference_store.py")
    )


#: The derived data by the digest of the reference files.
_DERIVED = JsonCache("reference", _reference_code, max_entries=8)


def _lazy_to_json(pattern: LazyPattern | None) -> list[Any] | None:
    return None if pattern is None else [pattern.pattern, int(pattern.flags)]


def _lazy_from_json(value: Any) -> LazyPattern | None:
    if value is None:
        return None
    source, flags = value
    if not isinstance(source, str) or not isinstance(flags, int):
        raise TypeError("not a stored pattern")
    from .reference import LazyPattern

    return LazyPattern(source, re.RegexFlag(flags))


def _terms_to_json(terms: Terms | None) -> list[Any] | None:
    return None if terms is None else [_lazy_to_json(terms.pattern), list(terms.literals)]


def _terms_from_json(value: Any) -> Terms | None:
    if value is None:
        return None
    pattern = _lazy_from_json(value[0])
    assert pattern is not None
    from .reference import Terms

    return Terms(pattern, _strings(value[1]))


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("not a list of strings")
    return tuple(value)


def _place_to_json(place: Place) -> list[Any]:
    return [
        place.name,
        place.kind,
        place.region_id,
        place.region_name,
        place.risk,
        place.reason,
        _lazy_to_json(place.pattern),
        _lazy_to_json(place.sectors),
        list(place.literals),
    ]


def _place_from_json(value: Any) -> Place:
    name, kind, region_id, region_name, risk, reason, pattern, sectors, literals = value
    if not all(isinstance(v, str) for v in (name, kind, region_id, region_name, risk, reason)):
        raise TypeError("not a stored place")
    compiled = _lazy_from_json(pattern)
    assert compiled is not None
    from .reference import Place

    return Place(
        name=name,
        kind=kind,
        region_id=region_id,
        region_name=region_name,
        risk=risk,
        reason=reason,
        pattern=compiled,
        sectors=_lazy_from_json(sectors),
        literals=_strings(literals),
    )


def _rule_to_json(rule: SectorRule) -> list[Any]:
    return [
        rule.id,
        rule.title,
        rule.risk,
        rule.reason,
        rule.scope,
        _terms_to_json(rule.sectors),
        _terms_to_json(rule.workforce),
        _terms_to_json(rule.recruitment),
        _terms_to_json(rule.places),
        list(rule.cited),
    ]


def _rule_from_json(value: Any) -> SectorRule:
    id_, title, risk, reason, scope, sectors, workforce, recruitment, places, cited = value
    if not all(isinstance(v, str) for v in (id_, title, risk, reason, scope)):
        raise TypeError("not a stored rule")
    sector_terms, workforce_terms = _terms_from_json(sectors), _terms_from_json(workforce)
    assert sector_terms is not None and workforce_terms is not None
    from .reference import SectorRule

    return SectorRule(
        id=id_,
        title=title,
        risk=risk,
        reason=reason,
        scope=scope,
        sectors=sector_terms,
        workforce=workforce_terms,
        recruitment=_terms_from_json(recruitment),
        places=_terms_from_json(places),
        cited=_strings(cited),
    )


def _reference_to_json(data: ReferenceData) -> dict[str, Any]:
    return {
        "places": [_place_to_json(p) for p in data.places],
        "reference_date": data.reference_date,
        "sources": list(data.sources),
        "entities": [_place_to_json(p) for p in data.entities],
        "sector_rules": [_rule_to_json(r) for r in data.sector_rules],
    }


def _reference_from_json(value: Any) -> ReferenceData:
    if not isinstance(value, dict) or not isinstance(value.get("reference_date"), str):
        raise TypeError("not stored reference data")
    from .reference import ReferenceData

    return ReferenceData(
        places=tuple(_place_from_json(p) for p in value["places"]),
        reference_date=value["reference_date"],
        sources=_strings(value["sources"]),
        entities=tuple(_place_from_json(p) for p in value["entities"]),
        sector_rules=tuple(_rule_from_json(r) for r in value["sector_rules"]),
    )


def get(key: str) -> ReferenceData | None:
    """The stored data for the files with this digest, or None (absent or damaged)."""
    stored = _DERIVED.get(key)
    if stored is MISSING:
        return None
    try:
        return _reference_from_json(stored)
    except (TypeError, ValueError, KeyError):
        return None  # a damaged or foreign entry: the caller derives the data again


def put(key: str, data: ReferenceData) -> None:
    _DERIVED.put(key, _reference_to_json(data))
