"""Word classes for the accounts that say something went wrong: violations found (adverse
findings) and an audit that missed abuse (failure accounts). Declines have their own module."""

from __future__ import annotations

import re

from . import german as de
from .base import WORKERS
from .base import rx as _rx

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
    r"|(?:retain\w*|retention|confiscat\w*|withh[eo]ld\w*|withheld|kept|keeps|keep|keeping|held|holds"
    r"|holding|took|taken|collected|surrender\w*)\s+(?:of\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:passports?|identity\s+(?:documents?|cards?|papers)|ID\s+(?:cards?|documents?)"
    r"|bank\s+cards?|wages?|pay|salar(?:y|ies)|documents|contracts?|phones?|deposits?"
    r"|seam[ae]n[’']?s\s+books?|discharge\s+books?|(?:work|residence)\s+permits?"
    r"|residence\s+cards?|visas?)"
    r"|(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|bank\s+cards?|wages?|pay"
    r"|salar(?:y|ies))\s+(?:[\w’'-]+\s+){0,6}?(?:locked|kept|held|retained|confiscated|withheld)"
    # "not allowed to keep their phones": the worker is denied what is theirs
    r"|not\s+(?:allowed|permitted)\s+to\s+(?:keep|hold|have|carry)\s+(?:their\s+|his\s+|her\s+)?"
    r"(?:own\s+)?(?:phones?|passports?|identity\s+documents?|ID\s+cards?|documents)"
    # documents where only the employer can reach them: "passports ... in the manager's safe"
    r"|(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|bank\s+cards?)\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?:in|inside)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:safe|drawer|cabinet|locker|strongbox)"
    r"|(?:wage|pay)\s+(?:withholding|deductions?|theft|arrears)|deductions?|deposits?|forfeit\w*"
    # "were not paid" is wages withheld; "had not paid fees" is a worker who paid nothing
    r"|unpaid(?:\s+wages)?|not\s+(?:been\s+)?paid(?!\s+(?:any\s+)?(?:recruitment\s+)?fees)"
    r"|paid\s+(?:\w+\s+){0,4}?late|underpa\w+"
    r"|unlawful\w*|illegal\w*"
    r"|restrict\w*\s+(?:on\s+|of\s+)?(?:\w+\s+){0,2}?(?:movement|leav(?:e|ing)|freedom)"
    # a fee for the job itself, however it is named: "paying a fee to obtain the job"
    r"|fees?\s+(?:to\s+(?:get|obtain|secure|land)\s+|for\s+)(?:(?:the|their|a|his|her)\s+)?"
    r"(?:jobs?|work|positions?|employment|placements?)"
    r"|not\s+(?:allowed|permitted|free)\s+to\s+(?:leave|resign|quit|go)"
    r"|(?:could\s+not|unable\s+to)\s+(?:leave|resign|quit|return|go\s+home"
    r"|change\s+(?:jobs?|employers?))"
    # documents an employer has "not returned" are retained
    r"|(?:not|never)\s+(?:returned|given\s+back|handed\s+back)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:passports?|identity\s+(?:documents?|cards?|papers)|ID\s+(?:cards?|documents?))"
    r"|without\s+(?:pay|wages|payment|(?:their\s+)?(?:passports?|identity\s+documents?|ID\s+cards?))"
    r"|monitored\s+by|watched\s+by"
    r"|pa(?:id|ying)\s+(?:\S+\s+){0,8}?(?:to\s+)?(?:brokers?|agents?|recruiters?)"
    # work owed against a debt: "working to pay off advances of up to PKR 150,000"
    r"|(?:pay|paying|work|working|worked)\s+off\s+(?:\w+\s+){0,3}?(?:advances?|debts?|loans?)"
    r"|charg(?:ed|ing|es)\s+(?:\w+\s+){0,2}?(?:fees|commissions?)"
    r"|owe[ds]?\s+(?:\w+\s+){0,2}?(?:agents?|brokers?|recruiters?|employers?|money|debts?)"
    r"|deduct(?:ed|s|ing)\s+(?:[\w’'-]+\s+){0,4}?from\s+(?:\w+\s+){0,3}?"
    r"(?:wages?|pay|salar(?:y|ies)|pay\s+packets?|earnings)"
    r"|(?:above|exceed\w*|in\s+breach\s+of|contrary\s+to|beyond)\s+(?:the\s+)?(?:legal|statutory)"
    r"\s+(?:limit|maximum|minimum)"
    # pay under the floor: "paid JPY 700 an hour, far below the regional minimum wage"
    r"|(?:well|far|way|just)?\s*(?:below|under|less\s+than)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:legal\s+|statutory\s+)?minimum(?:\s+wages?)?"
    r"|resignation\s+letters|substitut\w+\s+contracts?"
    r"|contracts?\s+(?:\w+\s+){0,3}?(?:switched|substituted|replaced|swapped)"
    r"|promised\s+(?:\w+\s+){0,3}?(?:wage|pay|salary)"
    r"|(?:forced[- ]labou?r\s+)?indicators?(?:\s+of\s+forced\s+labou?r)?\s+(?:were\s+|was\s+)?pre"
    r"sent|indicators?\s+of\s+forced\s+labou?r"
    r"|(?:major|minor|critical)?\s*non[- ]?conform(?:ity|ities|ance|ances)|\bNCs?\b"
    r"|violat\w+|breach\w*|failed\s+to\s+(?:pay|meet|provide|comply|respect)|child\s+labou?r"
    r"|(?:children|minors)\s+(?:(?:as\s+young\s+as|under|aged|below)\s+(?:the\s+age\s+of\s+)?"
    r"\d+\s+)?(?:working|employed|at\s+work)"
    r"|underage|(?:labou?r\s+)?transfer(?:red)?\s+(?:workers|programme|program|quota|scheme)"
    r"|(?:children|minors|under-?age\s+workers)\s+(?:[\w’'-]+\s+){0,3}?(?:were|was)\s+"
    r"(?:working|employed|found\s+working)"
    r"|child(?:ren)?\s+(?:workers?|labou?rers)|(?:children|girls|boys|workers)\s+(?:aged\s+(?:as\s+)?"
    r"|as\s+young\s+as\s+)(?:1[0-5]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b"
    r"|surplus\s+labou?r"
    # physical violence, isolation, threats, abusive conditions (ILO indicators), in any order
    r"|(?:made|forced|compelled|obliged|pressured)\s+to\s+(?:do\s+|work\s+)?(?:\w+\s+)?"
    r"(?:overtime|unpaid|work\s+(?:overtime|without|unpaid|nights|weekends))"
    r"|struck|beaten|beat(?:ing|ings)?|slapped|kicked|assault\w*|physical(?:ly)?\s+(?:abuse|violence)"
    r"|sexual(?:ly)?\s+(?:abuse|harass\w*|assault\w*)|padlock\w*|locked\s+(?:in|at\s+night)"
    r"|denied\s+(?:shore\s+)?leave|(?:prevented|stopped|barred)\s+from\s+(?:leaving|resigning|quitting"
    r"|going\s+home)|(?:training|security|recruitment)\s+bonds?|bonds?\s+of"
    r"|outstanding\s+(?:debts?|loans?|advances?)|cash\s+advances?"
    r"|(?:permits?|visas?)\s+(?:had\s+)?(?:lapsed|expired)"
    r"|would\s+not\s+(?:graduate|be\s+paid|receive)|serious\s+non[- ]?complian\w+"
    r"|(?:wages?|pay|salar(?:y|ies)|passports?|identity\s+(?:documents?|cards?)|documents|earnings)\s+"
    r"(?:had\s+been|have\s+been|has\s+been|were|was|are|is|being)\s+(?:\w+\s+)?"
    r"(?:withheld|retained|confiscated|held|kept|deducted|delayed|taken))"
)

