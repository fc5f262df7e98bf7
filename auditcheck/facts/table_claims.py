"""Fact specs: standards named, and what the document claims (absence, hedges, limits, scope).

One ``FactSpec`` per fact, its patterns in the order they are tried (the first hit wins a
span); see ``auditcheck.facts.spec`` for what each field means.
"""

from __future__ import annotations

from .fragments import (
    EVIDENCE_NOUN,
    FL,
)
from .spec import FactSpec

SPECS: tuple[FactSpec, ...] = (
    FactSpec(
        "standard.claimed",
        "Standards named",
        value="group:name",
        patterns=(
            # --- standards
            r"\b(?P<name>SA\s?8000|SMETA(?:\s+(?:2|4)[- ]pillar)?|amfori\s+BSCI|BSCI|SLCP"
            r"|(?-i:RBA)(?:\s+VAP)?|(?-i:WRAP)|RSPO(?:\s+P&C)?|ISO\s?26000|ISO\s?45001"
            r"|Fair\s+Labor\s+Association|(?-i:FLA)|Fairtrade|Rainforest\s+Alliance"
            r"|ETI\s+Base\s+Code|Better\s+Cotton|(?-i:BCI)|Higg\s+FSLM"
            r"|ILO\s+(?:core\s+)?(?:standards|conventions|indicators"
            r"|forced\s+labou?r\s+indicators)|UN\s+Guiding\s+Principles|UNGPs?"
            r"|OECD\s+(?:Guidelines|Due\s+Diligence\s+Guidance))\b",
        ),
    ),
    FactSpec(
        "standard.loose",
        "Standard named loosely ('based on', 'framework')",
        value="true",
        patterns=(
            r"\b(?:based\s+on|in\s+line\s+with|in\s+accordance\s+with\s+the\s+principles\s+of"
            r"|guided\s+by|inspired\s+by|aligned\s+with|drawing\s+on"
            r"|used\s+as\s+a\s+(?:framework|basis|reference|guide)"
            r"|as\s+a\s+(?:framework|basis|guide|reference)|framework\s+of"
            r"|according\s+to\s+the\s+principles\s+of|modell?ed\s+on"
            r"|following\s+the\s+(?:principles|spirit)\s+of)\b[^.\n]{0,60}?\b"
            r"(?:SA\s?8000|SMETA|BSCI|ILO|RBA|WRAP|SLCP|standard)"
            r"|\b(?:SA\s?8000|SMETA|BSCI|ILO|RBA)\b[^.\n]{0,60}?\b"
            r"(?:as\s+a\s+(?:framework|basis|guide|reference)"
            r"|only\s+as\s+a\s+(?:framework|basis))",
        ),
    ),
    FactSpec(
        "standard.certificate",
        "Certificate or accredited body named",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\bcertificate\s+(?:no\.?|number|#|id)\s*[:#]?\s*[A-Z0-9][A-Z0-9./-]{3,}"
            r"|\b(?:accredited\s+(?:certification\s+)?body|SAAS[- ]accredited"
            r"|accredited\s+by\s+(?:SAAS|ASI|UKAS|DAkkS|ANAB|RSPO|the\s+\w+\s+Accreditation)"
            r"|(?:SA8000|SA\s8000)\s+certified"
            r"|certified\s+(?:to|against|under)\s+(?:SA\s?8000|ISO|the\s+SA\s?8000)"
            r"|holds?\s+(?:an?\s+|the\s+)?(?:valid\s+)?(?:SA\s?8000\s+)?certificat(?:e|ion))\b",
        ),
    ),
    FactSpec(
        "standard.not_accredited",
        "Accreditation denied or missing",
        value="true",
        patterns=(
            r"\bnot\s+(?:an?\s+)?(?:SAAS[- ])?accredited\b"
            r"|\b(?:no|lacks?|without)\s+(?:SAAS\s+|relevant\s+|any\s+)?accreditation\b"
            r"|\bnot\s+(?:listed|on\s+the\s+list)\s+(?:as\s+an?\s+accredited|of\s+accredited)"
            r"|\bunaccredited\b|\bnon[- ]accredited\b",
        ),
    ),
    FactSpec(
        "claim.absence",
        "Absence claim ('no indication of forced labour')",
        value="true",
        guards=("asserted",),
        patterns=(
            # --- claims
            rf"\b(?:no|not\s+(?:any|a\s+single))\s+(?:\w+\s+){{0,2}}?{EVIDENCE_NOUN}\s+(?:\w+\s+){{0"
            rf",5}}?(?:of|relating\s+to|related\s+to|regarding|concerning|around|for|involving)"
            rf"\s+(?:\w+\s+){{0,4}}?{FL}",
            r"\b(?:found|identified|detected|observed|saw|uncovered|revealed|reported)\s+no\s+"
            rf"(?:\w+\s+){{0,2}}?(?:{EVIDENCE_NOUN}|{FL})\b",
            # the passive form: "all eleven indicators have been resolved"
            rf"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+){{0,4}}?indicators?\s+"
            rf"(?:of\s+(?:\w+\s+){{0,2}}?{FL}\s+)?(?:have|has|had)\s+(?:now\s+)?been\s+"
            r"(?:fully\s+|successfully\s+)?(?:resolved|remediated|eliminated|closed|cleared"
            r"|addressed)\b",
            # "resolved all forced labour indicators", "forced-labour free": a clean bill by
            # another name
            r"\b(?:has|have|had)?\s*(?:fully\s+|successfully\s+)?"
            r"(?:resolved|remediated|eliminated|closed|cleared|addressed)\s+(?:all|every|each)"
            rf"\s+(?:of\s+the\s+)?(?:\w+\s+){{0,3}}?(?:indicators?|issues|findings)\b"
            rf"(?:\s+of\s+(?:\w+\s+){{0,2}}?{FL})?|\b{FL}[- ]free\b",
            r"\b(?:did|could|has|have|had)\s+not\s+"
            r"(?:find|found|identify|identified|detect|detected|observe|observed|uncover"
            rf"|uncovered|see|seen)\s+(?:any\s+)?(?:\w+\s+){{0,2}}?(?:{EVIDENCE_NOUN}|{FL})\b",
            rf"\bno\s+(?:\w+\s+){{0,2}}?{FL}\s+(?:was|were|has\s+been|have\s+been|could\s+be)\s+"
            r"(?:found|identified|detected|observed|reported|confirmed)",
            rf"\bthere\s+(?:is|was|were|are)\s+no\s+(?:\w+\s+){{0,2}}?{FL}",
            rf"\bfree\s+(?:of|from)\s+(?:any\s+)?{FL}",
            r"\bno\s+(?:issues|concerns|problems)\s+(?:relating\s+to|regarding|with|concerning)\s+"
            r"(?:human\s+rights|slavery|forced\s+labou?r)[^.\n]{0,60}?(?:were|was)\s+"
            r"(?:found|identified)|\b(?:was|were|is|are)\s+(?:fully\s+)?compliant\s+with\s+"
            r"(?:the\s+)?(?:SA\s?8000|standard|all\s+requirements)"
            r"|\bthe\s+(?:audit|assessment)\s+was\s+satisfactory\b"
            r"|\bfound\s+(?:the\s+|it\s+|them\s+)?(?:\w+\s+){0,2}?(?:to\s+be\s+)?(?:fully\s+)?com"
            r"pliant\b|\bclean\s+(?:bill|result|audit)\b"
            r"|\bzero\s+(?:cases|instances|findings)\s+of\s+forced",
        ),
    ),
    FactSpec(
        "claim.hedged",
        "Hedged or bounded conclusion",
        value="true",
        patterns=(
            r"\bin\s+(?:our|the\s+\w+'s|\w+['’]s)\s+(?:opinion|view|assessment)\b"
            r"|\b(?:not\s+)?at\s+a\s+level\s+(?:to|that\s+would)\s+indicate\b"
            r"|\bsystemic\s+(?:forced\s+labou?r|indicators?)\b"
            r"|\bbased\s+on\s+(?:the\s+)?(?:information|evidence|data|documents)\s+"
            r"(?:available|reviewed|collected|provided)\b"
            r"|\bwithin\s+the\s+(?:limits|limitations|scope)\s+of\b"
            r"|\bcannot\s+(?:rule\s+out|exclude|guarantee|confirm\s+the\s+absence)\b"
            r"|\bdoes\s+not\s+(?:prove|establish|guarantee|mean)\s+(?:the\s+|that\s+)?"
            r"(?:absence|there)\b|\bshould\s+not\s+be\s+(?:read|taken|understood|interpreted)\s+a"
            r"s\b|\bto\s+the\s+best\s+of\s+(?:our|its|their)\s+knowledge\b"
            r"|\bat\s+the\s+time\s+of\s+(?:the\s+)?(?:audit|visit|assessment|inspection)\b"
            r"|\bsnapshot\b",
        ),
    ),
    FactSpec(
        "claim.limitation",
        "Limitations admitted",
        value="true",
        patterns=(
            r"\blimitations?\s+(?:of\s+(?:this|the|our)\s+"
            r"(?:audit|assessment|review|study|verification|investigation)|section|include|were"
            r"|are)|\blimitations?[ \t]*(?::|\n)"
            r"|\b(?:we|the\s+(?:\w+\s+)?team|auditors?|assessors?)\s+(?:could|were|was|did)\s+not"
            r"\s+(?:able\s+to\s+|permitted\s+to\s+|allowed\s+to\s+)?"
            r"(?:verify|access|interview|confirm|obtain|review|visit|speak)"
            r"|\b(?:challenges?|difficult(?:y|ies))\s+(?:in|of|with)\s+"
            r"(?:collecting|gathering|obtaining)\s+(?:meaningful\s+|reliable\s+)?"
            r"(?:data|information)|\baccess\s+(?:was|were)\s+"
            r"(?:denied|refused|restricted|limited)\b"
            r"|\b(?:recogni[sz]e|acknowledge)\s+the\s+limitations\b"
            r"|\bit\s+was\s+not\s+possible\s+to\s+(?:verify|interview|visit|access|confirm)",
        ),
    ),
    FactSpec(
        "claim.bounded_scope",
        "The document says what it does not cover and claims nothing beyond it",
        value="true",
        patterns=(
            r"\b(?:is|was)\s+not\s+(?:an?\s+)?(?:full\s+|general\s+|comprehensive\s+|overall\s+)?"
            r"(?:assessment|audit|review|evaluation|certification)\s+of\s+"
            r"(?:every|all|any\s+other|other|the\s+(?:whole|wider|full|overall))\b"
            r"|\bshould\s+not\s+be\s+(?:read|taken|understood|used)\s+as\s+"
            r"(?:one\b|an?\s+(?:full|general|comprehensive|overall|clean|labour)|assurance"
            r"|a\s+certificat|evidence\s+(?:that|of\s+(?:the\s+)?absence))"
            r"|\bdoes\s+not\s+(?:cover|address|assess)\s+(?:any\s+)?"
            r"(?:other|the\s+wider|issues\s+beyond|labour\s+issues\s+beyond)\b",
        ),
    ),
    FactSpec(
        "scope.limited",
        "Scope limited to current site staff",
        value="true",
        patterns=(
            r"\b(?:mandate|scope|review|audit|assessment|investigation)\s+(?:was\s+|is\s+)?"
            r"(?:limited|restricted|confined)\s+to\b"
            r"|\b(?:only|solely)\s+(?:covered|included|examined|looked\s+at)\s+(?:the\s+)?"
            r"(?:current\s+)?(?:employees|workers|staff)\b|\bbeschränkte\s+sich\b",
        ),
    ),
)
