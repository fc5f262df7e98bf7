"""The facts layer: structured claims pulled from the text, each with the quote it rests on.

Facts are what rules and contradictions reason about: how many workers were interviewed and
where, the workforce size, dates and days on site, announcement, remote or document-only
methods, who audited, signed, commissioned and paid, which standard was claimed and whether a
certificate or accredited body is named, and absence claims such as "no indication of forced
labour". Extraction is deliberately conservative: a fact needs a number or a named thing next
to the words that make it one.

How the rules are written, and why:

* Every rule is matched case-insensitively, except name groups: they are wrapped in
  ``(?-i:...)`` so that "conducted by a local firm" never yields the name "a local firm".
  A name never runs over a blank line or past the end of a sentence.
* Facts that state that something was done ("off-site interviews", "certified") are dropped
  when the sentence negates them ("no off-site interviews were possible").
* An absence claim must be asserted, not discussed: "this does not mean there is no forced
  labour" and "not at a level to indicate systemic forced labour" are hedges, not absence
  claims (they are recorded as ``claim.hedged``).
* Each fact's evidence is exactly ``document.text[start:end]``; for named facts it ends where
  the name ends.

Performance: every pattern is bounded (no unbounded gaps between words), so the whole pass is
linear in the text. Rules that start with a number are tried only where a number starts. The
floor is one case-insensitive regex pass per rule (about 0.05-0.1 s per MB each, since a
leading ``\b`` defeats the regex engine's literal-prefix search), so 1 MB of text (a
500-page report) takes a few seconds; ordinary reports of 20-200 kB take well under one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .document.model import Document
from .evidence import evidence_from_span
from .fastscan import FastScanner
from .models import Evidence, Fact
from .numbers import NUMBER, parse_number
from .text.normalise import plain_text

_I = re.IGNORECASE
_QUALIFIER = (
    r"(?:about|around|approximately|approx\.|some|nearly|almost|more\s+than|over|at\s+least"
    r"|roughly|c\.|circa|a\s+total\s+of|a\s+sample\s+of|total\s+of)"
)
_N = rf"(?:{_QUALIFIER}\s+)?(?P<n>{NUMBER})"
_WORKERS = (
    r"(?:workers?|employees?|staff(?:\s+members)?|people|persons|individuals|labou?rers"
    r"|operatives|interviewees|respondents|women|men)"
)
_ADJ = (
    r"(?:(?:individual|group|randomly[- ]selected|randomly[- ]chosen|selected|female|male|migrant"
    r"|foreign|local|"
    r"domestic|current|former|rank[- ]and[- ]file|production|production[- ]line|uyghur"
    r"|ethnic[- ]minority|"
    r"han|contract|agency|dispatch(?:ed)?|temporary|permanent|young|student|intern|other|more"
    r"|additional|"
    r"factory|site|plant)\s+){0,3}"
)

# --- names: case-sensitive, one line (or a wrapped line that continues with a capital), one
# sentence
_UP = r"[A-ZÀ-ÖØ-Þ]"
_STOP = (
    r"(?:The|This|That|These|Those|We|Our|It|Its|In|On|At|As|For|To|If|But|And|Or|However|Since|"
    r"While|When|During|After|Before|From|With|Workers?|Management|There|They|He|She|A|An|All|No"
    r"|Not|None|N/A)"
)
_NAME_WORD = rf"(?:(?!{_STOP}\b){_UP}[\w&'’\-]*(?:\.(?=[ \t]*(?:[a-z(,]|$))|\.(?=\w))?|&)"
_NAME_JOIN = r"(?:of|and|for|de|du|der|des|la|le|van|von|&)"
_NAME_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[A-ZÀ-ÖØ-Þ&]))"
_LEGAL = (
    r"(?:GmbH|AG|plc|PLC|Ltd\.?|Limited|Inc\.?|LLC|LLP|S\.A\.|SA|SAS|B\.V\.|BV|Co\.|Corp\.?|e\.V\.)"
)


# A word that starts the next "Label:" of a flattened form ("Intertek Report reference: ...").
_LABEL_AHEAD = r"(?![\w'’\-]+(?:[ \t]+[\w'’\-]+){0,2}[ \t]*:(?!//))"


def _name(group: str = "name", words: int = 6, *, one_line: bool = False) -> str:
    """A capitalised name of up to ``words`` words, matched case-sensitively.

    ``one_line`` keeps the name on its line (values in "Label: value" forms never wrap).
    """
    first = rf"(?!{_STOP}\b){_UP}[\w&'’\-]*"
    sep = r"[ \t]+" if one_line else _NAME_SEP
    more = rf"(?:{sep}{_LABEL_AHEAD}(?:{_LEGAL}|{_NAME_WORD}|{_NAME_JOIN}(?={sep}{_UP})))"
    return rf"(?-i:(?P<{group}>{first}{more}{{0,{words}}}))"


# "German human rights due diligence firm Loening ..." - the descriptor is not the name.
_DESCRIPTOR = (
    r"(?:(?:[\w\-]+[ \t]+){0,6}?(?:firm|company|consultancy|consultants|organi[sz]ation|NGO"
    r"|body|agency|specialists?|auditors?)[ \t]+)?"
)
# Whitespace with at most one line break: a name may follow on the next line, never after a gap.
_SP1 = r"(?:[ \t]+|[ \t]*\n[ \t]*)"


_PERSON = (
    r"(?-i:(?P<name>(?:Dr\.?[ \t]+|Mr\.?[ \t]+|Ms\.?[ \t]+"
    r"|Mrs\.?[ \t]+)?[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:[ \t]+(?![\w'’\-]+(?:[ \t]+[\w'’\-]+){0,2}[ \t]*"
    r":)(?:[A-Z]\.|[A-ZÀ-Þ][a-zà-ÿ'’\-]+|van|von|de|da|del|der)){1,3}))"
)

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
    "method.document_only": "Documents only, no site visit",
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
    "claim.bounded_scope": "The document says what it does not cover and claims nothing beyond it",
}


@dataclass(frozen=True)
class _Rule:
    name: str
    source: str
    value: str = "number"  # "number", "true", "match", a literal, or "group:<name>"
    negatable: bool = False  # drop the fact when its sentence negates it

    at_number: bool = False  # the pattern starts with a (qualified) number; see _matches

    @property
    def pattern(self) -> re.Pattern[str]:
        """Compiled on first use and kept: compiling every rule at import slowed start-up, and
        asking ``re``'s cache again on each of 100k+ accesses per long document cost 0.2 s."""
        compiled = _COMPILED_RULES.get(self.source)
        if compiled is None:
            compiled = _COMPILED_RULES[self.source] = re.compile(self.source, _I)
        return compiled


_COMPILED_RULES: dict[str, re.Pattern[str]] = {}


# Rules that begin with a number are only tried where a number or qualifier starts: scanning
# every position of a 1 MB text with the number-word alternation costs about half a second
# per rule, while these positions are found once per document.
_NUMBER_LEADS = (rf"\b{_N}", r"\b(?P<n>")


def _r(name: str, pattern: str, value: str = "number", *, negatable: bool = False) -> _Rule:
    return _Rule(name, pattern, value, negatable, pattern.startswith(_NUMBER_LEADS))


