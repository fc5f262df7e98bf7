"""The parts of a conclusion, as word classes: what a claim is about, how it is negated, who says it.

A claim is recognised from the shape of its sentence, not from a list of whole phrases:
an assessment, a verb of finding, a negation or absolute quantifier and a forced-labour or
compliance object ("the audit found no forced labour", "not a single instance of bonded
labour in eight years"), or a compliance or resolution frame ("met all requirements", "every
indicator has been remediated"). Each class below is one slot of that shape; the detector in
``auditcheck.claims.detect`` combines them. Patterns are bounded (no unbounded gaps), so
every sentence is matched in linear time.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


#: What a clean claim rules out, or an adverse finding reports: forced labour and its indicators.
FL_OBJECT = (
    r"(?:forced(?:\s+or\s+compulsory)?|compulsory|coerced|involuntary|bonded|prison|slave|indentured)"
    r"[- ]+labou?r|modern[- ]+slavery|slavery|servitude|debt[- ]+bondage|bonded\s+workers"
    r"|human\s+trafficking|trafficking|child\s+labou?r|labou?r\s+(?:rights\s+)?(?:abuses?|violations?|exploitation)"
    r"|human\s+rights\s+(?:abuses?|violations?|issues|concerns|risks)|exploitation"
    r"|(?:ILO\s+)?(?:forced[- ]labou?r\s+)?indicators?(?:\s+of\s+forced\s+labou?r)?"
)
#: Objects that make a clean claim only in an audit's mouth ("no issues were found").
GENERIC_OBJECT = (
    r"non[- ]?conformit(?:y|ies)|NCs?\b|violations?|breaches|issues|irregularities|problems|concerns"
    r"|abuses?|red\s+flags|findings|wrongdoing|evidence\s+of\s+(?:any\s+)?(?:wrongdoing|abuse)"
)
OBJECT = _rx(rf"\b(?:{FL_OBJECT})\b")
ANY_OBJECT = _rx(rf"\b(?:{FL_OBJECT}|{GENERIC_OBJECT})")

#: An assessment: the thing whose result a claim reports.
ASSESSMENT = _rx(
    r"\b(?:audit(?:s|ed|ors?|ing)?|assessments?|assessors?|review(?:s|ed)?|inspections?|inspectors?"
    r"|investigations?|investigators?|verifications?|verifiers?|monitoring|monitors?|checks|site\s+visits?"
    r"|due\s+diligence|certif(?:ication|ied|ier)s?|evaluations?|examination|survey|fieldwork|interviews?"
    r"|visits?|team|consultancy|law\s+firm|lawyers|(?:we|it|they)\s+(?:have|has)\s+(?:not\s+)?(?:found|seen))\b"
)

#: Verbs of finding: a conclusion reached by looking.
FIND_VERB = (
    r"f(?:ind|inds|ound|inding)|identif(?:y|ies|ied|ying)|observ(?:e|es|ed|ing)|detect(?:s|ed|ing)?"
    r"|uncover(?:s|ed|ing)?|reveal(?:s|ed|ing)?|show(?:s|ed|n)?|s(?:ee|aw|een)|discover(?:s|ed|ing)?"
    r"|encounter(?:s|ed|ing)?|came\s+across|come\s+across|come\s+upon|establish(?:es|ed)?|confirm(?:s|ed|ing)?"
    r"|record(?:s|ed|ing)?|document(?:s|ed|ing)?|note[sd]?|noting|report(?:s|ed|ing)?|raise[sd]?|log(?:s|ged)"
    r"|substantiat(?:e|es|ed)|verif(?:y|ied|ies)|evidence[sd]?|indicat(?:e|es|ed)|point(?:s|ed)?\s+to|turn(?:ed|s)?\s+up"
)
FIND = _rx(rf"\b(?:{FIND_VERB})\b")

#: Negations and absolute quantifiers that turn "found X" into "found no X".
NEGATION = (
    r"no|not|n[o']t|never|none|nothing|zero|nil|neither|nor|without|free\s+(?:of|from)|absence\s+of"
    r"|not\s+(?:a\s+single|one|any)|no\s+(?:single|one)|did\s*n[o']t|has\s*n[o']t|have\s*n[o']t"
)
NEG = _rx(rf"(?:\b(?:{NEGATION})\b|n[’']t\b)")
ABSOLUTE = _rx(
    r"\b(?:not\s+(?:a\s+single|one|once|any)|no\s+(?:single\s+)?(?:instances?|cases?|incidents?|evidence|indications?|signs?|trace|sign)"
    r"|zero|never|none|nil|nothing|free\s+(?:of|from)|without\s+(?:any|a\s+single)|no\s+(?:\w+\s+){0,2}?(?:were|was)\s+found)\b"
)

#: Compliance frames: a conclusion that the standard was met.
COMPLIANCE = _rx(
    r"\b(?:(?:fully|entirely|completely|wholly|100\s*%)\s+)?complian(?:t|ce)\s+(?:with|to)\b"
    r"|\b(?:met|meets|satisf(?:y|ies|ied)|fulfil+(?:s|ed)?|complied\s+with|passed)\s+(?:all|every|each|the)\s+(?:\w+\s+){0,4}?"
    r"(?:requirements?|criteria|standards?|clauses?|audit|checks?|provisions?)\b"
    r"|\b(?:passed|cleared)\s+(?:the|its|an?|every|all)\s+(?:\w+\s+){0,3}?(?:audits?|inspections?|assessments?)\b"
    r"|\b(?:zero|no)\s+(?:major\s+|minor\s+|critical\s+)?non[- ]?conformit(?:y|ies)\b"
    r"|\bclean\s+(?:audit|bill\s+of\s+health|result|report)\b|\bconform(?:s|ed|ity)?\s+(?:fully\s+)?(?:to|with)\s+(?:all|the)\b"
    r"|\b(?:is|are|was|were|remains?)\s+(?:fully\s+)?(?:in\s+)?(?:compliance|compliant|conformity)\b"
    r"|\brated\s+(?:[\"“']?(?:A|green|low[- ]risk)[\"”']?)\b"
)

#: Resolution frames: a conclusion that every problem found was put right.
RESOLUTION = _rx(
    r"\b(?:all|every|each|the\s+remaining)\s+(?:of\s+the\s+)?(?:\w+\s+){0,4}?(?:indicators?|issues|findings|non[- ]?conformit(?:y|ies)|violations?|concerns|gaps|cases)"
    r"\s+(?:\w+\s+){0,3}?(?:have|has|had|were|was|are|is)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+|successfully\s+|completely\s+)?"
    r"(?:resolved|remediated|eliminated|closed|cleared|addressed|rectified|corrected|fixed)\b"
    r"|\b(?:resolved|remediated|eliminated|closed|cleared|rectified|addressed)\s+(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+){0,3}?"
    r"(?:indicators?|issues|findings|non[- ]?conformit(?:y|ies)|violations?|concerns|gaps)\b"
    r"|\b(?:fully|completely)\s+(?:resolved|remediated|rectified)\b|\bno\s+longer\s+(?:any\s+)?(?:indicators?|evidence|signs)\s+of\b"
)

#: "free of forced labour" asserted as a state of affairs.
FREE_OF = _rx(rf"\b(?:free\s+(?:of|from)|without)\s+(?:any\s+)?(?:\w+\s+){{0,2}}?(?:{FL_OBJECT})\b|\b(?:{FL_OBJECT})[- ]free\b")

#: An existential or evidential negative: "there is no forced labour", "no evidence of X".
NO_EVIDENCE = _rx(
    rf"\b(?:no|not\s+(?:any|a\s+single|one)|zero|without\s+any)\s+(?:\w+\s+){{0,2}}?(?:evidence|indications?|signs?|instances?|cases?|incidents?|trace|risk|reports?|allegations?)"
    rf"\s+(?:\w+\s+){{0,4}}?(?:of|that|relating\s+to|related\s+to|regarding|concerning|involving|for)\s+(?:\w+\s+){{0,4}}?(?:{FL_OBJECT}|{GENERIC_OBJECT})"
    rf"|\bthere\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:absolutely\s+)?(?:no|not\s+(?:any|one|a\s+single))\s+(?:\w+\s+){{0,3}}?(?:{FL_OBJECT})"
    rf"|\b(?:no|zero|not\s+(?:any|a\s+single|one))\s+(?:\w+\s+){{0,3}}?(?:{FL_OBJECT}|{GENERIC_OBJECT})\s+(?:\w+\s+){{0,2}}?(?:was|were|has\s+been|have\s+been|had\s+been|could\s+be|is|are|exists?)"
    rf"\s+(?:ever\s+)?(?:found|identified|detected|observed|recorded|reported|noted|raised|seen|uncovered|present|evident|confirmed|substantiated|involved|used)"
)

# --- modality cues ---------------------------------------------------------------------------
QUESTION = _rx(r"\?\s*[\"”’']?\s*$|^\s*[\"“‘']?(?:can|could|does|do|did|is|are|was|were|will|would|has|have|how|why|what|whether)\b[^.]*\?")
OBLIGATION = _rx(
    r"\b(?:must|shall|should|ought\s+to|(?:is|are)\s+(?:required|expected|obliged|obligated)\s+to|required\s+to|need\s+to|needs\s+to"
    r"|we\s+(?:require|expect|prohibit|forbid)|(?:require|requires|expect|expects)\s+(?:all\s+)?(?:our\s+|its\s+)?(?:suppliers|vendors|business\s+partners|contractors|factories)"
    r"|prohibit(?:s|ed)?|zero[- ]tolerance|(?:will|do|does)\s+not\s+tolerate|committed\s+to|commit(?:s|ted)?\s+to|strive|aims?\s+to|seeks?\s+to|endeavou?r"
    r"|code\s+of\s+conduct|policy|policies|undertake\s+to|is\s+to\s+be\s+kept|are\s+to\s+be|(?:will|shall)\s+ensure|ensure\s+that)\b"
)
CONDITIONAL = _rx(
    r"^\s*(?:if|unless|should\s+(?:the|an?|any)|where|whether|in\s+(?:the\s+)?(?:event|case)\s+(?:that|of))\b"
    r"|\b(?:if|unless|whether|in\s+case|provided\s+that|assuming)\s+(?:the|an?|any|our|its|their|it|they|we|no|there)\b"
    r"|\b(?:would|could|might|may)\s+(?:\w+\s+)?(?:find|found|show|conclude|confirm|reveal|establish|be\s+free)\b"
    r"|\b(?:hope|hopes|hoped|expects?\s+(?:that\s+)?the|aim|plan|plans|intend|intends)\s+(?:that\s+|to\s+)"
)
#: "this does not mean there is no forced labour": a negated or hedged conclusion.
NEGATED_CLAIM = _rx(
    r"\b(?:does|do|did|cannot|can\s*not|could\s+not|can[’']t|couldn[’']t|doesn[’']t|didn[’']t|is\s+not|was\s+not|isn[’']t|wasn[’']t|were\s+not)\s+"
    r"(?:\w+\s+){0,2}?(?:mean|imply|conclude|confirm|establish|prove|guarantee|rule\s+out|exclude|say|state|claim|show|certify|vouch|demonstrate|allow\s+(?:us\s+)?to\s+(?:conclude|say|confirm))\b"
    r"|\bno\s+(?:audit|assessment|review|inspection|certificat\w+)\s+(?:can|could|is\s+able\s+to)\b"
    r"|\bneither\s+(?:\w+\s+){0,2}?(?:confirm|rule|say|claim|certify|conclude)|\bnor\s+(?:rule\s+out|exclude|deny)"
    r"|\b(?:not|never|n[’']t)\s+(?:\w+\s+){0,2}?(?:describe|present|classify|treat|regard|cite|use|support|call|label|accept|consider|offer)\b[^.]{0,80}\b(?:as|that)\b"
    r"|\b(?:unable|impossible|not\s+possible|not\s+able)\s+to\s+(?:conclude|confirm|establish|verify|rule\s+out|exclude|say|guarantee)\b"
    r"|\bnot\s+(?:at\s+a\s+level|sufficient|enough)\s+to\b|\babsence\s+of\s+evidence\s+is\s+not\b"
)
RETRACTION = _rx(
    r"\b(?:withdr(?:aw|aws|ew|awn|awing)|retract(?:s|ed|ing)?|rescind(?:s|ed)?|revok(?:e|es|ed|ing)|revise[sd]?|disown(?:s|ed)?"
    r"|(?:no\s+longer|not\s+longer)\s+(?:stands?|stood|supports?|backs?|endorses?|vouch(?:es)?|relies|rely|considers?)"
    r"|distanc(?:e|es|ed)\s+(?:itself|ourselves|themselves|himself|herself)|(?:does|do|did)\s+not\s+stand\s+(?:by|behind))\b"
)
#: A claim quoted in order to contest it.
DISPUTE = _rx(
    r"\b(?:claim(?:s|ed)?\s+(?:that\s+)?|alleg(?:e|es|ed|edly)|purported(?:ly)?|so[- ]called|supposed(?:ly)?|insist(?:s|ed)?)\b"
    r"|\b(?:contradict(?:s|ed|ing)?|disput(?:e|es|ed|ing)|reject(?:s|ed)|rebut(?:s|ted)?|refut(?:e|es|ed)|cast\s+doubt|belie[sd]?"
    r"|(?:is|was|are|were)\s+(?:false|untrue|misleading|not\s+credible|not\s+true|wrong|inaccurate)|whitewash\w*|audit[- ]washing"
    r"|despite|even\s+though|although|however|but\s+(?:workers|researchers|investigators|inspectors|our|we|the\s+(?:workers|ngo|researchers|evidence|report))"
    r"|yet\s+(?:workers|researchers|inspectors|our|we))\b"
)

# --- attribution and speakers ------------------------------------------------------------------
SAY = (
    r"sa(?:y|ys|id|ying)|stat(?:e|es|ed|ing)|told|tell(?:s|ing)?|announc(?:e|es|ed|ing)|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?"
    r"|maintain(?:s|ed)?|assert(?:s|ed)?|add(?:s|ed)|wrote|writes|declar(?:e|es|ed)|affirm(?:s|ed)?|reiterat(?:e|es|ed)"
    r"|confirm(?:s|ed)|explain(?:s|ed)|argu(?:e|es|ed)|respond(?:s|ed)|repl(?:y|ies|ied)|emphasi[sz](?:e|es|ed)|stress(?:es|ed)"
    r"|conclud(?:e|es|ed)|report(?:s|ed)|publish(?:es|ed)|issu(?:e|es|ed)|point(?:s|ed)\s+out|noted|notes"
)
ATTRIBUTION = _rx(rf"\b(?:{SAY})\b|\baccording\s+to\b|\bin\s+(?:a|its|their|his|her)\s+(?:statement|response|reply|filing|press\s+release|letter|email)\b|\bquoted\b")
FIRST_PERSON = _rx(r"\b(?:we|our|us|ourselves|I)\b")

#: Speaker classes, tried in order on the words that name who speaks.
SPEAKER_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("workers", _rx(r"\b(?:workers?|employees?|labou?rers|migrants?|interviewees|survivors?|staff\s+members?|a\s+former\s+(?:worker|employee))\b")),
    ("official", _rx(r"\b(?:officials?|government|ministry|minister|inspectors?|inspectorate|police|court|judge|prosecutors?|authorit(?:y|ies)"
                     r"|customs|CBP|department\s+of\s+labou?r|labou?r\s+(?:department|office)|regulators?|embassy|state\s+media|spokes(?:man|woman|person)\s+for\s+the\s+(?:ministry|government))\b")),
    ("standard_owner", _rx(r"\b(?:standard[- ](?:owner|setter|holder|body)s?|scheme\s+owners?|SAI|Social\s+Accountability\s+International|SAAS|amfori|Sedex|RBA"
                           r"|Responsible\s+Business\s+Alliance|Better\s+Cotton|BCI|RSPO|Fair\s+Labor\s+Association|FLA|Fair\s+Wear|SLCP|APSCA|initiative|scheme)\b")),
    ("auditor", _rx(r"\b(?:auditors?|audit\s+(?:firm|company|team|body|bodies|companies)s?|assessors?|assessment\s+teams?|verifiers?|verification\s+bod(?:y|ies)|certifi(?:er|ers|cation\s+bod(?:y|ies))"
                    r"|inspection\s+company|consultan(?:t|ts|cy)|law\s+firm|lawyers|monitor(?:s|ing\s+(?:group|organi[sz]ation))?|investigators?"
                    r"|Intertek|SGS|Bureau\s+Veritas|TÜV|TUV|UL|QIMA|ELEVATE|Impactt|Verit[eé]|RINA|SIRIM|Löning|Loening|LRQA|DNV)\b")),
    ("critic", _rx(r"\b(?:NGOs?|campaign(?:ers|s)?|activists?|rights\s+groups?|human\s+rights\s+(?:group|organi[sz]ation|watch)|researchers?|academics?|scholars?"
                   r"|analysts?|unions?|trade\s+unions?|watchdog|coalition|Amnesty|Human\s+Rights\s+Watch|HRW|Clean\s+Clothes|CCC|SOMO|Sheffield\s+Hallam"
                   r"|Business\s+(?:and|&)\s+Human\s+Rights|BHRRC|Uyghur\s+(?:Human\s+Rights|Congress|advocates?)|advocates?|critics?|experts?|report\s+by|investigation\s+by|Jamestown|ASPI)\b")),
    ("journalist", _rx(r"\b(?:Reuters|Associated\s+Press|AP|AFP|Bloomberg|Financial\s+Times|FT|Guardian|New\s+York\s+Times|Der\s+Spiegel|Spiegel|Xinhua|BBC"
                       r"|reporters?|journalists?|newspaper|news\s+agency|correspondents?|this\s+(?:paper|newspaper|publication))\b")),
    ("company", _rx(r"\b(?:company|companies|firm|group|carmaker|automaker|manufacturer|maker|retailer|brand|supplier|buyer|business|corporation|management"
                    r"|chief\s+executive|CEO|board|spokes(?:man|woman|person)|executives?|plc|Inc|Ltd|GmbH|AG|joint\s+venture|plant|factory|mill|subsidiary|owner)\b")),
)

#: Wire and press furniture: a text written by a journalist about others' words.
WIRE_FURNITURE = _rx(
    r"^\s*[A-Z][A-Za-z .'-]{1,40},?\s+(?:\w+\s+\d{1,2}\s+)?\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua)\)\s*[-–—]|\((?:Reuters|AFP|AP)\)\s*[-–—]"
    r"|\b(?:Reporting\s+by|Editing\s+by|told\s+(?:Reuters|reporters|the\s+\w+)|said\s+in\s+a\s+statement\s+(?:on|to)|did\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment)\b",
    )
PRESS_RELEASE = _rx(r"^\s*(?:#+\s*)?(?:press\s+release|media\s+release|news\s+release|for\s+immediate\s+release)\b")

# --- adverse findings and failure accounts -------------------------------------------------------
#: Concrete violations an assessment can report, as nouns that are violations by themselves.
VIOLATION_NOUN = (
    r"(?:(?:recruitment|placement|agency|agent|broker(?:age)?|job|visa)\s+(?:fees?|costs|debts?)|debt\s+bondage|bonded\s+labou?r|(?:recruitment\s+)?debts?"
    r"|(?:forced|compulsory|involuntary|prison)\s+labou?r|forced\s+overtime|excessive\s+(?:overtime|hours|working\s+hours)|\d{2,3}[- ]hour\s+weeks?"
    r"|(?:overtime|working\s+hours|hours|shifts)\s+(?:of\s+)?(?:above|over|exceeding|beyond|in\s+excess\s+of|more\s+than)\s+(?:the\s+)?(?:legal|statutory|\d+)"
    r"|threats?|intimidation|coercion|deception|trafficking|physical\s+abuse|verbal\s+abuse|abuse|harassment|punishments?|fines"
    r"|(?:retention|confiscation|withholding|retained|confiscated|withheld|held)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:passports?|identity\s+(?:documents?|cards?|papers)|ID\s+(?:cards?|documents?)|bank\s+cards?|wages?|pay|salar(?:y|ies)|documents)"
    r"|(?:wage|pay)\s+(?:withholding|deductions?|theft|arrears)|unpaid\s+(?:wages|overtime)|underpayment|illegal\s+deductions|unlawful\s+deductions"
    r"|restrict(?:ed|ions?)\s+(?:on\s+)?(?:\w+\s+){0,2}?(?:movement|leave|freedom)|curfews?|minders|surveillance"
    r"|(?:forced[- ]labou?r\s+)?indicators?\s+(?:of\s+forced\s+labou?r\s+)?(?:present|were\s+present)|indicators?\s+of\s+forced\s+labou?r"
    r"|(?:major|minor|critical|zero[- ]tolerance)?\s*non[- ]?conformit(?:y|ies)|violations?|breaches|child\s+labou?r|underage\s+workers)"
)
VIOLATION = _rx(rf"\b{VIOLATION_NOUN}\b")
#: "we found / the audit identified ... <violation>": a past or perfect finding verb, not a modal one.
ADVERSE_FOUND = _rx(
    r"\b(?:found|finds|identified|identifies|observed|uncovered|documented|detected|revealed|established|recorded|raised|issued|cited|flagged|confirmed|substantiated|learned|learnt|heard"
    r"|showed|shows|(?:has|have|had)\s+(?:found|identified|observed|uncovered|documented|detected|recorded|raised|issued|confirmed))\b"
)
#: "41 of 96 workers had paid fees", "most interviewees had surrendered their passports".
ADVERSE_COUNT = _rx(
    r"\b(?:\d[\d,]*|all|most|many|some|several|half|two[- ]thirds|a\s+third|a\s+majority|the\s+majority|one\s+in\s+\w+)\s+(?:\(\d+\s*%\)\s+)?(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?(?:\w+\s+){0,2}?"
    r"(?:workers|employees|interviewees|respondents|migrants|women|men)\s+(?:\w+\s+){0,3}?"
    r"(?:had|have|were|was|said|reported|described|told)\s+(?:\w+\s+){0,2}?(?:paid|owed|borrowed|surrendered|been\s+charged|charged|indebted|in\s+debt|threatened|deceived|forced"
    r"|not\s+(?:been\s+)?paid|unable\s+to\s+(?:leave|resign|quit)|confined|fined|punished|working\s+\d+)"
)
#: "passports were retained by the employer", "fees of up to USD 3,000 had been charged".
ADVERSE_PASSIVE = _rx(
    r"\b(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|bank\s+cards?|wages?|salar(?:y|ies)|fees?|deposits?|documents)\b[^.;]{0,60}?"
    r"\b(?:were|was|had\s+been|have\s+been|are|is)\s+(?:being\s+)?(?:routinely\s+|systematically\s+)?(?:retained|confiscated|withheld|kept|held|charged|deducted|taken|collected|levied)\b"
)
#: Modal or hedged frames: a risk, a possibility or a legal presumption is not a finding.
NOT_A_FINDING = _rx(
    r"\b(?:may|might|could|would|will|shall|should|must|can)\s+(?:\w+\s+)?(?:be|have|find|include|occur|arise|lead|result|face|under-?report|charge|pay|keep)\b"
    r"|\b(?:risks?\s+(?:of|that|include)|at\s+risk|presum\w+|allegations?|alleged|if\b|whether\b|such\s+as|for\s+example|e\.g\.|including\s+the\s+risk|prohibit\w*|policy|policies|code\s+of\s+conduct)\b"
    r"|^\s*(?:[*_#>-]+\s*)?(?:not\s+found|no\b|none\b|nil\b)"
)

#: Frames in which someone reports that an audit failed.
FAILURE = _rx(
    r"\b(?:audit(?:s|ors?)?|assessments?|certif(?:ier|iers|ication\s+body|ication)|inspections?|monitors?|verifiers?|social\s+compliance\s+(?:checks|audits))\b"
    r"[^.;]{0,120}?\b(?:missed|overlooked|fail(?:ed|s)?\s+to\s+(?:detect|find|identify|notice|record|report|uncover|spot|mention|see)|did\s*n[o’']t\s+(?:detect|find|identify|notice|record|report|uncover|spot|mention|see|visit|interview|speak)"
    r"|never\s+(?:visited|went|set\s+foot|spoke|interviewed|saw)|could\s*n[o’']t\s+(?:detect|see|find)|were\s+(?:coached|fooled|deceived|misled|blind)|was\s+(?:fooled|deceived|misled|blind)"
    r"|(?:was|were)\s+(?:not|never)\s+(?:carried\s+out|conducted|done|performed)\s+as|gave\s+(?:it|the\s+\w+)\s+a\s+clean\s+bill|rubber[- ]stamp\w*)"
    r"|\b(?:workers|employees|staff)\s+(?:had\s+been|were)\s+(?:coached|instructed|told|trained|rehearsed|briefed)\s+(?:on\s+)?(?:what|how|to\s+(?:say|answer|lie|tell))"
    r"|\b(?:weeks?|months?|days?|shortly|soon)\s+(?:after|before|later)\b[^.;]{0,120}?\b(?:certif\w+|audit\w*|renew\w*|inspectors?|police|raid|found|discovered|uncovered|rescued|fire)\b"
    r"|\b(?:certif\w+|audit\w*|renew\w*)\b[^.;]{0,80}?\b(?:weeks?|months?|days?)\s+(?:before|after|later)\b"
    r"|\b(?:despite|after)\s+(?:\w+\s+){0,3}?(?:passing|clean|successful|positive)\s+(?:\w+\s+){0,2}?(?:audits?|inspections?|certification)\b"
    r"|\b(?:passed|had\s+passed|received|held|was\s+granted|renewed)\s+(?:\w+\s+){0,4}?(?:audits?|certificates?|certification)\b[^.;]{0,80}?\b(?:before|although|even\s+though|while|yet|but)\b"
    r"|\b(?:subcontracted|outsourced|delegated)\s+(?:the\s+)?(?:audit|inspection|assessment|fieldwork)|\bnot\s+(?:accredited|qualified|licensed)\s+(?:to|for)\b"
    r"|\bparroted|\bscripted\s+answers|\bcoached\b|\bnot\s+(?:done|conducted|carried\s+out)\s+as\s+(?:claimed|stated|described)"
)

#: An honest limit: the speaker says credible assurance is impossible, and so declines.
DECLINE_LIMIT = _rx(
    r"\b(?:credible|meaningful|reliable|independent|genuine|effective|proper)\s+(?:\w+\s+){0,2}?(?:audits?|assurance|due\s+diligence|verification|assessments?|monitoring|inspections?|certification)"
    r"\s+(?:\w+\s+){0,3}?(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:not|no\s+longer|im)possible|cannot|can\s*not|can[’']t|could\s*not|is\s+not\s+feasible|are\s+not\s+feasible)"
    r"|\b(?:not|no\s+longer|im)\s*possible\s+to\s+(?:\w+\s+){0,2}?(?:conduct|carry\s+out|perform|undertake|do|obtain|provide|give)\s+(?:\w+\s+){0,3}?(?:credible|meaningful|reliable|independent)?\s*(?:audits?|assurance|due\s+diligence|verification|assessments?|inspections?)"
    r"|\b(?:no|not\s+any)\s+(?:\w+\s+){0,2}?(?:audit|assessment|inspection|certification|auditor)\w*\s+(?:\w+\s+){0,5}?(?:can|could|is\s+able\s+to)\s+(?:\w+\s+){0,3}?(?:establish|verify|confirm|rule\s+out|prove|detect|credibly|reliably)"
    r"|\b(?:conditions|environment|restrictions|surveillance|access)\s+(?:\w+\s+){0,4}?(?:make|makes|made|render|renders)\s+(?:\w+\s+){0,3}?(?:credible|independent|meaningful|reliable)?\s*(?:audits?|assurance|due\s+diligence|verification|assessments?|inspections?)\s+(?:\w+\s+){0,2}?(?:impossible|unreliable|infeasible|meaningless)"
    r"|\bcannot\s+(?:\w+\s+){0,2}?(?:credibly|reliably|independently|meaningfully)\s+(?:audit|assess|verify|certify|inspect|monitor)"
)
DECLINE_ACT = _rx(
    r"\b(?:(?:do|does|will|would|shall)\s+not|won[’']t|don[’']t|doesn[’']t|no\s+longer|cease[sd]?\s+to|stop(?:ped|s)?|refus(?:e|es|ed|ing)\s+to|declin(?:e|es|ed|ing)\s+to|decided\s+not\s+to|not\s+to)"
    r"\s+(?:\w+\s+){0,2}?(?:audit|certify|certif\w+|verify|assess|inspect|accept|issue|operate|conduct|carry\s+out|perform|undertake|work|license|licence|source|provide\s+assurance)"
    r"|\b(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn)\s+from|exit(?:s|ed)?|pull(?:s|ed)?\s+out\s+of|cease[sd]?|end(?:s|ed)|terminat(?:e|es|ed))\s+(?:\w+\s+){0,3}?"
    r"(?:audits?|auditing|certification|licensing|licen[cs]es|assurance|verification|operations|activities|field\s*work|work|services)\b"
    r"|\b(?:refus(?:e|es|ed)|declin(?:e|es|ed))\s+(?:the\s+|an?\s+|this\s+)?(?:\w+\s+){0,2}?(?:mandate|request|engagement|invitation|audit|assignment|commission)\b"
    r"|\b(?:withdr(?:aw|aws|ew|awn)|retract(?:s|ed)?)\s+(?:\w+\s+){0,2}?(?:backing|support|endorsement|certificate|approval|opinion|statement|letter|conclusion|report|findings|result)\b"
    r"|\b(?:no\s+longer|does\s+not|do\s+not|cannot)\s+(?:stand\s+(?:by|behind)|support|endorse|vouch\s+for|rely\s+on)\b"
)