VIOLATION = _rx(rf"\b{VIOLATION_NOUN}\b|\b(?:{de.VIOLATION})\b")

#: "passports were retained by the employer", "fees of up to USD 3,000 had been charged".
ADVERSE_PASSIVE = _rx(
    r"\b(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|bank\s+cards?|wages?"
    r"|salar(?:y|ies)|fees?|deposits?|documents)\b[^.;]{0,60}?"
    r"\b(?:were|was|had\s+been|have\s+been|are|is)\s+(?:being\s+)?"
    r"(?:routinely\s+|systematically\s+)?"
    r"(?:retained|confiscated|withheld|kept|held|charged|deducted|taken|collected|levied|locked)"
    r"\b"
    r"|\b(?:wages?|salar(?:y|ies)|pay)\b[^.;]{0,40}?\b(?:had|have|has)\s+not\s+been\s+paid\b"
)

#: Someone reports that an audit failed: it missed abuse, was not done as claimed, or was staged.
FAILURE = _rx(
    r"\b(?:missed|overlooked|fail(?:ed|s)?\s+to\s+"
    r"(?:detect|find|identify|notice|record|report|uncover|spot|mention|see|address)"
    r"|(?:did|does|do|had|has|have)\s*(?:n[o’']t|not)\s+(?:\w+\s+)?(?:detect|find|identify|notice"
    r"|record|report|uncover|spot|mention|see|visit\w*|interview\w*|speak|spoken|address|reflect"
    r"|include\w*|ask\w*|review\w*|examin\w*|check\w*|talk\w*|consult\w*|verif\w*|look\w*|cover\w*"
    r"|inspect\w*|enter\w*|meet|met|trac\w*|test\w*|sampl\w*|go|gone|leave|left\s+the\s+office)"
    r"|never\s+(?:visited|went|set\s+foot|spoke|interviewed|saw|asked|there|shown|appeared|checked"
    r"|boarded|toured"
    r"|looked|entered|met|reviewed|inspected|reached|contacted|talked|questioned)"
    r"|(?:no|none\s+of\s+the|not\s+one\s+of\s+the)\s+(?:\w+\s+){0,2}?"
    rf"(?:{WORKERS}|women)\s+(?:\w+\s+)?(?:was|were|had\s+been)\s+"
    r"(?:interviewed|asked|consulted|spoken\s+to|contacted)"
    r"|only\s+(?:\w+\s+){0,2}?(?:interviewed|visited|spoke|talked|met|reviewed|checked|looked|lasted"
    r"|spent|inspected|asked)"
    r"|set\s+foot|could\s*n[o’']t\s+have\s+(?:detected|found|seen|uncovered|identified|revealed"
    r"|caught|picked\s+up)"
    r"|could\s+not\s+have\s+(?:detected|found|seen|uncovered|identified|revealed|caught|picked\s+up)"
    r"|not\s+capable\s+of\s+detecting"
    r"|not\s+one\s+of\s+(?:them|the\s+\w+)\s+(?:recorded|detected|found|noted)"
    r"|(?:helped|help)\s+(?:to\s+)?hide|sold\s+(?:to\s+\w+\s+)?as"
    r"|(?:was|were)\s+(?:coached|fooled|deceived|misled|blind|sent\s+home|told\s+to\s+hide"
    r"|handed\s+prepared|written\s+before)|rubber[- ]stamp\w*"
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
    r"|\b(?:managers?|management|supervisors?|boss|HR)\s+(?:\w+\s+){0,2}?(?:tell|tells|told|instruct\w*"
    r"|coach\w*|brief\w*|train\w*)\s+(?:us|them|workers|the\s+workers|everyone)\s+(?:\w+\s+){0,3}?"
    r"(?:say|to\s+say|what\s+to\s+say|to\s+answer|how\s+to\s+answer)"
    r"|(?:all|every\s+one|each)\s+(?:of\s+them\s+)?through\s+(?:the\s+)?(?:company|management|employer"
    r"|factory|site|plant)(?:[’']s)?\s+(?:own\s+)?(?:interpreters?|translators?)"
    r"|\b(?:wrote|noted|recorded|did)\s+nothing\s+(?:down|about\s+it)"
    r"|interviews?\s+(?:\w+\s+){0,4}?(?:in\s+the\s+presence\s+of|in\s+front\s+of|with\s+cameras"
    r"|watched\s+by|with\s+(?:managers?|supervisors?|HR)(?:\s+staff)?\s+(?:present|next\s+door))"
    r"|(?:fell|took\s+place|was\s+held)\s+during\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:holiday|festival|shutdown)|not\s+employed\s+at\s+the\s+site"
    r"|announced\s+(?:\w+\s+){0,3}?(?:ahead|beforehand|in\s+advance)"
    r"|(?:certified|renewed|passed|approved|cleared)\s+[^.;]{0,60}?\bwithout\s+(?:ever\s+)?"
    r"(?:inspecting|checking|examining|asking|looking|entering|seeing|reviewing)"
    r"|(?:leaves?|left)\s+out\s+(?:what|that|the)"
    r"|interpreters?\s+(?:\w+\s+){0,4}?(?:was|were)\s+(?:supplied|provided|chosen|brought|sent)\s+by"
    r"\s+(?:the\s+)?(?:factory|management|company|employer|supplier|site|agency|bureau|government)"
    r"|(?:told|instructed|coached|trained|ordered)\s+(?:us\s+|them\s+)?to\s+(?:say|lie|answer|tell|hide"
    r"|pretend)"
    r"|(?:contained|included|had|asked)\s+no\s+questions?\s+(?:about|on)"
    r"|(?:nobody|no\s+one|none\s+of\s+(?:us|them))\s+(?:dared|would\s+dare|felt\s+(?:safe|free))"
    r"|(?:accepted|relied\s+on|took\s+at\s+face\s+value)\s+(?:\w+\s+){0,2}?(?:management|the\s+company"
    r"|the\s+employer|the\s+factory|the\s+supplier)(?:[’']s)?\s+(?:explanation|word|account|records"
    r"|assurances?)"
    r"|without\s+(?:asking|speaking\s+(?:to|with)|interviewing|checking\s+with)\s+(?:a\s+single|any"
    r"|one)\s+(?:\w+\s+)?(?:workers?|employees?|migrants?)"
    r"|(?:had|has|did)\s+not\s+(?:examined|examine|looked\s+at|look\s+at|covered|cover|asked\s+about"
    r"|ask\s+about|checked|check)\s+(?:\w+\s+){0,3}?(?:recruitment|fees|debts?|passports?|dormitor\w+"
    r"|agents?|brokers?|interns?)"
    r"|(?:only|just)\s+visited|never\s+reached"
    r"|\b(?:although|though|while|whereas)\s+the\s+(?:audit\s+)?(?:report|audit|certifier|auditors?"
    r"|summary)\s+(?:claims?|says|states|records?|lists?)"
    r"|(?:talk|talks|talked|spoke|speak)\s+with\s+(?:the\s+)?managers?,?\s+not\s+with"
    # records kept twice, one set for the auditors (auditors who find them detected it)
    r"|(?:two|double|duplicate|parallel|fake|false|shadow|second)\s+(?:sets?\s+of\s+)?"
    r"(?:books|records|payrolls?|timesheets?|time\s+cards|accounts|registers|ledgers)\b[^.;]{0,60}?"
    r"\b(?:for|shown\s+to|to\s+show|presented\s+to|given\s+to)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:auditors?|inspectors?|assessors?|visits?)"
    # a staged site: a model dormitory, or something shown instead of the real thing
    r"|(?:shown|showed|show)\s+(?:\w+\s+){0,2}?(?:model|show|staged|demonstration"
    r"|specially\s+prepared)\s+(?:\w+\s+)?(?:dormitor\w+|factory|factories|workshops?"
    r"|lines?|rooms?|records|files|sites?|floors?|premises|farms?)"
    r"|(?:shown|showed)\b[^.;]{0,60}?,\s+not\s+(?:the|their)"
    # notice given ahead, and people or things moved out of the auditors' sight
    r"|(?:scheduled|arranged|planned|notified|known|agreed)\s+(?:\w+\s+){0,3}?"
    r"(?:in\s+advance|ahead|beforehand)"
    r"|(?:moved|sent|took|kept|hid|removed|cleared)\s+(?:\w+\s+){0,4}?(?:out|away|home|off)\s+"
    r"(?:\w+\s+){0,2}?(?:before|when|while|during)\s+(?:the\s+)?(?:auditors?|inspectors?|audit"
    r"|inspection|visit|assessors?)"
    # none of the audits caught something the sentence presupposes exists ("the fees the
    # workers had paid"); "none of the audits found forced labour" stays a clean result
    r"|(?:none|neither|not\s+one)\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?"
    r"(?:\w+\s+){0,3}?(?:audits|inspections|assessments|visits|auditors|inspectors|assessors"
    r"|certifiers)\s+(?:\w+\s+){0,2}?(?:picked\s+up|flagged|caught|noticed|spotted|detected"
    r"|found|identified|recorded|reported|mentioned|uncovered|noted|raised|documented)\s+"
    r"(?:on\s+)?(?:the|these|those|their|its|this|that|any\s+of\s+the)"
    # abuse the teller heard of that the audit never records: "none of the abuses the crew
    # described appears anywhere in the audit"
    r"|(?:none|not\s+one|neither)\s+of\s+(?:the|these|those)\s+(?:\w+\s+){0,2}?(?:abuses?|violations?"
    r"|problems|complaints|practices|beatings|fees)\b[^.;]{0,120}?\b(?:appears?|appeared|features?"
    r"|featured|figures?|is|are|was|were)\s+(?:\w+\s+)?(?:in|anywhere\s+in)\s+(?:the\s+|its\s+)?"
    r"(?:\w+\s+){0,3}?(?:audits?|report|certificate|assessment|inspection)"
    # interviews under management's eye
    r"|interviews?\s+(?:\w+\s+){0,6}?in\s+(?:the\s+)?(?:\w+\s+)?(?:manager|management|HR"
    r"|boss|supervisor|director)(?:[’']s)?\s+office"
    r"|interviews?\s+(?:\w+\s+){0,10}?with\s+(?:\w+\s+){0,2}?(?:managers?|supervisors?|HR"
    r"|foremen|cadres|officials)\s+(?:present|watching|listening|in\s+the\s+room)"
    # workers who never met an auditor
    r"|never\s+(?:seen|met|spoken\s+(?:to|with)|heard\s+from|been\s+(?:interviewed|asked)\s+by)"
    r"\s+(?:an?|any|the)\s+(?:auditors?|inspectors?|assessors?)"
    # ... or were never asked by one: "none of the workers had ever been asked by an auditor"
    r"|(?:none\s+of\s+the|no)\s+(?:\w+\s+){0,4}?(?:had|has|have|were|was)\s+(?:ever\s+)?"
    r"(?:been\s+)?(?:asked|interviewed|questioned|approached)\s+by\s+(?:an?|any|the)\s+"
    r"(?:auditors?|inspectors?|assessors?)"
    # an audit act with no one as its object: "spoke to nobody outside the office"
    r"|(?:spoke|talked|speak|talk)\s+(?:to|with)\s+(?:nobody|no\s+one|no\s+workers?)"
    r"|(?:interviewed|met|asked|consulted|contacted)\s+(?:nobody|no\s+one|no\s+workers?)"
    # workers threatened or warned about what to tell the auditors
    r"|(?:warned|threatened|told)\s+(?:\w+\s+){0,8}?(?:if|not\s+to)\s+(?:\w+\s+){0,4}?"
    r"(?:(?:complain|talk|speak|spoke|complained)\w*\s+(?:\w+\s+){0,2}?)?"
    r"(?:to\s+)?(?:the\s+)?(?:auditors?|inspectors?|assessors?|visitors)"
    # a method that rests on the site's own papers
    r"|relied\s+(?:entirely|solely|only|wholly|exclusively|mainly)\s+on\s+(?:\w+\s+){0,3}?"
    r"(?:documents|records|information|data|paperwork)\s+(?:supplied|provided|given|prepared"
    r"|chosen)\s+by"
    # a showcase: auditors led to a model line, or records made for the visit
    r"|(?:taken|led|escorted|brought|shown)\s+(?:\w+\s+){0,2}?(?:to|around|round)\s+"
    r"(?:a|the)\s+(?:showcase|model|show|demonstration)"
    r"|(?:prepared|created|produced|made|drawn\s+up|written)\s+(?:\w+\s+){0,2}?(?:specially"
    r"|specifically|only|just)\s+for\s+(?:the\s+)?(?:visit|audit|auditors?|inspection"
    r"|inspectors?)"
    # a report copied from an earlier one
    r"|copied\s+(?:\w+\s+){0,4}?from\s+(?:the\s+|an\s+)?(?:previous|earlier|last|older"
    r"|another|prior)"
    # staging around the visit: put right for it, undone the moment the auditors left,
    # people sent away while they were there, managers in the room, answers learnt by heart
    r"|(?:as\s+soon\s+as|the\s+moment|the\s+minute|once)\s+(?:the\s+)?(?:auditors?|inspectors?"
    r"|assessors?|visitors|audit\s+team)\s+(?:had\s+)?(?:left|gone|departed)"
    r"|(?:given|told\s+to\s+take)\s+(?:the\s+|a\s+)?(?:day|days|afternoon|morning|week)\s+off"
    r"\s+(?:\w+\s+){0,2}?(?:when|while|during|before)\s+(?:the\s+)?(?:auditors?|inspectors?"
    r"|audit|inspection|visit|assessors?)"
    r"|(?:supervisors?|managers?|HR|foremen|officials?|cadres)\s+(?:\w+\s+){0,8}?"
    r"(?:while|as|when)\s+(?:the\s+)?(?:auditors?|inspectors?|assessors?)\s+"
    r"(?:asked|interviewed|spoke|talked|questioned|met)"
    r"|(?:gave|give|had)\s+(?:exactly\s+)?(?:the\s+same|identical)\s+(?:answers?|responses?)"
    r"|(?:nobody|no\s+one)\s+from\s+the\s+(?:certif\w+|inspect\w+|verif\w+)"
    # interviewees picked by the site's own people
    r"|(?:chosen|selected|picked|handpicked|hand-picked)\s+by\s+(?:the\s+|a\s+)?"
    r"(?:supervisors?|line\s+leaders?|HR|managers?|foremen|team\s+leaders?)"
    r")\b"
)


