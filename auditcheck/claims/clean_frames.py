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
    # "with no priority findings", "showed no forced-labour findings"
    r"|\b(?:zero|no|0)\s+(?:priority|zero[- ]tolerance|critical|major)\s+(?:findings|issues)\b"
    rf"|\b(?:zero|no|0)\s+(?:{g.FL_OBJECT})[- ](?:findings|issues|non[- ]?conformities|violations"
    r"|cases)\b"
    # "found to be compliant on all forced-labour indicators"
    r"|\bcompliant\s+(?:on|in|for|across|against)\s+(?:all|every|each)\b"
    # "the supplier has been re-audited and is now fully compliant"
    r"|\b(?:is|are|was|were|been)\s+(?:now\s+|again\s+)?(?:fully|entirely|completely)\s+"
    r"compliant\b"
    # "the site operates in accordance with the forced labour provisions of the standard"
    r"|\b(?:operates?|operated|operating|is|are|was|were)\s+(?:fully\s+)?in\s+(?:full\s+)?"
    r"(?:accordance|conformity|compliance)\s+with\b"
    r"|\bclean\s+(?:audit|bill\s+of\s+health|result|report)\b"
    # an assessment vouching for practice: "the audits verified the integrity of our labour
    # policies and practices"
    r"|\b(?:verified|confirmed|validated|attested\s+to|demonstrated|certified)\s+(?:the\s+)?"
    r"(?:integrity|soundness|robustness|adequacy|propriety|legality)\s+of\s+(?:our|its|their"
    r"|the)\s+(?:[\w’'-]+\s+){0,2}?(?:labou?r|employment|social|workplace|recruitment"
    r"|human\s+rights)\s+(?:policies|practices|standards|conditions|systems)\b"
    r"|\bconform(?:s|ed|ity)?\s+(?:fully\s+)?(?:to|with)\s+(?:all|the)\b"
    r"|\b(?:is|are|was|were|remains?)\s+(?:fully\s+)?(?:in\s+)?"
    r"(?:compliance|compliant|conformity)\b"
    # complying with, or operating in line with, the law or a standard
    r"|\bcompl(?:y|ies|ied)\s+(?:fully\s+)?with\s+(?:all\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:laws?|legislation|regulations?|standards?|codes?|requirements|conventions?)\b"
    # adherence as a finding, not a pledge: "an audit report that confirms the firm still keeps to
    # adhere to its procurement policy" ("we adhere to our code" is a policy statement)
    r"|\b(?:confirm\w*|found|verifi\w+|show(?:s|ed|n)?|demonstrat\w+)\b[^.;]{0,60}?"
    r"\b(?:adher(?:e|es|ed|ing)\s+(?:fully\s+)?to|compl(?:y|ies|ied|ying)\s+(?:fully\s+)?with)"
    r"\s+(?:all\s+)?(?:the\s+|its\s+|our\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:laws?|standards?|codes?|requirements|polic(?:y|ies)|commitments?)\b"
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
    # "all eleven ILO indicators have now been resolved"
    r"(?:all|every|each)\s+(?:of\s+the\s+)?(?:[\w()’'-]+\s+){0,6}?"
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
    rf"(?:no|not\s+(?:any|one|a\s+single))\s+(?:any\s+)?"
    # "there is no agreed definition of forced labour": a definition or a count is missing
    r"(?!(?:\w+\s+){0,2}?(?:definitions?|data|figures|statistics|estimates?|legislation|laws?)\s)"
    rf"(?:\w+\s+){{0,3}}?(?:{g.FL_OBJECT})"
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
    # a rebuttal: "the auditors found no evidence on their visit that substantiates the allegations"
    r"|\b(?:no|not\s+(?:any|a\s+single))\s+(?:\w+\s+){0,2}?(?:evidence|indications?|signs?)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:substantiating|supporting|to\s+(?:support|substantiate|corroborate"
    r"|confirm)|corroborating|confirming)\s+(?:the|these|those|its|their|any|such)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:allegations?|accusations?|claims|reports?|complaints?)\b"
    # of abuse, or of nothing named ("allegations of bribery" are another matter)
    r"(?!\s+(?:of|about|regarding|concerning)\s+(?!(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{g.FL_OBJECT}|{g.GENERIC_OBJECT}|abuses?|mistreatment|exploitation)))"
    # no tie between the abuse reported and the speaker's own chain: "the press reports have not
    # revealed any link to our own suppliers", "found no link to its suppliers"
    r"|\b(?:(?:not|never)\s+(?:\w+\s+)?(?:revealed|found|shown|identified|uncovered|indicated)"
    r"\s+(?:any\s+)?|(?:revealed|found|showed|shown|identified|uncovered)\s+no\s+)"
    r"(?:connections?|links?|ties?)\s+(?:to|with)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:supply\s+chains?|suppliers|operations|products"
    r"|factories|business)\b"
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


