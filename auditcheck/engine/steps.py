"""The per-finding steps of the flow, run after each criterion (also for a single criterion
example, so examples test the production path): whose statement each quote is, the stated scope,
and the burden of proof that decides whether silence is failed or unknown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..facts import Facts
from ..models import (
    Finding,
    Status,
)
from ..packs.schema import ScoringPolicy
from ..text import cached_re as re

if TYPE_CHECKING:
    from .flow import Prepared


UNKNOWN_NOTE = (
    "Unknown: not shown here, and this text is neither the full report nor the vehicle of a clean "
    "claim that would rest on it; a full report might answer it."
)


# --- per finding -------------------------------------------------------------------------------


def per_finding(findings: list[Finding], prepared: Prepared) -> list[Finding]:
    findings = attribute_evidence(findings, prepared)
    findings = bound_to_stated_scope(findings, prepared.facts, prepared.primary.meta.scoring)
    absence_checks = {
        c.id
        for p in prepared.packs
        for c in p.criteria
        if c.kind == "absence"
        or (c.kind == "existence" and c.red_flags and not c.patterns and not c.require_all)
    }
    return apply_burden_of_proof(
        findings, burden_of(prepared), prepared.claims.principal(), absence_checks
    )


def attribute_evidence(findings: list[Finding], prepared: Prepared) -> list[Finding]:
    """Say whose statement every quote is, and in what mood (asserted, reported, question, ...)."""
    out = []
    for f in findings:
        if f.evidence and any(e.speaker is None for e in f.evidence):
            evidence = []
            for e in f.evidence:
                if e.speaker is None and e.source != "context":
                    speaker, modality = prepared.claims.voice_at(prepared.index, e.start, e.end)
                    e = e.model_copy(update={"speaker": speaker, "modality": modality})
                evidence.append(e)
            f = f.model_copy(update={"evidence": evidence})
        out.append(f)
    return out


def bound_to_stated_scope(
    findings: list[Finding], facts: Facts, policy: ScoringPolicy
) -> list[Finding]:
    """A document that states its narrow scope and claims nothing wider is judged on what it claims.

    Its unshown criteria become not applicable (red flags and partial findings stay): a fee
    repayment check that says it is not a full labour assessment did not fail to be one, and
    what it says it does not cover is outside it, not unknown within it.
    """
    if (
        policy.bounded_scope_unmet != "not_assessable"
        or not facts.has("claim.bounded_scope")
        or facts.has("claim.absence")
    ):
        return findings
    note = (
        "Outside the stated scope: the document says it does not cover this and makes no wider "
        "claim; it cannot be relied on for it either."
    )
    return [
        f.model_copy(update={"status": Status.not_applicable, "message": note, "remedy": None})
        if f.status is Status.unmet and not f.evidence
        else f
        for f in findings
    ]


#: A text that refers to itself as the statement ("This statement is made under section 54"),
#: however short: the document itself, not a story about it.
_NAMES_ITSELF_A_STATEMENT = re.compile(
    r"\b(?:this|our|the\s+present)\s+(?:[\w-]+\s+){0,3}?statement\b", re.IGNORECASE
)


#: A statement's own title on its first line: "California Transparency in Supply Chains Act",
#: "Modern Slavery Statement 2024", "Slavery and Human Trafficking Statement - FY2023". A headline
#: about a statement goes on after the title words ("... Statement Falls Short"), so it is none.
_STATEMENT_TITLE = re.compile(
    # the words before are a name or a qualifier, never a headline's verb ("X publishes its ...")
    r"\A\W*(?:(?:(?-i:[A-Z0-9][\w’'&.,-]*)|our|the|annual|group|joint|and|of|for|&)\s+){0,6}?"
    r"(?:modern\s+slavery|slavery\s+and\s+human\s+trafficking"
    r"|transparency\s+in\s+supply\s+chains|supply\s+chains?\s+transparency|forced\s+labou?r"
    r"\s+and\s+child\s+labou?r(?:\s+in\s+supply\s+chains)?)\s+(?:act\s+)?(?:\(\w+\)\s+)?"
    r"(?:(?:transparency\s+)?(?:statement|disclosure|report)|act)(?:\s*[-–—:|]?\s*(?:\d{4}(?:\s*[/-]\s*\d{2,4})?"
    r"|FY\s?\d{2,4}))?[\W\d]*$",
    re.IGNORECASE,
)


def _is_the_statement(text: str) -> bool:
    """The text is a statement itself, however short: it says so, or its first line is its title."""
    first_line = next((line for line in text[:2000].splitlines() if line.strip()), "")
    return bool(
        _NAMES_ITSELF_A_STATEMENT.search(text, 0, 20_000)
        or _STATEMENT_TITLE.match(first_line.strip(" #*_"))
    )


def burden_of(prepared: Prepared) -> str:
    """Why silence would count as failure here, or 'none' when it is only unknown."""
    if prepared.claims.vehicle():
        return "clean_claim"
    if prepared.claims.full_report:
        return "full_report"
    scoring = prepared.primary.meta.scoring
    if scoring.silence == "counts" and (
        len(prepared.document.text) >= scoring.silence_counts_from_chars
        or _is_the_statement(prepared.document.text)
    ):
        return "complete_statement"
    return "none"


def apply_burden_of_proof(
    findings: list[Finding],
    burden: str,
    principal: str,
    absence_checks: set[str] | frozenset[str] = frozenset(),
) -> list[Finding]:
    """Without a burden, an element the text does not show is unknown (not_assessable); in a text
    that concludes nothing, the absence of a bad pattern earns nothing either. Failures with
    evidence stay failures."""
    if burden != "none":
        return findings
    claims_nothing = principal in ("none", "decline")
    out = []
    for f in findings:
        silent_unmet = f.status is Status.unmet and not f.evidence
        # in a text that concludes nothing, a bad pattern's absence is no credit either
        free_credit = (
            claims_nothing
            and f.status is Status.met
            and not f.evidence
            and f.criterion_id in absence_checks
        )
        if silent_unmet or free_credit:
            f = f.model_copy(
                update={
                    "status": Status.not_assessable,
                    "message": UNKNOWN_NOTE,
                    "remedy": f.remedy if silent_unmet else None,
                }
            )
        out.append(f)
    return out
