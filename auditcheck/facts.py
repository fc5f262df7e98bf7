"""The facts layer: structured claims pulled from the text, each with the quote it rests on.

Facts are what rules and contradictions reason about: how many workers were interviewed and
where, the workforce size, dates and days on site, announcement, remote or document-only
methods, who audited, signed, commissioned and paid, which standard was claimed and whether a
certificate or accredited body is named, and absence claims such as "no indication of forced
labour". Extraction is deliberately conservative: a fact needs a number or a named thing next
to the words that make it one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .document.model import Document
from .evidence import evidence_from_span
from .models import Evidence, Fact
from .numbers import NUMBER, parse_number

_I = re.IGNORECASE
_N = rf"(?P<n>(?:about|around|approximately|some|nearly|more than|over|at least|roughly|c\.)?\s*{NUMBER})"
_WORKERS = r"(?:workers?|employees?|staff(?: members)?|people|persons|individuals|labou?rers|migrant workers|operatives|interviewees)"
_ADJ = r"(?:(?:individual|group|randomly[- ]selected|selected|female|male|migrant|foreign|local|current|former|rank[- ]and[- ]file|production|production[- ]line|uyghur|ethnic[- ]minority|han|contract|agency|dispatch(?:ed)?|temporary|permanent|young|student|intern)\s+){0,3}"

FACT_TITLES = {
    "interviews.total": "Workers interviewed",
    "interviews.individual": "Individual interviews",
    "interviews.group": "Group interviews",
    "interviews.offsite": "Off-site interviews",
    "interviews.onsite": "On-site interviews",
    "interviews.virtual": "Virtual or remote interviews",
    "interviews.selected_by_auditor": "Interviewees chosen by the auditor",
    "interviews.selected_by_management": "Interviewees chosen by management",
    "interviews.management_present": "Management or officials present at interviews",
    "interviews.monitored": "Interviews recorded, streamed or monitored",
    "interviews.language": "Interview languages or interpreters",
    "interviews.none": "Worker interviews not held or replaced",
    "workforce.size": "Workforce size",
    "audit.date": "Audit dates",
    "audit.days": "Auditor-days or days on site",
    "audit.announcement": "Announced or unannounced",
    "method.remote": "Remote, virtual or desk method",
    "method.document_review": "Document or records review",
    "auditor.firm": "Audit firm",
    "auditor.names": "Named auditors",
    "auditor.unnamed": "Auditors not named",
    "auditor.subcontracted": "Fieldwork subcontracted or 'accompanied'",
    "auditor.credential": "Auditor credentials (APSCA, CSCA, accreditation numbers)",
    "report.signed": "Signature or sign-off",
    "report.published": "Full report published",
    "report.summary_only": "Summary only, report withheld",
    "commissioned_by": "Commissioned by",
    "paid_by": "Paid by",
    "standard.claimed": "Standards named",
    "standard.loose": "Standard named loosely ('based on', 'framework')",
    "standard.certificate": "Certificate or accredited body named",
    "standard.not_accredited": "Accreditation denied or missing",
    "claim.absence": "Absence claim ('no indication of forced labour')",
    "claim.hedged": "Hedged or bounded conclusion",
    "claim.limitation": "Limitations admitted",
    "scope.limited": "Scope limited to current site staff",
}


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    value: str = "number"  # "number", "true", a literal, or "group:<name>"


def _r(name: str, pattern: str, value: str = "number") -> _Rule:
    return _Rule(name, re.compile(pattern, _I), value)


_RULES: list[_Rule] = [
    # --- interviews: counts
    _r("interviews.total", rf"\b{_N}\s+{_ADJ}{_WORKERS}\s+(?:were\s+|was\s+)?(?:interviewed|consulted|spoken\s+to|surveyed\s+and\s+interviewed)"),
    _r("interviews.total", rf"\binterview(?:ed|s?\s+with|ing)\s+(?:a\s+(?:total|sample)\s+of\s+)?{_N}\s+{_ADJ}{_WORKERS}"),
    _r("interviews.total", rf"\b(?:conducted|held|carried\s+out|completed|did)\s+{_N}\s+(?:(?:confidential|private|worker|individual|group|in-depth|structured|semi-structured|off-?site|on-?site)\s+)*interviews\b"),
    _r("interviews.total", rf"\b{_N}\s+(?:(?:confidential|private|worker|individual|in-depth|structured|semi-structured)\s+)*(?:worker\s+)?interviews\s+(?:were\s+)?(?:conducted|held|carried\s+out|took\s+place|with)"),
    _r("interviews.total", rf"\bspoke\s+(?:to|with)\s+{_N}\s+{_ADJ}{_WORKERS}"),
    _r("interviews.total", rf"\b(?:sample|total)\s+of\s+{_N}\s+{_ADJ}{_WORKERS}\s+(?:was\s+|were\s+)?(?:interviewed|selected\s+for\s+interview)"),
    _r("interviews.total", rf"\binterviewees?\s*[:=]\s*{_N}"),
    _r("interviews.total", rf"\b(?:number\s+of\s+)?workers\s+interviewed\s*[:=]?\s*{_N}\b"),
    _r("interviews.total", rf"\binterviewed\s+{_N}\s+(?:people|persons|individuals)"),
    _r("interviews.individual", rf"\b{_N}\s+(?:(?:confidential|private|one-to-one|one-on-one)\s+)?individual\s+(?:worker\s+)?interviews"),
    _r("interviews.individual", rf"\b{_N}\s+{_ADJ}{_WORKERS}\s+(?:were\s+)?interviewed\s+individually"),
    _r("interviews.individual", rf"\bindividual(?:ly)?\s+(?:interviews?\s+)?(?:with\s+)?{_N}\s+{_WORKERS}"),
    _r("interviews.group", rf"\b{_N}\s+group\s+interviews"),
    _r("interviews.group", rf"\b{_N}\s+{_ADJ}{_WORKERS}\s+(?:were\s+)?interviewed\s+in\s+(?:\w+\s+)?groups"),
    _r("interviews.group", rf"\bgroup\s+interviews?\s+(?:with|covering|involving)\s+{_N}\s+{_WORKERS}"),
    # --- interviews: setting
    _r("interviews.offsite", r"\b(?:off[- ]?site|outside\s+(?:the\s+)?(?:factory|workplace|premises|plant|site|facility)|away\s+from\s+(?:the\s+)?(?:factory|workplace|premises|site|employer)|at\s+(?:workers'?|their)\s+homes?|in\s+(?:the\s+)?(?:workers'?\s+)?(?:home\s+)?villages?|in\s+(?:a\s+)?(?:community|neutral)\s+(?:venue|location|setting))\b[^.]{0,80}?\binterview|\binterview[^.]{0,80}?\b(?:off[- ]?site|outside\s+(?:the\s+)?(?:factory|workplace|premises|plant|facility)|away\s+from\s+(?:the\s+)?(?:factory|workplace|premises|site|employer)|at\s+(?:workers'?|their)\s+homes?|in\s+(?:their\s+)?(?:home\s+)?villages?|community\s+(?:venue|location|centre|center))", "true"),
    _r("interviews.onsite", r"\bon[- ]?site\s+(?:worker\s+)?interviews?\b|\binterview(?:s|ed)?\b[^.]{0,60}\b(?:on[- ]?site|at\s+the\s+(?:factory|plant|site|workplace|facility|premises)|in\s+the\s+(?:canteen|meeting\s+room|training\s+room|office|HR\s+office|management\s+office|factory|plant))", "true"),
    _r("interviews.virtual", r"\b(?:virtual|remote|online|video|telephone|phone|video[- ]call)\s+(?:worker\s+)?interviews?\b|\binterview(?:s|ed)?\b[^.]{0,40}\b(?:by\s+(?:tele)?phone|by\s+video|via\s+(?:video|zoom|teams|wechat|whatsapp)|remotely|virtually)", "true"),
    _r("interviews.selected_by_auditor", r"\b(?:selected|chosen|picked|sampled)\s+(?:at\s+random\s+)?by\s+the\s+(?:audit(?:or|ors|\s+team)|assessors?|assessment\s+team|verifiers?|research\s+team)|\brandomly\s+(?:selected|chosen|sampled)\b|\b(?:auditor|assessor|audit\s+team)s?\s+(?:selected|chose)\s+(?:the\s+)?(?:interviewees|workers)", "true"),
    _r("interviews.selected_by_management", r"\b(?:selected|chosen|picked|nominated|provided|arranged)\s+by\s+(?:the\s+)?(?:management|factory|site|plant|company|employer|hr|human\s+resources|supervisors?|officials?|government|local\s+authorities)\b|\b(?:management|the\s+factory|the\s+company|hr)\s+(?:selected|chose|nominated|provided)\s+(?:the\s+)?(?:workers|interviewees|employees)", "true"),
    _r("interviews.management_present", r"\b(?:in\s+the\s+presence\s+of|accompanied\s+by|attended\s+by|with)\s+(?:a\s+|the\s+)?(?:factory\s+|plant\s+|site\s+|company\s+)?(?:managers?|management|supervisors?|hr(?:\s+(?:manager|staff|officer))?|human\s+resources|officials?|government\s+(?:officials?|representatives?)|party\s+(?:officials?|secretary|cadres?)|minders?|security\s+(?:staff|personnel))\b[^.]{0,40}\b(?:present|interview|during)|\b(?:managers?|management|supervisors?|officials?|cadres?|minders?)\s+(?:was|were)\s+present\b|\bcompany[- ]appointed\s+interpreter|\b(?:state|government)[- ](?:appointed|provided|assigned)\s+interpreter", "true"),
    _r("interviews.monitored", r"\binterviews?\b[^.]{0,80}\b(?:live[- ]?streamed|streamed|recorded|video[- ]?recorded|filmed|monitored|observed\s+by|transmitted)\b|\b(?:live[- ]?streamed|recorded|filmed|monitored)\b[^.]{0,40}\binterviews?\b", "true"),
    _r("interviews.language", r"\b(?:in|speaking|spoke|fluent\s+in)\s+(?:the\s+workers'?\s+(?:own\s+)?|their\s+(?:own\s+|native\s+|mother\s+)?)?(?:language|languages|mother\s+tongue|uyghur|uighur|kazakh|tibetan|burmese|myanmar|khmer|nepali|bengali|bangla|hindi|urdu|vietnamese|thai|lao|tamil|malay|indonesian|bahasa|tagalog|korean|mandarin|spanish|portuguese|arabic|amharic|sinhala)\b|\b(?:independent|own|auditor[- ]provided|third[- ]party)\s+interpreters?\b|\binterpreters?\b", "true"),
    _r("interviews.none", r"\b(?:no|without)\s+(?:worker\s+)?interviews?\b|\binterviews?\s+(?:were|was)\s+not\s+(?:conducted|possible|held|carried\s+out)|\b(?:mainly|mostly|largely)\s+(?:based\s+on\s+)?(?:a\s+)?(?:review\s+of\s+)?document(?:ation|s)?\b[^.]{0,40}\brather\s+than\s+interviews|\binterview(?:s|ing)?\b[^.]{0,60}\b(?:too\s+dangerous|would\s+endanger|could\s+endanger|put\s+(?:workers|staff)\s+at\s+risk)", "true"),
    # --- workforce
    _r("workforce.size", rf"\b(?:workforce|headcount|staff|employees|workers)\s+(?:of|totall?ing|numbering|is|was|:)\s+(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+)?(?P<n>{NUMBER})\b"),
    _r("workforce.size", rf"\b(?:employs|employed|employing|has|had)\s+(?:about\s+|around\s+|approximately\s+|some\s+|nearly\s+|a\s+total\s+of\s+)?(?P<n>{NUMBER})\s+(?:\w+\s+){{0,2}}(?:workers|employees|staff|people)\b"),
    _r("workforce.size", rf"\b(?:total\s+(?:number\s+of\s+)?(?:workers|employees)|number\s+of\s+(?:workers|employees)|total\s+workforce)\s*[:=]?\s*(?P<n>{NUMBER})\b"),
    _r("workforce.size", rf"\b(?:the|its|all|a\s+total\s+of)\s+(?:site's\s+|plant's\s+|factory's\s+)?(?P<n>{NUMBER})\s+(?:current\s+)?(?:workers|employees|staff)\b(?!\s+(?:were\s+)?interviewed)"),
    # --- dates and effort
    _r("audit.date", r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b", "match"),
    _r("audit.days", rf"\b(?P<n>{NUMBER})\s+(?:(?:auditor|person|man|woman|assessor)[- ]?days?|mandays|man-days|days?\s+(?:on[- ]?site|at\s+the\s+(?:site|factory|plant))|days?\s+of\s+(?:on[- ]?site\s+)?(?:fieldwork|field\s+work|audit(?:ing)?))\b"),
    _r("audit.days", rf"\b(?:auditor|audit)\s+days?\s*(?:used)?\s*[:=]?\s*(?P<n>{NUMBER})\b|\bduration\s*[:=]\s*(?P<n2>{NUMBER})\s+(?:auditor\s+)?days"),
    _r("audit.announcement", r"\bsemi[- ]announced\b", "semi-announced"),
    _r("audit.announcement", r"\bun[- ]?announced\b", "unannounced"),
    _r("audit.announcement", r"(?<!un)(?<!un-)(?<!semi-)(?<!semi )\bannounced\s+(?:audit|visit|assessment|inspection)s?\b|\b(?:audit|visit)\s+(?:was|were)\s+announced\b|\badvance\s+notice\b|\bnotified\s+in\s+advance\b|\bwhile\s+our\s+audits\s+are\s+announced", "announced"),
    # --- method
    _r("method.remote", r"\b(?:remote|virtual|desk(?:top)?(?:-based)?|off[- ]site)\s+(?:audit|assessment|review|verification|monitoring|evaluation)s?\b|\b(?:conducted|carried\s+out|performed)\s+(?:entirely\s+|fully\s+|wholly\s+)?(?:remotely|virtually|online)\b|\bdesk[- ]based\b|\bdocument[- ]based\s+(?:audit|assessment|review)", "true"),
    _r("method.document_review", r"\b(?:review(?:ed)?|inspect(?:ed|ion)|examin(?:ed|ation)|check(?:ed)?|analys(?:ed|is))\s+(?:of\s+)?(?:the\s+)?(?:employment\s+|labou?r\s+|work\s+)?(?:contracts|payroll|wage\s+(?:records|payments)|salary\s+payments|personnel\s+files|time\s+records|attendance\s+records|records|documents|documentation)\b", "true"),
    # --- auditors
    _r("auditor.firm", r"\b(?:audit\s+(?:company|firm|body)(?:\s+name)?|certification\s+body|conducted\s+by|carried\s+out\s+by|performed\s+by|verifier|assessor|auditor)\s*[:]\s*(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|of|and|for|de|du|&)){0,6})", "group:name"),
    _r("auditor.firm", r"\b(?:audit|assessment|verification|investigation)\s+(?:was\s+)?(?:conducted|carried\s+out|performed|run|undertaken)\s+by\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|of|and|for|&)){0,6})", "group:name"),
    _r("auditor.firm", r"\b(?:retained|hired|commissioned|contracted|engaged|appointed)\s+(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|&)){0,4})\s+(?:to\s+(?:conduct|carry\s+out|perform|assess|audit|verify|investigate)|as\s+(?:an?\s+)?(?:independent\s+)?(?:auditor|verifier|consultant|assessor))", "group:name"),
    _r("auditor.names", r"\b(?:lead\s+auditor|auditor\s+name\(?s?\)?|auditors?|audit\s+team(?:\s+members?)?|assessors?|team\s+leader|signed\s+by|verifier)\s*[:]\s*(?P<name>[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,3})", "group:name"),
    _r("auditor.names", r"\b(?P<name>[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,3})\s*\((?:LA|lead\s+auditor|team\s+leader)\)", "group:name"),
    _r("auditor.unnamed", r"\b(?:without\s+naming|did\s+not\s+name|not\s+named|unnamed|undisclosed|anonymous)\b[^.]{0,60}\b(?:firm|auditors?|lawyers?|partner|company|consultants?)|\b(?:two|several|a\s+team\s+of|local)\s+(?:chinese\s+|local\s+)?lawyers\s+from\s+a\s+(?:local\s+)?(?:law\s+)?firm\b|\ba\s+(?:reputable|local|respected|recognised|recognized)\s+(?:local\s+)?(?:law\s+|audit\s+|consulting\s+)?firm\b|\bindependent\s+experts?\b(?![^.]{0,30}\b(?:named|listed)\b)", "true"),
    _r("auditor.subcontracted", r"\b(?:subcontract(?:ed|ing|or)|sub-contract(?:ed|ing|or)|accompanied\s+(?:an?\s+|the\s+)?(?:unnamed\s+|local\s+)?(?:\w+[- ])?(?:\w+\s+)?(?:firm|auditors?|lawyers?|team|partner)|accompanied\s+on\s+site|(?:the\s+)?actual\s+audit\s+execution|together\s+with\s+(?:a\s+|two\s+)?(?:local|chinese)\s+(?:partner|lawyers?|firm)|local\s+partner\s+(?:firm\s+)?(?:carried|conducted|performed)|outsourced\s+(?:the\s+)?(?:field\s*work|audit))\b", "true"),
    _r("auditor.credential", r"\bAPSCA\s+(?:member(?:ship)?\s+)?(?:no\.?|number|#|id)\s*[:#]?\s*[A-Z0-9][A-Z0-9-]{3,}|\b(?:CSCA|RA)\s*(?:no\.?|number|#)?\s*[:#]?\s*\d{5,}|\bCSCA\b|\bAPSCA\s+(?:full\s+)?member\b|\bSAAS[- ]accredited\b|\baccredited\s+by\s+(?:SAAS|ASI|the\s+Social\s+Accountability\s+Accreditation)", "true"),
    _r("report.signed", r"\b(?:signed|sign-off|signature)\s*(?:by|:)\s*[A-Z]|\b(?:signed\s+(?:and\s+dated\s+)?by|approved\s+by|report\s+approved\s+by)\b|\bSigned\s+in\s+\w+\s+\d{4}", "true"),
    _r("report.published", r"\b(?:full|complete|entire)\s+(?:audit\s+|assessment\s+)?report\s+(?:is\s+|has\s+been\s+|was\s+)?(?:published|public|publicly\s+available|available\s+(?:at|on|online))|\bpublished\s+(?:the\s+)?(?:full|complete)\s+(?:audit\s+|assessment\s+)?report", "true"),
    _r("report.summary_only", r"\b(?:did\s+not|has\s+not|have\s+not|declined\s+to|refused\s+to|will\s+not|chose\s+not\s+to)\s+(?:publish|release|disclose|share)\s+(?:the\s+)?(?:full\s+)?(?:audit\s+)?report|\b(?:one|1|two|2)[- ]page\s+(?:summary|statement)|\bsummary\s+of\s+(?:the\s+)?(?:audit\s+)?(?:results|findings)\b|\breport\s+(?:itself\s+)?(?:is|was|remains)\s+(?:not\s+public|confidential|not\s+published|withheld)|\bmanagement\s+summary\b", "true"),
    _r("commissioned_by", r"\b(?:commissioned|mandated|requested|ordered|retained|engaged|contracted)\s+by\s+(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z&][\w&'’.\-]*|AG|plc|Inc\.?|Ltd\.?)){0,4})", "group:name"),
    _r("commissioned_by", r"\b(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z&][\w&'’.\-]*){0,3})(?:'s)?\s+(?:commissioned|contracted|retained|hired|engaged|mandated)\s+(?:an?\s+|the\s+)?(?:independent\s+|external\s+|third[- ]party\s+)?(?:audit|review|assessment|investigation|auditor|consultan|firm|verifier|[A-Z])", "group:name"),
    _r("paid_by", r"\b(?:paid|funded|financed|fees?\s+(?:were|was)\s+paid|costs?\s+(?:were|was)\s+(?:borne|covered|paid))\s+(?:for\s+)?by\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.\-]*(?:\s+[A-Z&][\w&'’.\-]*){0,3}|supplier|factory|site|company|client|brand|buyer|auditee)", "group:name"),
    _r("paid_by", r"\b(?:report\s+owner\s*\(payee\)|payee)\s*[:]\s*(?P<name>[^\n]{3,60}?)(?=\s*(?:\n|$|Sedex|Report))", "group:name"),
    # --- standards
    _r("standard.claimed", r"\b(?P<name>SA\s?8000|SMETA|amfori\s+BSCI|BSCI|SLCP|RBA(?:\s+VAP)?|WRAP|RSPO(?:\s+P&C)?|ISO\s?26000|ISO\s?45001|Fair\s+Labor\s+Association|FLA|Fairtrade|Rainforest\s+Alliance|ETI\s+Base\s+Code|Better\s+Cotton|BCI|ILO\s+(?:core\s+)?(?:standards|conventions|indicators|forced\s+labou?r\s+indicators)|UN\s+Guiding\s+Principles|UNGPs?|OECD\s+(?:Guidelines|Due\s+Diligence\s+Guidance))\b", "group:name"),
    _r("standard.loose", r"\b(?:based\s+on|in\s+line\s+with|in\s+accordance\s+with\s+the\s+principles\s+of|guided\s+by|inspired\s+by|aligned\s+with|drawing\s+on|used\s+as\s+a\s+(?:framework|basis|reference|guide)|as\s+a\s+(?:framework|basis|guide|reference)|framework\s+of|according\s+to\s+the\s+principles\s+of|modell?ed\s+on|following\s+the\s+(?:principles|spirit)\s+of)\b[^.]{0,60}\b(?:SA\s?8000|SMETA|BSCI|ILO|RBA|WRAP|SLCP|standard)|\b(?:SA\s?8000|SMETA|BSCI|ILO|RBA)\b[^.]{0,60}\b(?:as\s+a\s+(?:framework|basis|guide|reference)|only\s+as\s+a\s+(?:framework|basis))", "true"),
    _r("standard.certificate", r"\bcertificate\s+(?:no\.?|number|#|id)\s*[:#]?\s*[A-Z0-9][A-Z0-9./-]{3,}|\b(?:accredited\s+(?:certification\s+)?body|SAAS[- ]accredited|accredited\s+by\s+(?:SAAS|ASI|UKAS|DAkkS|ANAB|RSPO|the\s+\w+\s+Accreditation)|(?:SA8000|SA\s8000)\s+certified|certified\s+(?:to|against)\s+(?:SA\s?8000|ISO)|holds?\s+(?:an?\s+|the\s+)?(?:valid\s+)?(?:SA\s?8000\s+)?certificat(?:e|ion))\b", "true"),
    _r("standard.not_accredited", r"\bnot\s+(?:an?\s+)?(?:SAAS[- ])?accredited\b|\b(?:no|lacks?|without)\s+(?:SAAS\s+|relevant\s+)?accreditation\b|\bnot\s+(?:listed|on\s+the\s+list)\s+(?:as\s+an?\s+accredited|of\s+accredited)|\bunaccredited\b|\bnon[- ]accredited\b", "true"),
    # --- claims
    _r("claim.absence", r"\b(?:no|not\s+(?:any|a\s+single))\s+(?:\w+\s+){0,2}(?:indications?|evidence|signs?|instances?|cases?|incidents?|traces?|findings?|issues?)\s+(?:\w+\s+){0,5}?(?:of|relating\s+to|regarding|concerning|around)\s+(?:\w+\s+){0,4}?(?:forced|bonded|child|compulsory|prison|involuntary|slave|trafficked)\s*(?:or\s+\w+\s+)?(?:labou?r|work)|\b(?:found|identified|detected|observed|saw|uncovered|revealed)\s+no\s+(?:\w+\s+){0,2}(?:indications?|evidence|signs?|instances?|cases?|issues?)\b|\bno\s+(?:indications?|evidence|signs?)\s+of\s+any\s+(?:use\s+of\s+)?(?:forced\s+labou?r|human\s+rights\s+violations)|\bno\s+(?:issues|concerns|problems)\s+(?:relating\s+to|regarding|with|concerning)\s+(?:human\s+rights|slavery|forced\s+labou?r)[^.]{0,60}(?:were|was)\s+(?:found|identified)|\bfree\s+(?:of|from)\s+(?:any\s+)?(?:forced|bonded|child)\s+labou?r\b|\b(?:could|did)\s+not\s+find\s+(?:any\s+)?(?:indications?|evidence|signs?)\b|\b(?:was|were|is|are)\s+(?:fully\s+)?compliant\s+with\s+(?:the\s+)?(?:SA\s?8000|standard|all\s+requirements)|\bthe\s+(?:audit|assessment)\s+was\s+satisfactory\b|\bclean\s+(?:bill|result|audit)\b|\bzero\s+(?:cases|instances|findings)\s+of\s+forced", "true"),
    _r("claim.hedged", r"\bin\s+(?:our|the\s+\w+'s|\w+['’]s)\s+(?:opinion|view|assessment)\b|\bat\s+a\s+level\s+to\s+indicate\b|\bbased\s+on\s+(?:the\s+)?(?:information|evidence|data)\s+(?:available|reviewed|collected)\b|\bwithin\s+the\s+(?:limits|limitations|scope)\s+of\b|\bcannot\s+(?:rule\s+out|exclude|guarantee|confirm\s+the\s+absence)\b|\bdoes\s+not\s+(?:prove|establish|guarantee)\s+(?:the\s+)?absence\b|\bshould\s+not\s+be\s+(?:read|taken|understood)\s+as\b", "true"),
    _r("claim.limitation", r"\blimitations?\s+(?:of\s+(?:this|the)\s+(?:audit|assessment|review|study)|section|include|were)|\b(?:we|the\s+(?:audit|assessment)\s+team)\s+(?:could|were)\s+not\s+(?:able\s+to\s+)?(?:verify|access|interview|confirm|obtain|review|visit)|\b(?:challenges?|difficult(?:y|ies))\s+(?:in|of|with)\s+(?:collecting|gathering|obtaining)\s+(?:meaningful\s+)?(?:data|information)|\baccess\s+(?:was|were)\s+(?:denied|refused|restricted|limited)\b|\b(?:recogni[sz]e|acknowledge)\s+the\s+limitations\b", "true"),
    _r("scope.limited", r"\b(?:mandate|scope|review|audit|assessment)\s+(?:was\s+|is\s+)?(?:limited|restricted|confined)\s+to\b|\b(?:only|solely)\s+(?:covered|included|examined|looked\s+at)\s+(?:the\s+)?(?:current\s+)?(?:employees|workers|staff)\b|\bbeschränkte\s+sich\b", "true"),
]


class Facts:
    """The facts found in one document, by name, in document order."""

    def __init__(self, facts: Iterable[Fact] = ()) -> None:
        self.items: list[Fact] = list(facts)

    def get(self, name: str) -> list[Fact]:
        return [f for f in self.items if f.name == name]

    def has(self, name: str) -> bool:
        return any(f.name == name for f in self.items)

    def first(self, name: str) -> Fact | None:
        return next((f for f in self.items if f.name == name), None)

    def number(self, name: str, *, pick: str = "max") -> int | None:
        values = [f.value for f in self.get(name) if isinstance(f.value, (int, float))]
        if not values:
            return None
        return int(max(values) if pick == "max" else values[0])

    def evidence(self, *names: str) -> list[Evidence]:
        return [e for f in self.items if f.name in names for e in f.evidence]

    def names(self) -> set[str]:
        return {f.name for f in self.items}


def extract_facts(document: Document) -> Facts:
    """Run every fact rule over the document text; one Fact per distinct hit."""
    text = document.text
    found: list[tuple[int, Fact]] = []
    seen: set[tuple[str, int, int]] = set()
    for rule in _RULES:
        for m in rule.pattern.finditer(text):
            if m.end() - m.start() > 400:
                continue
            value, span = _value(rule, m)
            if value is None:
                continue
            key = (rule.name, m.start(), m.end())
            if key in seen or any(n == rule.name and s <= m.start() < e for n, s, e in seen):
                continue
            seen.add(key)
            ev = evidence_from_span(document, m.start(), m.end(), source="fact", role=rule.name)
            found.append((m.start(), Fact(name=rule.name, value=value, evidence=[ev])))
    found.sort(key=lambda item: (item[0], item[1].name))
    return Facts(f for _, f in found)


def _value(rule: _Rule, m: re.Match[str]) -> tuple[object, tuple[int, int]]:
    if rule.value == "number":
        raw = m.groupdict().get("n") or m.groupdict().get("n2")
        if raw is None:
            return None, (0, 0)
        raw = re.sub(r"^(?:about|around|approximately|some|nearly|more than|over|at least|roughly|c\.)\s*", "", raw.strip(), flags=_I)
        n = parse_number(raw)
        if n is None or n <= 0 or n > 10_000_000:
            return None, (0, 0)
        if rule.name == "workforce.size" and 1900 <= n <= 2100:
            return None, (0, 0)  # a year, not a headcount
        return n, m.span("n") if m.groupdict().get("n") else m.span()
    if rule.value == "true":
        return True, m.span()
    if rule.value == "match":
        return m.group(0), m.span()
    if rule.value.startswith("group:"):
        name = m.group(rule.value.split(":", 1)[1])
        name = name.strip().rstrip(".,;:")
        return (name or None), m.span()
    return rule.value, m.span()
