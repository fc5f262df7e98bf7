"""Guess what a document is: an audit report, a company statement, an auditor's statement or a third party's account.

The role decides which pack applies: a company's programme-level statement about its supply
chain gets the company-statement checklist; anything about one audit, whoever wrote it, gets
the social-audit checklist. Each guess comes with the cues that made it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document.model import Document

_CUES: dict[str, list[tuple[str, float]]] = {
    "audit_report": [
        (r"\b(?:audit|assessment)\s+(?:report|details|findings|methodology|scope|summary)\b", 1.0),
        (r"\b(?:lead\s+auditor|audit\s+team|auditor[- ]days?|man[- ]?days|date\s+of\s+(?:the\s+)?audit|audit\s+date|report\s+(?:no|number|reference|#))\b", 2.0),
        (r"\b(?:non[- ]conformit(?:y|ies)|NCR|corrective\s+action\s+plan|CAP)\b", 1.5),
        (r"^#{1,3}\s*(?:\d+[.)]?\s*)?(?:methodology|scope|findings|limitations|site\s+(?:profile|details)|worker\s+interviews)\b", 2.0),
        (r"\bwe\s+(?:interviewed|visited|reviewed|assessed|audited|inspected)\b", 1.0),
        (r"\b(?:workers|employees)\s+(?:were\s+)?interviewed\b", 0.8),
    ],
    "company_statement": [
        (r"\bmodern\s+slavery\s+(?:act|statement)\b|\bslavery\s+and\s+human\s+trafficking\s+statement\b|\btransparency\s+in\s+supply\s+chains\b|\bSB\s?657\b", 4.0),
        (r"\b(?:our|its)\s+(?:suppliers|supply\s+chains?|supplier\s+code|standards\s+for\s+suppliers|responsible\s+sourcing|due\s+diligence)\b", 0.7),
        (r"\b(?:this|our)\s+statement\b", 1.0),
        (r"\b(?:the\s+)?(?:company|group|carmaker|retailer|brand)\s+(?:said|says|announced|stated)\b", 1.0),
        (r"\b(?:press\s+release|statement\s+(?:published|issued))\b", 0.8),
        (r"\b(?:board|chief\s+executive|CEO)\b[^.]{0,60}\b(?:approved|signed)\b", 1.0),
    ],
    "auditor_statement": [
        (r"\b(?:statement\s+on|responses?\s+to|our\s+(?:role|findings|opinion)|in\s+(?:our|\w+['’]s)\s+opinion)\b", 1.0),
        (r"\b(?:certification\s+body|accredited\s+(?:CBs?|by)|accreditation\s+body|verifier|verification\s+(?:work|statement))\b", 1.2),
        (r"\b(?:we|RINA|SAI|Impactt|Intertek|Bureau\s+Veritas|SGS|TÜV|UL|Verit[eé]|ELEVATE|QIMA)\s+(?:conducted|found|issued|certif\w+|verified)\b", 1.0),
    ],
    "third_party": [
        (r"\b(?:according\s+to|reported|told\s+(?:the|reporters)|(?:Reuters|Financial\s+Times|FT|AP|AFP|Bloomberg|Xinhua|Spiegel|Guardian)\b)", 0.8),
        (r"\b(?:campaign(?:ers)?|rights\s+groups?|NGO|researchers?|investigation\s+(?:by|found)|report\s+(?:by|from)\s+(?:the\s+)?[A-Z])\b", 0.8),
        (r"\b(?:critici[sz]ed|flaws?|failed\s+to|never\s+visited|was\s+not\s+accredited|leaked)\b", 1.0),
    ],
}
_COMPILED = {role: [(re.compile(p, re.IGNORECASE | re.MULTILINE), w) for p, w in cues] for role, cues in _CUES.items()}
#: A programme-level company statement, as opposed to a statement about one audit.
_PROGRAMME = re.compile(r"\bmodern\s+slavery\b|\bslavery\s+and\s+human\s+trafficking\b|\btransparency\s+in\s+supply\s+chains\b|\bSB\s?657\b|\bsupplier\s+code\s+of\s+conduct\b|\bStandards\s+for\s+Suppliers\b|\bresponsible\s+sourcing\s+program", re.IGNORECASE)


@dataclass(frozen=True)
class RoleGuess:
    role: str
    reason: str
    scores: dict[str, float]
    programme_level: bool


def classify_role(document: Document) -> RoleGuess:
    """Score each role by weighted cues (capped per cue) and pick the best."""
    text = document.text[:200_000]
    scores: dict[str, float] = {}
    cues_found: dict[str, list[str]] = {}
    for role, cues in _COMPILED.items():
        total = 0.0
        for rx, weight in cues:
            hits = rx.findall(text)
            if hits:
                total += weight * min(len(hits), 3)
                first = hits[0] if isinstance(hits[0], str) else hits[0][0]
                cues_found.setdefault(role, []).append(str(first).strip())
        scores[role] = round(total, 2)
    programme = len(_PROGRAMME.findall(text)) >= 1 and scores["company_statement"] >= 4
    best = max(scores, key=lambda r: (scores[r], r == "audit_report"))
    if scores[best] == 0:
        best = "audit_report"
    cues = ", ".join(f"'{c}'" for c in cues_found.get(best, [])[:4]) or "no strong cues; audit report assumed"
    return RoleGuess(best, f"{best.replace('_', ' ')} (cues: {cues})", scores, programme)