#: Told what to say to an auditor: a failure account whenever the audit is the topic, even
#: when the sentence itself does not name it ("The auditors came in March. We were told to say
#: ...").
COACHED = _rx(
    r"\b(?:(?:told|instructed|coached|trained|ordered|asked)\s+(?:us\s+|them\s+)?to\s+"
    r"(?:say|lie|answer|tell|hide|pretend)|rehears\w+|what\s+to\s+say)\b"
)


#: Something the audit is about: an audit, its auditors, its certificate or its report.
AUDIT_REF = _rx(
    r"\b(?:audit(?:s|ors?|ing|ed)?|certif(?:icate|ication|ier|iers|ied)s?|verifi(?:er|cation)s?"
    r"|social\s+compliance|inspections?|inspectors?|assessments?|assessors?|desk\s+review"
    r"|interview(?:s|ed)?|site\s+visits?|monitoring\s+(?:of|visits?|reports?|teams?)"
    r"|visits?\s+(?:was|were)\s+(?:pre-?)?(?:announced|scheduled|arranged|planned|notified)"
    r"|(?:the|this|that)\s+(?:site\s+|audit\s+|monitoring\s+)?visits?\s+(?:was|were)"
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
    r"|\b(?:for|during|in|throughout)\s+(?:all\s+)?(?:those|the\s+same|that\s+same|that|this)\s+"
    r"(?:\w+\s+)?(?:years?|months?|period|time|season)\b|\bat\s+the\s+same\s+time\b|\bmeanwhile\b"
    r"|\ball\s+along\b|\bat\s+the\s+time\b"
)


