"""Fact specs: audit dates and effort, method, auditors, reports, who commissioned and paid.

One ``FactSpec`` per fact, its patterns in the order they are tried (the first hit wins a
span); see ``auditcheck.facts.spec`` for what each field means.
"""

from __future__ import annotations

from ..text.numbers import NUMBER
from .fragments import (
    DAY_UNIT,
    DESCRIPTOR,
    LABEL_COLON,
    MONTH,
    PERSON,
    QUALIFIER,
    SP1,
    name_group,
)
from .spec import FactSpec, valued

#: What a name is introduced as, in lower case so it never eats a capitalised name: "the Dutch
#: retailer Vanderhal", "the Swedish furniture brand Norrvik".
_PAYER_DESCRIPTOR = (
    r"(?:(?:[\w-]+[ \t]+){0,2}?(?-i:retailer|brand|buyer|customer|company|group|chain"
    r"|manufacturer|importer|client|firm)[ \t]+)?"
)
#: A payer or commissioner named by its role: "the supplier", "two of the mill's buyers jointly".
_PAYER_ROLE = (
    r"(?:(?:one|two|three|four|several|some|all|both|each)\s+(?:of\s+)?"
    r"(?:(?:its|their|the|our)\s+)?(?:\w+['’]s?\s+)?)?"
    r"(?P<role>supplier|factory|site|company|client|brand|buyer|auditee|retailer|employer"
    r"|facility)s?\b"
)

