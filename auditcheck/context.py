"""The context layer: where is the audited workplace, and does the place itself limit what an
audit can show?

Bundled, dated reference data (``criteria/reference/*.yaml``) lists places with state-imposed
forced labour (risk ``high``) and sectors or countries with documented systemic forced labour
(``elevated``). A place counts as the audited site's location when the sentence naming it is
about a site, a workforce or an audit, and not about a sourcing ban; a document that only
names a place in passing gets the next lower risk. A high-risk context sets a reliance ceiling:
no workplace audit there can establish the absence of forced labour, however well done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .document.model import Document
from .errors import PackError
from .models import Context, ContextMatch, Risk
from .packs.loader import builtin_criteria_root
from .text.evidence import evidence_from_span
from .text.index import DocumentIndex

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RISK_ORDER = {"unknown": 0, "standard": 1, "elevated": 2, "high": 3}
_SITE = re.compile(
    r"\b(?:plant|factory|factories|facility|facilities|site|mill|farm|farms|workshop"
    r"|joint\s+venture|"
    r"located|based|operat\w*|audit\w*|assessment|workers?|employees?|staff|workforce"
    r"|labou?r\s+transfer|"
    r"transferred|supplier|production|manufactur\w*|premises|subsidiary|company|enterprise"
    # a company's legal name or trade is a site named, as in a "Re:" line of a verifier's letter
    r"|Co\.|Ltd|Limited|Inc|GmbH|Bhd|Pvt|LLC|spinning|textiles?|garments?|apparel|estates?"
    r"|plantations?|processor|kilns?|works)\b"
    # Chinese has no word boundaries between characters, so these stand outside the \b group.
    r"|工厂|工人|员工|职工|公司|企业|审核|审计",
    re.IGNORECASE,
)
#: A clean result claimed in the same sentence as a place: a supply-chain statement that says
#: "audits of our suppliers in Xinjiang found no forced labour" speaks about sites there.
_CLEAN_CLAIM = re.compile(
    r"\b(?:no|not\s+any)\s+(?:\w+\s+){0,3}(?:forced|bonded|compulsory)\s+labou?r\b|\bfound\s+no\b"
    r"|\bno\s+(?:indications?|evidence|signs?)\b|\bfree\s+(?:of|from)\s+forced\b",
    re.IGNORECASE,
)
_EXCLUSION = re.compile(
    # "ban" must stand alone: "Bangladesh" and "banking" are not bans. "Restricted" is left out:
    # restricted movement at a site is a reason to flag the place, not to discount it.
    r"\b(?:prohibit\w*|ban(?:s|ned|ning)?|bar(?:s|red)?|exclud\w*"
    r"|do(?:es)?\s+not\s+(?:source|buy|use|operate)|no\s+longer\s+(?:source|operate)|"
    r"avoid\w*|phase[sd]?\s+out|exit(?:ed|ing)?|withdr[ae]w\w*|cease\w*"
    r"|stopp?(?:ed|ing)?\s+(?:sourcing|auditing)|"
    r"not\s+permitted|restrictions?\s+on\s+(?:sourcing|imports?|purchas\w*))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Place:
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
class ReferenceData:
    places: tuple[Place, ...]
    describes_date: str
    sources: tuple[str, ...]
    entities: tuple[Place, ...] = ()


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
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args)

    def finditer(self, text: str, *args: int) -> Any:
        return self.compiled.finditer(text, *args)


def _alias_pattern(aliases: list[str]) -> LazyPattern:
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        escaped = re.escape(alias).replace(r"\ ", r"[\s-]+")
        if re.search(r"[\u4e00-\u9fff]", alias):
            parts.append(escaped)
        elif alias.isupper() and len(alias) <= 5:
            parts.append(rf"(?-i:\b{escaped}\b)")
        else:
            # NOTE: lookarounds, not \b, so aliases ending in ')' or '.' still match.
            parts.append(rf"(?<!\w){escaped}(?!\w)")
    return LazyPattern("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=4)
def load_reference(root: str | None = None) -> ReferenceData:
    """Read every reference file with ``regions`` or ``entities`` under criteria/reference/."""
    folder = Path(root) if root else builtin_criteria_root() / "reference"
    places: list[Place] = []
    dates: list[str] = []
    sources: list[str] = []
    entities: list[Place] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            # the C loader (libyaml) reads the gazetteer ten times faster than the Python one
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
        except (OSError, yaml.YAMLError) as exc:
            raise PackError(path, f"reference data unreadable: {exc}") from None
        if not isinstance(data, dict):
            continue
        if "regions" not in data and "entities" not in data:
            continue
        # 'describes_date' is the older name of 'reference_date' (data folders written before it).
        date = str(data.get("reference_date", data.get("describes_date", "unknown")))
        dates.append(date)
        sources.append(f"{path.name} ({date})")
        for region in data.get("regions", []) or []:
            sectors = region.get("sectors") or []
            for place in region.get("places", []) or []:
                aliases = [place["name"], *(place.get("aliases") or [])]
                places.append(
                    Place(
                        name=place["name"],
                        kind=place.get("kind", "place"),
                        region_id=region["id"],
                        region_name=region["name"],
                        risk=region.get("risk", "elevated"),
                        reason=" ".join(str(region.get("reason", "")).split()),
                        pattern=_alias_pattern(aliases),
                        sectors=_alias_pattern(sectors) if sectors else None,
                        literals=_first_words(aliases),
                    )
                )
        for entity in data.get("entities", []) or []:
            names = [entity["name"], *(entity.get("aliases") or [])]
            entities.append(
                Place(
                    name=entity["name"],
                    kind="listed_entity",
                    region_id=f"entity:{entity['name']}",
                    region_name=str(entity.get("note", "listed entity")),
                    risk="high",
                    reason="",
                    pattern=_alias_pattern(names),
                    literals=_first_words(names),
                )
            )
    latest = max(dates) if dates else "unknown"
    return ReferenceData(tuple(places), latest, tuple(sources), tuple(entities))


def assess_context(
    document: Document,
    index: DocumentIndex | None = None,
    *,
    role: str | None = None,
    site_level: bool = True,
) -> Context:
    """Find the places a document names and the risk they imply for the audited site.

    ``site_level`` is False for a company's programme-level statement: it audits no single site,
    so a high-risk place named in its supply chain raises the risk to elevated, not high.
    """
    ref = load_reference()
    index = index or DocumentIndex(document)
    text = document.text
    by_place: dict[str, ContextMatch] = {}
    site_hits: dict[str, int] = {}
    claimed_clean: set[str] = set()  # regions a clean result is claimed for, in the same sentence
    mentions: dict[str, int] = {}
    lowered = _lowered(text)
    # one literal pass finds where every place name can start (None without RE2)
    positions = _literal_positions(lowered, _literal_scanner(ref))
    present = lowered if positions is None else positions
    for place in ref.places:
        # Hundreds of places, most never named: one literal pass skips their regex scans.
        if place.literals and not any(lit in present for lit in place.literals):
            continue
        # A country named for a sector-specific risk (Thai seafood, Malaysian gloves) says
        # nothing about a document on another sector.
        if place.sectors is not None and not place.sectors.search(text):
            continue
        for m in _place_matches(place, text, lowered, positions):
            block = index.block_for(m.start(), m.end())
            if block is None:
                continue
            s, e = index.sentence_of(block, m.start(), m.end())
            sentence = text[s:e]
            excluded = bool(_EXCLUSION.search(sentence))
            about_site = bool(_SITE.search(sentence)) and not excluded
            if not excluded:
                mentions[place.region_id] = mentions.get(place.region_id, 0) + 1
            else:
                mentions.setdefault(place.region_id, 0)
            if about_site:
                site_hits[place.region_id] = site_hits.get(place.region_id, 0) + 1
                if _CLEAN_CLAIM.search(sentence):
                    claimed_clean.add(place.region_id)
            key = f"{place.region_id}:{place.name}"
            if key in by_place and len(by_place[key].evidence) >= 3:
                continue  # quotes are kept for the first three mentions only
            ev = evidence_from_span(
                document, s, e, source="context", role="location", focus=(m.start(), m.end())
            )
            if key not in by_place:
                by_place[key] = ContextMatch(
                    place=place.name,
                    region=place.region_name,
                    risk=place.risk,
                    kind=place.kind,
                    evidence=[ev],
                )
            else:
                by_place[key].evidence.append(ev)
    for entity in ref.entities:
        name, note = entity.name, entity.region_name
        for m in _place_matches(entity, text, lowered, positions):
            block = index.block_for(m.start(), m.end())
            if block is None:
                continue
            s, e = index.sentence_of(block, m.start(), m.end())
            ev = evidence_from_span(
                document, s, e, source="context", role="listed_entity", focus=(m.start(), m.end())
            )
            key = f"entity:{name}"
            if key not in by_place:
                by_place[key] = ContextMatch(
                    place=name, region=note, risk="high", kind="listed_entity", evidence=[ev]
                )
            site_hits["entity:" + name] = site_hits.get("entity:" + name, 0) + 1
            mentions["entity:" + name] = 1
            break
    regions = {p.region_id: p for p in ref.places}
    assessed: list[tuple[str, Risk, bool, Risk]] = []  # label, level, sited, effective
    for region_id, count in sorted(mentions.items()):
        region = regions.get(region_id)
        level = region.risk if region else "high"
        sited = site_hits.get(region_id, 0) > 0 or count >= 3
        effective = level if sited else _lower(level)
        if not site_level and effective == "high" and region_id not in claimed_clean:
            effective = "elevated"
        label = region.region_name if region else region_id.split(":", 1)[1] + " (enforcement list)"
        assessed.append((label, level, sited, effective))
    risk: Risk = max((e for *_, e in assessed), key=_RISK_ORDER.__getitem__, default="unknown")
    reasons = [
        f"{label}: {level} risk"
        + ("" if sited else ", named only in passing")
        + (
            ""
            if site_level or level != "high"
            else ", named in a supply-chain statement rather than as an audited site"
        )
        for label, level, sited, effective in assessed
        # a plain country name adds nothing to a higher-risk explanation
        if not (level == "standard" and risk != "standard")
    ]
    matches = sorted(by_place.values(), key=lambda c: (-_RISK_ORDER[c.risk], c.evidence[0].start))
    if risk == "high":
        explanation = (
            "The audited site appears to be in a place with state-imposed forced labour ("
            + "; ".join(reasons)
            + "). Coercion there works at recruitment and transfer and workers cannot speak "
            "freely, so no workplace audit can establish that forced labour is absent."
        )
    elif risk == "elevated":
        explanation = "Elevated forced-labour risk: " + "; ".join(reasons) + "."
    elif risk == "standard":
        explanation = (
            "Locations named carry no specific forced-labour risk flag in the reference data."
        )
    else:
        explanation = (
            "No location from the reference data was found; the context could not be assessed."
        )
    return Context(
        risk=risk,
        matches=matches[:12],
        explanation=explanation,
        reference_date=ref.describes_date,
        reference_sources=list(ref.sources),
    )


def _lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets in it are offsets in ``text``.

    Only the dotted capital I (Turkish "İzmir") lower-cases to two characters; as a plain "i"
    it still marks where a name may start (the name pattern itself then decides), and one such
    letter no longer sends every place pattern over the whole text.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text.replace("\u0130", "i").lower()
    return lowered


def _first_words(names: list[str]) -> tuple[str, ...]:
    return tuple(sorted({re.split(r"[\s-]+", n.lower(), maxsplit=1)[0] for n in names}))


@dataclass(frozen=True)
class _LiteralScanner:
    """Every first word of every place and entity name, as one RE2 alternation over UTF-8."""

    literals: tuple[str, ...]
    rx: Any
    by_first_byte: dict[int, tuple[bytes, ...]]


@lru_cache(maxsize=4)
def _literal_scanner(ref: ReferenceData) -> _LiteralScanner | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    literals = tuple(
        sorted(
            {lit for p in (*ref.places, *ref.entities) for lit in p.literals},
            key=lambda x: (-len(x), x),
        )
    )
    opts = re2.Options()
    opts.max_mem = 64 << 20
    opts.log_errors = False
    try:
        rx = re2.compile("|".join(re.escape(lit) for lit in literals).encode("utf-8"), opts)
    except re2.error:  # pragma: no cover - escaped literals always compile
        return None
    first: dict[int, list[bytes]] = {}
    for lit in literals:
        encoded = lit.encode("utf-8")
        first.setdefault(encoded[0], []).append(encoded)
    return _LiteralScanner(literals, rx, {k: tuple(v) for k, v in first.items()})


def _present_literals(lowered: str, scanner: _LiteralScanner | None) -> set[str] | str:
    """The literals that occur in ``lowered`` (or ``lowered`` itself, for ``in`` tests, without
    RE2)."""
    found = _literal_positions(lowered, scanner)
    return lowered if found is None else set(found)


def _literal_positions(
    lowered: str, scanner: _LiteralScanner | None
) -> dict[str, list[int]] | None:
    """Every offset (in ``lowered``) where each literal occurs, overlapping ones included; None
    without RE2.

    One leftmost-longest RE2 pass finds non-overlapping hits; every occurrence of a literal
    starts inside a hit (a scan resumes at a hit's end, so an occurrence outside all hits
    would have been a hit itself), so the positions inside hits are checked byte by byte.
    UTF-8 literals cannot match in the middle of a character.
    """
    if scanner is None:
        return None
    data = lowered.encode("utf-8")
    found: dict[bytes, list[int]] = {}
    for m in scanner.rx.finditer(data):
        start, end = m.span()
        for q in range(start, end):
            for lit in scanner.by_first_byte.get(data[q], ()):
                if data.startswith(lit, q):
                    found.setdefault(lit, []).append(q)
    if len(data) == len(lowered):  # ASCII: byte offsets are character offsets
        return {lit.decode("utf-8"): offsets for lit, offsets in found.items()}
    # byte offsets to character offsets, counting characters between sorted positions
    chars: dict[int, int] = {}
    byte_at, char_at = 0, 0
    for q in sorted({q for offsets in found.values() for q in offsets}):
        char_at += len(data[byte_at:q].decode("utf-8"))
        byte_at = q
        chars[q] = char_at
    return {lit.decode("utf-8"): [chars[q] for q in offsets] for lit, offsets in found.items()}


def _place_matches(
    place: Place, text: str, lowered: str, known: dict[str, list[int]] | None = None
):
    """Matches of a place pattern, tried only where one of its names can start.

    A place pattern is a case-insensitive alternation behind lookarounds, which the regex engine
    cannot scan quickly; trying it at the occurrences of the names' first words gives the same
    matches in a fraction of the time. ``known`` holds those occurrences from the literal pass.
    """
    if len(lowered) != len(text) or not place.literals:  # lower() changed lengths: offsets differ
        yield from place.pattern.finditer(text)
        return
    positions: set[int] = set()
    for literal in place.literals:
        if known is not None:
            positions.update(known.get(literal, ()))
            continue
        i = lowered.find(literal)
        while i != -1:
            positions.add(i)
            i = lowered.find(literal, i + 1)
    last_end = 0
    for pos in sorted(positions):
        if pos < last_end:
            continue
        m = place.pattern.match(text, pos)
        if m:
            last_end = m.end()
            yield m


def _lower(level: Risk) -> Risk:
    lower: dict[Risk, Risk] = {"high": "elevated", "elevated": "standard"}
    return lower.get(level, level)