ADVERSE_FOUND = _rx(
    r"\b(?:found|finds|identified|identifies|observed|uncovered|documented|detected|revealed"
    r"|established(?=\s+that)|recorded|raised|issued|cited|flagged|confirmed|substantiated|learned"
    r"|learnt"
    r"|heard"
    r"|discovered|determined|showed|shows|traced|noted|described|reported|said|told|calculated"
    r"|ruled|finds\s+that|concluded"
    # present tense only after the work that reports ("documents" is more often a noun)
    r"|(?:report|study|audit|assessment|investigation|review|survey)\s+"
    r"(?:documents|records|notes|reveals|identifies)"
    r"|(?:has|have|had)\s+(?:found|identified|observed|uncovered|documented|detected|recorded"
    r"|raised|issued|confirmed|discovered|established(?=\s+that)))\b"
    r"|^\s*[\"“]?(?:finding\s+\d+|non[- ]?conformity|NC[- ]?\d+|summary\s+of\s+findings"
    r"|findings\s+table|auditors[’']\s+note)\b"
    r"|\b(?:were|was|are|is)\s+(?:found|confirmed|identified|observed|documented|recorded|seen"
    r"|discovered|spotted)\b"
    rf"|\b(?:{de.ADVERSE_FOUND})\b"
)


