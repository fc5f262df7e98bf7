"""The parts of a conclusion, as word classes: what a claim is about, how it is negated, who says
it.

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

from ..models import Speaker

_I = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


#: What a clean claim rules out, or an adverse finding reports: forced labour and its indicators.
FL_OBJECT = (
    r"(?:forced(?:\s+or\s+compulsory)?|compulsory|coerced|involuntary|bonded|prison|slave"
    r"|indentured)"
    r"[- ]+labou?r|modern[- ]+slavery|slavery|servitude|debt[- ]+bondage|bonded\s+workers"
    r"|human\s+trafficking|trafficking|child\s+labou?r"
    r"|labou?r\s+(?:rights\s+)?(?:abuses?|violations?|exploitation)"
    r"|human\s+rights\s+(?:abuses?|violations?|issues|concerns|risks)|exploitation"
    r"|(?:ILO\s+)?forced[- ]labou?r\s+indicators?"
    r"|indicators?\s+of\s+(?:forced\s+labou?r|coercion)|ILO\s+indicators?"
)
#: Objects that make a clean claim only in an audit's mouth ("no issues were found").
GENERIC_OBJECT = (
    r"non[- ]?conformit(?:y|ies)|NCs?\b|violations?|breaches|issues|irregularities|problems"
    r"|concerns"
    r"|abuses?|red\s+flags|findings|wrongdoing|evidence\s+of\s+(?:any\s+)?(?:wrongdoing|abuse)"
)
OBJECT = _rx(rf"\b(?:{FL_OBJECT})\b")

#: An assessment: the thing whose result a claim reports.
ASSESSMENT = _rx(
    r"\b(?:audit(?:s|ed|ors?|ing)?|assessments?|assessors?|review(?:s|ed)?|inspections?|inspectors?"
    r"|investigations?|investigators?|verifications?|verifiers?|monitoring|monitors?|checks"
    r"|site\s+visits?"
    r"|due\s+diligence|certif(?:ication|ied|ier)s?|evaluations?|examination|survey|fieldwork"
    r"|interviews?"
    r"|visits?|team|consultancy|law\s+firm|lawyers"
    r"|(?:we|it|they)\s+(?:have|has)\s+(?:not\s+)?(?:found|seen))\b"
)

#: Verbs of finding: a conclusion reached by looking.
FIND_VERB = (
    r"f(?:ind|inds|ound|inding)|identif(?:y|ies|ied|ying)|observ(?:e|es|ed|ing)|detect(?:s|ed|ing)?"
    r"|uncover(?:s|ed|ing)?|reveal(?:s|ed|ing)?|show(?:s|ed|n)?|s(?:ee|aw|een)"
    r"|discover(?:s|ed|ing)?"
    r"|encounter(?:s|ed|ing)?|came\s+across|come\s+across|come\s+upon|establish(?:es|ed)?"
    r"|confirm(?:s|ed|ing)?"
    r"|record(?:s|ed|ing)?|document(?:s|ed|ing)?|note[sd]?|noting|report(?:s|ed|ing)?|raise[sd]?"
    r"|log(?:s|ged)"
    r"|substantiat(?:e|es|ed)|verif(?:y|ied|ies)|evidence[sd]?|indicat(?:e|es|ed)"
    r"|point(?:s|ed)?\s+to|turn(?:ed|s)?\s+up"
)
FIND = _rx(rf"\b(?:{FIND_VERB})\b")

#: Negations and absolute quantifiers that turn "found X" into "found no X".
NEGATION = (
    r"no(?!\.\s*(?:of\b|\d))|not|n[o']t|never|none|nothing|nowhere|nobody|zero|nil|neither|nor"
    r"|without|free\s+(?:of|from)|absence\s+of"
    r"|not\s+(?:a\s+single|one|any)|no\s+(?:single|one)|did\s*n[o']t|has\s*n[o']t|have\s*n[o']t"
)
NEG = _rx(rf"(?:\b(?:{NEGATION})\b|n[’']t\b)")

#: Compliance frames: a conclusion that the standard was met.
COMPLIANCE = _rx(
    r"\b(?:(?:fully|entirely|completely|wholly|100\s*%)\s+)?complian(?:t|ce)[\"”’']?\s+"
    r"(?:with|to)\b"
    r"|\b(?:met|meets|satisf(?:y|ies|ied)|fulfil+(?:s|ed)?|complied\s+with|passed)\s+"
    r"(?:all|every|each|the)\s+(?:\w+\s+){0,4}?"
    r"(?:requirements?|criteria|standards?|clauses?|audit|checks?|provisions?)\b"
    r"|\b(?:passed|cleared)\s+(?:the|its|an?|every|all)\s+(?:\w+\s+){0,3}?"
    r"(?:audits?|inspections?|assessments?)\b"
    r"|\b(?:zero|no)\s+(?:major\s+|minor\s+|critical\s+)?non[- ]?conformit(?:y|ies)\b"
    r"|\bclean\s+(?:audit|bill\s+of\s+health|result|report)\b"
    r"|\bconform(?:s|ed|ity)?\s+(?:fully\s+)?(?:to|with)\s+(?:all|the)\b"
    r"|\b(?:is|are|was|were|remains?)\s+(?:fully\s+)?(?:in\s+)?"
    r"(?:compliance|compliant|conformity)\b"
    r"|\brated\s+(?:[\"“']?(?:A|green|low[- ]risk)[\"”']?)\b"
)

#: Resolution frames: a conclusion that every problem found was put right.
RESOLUTION = _rx(
    r"\b(?:all|every|each|the\s+remaining)\s+(?:of\s+the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:indicators?|issues|findings|non[- ]?conformit(?:y|ies)|violations?|concerns|gaps|cases)"
    r"\s+(?:[\w,’'-]+\s+){0,12}?(?:have|has|had|were|was|are|is)\s+(?:now\s+)?(?:been\s+)?"
    r"(?:fully\s+|successfully\s+|completely\s+)?"
    r"(?:resolved|remediated|eliminated|closed|cleared|addressed|rectified|corrected|fixed)\b"
    r"|\b(?:resolved|remediated|eliminated|closed|cleared|rectified|addressed)\s+"
    r"(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+){0,3}?"
    r"(?:indicators?|issues|findings|non[- ]?conformit(?:y|ies)|violations?|concerns|gaps)\b"
    r"|\b(?:practice|practices|retention|holding)\s+(?:has|have)\s+(?:now\s+)?"
    r"(?:ended|stopped|ceased)\b"
    r"|\b(?:fully|completely)\s+(?:resolved|remediated|rectified)\b"
    r"|\bno\s+longer\s+(?:any\s+)?(?:indicators?|evidence|signs)\s+of\b"
)

#: "free of forced labour" asserted as a state of affairs.
FREE_OF = _rx(
    rf"\b(?:free\s+(?:of|from)|without)\s+(?:any\s+)?(?:\w+\s+){{0,2}}?(?:{FL_OBJECT})\b"
    rf"|\b(?:{FL_OBJECT})[- ]free\b"
)

#: An existential or evidential negative: "there is no forced labour", "no evidence of X".
NO_EVIDENCE = _rx(
    rf"\b(?:none|not\s+one|no)\s+of\s+(?:the\s+)?(?:[\w,’'-]+\s+){{0,10}}?"
    r"(?:had\s+|has\s+|have\s+)?(?:found|identified|detected|recorded|uncovered)\s+(?:any\s+)?"
    rf"(?:\w+\s+){{0,2}}?(?:{FL_OBJECT})|"
    rf"\b(?:no|not\s+(?:any|a\s+single|one)|zero|without\s+any)\s+(?:\w+\s+){{0,2}}?"
    r"(?:evidence|indications?|signs?|instances?|cases?|incidents?|trace|risk|reports?"
    r"|allegations?)"
    rf"\s+(?:\w+\s+){{0,4}}?(?:of|that|relating\s+to|related\s+to|regarding|concerning|involving"
    rf"|for)\s+(?:\w+\s+){{0,4}}?(?:{FL_OBJECT}|{GENERIC_OBJECT})"
    r"|\bthere\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:absolutely\s+)?"
    rf"(?:no|not\s+(?:any|one|a\s+single))\s+(?:\w+\s+){{0,3}}?(?:{FL_OBJECT})"
    rf"|\b(?:no|zero|not\s+(?:any|a\s+single|one))\s+(?:\w+\s+){{0,3}}?"
    rf"(?:{FL_OBJECT}|{GENERIC_OBJECT})\s+(?:\w+\s+){{0,2}}?"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|could\s+be|is|are|exists?)"
    r"\s+(?:ever\s+)?(?:found|identified|detected|observed|recorded|reported|noted|raised|seen"
    r"|uncovered|present|evident|confirmed|substantiated|involved|used)"
)

# --- modality cues ---------------------------------------------------------------------------
QUESTION = _rx(
    r"\?\s*[\"”’']?\s*$|^\s*[\"“‘']?(?:can|could|does|do|did|is|are|was|were|will|would|has|have"
    r"|how|why|what|whether)\b[^.]*\?"
)
OBLIGATION = _rx(
    r"\b(?:must|shall|should|ought\s+to|(?:is|are)\s+(?:required|expected|obliged|obligated)\s+to"
    r"|required\s+to|need\s+to|needs\s+to"
    r"|we\s+(?:require|expect|prohibit|forbid)"
    r"|(?:require|requires|expect|expects)\s+(?:all\s+)?(?:our\s+|its\s+)?"
    r"(?:suppliers|vendors|business\s+partners|contractors|factories)"
    r"|prohibit(?:s|ed)?|zero[- ]tolerance|(?:will|do|does)\s+not\s+tolerate|committed\s+to"
    r"|commit(?:s|ted)?\s+to|strive|aims?\s+to|seeks?\s+to|endeavou?r"
    r"|code\s+of\s+conduct|policy|policies|undertake\s+to|is\s+to\s+be\s+kept|are\s+to\s+be"
    r"|(?:will|shall)\s+ensure|ensure\s+that|warrants?|represents\s+and\s+warrants"
    r"|please|kindly|we\s+(?:ask|request)\s+(?:you|that)|confirm\s+that\s+your)\b"
)

# --- attribution and speakers ------------------------------------------------------------------
SAY = (
    r"sa(?:y|ys|id|ying)|stat(?:e|es|ed|ing)|told|tell(?:s|ing)?|announc(?:e|es|ed|ing)"
    r"|claim(?:s|ed|ing)?|insist(?:s|ed|ing)?"
    r"|maintain(?:s|ed)?|assert(?:s|ed)?|add(?:s|ed)|wrote|writes|declar(?:e|es|ed)"
    r"|affirm(?:s|ed)?|reiterat(?:e|es|ed)"
    r"|explain(?:s|ed)|argu(?:e|es|ed)|respond(?:s|ed)|repl(?:y|ies|ied)|emphasi[sz](?:e|es|ed)"
    r"|stress(?:es|ed)|admit(?:s|ted)|acknowledg(?:e|es|ed)|conced(?:e|es|ed)"
    r"|point(?:s|ed)\s+out"
)
ATTRIBUTION = _rx(
    rf"\b(?:{SAY})\b|\baccording\s+to\b|\bin\s+(?:a|its|their|his|her)\s+"
    r"(?:statement|response|reply|filing|press\s+release|letter|email)\b|\bquoted\b"
)
FIRST_PERSON = _rx(r"\b(?:we|our|us|ourselves|I)\b")

#: Speaker classes, tried in order on the words that name who speaks.
SPEAKER_CUES: tuple[tuple[Speaker, re.Pattern[str]], ...] = (
    (
        "workers",
        _rx(
            r"\b(?:workers?|employees?|labou?rers|migrants?|interviewees|survivors?"
            r"|staff\s+members?|a\s+former\s+(?:worker|employee))\b"
        ),
    ),
    (
        "official",
        _rx(
            r"\b(?:officials?|government|ministry|minister|inspectors?|inspectorate|police|court"
            r"|judge|prosecutors?|authorit(?:y|ies)"
            r"|customs|CBP|department\s+of\s+labou?r|labou?r\s+(?:department|office)|regulators?"
            r"|embassy|state\s+media|spokes(?:man|woman|person)\s+for\s+the\s+"
            r"(?:ministry|government))\b"
        ),
    ),
    (
        "standard_owner",
        _rx(
            r"\b(?:standard[- ](?:owner|setter|holder|body)s?|scheme\s+owners?|SAI"
            r"|Social\s+Accountability\s+International|SAAS|amfori|Sedex|RBA"
            r"|Responsible\s+Business\s+Alliance|Better\s+Cotton|BCI|RSPO"
            r"|Fair\s+Labor\s+Association|FLA|Fair\s+Wear|SLCP|APSCA|initiative|scheme)\b"
        ),
    ),
    (
        "auditor",
        _rx(
            r"\b(?:auditors?|audit\s+(?:firm|company|team|body|bodies|companies)s?|assessors?"
            r"|assessment\s+teams?|verifiers?|verification\s+bod(?:y|ies)"
            r"|certifi(?:er|ers|cation\s+bod(?:y|ies))"
            r"|inspection\s+company|consultan(?:t|ts|cy)|law\s+firm|lawyers"
            r"|monitor(?:s|ing\s+(?:group|organi[sz]ation))?|investigators?"
            r"|Intertek|SGS|Bureau\s+Veritas|TÜV|TUV|UL|QIMA|ELEVATE|Impactt|Verit[eé]|RINA|SIRIM"
            r"|Löning|Loening|LRQA|DNV)\b"
        ),
    ),
    (
        "critic",
        _rx(
            r"\b(?:NGOs?|campaign(?:ers|s)?|activists?|rights\s+groups?"
            r"|human\s+rights\s+(?:group|organi[sz]ation|watch)|researchers?|academics?|scholars?"
            r"|analysts?|unions?|trade\s+unions?|watchdog|coalition|Amnesty"
            r"|Human\s+Rights\s+Watch|HRW|Clean\s+Clothes|CCC|SOMO|Sheffield\s+Hallam"
            r"|Business\s+(?:and|&)\s+Human\s+Rights|BHRRC"
            r"|Uyghur\s+(?:Human\s+Rights|Congress|advocates?)|advocates?|critics?|experts?"
            r"|report\s+by|investigation\s+by|Jamestown|ASPI)\b"
        ),
    ),
    (
        "journalist",
        _rx(
            r"\b(?:Reuters|Associated\s+Press|AP|AFP|Bloomberg|Financial\s+Times|FT|Guardian"
            r"|New\s+York\s+Times|Der\s+Spiegel|Spiegel|Xinhua|BBC"
            r"|reporters?|journalists?|newspaper|news\s+agency|correspondents?"
            r"|this\s+(?:paper|newspaper|publication))\b"
        ),
    ),
    (
        "company",
        _rx(
            r"\b(?:company|companies|firm|group|carmaker|automaker|manufacturer|maker|retailer"
            r"|brand|supplier|buyer|business|corporation|management"
            r"|chief\s+executive|CEO|board|spokes(?:man|woman|person)|executives?|plc|Inc|Ltd"
            r"|GmbH|AG|joint\s+venture|plant|factory|mill|subsidiary|owner"
            r"|(?:general\s+|managing\s+|plant\s+|factory\s+)?managers?|directors?"
            r"|chair(?:man|woman|person)?)\b"
        ),
    ),
)

#: Wire and press furniture: a text written by a journalist about others' words.
WIRE_FURNITURE = _rx(
    r"^\s*[A-Z][A-Za-z .'-]{1,40},?\s+(?:\w+\.?\s+\d{1,2}\s+)?\([A-Z][\w .&-]{1,30}\)\s*[-–—]"
    r"|\((?:Reuters|AFP|AP)\)\s*[-–—]"
    r"|\b(?:Reporting\s+by|Editing\s+by"
    r"|told\s+(?:Reuters|reporters|journalists|the\s+(?:newspaper|press|media|paper))"
    r"|said\s+in\s+a\s+statement\s+(?:on|to)"
    r"|did\s+not\s+(?:immediately\s+)?respond\s+to\s+(?:a\s+)?requests?\s+for\s+comment)\b",
)
#: A report's own furniture: field labels only the assessor's document carries.
REPORT_FURNITURE = _rx(
    r"^\W*(?:report\s+(?:no|number|ref(?:erence)?)|lead\s+auditor"
    r"|audit(?:or)?\s+(?:dates?|type|team|days?)|assessment\s+(?:dates?|type|team)"
    r"|auditor[- ]days"
    r"|overall\s+(?:rating|result|grade)|result|findings\s+table"
    r"|summary\s+of\s+(?:results|findings)"
    r"|non[- ]?conformit(?:y|ies)\s+(?:raised|summary))\W*[:|]"
)
PRESS_RELEASE = _rx(
    r"^\s*(?:#+\s*)?(?:press\s+release|media\s+release|news\s+release|for\s+immediate\s+release)\b"
)

# --- adverse findings and failure accounts -------------------------------------------------------
VIOLATION_NOUN = (
    r"(?:(?:recruitment|placement|agency|agent|broker(?:age)?|job|visa|processing|service)\s+"
    r"(?:fees?|costs|debts?)|fees?\s+(?:paid|charged)|debt\s+bondage|bonded(?:\s+labou?r)?|debts?"
    r"|loans?"
    r"|(?:forced|compulsory|involuntary|prison|unpaid)\s+(?:labou?r|work|overtime)"
    r"|forced\s+overtime|excessive\s+(?:overtime|hours|working\s+hours)"
    r"|\d{2,3}[- ]hours?(?:\s+a|\s+per)?\s+weeks?"
    r"|(?:overtime|working\s+hours|hours|shifts)\s+(?:of\s+)?"
    r"(?:above|over|exceeding|beyond|in\s+excess\s+of|more\s+than)\s+(?:the\s+)?"
    r"(?:legal|statutory|\d+)"
    r"|threat(?:s|ened|ening)?|intimidat\w*|coerc\w+|decepti\w+|deceived|misled|trafficked"
    r"|trafficking|abuse[sd]?|harass\w*|punish\w*|fine[sd]|penalt(?:y|ies)"
    r"|confin\w*|detain\w*|locked|lock(?:s|ing)?\s+(?:up|in)|imprison\w*|escorted|guards?"
    r"|searched|under\s+surveillance|surveillance\s+(?:of|cameras)|minders?|curfews?"
    r"|political\s+study|held\s+against"
    r"|(?:retain\w*|retention|confiscat\w*|withh[eo]ld\w*|withheld|kept|keeping|held|holds"
    r"|holding|took|taken|collected|surrender\w*)\s+(?:of\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:passports?|identity\s+(?:documents?|cards?|papers)|ID\s+(?:cards?|documents?)"
    r"|bank\s+cards?|wages?|pay|salar(?:y|ies)|documents|contracts?|phones?|deposits?)"
    r"|(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|bank\s+cards?)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:locked|kept|held|retained|confiscated|withheld)"
    r"|(?:wage|pay)\s+(?:withholding|deductions?|theft|arrears)|deductions?|deposits?|forfeit\w*"
    r"|unpaid(?:\s+wages)?|not\s+(?:been\s+)?paid|paid\s+(?:\w+\s+){0,4}?late|underpa\w+"
    r"|unlawful\w*|illegal\w*"
    r"|restrict\w*\s+(?:on\s+|of\s+)?(?:\w+\s+){0,2}?(?:movement|leave|freedom)"
    r"|not\s+(?:allowed|permitted|free)\s+to\s+(?:leave|resign|quit|go)"
    r"|could\s+not\s+(?:leave|resign|quit|return)|unable\s+to\s+(?:leave|resign|quit)"
    r"|without\s+(?:pay|wages|payment|(?:their\s+)?(?:passports?|identity\s+documents?|ID\s+cards?))"
    r"|monitored\s+by|watched\s+by"
    r"|pa(?:id|ying)\s+(?:\w+\s+){0,2}?(?:brokers?|agents?|recruiters?)"
    r"|(?:above|exceed\w*|in\s+breach\s+of|contrary\s+to|beyond)\s+(?:the\s+)?(?:legal|statutory)"
    r"\s+(?:limit|maximum|minimum)"
    r"|resignation\s+letters|substitut\w+\s+contracts?"
    r"|promised\s+(?:\w+\s+){0,3}?(?:wage|pay|salary)"
    r"|(?:forced[- ]labou?r\s+)?indicators?(?:\s+of\s+forced\s+labou?r)?\s+(?:were\s+|was\s+)?pre"
    r"sent|indicators?\s+of\s+forced\s+labou?r"
    r"|(?:major|minor|critical)?\s*non[- ]?conformit(?:y|ies)|\bNCs?\b"
    r"|violat\w+|breach\w*|failed\s+to\s+(?:pay|meet|provide|comply|respect)|child\s+labou?r"
    r"|underage|(?:labou?r\s+)?transfer(?:red)?\s+(?:workers|programme|program|quota|scheme)"
    r"|surplus\s+labou?r)"
)
VIOLATION = _rx(rf"\b{VIOLATION_NOUN}\b")
#: "passports were retained by the employer", "fees of up to USD 3,000 had been charged".
ADVERSE_PASSIVE = _rx(
    r"\b(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|bank\s+cards?|wages?"
    r"|salar(?:y|ies)|fees?|deposits?|documents)\b[^.;]{0,60}?"
    r"\b(?:were|was|had\s+been|have\s+been|are|is)\s+(?:being\s+)?"
    r"(?:routinely\s+|systematically\s+)?"
    r"(?:retained|confiscated|withheld|kept|held|charged|deducted|taken|collected|levied|locked)"
    r"\b"
)

#: Someone reports that an audit failed: it missed abuse, was not done as claimed, or was staged.
FAILURE = _rx(
    r"\b(?:missed|overlooked|fail(?:ed|s)?\s+to\s+"
    r"(?:detect|find|identify|notice|record|report|uncover|spot|mention|see|address)"
    r"|(?:did|does|do)\s*n[o’']t\s+(?:detect|find|identify|notice|record|report|uncover|spot"
    r"|mention|see|visit|interview|speak|address|reflect|include|ask)"
    r"|never\s+(?:visited|went|set\s+foot|spoke|interviewed|saw|asked|there|shown|appeared)"
    r"|set\s+foot|could\s*n[o’']t\s+have\s+(?:detected|found|seen)"
    r"|could\s+not\s+have\s+(?:detected|found|seen)"
    r"|not\s+capable\s+of\s+detecting"
    r"|not\s+one\s+of\s+(?:them|the\s+\w+)\s+(?:recorded|detected|found|noted)"
    r"|(?:helped|help)\s+(?:to\s+)?hide|sold\s+(?:to\s+\w+\s+)?as"
    r"|(?:was|were)\s+(?:coached|fooled|deceived|misled|blind|sent\s+home|told\s+to\s+hide"
    r"|handed\s+prepared|written\s+before)|rubber[- ]stamp\w*|clean\s+bill"
    r"|not\s+(?:done|conducted|carried\s+out)\s+as\s+(?:claimed|stated|described)|falsif\w+"
    r"|forg(?:ed|ery)|double\s+books|prepared\s+(?:answers|especially)|rehears\w+|coach\w+"
    r"|(?:only|just)\s+(?:talked|spoke|spoken|met)"
    r"|spoke\s+only\s+(?:with|to)\s+(?:\w+\s+){0,2}?"
    r"(?:workers|line\s+leaders|office\s+staff|managers)"
    r"|accompanied\s+(?:\w+\s+){0,2}?by\s+(?:\w+\s+){0,3}?"
    r"(?:officials?|management|managers|cadres|minders)"
    r"|let\s+the\s+(?:factory|site|supplier|management)\s+choose"
    r"|(?:chosen|selected|picked)\s+by\s+(?:the\s+)?"
    r"(?:management|factory|company|employer|supplier)|by\s+video\s+call"
    r"|owned\s+by\s+(?:the\s+)?(?:supplier|site|factory|company)"
    r"|(?:certified|audited|accredited)\s+[^.;]{0,40}?\b(?:was|were|had\s+been)\s+"
    r"(?:using|employing|holding|exploiting)"
    r"|does\s+not\s+mention|omits?|omission|out\s+of\s+scope|never\s+took\s+place"
    r"|did\s+not\s+take\s+place|(?:nobody|no\s+one)\s+from\s+the\s+(?:audit\w*|certifier|firm)"
    r"|not\s+one\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:audits|inspections|assessments|visits)\s+"
    r"(?:\w+\s+){0,3}?(?:detected|recorded|found|noted|mentioned|picked\s+up)"
    r"|announced\s+(?:\w+\s+){0,3}?in\s+advance|ticked"
    r"|(?:speak|speaks|spoke|talk|talked)\s+only\s+(?:with|to)"
    r"|as\s+a\s+group,?\s+for\s+(?:\w+\s+){0,2}?minutes"
    r"|(?:renewed|certified|issued|passed|signed\s+off)\b[^.;]{0,80}?\b"
    r"(?:despite|without\s+(?:speaking|visiting|interviewing|talking))"
    r"|(?:signed|written|dated|issued|drafted)\s+(?:\w+\s+){0,2}?before\s+"
    r"(?:the\s+visit|a\s+single|any|the\s+audit)|told\s+to\s+hide"
    r"|hidden\s+from\s+(?:the\s+)?auditors?"
    r"|(?:fell|took\s+place|was\s+held)\s+during\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:holiday|festival|shutdown)|not\s+employed\s+at\s+the\s+site)\b"
)
#: Something the audit is about: an audit, its auditors, its certificate or its report.
AUDIT_REF = _rx(
    r"\b(?:audit(?:s|ors?|ing|ed)?|certif(?:icate|ication|ier|iers|ied)s?|verifi(?:er|cation)s?"
    r"|social\s+compliance|inspections?|assessments?|desk\s+review"
    r"|(?:audit|assessment|verification)\s+(?:report|firm|team)|report\s+(?:says|lists|states))\b"
)
#: Later discovery of abuse set against an audit: the contrast that makes a failure account.
LATER_CONTRAST = _rx(
    r"\b(?:weeks?|months?|days?|a\s+month|shortly|soon|years?)\s+(?:after|before|later)\b"
    r"|\b(?:later|subsequently|afterwards|since\s+then)\b"
    r"|\b(?:police|inspectors?|inspectorate|ministry|raid(?:ed)?|rescued|detained|fire|prosecutor"
    r"|court|tribunal|customs)\b"
    r"|\b(?:despite|though|although|even\s+though|while|whereas|yet|but)\b"
    r"|\bwithin\s+(?:a|one|two|three|four|six|\w+)\s+(?:weeks?|months?|days?)\s+of\b"
    r"|;\s*(?:every|all|most|the)\s+(?:\w+\s+)?(?:worker|workers)"
)

#: An honest limit: the speaker says credible assurance is impossible, and so declines.
DECLINE_LIMIT = _rx(
    r"\b(?:credible|meaningful|reliable|independent|genuine|effective|proper)\s+(?:\w+\s+){0,2}?"
    r"(?:audits?|assurance|due\s+diligence|verification|assessments?|monitoring|inspections?"
    r"|certification)"
    r"\s+(?:\w+\s+){0,3}?(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:not\s+|no\s+longer\s+|im)possible"
    r"|cannot|can\s*not|can[’']t|could\s*not|is\s+not\s+feasible|are\s+not\s+feasible)"
    r"|\b(?:not\s+|no\s+longer\s+|im)possible\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:conduct|carry\s+out|perform|undertake|do|obtain|provide|give)\s+(?:\w+\s+){0,3}?"
    r"(?:credible|meaningful|reliable|independent)?\s*"
    r"(?:audits?|assurance|due\s+diligence|verification|assessments?|inspections?)"
    r"|\b(?:no|not\s+any)\s+(?:\w+\s+){0,2}?(?:audit|assessment|inspection|certification|auditor)"
    r"\w*\s+(?:\w+\s+){0,5}?(?:can|could|is\s+able\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:establish|verify|confirm|rule\s+out|prove|detect|credibly|reliably)"
    r"|\b(?:conditions|environment|restrictions|surveillance|access)\s+(?:\w+\s+){0,4}?"
    r"(?:make|makes|made|render|renders)\s+(?:\w+\s+){0,3}?"
    r"(?:credible|independent|meaningful|reliable)?\s*"
    r"(?:audits?|assurance|due\s+diligence|verification|assessments?|inspections?)\s+(?:\w+\s+){0"
    r",2}?(?:impossible|unreliable|infeasible|meaningless)"
    r"|\bcannot\s+(?:\w+\s+){0,2}?(?:credibly|reliably|independently|meaningfully)\s+"
    r"(?:audit|assess|verify|certify|inspect|monitor)"
)
DECLINE_ACT = _rx(
    r"\b(?:withdr(?:aw|aws|ew|awn|awing)|retract(?:s|ed|ing)?|rescind(?:s|ed)?|revok(?:e|es|ed)"
    r"|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped)?|pull(?:s|ed)?\s+out\s+of|left"
    r"|exit(?:s|ed|ing)?|terminat(?:e|es|ed)|end(?:s|ed|ing))"
    r"\s+(?:\w+\s+){0,4}?(?:statements?|certificates?|certification|conclusions?|findings?"
    r"|opinion|assessments?|audits?|verifications?|assignment|job|mandate|label|reports?"
    r"|endorsement|backing|support|ratings?|panel|region|relationships?|orders|site|activities"
    r"|operations|licen[cs]es?)\b"
    r"|\b(?:this|the|our)\s+(?:verification|statement|certificate|assessment|audit|report|letter)"
    r"\s+(?:is|has\s+been)\s+(?:hereby\s+)?(?:withdrawn|suspended|retracted|revoked)\b"
    r"|\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+"
    r"(?:to\s+(?:audit|certify|verify|sign(?:\s+off)?|validate|conduct|carry\s+out|accept|rate)\b"
    r"|(?:the|this|an?|our|their)\s+(?:\w+\s+){0,2}?"
    r"(?:mandate|job|request|assignment|engagement|audit|commission)\b)"
    r"|\b(?:no|not\s+any)\s+(?:assurance|opinion|conclusion|rating|finding|certificate|report)\s+"
    r"(?:\w+\s+){0,3}?(?:is|was|has\s+been|will\s+be|can\s+be|could\s+be)\s+(?:\w+\s+)?"
    r"(?:expressed|given|issued|drawn|made|provided)"
    r"|\b(?:express(?:es|ed)?|gives?|give|makes?|made|issue[sd]?)\s+no\s+(?:\w+\s+)?"
    r"(?:opinion|assurance|finding|conclusion|rating)|\bgives\s+no\s+assurance"
    r"|\b(?:unable|not\s+(?:able|in\s+a\s+position))\s+to\s+(?:provide|give|issue|express)\s+"
    r"(?:\w+\s+){0,2}?(?:assurance|opinion|conclusion|rating|certificate)"
    r"|\b(?:have|has)\s+not\s+(?:rated|certified|issued\s+a\s+(?:report|rating|certificate))"
    r"|\bno\s+reliable\s+conclusion|\b(?:do|does)\s+not\s+know\s+whether"
    r"|\b(?:will|would|shall)\s+not\s+(?:claim|describe|call|certify|validate|say|present|label"
    r"|publish\s+an?\s+assurance|pretend)"
    r"|\b(?:no\s+longer|not\s+longer|do\s+not|does\s+not)\s+"
    r"(?:stand\s+(?:by|behind)|endorses?|supports?|vouch(?:es)?\s+for|back)\b"
    r"|\b(?:we|i)\s+(?:do|will)\s+not\s+audit\b"
    r"|\bno\s+audit\s+was\s+(?:carried\s+out|conducted|done)"
    r"|\b(?:(?:do|does|will|would|shall)\s+not|won[’']t|don[’']t|doesn[’']t|no\s+longer"
    r"|cease[sd]?\s+to|decided\s+not\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:audit|certify|verify|assess|inspect|accept|issue|grant|renew|license|licence|conduct"
    r"|provide\s+assurance|sign\s+off)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+)?"
    r"(?:suspended|withdrawn|revoked|retracted)\b|\bstop\s+citing"
    r"|\bno\s+longer\s+(?:cite|rely\s+on|use)\b"
    r"|\b(?:withdraw|retract)\s+it\b|\b(?:have|has|we)\s+declined\b"
    r"|\bthere\s+(?:are|is|were|was|have\s+been|has\s+been)\s+no\s+(?:\w+\s+){0,3}?"
    r"(?:audits|certifications?|certificates|assessments|verifications)\b"
    r"|\b(?:no|not\s+any)\s+(?:\w+\s+){0,2}?(?:audits?|certifications?|assessments?)\s+"
    r"(?:\w+\s+){0,2}?(?:have|has|had)\s+been\s+"
    r"(?:carried\s+out|conducted|done|issued|performed|granted)"
)

ADVERSE_FOUND = _rx(
    r"\b(?:found|finds|identified|identifies|observed|uncovered|documented|detected|revealed"
    r"|established|recorded|raised|issued|cited|flagged|confirmed|substantiated|learned|learnt"
    r"|heard"
    r"|discovered|determined|showed|shows|traced|noted|described|reported|said|told|calculated"
    r"|ruled|finds\s+that|concluded"
    r"|(?:has|have|had)\s+(?:found|identified|observed|uncovered|documented|detected|recorded"
    r"|raised|issued|confirmed|discovered|established))\b"
    r"|^\s*[\"“]?(?:finding\s+\d+|non[- ]?conformity|NC[- ]?\d+|summary\s+of\s+findings"
    r"|findings\s+table|auditors[’']\s+note)\b"
    r"|\b(?:were|was|are|is)\s+(?:found|confirmed|identified|observed|documented|recorded)\b"
)


ADVERSE_COUNT = _rx(
    r"\b(?:\d[\d,]*\s*%?|all|most|many|some|several|half|two[- ]thirds|a\s+third|a\s+majority"
    r"|the\s+majority|one\s+in\s+\w+|twelve|\w+ty)\s+(?:\(\d+\s*%\)\s+)?"
    r"(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?(?:\w+\s+){0,3}?"
    r"(?:workers|employees|interviewees|respondents|migrants|women|men|fishermen|families"
    r"|crew(?:\s+members)?|apprentices|harvesters|labou?rers)\b"
)


NOT_A_FINDING = _rx(
    r"\b(?:may|might|could|would|should|must|can)\s+(?:\w+\s+)?"
    r"(?:be|have|find|include|occur|arise|lead|result|face|under-?report|charge|pay|keep)\b"
    r"|\b(?:risks?\s+(?:of|that|include)|at\s+risk|presum\w+|such\s+as|for\s+example|e\.g\."
    r"|including\s+the\s+risk|prohibit\w*|rarely|seldom|typically|generally|usually|tend\s+to"
    r"|often)\b"
    r"|\bwhether\b|\bdeclined\s+to\s+(?:say|comment|confirm)"
    r"|^\s*(?:[*_#>-]+\s*)?(?:if|unless|should)\b"
    r"|^\s*(?:[*_#>-]+\s*)?(?:not\s+found|no\b|nil\b)(?!\s+(?:worker|one|employee)\b)"
    r"|\b(?:studies|research|reports|evidence)\s+(?:of|on|from)\s+(?:\w+\s+){0,3}?"
    r"(?:auditing|audits|the\s+industry|sectors?)\b"
)


#: Rights whose denial is a violation: "none of the 52 workers held their own passport".
RIGHTS = _rx(
    r"\b(?:(?:their|his|her)\s+own\s+(?:passports?|documents|identity\s+(?:documents?|cards?))"
    r"|a\s+copy\s+of\s+(?:their|the|his|her)\s+contracts?|reimbursed|repaid|full\s+repayment"
    r"|free\s+to\s+(?:leave|resign|quit|move|go)|allowed\s+to\s+(?:leave|resign|quit|go)"
    r"|able\s+to\s+(?:leave|resign|quit|go)|paid\s+(?:in\s+full|on\s+time)"
    r"|received\s+(?:their\s+)?(?:full\s+)?(?:wages?|pay|repayment))"
)


CONDITIONAL = _rx(
    r"^\s*(?:if|unless|should\s+(?:the|an?|any)|where|whether"
    r"|in\s+(?:the\s+)?(?:event|case)\s+(?:that|of))\b"
    r"|\b(?:if|unless|whether|in\s+case|provided\s+that|assuming)\s+"
    r"(?:the|an?|any|our|its|their|it|they|we|no|there)\b"
    r"|\b(?:would|could|might|may)\s+(?:\w+\s+)?"
    r"(?:find|found|show|conclude|confirm|reveal|establish|be\s+free)\b"
    r"|\b(?:hope|hopes|hoped|expects?\s+(?:that\s+)?the|aim|plan|plans|intend|intends)\s+"
    r"(?:that\s+|to\s+)"
)
NEGATED_CLAIM = _rx(
    r"\b(?:does|do|did|cannot|can\s*not|could\s+not|can[’']t|couldn[’']t|doesn[’']t|didn[’']t"
    r"|is\s+not|was\s+not|isn[’']t|wasn[’']t|were\s+not|has\s+not|have\s+not|had\s+not|hasn[’']t"
    r"|haven[’']t)\s+"
    r"(?:\w+\s+){0,2}?(?:mean|imply|conclude|confirm|establish|prove|guarantee|rule\s+out|exclude"
    r"|say|said|state|stated|claim|claimed|show|certify|vouch|demonstrate|verify|determine|assess"
    r"|quantify|allow\s+(?:us\s+)?to\s+(?:conclude|say|confirm))\b"
    r"|\bno\s+(?:audit|assessment|review|inspection|certificat\w+)\s+(?:can|could|is\s+able\s+to)\b"
    r"|\b(?:unable|impossible|not\s+possible|not\s+able)\s+to\s+"
    r"(?:conclude|confirm|establish|verify|rule\s+out|exclude|say|guarantee)\b"
    r"|\bnot\s+(?:at\s+a\s+level|sufficient|enough)\s+to\b"
    r"|\bat\s+a\s+level\s+(?:that|to|which)\s+(?:indicates?|constitutes?|amounts?)\b"
    r"|\babsence\s+of\s+evidence\s+is\s+not\b|\bis\s+not\s+the\s+same\s+as\b"
    r"|\bnot\s+the\s+same\s+as\b"
    r"|\bneither\s+(?:\w+\s+){0,4}?(?:nor)\b|\bnor\s+(?:rule\s+out|exclude|deny)"
    r"|\bwould\s+require\b|\bwhat\s+(?:\w+\s+){0,3}?(?:promises|assume|means)\b"
    r"|\b(?:not|never|n[’']t)\s+(?:\w+\s+){0,2}?"
    r"(?:describe|present|classify|treat|regard|cite|use|support|call|label|accept|consider"
    r"|offer)\b[^.]{0,80}\b(?:as|that)\b"
    r"|\b(?:companies|brands|firms|auditors|suppliers)\s+"
    r"(?:often|usually|typically|commonly|routinely|tend\s+to)\b"
    r"|^\s*[\"“]?(?:not\s+finding|in\s+the\s+audit\s+industry)\b"
)


RETRACTION = _rx(
    r"\b(?:withdr(?:aw|aws|ew|awn|awing)|retract(?:s|ed|ing)?|rescind(?:s|ed)?"
    r"|revok(?:e|es|ed|ing)|disown(?:s|ed)?|deleted|taken\s+down|scrubbed"
    r"|(?:no\s+longer|not\s+longer)\s+(?:stands?|stood|supports?|backs?|endorses?|vouch(?:es)?"
    r"|relies|rely|considers?)"
    r"|distanc(?:e|es|ed)\s+(?:itself|ourselves|themselves|himself|herself)"
    r"|(?:does|do|did)\s+not\s+stand\s+(?:by|behind))\b"
)


DISPUTE = _rx(
    r"\b(?:claim(?:s|ed)?\s+(?:that\s+)?|alleg(?:e|es|ed|edly)|purported(?:ly)?|so[- ]called"
    r"|supposed(?:ly)?|insist(?:s|ed)?)\b"
    r"|\b(?:contradict(?:s|ed|ing)?|disput(?:e|es|ed|ing)|reject(?:s|ed)?|dismiss(?:es|ed)?"
    r"|den(?:y|ies|ied)|rebut(?:s|ted)?|refut(?:e|es|ed)|cast\s+doubt|belie[sd]?|unverifiable"
    r"|unsubstantiated"
    r"|(?:is|was|are|were)\s+(?:false|untrue|misleading|not\s+credible|not\s+true|wrong"
    r"|inaccurate)|whitewash\w*|audit[- ]washing"
    r"|despite|even\s+though|although|however"
    r"|but\s+(?:workers|researchers|investigators|inspectors|our|we"
    r"|the\s+(?:workers|ngo|researchers|evidence|report))"
    r"|yet\s+(?:workers|researchers|inspectors|our|we))\b"
)
#: A following sentence that contests the claim just made ("That is not the same as ...").
CONTESTS = _rx(
    r"^\s*(?:that|this|it|the\s+(?:claim|statement))\s+(?:is|was)\s+"
    r"(?:not|false|untrue|misleading|wrong)|\bnot\s+the\s+same\s+as\b"
    r"|\b(?:false|untrue|misleading|unverifiable)\b"
    r"|\b(?:contradict\w*|disprov\w*|does\s+not\s+prove)\b"
)


#: A clean conclusion about forced labour or compliance as a whole, not about one indicator.
GLOBAL_CLEAN = _rx(
    r"\b(?:forced(?:\s+or\s+compulsory)?[- ]+labou?r|modern[- ]+slavery|slavery|servitude"
    r"|human\s+trafficking|bonded\s+labou?r|debt\s+bondage"
    r"|(?:ILO\s+)?(?:forced[- ]labou?r\s+)?indicators|complian(?:t|ce)|conform\w*|requirements"
    r"|non[- ]?conformit(?:y|ies)|issues|findings|red\s+flags|clean|passed|rated)\b"
)


#: Talk about claims in general, not a claim: "that is what the label promises".
GENERIC = _rx(
    r"\bwhat\s+(?:\w+\s+){0,3}?(?:promises|assumes?|means|implies)\b"
    r"|\b(?:companies|brands|firms|suppliers)\s+(?:often|usually|typically|commonly|routinely)\b"
    r"|\bin\s+the\s+audit\s+industry\b|\bnot\s+the\s+same\s+as\b|\bis\s+recorded\s+when\b"
)


#: First-person self-descriptions that say which kind of organisation speaks.
SELF_COMPANY = _rx(
    r"\b(?:our|we)\s+(?:\w+\s+){0,2}?(?:suppliers?|supply\s+chains?|factor(?:y|ies)|plants?"
    r"|sites?|mills?|operations|products|brands?|stores|customers|vendors|labou?r\s+agents?"
    r"|subcontractors|employees|business|company|group|commissioned|source|sourcing|buy"
    r"|purchase)\b"
)
SELF_STANDARD = _rx(
    r"\b(?:as\s+(?:the\s+)?owner\s+of\s+the\s+standard"
    r"|our\s+(?:standard|label|scheme|certification\s+programme)|certificate\s+holders?"
    r"|certified\s+farms?|(?:we|our)\s+(?:\w+\s+)?(?:accredit|license|licence)\w*)\b"
)
SELF_CRITIC = _rx(
    r"\b(?:our\s+(?:organi[sz]ation|research(?:ers)?|investigation|campaign|union|members|amicus"
    r"|report\s+shows)|we\s+(?:call\s+on|urge|demand)|as\s+our\s+research\s+shows)\b"
)
SELF_AUDITOR = _rx(
    r"\b(?:our\s+(?:team|assessors?|auditors?\s+(?:spoke|interviewed|visited)|visit|fieldwork"
    r"|firm|verification)|we\s+(?:audited|interviewed|visited|assessed|inspected|verified"
    r"|were\s+(?:commissioned|engaged|asked)))\b"
)
SELF_OFFICIAL = _rx(
    r"\b(?:our\s+(?:inspectors|inspectorate|ministry|department|labou?r\s+inspectorate)"
    r"|the\s+court\s+finds)\b"
)
