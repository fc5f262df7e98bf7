"""Audit-washing as a property of a claim and its claimant: a clean claim the method shown
cannot support, a clean claim answering allegations, or someone else's text documenting a public
clean claim contradicted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..claims import OUTSIDERS
from ..models import (
    AuditWashing,
    AuditWashingPattern,
    Finding,
    Status,
)
from ..text import cached_re as re
from ..washing import PATTERNS, collect

if TYPE_CHECKING:
    from .flow import Prepared


def audit_washing_of(findings: list[Finding], prepared: Prepared, principal: str) -> AuditWashing:
    """Audit-washing belongs to a clean claim and its claimant, never to a pattern alone.

    The red-flag findings of the audit-washing criteria name the moves; they add up to
    audit-washing only when the text carries a clean claim (asserted, adopted, or reported
    without contest). Context sets what the claim needs: where state-imposed forced labour makes
    a workplace audit unable to establish absence, the clean claim is audit-washing by itself;
    where the risk is standard, an ordinary workplace method is what the claim needs, so the
    'method could not detect it' flags (AW-01, AW-10) lower the score without naming the claim
    audit-washing, unless the text shows no workplace method at all (no site visited, no worker
    interviewed). A clean claim offered in answer to allegations, from a method the text does
    not show, is the controversy-ending move (AW-07).
    """
    if principal != "clean" or not prepared.claims.vehicle():
        return contradicted_claim(prepared, principal)
    risk = prepared.context.risk
    found = collect(findings)
    # at standard risk an ordinary workplace method is what the claim needs; with none at all
    # (no site visited, no worker heard) the method flags name the claim whatever the place
    no_workplace = any(
        f.name in ("method.document_only", "interviews.none") for f in prepared.facts.items
    )
    patterns = [
        p
        for p in found.patterns
        if not (risk == "standard" and p.id in METHOD_FLAGS and not no_workplace)
    ]
    vehicle = prepared.claims.vehicle()
    quote = [c.evidence for c in prepared.claims.claims if c.kind == "clean" and c.counts][:1]
    ids = {p.id for p in patterns}

    def claim_pattern(pattern_id: str, explanation: str) -> AuditWashingPattern:
        """A pattern the claim itself shows, with no criterion behind it."""
        return AuditWashingPattern(
            id=pattern_id,
            title=PATTERNS[pattern_id],
            criterion_ids=[],
            evidence=quote,
            explanation=explanation,
        )

    if risk == "high" and "AW-01" not in ids:
        patterns.append(
            claim_pattern(
                "AW-01",
                "A clean result is claimed for a site where state-imposed forced labour means no "
                "workplace audit can establish absence.",
            )
        )
    text = prepared.document.text
    # in answer to allegations: the allegation stands near the clean claim, not in a policy section
    allegation = any(_ALLEGATIONS.search(text, max(0, c.start - 400), c.end + 400) for c in vehicle)
    method_shown = any(
        f.status is Status.met
        and f.dimension in ("recruitment", "interviews")
        and any(_claimants_own(prepared, e.start, e.end) for e in f.evidence)
        for f in findings
    )
    if (
        allegation
        and not method_shown
        and "AW-07" not in ids
        # offered: the company's own public words, not an audit result a critic obtained
        and any(c.speaker == "company" and c.public for c in vehicle)
    ):
        patterns.append(
            claim_pattern(
                "AW-07",
                "A clean result is offered in answer to allegations, from a method the text does "
                "not show able to detect forced labour.",
            )
        )
    # the text may also document that this public claim was contradicted
    patterns += [
        p
        for p in contradicted_claim(prepared, principal).patterns
        if p.id not in {q.id for q in patterns}
    ]
    patterns.sort(key=lambda p: p.id)
    return AuditWashing(detected=bool(patterns), patterns=patterns)


def contradicted_claim(prepared: Prepared, principal: str) -> AuditWashing:
    """Someone else's text that documents a company's, auditor's or certifier's public clean claim
    contradicted: by abuse found after the audit (the method could not detect it) or by the
    assessor's own findings (the claim outruns the assessment)."""
    reading = prepared.claims
    claims = reading.contradicted()
    if not claims:
        return AuditWashing(detected=False, patterns=[])
    # reading.claims is the output form of reading.sentence_claims, item by item
    contradicted = {id(c) for c in claims}
    claim_quotes = [
        q.evidence
        for q, c in zip(reading.claims, reading.sentence_claims, strict=True)
        if id(c) in contradicted
    ]
    against = [q.evidence for q in reading.claims if q.counts and q.kind in ("failure", "adverse")]
    if principal == "failure" or not any(
        c.speaker == "auditor" for c in reading.counting("adverse")
    ):
        # abuse found by someone other than the assessor: found after, or despite, the audit
        pattern_id = "AW-01"
        explanation = (
            "The text documents a public clean claim contradicted by abuse found after the audit: "
            "the method behind the claim could not detect it."
        )
    else:
        pattern_id = "AW-13"
        explanation = (
            "The text documents a public clean claim that goes further than the assessment's "
            "own findings."
        )
    pattern = AuditWashingPattern(
        id=pattern_id,
        title=PATTERNS[pattern_id],
        criterion_ids=[],
        evidence=claim_quotes[:1] + against[:1],
        explanation=explanation,
    )
    return AuditWashing(detected=True, patterns=[pattern])


def _claimants_own(prepared: Prepared, start: int, end: int) -> bool:
    """Evidence from the text's own description, not an outsider's allegation quoted in it."""
    speaker, _ = prepared.claims.voice_at(prepared.index, start, end)
    return speaker not in OUTSIDERS


#: Audit-washing flags that say the method could not detect forced labour.
METHOD_FLAGS = frozenset({"AW-01", "AW-10"})
_ALLEGATIONS = re.compile(
    r"\b(?:allegations?|alleged|accus(?:ed|ations?)|reports?\s+of\s+forced\s+labou?r|criticism"
    r"|critics"
    # answering something said against the company, not any report ("work responding to the
    # US Trafficking in Persons Report" answers no allegation)
    r"|(?:in\s+response\s+to|respond(?:ing|ed|s)?\s+to)\s+(?:the\s+|these\s+|such\s+|recent\s+|an?\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:allegations?|accusations?|claims|criticism|concerns|questions"
    r"|complaints|(?:media|press|news)\s+reports?|reports?\s+(?:of|that|about|alleging|by|in)"
    r"|articles?|stor(?:y|ies)|investigations?|campaigns?|NGOs?|journalists?|reporters?"
    r"|groups?|unions?|activists|campaigners|critics|organi[sz]ations?|advocates|researchers"
    r"|watchdogs?|charit(?:y|ies)|workers)"
    r"|reject(?:ed|s|ing)?\s+(?:the\s+)?(?:claims?|criticism|report|findings)"
    r"|den(?:y|ied|ies|ying)\s+(?:the\s+)?(?:allegations?|claims?|reports?))\b",
    re.IGNORECASE,
)