ADVERSE_COUNT = _rx(
    r"\b(?:\d[\d,]*\s*%?|all|most|many|some|several|half|two[- ]thirds|a\s+third|a\s+majority"
    r"|the\s+majority|one\s+in\s+\w+|twelve|\w+ty)\s+(?:\(\d+\s*%\)\s+)?"
    r"(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?(?:\w+\s+){0,3}?"
    rf"(?:{WORKERS}|women|men|families)\b"
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
    r"|(?:workers|they|employees|he|she)\s+(?:\w+\s+)?(?:held|hold|kept|keep|had|have)\s+"
    r"(?:their|his|her)\s+(?:passports?|documents|identity\s+(?:documents?|cards?)|ID\s+cards?)"
    r"|a\s+copy\s+of\s+(?:their|the|his|her)\s+contracts?|reimbursed|repaid|full\s+repayment"
    r"|free\s+to\s+(?:leave|resign|quit|move|go)|allowed\s+to\s+(?:leave|resign|quit|go)"
    r"|able\s+to\s+(?:leave|resign|quit|go)|paid\s+(?:in\s+full|on\s+time)"
    r"|received\s+(?:their\s+)?(?:full\s+)?(?:[\w-]+\s+)?(?:wages?|pay|repayment|gratuit(?:y|ies)"
    r"|severance|overtime(?:\s+pay)?|bonus(?:es)?)"
    r"|(?:on\s+a\s+voluntary\s+basis|voluntarily|of\s+their\s+own\s+(?:free\s+)?(?:will|accord)))"
)


