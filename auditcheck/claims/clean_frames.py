"""Clean-conclusion frames: the sentence shapes of compliance, resolution, "free of" and
absence claims ("met all requirements", "every indicator has been remediated", "found no
indication of the practices described"). The word classes they combine live in ``grammar``;
``kinds.find_clean`` asks these frames in order. Patterns are bounded, so matching stays linear.
"""

from __future__ import annotations

from ..text import cached_re as re
from . import grammar as g
from .base import rx as _rx

#: What points back to allegations or abuse already named: "the practices described", "it".
ANAPHORIC_OBJECT = (
    r"(?:the|such|these|those|this|that)\s+(?:\w+\s+)?(?:practices?|abuses?|conditions"
    r"|allegations?|claims?|conduct)\b|(?:it|this|them|such)\b"
)

#: Compliance frames: a conclusion that the standard was met.
COMPLIANCE = _rx(
    r"\b(?:(?:fully|entirely|completely|wholly|100\s*%)\s+)?complian(?:t|ce)[\"”’']?\s+"
    # "hired Orbit Compliance to do it": "to" before a verb is a purpose, not conformance
    r"(?:with|to(?!\s+(?:do|conduct|carry|perform|audit|assess|verify|review|investigate|inspect"
    r"|check|undertake|help|support|provide|ensure|monitor|lead|run|deliver|prepare)\b))\b"
    r"|\b(?:met|meets|satisf(?:y|ies|ied)|fulfil+(?:s|ed)?|complied\s+with|passed"
    # "was found to meet": the bare infinitive is left out, it is mostly an obligation
    r"|(?:found|shown|confirmed|certified|judged|deemed)\s+to\s+(?:meet|satisfy|fulfil+))\s+"
    r"(?:all|every|each|the)\s+(?:\w+\s+){0,4}?"
    r"(?:requirements?|criteria|standards?|clauses?|audit|checks?|provisions?)\b"
    r"|\b(?:passed|cleared)\s+(?:the|its|an?|every|all)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:audits?|inspections?|assessments?)\b"
    r"|\b(?:zero|no|0)\s+(?:(?:major|minor|critical|outstanding|open|remaining)\s+)?"
    r"(?:non[- ]?conform(?:ity|ities|ance|ances)|NCs?)\b"
    # "found to be compliant on all forced-labour indicators"
    r"|\bcompliant\s+(?:on|in|for|across|against)\s+(?:all|every|each)\b"
    # "the supplier has been re-audited and is now fully compliant"
    r"|\b(?:is|are|was|were|been)\s+(?:now\s+|again\s+)?(?:fully|entirely|completely)\s+"
    r"compliant\b"
    # "the site operates in accordance with the forced labour provisions of the standard"
    r"|\b(?:operates?|operated|operating|is|are|was|were)\s+(?:fully\s+)?in\s+(?:full\s+)?"
    r"(?:accordance|conformity|compliance)\s+with\b"
    r"|\bclean\s+(?:audit|bill\s+of\s+health|result|report)\b"
    r"|\bconform(?:s|ed|ity)?\s+(?:fully\s+)?(?:to|with)\s+(?:all|the)\b"
    r"|\b(?:is|are|was|were|remains?)\s+(?:fully\s+)?(?:in\s+)?"
    r"(?:compliance|compliant|conformity)\b"
    # complying with, or operating in line with, the law or a standard
    r"|\bcompl(?:y|ies|ied)\s+(?:fully\s+)?with\s+(?:all\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:laws?|legislation|regulations?|standards?|codes?|requirements|conventions?)\b"
    r"|\b(?:operates?|operated|operating|acts?|acted|is|are|was|were)\s+(?:fully\s+)?"
    r"(?:in\s+line|in\s+accordance|in\s+keeping|consistent)\s+with\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:laws?|legislation|regulations?|standards?|codes?|requirements"
    r"|conventions?)\b"
    r"|\b(?:rated|assessed|classified|graded|categori[sz]ed|scored)\s+(?:\w+\s+){0,4}?"
    r"(?:as\s+)?(?:an?\s+)?(?:low|minimal|negligible|no)[- ]risk\b"
    r"|\brated\s+(?:[\"“']?(?:A|green|low[- ]risk)[\"”']?)\b"
    # "achieved a rating of 'compliant' or above", "which auditors had described as compliant"
    r"|\b(?:achieved|received|obtained|earned|awarded)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?rating\s+of\s+"
    r"[\"“'‘]?(?:compliant|A|green|low[- ]risk|satisfactory)\b"
    r"|\b(?:described|certified|declared|judged|deemed|rated|classed)\s+as\s+(?:fully\s+)?compliant\b"
    # conforming with a part of a standard, however fully: "now conforms in full with Principle
    # 6", "complies fully with clause 4"
    r"|\b(?:compl(?:y|ies|ied)|conform(?:s|ed)?)\s+(?:(?:fully|in\s+full|entirely|completely"
    r"|wholly|in\s+all\s+respects)\s+)?(?:with|to)\s+(?:all\s+|every\s+)?(?:the\s+|its\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:clauses?|principles?|criteri(?:a|on)|sections?|provisions?"
    r"|chapters?|articles?|elements?)\b"
)

