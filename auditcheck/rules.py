"""Named rules over extracted facts and context, used by criteria of kind ``fact``.

A rule takes the criterion, the evaluation context and the criterion's ``params`` and returns
a CheckResult. Rules hold the logic that patterns alone cannot: numbers compared with numbers,
claims weighed against the setting they were made in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from .checks.base import CheckResult, EvalContext, find, quotes, sentence_evidence
from .evidence import evidence_from_span
from .facts import FACT_TITLES
from .models import Evidence, Status

Rule = Callable[..., CheckResult]
RULES: dict[str, Rule] = {}

#: Standards whose claim implies a certificate from an accredited body, or a registered auditor.
CERTIFIABLE = ("SA8000", "SA 8000", "SMETA", "BSCI", "amfori BSCI", "SLCP", "RBA", "RBA VAP", "WRAP", "RSPO", "RSPO P&C", "Fairtrade", "Rainforest Alliance")
#: Audit methodologies that issue no certificate; an APSCA-registered auditor is their accreditation.
AUDIT_SCHEMES = ("SMETA", "BSCI", "amfori BSCI", "SLCP", "RBA", "RBA VAP")


def rule(name: str) -> Callable[[Rule], Rule]:
    def register(fn: Rule) -> Rule:
        RULES[name] = fn
        return fn

    return register


def _ev(ctx: EvalContext, *names: str, limit: int = 3) -> list[Evidence]:
    """Evidence for facts, widened to the sentence each fact stands in so a reader sees context."""
    return sentence_evidence(ctx, ctx.facts.evidence(*names), limit)



@rule("fact_present")
def fact_present(criterion: Any, ctx: EvalContext, *, any: list[str] = (), all: list[str] = (),
                 partial: list[str] = (), red_flag: list[str] = (), unless: list[str] = ()) -> CheckResult:
    """Met when any (or all) of the facts are present; partial on weaker facts; red flag facts win."""
    if red_flag and any_of(ctx, red_flag) and not any_of(ctx, unless):
        return CheckResult(Status.red_flag, _ev(ctx, *red_flag))
    if all and all_of(ctx, all):
        return CheckResult(Status.met, _ev(ctx, *all))
    if any and any_of(ctx, any):
        return CheckResult(Status.met, _ev(ctx, *any))
    if partial and any_of(ctx, partial) or (all and any_of(ctx, all)):
        return CheckResult(Status.partial, _ev(ctx, *partial, *all))
    return CheckResult(Status.unmet)


def any_of(ctx: EvalContext, names: list[str]) -> bool:
    return bool(names) and any(ctx.facts.has(n) for n in names)


def all_of(ctx: EvalContext, names: list[str]) -> bool:
    return bool(names) and all(ctx.facts.has(n) for n in names)


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


@rule("interview_sample_adequate")
def interview_sample_adequate(criterion: Any, ctx: EvalContext, *, floor: str = "sqrt", min_share_offsite: float = 0.0,
                              require: list[str] = ()) -> CheckResult:
    """Interviews against the square root of the workforce; a free setting is a precondition.

    The square-root rule is the Seafood Social Responsibility module's heuristic and is used
    only as a floor until a scheme's own table is verified. A count that passes is only
    'partial' when workers could not speak freely, when no interview is said to be off-site
    although ``min_share_offsite`` asks for some, or when a fact in ``require`` (for example
    ``interviews.selected_by_auditor`` or ``interviews.language``) is missing.
    """
    total = ctx.facts.number("interviews.total")
    parts = (ctx.facts.number("interviews.individual") or 0) + (ctx.facts.number("interviews.group") or 0)
    total = max(total or 0, parts) or None
    workforce = ctx.facts.number("workforce.size")
    evidence = _ev(ctx, "interviews.total", "interviews.individual", "interviews.group", "workforce.size", limit=4)
    if ctx.facts.has("interviews.none") and not total:
        return CheckResult(Status.red_flag, _ev(ctx, "interviews.none"), detail="workers were not interviewed, or interviews were replaced by document review")
    if total is None:
        return CheckResult(Status.unmet, evidence, detail="no number of interviewed workers is given")
    if workforce is None or workforce < total:
        return CheckResult(Status.partial, evidence, detail=f"{total} workers interviewed, but the workforce size is not given, so adequacy cannot be judged")
    needed = math.ceil(math.sqrt(workforce))
    constrained = voice_constrained(ctx)
    if total < needed:
        return CheckResult(Status.unmet, evidence, detail=f"{total} interviews for a workforce of {workforce}; the square-root floor is {needed}")
    if constrained:
        return CheckResult(Status.partial, evidence, detail=f"{total} interviews meet the square-root floor of {needed} for {workforce} workers, but {constrained}, so the count cannot carry the conclusion")
    # NOTE: no fact counts off-site interviews yet, so any share above zero asks for an off-site mention.
    missing = [FACT_TITLES.get(n, n).lower() for n in require if not ctx.facts.has(n)]
    if min_share_offsite > 0 and not ctx.facts.has("interviews.offsite"):
        missing.insert(0, "off-site interviews")
    if missing:
        return CheckResult(Status.partial, evidence, detail=f"{total} interviews meet the square-root floor of {needed} for {workforce} workers, but the text does not show: {', '.join(missing)}")
    return CheckResult(Status.met, evidence, detail=f"{total} interviews for a workforce of {workforce} (square-root floor {needed})")


_UNSAFE = re.compile(r"\b(?:too\s+dangerous|dangerous|endanger\w*|at\s+risk|unsafe|reprisals?)\b", re.IGNORECASE)


@rule("interview_claims_consistent")
def interview_claims_consistent(criterion: Any, ctx: EvalContext) -> CheckResult:
    """A count of interviews and a statement that interviews were not held or were unsafe, in one text."""
    if not ctx.facts.has("interviews.total") and not ctx.facts.has("interviews.none"):
        return CheckResult(Status.not_applicable, detail="no interview claim is made")
    # NOTE: only danger contradicts a count; "no interviews with the night shift" is a limitation.
    unsafe = [e for e in _ev(ctx, "interviews.none", limit=10) if _UNSAFE.search(ctx.document.text[e.start:e.end + 120])]
    if ctx.facts.has("interviews.total") and unsafe:
        return CheckResult(Status.red_flag, _ev(ctx, "interviews.total", limit=2) + unsafe[:2],
                           detail="the text gives a number of interviews and also says interviews would have been unsafe")
    return CheckResult(Status.met, _ev(ctx, "interviews.total", "interviews.none", limit=2))


@rule("interview_setting")
def interview_setting(criterion: Any, ctx: EvalContext) -> CheckResult:
    """Off-site and confidential beats on-site; monitored or management-present is a red flag."""
    if ctx.facts.has("interviews.monitored") or ctx.facts.has("interviews.management_present"):
        return CheckResult(Status.red_flag, _ev(ctx, "interviews.monitored", "interviews.management_present"),
                           detail="interviews were monitored or held with management or officials present")
    if ctx.context.risk == "high" and (ctx.facts.has("interviews.total") or ctx.facts.has("interviews.onsite")):
        return CheckResult(Status.red_flag, _ev(ctx, "interviews.onsite", "interviews.total"),
                           detail="interviews in a high-risk context cannot be confidential, wherever they were held")
    if ctx.facts.has("interviews.offsite"):
        return CheckResult(Status.met, _ev(ctx, "interviews.offsite"))
    if ctx.facts.has("interviews.onsite") or ctx.facts.has("interviews.virtual"):
        return CheckResult(Status.partial, _ev(ctx, "interviews.onsite", "interviews.virtual"), detail="interviews were on-site or remote only")
    return CheckResult(Status.unmet)


@rule("auditors_named")
def auditors_named(criterion: Any, ctx: EvalContext, *, name_patterns: list[str] = ()) -> CheckResult:
    """Named people with credentials beat a firm name; unnamed auditors are a red flag.

    ``name_patterns`` find named auditors the facts layer misses, such as a person's name next
    to a credential or role in a table row ("Tomasz Wilk, APSCA CSCA 21706610").
    """
    name_ev = _ev(ctx, "auditor.names")
    if not name_ev and name_patterns:
        name_ev = quotes(ctx, find(criterion, ctx, list(name_patterns)), "support", limit=2)
    if ctx.facts.has("auditor.unnamed") and not name_ev:
        return CheckResult(Status.red_flag, _ev(ctx, "auditor.unnamed"), detail="the people who did the audit are not named")
    if name_ev and ctx.facts.has("auditor.credential"):
        return CheckResult(Status.met, name_ev + _ev(ctx, "auditor.credential", limit=1))
    if name_ev:
        return CheckResult(Status.met, name_ev, detail="auditors are named; no credential numbers given")
    if ctx.facts.has("auditor.firm"):
        return CheckResult(Status.partial, _ev(ctx, "auditor.firm"), detail="a firm is named but not the individual auditors")
    return CheckResult(Status.unmet)


@rule("standard_accreditation")
def standard_accreditation(criterion: Any, ctx: EvalContext, *, audit_schemes: list[str] = AUDIT_SCHEMES,
                           accepted: list[str] = ()) -> CheckResult:
    """A certifiable standard named without a certificate or accredited body is a red flag.

    Audit schemes that issue no certificate (``audit_schemes``, e.g. SMETA) are only 'unmet'
    without an auditor credential: the scheme is real, the report just does not show who may
    use it. ``accepted`` adds patterns that count as a certificate or accreditation statement.
    """
    claimed = [f for f in ctx.facts.get("standard.claimed") if any(str(f.value).upper().replace(" ", "").startswith(c.upper().replace(" ", "")) for c in CERTIFIABLE)]
    if accepted and claimed and not ctx.facts.has("standard.not_accredited"):
        hits = find(criterion, ctx, list(accepted))
        if hits:
            return CheckResult(Status.met, quotes(ctx, hits, "support", limit=2) + [f.evidence[0] for f in claimed[:1]])
    if ctx.facts.has("standard.not_accredited") and (claimed or ctx.facts.has("standard.loose")):
        return CheckResult(Status.red_flag, _ev(ctx, "standard.not_accredited", "standard.claimed"),
                           detail="the standard is claimed by a party said not to be accredited for it")
    if not claimed:
        return CheckResult(Status.not_applicable, detail="no certifiable standard is claimed")
    if ctx.facts.has("standard.certificate") or ctx.facts.has("auditor.credential"):
        if ctx.facts.has("standard.loose"):
            return CheckResult(Status.partial, _ev(ctx, "standard.certificate", "standard.loose"), detail="an accredited body is named, but the standard is also described loosely")
        return CheckResult(Status.met, _ev(ctx, "standard.certificate", "auditor.credential", "standard.claimed"))
    def _norm(s: str) -> str:
        return str(s).upper().replace(" ", "")

    if all(any(_norm(f.value).startswith(_norm(s)) for s in audit_schemes) for f in claimed):
        return CheckResult(Status.unmet, [f.evidence[0] for f in claimed[:3]],
                           detail=f"{claimed[0].value} is named, but no auditor credential (APSCA number) is given")
    return CheckResult(Status.red_flag, sentence_evidence(ctx, [f.evidence[0] for f in claimed]),
                       detail=f"{claimed[0].value} is named without a certificate or an accredited body")


@rule("onsite_effort_adequate")
def onsite_effort_adequate(criterion: Any, ctx: EvalContext, *, small_site: int = 100) -> CheckResult:
    """APSCA's industry-practice floor: one auditor-day under 100 workers, two or more above."""
    days = ctx.facts.number("audit.days")
    workforce = ctx.facts.number("workforce.size")
    ev = _ev(ctx, "audit.days", "audit.date", "workforce.size")
    if days is None:
        if ctx.facts.has("audit.date"):
            return CheckResult(Status.partial, ev, detail="audit dates are given but not the auditor-days")
        return CheckResult(Status.unmet)
    if workforce is None:
        return CheckResult(Status.partial, ev, detail=f"{days} auditor-days, workforce size not given")
    needed = 1 if workforce < small_site else 2
    if days < needed:
        return CheckResult(Status.unmet, ev, detail=f"{days} auditor-day(s) for {workforce} workers; at least {needed} expected")
    return CheckResult(Status.met, ev, detail=f"{days} auditor-days for {workforce} workers")


