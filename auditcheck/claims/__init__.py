"""The claim layer: what the text concludes, who says it and in what mood, and what that makes
the verdict about.

It sits between the text index and the checks. Checks ask it whether a matched sentence is
negated or someone else's account; the engine asks it which conclusion the verdict is about
(``principal``) and whether an unshown method element counts as failed (``burden``): only for
a clean claim, or inside a full report or complete statement; anywhere else it is unknown.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..document.model import BlockKind, Document
from ..models import Claim
from ..text import cached_re as re
from ..text.evidence import evidence_from_span
from ..text.index import DocumentIndex
from .base import CLAIMANTS, COUNTING, OUTSIDERS, Author, SentenceClaim
from .decline import CLAIM_REFUSED_CUE, LIMIT_CUE, RELIANCE_REFUSED_CUE
from .detect import detect_claims
from .failures import AUDIT_REF
from .parts import PartAuthors
from .polarity import negated_before
from .voice import voice

#: Speakers whose adverse findings are an assessment's own.
ASSESSORS = frozenset({"auditor", "critic", "company", "standard_owner", "unknown"})

#: Whose account of an audit's failure a journalist's text stands on: its own, or the authorities'.
_ON_RECORD = frozenset({"journalist", "official"})
_OFFICIAL = frozenset({"official"})

#: Heading families of a full report's own structure.
_REPORT_SECTIONS: dict[str, re.Pattern[str]] = {
    name: re.compile(rx, re.IGNORECASE)
    for name, rx in {
        "method": (
            r"\b(?:method(?:ology|s)?|approach|how\s+(?:we|the\s+\w+\s+was|it\s+was)"
            r"|what\s+we\s+did|audit\s+process|scope|sampling"
            r"|(?:assessment|audit)\s+(?:programme|program|plan|team)"
            r"|stakeholder\s+consultation)\b"
        ),
        "findings": (
            r"\b(?:findings|results|observations|non[- ]?conformit(?:y|ies)"
            r"|what\s+we\s+found)\b"
        ),
        "limits": (
            r"\b(?:limitations?|limits|constraints|caveats|does\s+not\s+(?:show|tell|cover)"
            r"|not\s+covered|cannot\s+(?:show|tell))\b"
        ),
        "remedy": (
            r"\b(?:recommendations?|corrective|remediation|action\s+plan|actions?\s+agreed"
            r"|follow[- ]up|next\s+steps)\b"
        ),
        "site": (
            r"\b(?:site\s+(?:profile|details|information)|workforce|company\s+profile"
            r"|facility|(?:audit|assessment)\s+(?:facts|details))\b"
        ),
        "interviews": r"\b(?:interviews?|worker\s+voice|sample)\b",
    }.items()
}


#: A follow-up that checks abuse was put right: a return visit, a re-verification, repayment.
_FOLLOW_UP = re.compile(
    r"\b(?:return\s+visit|follow[- ]up|re-?verif\w+|re-?audit\w*|re-?assess\w*|second\s+visit"
    r"|revisit\w*|(?:had|have|has)\s+(?:been\s+)?(?:repaid|reimbursed|returned|received\s+"
    r"(?:their\s+)?repayment)|received\s+repayment)\b",
    re.IGNORECASE,
)


#: Declines that refuse reliance or a claim, or say assurance is impossible, rather than take
#: back the speaker's own assurance.
_OWN_LIMITS = frozenset({RELIANCE_REFUSED_CUE, CLAIM_REFUSED_CUE, LIMIT_CUE})


@dataclass
class ClaimReading:
    """Every claim of one document and what they imply for judging it."""

    #: Who wrote each stretch: the document's author, and a case file's parts' own.
    authors: PartAuthors
    sentence_claims: list[SentenceClaim]
    full_report: bool
    #: The site's forced-labour context risk: where it is high, no stated limit makes a clean
    #: claim modest, because a workplace method cannot establish absence there at all.
    risk: str = "unknown"
    claims: list[Claim] = field(default_factory=list)
    #: The document's text, which the claims' offsets point into.
    text: str = ""
    #: Whether the text is about a programme of many suppliers rather than one site or audit.
    programme: bool = False
    _principal: str | None = None
    _starts: list[int] | None = None
    _ordered: list[SentenceClaim] = field(default_factory=list)

    @property
    def author(self) -> Author:
        """The document's author (a case file's parts may each have another)."""
        return self.authors.document_author

    def claim_at(self, start: int, end: int) -> SentenceClaim | None:
        """The claim whose sentence holds [start, end), if any (called for every pattern match)."""
        if self._starts is None:
            self._ordered = sorted(self.sentence_claims, key=lambda c: c.start)
            self._starts = [c.start for c in self._ordered]
        i = bisect.bisect_right(self._starts, start) - 1
        # sentences do not overlap, so only the last claim starting at or before `start` can hold it
        if i >= 0 and end <= self._ordered[i].end:
            return self._ordered[i]
        return None

    def voice_at(self, index: DocumentIndex, start: int, end: int) -> tuple[str, str]:
        """Whose statement the sentence holding [start, end) is, and in what mood."""
        claim = self.claim_at(start, end)
        if claim is not None:
            return claim.speaker, claim.modality
        s, e = index.sentence_around(start, end)
        return voice(index.document.text[s:e], start - s, self.authors.at(s))

    def counting(self, *kinds: str, speakers: frozenset[str] | None = None) -> list[SentenceClaim]:
        return [
            c
            for c in self.sentence_claims
            if c.counts and c.kind in kinds and (speakers is None or c.speaker in speakers)
        ]

    def vehicle(self) -> list[SentenceClaim]:
        """Clean claims the text carries for a company, auditor or standard owner, or asserts
        itself.

        Beside the assessor's own adverse findings, only a conclusion about forced labour or
        compliance as a whole is a vehicle: "we found no threats" in a report that found fees is
        one indicator's result, not a clean conclusion.
        """
        clean = [c for c in self._carried_clean() if not c.hedged or self.risk == "high"]
        if self.inspectorate_findings():
            # an inspectorate that found the abuse itself reports the audits' clean records beside
            # it to show what they missed, not to carry them
            clean = [c for c in clean if c.modality != "reported"]
        if self.counting("adverse", speakers=ASSESSORS):
            clean = [c for c in clean if c.global_scope]
        # a mixed result told by one teller ("the audit found unpaid wages on three vessels ... At
        # the plant, it found no issues"): only a conclusion about the whole is a vehicle
        clean = [
            c
            for c in clean
            if c.global_scope or not self.counting("adverse", speakers=frozenset({c.speaker}))
        ]
        return clean

    def modest(self) -> list[SentenceClaim]:
        """Clean claims stated beside the limits of their own method: the claim is the verdict's
        subject, but it does not rest on what the text leaves unsaid, and it washes nothing."""
        carried = self._carried_clean()
        if self.vehicle() or not carried:
            return []
        return [c for c in carried if c.hedged]

    def inspectorate_findings(self) -> list[SentenceClaim]:
        """A public body's own findings of abuse in its own text: an assessment no site chose or
        paid for."""
        if self.author.speaker != "official":
            return []
        return self.counting("adverse", speakers=_OFFICIAL)

    def determinations(self) -> list[SentenceClaim]:
        """A public body's own clean determinations in its own text ("the order is lifted: the
        indicators of forced labour have been addressed"): a conclusion, never a vehicle."""
        if self.author.speaker != "official":
            return []
        return self.counting("clean", speakers=_OFFICIAL)

    def _carried_clean(self) -> list[SentenceClaim]:
        return [
            c
            for c in self.counting("clean")
            if c.speaker in CLAIMANTS or (c.speaker == "unknown" and c.modality == "asserted")
        ]

    def principal(self) -> str:
        if self._principal is None:
            self._principal = self._decide_principal()
        return self._principal

    def _decide_principal(self) -> str:
        """The conclusion the verdict is about; see the module docstring for the order."""
        author = self.author.speaker
        own = [c for c in self.sentence_claims if c.counts and c.speaker == author]
        if (
            author != "journalist"
            and any(c.kind == "decline" for c in own)
            and not any(c.kind in ("clean", "failure") for c in own)
            # a scheme that suspends a certificate after its own investigation found abuse
            # reports those findings, the suspension being their consequence
            and not (author == "standard_owner" and any(c.kind == "adverse" for c in own))
        ):
            # a certifier that withdraws a certificate because, in its own words, the audit
            # behind it did not take place as recorded judges that audit (the rules below), not
            # the withdrawal
            return "decline"
        if (
            author in CLAIMANTS
            # in a programme statement, declining to rely on some suppliers' audits is one
            # passage, not the conclusion of the whole
            and not self.programme
            and any(c.kind == "decline" and c.cue in _OWN_LIMITS for c in own)
            # another company's clean claim it reports ("the grower said it complies") is not
            # the author's own
            and not any(c.kind == "clean" and c.modality != "reported" for c in own)
        ):
            # a buyer that will not rely on a supplier's audit, and says what that audit left
            # out: the shortcomings are its reasons, the refusal is what it concludes
            return "decline"
        if self.counting("decline") and not self.counting("clean", "failure", "adverse"):
            # nobody claims a result and someone says credible assurance is not possible here:
            # that withdrawal is what the text tells, whoever relays it
            return "decline"
        # an outsider's account that the audit failed is what the text concludes; a journalist
        # relays many voices, so only the journalist's own account or the authorities' findings
        # (an inspection, a court) count for this, not one side's allegation
        if author in ("critic", "workers", "official") and self.counting("failure"):
            return "failure"
        if author == "journalist" and self.counting("failure", speakers=_ON_RECORD):
            return "failure"
        if self._contradicted_on_record():
            # an outsider's text that shows a public clean claim contradicted by its own
            # findings (or the authorities') concludes that the claim, and the audit behind it,
            # failed; a journalist relaying one side's allegation does not
            return "failure"
        if self.vehicle():
            return "clean"
        if (
            author in ("company", "auditor")
            and any(c.kind == "adverse" for c in own)
            and (any(c.kind == "failure" for c in own) or self._failures_told_elsewhere())
        ):
            # "our earlier audits missed this; the investigation we commissioned found it": the
            # text's conclusion is the new assessment's findings, the old audits' failure is why;
            # in a case file, a union's part that says the audit fell short answers those
            # findings, it does not replace them
            return "adverse"
        if self.counting("failure"):
            return "failure"
        if self.determinations() and not self.inspectorate_findings():
            # a public body's own determination that the abuse it acted on was put right (an
            # import order lifted on evidence of remediation): its conclusion, though no vehicle
            return "clean"
        # workers' accounts a reporter relays are allegations, not an assessment's findings
        if any((author, c.speaker) != ("journalist", "workers") for c in self.counting("adverse")):
            return "adverse"
        if self.modest():
            return "clean"
        return "none"

    def _contradicted_on_record(self) -> bool:
        """An outsider's own findings set against a public clean claim: a critic's, workers' or
        official's own; a journalist's only where they are the audit's own record ("the report
        itself records ..."), not background or one side's allegation."""
        author = self.author.speaker
        if author not in OUTSIDERS or not self.contradicted():
            return False
        own = self.counting("failure", "adverse", speakers=frozenset({author}))
        if author != "journalist":
            return bool(own)
        return any(AUDIT_REF.search(self.text, c.start, c.end) for c in own)

    def _failures_told_elsewhere(self) -> bool:
        """In a case file, every failure account is told by another part's author."""
        if not self.authors.parts:
            return False
        return all(c.speaker != self.author.speaker for c in self.counting("failure"))

    def contradicted(self) -> list[SentenceClaim]:
        """Public clean claims of a company, auditor or standard owner that this text, written by
        someone else, sets against evidence: it disputes the claim, or its own account shows
        that the audit failed or that violations were found."""
        if self.author.speaker not in OUTSIDERS:
            return []
        against = self.counting("failure", "adverse")
        failed = self.counting("failure")
        return [
            c
            for c in self.sentence_claims
            if c.kind == "clean"
            and c.public
            and c.speaker in CLAIMANTS
            # as for the vehicle: beside its speaker's own findings, "no issues on the other 22
            # vessels" is one part of a mixed result, not a conclusion that could be washed
            and (c.global_scope or not self.counting("adverse", speakers=frozenset({c.speaker})))
            and (c.modality == "disputed" or (c.counts and against))
            # a result bounded by its speaker's own stated limits ("we did not look at how the
            # women were recruited") is not contradicted by abuse found beyond them
            and not (c.hedged and c.modality != "disputed" and self.risk != "high")
            # a denial that rests on no audit ("passports were kept at the workers' request") is
            # not audit-washing, however wrong: the claim must rest on an audit, a certificate or
            # the findings it says were put right
            and (
                c.cue.startswith("resolution")
                or AUDIT_REF.search(self.text, c.start, c.end) is not None
            )
            # a follow-up that confirms the abuse found was put right ("a return visit confirmed
            # that all workers had been repaid") is the findings' sequel, not contradicted by them
            and (
                c.modality == "disputed"
                or failed
                or not _FOLLOW_UP.search(self.text, c.start, c.end)
            )
        ]

    def support_is_theirs(self, sentence_start: int, sentence_end: int) -> bool:
        """False when a sentence is an outsider's account of abuse, not the assessment's own
        coverage.

        In an account of an audit's failure, abuse that anyone but the auditor reports is evidence
        that the audit missed it, never coverage by it. Elsewhere (an NGO's own investigation, a
        company disclosing what others found) the finding counts for the text that reports it.
        """
        claim = self.claim_at(sentence_start, sentence_end)
        if claim is None or claim.kind not in ("adverse", "failure"):
            return True
        return self.principal() != "failure" or claim.speaker == "auditor"