#: A violation named as a risk ("forced labour risks"), not as something found.
RISK_AFTER = re.compile(r"\s+(?:risks?|exposure|hotspots?)\b", re.IGNORECASE)
#: A violation under "any" or named as potential: a procedure or a hypothesis, not a finding.
HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:any|potential|possible|suspected|suspicions?\s+of|alleged)\s+(?:[\w’'-]+\s+){0,5}$"
    # "oversees reported violations": a participle used as an adjective names a category
    r"|\b(?:the|all|any|of|oversee\w*|track\w*|review\w*|investigat\w*|handl\w*|manag\w*)\s+"
    r"(?:reported|suspected|alleged|potential)\s+$"
    # "if a violation is reported", "whenever forced labour is discovered": a procedure
    r"|\b(?:if|whenever|in\s+case|in\s+the\s+event)\b[^,;.:]{0,60}$"
    # "measures taken to eliminate the use of forced labour": a purpose, not a finding
    r"|\b(?:eliminate|prevent|combat|tackle|eradicate|avoid|mitigate)\s+"
    r"(?:the\s+)?(?:use\s+of\s+|risks?\s+of\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:or|and)\s+)?$"
    # "obligations relating to forced labour legislation", "training on child labour": a topic
    r"|\b(?:training|guidance|polic(?:y|ies)|procedures?|awareness|relating\s+to|related\s+to"
    r"|regarding|concerning)\s+(?:on\s+)?(?:[\w’'-]+\s+){0,6}?$",
    re.IGNORECASE,
)


#: Abuse found by the authorities as an event: a raid, a rescue, workers freed or removed.
DISCOVERY = _rx(
    r"\b(?:raid(?:s|ed)?|rescu(?:e|es|ed)|freed|liberated"
    r"|(?:police|officers|inspectors|authorities)\s+(?:\w+\s+)?(?:removed|freed|rescued"
    r"|arrested|detained|raided))\b"
)


#: A violation noun naming a kind of document: "loan records", "debt registers", "fee receipts".
RECORD_AFTER = re.compile(
    r"\s+(?:records?|registers?|ledgers?|files|receipts|agreements?|logs|documents|books"
    r"|schedules|statements)\b",
    re.IGNORECASE,
)