@rule("announcement_status")
def announcement_status(criterion: Any, ctx: EvalContext, *, mixed: str = "met") -> CheckResult:
    """Unannounced is met, semi-announced partial, announced unmet, each with its evidence.

    ``mixed`` says what a text naming both announced and unannounced audits earns: one audit
    report that says it was unannounced is met; a company programme whose regular audits are
    announced and only some unannounced is ``partial``.
    """
    facts = ctx.facts.get("audit.announcement")
    kinds = {str(f.value) for f in facts}
    ev = _ev(ctx, "audit.announcement")
    if "unannounced" in kinds and (mixed == "met" or kinds == {"unannounced"}):
        unannounced = [e for f in facts if f.value == "unannounced" for e in f.evidence]
        return CheckResult(Status.met, sentence_evidence(ctx, unannounced, 2))
    if "semi-announced" in kinds or "unannounced" in kinds:
        return CheckResult(Status.partial, ev, detail="audits are semi-announced, or only partly unannounced: the site could prepare")
    if "announced" in kinds:
        return CheckResult(Status.unmet, ev, detail="the audit was announced, so the site could prepare")
    return CheckResult(Status.unmet)


@rule("context_acknowledged")
def context_acknowledged(criterion: Any, ctx: EvalContext, *, patterns: list[str] = ()) -> CheckResult:
    """In a risky context the document must say so; elsewhere the criterion does not apply."""
    if ctx.context.risk not in ("high", "elevated"):
        return CheckResult(Status.not_applicable, detail="no high-risk location found")
    hits = find(criterion, ctx, list(patterns)) if patterns else []
    if hits:
        return CheckResult(Status.met, quotes(ctx, hits, "support"))
    loc = [e for m in ctx.context.matches[:2] for e in m.evidence[:1]]
    return CheckResult(Status.unmet, loc, detail="the location's risk is not discussed")