#: A result line with nothing found: "Overall result: Compliant", "Open findings: 0",
#: "Non-conformities: none", or a criterion row's verdict after a dash ("(1.1) - Conforming.").
RESULT_LINE = _rx(
    r"\b(?:overall\s+)?(?:result|status|outcome|rating|verdict|conclusion|audit\s+result)\s*:\s*"
    r"(?:all\s+)?(?:compliant|conform(?:s|ing|ant)?|pass(?:ed)?|resolved|closed|satisfactory"
    r"|approved|certified|no\s+(?:issues|findings|non[- ]?conformit(?:y|ies)))\b"
    r"|\bopen(?:\s+(?:findings|issues|non[- ]?conformit(?:y|ies)|corrective\s+actions|items"
    r"|actions))?\s*:\s*(?:0|zero|none|nil)\b"
    r"|\b(?:findings|observations|non[- ]?conformit(?:y|ies)|issues|NCs?|violations)\s*:\s*"
    r"(?:0|zero|none|nil)\b"
    r"|[-–—]\s*(?:conforming|conforms|compliant|in\s+conformity|satisfactory|met)\s*(?:[.;|]|$)"
)

#: Resolution frames: a conclusion that every problem found was put right.
RESOLUTION = _rx(
    r"\b(?:all|every|each|the\s+remaining)\s+(?:of\s+the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:indicators?|issues|findings|non[- ]?conform(?:ity|ities|ance|ances)|violations?|concerns"
    r"|gaps|cases|fees|deductions|debts|corrective\s+actions|passports?|permits?|documents)"
    r"\s+(?:[\w,’'-]+\s+){0,16}?(?:have|has|had|were|was|are|is)\s+(?:now\s+|since\s+)?"
    r"(?:been\s+)?"
    # "have been verified as resolved at follow-up": the check that closed them named first
    r"(?:(?:verified|confirmed|certified|found|judged|deemed)\s+(?:as\s+|to\s+be\s+|to\s+have\s+been\s+)?)?"
    r"(?:fully\s+|successfully\s+|completely\s+)?"
    r"(?:resolved|remediated|eliminated|closed|cleared|addressed|rectified|corrected|fixed"
    # money taken from workers, given back: "all fees ... have since been reimbursed in full"
    r"|reimbursed|repaid|refunded|returned|paid\s+back|handed\s+back|given\s+back)\b"
    r"|\b(?:resolved|remediated|eliminated|closed|cleared|rectified|addressed)\s+"
    r"(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+){0,3}?"
    r"(?:indicators?|issues|findings|non[- ]?conform(?:ity|ities|ance|ances)|violations?|concerns"
    r"|gaps)\b"
    r"|\b(?:practice|practices|retention|holding)\s+(?:has|have)\s+(?:now\s+)?"
    r"(?:ended|stopped|ceased)\b"
    r"|\b(?:fully|completely)\s+(?:resolved|remediated|rectified)\b"
    r"|\bno\s+longer\s+(?:any\s+)?(?:indicators?|evidence|signs)\s+of\b"
)