def is_full_report(document: Document) -> bool:
    """A full report has its own structure: method, findings and one more section family or more."""
    families = set()
    for block in document.blocks:
        if block.kind is not BlockKind.heading:
            continue
        for name, rx in _REPORT_SECTIONS.items():
            if rx.search(block.text):
                families.add(name)
    return {"method", "findings"} <= families and len(families) >= 3


def read_claims(
    document: Document,
    index: DocumentIndex,
    role: str | None,
    risk: str = "unknown",
    programme: bool = False,
) -> ClaimReading:
    authors, found = detect_claims(document, index, role)
    reading = ClaimReading(
        authors, found, is_full_report(document), risk, text=document.text, programme=programme
    )
    reading.claims = [
        Claim(
            kind=c.kind,
            speaker=c.speaker,
            modality=c.modality,
            counts=c.modality in COUNTING,
            evidence=evidence_from_span(
                document,
                c.start,
                c.end,
                source="claim",
                role=f"claim:{c.kind}",
                focus=(c.focus_start, c.focus_end),
            ).model_copy(update={"speaker": c.speaker, "modality": c.modality}),
            cue=c.cue,
            public=c.public,
            hedged=c.hedged,
        )
        for c in found
    ]
    return reading


__all__ = [
    "CLAIMANTS",
    "OUTSIDERS",
    "ClaimReading",
    "is_full_report",
    "negated_before",
    "read_claims",
    "reconcile_absence_facts",
]