#: Allegations, accusations or reports of forced labour or abuse (what a rebuttal answers).
ALLEGATIONS_OF_ABUSE = (
    r"(?:allegations?|accusations?|claims?|reports?|complaints?)\s+(?:of|about|regarding|that)\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?(?:{g.FL_OBJECT}|abuses?|mistreatment|coercion|harassment|threats"
    r"|(?:forced|compulsory|excessive)\s+(?:overtime|hours)|wage\s+theft|(?:withheld|unpaid)\s+wages"
    r"|(?:retained|confiscated|withheld)\s+(?:passports|documents)|recruitment\s+fees)"
)

#: What a denial calls an allegation: baseless, untrue, a lie, a smear.
DISMISSED = (
    r"[\"“‘']?(?:unfounded|baseless|groundless|untrue|false|unsubstantiated|fabricated"
    r"|(?:an?\s+|the\s+)?(?:lies?|smears?|slanders?|fabrications?|fake\s+news|disinformation"
    r"|rumou?rs?|nonsense))\b"
)

#: Limited-assurance wording: "nothing has come to our attention that causes us to believe ...".
LIMITED_ASSURANCE = (
    r"\bnothing\s+(?:has\s+|had\s+)?(?:came|come)\s+to\s+(?:our|its|their|the\s+\w+[’']s)"
    r"\s+attention"
)