#: "free of forced labour" asserted as a state of affairs.
FREE_OF = _rx(
    rf"\b(?:free\s+(?:of|from)|without)\s+(?:any\s+)?(?:\w+\s+){{0,2}}?(?:{g.FL_OBJECT})\b"
    r"|\b(?:not|never)\s+(?:\w+\s+)?(?:produced|made|manufactured|grown|harvested|picked|mined"
    rf"|processed|built|caught)\s+(?:with|by|using|through)\s+(?:any\s+)?(?:{g.FL_OBJECT})\b"
    rf"|\b(?:{g.FL_OBJECT})[- ]free\b"
)

#: An existential or evidential negative: "there is no forced labour", "no evidence of X".
NO_EVIDENCE = _rx(
    rf"\b(?:none|not\s+one|no)\s+of\s+(?:the\s+)?(?:[\w,’'-]+\s+){{0,10}}?"
    r"(?:had\s+|has\s+|have\s+)?(?:found|identified|detected|recorded|uncovered)\s+(?:any\s+)?"
    rf"(?:\w+\s+){{0,2}}?(?:{g.FL_OBJECT})|"
    rf"\b(?:no|not\s+(?:any|a\s+single|one)|zero|without\s+any)\s+(?:\w+\s+){{0,2}}?"
    r"(?:evidence|indications?|signs?|instances?|cases?|incidents?|trace|risk|reports?"
    r"|allegations?)"
    rf"\s+(?:\w+\s+){{0,4}}?(?:of|that|relating\s+to|related\s+to|regarding|concerning|involving"
    rf"|for)\s+(?:\w+\s+){{0,4}}?(?:{g.FL_OBJECT}|{g.GENERIC_OBJECT})"
    r"|\b(?:there\s+)?(?:is|was|are|were|has\s+been|have\s+been)\s+(?:absolutely\s+)?"
    rf"(?:no|not\s+(?:any|one|a\s+single))\s+(?:any\s+)?(?:\w+\s+){{0,3}}?(?:{g.FL_OBJECT})"
    rf"|\b(?:no|zero|not\s+(?:any|a\s+single|one))\s+(?:\w+\s+){{0,3}}?"
    rf"(?:{g.FL_OBJECT}|{g.GENERIC_OBJECT})\s+(?:\w+\s+){{0,2}}?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|could\s+be|is|are|exists?)"
    r"\s+(?:ever\s+)?(?:found|identified|detected|observed|recorded|reported|noted|raised|seen"
    r"|uncovered|present|evident|confirmed|substantiated|involved|used)"
    # the object named by what it answers: "found no indication whatsoever of the practices
    # described", "found nothing of the kind", "did not identify any instance of it"
    r"|\b(?:found|find|finds|identified|detected|uncovered|saw|seen|observed)\s+"
    r"(?:no|not\s+(?:any|a\s+single|one))\s+(?:\w+\s+){0,2}?"
    r"(?:evidence|indications?|signs?|instances?|cases?|trace)\s+(?:whatsoever\s+)?of\s+"
    rf"(?:{ANAPHORIC_OBJECT})"
    r"|\b(?:found|find|finds|identified|saw|seen|observed)\s+nothing\s+of\s+the\s+(?:kind|sort)\b"
    r"|\b(?:did|do|does|have|has|had)\s+not\s+(?:identify|find|detect|uncover|see|observe)\s+"
    r"(?:any|a\s+single)\s+(?:instances?|cases?|evidence|signs?)\s+of\s+"
    rf"(?:{ANAPHORIC_OBJECT})"
)


#: The rest of a programme whose findings stand elsewhere ("the other 22 vessels"), or one place
#: named first: a clean result for it is not a conclusion about the whole.
THE_REST = re.compile(
    r"\b(?:the\s+(?:other|remaining)\s+(?:\d+\s+|\w+\s+)?(?:vessels|boats|sites|factories"
    r"|suppliers|farms|mills|plants|facilities|units|estates|workers)|the\s+rest\s+of)\b"
    # a place named first: "At the plant, the audit found no issues ..."
    r"|^\s*(?:at|on|in|for)\s+(?:the\s+|its\s+|our\s+)?(?:[\w’'-]+\s+){0,3}?(?:plant|factory|site"
    r"|mill|vessels?|boats?|farms?|estate|warehouse|unit|facility|depot)\b[^,]{0,40},",
    re.IGNORECASE,
)
