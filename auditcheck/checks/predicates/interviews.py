"""Predicates about worker interviews: how many, where, and whether the text contradicts itself."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from ...defaults import empty_list
from ...models import Status
from ...text import cached_re as re
from ...text.numbers import NUMBER, parse_number
from ..base import CheckResult, EvalContext
from .common import FactNames, NoParams, Params, fact_evidence, fact_title

if TYPE_CHECKING:
    from ...packs.criterion import FactCriterion


def voice_constrained(ctx: EvalContext) -> str | None:
    """Why workers could not speak freely, if the text or the context says so."""
    if ctx.context.risk == "high":
        return "the site is in a high-risk context where workers cannot speak freely"
    if ctx.facts.has("interviews.monitored"):
        return "interviews were recorded, streamed or monitored"
    if ctx.facts.has("interviews.management_present"):
        return "management or officials were present"
    if ctx.facts.has("interviews.selected_by_management"):
        return "management chose the interviewees"
    return None


_OFFSITE_WORDS = (
    r"(?:off[- ]?site"
    r"|outside\s+(?:of\s+)?(?:the\s+)?(?:factory|workplace|premises|plant|site|facility)"
    r"|away\s+from\s+(?:the\s+)?(?:factory|workplace|premises|site|employer|management)"
    r"|at\s+(?:the\s+)?(?:workers'?|their|employees'?)\s+homes?)"
)
#: "104 were held off site", "41 off site", "12 of the interviews were held off-site",
#: "93 off-site interviews", "interviewed 30 workers off-site": a number bound to off-site words.
_OFFSITE_COUNT = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?:of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:interviews|interviewees|workers|employees))\s+)?"
    rf"(?:(?:were|was)\s+(?:(?:held|conducted|interviewed|carried\s+out)\s+)?)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_OFFSITE_WORDS}",
    re.IGNORECASE,
)
#: "all interviews were held off-site", "all 30 worker interviews took place away from the factory".
_ALL_OFFSITE = re.compile(
    rf"(?<!not )\ball\s+(?:the\s+)?(?:{NUMBER}\s+)?(?:[\w-]+\s+)?interviews\b"
    rf"[^.;\n]{{0,40}}?{_OFFSITE_WORDS}",
    re.IGNORECASE,
)


def offsite_count(ctx: EvalContext, total: int) -> int | None:
    """How many of ``total`` interviews the text says were off-site, or None if it does not say.

    The facts layer records that interviews were off-site, not how many, so the number is read
    from the sentences that carry an off-site fact. The largest count found wins, capped at the
    total (a count cannot exceed the interviews held).
    """
    counts: list[int] = []
    seen: set[tuple[int, int]] = set()
    for evidence in ctx.facts.evidence("interviews.offsite"):
        start, end = ctx.index.sentence_around(evidence.start, evidence.end)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        sentence = ctx.document.text[start:end]
        if _ALL_OFFSITE.search(sentence):
            counts.append(total)
        for m in _OFFSITE_COUNT.finditer(sentence):
            raw = m.group("n")
            if re.fullmatch(r"(?:19|20)\d\d", raw):
                continue  # "March 2025 off-site interviews": a year, not a count
            n = parse_number(raw)
            if n is not None and n > 0:
                counts.append(n)
    return min(max(counts), total) if counts else None


class InterviewSampleParams(Params):
    floor: Literal["sqrt", "none"] = Field(
        default="sqrt",
        description=(
            "sqrt: fewer interviews than the square root of the workforce is unmet, and a count "
            "without a workforce size is partial; none: any stated count passes the count test."
        ),
    )
    min_share_offsite: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description=(
            "Share of the interviews that must be shown to be off-site for met (0.25 = 25 %); "
            "off-site interviews that are not counted cannot show a share above zero."
        ),
    )
    require: FactNames = Field(
        default_factory=empty_list,
        description="Facts a passing count also needs for met (else partial).",
    )


def _offsite_shortfall(ctx: EvalContext, total: int, min_share: float) -> str | None:
    """What the text lacks to show ``min_share`` of ``total`` interviews off-site, or None."""
    if min_share <= 0:
        return None
    if not ctx.facts.has("interviews.offsite"):
        return "off-site interviews"
    count = offsite_count(ctx, total)
    if count is None:
        return f"how many interviews were off-site (at least {min_share:.0%} should be)"
    if count / total < min_share:
        return f"at least {min_share:.0%} of interviews off-site (only {count} of {total})"
    return None


def interview_sample_adequate(
    criterion: FactCriterion, ctx: EvalContext, params: InterviewSampleParams
) -> CheckResult:
    """Interviews against the square root of the workforce; a free setting is a precondition.

    The square-root rule is the Seafood Social Responsibility module's heuristic and is used
    only as a floor until a scheme's own table is verified (``floor: none`` drops it). A count
    that passes is only 'partial' when workers could not speak freely, when fewer than
    ``min_share_offsite`` of the interviews are shown to be off-site, or when a fact in
    ``require`` (for example ``interviews.selected_by_auditor``) is missing.
    """
    facts = ctx.facts
    parts = (facts.number("interviews.individual") or 0) + (facts.number("interviews.group") or 0)
    total = max(facts.number("interviews.total") or 0, parts) or None
    workforce = facts.number("workforce.size")
    evidence = fact_evidence(
        ctx,
        "interviews.total",
        "interviews.individual",
        "interviews.group",
        "workforce.size",
        limit=4,
    )
    if facts.has("interviews.none") and not total:
        return CheckResult(
            Status.red_flag,
            fact_evidence(ctx, "interviews.none"),
            detail="workers were not interviewed, or interviews were replaced by document review",
        )
    if total is None:
        return CheckResult(
            Status.unmet, evidence, detail="no number of interviewed workers is given"
        )
    if params.floor == "sqrt":
        if workforce is None or workforce < total:
            return CheckResult(
                Status.partial,
                evidence,
                detail=(
                    f"{total} workers interviewed, but the workforce size is not given, so "
                    "adequacy cannot be judged"
                ),
            )
        needed = math.ceil(math.sqrt(workforce))
        if total < needed:
            return CheckResult(
                Status.unmet,
                evidence,
                detail=(
                    f"{total} interviews for a workforce of {workforce}; the square-root floor is "
                    f"{needed}"
                ),
            )
        passed = (
            f"{total} interviews meet the square-root floor of {needed} for {workforce} workers"
        )
        met = f"{total} interviews for a workforce of {workforce} (square-root floor {needed})"
    else:
        passed = met = f"{total} interviews (no floor on the count)"
    constrained = voice_constrained(ctx)
    if constrained:
        return CheckResult(
            Status.partial,
            evidence,
            detail=f"{passed}, but {constrained}, so the count cannot carry the conclusion",
        )
    missing = [fact_title(n).lower() for n in params.require if not facts.has(n)]
    offsite = _offsite_shortfall(ctx, total, params.min_share_offsite)
    if offsite:
        missing.insert(0, offsite)
    if missing:
        return CheckResult(
            Status.partial,
            evidence,
            detail=f"{passed}, but the text does not show: {', '.join(missing)}",
        )
    return CheckResult(Status.met, evidence, detail=met)


_UNSAFE = re.compile(
    r"\b(?:too\s+dangerous|dangerous|endanger\w*|at\s+risk|unsafe|reprisals?)\b", re.IGNORECASE
)


def interview_claims_consistent(
    criterion: FactCriterion, ctx: EvalContext, params: NoParams
) -> CheckResult:
    """A count of interviews and a statement that interviews were not held or were unsafe."""
    if not ctx.facts.has("interviews.total") and not ctx.facts.has("interviews.none"):
        return CheckResult(Status.not_applicable, detail="no interview claim is made")
    # Only danger contradicts a count: "no interviews with the night shift" is a limitation.
    text = ctx.document.text
    unsafe = [
        e
        for e in fact_evidence(ctx, "interviews.none", limit=10)
        if _UNSAFE.search(text[e.start : e.end + 120])
    ]
    if ctx.facts.has("interviews.total") and unsafe:
        return CheckResult(
            Status.red_flag,
            fact_evidence(ctx, "interviews.total", limit=2) + unsafe[:2],
            detail=(
                "the text gives a number of interviews and also says interviews would have been "
                "unsafe"
            ),
        )
    return CheckResult(
        Status.met, fact_evidence(ctx, "interviews.total", "interviews.none", limit=2)
    )


def interview_setting(criterion: FactCriterion, ctx: EvalContext, params: NoParams) -> CheckResult:
    """Off-site and confidential beats on-site; monitored or management-present is a red flag."""
    facts = ctx.facts
    if facts.has("interviews.monitored") or facts.has("interviews.management_present"):
        return CheckResult(
            Status.red_flag,
            fact_evidence(ctx, "interviews.monitored", "interviews.management_present"),
            detail="interviews were monitored or held with management or officials present",
        )
    if ctx.context.risk == "high" and (
        facts.has("interviews.total") or facts.has("interviews.onsite")
    ):
        return CheckResult(
            Status.red_flag,
            fact_evidence(ctx, "interviews.onsite", "interviews.total"),
            detail=(
                "interviews in a high-risk context cannot be confidential, wherever they were held"
            ),
        )
    if facts.has("interviews.offsite"):
        return CheckResult(Status.met, fact_evidence(ctx, "interviews.offsite"))
    if facts.has("interviews.onsite") or facts.has("interviews.virtual"):
        return CheckResult(
            Status.partial,
            fact_evidence(ctx, "interviews.onsite", "interviews.virtual"),
            detail="interviews were on-site or remote only",
        )
    if facts.has("interviews.private"):
        return CheckResult(
            Status.partial,
            fact_evidence(ctx, "interviews.private"),
            detail="interviews were private, but not shown to be off-site",
        )
    return CheckResult(Status.unmet)