SPECS: tuple[FactSpec, ...] = (
    FactSpec(
        "audit.date",
        "Audit dates",
        value="match",
        patterns=(
            # --- dates and effort
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+"
            rf"(?:of\s+)?{MONTH}\.?,?\s+\d{{4}}\b"
            rf"|\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*\d{{1,2}})?,?\s+"
            rf"\d{{4}}\b|\b(?:19|20)\d{{2}}-[01]\d-[0-3]\d\b"
            # one alternative per separator, not a backreference: RE2 has none, and this way
            # the whole rule runs on it (same matches: the separator decides the branch)
            rf"|\b[0-3]?\d(?:/[01]?\d/|\.[01]?\d\.|-[01]?\d-)(?:19|20)\d{{2}}\b",
            valued(
                rf"\b(?:audit|visit|assessment|inspection|verification|fieldwork)s?\b[^.\n]{{0,60}}?\b"
                rf"(?:in|during|on|from)\s+(?P<date>{MONTH}\.?\s+(?:19|20)\d{{2}})\b",
                "group:date",
            ),
        ),
    ),
    FactSpec(
        "audit.days",
        "Auditor-days or days on site",
        guards=("at_most_1000",),
        patterns=(
            rf"\b(?P<n>{NUMBER})\s+(?:{DAY_UNIT}|days?\s+"
            r"(?:on[- ]?site|at\s+the\s+(?:site|factory|plant|facility))"
            r"|days?\s+of\s+(?:on[- ]?site\s+)?"
            r"(?:fieldwork|field\s+work|audit(?:ing)?|site\s+visits?))\b",
            rf"\b(?:auditor|audit)\s+days?\s*(?:used)?\s*[:=]?\s*(?P<n>{NUMBER})\b"
            rf"|\bduration(?:\s+of\s+(?:the\s+)?(?:audit|visit))?\s*[:=]\s*(?P<n2>{NUMBER})\s+"
            r"(?:auditor\s+)?days",
            rf"\b(?P<n>{NUMBER})[- ]day\s+(?:on[- ]?site\s+|site\s+|unannounced\s+|announced\s+)?"
            r"(?:audit|visit|assessment|inspection)",
            rf"\b(?:audit|visit|assessment|inspection)\s+(?:lasted|took)\s+(?:{QUALIFIER}\s+)?"
            rf"(?P<n>{NUMBER})\s+days?\b",
            rf"\b(?:spent|spending)\s+(?:{QUALIFIER}\s+)?(?P<n>{NUMBER})\s+days?\s+"
            r"(?:on[- ]?site|at\s+the\s+(?:site|factory|plant|facility|mill|farm))",
        ),
    ),
    FactSpec(
        "audit.announcement",
        "Announced or unannounced",
        value="semi-announced",
        patterns=(
            r"\bsemi[- ]?announced\b",
            valued(
                r"\bun[- ]?announced\b|\bwithout\s+(?:prior\s+|advance\s+)*"
                r"(?:notice|warning|notification)\b"
                r"|\bno\s+(?:prior\s+|advance\s+)+(?:notice|warning|notification)\b"
                r"|\bsurprise\s+(?:audit|visit|inspection)s?\b"
                # "not announced to the site in advance", "without being announced"
                r"|\bnot\s+(?:been\s+)?(?:pre-?)?announced\b|\bwithout\s+being\s+announced\b",
                "unannounced",
            ),
            valued(
                r"\bannounced(?<!-announced)(?<!semi announced)(?<!not announced)\s+"
                r"(?:audit|visit|assessment|inspection)s?\b"
                r"|\b(?:audit|visit|assessment|inspection)s?\s+(?:was|were|is|are)\s+(?:all\s+)?annou"
                r"nced\b|\b(?:audit|visit)\s+type\s*[:=]\s*announced\b"
                r"|(?<!no )(?<!without )\b(?:advance|prior)\s+notice\b"
                r"|\bnotified\s+(?:in\s+advance|beforehand|ahead\s+of\s+time)\b"
                r"|\bwhile\s+our\s+audits\s+are\s+announced",
                "announced",
            ),
        ),
    ),
    FactSpec(
        "method.remote",
        "Remote, virtual or desk method",
        value="true",
        guards=("not_negated",),
        patterns=(
            # --- method
            r"\b(?:remote|virtual|desk(?:top)?(?:-based)?|off[- ]site|online)\s+"
            r"(?:audit|assessment|review|verification|monitoring|evaluation|inspection)s?\b"
            r"|\b(?:conducted|carried\s+out|performed|done)\s+"
            r"(?:entirely\s+|fully\s+|wholly\s+|partly\s+)?(?:remotely|virtually|online)\b"
            r"|\bdesk[- ]based\b|\bdocument[- ]based\s+(?:audit|assessment|review)",
        ),
    ),
    FactSpec(
        "method.document_only",
        "Documents only, no site visit",
        value="true",
        patterns=(
            r"\b(?:document|paper)[- ]only\b|\b(?:based|relied|relying)\s+"
            r"(?:solely|only|entirely|exclusively|wholly)\s+on\s+(?:the\s+)?"
            r"(?:documents|documentation|records|paperwork|self[- ]assessments?)\b"
            r"|\bwithout\s+(?:a\s+|any\s+)?(?:site\s+visits?"
            r"|visiting\s+the\s+(?:site|factory|facility|plant))\b"
            r"|\bno\s+(?:site|on[- ]site|physical)\s+visits?\s+"
            r"(?:was|were|took\s+place|has\s+been)"
            r"|\b(?:did|could)\s+not\s+visit\s+(?:the|any|a\s+single)\s+(?:site|factory|facility"
            r"|plant|region|workplace)s?\b|\bfacilit(?:y|ies)\s+(?:were|was)\s+not\s+visited\b",
        ),
    ),
    FactSpec(
        "method.document_review",
        "Document or records review",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\b(?:payroll|pay|wage|time|attendance|personnel|employment|working\s+hours?)\s+"
            r"(?:records|cards|sheets|slips|files|contracts|documents)\b[^.\n]{0,40}?\b"
            r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
            r"(?:reviewed|checked|examined|inspected|sampled|analy[sz]ed|verified)\b",
            r"\b(?:review(?:ed|ing)?|inspect(?:ed|ion|ing)|examin(?:ed|ation|ing)|check(?:ed|ing)?"
            r"|analys(?:ed|is|ing)|sampled)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?"
            r"(?:employment\s+|labou?r\s+|work(?:ing)?\s+|personnel\s+)?"
            r"(?:contracts|payroll|payslips|wage\s+(?:records|payments|slips)|salary\s+payments"
            r"|personnel\s+files|time\s+(?:records|cards|sheets)|timesheets|attendance\s+records"
            r"|records|documents|documentation)\b",
        ),
    ),
    FactSpec(
        "auditor.firm",
        "Audit firm",
        value="group:name",
        guards=("not_a_title",),
        patterns=(
            # --- auditors
            r"\b(?:audit(?:ing)?\s+(?:company|firm|body|organi[sz]ation)(?:\s+name)?"
            r"|certification\s+body|conducted\s+by|carried\s+out\s+by|performed\s+by"
            rf"|audited\s+by){LABEL_COLON}(?:\n[ \t]*){{0,2}}{name_group(one_line=True)}",
            r"\b(?:audit|assessment|verification|investigation|inspection|review|visit)s?\s+"
            r"(?:(?:was|were|has\s+been|have\s+been)\s+)?"
            rf"(?:conducted|carried\s+out|performed|run|undertaken|made)\s+by{SP1}(?:the\s+)?"
            rf"(?:(?:independent|external|third[- ]party|international|global)\s+)*{DESCRIPTOR}"
            rf"{name_group()}",
            r"\b(?:retained|hired|commissioned|contracted|engaged|appointed|mandated)\s+(?:the\s+)?"
            rf"(?:(?:independent|external|third[- ]party)\s+)*{DESCRIPTOR}{name_group(words=4)}"
            rf"(?:[ \t]*,[^,\n]{{0,40}},)?\s+(?:to\s+"
            r"(?:conduct|carry\s+out|perform|assess|audit|verify|investigate|review)"
            r"|as\s+(?:an?\s+|the\s+)?(?:independent\s+)?"
            r"(?:auditor|verifier|consultant|assessor|third\s+party))",
        ),
    ),
    FactSpec(
        "auditor.names",
        "Named auditors",
        value="group:name",
        guards=("not_an_organisation",),
        patterns=(
            r"\b(?:lead\s+auditor|auditor\s+names?|auditors?|audit\s+team(?:\s+members?)?|assessors?"
            rf"|team\s+leader|signed\s+by|verifier)[ \t]*(?:\(s\))?{LABEL_COLON}{PERSON}",
            rf"{PERSON}[ \t]*\((?:LA|lead\s+auditor|team\s+leader|auditor|APSCA[^)]{{0,30}})\)",
            # "conducted by Mr. Daniel Okafor": a person with a title is a named auditor, not a firm
            # called "Mr"
            rf"\b(?:conducted|carried\s+out|performed|led|signed|audited)\s+by{SP1}"
            r"(?=(?-i:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]))"
            rf"{PERSON}",
            # a team table row or a sign-off line: "| Ana Ruiz | Lead assessor | APSCA ..."
            # / "Ana Ruiz, Lead auditor, ..."
            rf"(?:^|\|)[ \t]*{PERSON}[ \t]*(?:\||,)[ \t]*(?:lead|senior|social|co-?)?[ \t]*"
            r"(?:auditor|assessor|verifier|interviewer|team\s+leader|technical\s+reviewer)\b",
            rf"\b(?:lead\s+)?auditors?\s+{PERSON}\s+"
            rf"(?:and\s+{PERSON.replace('(?P<name>', '(?:')}\s+)?(?:visited|conducted|carried"
            r"|led|interviewed|inspected)",
        ),
    ),
    FactSpec(
        "auditor.unnamed",
        "Auditors not named",
        value="true",
        patterns=(
            r"\b(?:without\s+naming|did\s+not\s+name|not\s+named|unnamed|undisclosed|anonymous)\b"
            r"[^.\n]{0,60}?\b(?:firm|auditors?|lawyers?|partner|company|consultants?)"
            r"|\b(?:two|several|a\s+team\s+of|local)\s+(?:chinese\s+|local\s+)?lawyers\s+from\s+a"
            r"\s+(?:local\s+)?(?:law\s+)?firm\b"
            r"|\ba\s+(?:reputable|local|respected|recogni[sz]ed|well[- ]known|leading"
            r"|independent)\s+(?:local\s+|international\s+|third[- ]party\s+)?"
            r"(?:law\s+|audit(?:ing)?\s+|consulting\s+)?firm\b"
            r"|\bindependent\s+experts?\b(?![^.\n]{0,30}\b(?:named|listed)\b)"
            r"|\b(?:reputable|qualified),?\s+third[- ]party\s+(?:auditors?|audit\s+firms?)\b",
        ),
    ),
    FactSpec(
        "auditor.subcontracted",
        "Fieldwork subcontracted or 'accompanied'",
        value="true",
        patterns=(
            # audit work handed on, not any subcontracting at the site ("subcontracted drivers")
            r"\b(?:sub-?contract(?:ed|ing)|outsourc(?:ed|ing))\s+(?:(?:the|its|our|all|some|part"
            r"\s+of\s+the)\s+)?(?:[\w-]+\s+){0,2}?(?:parties|party|firms?|agenc(?:y|ies)|auditors?"
            r"|partners?|audit\w*|field\s*work|assessments?|verifications?|inspections?"
            r"|interviews?|site\s+visits?)\b"
            r"|\b(?:audit\w*|field\s*work|assessments?|verifications?|inspections?|interviews?)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\w+\s+)?"
            r"(?:sub-?contracted|outsourced)\b"
            r"|\b(?:relied\s+on|used|engaged|hired|through)\s+(?:an?\s+|the\s+|its\s+)?(?:local\s+)?"
            r"sub-?contractors?\b|\bsub-?contractors?\s+(?:auditors?|audit\s+firms?|firm)\b"
            r"|\b(?:accompanied\s+(?:an?\s+|the\s+)?(?:unnamed\s+|local\s+)?(?:\w+[- ])?(?:\w+\s+)?"
            r"(?:firm|auditors?|lawyers?|team|partner)|accompanied\s+on\s+site"
            r"|(?:the\s+)?actual\s+audit\s+execution"
            r"|together\s+with\s+(?:a\s+|two\s+)?(?:local|chinese)\s+(?:partner|lawyers?|firm)"
            r"|local\s+partner\s+(?:firm\s+)?(?:carried|conducted|performed)"
            r")\b",
        ),
    ),
    FactSpec(
        "auditor.credential",
        "Auditor credentials (APSCA, CSCA, accreditation numbers)",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\bAPSCA\s+(?:member(?:ship)?\s+)?(?:no\.?|number|#|id)\s*[:#]?\s*[A-Z0-9][A-Z0-9-]{3,}"
            r"|\b(?:CSCA|RA)\s*(?:no\.?|number|#)?\s*[:#]?\s*\d{5,}|\b(?-i:CSCA)\b"
            r"|\bAPSCA\s+(?:full\s+|certified\s+|registered\s+)?(?:member|auditor)\b"
            r"|\bSAAS[- ]accredited\b|\baccredited\s+by\s+"
            r"(?:SAAS|ASI|the\s+Social\s+Accountability\s+Accreditation)",
        ),
    ),
    FactSpec(
        "report.signed",
        "Signature or sign-off",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\b(?:signed|sign-off|signature)\s*(?:by|:)\s*(?-i:[A-Z])[\w.’'\-]*"
            r"|\b(?:signed\s+(?:and\s+dated\s+)?by|approved\s+by|report\s+approved\s+by)\b"
            r"|\bSigned\s+(?:in|on)\s+\w+\s+\d{4}"
            r"|\b(?:signed|approved)\s+(?:on\s+behalf\s+of|for\s+and\s+on\s+behalf)",
        ),
    ),
    FactSpec(
        "report.published",
        "Full report published",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\b(?:full|complete|entire)\s+(?:audit\s+|assessment\s+|verification\s+)?report\s+"
            r"(?:is\s+|has\s+been\s+|was\s+|will\s+be\s+)?"
            r"(?:published|public|made\s+public|publicly\s+available"
            r"|available\s+(?:at|on|online|to\s+download))"
            r"|\bpublished\s+(?:the\s+)?(?:full|complete|entire)\s+"
            r"(?:audit\s+|assessment\s+|verification\s+)?report",
        ),
    ),
    FactSpec(
        "report.released",
        "The assessment's own report or summary released",
        value="true",
        guards=("not_negated",),
        patterns=(
            # a summary counts here, unlike report.published: the assessment is then known in
            # its own words, not only from the account of whoever relays it
            r"\b(?:full|summary|audit|assessment|verification|investigation|follow[- ]up)\s+"
            r"reports?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:published"
            r"|attached|posted|publicly\s+available)"
            r"|\b(?:its|their|the\s+assessor[’']s|the\s+auditor[’']s)\s+published\s+"
            r"(?:summary|report)"
            # "Lanternfield's summary of both visits is published on our website"
            r"|\b(?:summary|report)\s+of\s+(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|has\s+been"
            r"|have\s+been)\s+(?:now\s+)?(?:published|posted|publicly\s+available)"
            # the same in the active voice: "today published the findings of an assessment"
            r"|\b(?:published|posted|released)\s+(?:a\s+|the\s+)?(?:summary|summaries|findings)\s+of\s+"
            r"(?:[\w’'-]+\s+){0,3}?(?:reports?|assessments?|audits?|verifications?|investigations?"
            r"|visits?|findings)\b",
        ),
    ),
    FactSpec(
        "report.summary_only",
        "Summary only, report withheld",
        value="true",
        patterns=(
            r"\b(?:did\s+not|has\s+not|have\s+not|declined\s+to|refused\s+to|will\s+not"
            r"|chose\s+not\s+to|does\s+not)\s+(?:publish|release|disclose|share|make\s+public)\s+"
            r"(?:the\s+)?(?:full\s+)?(?:audit\s+)?report"
            r"|\b(?:one|1|two|2)[- ]page\s+(?:summary|statement)"
            r"|\bsummary\s+of\s+(?:the\s+)?(?:audit\s+)?(?:results|findings)\b"
            r"|\breport\s+(?:itself\s+)?(?:is|was|remains)\s+"
            r"(?:not\s+public|confidential|not\s+published|withheld|not\s+available)"
            r"|\bmanagement\s+summary\b",
        ),
    ),
    FactSpec(
        "commissioned_by",
        "Commissioned by",
        value="group:name",
        patterns=(
            r"\b(?:commissioned|mandated|requested|ordered|retained|engaged|contracted|instructed)"
            # "commissioned and paid for by ...": one agent for both
            r"(?:\s+and\s+(?:paid\s+for|paid|funded|financed))?"
            rf"\s+by{SP1}(?:the\s+)?(?:{_PAYER_DESCRIPTOR}{name_group(words=5)}|{_PAYER_ROLE})",
            # a form's field: "Commissioned by: X", "**Client:** X"
            r"\b(?:(?:audit\s+)?(?:commissioned|requested|mandated|ordered)"
            r"(?:\s+and\s+(?:paid\s+for|paid|funded|financed))?\s+by|commissioning\s+(?:party|client)"
            rf"|client){LABEL_COLON}(?:\n[ \t]*){{0,2}}(?:the\s+)?"
            rf"(?:{_PAYER_ROLE}|{name_group(words=5, one_line=True)})",
            rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:the\s+)?{name_group(words=4)}(?:['’]s)?[ \t]+"
            r"(?:commissioned|contracted|retained|hired|engaged|mandated)\s+(?:an?\s+|the\s+)?"
            r"(?:independent\s+|external\s+|third[- ]party\s+)?"
            r"(?:audit|review|assessment|investigation|auditor|consultan|firm|verifier"
            r"|(?-i:[A-Z])[\w’'\-]*)",
        ),
    ),
    FactSpec(
        "paid_by",
        "Paid by",
        value="group:name",
        patterns=(
            r"\b(?:paid|funded|financed|fees?\s+(?:were|was)\s+paid"
            rf"|costs?\s+(?:were|was)\s+(?:borne|covered|paid))\s+(?:for\s+)?by{SP1}(?:the\s+)?"
            rf"(?:{_PAYER_DESCRIPTOR}{name_group(words=4)}|{_PAYER_ROLE})",
            r"\bat\s+the\s+(?:(?P<role>supplier|factory|facility|auditee|brand|buyer|client)['’]s"
            r"|(?:own\s+)?expense\s+of\s+the\s+"
            r"(?P<role2>supplier|factory|facility|auditee|brand|buyer))\s*(?:own\s+)?"
            r"(?:expense|cost)?",
            # a form's field: "Paid by: X", "**Commissioned and paid by:** X"
            r"\b(?:(?:audit\s+)?(?:paid|funded|financed)(?:\s+for)?\s+by|audit\s+fees?\s+paid\s+by"
            rf"|payer){LABEL_COLON}(?:\n[ \t]*){{0,2}}(?:the\s+)?"
            rf"(?:{_PAYER_ROLE}|{name_group(words=5, one_line=True)})",
            # SMETA-style forms put the value on the label's line or, flattened, a line or two
            # below it
            rf"\b(?:report\s+owner\s*\(payee\)|payee){LABEL_COLON}(?:\n[ \t]*){{0,2}}"
            r"(?P<name>(?-i:[A-ZÀ-Þ])[^\n:]{2,60}?)(?=[ \t]*(?:\n|$|Sedex|Report))",
        ),
    ),
)
