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

from collections.abc import Iterator

from .document.model import Document
from .models import Context, ContextMatch, Risk
from .packs.reference import LazyPattern, ReferenceData, SectorRule, builtin_reference
from .text import cached_re as re
from .text.evidence import evidence_from_span
from .text.index import DocumentIndex
from .text.names import (
    anchored_matches,
    literal_positions,
    literal_scanner,
    lowered_text,
    occurs_in,
    place_matches,
)

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


def assess_context(
    document: Document,
    index: DocumentIndex | None = None,
    *,
    reference: ReferenceData | None = None,
    role: str | None = None,
    site_level: bool = True,
) -> Context:
    """Find the places, listed entities and at-risk workforces a document names, and the risk
    they imply for the audited site.

    ``reference`` is the loaded reference data (``packs.reference.load_reference``); without it
    the bundled data is used, loaded once per process by the packs layer. ``site_level`` is
    False for a company's programme-level statement: it audits no single site, so a high-risk
    place named in its supply chain raises the risk to elevated, not high.
    """
    ref = reference if reference is not None else builtin_reference()
    index = index or DocumentIndex.of(document)
    text = document.text
    by_place: dict[str, ContextMatch] = {}
    site_hits: dict[str, int] = {}
    claimed_clean: set[str] = set()  # regions a clean result is claimed for, in the same sentence
    mentions: dict[str, int] = {}
    lowered = lowered_text(text)
    # one literal pass finds where every place name can start (None without RE2)
    positions = literal_positions(lowered, literal_scanner(ref))
    present = lowered if positions is None else positions
    sectors_seen: dict[tuple[str, int], bool] = {}
    sentence_reads: dict[tuple[int, int], tuple[bool, bool, bool]] = {}
    for place in ref.places:
        # Hundreds of places, most never named: one literal pass skips their regex scans.
        if place.literals and not any(lit in present for lit in place.literals):
            continue
        # A country named for a sector-specific risk (Thai seafood, Malaysian gloves) says
        # nothing about a document on another sector.
        if place.sectors is not None and not _names_any(
            place.sectors, text, index, sectors_seen, lowered
        ):
            continue
        for m in place_matches(place, text, lowered, positions):
            block = index.block_for(m.start(), m.end())
            if block is None:
                continue
            s, e = index.sentence_of(block, m.start(), m.end())
            read = sentence_reads.get((s, e))
            if read is None:  # several places are often named in one sentence
                sentence = text[s:e]
                excluded = bool(_EXCLUSION.search(sentence))
                about_site = bool(_SITE.search(sentence)) and not excluded
                clean = about_site and bool(_CLEAN_CLAIM.search(sentence))
                read = sentence_reads[(s, e)] = (excluded, about_site, clean)
            excluded, about_site, clean = read
            if not excluded:
                mentions[place.region_id] = mentions.get(place.region_id, 0) + 1
            else:
                mentions.setdefault(place.region_id, 0)
            if about_site:
                site_hits[place.region_id] = site_hits.get(place.region_id, 0) + 1
                if clean:
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
        for m in place_matches(entity, text, lowered, positions):
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
    # label, level, sited, effective, and the rule's reason and source for sector rules
    assessed: list[tuple[str, Risk, bool, Risk, str]] = []
    for region_id, count in sorted(mentions.items()):
        region = regions.get(region_id)
        level = region.risk if region else "high"
        sited = site_hits.get(region_id, 0) > 0 or count >= 3
        effective = level if sited else _lower(level)
        if not site_level and effective == "high" and region_id not in claimed_clean:
            effective = "elevated"
        label = region.region_name if region else region_id.split(":", 1)[1] + " (enforcement list)"
        assessed.append((label, level, sited, effective, ""))
    for rule, match in sector_rule_matches(ref.sector_rules, document, index, lowered):
        by_place[f"rule:{rule.id}"] = match
        effective = rule.risk
        if not site_level and effective == "high":
            effective = "elevated"
        cited = f"; source: {rule.cited[0]}" if rule.cited else ""
        reason = rule.reason.rstrip(".")
        assessed.append((rule.title, rule.risk, True, effective, f" ({reason}{cited})"))
    risk: Risk = max((a[3] for a in assessed), key=_RISK_ORDER.__getitem__, default="unknown")
    reasons = [
        f"{label}: {level} risk"
        + detail
        + ("" if sited else ", named only in passing")
        + (
            ""
            if site_level or level != "high"
            else ", named in a supply-chain statement rather than as an audited site"
        )
        for label, level, sited, effective, detail in assessed
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
        reference_date=ref.reference_date,
        reference_sources=list(ref.sources),
    )


