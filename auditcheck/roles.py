"""Guess what a document is: an audit report, a company statement, an auditor's statement or a
third party's account.

The role decides which pack applies: a company's programme-level statement about its supply
chain gets the company-statement checklist; anything about one audit, whoever wrote it, gets
the social-audit checklist. Each guess comes with the cues that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .document.model import Document
from .text.index import DocumentIndex
from .text.normalise import plain_text
from .text.scanner import FastScanner
from .text.sre_cache import compile_cached

#: Cues are read in the first this many characters: a role shows in a document's opening.
_HEAD = 200_000

_CUES: dict[str, list[tuple[str, float]]] = {
    "audit_report": [
        (r"\b(?:audit|assessment)\s+(?:report|details|findings|methodology|scope|summary)\b", 1.0),
        (
            r"\b(?:lead\s+auditor|audit\s+team|auditor[- ]days?|man[- ]?days"
            r"|date\s+of\s+(?:the\s+)?audit|audit\s+date|report\s+(?:no|number|reference|#))"
            r"\b",
            2.0,
        ),
        (r"\b(?:non[- ]conformit(?:y|ies)|NCR|corrective\s+action\s+plan|CAP)\b", 1.5),
        (
            r"^#{1,3}\s*(?:\d+[.)]?\s*)?(?:methodology|scope|findings|limitations"
            r"|site\s+(?:profile|details)|worker\s+interviews)\b",
            2.0,
        ),
        (r"\bwe\s+(?:interviewed|visited|reviewed|assessed|audited|inspected)\b", 1.0),
        (r"\b(?:workers|employees)\s+(?:were\s+)?interviewed\b", 0.8),
        # A report's own skeleton: section titles standing alone on a line, as in a table of
        # contents.
        (
            r"^[ \t#]*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*\.?|[A-H]\.)?[ \t]*"
            r"(?:executive\s+summary|(?:key|main|summary\s+of)\s+findings|(?:detailed\s+)?findings"
            r"(?:\s+in\s+detail)?|(?:assessment|audit|research|verification)\s+(?:methodology|method)"
            r"|(?:scope\s+and\s+)?methodology|methods?|approach(?:\s+and\s+methods?)?"
            # a method section titled in words: "How the assessment was done", "How we worked"
            r"|how\s+(?:the|this|we|our)\s+(?:\w+\s+){0,2}?(?:was|were|did|conducted|carried\s+out"
            r"|worked|done)(?:\s+\w+){0,2}"
            r"|recommendations|(?:what\s+we\s+)?conclu(?:sions|de)(?:\s+and\s+recommend(?:ations)?)?"
            r"|annex(?:es)?|site\s+profile|audit\s+scope)[ \t]*$",
            1.5,
        ),
    ],
    "company_statement": [
        (
            r"\bmodern\s+slavery\s+(?:act|statement)\b"
            r"|\bslavery\s+and\s+human\s+trafficking\s+statement\b"
            r"|\btransparency\s+in\s+supply\s+chains\b|\bSB\s?657\b",
            4.0,
        ),
        (
            r"\b(?:our|its)\s+(?:suppliers|supply\s+chains?|supplier\s+code"
            r"|standards\s+for\s+suppliers|responsible\s+sourcing|due\s+diligence)\b",
            0.7,
        ),
        (r"\b(?:this|our)\s+statement\b", 1.0),
        (
            r"\b(?:the\s+)?(?:company|group|carmaker|retailer|brand)\s+"
            r"(?:said|says|announced|stated)\b",
            1.0,
        ),
        (r"\b(?:press\s+release|statement\s+(?:published|issued))\b", 0.8),
        (r"\b(?:board|chief\s+executive|CEO)\b[^.]{0,60}\b(?:approved|signed)\b", 1.0),
        # A company announcing what "its" audit found, in its own words or as a wire reports them.
        (
            r"\b(?:audit|review|assessment)\b[^.\n]{0,140}\b(?:found|finds|showed|revealed)\s+no"
            r"\b[^.\n]{0,140}?,\s+(?:the\s+)?"
            r"(?:company|carmaker|group|retailer|brand|manufacturer)\s+"
            r"(?:said|says|announced|stated)",
            2.5,
        ),
        (
            r"\b(?:[A-Z][\w-]+|the\s+company|it)\s+(?:has\s+|had\s+)?"
            r"(?:said|says|announced|stated|claimed|issued\s+a\s+statement)\b[^.\n]{0,80}?\b"
            r"(?:audit|review|assessment|auditor)\b[^.\n]{0,100}?\b"
            r"(?:found|finds|find|did\s+not\s+find|identified)\s+(?:no|any)\b",
            2.5,
        ),
        (
            r"\b(?:we|our\s+company|the\s+company)\s+"
            r"(?:commissioned|mandated|engaged|appointed|hired|retained)\b",
            1.5,
        ),
        (r"\b(?:one|1|two|2)[- ]page\s+(?:statement|summary)\b", 1.0),
        (r"\b(?:is|are)\s+(?:pleased|proud|delighted)\s+to\s+(?:announce|report|confirm)\b", 1.5),
        # A company citing its auditor's endorsement of itself.
        (
            r"\b(?:auditor|verifier|consultant|consultancy|assessor)\b[^.\n]{0,80}?\b"
            r"(?:has\s+|had\s+)?(?:confirmed|certified|verified|attested)\s+that\s+"
            r"(?:the\s+company|we|our|it)\b",
            2.0,
        ),
    ],
    "auditor_statement": [
        (
            r"\b(?:statement\s+on|responses?\s+to|our\s+(?:role|findings|opinion)"
            r"|in\s+(?:our|\w+['’]s)\s+opinion)\b",
            1.0,
        ),
        (
            r"\b(?:certification\s+body|accredited\s+(?:CBs?|by)|accreditation\s+body|verifier"
            r"|verification\s+(?:work|statement))\b",
            1.2,
        ),
        (
            r"\b(?:we|RINA|SAI|Impactt|Intertek|Bureau\s+Veritas|SGS|TÜV|UL|Verit[eé]|ELEVATE"
            r"|QIMA)\s+(?:conducted|found|issued|certif\w+|verified)\b",
            1.0,
        ),
        # The auditor's side speaking for itself: who engaged it, what its people did or did not do.
        (
            r"\b(?:we|our\s+(?:team|firm|consultancy))\s+(?:were|was|had\s+been)\s+"
            r"(?:commissioned|engaged|retained|mandated|appointed)\s+(?:by|to)\b",
            1.5,
        ),
        (
            r"\b(?:I|we)\s+(?:was|were|am|are|have\s+never\s+been)\s+not\s+(?:involved|part\s+of)"
            r"\b|\b(?:I|we)\s+(?:did\s+not|never)\s+(?:take\s+part|participate|work\s+on)\b"
            r"|\bno\s+other\s+(?:team\s+member|colleague|member\s+of\s+(?:our|the)\s+team)\b",
            1.5,
        ),
    ],
    "third_party": [
        (
            r"\b(?:according\s+to|reported|told\s+(?:the|reporters)"
            r"|(?:Reuters|Financial\s+Times|FT|AP|AFP|Bloomberg|Xinhua|Spiegel|Guardian)\b)",
            0.8,
        ),
        (
            r"\b(?:campaign(?:ers)?|rights\s+groups?|NGO|researchers?"
            r"|investigation\s+(?:by|found)|report\s+(?:by|from)\s+(?:the\s+)?[A-Z])\b",
            0.8,
        ),
        (
            r"\b(?:critici[sz]ed|flaws?|failed\s+to|never\s+visited|was\s+not\s+accredited"
            r"|leaked)\b",
            1.0,
        ),
        # civil-society statements about audits: signatories, demands, coalitions
        (
            r"\b(?:the\s+undersigned|we\s+(?:call\s+on|urge|demand)|joint\s+statement|coalition"
            r"|civil\s+society\s+organi[sz]ations)\b",
            1.5,
        ),
    ],
}


@dataclass(frozen=True)
class _Cue:
    """A cue pattern, compiled by ``re`` only if RE2 cannot answer for it (most never are)."""

    source: str
    flags: int

    @property
    def compiled(self) -> re.Pattern[str]:
        return _compile(self.source, self.flags)


@cache
def _compile(source: str, flags: int) -> re.Pattern[str]:
    return compile_cached(source, flags)  # the compiled program, kept across processes


_CUE_PATTERNS = {
    role: [(_Cue(p, re.IGNORECASE | re.MULTILINE), w) for p, w in cues]
    for role, cues in _CUES.items()
}
#: A programme-level company statement, as opposed to a statement about one audit.
_PROGRAMME = _Cue(
    r"\bmodern\s+slavery\b|\bslavery\s+and\s+human\s+trafficking\b"
    r"|\btransparency\s+in\s+supply\s+chains\b|\bSB\s?657\b"
    r"|\bsupplier\s+code\s+of\s+conduct\b|\bStandards\s+for\s+Suppliers\b"
    r"|\bresponsible\s+sourcing\s+program",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RoleGuess:
    role: str
    reason: str
    scores: dict[str, float]
    programme_level: bool
    #: (start, end) offsets of the first hit of each cue behind the chosen role, for quoting.
    spans: tuple[tuple[int, int], ...] = ()


#: A statement about one audit keeps returning to it ("the audit", "the auditors", "the site").
_ONE_AUDIT = _Cue(
    r"\bthe\s+(?:independent\s+|social\s+|third[- ]party\s+|external\s+|labour\s+)?"
    r"(?:audit|assessment|auditors?|audit\s+firm|site\s+in\s+question)\b(?!s\b)",
    re.IGNORECASE,
)
#: A programme statement talks about many suppliers and many audits.
_MANY = _Cue(
    r"\b(?:our|its|their)\s+(?:\w+\s+)?"
    r"(?:suppliers|supply\s+chains?|vendors|factories|supplier\s+base)\b"
    r"|\b\d[\d,]*\s+(?:\w+\s+)?(?:audits|assessments|suppliers|factories|facilities)\b"
    r"|\b(?:this|our)\s+(?:statement|disclosure)\b|\bfinancial\s+year\b|\btier[- ]?[123]\b",
    re.IGNORECASE,
)


def _programme_level(
    document: Document, text: str, scores: dict[str, float], fast: FastScanner | None = None
) -> bool:
    """A programme-level statement names a modern-slavery/supply-chain frame and is mostly about
    many suppliers.

    A company's statement about one audit (a press release on a supplier audit) often mentions
    its supplier code or its modern slavery statement too; what decides is whether the text
    dwells on one audit or on a programme.
    """
    fast = fast or FastScanner(text)
    if scores["company_statement"] < 4 or not _all(fast, _PROGRAMME, text):
        return False
    one_audit = len(_all(fast, _ONE_AUDIT, text))
    title = (document.title or text[:200]).lower()
    if re.search(r"\baudit|\bassessment|\bverification", title) and not re.search(
        r"slavery|transparency|statement\s+\d{4}|disclosure", title
    ):
        one_audit += 4
    return len(_all(fast, _MANY, text)) >= one_audit


def _all(fast: FastScanner, cue: _Cue, text: str) -> list:
    """Every match of a cue in ``text`` (RE2 where that is exact, else ``re``)."""
    found = fast.finditer_source(cue.source, cue.flags, lambda: cue.compiled)
    return found if found is not None else list(cue.compiled.finditer(text))


def compiled_cues() -> list[re.Pattern[str]]:
    """Every cue pattern, compiled (for the equivalence tests and benchmarks)."""
    cues = [cue for pairs in _CUE_PATTERNS.values() for cue, _ in pairs]
    return [cue.compiled for cue in (*cues, _PROGRAMME, _ONE_AUDIT, _MANY)]


def classify_role(document: Document, index: DocumentIndex | None = None) -> RoleGuess:
    """Score each role by weighted cues (capped per cue) and pick the best."""
    # Cues read the plainly written text (ligatures and odd spaces written out); spans map back.
    # A document within the head is read through its shared index; a longer one is cut first
    # (its own scan of the head: a cut can end a match the whole text would continue).
    if len(document.text) <= _HEAD:
        index = index or DocumentIndex.of(document)
        plain, fast = index.plain, index.scanner
    else:
        breaks = (index or DocumentIndex.of(document)).breaks.before(_HEAD)
        plain = plain_text(document.text[:_HEAD], breaks.spaces, breaks.joins)
        fast = FastScanner(plain.text)
    text = plain.text
    scores: dict[str, float] = {}
    cues_found: dict[str, list[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for role, cues in _CUE_PATTERNS.items():
        total = 0.0
        for cue, weight in cues:
            hits = _all(fast, cue, text)
            if hits:
                total += weight * min(len(hits), 3)
                cues_found.setdefault(role, []).append(hits[0].group(0).strip())
                spans.setdefault(role, []).append(plain.source_span(*hits[0].span()))
        scores[role] = round(total, 2)
    programme = _programme_level(document, text, scores, fast)
    best = max(scores, key=lambda r: (scores[r], r == "audit_report"))
    if scores[best] == 0:
        best = "audit_report"
    cue_text = (
        ", ".join(f"'{c}'" for c in cues_found.get(best, [])[:4])
        or "no strong cues; audit report assumed"
    )
    return RoleGuess(
        best,
        f"{best.replace('_', ' ')} (cues: {cue_text})",
        scores,
        programme,
        tuple(sorted(spans.get(best, []))),
    )