_FL = (
    r"(?:(?:forced|bonded|compulsory|prison|involuntary|slave|trafficked|indentured|child)\s+"
    r"(?:or\s+\w+\s+)?(?:labou?r|work)"
    r"|modern\s+slavery|slavery|human\s+trafficking|debt\s+bondage|servitude)"
)
_EVIDENCE_NOUN = (
    r"(?:indications?|indicators?|evidence|signs?|instances?|cases?|incidents?|traces?"
    r"|findings?|issues?|violations?|occurrences?|use)"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_UNIT = r"(?:(?:auditor|person|man|woman|assessor)[- ]?days?|mandays?|man-days?)"

_RULES: list[_Rule] = [
    # --- interviews: counts
    _r(
        "interviews.total",
        rf"\b{_N}\s+{_ADJ}{_WORKERS}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
        r"(?:(?:individually|privately|confidentially|also|all)\s+)?"
        r"(?:interviewed|consulted|spoken\s+(?:to|with)|surveyed\s+and\s+interviewed)",
    ),
    _r(
        "interviews.total",
        rf"\binterview(?:ed|s?\s+with|ing)\s+(?:a\s+(?:total|sample)\s+of\s+)?{_N}\s+{_ADJ}"
        rf"{_WORKERS}",
    ),
    _r(
        "interviews.total",
        rf"\binterviewed\s+{_N}\s+(?:out\s+)?of\s+(?:the|its|all|some)?\s*(?:{NUMBER})\s+{_ADJ}"
        rf"{_WORKERS}",
    ),
    _r(
        "interviews.total",
        rf"\b(?:conducted|held|carried\s+out|completed|did|performed)\s+{_N}\s+"
        r"(?:(?:confidential|private|worker|employee|individual|group|in-depth|structured"
        r"|semi-structured|off-?site|on-?site|face-to-face)\s+)*interviews\b",
    ),
    _r(
        "interviews.total",
        rf"\b{_N}\s+(?:(?:confidential|private|worker|employee|in-depth|structured"
        r"|semi-structured|face-to-face)\s+)*(?:worker\s+|employee\s+)?interviews\s+"
        r"(?:(?:were|have\s+been)\s+)?(?:conducted|held|carried\s+out|took\s+place|with"
        r"|in\s+total)",
    ),
    _r("interviews.total", rf"\bspoke\s+(?:to|with)\s+{_N}\s+{_ADJ}{_WORKERS}"),
    _r(
        "interviews.total",
        rf"\b(?:sample|total)\s+of\s+{_N}\s+{_ADJ}{_WORKERS}\s+(?:was\s+|were\s+)?"
        r"(?:interviewed|selected\s+for\s+interviews?)",
    ),
    _r(
        "interviews.total",
        r"\b(?:number\s+of\s+)?(?:interviewees?|workers\s+interviewed|employees\s+interviewed"
        rf"|interviews?\s+conducted)\s*[:=]?\s*(?P<n>{NUMBER})(?!\s*(?:%|per\s*cent|percent))",
    ),
    _r("interviews.total", rf"\binterviewed\s+{_N}\s+(?:people|persons|individuals|of\s+them)"),
    _r(
        "interviews.total",
        rf"\b{_N}\s+{_ADJ}{_WORKERS}\s+(?:(?:whom\s+)?we"
        r"|(?:whom\s+)?the\s+(?:team|auditors?|assessors?)|who\s+were)\s+interviewed\b",
    ),
    _r(
        "interviews.total",
        rf"\b(?:of|in)\s+(?:the|all|these)\s+(?P<n>{NUMBER})\s+"
        r"(?:(?:worker|employee|confidential|private)\s+)?interviews\b",
    ),
    _r(
        "interviews.individual",
        rf"\b{_N}\s+(?:(?:confidential|private|one-to-one|one-on-one|personal)\s+)?individual\s+"
        r"(?:worker\s+|employee\s+)?interviews",
    ),
    _r(
        "interviews.individual",
        rf"\b{_N}\s+{_ADJ}{_WORKERS}\s+(?:(?:were|was)\s+)?interviewed\s+"
        r"(?:individually|one[- ](?:to|on)[- ]one|separately|alone)",
    ),
    _r(
        "interviews.individual",
        rf"\binterviewed\s+{_N}\s+{_ADJ}{_WORKERS}\s+(?:individually|one[- ](?:to|on)[- ]one"
        r"|separately)",
    ),
    _r(
        "interviews.individual",
        rf"\bindividual(?:ly)?\s+(?:interviews?\s+)?(?:with\s+)?{_N}\s+{_ADJ}{_WORKERS}",
    ),
    _r(
        "interviews.individual",
        rf"\b(?:individual|one-to-one)\s+interviews?\s*[:=]\s*(?P<n>{NUMBER})",
    ),
    _r(
        "interviews.individual",
        rf"\b{_N}\s+(?:of\s+the\s+)?interviews\s+(?:were|was)\s+(?:held\s+|conducted\s+)?"
        r"(?:individual(?:ly)?|one[- ](?:to|on)[- ]one)\b",
    ),
    _r(
        "interviews.individual",
        rf"\binterview\w*\b[^.\n]{{0,60}}?\b(?P<n>{NUMBER})\s+(?:of\s+them\s+)?"
        r"(?:individually|one[- ](?:to|on)[- ]one|in\s+private\s+one[- ]to[- ]one)",
    ),
    _r(
        "interviews.group",
        rf"\b{_N}\s+(?:group\s+interviews|focus\s+groups?|group\s+discussions)\b",
    ),
    _r(
        "interviews.group",
        rf"\b{_N}\s+{_ADJ}{_WORKERS}\s+(?:(?:were|was)\s+)?(?:interviewed\s+)?in\s+(?:\w+\s+)?"
        r"(?:groups|group\s+interviews|focus\s+groups)",
    ),
    _r(
        "interviews.group",
        rf"\b(?:and|plus)\s+{_N}\s+(?:more\s+|others?\s+)?in\s+(?:\w+\s+)?groups",
    ),
    _r(
        "interviews.group",
        rf"\b(?:group\s+interviews?|focus\s+groups?)\s+(?:with|covering|involving|of)\s+{_N}\s+"
        rf"{_ADJ}{_WORKERS}",
    ),
    _r("interviews.group", rf"\bgroup\s+interviews?\s*[:=]\s*(?P<n>{NUMBER})"),
    # --- interviews: setting
    _r(
        "interviews.offsite",
        r"\b(?:off[- ]?site|outside\s+(?:of\s+)?(?:the\s+)?"
        r"(?:factory|workplace|premises|plant|site|facility|mill|farm)"
        r"|away\s+from\s+(?:the\s+)?(?:factory|workplace|premises|site|employer|plant"
        r"|management)|at\s+(?:the\s+)?(?:workers'?|their|employees'?)\s+homes?"
        r"|in\s+(?:their\s+|the\s+workers'?\s+)?(?:home\s+)?villages?"
        r"|in\s+(?:a\s+)?(?:community|neutral)\s+(?:venue|location|setting|centre|center))\b"
        r"[^.\n]{0,80}?\binterview|\binterview[^.\n]{0,80}?\b"
        r"(?:off[- ]?site|outside\s+(?:of\s+)?(?:the\s+)?"
        r"(?:factory|workplace|premises|plant|facility|site)"
        r"|away\s+from\s+(?:the\s+)?(?:factory|workplace|premises|site|employer|management)"
        r"|at\s+(?:workers'?|their|employees'?)\s+homes?"
        r"|in\s+(?:their\s+)?(?:home\s+)?villages?"
        r"|community\s+(?:venue|location|centre|center))",
        "true",
        negatable=True,
    ),
    _r(
        "interviews.onsite",
        r"\bon[- ]?site\s+(?:worker\s+|employee\s+)?interviews?\b"
        r"|\binterview(?:s|ed)?\b[^.\n]{0,60}?\b"
        r"(?:on[- ]?site\b|at\s+the\s+(?:factory|plant|site|workplace|facility|premises|mill)"
        r"|in\s+the\s+(?:canteen|meeting\s+room|training\s+room|office|HR\s+office"
        r"|management\s+office|factory|plant|dormitor(?:y|ies)))",
        "true",
        negatable=True,
    ),
    _r(
        "interviews.virtual",
        r"\b(?:virtual|remote|online|video|telephone|phone|video[- ]call|zoom|teams)\s+"
        r"(?:worker\s+|employee\s+)?interviews?\b"
        r"|\binterview(?:s|ed)?\b[^.\n]{0,40}?\b"
        r"(?:by\s+(?:tele)?phone|by\s+video"
        r"|via\s+(?:video|zoom|teams|wechat|whatsapp|skype|telephone|phone)"
        r"|over\s+the\s+(?:tele)?phone|remotely|virtually|online)",
        "true",
        negatable=True,
    ),
    _r(
        "interviews.selected_by_auditor",
        r"\b(?:selected|chosen|picked|sampled)\s+(?:at\s+random\s+|randomly\s+)?by\s+the\s+"
        r"(?:audit(?:or|ors|\s+team)|assessors?|assessment\s+team|verifiers?|research\s+team"
        r"|investigators?)|\brandomly\s+(?:selected|chosen|sampled)\b"
        r"|\b(?:selected|chosen|sampled)\s+(?:at\s+random|randomly)\b"
        r"|\b(?:auditors?|assessors?|audit\s+team|we)\s+(?:selected|chose|picked)\s+"
        r"(?:the\s+)?(?:interviewees|workers|employees)",
        "true",
        negatable=True,
    ),
    _r(
        "interviews.selected_by_management",
        r"\b(?:selected|chosen|picked|nominated|provided|arranged)\s+by\s+(?:the\s+)?"
        r"(?:management|factory|site|plant|company|employer|hr|human\s+resources|supervisors?"
        r"|officials?|government|local\s+authorities|supplier)\b"
        r"|\b(?:management|the\s+factory|the\s+company|the\s+supplier|hr)\s+"
        r"(?:selected|chose|nominated|provided|picked)\s+(?:the\s+)?"
        r"(?:workers|interviewees|employees)",
        "true",
        negatable=True,
    ),
    _r(
        "interviews.management_present",
        r"\b(?:in\s+the\s+presence\s+of|accompanied\s+by|attended\s+by|with)\s+(?:a\s+|the\s+)?"
        r"(?:factory\s+|plant\s+|site\s+|company\s+)?"
        r"(?:managers?|management|supervisors?|hr(?:\s+(?:manager|staff|officer))?"
        r"|human\s+resources|officials?|government\s+(?:officials?|representatives?)"
        r"|party\s+(?:officials?|secretary|cadres?)|minders?|security\s+(?:staff|personnel))"
        r"\b[^.\n]{0,40}?\b(?:present|interview|during)"
        r"|\b(?:managers?|management|supervisors?|officials?|cadres?|minders?)\s+(?:was|were)"
        r"\s+present\b|\bcompany[- ]appointed\s+interpreter"
        r"|\b(?:state|government)[- ](?:appointed|provided|assigned)\s+interpreter",
        "true",
        negatable=True,
    ),
    _r(
        "interviews.monitored",
        r"\binterviews?\b[^.\n]{0,80}?\b(?:live[- ]?streamed|streamed|recorded|video[- ]?recorded"
        r"|filmed|monitored|observed\s+by|transmitted)\b"
        r"|\b(?:live[- ]?streamed|recorded|filmed|monitored)\b[^.\n]{0,40}?\binterviews?\b",
        "true",
        negatable=True,
    ),
    _r(
        "interviews.language",
        r"\b(?:in|speaking|spoke|fluent\s+in)\s+"
        r"(?:the\s+workers'?\s+(?:own\s+)?|their\s+(?:own\s+|native\s+|mother\s+)?)?"
        r"(?:language|languages|mother\s+tongue|uyghur|uighur|kazakh|tibetan|burmese|myanmar"
        r"|khmer|nepali|bengali|bangla|hindi|urdu|vietnamese|thai|lao|tamil|malay|indonesian"
        r"|bahasa|tagalog|korean|mandarin|spanish|portuguese|arabic|amharic|sinhala)\b"
        r"|\b(?:independent|own|auditor[- ]provided|third[- ]party)\s+interpreters?\b"
        r"|\binterpreters?\b",
        "true",
    ),
    _r(
        "interviews.none",
        r"\b(?:no|without)\s+(?:worker\s+|employee\s+)?interviews?\b"
        r"|\binterviews?\s+(?:with\s+workers\s+)?(?:were|was)\s+not\s+"
        r"(?:conducted|possible|held|carried\s+out|permitted|allowed)"
        r"|\b(?:did|could)\s+not\s+(?:interview|speak\s+(?:to|with))\s+(?:any\s+)?"
        r"(?:workers|employees)|\b(?:mainly|mostly|largely)\s+(?:based\s+on\s+)?(?:a\s+)?"
        r"(?:review\s+of\s+)?document(?:ation|s)?\b[^.\n]{0,40}?\brather\s+than\s+interviews"
        r"|\binterview(?:s|ing)?\b[^.\n]{0,60}?\b"
        r"(?:too\s+dangerous|would\s+endanger|could\s+endanger"
        r"|put\s+(?:workers|staff)\s+at\s+risk)",
        "true",
    ),
    # --- workforce (years are refused in _value)
    _r(
        "workforce.size",
        r"\b(?:workforce|headcount|staff|employees|workers)\s+"
        rf"(?:of|totall?ing|numbering|is|was|stood\s+at|:)\s+(?:{_QUALIFIER}\s+)?"
        rf"(?P<n>{NUMBER})(?!\s*(?:%|per\s*cent|percent|years?|hours?|days?|months?))",
    ),
    _r(
        "workforce.size",
        r"\b(?:employs|employed|employing|has|had"
        r"|(?:site|factory|plant|facility|mill|farm|company|supplier|unit|workplace)\s+with)"
        rf"\s+(?:{_QUALIFIER}\s+)?(?P<n>{NUMBER})\s+(?:\w+\s+){{0,2}}?"
        r"(?:workers|employees|staff|people)\b(?!\s+(?:were\s+)?interviewed)",
    ),
    _r(
        "workforce.size",
        r"\b(?:total\s+(?:number\s+of\s+)?(?:workers|employees|staff)"
        r"|number\s+of\s+(?:workers|employees|staff)|total\s+workforce|workforce\s+size"
        rf"|headcount)\s*[:=]?\s*(?:{_QUALIFIER}\s+)?(?P<n>{NUMBER})\b"
        r"(?!\s*(?:%|per\s*cent|percent))",
    ),
    _r(
        "workforce.size",
        r"\b(?:the|its|all|a\s+total\s+of)\s+(?:site's\s+|plant's\s+|factory's\s+|company's\s+)?"
        rf"(?P<n>{NUMBER})\s+(?:current\s+)?(?:workers|employees|staff)\b"
        r"(?!\s+(?:were\s+|was\s+)?interviewed)",
    ),
    _r(
        "workforce.size",
        rf"\b(?P<n>{NUMBER})\s+(?:workers|employees|staff|people)\s+(?:are|were|is)\s+"
        rf"(?:employed|working)\b|\b(?P<n2>{NUMBER})\s+(?:workers|employees|staff|people)\s+"
        r"(?:work|worked|working|employed)\s+(?:at|in|there|on|by)\b",
    ),
    # --- dates and effort
    _r(
        "audit.date",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+"
        rf"(?:of\s+)?{_MONTH}\.?,?\s+\d{{4}}\b"
        rf"|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*\d{{1,2}})?,?\s+"
        rf"\d{{4}}\b|\b(?:19|20)\d{{2}}-[01]\d-[0-3]\d\b"
        rf"|\b[0-3]?\d([/.-])[01]?\d\1(?:19|20)\d{{2}}\b",
        "match",
    ),
    _r(
        "audit.date",
        rf"\b(?:audit|visit|assessment|inspection|verification|fieldwork)s?\b[^.\n]{{0,60}}?\b"
        rf"(?:in|during|on|from)\s+(?P<date>{_MONTH}\.?\s+(?:19|20)\d{{2}})\b",
        "group:date",
    ),
    _r(
        "audit.days",
        rf"\b(?P<n>{NUMBER})\s+(?:{_DAY_UNIT}|days?\s+"
        r"(?:on[- ]?site|at\s+the\s+(?:site|factory|plant|facility))"
        r"|days?\s+of\s+(?:on[- ]?site\s+)?"
        r"(?:fieldwork|field\s+work|audit(?:ing)?|site\s+visits?))\b",
    ),
    _r(
        "audit.days",
        rf"\b(?:auditor|audit)\s+days?\s*(?:used)?\s*[:=]?\s*(?P<n>{NUMBER})\b"
        rf"|\bduration(?:\s+of\s+(?:the\s+)?(?:audit|visit))?\s*[:=]\s*(?P<n2>{NUMBER})\s+"
        r"(?:auditor\s+)?days",
    ),
    _r(
        "audit.days",
        rf"\b(?P<n>{NUMBER})[- ]day\s+(?:on[- ]?site\s+|site\s+|unannounced\s+|announced\s+)?"
        r"(?:audit|visit|assessment|inspection)",
    ),
    _r(
        "audit.days",
        rf"\b(?:audit|visit|assessment|inspection)\s+(?:lasted|took)\s+(?:{_QUALIFIER}\s+)?"
        rf"(?P<n>{NUMBER})\s+days?\b",
    ),
    _r(
        "audit.days",
        rf"\b(?:spent|spending)\s+(?:{_QUALIFIER}\s+)?(?P<n>{NUMBER})\s+days?\s+"
        r"(?:on[- ]?site|at\s+the\s+(?:site|factory|plant|facility|mill|farm))",
    ),
    _r("audit.announcement", r"\bsemi[- ]?announced\b", "semi-announced"),
    _r(
        "audit.announcement",
        r"\bun[- ]?announced\b|\bwithout\s+(?:prior\s+|advance\s+)*"
        r"(?:notice|warning|notification)\b"
        r"|\bno\s+(?:prior\s+|advance\s+)+(?:notice|warning|notification)\b"
        r"|\bsurprise\s+(?:audit|visit|inspection)s?\b",
        "unannounced",
    ),
    _r(
        "audit.announcement",
        r"\bannounced(?<!-announced)(?<!semi announced)(?<!not announced)\s+"
        r"(?:audit|visit|assessment|inspection)s?\b"
        r"|\b(?:audit|visit|assessment|inspection)s?\s+(?:was|were|is|are)\s+(?:all\s+)?annou"
        r"nced\b|\b(?:audit|visit)\s+type\s*[:=]\s*announced\b"
        r"|(?<!no )(?<!without )\b(?:advance|prior)\s+notice\b"
        r"|\bnotified\s+(?:in\s+advance|beforehand|ahead\s+of\s+time)\b"
        r"|\bwhile\s+our\s+audits\s+are\s+announced",
        "announced",
    ),
    # --- method
    _r(
        "method.remote",
        r"\b(?:remote|virtual|desk(?:top)?(?:-based)?|off[- ]site|online)\s+"
        r"(?:audit|assessment|review|verification|monitoring|evaluation|inspection)s?\b"
        r"|\b(?:conducted|carried\s+out|performed|done)\s+"
        r"(?:entirely\s+|fully\s+|wholly\s+|partly\s+)?(?:remotely|virtually|online)\b"
        r"|\bdesk[- ]based\b|\bdocument[- ]based\s+(?:audit|assessment|review)",
        "true",
        negatable=True,
    ),
    _r(
        "method.document_only",
        r"\b(?:document|paper)[- ]only\b|\b(?:based|relied|relying)\s+"
        r"(?:solely|only|entirely|exclusively|wholly)\s+on\s+(?:the\s+)?"
        r"(?:documents|documentation|records|paperwork|self[- ]assessments?)\b"
        r"|\bwithout\s+(?:a\s+|any\s+)?(?:site\s+visits?"
        r"|visiting\s+the\s+(?:site|factory|facility|plant))\b"
        r"|\bno\s+(?:site|on[- ]site|physical)\s+visits?\s+"
        r"(?:was|were|took\s+place|has\s+been)"
        r"|\b(?:did|could)\s+not\s+visit\s+the\s+(?:site|factory|facility|plant|region)\b",
        "true",
    ),
    _r(
        "method.document_review",
        r"\b(?:payroll|pay|wage|time|attendance|personnel|employment|working\s+hours?)\s+"
        r"(?:records|cards|sheets|slips|files|contracts|documents)\b[^.\n]{0,40}?\b"
        r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
        r"(?:reviewed|checked|examined|inspected|sampled|analy[sz]ed|verified)\b",
        "true",
        negatable=True,
    ),
    _r(
        "method.document_review",
        r"\b(?:review(?:ed|ing)?|inspect(?:ed|ion|ing)|examin(?:ed|ation|ing)|check(?:ed|ing)?"
        r"|analys(?:ed|is|ing)|sampled)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?"
        r"(?:employment\s+|labou?r\s+|work(?:ing)?\s+|personnel\s+)?"
        r"(?:contracts|payroll|payslips|wage\s+(?:records|payments|slips)|salary\s+payments"
        r"|personnel\s+files|time\s+(?:records|cards|sheets)|timesheets|attendance\s+records"
        r"|records|documents|documentation)\b",
        "true",
        negatable=True,
    ),
    # --- auditors
    _r(
        "auditor.firm",
        r"\b(?:audit(?:ing)?\s+(?:company|firm|body|organi[sz]ation)(?:\s+name)?"
        r"|certification\s+body|conducted\s+by|carried\s+out\s+by|performed\s+by"
        rf"|audited\s+by)[ \t]*:[ \t]*(?:\n[ \t]*){{0,2}}{_name(one_line=True)}",
        "group:name",
    ),
    _r(
        "auditor.firm",
        r"\b(?:audit|assessment|verification|investigation|inspection|review|visit)s?\s+"
        r"(?:(?:was|were|has\s+been|have\s+been)\s+)?"
        rf"(?:conducted|carried\s+out|performed|run|undertaken|made)\s+by{_SP1}(?:the\s+)?"
        rf"(?:(?:independent|external|third[- ]party|international|global)\s+)*{_DESCRIPTOR}"
        rf"{_name()}",
        "group:name",
    ),
    _r(
        "auditor.firm",
        r"\b(?:retained|hired|commissioned|contracted|engaged|appointed|mandated)\s+(?:the\s+)?"
        rf"(?:(?:independent|external|third[- ]party)\s+)*{_DESCRIPTOR}{_name(words=4)}"
        rf"(?:[ \t]*,[^,\n]{{0,40}},)?\s+(?:to\s+"
        r"(?:conduct|carry\s+out|perform|assess|audit|verify|investigate|review)"
        r"|as\s+(?:an?\s+|the\s+)?(?:independent\s+)?"
        r"(?:auditor|verifier|consultant|assessor|third\s+party))",
        "group:name",
    ),
    _r(
        "auditor.names",
        r"\b(?:lead\s+auditor|auditor\s+names?|auditors?|audit\s+team(?:\s+members?)?|assessors?"
        rf"|team\s+leader|signed\s+by|verifier)[ \t]*(?:\(s\))?[ \t]*:[ \t]*{_PERSON}",
        "group:name",
    ),
    _r(
        "auditor.names",
        rf"{_PERSON}[ \t]*\((?:LA|lead\s+auditor|team\s+leader|auditor|APSCA[^)]{{0,30}})\)",
        "group:name",
    ),
    # "conducted by Mr. Daniel Okafor": a person with a title is a named auditor, not a firm
    # called "Mr"
    _r(
        "auditor.names",
        rf"\b(?:conducted|carried\s+out|performed|led|signed|audited)\s+by{_SP1}"
        r"(?=(?-i:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]))"
        rf"{_PERSON}",
        "group:name",
    ),
    # a team table row or a sign-off line: "| Ana Ruiz | Lead assessor | APSCA ..." / "Ana Ruiz,
    # Lead auditor, ..."
    _r(
        "auditor.names",
        rf"(?:^|\|)[ \t]*{_PERSON}[ \t]*(?:\||,)[ \t]*(?:lead|senior|social|co-?)?[ \t]*"
        r"(?:auditor|assessor|verifier|interviewer|team\s+leader|technical\s+reviewer)\b",
        "group:name",
    ),
    _r(
        "auditor.names",
        rf"\b(?:lead\s+)?auditors?\s+{_PERSON}\s+"
        rf"(?:and\s+{_PERSON.replace('(?P<name>', '(?:')}\s+)?(?:visited|conducted|carried"
        r"|led|interviewed|inspected)",
        "group:name",
    ),
    _r(
        "auditor.unnamed",
        r"\b(?:without\s+naming|did\s+not\s+name|not\s+named|unnamed|undisclosed|anonymous)\b"
        r"[^.\n]{0,60}?\b(?:firm|auditors?|lawyers?|partner|company|consultants?)"
        r"|\b(?:two|several|a\s+team\s+of|local)\s+(?:chinese\s+|local\s+)?lawyers\s+from\s+a"
        r"\s+(?:local\s+)?(?:law\s+)?firm\b"
        r"|\ba\s+(?:reputable|local|respected|recogni[sz]ed|well[- ]known|leading"
        r"|independent)\s+(?:local\s+|international\s+|third[- ]party\s+)?"
        r"(?:law\s+|audit(?:ing)?\s+|consulting\s+)?firm\b"
        r"|\bindependent\s+experts?\b(?![^.\n]{0,30}\b(?:named|listed)\b)"
        r"|\b(?:reputable|qualified),?\s+third[- ]party\s+(?:auditors?|audit\s+firms?)\b",
        "true",
    ),
    _r(
        "auditor.subcontracted",
        r"\b(?:subcontract(?:ed|ing|or)|sub-contract(?:ed|ing|or)"
        r"|accompanied\s+(?:an?\s+|the\s+)?(?:unnamed\s+|local\s+)?(?:\w+[- ])?(?:\w+\s+)?"
        r"(?:firm|auditors?|lawyers?|team|partner)|accompanied\s+on\s+site"
        r"|(?:the\s+)?actual\s+audit\s+execution"
        r"|together\s+with\s+(?:a\s+|two\s+)?(?:local|chinese)\s+(?:partner|lawyers?|firm)"
        r"|local\s+partner\s+(?:firm\s+)?(?:carried|conducted|performed)"
        r"|outsourced\s+(?:the\s+)?(?:field\s*work|audit))\b",
        "true",
    ),
    _r(
        "auditor.credential",
        r"\bAPSCA\s+(?:member(?:ship)?\s+)?(?:no\.?|number|#|id)\s*[:#]?\s*[A-Z0-9][A-Z0-9-]{3,}"
        r"|\b(?:CSCA|RA)\s*(?:no\.?|number|#)?\s*[:#]?\s*\d{5,}|\b(?-i:CSCA)\b"
        r"|\bAPSCA\s+(?:full\s+|certified\s+|registered\s+)?(?:member|auditor)\b"
        r"|\bSAAS[- ]accredited\b|\baccredited\s+by\s+"
        r"(?:SAAS|ASI|the\s+Social\s+Accountability\s+Accreditation)",
        "true",
        negatable=True,
    ),
    _r(
        "report.signed",
        r"\b(?:signed|sign-off|signature)\s*(?:by|:)\s*(?-i:[A-Z])[\w.’'\-]*"
        r"|\b(?:signed\s+(?:and\s+dated\s+)?by|approved\s+by|report\s+approved\s+by)\b"
        r"|\bSigned\s+(?:in|on)\s+\w+\s+\d{4}"
        r"|\b(?:signed|approved)\s+(?:on\s+behalf\s+of|for\s+and\s+on\s+behalf)",
        "true",
        negatable=True,
    ),
    _r(
        "report.published",
        r"\b(?:full|complete|entire)\s+(?:audit\s+|assessment\s+|verification\s+)?report\s+"
        r"(?:is\s+|has\s+been\s+|was\s+|will\s+be\s+)?"
        r"(?:published|public|made\s+public|publicly\s+available"
        r"|available\s+(?:at|on|online|to\s+download))"
        r"|\bpublished\s+(?:the\s+)?(?:full|complete|entire)\s+"
        r"(?:audit\s+|assessment\s+|verification\s+)?report",
        "true",
        negatable=True,
    ),
    _r(
        "report.summary_only",
        r"\b(?:did\s+not|has\s+not|have\s+not|declined\s+to|refused\s+to|will\s+not"
        r"|chose\s+not\s+to|does\s+not)\s+(?:publish|release|disclose|share|make\s+public)\s+"
        r"(?:the\s+)?(?:full\s+)?(?:audit\s+)?report"
        r"|\b(?:one|1|two|2)[- ]page\s+(?:summary|statement)"
        r"|\bsummary\s+of\s+(?:the\s+)?(?:audit\s+)?(?:results|findings)\b"
        r"|\breport\s+(?:itself\s+)?(?:is|was|remains)\s+"
        r"(?:not\s+public|confidential|not\s+published|withheld|not\s+available)"
        r"|\bmanagement\s+summary\b",
        "true",
    ),
    _r(
        "commissioned_by",
        r"\b(?:commissioned|mandated|requested|ordered|retained|engaged|contracted|instructed)"
        rf"\s+by{_SP1}(?:the\s+)?{_name(words=5)}",
        "group:name",
    ),
    _r(
        "commissioned_by",
        rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:the\s+)?{_name(words=4)}(?:['’]s)?[ \t]+"
        r"(?:commissioned|contracted|retained|hired|engaged|mandated)\s+(?:an?\s+|the\s+)?"
        r"(?:independent\s+|external\s+|third[- ]party\s+)?"
        r"(?:audit|review|assessment|investigation|auditor|consultan|firm|verifier"
        r"|(?-i:[A-Z])[\w’'\-]*)",
        "group:name",
    ),
    _r(
        "paid_by",
        r"\b(?:paid|funded|financed|fees?\s+(?:were|was)\s+paid"
        rf"|costs?\s+(?:were|was)\s+(?:borne|covered|paid))\s+(?:for\s+)?by{_SP1}(?:the\s+)?"
        r"(?:(?P<role>supplier|factory|site|company|client|brand|buyer|auditee|retailer"
        rf"|employer|facility)\b|{_name(words=4)})",
        "group:name",
    ),
    _r(
        "paid_by",
        r"\bat\s+the\s+(?:(?P<role>supplier|factory|facility|auditee|brand|buyer|client)['’]s"
        r"|(?:own\s+)?expense\s+of\s+the\s+"
        r"(?P<role2>supplier|factory|facility|auditee|brand|buyer))\s*(?:own\s+)?"
        r"(?:expense|cost)?",
        "group:name",
    ),
    # SMETA-style forms put the value on the label's line or, flattened, a line or two below it
    _r(
        "paid_by",
        r"\b(?:report\s+owner\s*\(payee\)|payee)[ \t]*:[ \t]*(?:\n[ \t]*){0,2}"
        r"(?P<name>(?-i:[A-ZÀ-Þ])[^\n:]{2,60}?)(?=[ \t]*(?:\n|$|Sedex|Report))",
        "group:name",
    ),
    # --- standards
    _r(
        "standard.claimed",
        r"\b(?P<name>SA\s?8000|SMETA(?:\s+(?:2|4)[- ]pillar)?|amfori\s+BSCI|BSCI|SLCP"
        r"|(?-i:RBA)(?:\s+VAP)?|(?-i:WRAP)|RSPO(?:\s+P&C)?|ISO\s?26000|ISO\s?45001"
        r"|Fair\s+Labor\s+Association|(?-i:FLA)|Fairtrade|Rainforest\s+Alliance"
        r"|ETI\s+Base\s+Code|Better\s+Cotton|(?-i:BCI)|Higg\s+FSLM"
        r"|ILO\s+(?:core\s+)?(?:standards|conventions|indicators"
        r"|forced\s+labou?r\s+indicators)|UN\s+Guiding\s+Principles|UNGPs?"
        r"|OECD\s+(?:Guidelines|Due\s+Diligence\s+Guidance))\b",
        "group:name",
    ),
    _r(
        "standard.loose",
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
        "true",
    ),
    _r(
        "standard.certificate",
        r"\bcertificate\s+(?:no\.?|number|#|id)\s*[:#]?\s*[A-Z0-9][A-Z0-9./-]{3,}"
        r"|\b(?:accredited\s+(?:certification\s+)?body|SAAS[- ]accredited"
        r"|accredited\s+by\s+(?:SAAS|ASI|UKAS|DAkkS|ANAB|RSPO|the\s+\w+\s+Accreditation)"
        r"|(?:SA8000|SA\s8000)\s+certified"
        r"|certified\s+(?:to|against|under)\s+(?:SA\s?8000|ISO|the\s+SA\s?8000)"
        r"|holds?\s+(?:an?\s+|the\s+)?(?:valid\s+)?(?:SA\s?8000\s+)?certificat(?:e|ion))\b",
        "true",
        negatable=True,
    ),
    _r(
        "standard.not_accredited",
        r"\bnot\s+(?:an?\s+)?(?:SAAS[- ])?accredited\b"
        r"|\b(?:no|lacks?|without)\s+(?:SAAS\s+|relevant\s+|any\s+)?accreditation\b"
        r"|\bnot\s+(?:listed|on\s+the\s+list)\s+(?:as\s+an?\s+accredited|of\s+accredited)"
        r"|\bunaccredited\b|\bnon[- ]accredited\b",
        "true",
    ),
    # --- claims
    _r(
        "claim.absence",
        rf"\b(?:no|not\s+(?:any|a\s+single))\s+(?:\w+\s+){{0,2}}?{_EVIDENCE_NOUN}\s+(?:\w+\s+){{0"
        rf",5}}?(?:of|relating\s+to|related\s+to|regarding|concerning|around|for|involving)"
        rf"\s+(?:\w+\s+){{0,4}}?{_FL}",
        "true",
    ),
    _r(
        "claim.absence",
        r"\b(?:found|identified|detected|observed|saw|uncovered|revealed|reported)\s+no\s+"
        rf"(?:\w+\s+){{0,2}}?(?:{_EVIDENCE_NOUN}|{_FL})\b",
        "true",
    ),
    # the passive form: "all eleven indicators have been resolved"
    _r(
        "claim.absence",
        rf"\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+){{0,4}}?indicators?\s+"
        rf"(?:of\s+(?:\w+\s+){{0,2}}?{_FL}\s+)?(?:have|has|had)\s+(?:now\s+)?been\s+"
        r"(?:fully\s+|successfully\s+)?(?:resolved|remediated|eliminated|closed|cleared"
        r"|addressed)\b",
        "true",
    ),
    # "resolved all forced labour indicators", "forced-labour free": a clean bill by another name
    _r(
        "claim.absence",
        r"\b(?:has|have|had)?\s*(?:fully\s+|successfully\s+)?"
        r"(?:resolved|remediated|eliminated|closed|cleared|addressed)\s+(?:all|every|each)"
        rf"\s+(?:of\s+the\s+)?(?:\w+\s+){{0,3}}?(?:indicators?|issues|findings)\b"
        rf"(?:\s+of\s+(?:\w+\s+){{0,2}}?{_FL})?|\b{_FL}[- ]free\b",
        "true",
    ),
    _r(
        "claim.absence",
        r"\b(?:did|could|has|have|had)\s+not\s+"
        r"(?:find|found|identify|identified|detect|detected|observe|observed|uncover"
        rf"|uncovered|see|seen)\s+(?:any\s+)?(?:\w+\s+){{0,2}}?(?:{_EVIDENCE_NOUN}|{_FL})\b",
        "true",
    ),
    _r(
        "claim.absence",
        rf"\bno\s+(?:\w+\s+){{0,2}}?{_FL}\s+(?:was|were|has\s+been|have\s+been|could\s+be)\s+"
        r"(?:found|identified|detected|observed|reported|confirmed)",
        "true",
    ),
    _r("claim.absence", rf"\bthere\s+(?:is|was|were|are)\s+no\s+(?:\w+\s+){{0,2}}?{_FL}", "true"),
    _r("claim.absence", rf"\bfree\s+(?:of|from)\s+(?:any\s+)?{_FL}", "true"),
    _r(
        "claim.absence",
        r"\bno\s+(?:issues|concerns|problems)\s+(?:relating\s+to|regarding|with|concerning)\s+"
        r"(?:human\s+rights|slavery|forced\s+labou?r)[^.\n]{0,60}?(?:were|was)\s+"
        r"(?:found|identified)|\b(?:was|were|is|are)\s+(?:fully\s+)?compliant\s+with\s+"
        r"(?:the\s+)?(?:SA\s?8000|standard|all\s+requirements)"
        r"|\bthe\s+(?:audit|assessment)\s+was\s+satisfactory\b"
        r"|\bfound\s+(?:the\s+|it\s+|them\s+)?(?:\w+\s+){0,2}?(?:to\s+be\s+)?(?:fully\s+)?com"
        r"pliant\b|\bclean\s+(?:bill|result|audit)\b"
        r"|\bzero\s+(?:cases|instances|findings)\s+of\s+forced",
        "true",
    ),
    _r(
        "claim.hedged",
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
        "true",
    ),
    _r(
        "claim.limitation",
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
        "true",
    ),
    _r(
        "claim.bounded_scope",
        r"\b(?:is|was)\s+not\s+(?:an?\s+)?(?:full\s+|general\s+|comprehensive\s+|overall\s+)?"
        r"(?:assessment|audit|review|evaluation|certification)\s+of\s+"
        r"(?:every|all|any\s+other|other|the\s+(?:whole|wider|full|overall))\b"
        r"|\bshould\s+not\s+be\s+(?:read|taken|understood|used)\s+as\s+"
        r"(?:one\b|an?\s+(?:full|general|comprehensive|overall|clean|labour)|assurance"
        r"|a\s+certificat|evidence\s+(?:that|of\s+(?:the\s+)?absence))"
        r"|\bdoes\s+not\s+(?:cover|address|assess)\s+(?:any\s+)?"
        r"(?:other|the\s+wider|issues\s+beyond|labour\s+issues\s+beyond)\b",
        "true",
    ),
    _r(
        "scope.limited",
        r"\b(?:mandate|scope|review|audit|assessment|investigation)\s+(?:was\s+|is\s+)?"
        r"(?:limited|restricted|confined)\s+to\b"
        r"|\b(?:only|solely)\s+(?:covered|included|examined|looked\s+at)\s+(?:the\s+)?"
        r"(?:current\s+)?(?:employees|workers|staff)\b|\bbeschränkte\s+sich\b",
        "true",
    ),
]

_NUMBER_START = re.compile(
    r"\b(?:\d|(?:"
    + "|".join(
        sorted(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
                "twenty",
                "thirty",
                "forty",
                "fifty",
                "sixty",
                "seventy",
                "eighty",
                "ninety",
                "hundred",
                "thousand",
                "million",
                "dozen",
                "about",
                "around",
                "approximately",
                "approx",
                "some",
                "nearly",
                "almost",
                "more",
                "over",
                "roughly",
                "circa",
                "total",
                r"c\.",
                r"at\s+least",
                r"a\s+(?:total|sample|dozen|hundred|thousand|million)",
            ],
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w]))"
)

