"""Caps and floors that follow from the principal claim: what a failure account, a decline, an
adverse finding with consequences, a programme statement or a clean result with a method able to
support it does to the score, with the reasons each gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..claims import OUTSIDERS
from ..claims.author import this_speakers
from ..models import Cap, Finding, Status
from ..packs.schema import ScoringPolicy
from ..text import cached_re as re
from .audit_washing import METHOD_FLAGS
from .steps import burden_of

if TYPE_CHECKING:
    from .flow import Prepared


#: Quotation marks: the assessor's words given as its own, not paraphrased by the teller.
_QUOTED = re.compile(r"[\"“”]")


def _limit(reason: str, ceiling: float) -> Cap:
    """A cap or floor that the principal claim sets."""
    return Cap(reason=reason, ceiling=ceiling, source="claims")


def _own_words_available(prepared: Prepared) -> bool:
    """The assessment can be read in its own words, not only in the teller's account: its
    report or summary is said to be released, or the assessor is quoted ("'We found serious
    abuses,' said the monitor's director")."""
    if any(f.name in ("report.published", "report.released") for f in prepared.facts.items):
        return True
    text = prepared.document.text
    return any(
        c.kind == "adverse"
        and c.counts
        and c.speaker == "auditor"
        and _QUOTED.search(text, c.start, c.end) is not None
        for c in prepared.claims.sentence_claims
    )


def claim_limits(
    prepared: Prepared, principal: str, findings: list[Finding], policy: ScoringPolicy
) -> tuple[list[Cap], list[Cap], list[str]]:
    """Caps and floors that follow from the principal claim, with the reasons they give."""
    reading = prepared.claims
    vehicle = reading.vehicle()
    lower_risk = prepared.context.risk not in ("elevated", "high")
    full_method = _all_shown(findings, policy.clean_claim_supported_by) and not _conflict_shown(
        findings
    )
    lower_risk_method = _all_shown(findings, policy.clean_claim_supported_in_lower_risk_by)
    # the lower-risk routes answer what the method flags ask (a method able to find abuse in an
    # ordinary workplace), so those flags do not withhold them; any other conflict does
    lower_risk_route = (
        lower_risk
        and (lower_risk_method or _detection_shown(prepared, findings, policy))
        and not _conflict_shown(findings, ignoring=METHOD_FLAGS)
    )
    supported = principal == "clean" and bool(vehicle) and (full_method or lower_risk_route)
    caps: list[Cap] = []
    floors: list[Cap] = []
    reasons: list[str] = []
    if principal == "failure":
        failures = reading.counting("failure")
        # no failure sentence: the account shows a public clean claim contradicted
        teller = failures[0].speaker if failures else reading.author.speaker
        caps.append(
            _limit(
                f"{this_speakers(teller, 'account', 'the')} documents that the audit described "
                "failed: the audit cannot be relied on",
                policy.partially_credible_at - 1,
            )
        )
    elif principal == "decline":
        if not any(f.status is Status.red_flag and f.audit_washing for f in findings):
            floors.append(
                _limit(
                    (
                        "an honest limit: the text says credible assurance is not possible "
                        "here and claims none"
                    ),
                    policy.credible_at,
                )
            )
    elif principal == "adverse":
        consequences = _all_shown(findings, policy.consequences_shown_by, any_of=True)
        # a public inspectorate's own findings in its own text: no site chooses or pays it
        independent = _all_shown(findings, policy.independence_shown_by, any_of=True) or bool(
            reading.inspectorate_findings()
        )
        if consequences and independent:
            floors.append(
                _limit(
                    "an independent assessment found violations and they had consequences: "
                    "the method has shown it can detect abuse",
                    policy.credible_at,
                )
            )
        elif consequences:
            floors.append(
                _limit(
                    (
                        "the assessment found violations and they had consequences: the "
                        "method could detect abuse"
                    ),
                    policy.partially_credible_at,
                )
            )
    elif (
        # claims nothing, or only a clean result bounded by its own stated limits (modest)
        (principal == "none" or (principal == "clean" and not vehicle))
        and burden_of(prepared) == "complete_statement"
        and not _red_flag(findings)
    ):
        # a programme statement concludes nothing: what it leaves out is insufficient information
        # (claim-first note, principle 3); only a failure shown with evidence takes it lower
        floors.append(
            _limit(
                "a programme statement that claims no result beyond its own stated limits and "
                "shows no failure: what it leaves out is insufficient information, not failure",
                policy.partially_credible_at,
            )
        )
    elif (
        principal == "clean"
        and vehicle
        and not supported
        and lower_risk
        and not _red_flag(findings)
        and _all_shown(findings, policy.clean_claim_partly_supported_by, partial_counts=True)
    ):
        floors.append(
            _limit(
                "in a standard-risk setting, workers heard privately in their own language make "
                "the clean result insufficient information rather than unsupported",
                policy.partially_credible_at,
            )
        )
    if supported:
        floors.append(
            _limit(
                "the method shown can support the clean result: recruitment traced, fees "
                "checked, private interviews in the workers' languages, the payer and the limits "
                "stated"
                if full_method
                else "where no elevated risk is known the method shown can support the clean "
                "result: private interviews in the workers' languages, fees checked, the "
                "assessor's independence declared and the limits stated"
                if lower_risk_method
                else "where no elevated risk is known the method shown can support the clean "
                "result: the same assessment found problems and had them put right, heard "
                "workers privately in their languages, checked fees and stated its limits",
                policy.credible_at,
            )
        )
    author = reading.author.speaker
    # the assessor's own text, or an outsider's own investigation, shows the assessment first-hand;
    # anyone else (a newspaper, the company, a union relaying it) tells of it. An outsider that
    # relays an assessment's findings and adds its own beside them ("the assessment found fees
    # ... eleven contract workers told us they had paid fees too") tells of that assessment, and
    # its own finding is abuse the assessment did not record (claim-first note, principle 5)
    relayed = any(
        c.speaker == "auditor" and c.modality in ("reported", "adopted")
        for c in reading.counting("adverse")
    )
    first_hand = author in ("auditor", "standard_owner") or (
        author in OUTSIDERS
        and not relayed
        and reading.counting("adverse", speakers=frozenset({author}))
    )
    if principal == "adverse" and not first_hand and not _own_words_available(prepared):
        caps.append(
            _limit(
                f"the assessment is known only from {this_speakers(author, 'account')} of it: "
                "credible needs the assessment's own report or statement",
                policy.credible_at - 0.1,
            )
        )
    if principal != "decline" and not _recruitment_shown(findings):
        caps.append(
            _limit(
                "nothing shows that recruitment was examined, where forced labour usually "
                "begins: credible needs that evidence",
                policy.credible_at - 0.1,
            )
        )
    if principal == "clean" and vehicle:
        speakers = sorted({c.speaker for c in vehicle})
        reasons.append(
            f"a clean conclusion is carried for the {', '.join(speakers)}: the method behind it "
            "must support it"
        )
    elif principal == "clean":
        reasons.append(
            "a modest clean conclusion, stated beside the limits of its own method: what the "
            "text leaves unsaid is unknown, not failed, and it is no assurance beyond those limits"
        )
    return caps, floors, reasons


def _all_shown(
    findings: list[Finding],
    needed: list[str],
    *,
    partial_counts: bool = False,
    any_of: bool = False,
) -> bool:
    """The pack's listed criteria are met (``partial_counts``: or partly met): all of them, or
    ``any_of`` them; never for an empty list."""
    if not needed:
        return False
    ok = (Status.met, Status.partial) if partial_counts else (Status.met,)
    shown = {f.criterion_id for f in findings if f.status in ok}
    return (any if any_of else all)(criterion in shown for criterion in needed)


def _detection_shown(prepared: Prepared, findings: list[Finding], policy: ScoringPolicy) -> bool:
    """The assessor's own text shows it found problems and had them put right, with workers
    heard privately in their languages, fees checked and its limits stated."""
    return (
        bool(prepared.claims.counting("adverse", speakers=frozenset({"auditor"})))
        and _all_shown(findings, policy.clean_claim_supported_by_detection_in_lower_risk)
        and _all_shown(findings, policy.clean_claim_partly_supported_by, partial_counts=True)
    )


def _red_flag(findings: list[Finding]) -> bool:
    return any(f.status is Status.red_flag for f in findings)


def _conflict_shown(findings: list[Finding], ignoring: frozenset[str] = frozenset()) -> bool:
    """A red flag (other than those ``ignoring`` names), or an independence problem the text
    itself shows ("paid for by the factory"), not one it is silent on."""
    return any(
        f.status is Status.red_flag and f.criterion_id not in ignoring for f in findings
    ) or any(
        f.status is Status.unmet and bool(f.evidence) and f.dimension == "independence"
        for f in findings
    )


def _recruitment_shown(findings: list[Finding]) -> bool:
    """Whether any recruitment-phase criterion is met or partly met (packs without one: True)."""
    recruitment = [f for f in findings if f.dimension == "recruitment"]
    return not recruitment or any(f.status in (Status.met, Status.partial) for f in recruitment)