#: Clean states and verdicts: "employment is voluntary", "workers were free to resign",
#: "nothing has come to our attention", "no red flags", "cleared the plant of forced labour".
CLEAN_STATE = _rx(
    r"\b(?:is|was|are|were|remains?)\s+(?:entirely\s+|fully\s+|completely\s+)?"
    r"(?:voluntary|freely\s+chosen)\b"
    r"|\b(?:workers|employees|all\s+\w+)\s+(?:\w+\s+){0,3}?(?:were|are|was|is)\s+free\s+to\s+"
    r"(?:leave|resign|quit|move|go)\b"
    rf"|{LIMITED_ASSURANCE}"
    r"|\bnothing\s+(?:wrong|untoward|amiss|irregular)\b"
    r"|\bno\s+(?:\w+\s+)?red\s+flags\b|\bclean\s+record\b"
    r"|\bclear(?:s|ed)?\s+(?:\w+\s+){0,5}?of\s+(?:\w+\s+){0,2}?"
    r"(?:forced\s+labou?r|allegations|wrongdoing|abuses?|exploitation|modern\s+slavery"
    r"|trafficking)\b"
    r"|\b(?:identified|found|detected|observed|recorded|noted|reported|revealed|uncovered"
    r"|showed)\s+no\s+(?:\w+\s+){0,2}?"
    r"(?:issues|irregularities|breaches|violations|infringements|non[- ]?conformit(?:y|ies)"
    r"|problems|concerns|findings)\b"
    # the same with a verbal negation: "the reviews did not reveal any systemic problems"
    # ("have not found any systemic issues": the perfect's participle too)
    r"|\b(?:did|do|does|have|has|had)\s*(?:not|n[’']t)\s+(?:reveal(?:ed)?|identif(?:y|ied)|find"
    r"|found|detect(?:ed)?|uncover(?:ed)?|show(?:n)?|raised?|record(?:ed)?|disclosed?)\s+"
    r"(?:any|a\s+single)\s+(?:\w+\s+){0,2}?"
    r"(?:issues?|irregularit(?:y|ies)|breach(?:es)?|violations?|infringements?"
    r"|non[- ]?conformit(?:y|ies)|problems?|concerns?)\b"
    r"|\b(?:no|zero|nil)\s+(?:\w+\s+){0,3}?"
    r"(?:issues|findings|non[- ]?conform(?:ity|ities|ance|ances)|violations|problems|concerns)\s+"
    r"(?:were\s+|was\s+)?(?:identified|found|noted|observed|recorded|raised|reported)\b"
    r"|\bno\s+(?:critical|major|minor)(?:\s+or\s+(?:critical|major|minor))?\s+"
    r"(?:findings|non[- ]?conform(?:ity|ities|ance|ances))\b"
    r"|\b(?:none|not\s+one)\s+(?:\w+\s+){0,3}?(?:was|were|has\s+been)\s+(?:\w+\s+)?"
    r"(?:found|identified|present|detected)\b"
    # "neither our operations nor our suppliers made use of forced labour"
    r"|\bneither\s+[^.;]{3,80}?\s+nor\s+[^.;]{3,80}?\s+(?:made\s+use\s+of|used|employed"
    r"|relied\s+on|engaged\s+in|benefited\s+from)\s+(?:[\w,]+\s+){0,4}?(?:forced|bonded"
    r"|compulsory|slave)\b"
    r"|\b(?:no|zero|nil)\s+non[- ]?complian(?:ce|ces)\s+(?:(?:was|were)\s+)?(?:identified|found"
    r"|noted|observed|recorded|raised|reported|in\s+any)\b"
    # "three auditors, none of whom raised any labour concern"
    r"|\bnone\s+of\s+(?:whom|which|them|these|those)\s+(?:raised|found|identified|recorded"
    r"|reported|noted)\s+(?:any|a\s+single)\s+(?:\w+\s+)?(?:concerns?|issues?|findings?"
    r"|non[- ]?conformit(?:y|ies)|violations?|problems?)\b"
    # "no worker at the plant is subject to forced or compulsory labour"
    r"|\bno\s+(?:\w+\s+)?(?:worker|employee|person|one)\b[^.;]{0,60}?\b(?:is|was|were|are"
    r"|has\s+been)\s+(?:\w+\s+)?(?:subject(?:ed)?\s+to|held\s+in)\s+(?:forced|compulsory|bonded)"
    r"|\bthere\s+(?:has|have|had)\s+never\s+been\s+(?:a\s+single|one|any)\b"
    # "has never had a finding on freely chosen employment"
    r"|\b(?:has|have|had)\s+never\s+(?:had|received|recorded|been\s+given)\s+(?:a|any|one)\s+"
    r"(?:\w+\s+)?(?:finding|non[- ]?conformity|violation)\b"
    r"|\bnever\s+(?:once\s+)?(?:has|have|had|was|were)\s+(?:\w+\s+){0,8}?"
    r"(?:found|identified|detected)\b"
    r"|\bfound\s+none\b|\bnone\s+(?:was\s+|were\s+)?found\b"
    r"|\b(?:now\s+)?(?:holds?|keeps?|have|has)\s+(?:their|his|her)\s+own\s+passports?\b"
    r"|\bin\s+full\s+conformity\b|\bfull(?:y)?\s+conform\w*"
    # "paid nothing to get the job"; not "had been paid nothing for six weeks" (wages withheld)
    r"|\b(?<!been\s)(?<!were\s)(?<!was\s)(?<!being\s)(?<!get\s)(?<!got\s)"
    r"(?:paid|pay|were\s+charged|was\s+charged)\s+(?:nothing|no\s+(?:\w+\s+)?fees?)\b"
    r"|\b(?:have|has|had)\s+(?:free\s+|full\s+|unrestricted\s+)?access\s+to\s+(?:their|his|her)\s+"
    r"(?:own\s+)?(?:passports?|identity\s+(?:documents?|cards?)|documents)"
    r"|\bcould\s+(?:leave|resign|quit)\s+(?:\w+\s+){0,3}?(?:whenever|at\s+any\s+time|freely)"
    # work taken up freely: "employed on a voluntary basis", "joined of their own free will";
    # the workers are the subject of this state, not its speakers, so the match starts there
    r"|\b(?:(?:workers|employees|staff|people|labou?rers|migrants|trainees|whom|they|everyone"
    r"|everybody)\s+(?:(?!(?:said|say|says|confirmed|confirm|told|tell|stated|reported|agreed"
    r"|explained|that|not|never|no|hardly)\b)(?![\w’'-]*n[’']t\b)[\w’'-]+\s+){0,4}?)?"
    r"(?:employed|work|works|working|worked|hired|recruited|engaged|joined|employment)\s+"
    r"(?:\w+\s+){0,3}?(?:on\s+a\s+voluntary\s+basis|voluntarily"
    r"|of\s+their\s+own\s+(?:free\s+)?(?:will|accord))"
    # allegations of abuse found baseless or not borne out
    # "found no evidence to support the allegations": the allegations named before, dismissed
    r"|\b(?:found|find|finds|identified|saw)\s+no\s+(?:evidence|basis|grounds)\s+(?:to\s+support"
    r"|for|supporting)\s+(?:the|these|those|such)\s+(?:allegations?|accusations?)\b"
    r"(?!\s+(?:of|about|regarding)\b)"
    # the allegations named before, now unsubstantiated: "concluded that the allegations could not
    # be substantiated" (an allegation of something named here must name forced labour)
    r"|\b(?:the|these|those|such)\s+allegations(?!\s+(?:of|about|regarding|that)\b)\s+"
    r"(?:(?:made\s+)?(?:against|by)\s+(?:[\w’'-]+\s+){0,3}?)?(?:could|can|were|was|have|had)\s*"
    r"(?:not|n[o’']t)\s+(?:be\s+|been\s+)?(?:substantiated|corroborated|upheld|proven|proved)\b"
    rf"|\b{ALLEGATIONS_OF_ABUSE}\s+(?:[\w’'-]+\s+){{0,6}}?(?:could|can|did)\s*(?:not|n[o’']t)\s+"
    r"be\s+(?:\w+\s+)?(?:substantiated|verified|confirmed|corroborated|proven|proved)"
    rf"|\b{ALLEGATIONS_OF_ABUSE}\s+(?:[\w’'-]+\s+){{0,6}}?(?:are|were|is|was)\s+"
    rf"(?:found\s+to\s+be\s+)?{DISMISSED}"
    # a denial: "has denied that it uses forced labour", "denies any involvement in forced labour",
    # "denied that it is involved in the practice"
    r"|\b(?:den(?:y|ies|ied)|refut(?:e|es|ed))\s+(?:that\s+)?(?:it|they|the\s+(?:company|firm"
    r"|group|supplier|factory|plant|mill|farm)|its\s+\w+)?[’']?s?\s*(?:\w+\s+){0,2}?(?:uses?|used"
    r"|using|(?:(?:is|are|was|were|had\s+been)\s+)?involved|involvement|benefit(?:s|ed|ing)?|employs?"
    r"|employed|relies|relied|engaged)\s+(?:in\s+|on\s+|from\s+|with\s+)?(?:any\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{g.FL_OBJECT}|the\s+practices?)"
    r"|\b(?:den(?:y|ies|ied)|refut(?:e|es|ed))\s+(?:any\s+)?(?:use|involvement|wrongdoing"
    rf"|complicity)\s+(?:of|in|with)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{g.FL_OBJECT})"
    # "dismissed the accusations of forced labour as lies"
    r"|\b(?:dismiss(?:ed|es)?|reject(?:ed|s)?|brand(?:ed|s)?|call(?:ed|s)?|describ(?:ed|es))\s+"
    rf"(?:the\s+|these\s+|all\s+|such\s+)?{ALLEGATIONS_OF_ABUSE}\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:as\s+)?{DISMISSED}"
    r"|\b(?:found|deemed|judged|declared)\s+(?:the\s+|these\s+|those\s+|all\s+)?"
    rf"{ALLEGATIONS_OF_ABUSE}\s+(?:[\w’'-]+\s+){{0,6}}?(?:to\s+be\s+)?"
    r"(?:unfounded|baseless|untrue|false|unsubstantiated|without\s+(?:merit|foundation))",
)