# Sentence openings that turn an absence claim into a discussion of one.
_ABSENCE_GUARD = re.compile(
    r"\b(?:does\s+not|do\s+not|doesn['’]t|did\s+not|didn['’]t)\s+"
    r"(?:mean|prove|establish|guarantee|imply|show)\b"
    r"|\bcannot\s+(?:conclude|say|confirm|guarantee|be\s+sure)|\bno\s+guarantee\b|\beven\s+if\b"
    r"|\bwhether\b|\bif\s+there\s+(?:is|are|were|was)\b|\babsence\s+of\s+evidence\b"
    r"|\bnot\s+(?:to\s+)?(?:say|claim|conclude)\b|\bunable\s+to\s+(?:confirm|conclude|say)"
    # aims, duties and policies are not findings: "suppliers must ensure there is no forced labour"
    r"|\b(?:ensure[sd]?|ensuring|make\s+sure|aims?|goal|commit(?:s|ted|ment)?|strive[sd]?|seek"
    r"|requires?|required|expects?|expected|must|should|shall|will|prohibit(?:s|ed)?"
    r"|zero[- ]tolerance|tolerate)\b",
    _I,
)
_ABSENCE_DENIED = re.compile(
    r"[^.\n]{0,30}?\b(?:does\s+not|do\s+not|doesn['’]t|is\s+not|cannot)\s+"
    r"(?:mean|prove|establish|guarantee|imply|show|proof)",
    _I,
)
# Words after an absence claim that bound it ("... of systemic forced labour", "at a level to
# indicate").
_ABSENCE_BOUND = re.compile(
    r"^[^.\n]{0,40}?\b(?:at\s+a\s+level|systemic|widespread)\b|\bsystemic\s*$|\bwidespread\s*$", _I
)
# Words that keep a sentence from asserting a fact: negations, and questions ("asked whether ...").
_NEGATION = re.compile(
    r"\bno\b(?!\.|\s*[:#])|\b(?:whether|asked|not|never|without|neither|nor|none|cannot|can['’]t"
    r"|didn['’]t|wasn['’]t|weren['’]t|unable)\b",
    _I,
)
_SENTENCE_START = re.compile(r"[.!?](?=\s)|\n\s*\n")
_ORG_WORDS = re.compile(
    r"\b(?:Solutions?|Compliance|Services?|Consult\w*|Audit\w*|Assurance|Partners?|Group"
    r"|International|"
    r"Associates|Certification|Verification|Limited|Ltd|Inc|GmbH|LLC|Company|Institute|Foundation"
    r"|Bureau)\b"
)
_NAME_NOISE = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "our",
    "we",
    "it",
    "its",
    "they",
    "company",
    "firm",
}


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
        values = [
            f.value
            for f in self.get(name)
            if isinstance(f.value, (int, float)) and not isinstance(f.value, bool)
        ]
        if not values:
            return None
        return int(max(values) if pick == "max" else values[0])

    def values(self, name: str) -> list[object]:
        """Distinct values of one fact, in document order."""
        out: list[object] = []
        for f in self.get(name):
            if f.value not in out:
                out.append(f.value)
        return out

    def evidence(self, *names: str) -> list[Evidence]:
        return [e for f in self.items if f.name in names for e in f.evidence]

    def names(self) -> set[str]:
        return {f.name for f in self.items}