@rule("absence_claim_in_context")
def absence_claim_in_context(criterion: Any, ctx: EvalContext, *, risks: list[str] = ("high",)) -> CheckResult:
    """An absence claim about a site in a context where absence cannot be established."""
    if ctx.context.risk not in risks:
        return CheckResult(Status.not_applicable, detail="the context does not rule out a workplace audit")
    if not ctx.facts.has("claim.absence"):
        return CheckResult(Status.met, detail="no absence claim is made")
    ev = _ev(ctx, "claim.absence", limit=2) + [e for m in ctx.context.matches[:1] for e in m.evidence[:1]]
    return CheckResult(Status.red_flag, ev, detail="a clean result is claimed where no workplace audit can establish it")


# Rules kept in their own modules register themselves on import.
from . import rules_context  # noqa: E402,F401


@rule("generic_findings")
def generic_findings(criterion: Any, ctx: EvalContext, *, max_share: float = 0.5, min_chars: int = 400) -> CheckResult:
    """Most of the findings text is stock wording that could be pasted into any report (HRW 2022)."""
    from .similar import generic_spans

    spans, total = generic_spans(ctx.document, ctx.index)
    if total < min_chars:
        return CheckResult(Status.not_assessable, detail="the findings text is too short to judge")
    share = sum(e - s for s, e in spans) / total
    evidence = [evidence_from_span(ctx.document, s, e, role="generic") for s, e in spans[:4]]
    if share >= max_share:
        return CheckResult(Status.red_flag, evidence, detail=f"{share:.0%} of the findings text is stock wording with no site-specific detail")
    return CheckResult(Status.met, detail=f"{share:.0%} of the findings text is stock wording")