def _names_any(
    terms: LazyPattern,
    text: str,
    index: DocumentIndex,
    seen: dict[tuple[str, int], bool],
    lowered: str | None = None,
) -> bool:
    """True if ``terms`` occurs anywhere in ``text`` (the document's text), asked once per pattern.

    Sector terms are alternations behind look-arounds, which ``re`` tries at every offset of
    the document; the RE2 scanner over the document's own text gives the same answer from a
    superset pass, or declines (False) and ``re`` answers, from where a match can first start
    when ``lowered`` (``lowered_text(text)``) is given.
    """
    key = (terms.pattern, terms.flags)
    found = seen.get(key)
    if found is None:
        hit = index.source_scanner.search(terms.compiled)
        if hit is not False:
            found = hit is not None
        elif lowered is not None:
            found = occurs_in(terms, text, lowered)
        else:
            found = terms.search(text) is not None
        seen[key] = found
    return found


#: A sentence that says the workforce is not there ("we do not employ migrant workers").
_WORKFORCE_DENIED = re.compile(
    r"\b(?:do(?:es)?\s+not|don't|doesn't|never|no\s+longer)\s+(?:\w+\s+){0,2}"
    r"(?:employ|hire|recruit|use|engage|rely\s+on|accept|take\s+on)\w*\b"
    r"|\bno\s+(?:migrant|foreign|student|agency)\s+(?:workers?|labou?r|interns?)\b",
    re.IGNORECASE,
)


def sector_rule_matches(
    rules: tuple[SectorRule, ...],
    document: Document,
    index: DocumentIndex,
    lowered: str | None = None,
) -> Iterator[tuple[SectorRule, ContextMatch]]:
    """The sector-by-workforce rules a document meets, each with the sentence that shows it.

    A rule is met when one of its workforce terms and one of its sector terms (and one of its
    recruitment terms, when it lists them) occur in the same block (a paragraph, list item or
    table cell; anywhere, for ``scope: document``), and, when the rule names places, one of
    them occurs in the document. A workforce term in a sentence that denies employing that
    workforce does not count. Term co-occurrence only, so it is deterministic; and cheap, since
    workforce terms are looked for only where their first words occur (``str.find``), and most
    documents name no such workforce at all.
    """
    text = document.text
    lowered = lowered if lowered is not None else lowered_text(text)
    for rule in rules:
        workforce = list(
            anchored_matches(rule.workforce.pattern, rule.workforce.literals, text, lowered)
        )
        if not workforce:
            continue
        if rule.places is not None and not any(
            True for _ in anchored_matches(rule.places.pattern, rule.places.literals, text, lowered)
        ):
            continue
        match = _first_rule_match(rule, document, index, workforce)
        if match is not None:
            yield rule, match


def _first_rule_match(
    rule: SectorRule, document: Document, index: DocumentIndex, workforce: list[re.Match[str]]
) -> ContextMatch | None:
    """The first workforce mention (in text order) whose block also names a sector (and a
    recruitment channel, when the rule asks for one), as a context match."""
    text = document.text
    # each area is searched once, however many workforce mentions it holds (a one-line document
    # is one block with thousands of them)
    sectors_in: dict[tuple[int, int], re.Match[str] | None] = {}
    for m in workforce:
        block = index.block_for(m.start(), m.end())
        if block is None:
            continue
        start, end = (0, len(text)) if rule.scope == "document" else (block.start, block.end)
        if (start, end) not in sectors_in:
            area = text[start:end]
            found = rule.sectors.pattern.search(area)
            if found is not None and rule.recruitment is not None:
                found = found if rule.recruitment.pattern.search(area) else None
            sectors_in[(start, end)] = found
        sector = sectors_in[(start, end)]
        if sector is None:
            continue
        s, e = index.sentence_of(block, m.start(), m.end())
        if _WORKFORCE_DENIED.search(text[s:e]):
            continue
        ev = evidence_from_span(
            document, s, e, source="context", role="workforce", focus=(m.start(), m.end())
        )
        return ContextMatch(
            place=f"{' '.join(m.group(0).split())} ({' '.join(sector.group(0).split())})",
            region=rule.title,
            risk=rule.risk,
            kind="sector_workforce",
            evidence=[ev],
        )
    return None


def _lower(level: Risk) -> Risk:
    lower: dict[Risk, Risk] = {"high": "elevated", "elevated": "standard"}
    return lower.get(level, level)