def extract_facts(document: Document) -> Facts:
    """Run every fact rule over the document text; one Fact per distinct hit.

    Rules read the plainly written shadow of the text (ligatures and odd spaces written out,
    see ``auditcheck.text.normalise``); each evidence span is mapped back to the source.
    """
    plain = plain_text(document.text)
    text = plain.text
    found: list[tuple[int, Fact]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    number_starts = _number_starts(text)
    fast = FastScanner(text)
    for rule in _RULES:
        for m in _matches(rule, text, number_starts, fast):
            if m.end() - m.start() > 400:
                continue
            value, (start, end) = _value(rule, m)
            if value is None or start >= end:
                continue
            if rule.negatable and _negated(text, m.start(), m.end()):
                continue
            if rule.name == "claim.absence" and not _asserted(text, m.start(), m.end()):
                continue
            taken = spans.setdefault(rule.name, [])
            if _overlaps(taken, start, end):
                continue
            bisect.insort(taken, (start, end))
            start, end = plain.source_span(start, end)
            ev = evidence_from_span(document, start, end, source="fact", role=rule.name)
            found.append((ev.start, Fact(name=rule.name, value=value, evidence=[ev])))
    found.sort(key=lambda item: (item[0], item[1].name))
    return Facts(f for _, f in found)


def _number_starts(text: str) -> list[int]:
    """Offsets where a number or a number qualifier starts."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare characters whose lower case is longer; keep offsets exact
        return [m.start() for m in re.compile(_NUMBER_START.pattern, _I).finditer(text)]
    # Matching the lower-cased text without IGNORECASE is several times faster.
    return [m.start() for m in _NUMBER_START.finditer(lowered)]


def _matches(
    rule: _Rule, text: str, number_starts: list[int], fast: FastScanner | None = None
) -> Iterable[re.Match[str]]:
    """Non-overlapping matches of a rule, like finditer, but number rules start only at numbers.

    Other rules go through the RE2 fast path when it can give exactly ``finditer``'s matches.
    """
    if not rule.at_number:
        found = (
            fast.finditer_source(rule.source, _I, lambda: rule.pattern)
            if fast is not None
            else None
        )
        yield from (found if found is not None else rule.pattern.finditer(text))
        return
    last_end = 0
    match = rule.pattern.match
    for pos in number_starts:
        if pos < last_end:
            continue
        m = match(text, pos)
        if m:
            last_end = max(m.end(), pos + 1)
            yield m


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if [start, end) overlaps a span already taken for the same fact."""
    i = bisect.bisect_left(taken, (start, end))
    if i < len(taken) and taken[i][0] < end:
        return True
    # Spans are short (at most 400 characters), so only a few earlier ones can reach start.
    j = i - 1
    while j >= 0 and start - taken[j][0] <= 400:
        if taken[j][1] > start:
            return True
        j -= 1
    return False


def _sentence_start(text: str, pos: int, limit: int = 200) -> int:
    lo = max(0, pos - limit)
    last = lo
    for m in _SENTENCE_START.finditer(text, lo, pos):
        last = m.end()
    return last


def _negated(text: str, start: int, end: int) -> bool:
    """True if the words just before the match, in its sentence, or the match itself negate it."""
    before = text[max(_sentence_start(text, start, 60), start - 40) : start]
    return bool(_NEGATION.search(before) or _NEGATION.search(text, start, end))


def _asserted(text: str, start: int, end: int) -> bool:
    """An absence claim counts only when it is asserted flat, not hedged or discussed."""
    if _ABSENCE_GUARD.search(text, _sentence_start(text, start), start):
        return False
    if _ABSENCE_DENIED.match(text, end):  # "a clean audit does not mean ..."
        return False
    # "We do not classify the site as free of forced labour": a negation earlier in the clause.
    clause = text[_sentence_start(text, start) : start]
    clause = re.split(r"[,;:\u2014]", clause)[-1]
    if _NEGATION.search(clause):
        return False
    tail = text[end : end + 60]
    return not (
        _ABSENCE_BOUND.search(text[start:end])
        or _ABSENCE_BOUND.search(tail)
        or re.search(r"\bsystemic\b", text[start:end], _I)
    )


def _value(rule: _Rule, m: re.Match[str]) -> tuple[object, tuple[int, int]]:
    none: tuple[object, tuple[int, int]] = (None, (0, 0))
    if rule.value == "number":
        groups = m.groupdict()
        key = "n" if groups.get("n") else "n2"
        raw = groups.get(key)
        if raw is None:
            return none
        n = parse_number(raw)
        if n is None or n <= 0 or n > 10_000_000:
            return none
        if (
            rule.name in ("workforce.size", "interviews.total")
            and 1900 <= n <= 2100
            and re.fullmatch(r"\d{4}", raw.strip())
        ):
            return none  # a year, not a headcount
        if rule.name == "audit.days" and n > 1000:
            return none
        return n, m.span()
    if rule.value in ("true", "match"):
        return (True if rule.value == "true" else " ".join(m.group(0).split())), m.span()
    if rule.value.startswith("group:"):
        groups = m.groupdict()
        for role in ("role", "role2"):
            if groups.get(role):
                return groups[role].lower(), m.span()
        group = rule.value.split(":", 1)[1]
        raw = groups.get(group)
        if not raw:
            return none
        cleaned = _clean_name(raw)
        if cleaned is None:
            return none
        if rule.name == "auditor.firm" and re.fullmatch(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?", cleaned[0]):
            return none  # a title, not a firm: the person is a named auditor (rule above)
        if rule.name == "auditor.names" and _ORG_WORDS.search(cleaned[0]):
            return none  # "Audit team: Ardent Compliance Solutions" names a firm, not people
        name, length = cleaned
        # A name that ends the match ends the quote; otherwise quote the whole match.
        end = m.start(group) + length if m.end(group) == m.end() else m.end()
        return name, (m.start(), end)
    return rule.value, m.span()


_ABBREVIATIONS = (
    "Ltd.",
    "Inc.",
    "Co.",
    "Corp.",
    "Dr.",
    "Mr.",
    "Ms.",
    "Mrs.",
    "St.",
    "No.",
    "S.A.",
    "B.V.",
    "e.V.",
)
_JOINERS = {"of", "and", "for", "de", "du", "der", "des", "la", "le", "van", "von", "&"}


def _clean_name(raw: str) -> tuple[str, int] | None:
    """Cut a captured name at a sentence end; drop trailing joiners and punctuation.

    Returns the name with its whitespace normalised and the length of the prefix of ``raw``
    it came from, so the evidence span can end exactly where the name ends.
    """
    cut = raw
    # a sentence end inside the capture: "SGS. Workers" -> "SGS"
    for m in re.finditer(r"\.\s", cut):
        head = cut[: m.start() + 1]
        if not head.endswith(_ABBREVIATIONS) and not re.search(r"(?:^|\s)[A-Z]\.$", head):
            cut = head
            break
    while True:
        trimmed = re.sub(r"[\s,;:\-–]+$", "", cut)
        if trimmed.endswith(".") and not trimmed.endswith(_ABBREVIATIONS):
            trimmed = trimmed[:-1]
        words = trimmed.split()
        if words and words[-1].lower() in _JOINERS:
            trimmed = trimmed[: len(trimmed) - len(words[-1])]
        if trimmed == cut:
            break
        cut = trimmed
    name = " ".join(cut.split())
    if len(name) < 2 or name.lower() in _NAME_NOISE:
        return None
    return name, len(cut)
