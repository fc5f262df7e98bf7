"""Fact specs: interview counts, settings and selection, and the workforce.

One ``FactSpec`` per fact, its patterns in the order they are tried (the first hit wins a
span); see ``auditcheck.facts.spec`` for what each field means.
"""

from __future__ import annotations

from ..text.numbers import NUMBER
from .fragments import (
    ADJ,
    QUALIFIER,
    WORKERS,
    N,
)
from .spec import FactSpec

#: A place away from the workplace where an interview can be held without the employer.
_OFF_SITE = (
    r"(?:off[- ]?site|(?:outside|away\s+from)\s+(?:of\s+)?(?:the\s+)?(?:factory|workplace|premises"
    r"|plant|site|facility|mill|farm|employer|management)"
    r"|at\s+(?:the\s+)?(?:workers'?|their|employees'?)\s+homes?"
    r"|in\s+(?:their\s+|the\s+workers'?\s+)?(?:home\s+)?villages?"
    r"|in\s+(?:a\s+)?(?:community|neutral)\s+(?:venue|location|setting|centre|center)"
    r"|community\s+(?:venue|location|centre|center))"
)


SPECS: tuple[FactSpec, ...] = (
    FactSpec(
        "interviews.total",
        "Workers interviewed",
        guards=("not_a_year",),
        patterns=(
            # --- interviews: counts
            rf"\b{N}\s+{ADJ}{WORKERS}\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
            r"(?:(?:individually|privately|confidentially|also|all)\s+)?"
            r"(?:interviewed|consulted|spoken\s+(?:to|with)|surveyed\s+and\s+interviewed)",
            rf"\binterview(?:ed|s?\s+with|ing)\s+(?:a\s+(?:total|sample)\s+of\s+)?{N}\s+{ADJ}"
            rf"{WORKERS}",
            # "interviewed 58 of the plant's roughly 600 workers"
            rf"\binterviewed\s+{N}\s+(?:out\s+)?of\s+(?:the|its|all|some)?\s*"
            r"(?:[\w’'-]+['’]s\s+)?(?:(?:roughly|about|around|some|approximately|nearly|over)\s+)?"
            rf"(?:{NUMBER})\s+{ADJ}"
            rf"{WORKERS}",
            rf"\b(?:conducted|held|carried\s+out|completed|did|performed)\s+{N}\s+"
            r"(?:(?:confidential|private|worker|employee|individual|group|in-depth|structured"
            r"|semi-structured|off-?site|on-?site|face-to-face)\s+)*interviews\b",
            rf"\b{N}\s+(?:(?:confidential|private|worker|employee|in-depth|structured"
            r"|semi-structured|face-to-face)\s+)*(?:worker\s+|employee\s+)?interviews\s+"
            r"(?:(?:were|have\s+been)\s+)?(?:conducted|held|carried\s+out|took\s+place|with"
            r"|in\s+total)",
            rf"\bspoke\s+(?:to|with)\s+{N}\s+{ADJ}{WORKERS}",
            rf"\b(?:sample|total)\s+of\s+{N}\s+{ADJ}{WORKERS}\s+(?:was\s+|were\s+)?"
            r"(?:interviewed|selected\s+for\s+interviews?)",
            r"\b(?:number\s+of\s+)?(?:interviewees?|workers\s+interviewed|employees\s+interviewed"
            rf"|interviews?\s+conducted)\s*[:=]?\s*(?P<n>{NUMBER})(?!\s*(?:%|per\s*cent|percent))",
            rf"\binterviewed\s+{N}\s+(?:people|persons|individuals|of\s+them)",
            rf"\b{N}\s+{ADJ}{WORKERS}\s+(?:(?:whom\s+)?we"
            r"|(?:whom\s+)?the\s+(?:team|auditors?|assessors?)|who\s+were)\s+interviewed\b",
            rf"\b(?:of|in)\s+(?:the|all|these)\s+(?P<n>{NUMBER})\s+"
            r"(?:(?:worker|employee|confidential|private)\s+)?interviews\b",
        ),
    ),
    FactSpec(
        "interviews.individual",
        "Individual interviews",
        patterns=(
            rf"\b{N}\s+(?:(?:confidential|private|one-to-one|one-on-one|personal)\s+)?individual\s+"
            r"(?:worker\s+|employee\s+)?interviews",
            rf"\b{N}\s+{ADJ}{WORKERS}\s+(?:(?:were|was)\s+)?interviewed\s+"
            r"(?:individually|one[- ](?:to|on)[- ]one|separately|alone)",
            rf"\binterviewed\s+{N}\s+{ADJ}{WORKERS}\s+(?:individually|one[- ](?:to|on)[- ]one"
            r"|separately)",
            rf"\bindividual(?:ly)?\s+(?:interviews?\s+)?(?:with\s+)?{N}\s+{ADJ}{WORKERS}",
            rf"\b(?:individual|one-to-one)\s+interviews?\s*[:=]\s*(?P<n>{NUMBER})",
            rf"\b{N}\s+(?:of\s+the\s+)?interviews\s+(?:were|was)\s+(?:held\s+|conducted\s+)?"
            r"(?:individual(?:ly)?|one[- ](?:to|on)[- ]one)\b",
            rf"\binterview\w*\b[^.\n]{{0,60}}?\b(?P<n>{NUMBER})\s+(?:of\s+them\s+)?"
            r"(?:individually|one[- ](?:to|on)[- ]one|in\s+private\s+one[- ]to[- ]one)",
        ),
    ),
    FactSpec(
        "interviews.group",
        "Group interviews",
        patterns=(
            rf"\b{N}\s+(?:group\s+interviews|focus\s+groups?|group\s+discussions)\b",
            rf"\b{N}\s+{ADJ}{WORKERS}\s+(?:(?:were|was)\s+)?(?:interviewed\s+)?in\s+(?:\w+\s+)?"
            r"(?:groups|group\s+interviews|focus\s+groups)",
            rf"\b(?:and|plus)\s+{N}\s+(?:more\s+|others?\s+)?in\s+(?:\w+\s+)?groups",
            rf"\b(?:group\s+interviews?|focus\s+groups?)\s+(?:with|covering|involving|of)\s+{N}\s+"
            rf"{ADJ}{WORKERS}",
            rf"\bgroup\s+interviews?\s*[:=]\s*(?P<n>{NUMBER})",
        ),
    ),
    FactSpec(
        "interviews.offsite",
        "Off-site interviews",
        value="true",
        guards=("not_negated",),
        patterns=(
            # --- interviews: setting, before or after the interview it describes
            rf"\b{_OFF_SITE}\b[^.\n]{{0,80}}?\binterview|\binterview[^.\n]{{0,80}}?\b{_OFF_SITE}",
        ),
    ),
    FactSpec(
        "interviews.private",
        "Private interviews, no management present",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\binterview(?:s|ed)?\b[^.\n]{0,80}?\b(?:in\s+private|privately|confidentially"
            r"|without\s+(?:any\s+)?(?:managers?|management|supervisors?)\s+(?:being\s+)?present"
            r"|with\s+no\s+(?:managers?|management|supervisors?)\s+present)\b"
            r"|\b(?:private|confidential)\s+(?:worker\s+|individual\s+)?interviews?\b",
        ),
    ),
    FactSpec(
        "interviews.onsite",
        "On-site interviews",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\bon[- ]?site\s+(?:worker\s+|employee\s+)?interviews?\b"
            r"|\binterview(?:s|ed)?\b[^.\n]{0,60}?\b"
            r"(?:on[- ]?site\b|at\s+the\s+(?:factory|plant|site|workplace|facility|premises|mill)"
            r"|in\s+the\s+(?:canteen|meeting\s+room|training\s+room|office|HR\s+office"
            r"|management\s+office|factory|plant|dormitor(?:y|ies)))",
        ),
    ),
    FactSpec(
        "interviews.virtual",
        "Virtual or remote interviews",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\b(?:virtual|remote|online|video|telephone|phone|video[- ]call|zoom|teams)\s+"
            r"(?:worker\s+|employee\s+)?interviews?\b"
            r"|\binterview(?:s|ed)?\b[^.\n]{0,40}?\b"
            r"(?:by\s+(?:tele)?phone|by\s+video"
            r"|via\s+(?:video|zoom|teams|wechat|whatsapp|skype|telephone|phone)"
            r"|over\s+the\s+(?:tele)?phone|remotely|virtually|online)",
        ),
    ),
    FactSpec(
        "interviews.selected_by_auditor",
        "Interviewees chosen by the auditor",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\b(?:selected|chosen|picked|sampled)\s+(?:at\s+random\s+|randomly\s+)?by\s+the\s+"
            r"(?:audit(?:or|ors|\s+team)|assessors?|assessment\s+team|verifiers?|research\s+team"
            r"|investigators?)|\brandomly\s+(?:selected|chosen|sampled)\b"
            r"|\b(?:selected|chosen|sampled)\s+(?:at\s+random|randomly)\b"
            r"|\b(?:auditors?|assessors?|audit\s+team|we)\s+(?:selected|chose|picked)\s+"
            r"(?:the\s+)?(?:interviewees|workers|employees)",
        ),
    ),
    FactSpec(
        "interviews.selected_by_management",
        "Interviewees chosen by management",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\b(?:selected|chosen|picked|nominated|provided|arranged)\s+by\s+(?:the\s+)?"
            r"(?:management|factory|site|plant|company|employer|hr|human\s+resources|supervisors?"
            r"|officials?|government|local\s+authorities|supplier)\b"
            r"|\b(?:management|the\s+factory|the\s+company|the\s+supplier|hr)\s+"
            r"(?:selected|chose|nominated|provided|picked)\s+(?:the\s+)?"
            r"(?:workers|interviewees|employees)",
        ),
    ),
    FactSpec(
        "interviews.management_present",
        "Management or officials present at interviews",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\b(?:in\s+the\s+presence\s+of|accompanied\s+by|attended\s+by|with)\s+(?:a\s+|the\s+)?"
            r"(?:factory\s+|plant\s+|site\s+|company\s+)?"
            r"(?:managers?|management|supervisors?|hr(?:\s+(?:manager|staff|officer))?"
            r"|human\s+resources|officials?|government\s+(?:officials?|representatives?)"
            r"|party\s+(?:officials?|secretary|cadres?)|minders?|security\s+(?:staff|personnel))"
            r"\b[^.\n]{0,40}?\b(?:present|interview|during)"
            r"|\b(?:managers?|management|supervisors?|officials?|cadres?|minders?)\s+(?:was|were)"
            r"\s+present\b|\bcompany[- ]appointed\s+interpreter"
            r"|\b(?:state|government)[- ](?:appointed|provided|assigned)\s+interpreter",
        ),
    ),
    FactSpec(
        "interviews.monitored",
        "Interviews recorded, streamed or monitored",
        value="true",
        guards=("not_negated",),
        patterns=(
            r"\binterviews?\b[^.\n]{0,80}?\b(?:live[- ]?streamed|streamed|recorded"
            r"|video[- ]?recorded|filmed|monitored|observed\s+by|transmitted)\b"
            r"|\b(?:live[- ]?streamed|recorded|filmed|monitored)\b[^.\n]{0,40}?\binterviews?\b",
        ),
    ),
    FactSpec(
        "interviews.language",
        "Interview languages or interpreters",
        value="true",
        patterns=(
            r"\b(?:in|speaking|spoke|fluent\s+in)\s+"
            r"(?:the\s+workers'?\s+(?:own\s+)?|their\s+(?:own\s+|native\s+|mother\s+)?)?"
            r"(?:language|languages|mother\s+tongue|uyghur|uighur|kazakh|tibetan|burmese|myanmar"
            r"|khmer|nepali|bengali|bangla|hindi|urdu|vietnamese|thai|lao|tamil|malay|indonesian"
            r"|bahasa|tagalog|korean|mandarin|spanish|portuguese|arabic|amharic|sinhala)\b"
            r"|\b(?:independent|own|auditor[- ]provided|third[- ]party)\s+interpreters?\b"
            r"|\binterpreters?\b",
        ),
    ),
    FactSpec(
        "interviews.none",
        "Worker interviews not held or replaced",
        value="true",
        patterns=(
            r"\b(?:no|without)\s+(?:worker\s+|employee\s+)?interviews?\b"
            r"|\binterviews?\s+(?:with\s+workers\s+)?(?:were|was)\s+not\s+"
            r"(?:conducted|possible|held|carried\s+out|permitted|allowed)"
            # "we did not visit any plant, interview any worker or ...": a list of what was not done
            r"|\b(?:did|could)\s+not\s+(?:[\w ]{1,40},\s+)?(?:interview|speak\s+(?:to|with))\s+"
            r"(?:any\s+|a\s+single\s+)?(?:workers?|employees?)\b|\b(?:mainly|mostly|largely)\s+(?:based\s+on\s+)?(?:a\s+)?"
            r"(?:review\s+of\s+)?document(?:ation|s)?\b[^.\n]{0,40}?\brather\s+than\s+interviews"
            r"|\binterview(?:s|ing)?\b[^.\n]{0,60}?\b"
            r"(?:too\s+dangerous|would\s+endanger|could\s+endanger"
            r"|put\s+(?:workers|staff)\s+at\s+risk)",
        ),
    ),
    FactSpec(
        "workforce.size",
        "Workforce size",
        guards=("not_a_year",),
        patterns=(
            # --- workforce (years are refused in _value)
            r"\b(?:workforce|headcount|staff|employees|workers)\s+"
            rf"(?:of|totall?ing|numbering|is|was|stood\s+at|:)\s+(?:{QUALIFIER}\s+)?"
            rf"(?P<n>{NUMBER})(?!\s*(?:%|per\s*cent|percent|years?|hours?|days?|months?))",
            r"\b(?:employs|employed|employing|has|had"
            r"|(?:site|factory|plant|facility|mill|farm|company|supplier|unit|workplace)\s+with)"
            rf"\s+(?:{QUALIFIER}\s+)?(?P<n>{NUMBER})\s+(?:\w+\s+){{0,2}}?"
            r"(?:workers|employees|staff|people)\b(?!\s+(?:were\s+)?interviewed)",
            r"\b(?:total\s+(?:number\s+of\s+)?(?:workers|employees|staff)"
            r"|number\s+of\s+(?:workers|employees|staff)|total\s+workforce|workforce\s+size"
            rf"|headcount)\s*[:=]?\s*(?:{QUALIFIER}\s+)?(?P<n>{NUMBER})\b"
            r"(?!\s*(?:%|per\s*cent|percent))",
            r"\b(?:the|its|all|a\s+total\s+of)\s+(?:site's\s+|plant's\s+|factory's\s+|company's\s+)?"
            rf"(?P<n>{NUMBER})\s+(?:current\s+)?(?:workers|employees|staff)\b"
            r"(?!\s+(?:were\s+|was\s+)?interviewed)",
            rf"\b(?P<n>{NUMBER})\s+(?:workers|employees|staff|people)\s+(?:are|were|is)\s+"
            rf"(?:employed|working)\b|\b(?P<n2>{NUMBER})\s+(?:workers|employees|staff|people)\s+"
            r"(?:work|worked|working|employed)\s+(?:at|in|there|on|by)\b",
        ),
    ),
)
