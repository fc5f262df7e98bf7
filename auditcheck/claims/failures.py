"""Word classes for failure accounts: someone says an audit missed abuse, was not done as
claimed, was staged or coached, or was followed by abuse found later. Violations (what went
wrong at the site) have their own module, ``violations``."""

from __future__ import annotations

from ..text import cached_re as re
from .base import WORKERS
from .base import rx as _rx

#: Someone reports that an audit failed: it missed abuse, was not done as claimed, or was staged.
FAILURE = _rx(
    r"\b(?:missed|overlooked|fail(?:ed|s)?\s+to\s+"
    r"(?:detect|find|identify|notice|record|report|uncover|spot|mention|see|address|note|flag"
    r"|document|disclose|reveal|capture|register)"
    # "ignored professional auditing standards", "ignored the warning signs"
    r"|ignored\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:standards|warnings?|warning\s+signs|evidence"
    r"|complaints|signs|red\s+flags|cracks)"
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
    # a conclusion its own evidence contradicts: "the audit's own findings do not support it"
    r"|(?:pages|evidence|findings|summary|records|data|facts|observations|annex(?:es)?)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:do|does|did)\s*(?:not|n[o’']t)\s+(?:support|bear\s+out|justify)\b"
    # access the method did not have: "were unable to visit the dormitories"
    # (not the workers' own reach: "accounts they could not access")
    r"|(?<!\bthey\s)(?<!\bworkers\s)(?:(?:was|were)\s+(?:not\s+able|unable)\s+to|could\s*(?:not|n[o’']t))\s+(?:visit|enter"
    r"|interview|speak|talk|meet|access|reach|inspect|see)\b"
    r"|set\s+foot|could\s*n[o’']t\s+have\s+(?:detected|found|seen|uncovered|identified|revealed"
    r"|caught|picked\s+up)"
    r"|could\s+not\s+have\s+(?:detected|found|seen|uncovered|identified|revealed|caught|picked\s+up"
    r"|observed|witnessed|heard|known)"
    # staged: "those audits were theatre", "a showcase factory", "supervisors chose who would be
    # interviewed"
    r"|(?:audits?|inspections?|visits?|certification)\s+(?:was|were|is|are)\s+(?:just\s+|pure\s+|"
    r"a\s+|an?\s+exercise\s+in\s+)?(?:theatre|theater|charade|sham|farce|window[- ]dressing"
    r"|box[- ]ticking)"
    r"|showcase\s+(?:factory|site|unit|farm|plant|mill|facility)"
    r"|(?:supervisors?|managers?|management|the\s+employer|the\s+company|the\s+factory"
    r"|the\s+(?:labou?r\s+)?(?:contractor|agent|broker|recruiter|supplier|site))\s+"
    r"(?:chose|selected|picked|decided)\s+(?:who|which\s+(?:workers|employees|pickers))\s+"
    r"(?:would\s+be|were|was|could\s+be)\s+interviewed"
    # the interviews in an interested party's hands: "interviews had been scheduled by the labour
    # contractor", "interviews were arranged by the factory's HR office"
    r"|interviews\s+(?:[\w-]+\s+){0,4}?(?:had\s+been|have\s+been|were|was)\s+(?:scheduled|arranged"
    r"|organi[sz]ed|set\s+up|selected)\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:contractor|agent"
    r"|broker|recruiter|supplier|management|managers?|employer|factory|company|site|HR)"
    # a past audit judged unreliable: "the February audit cannot be relied on"
    r"|\b(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:audit|certification|verification"
    r"|assessment|inspection)(?:[’']s)?(?:\s+report)?\s+(?:[\w-]+\s+){0,5}?(?:cannot|can\s*not"
    r"|could\s*not|should\s+not)\s+be\s+relied\s+(?:on|upon)"
    # an oversight body's review of the audits found fault with them: "a review of the audit
    # reports identified areas of concern"; the body that did them lost its accreditation
    r"|\breview\w*\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?audit(?:s|\s+reports?)\b"
    r"(?:(?!\b(?:not|never|no)\b)[^.;]){0,60}?\b(?:identif\w+|found|finding|reveal\w+|uncover\w+"
    r"|highlight\w+)\s+(?!(?:no|none|nothing|any)\b)(?:[\w-]+\s+){0,2}?(?:areas?\s+of\s+concern|concerns|shortcomings|deficienc\w+|weaknesses|flaws|gaps"
    r"|irregularities|errors)"
    r"|\b(?:CBs?|certification\s+bod(?:y|ies)|auditors?|audit\s+firms?|certifiers?)\s+(?:that|which"
    r"|who)\s+(?:conducted|carried\s+out|performed|did)\b[^.;]{0,80}?\b(?:is|was|are|were)\s+no"
    r"\s+longer\s+accredited"
    # what the report records did not happen: "interviews ... could not have taken place as
    # described"
    r"|(?:could|can)\s*(?:not|n[o’']t)\s+have\s+(?:taken\s+place|happened|been\s+(?:held|conducted"
    r"|done|carried\s+out))\s+as\s+(?:described|recorded|reported|claimed|stated)"
    r"|not\s+capable\s+of\s+detecting"
    # unable to detect as it was done: "could not detect debt bondage as it was carried out"
    # (a plain "could not detect any sign of forced labour" is an assessor's clean finding)
    r"|(?:could\s*(?:not|n[o’']t)|can\s*(?:not|n[o’']t)|(?:was|were|is|are)\s+(?:not\s+able|unable)"
    r"\s+to)\s+(?:have\s+)?(?:detect\w*|find|found|identif\w+|uncover\w*)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:as\s+it\s+was\s+(?:carried\s+out|conducted|designed|done|run)|by\s+(?:its\s+)?design"
    r"|the\s+way\s+it\s+was\s+(?:done|conducted|carried\s+out))"
    r"|not\s+one\s+of\s+(?:them|the\s+\w+)\s+(?:recorded|detected|found|noted)"
    # "sold as certified" is the account; "may not be sold as certified" the sanction after one
    r"|(?:helped|help)\s+(?:to\s+)?hide|(?<!not\sbe\s)(?<!longer\sbe\s)sold\s+(?:to\s+\w+\s+)?as"
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
    # abuse removed from view before the check: "had already dismissed the child workers before
    # the auditors arrived"
    r"|(?:dismissed|removed|hid|hidden|sent|moved|fired)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:workers|children|minors|students|girls|boys|recruits|migrants)\s+"
    r"(?:[\w’'-]+\s+){0,3}?before\s+(?:the\s+)?(?:[\w’'-]+\s+)?(?:auditors?|audits?"
    r"|inspections?|inspectors?|visits?|assessors?)"
    r"|(?:makes?|made|making)\s+no\s+(?:mention|reference)\s+(?:of|to)"
    r"|stands?\s+in\s+(?:stark\s+|sharp\s+)?contrast\s+(?:to|with)"
    r"|(?:included|involved|contained|had)\s+no\s+(?:\w+\s+)?interviews?"
    r"|without\s+(?:a\s+single|any|one)\s+(?:worker\s+|employee\s+|private\s+)?interviews?"
    # a visit shorter than the work needs, or set up by the site: "lasted under three hours",
    # "arranged by the factory's own manager"
    r"|lasted\s+(?:(?:less\s+than|under|barely|just|only)\s+)(?:an?|one|two|three|four|\d+)\s+hours?"
    r"|(?:arranged|organi[sz]ed|scheduled|booked)\s+by\s+(?:the\s+)?(?:factory|site|supplier"
    r"|employer|plant|mill|farm|management)(?:[’']s\s+own)?\b"
    r"|did\s*(?:not|n[o’']t)\s+pick\s+up|fail(?:ed|s)?\s+to\s+pick\s+up"
    r"|copied\s+from\s+(?:a\s+|the\s+)?template|identical\s+wording"
    r"|prepared\s+(?:for|ahead\s+of|before)\s+(?:our|the|its)\s+(?:visit|audit|inspection)"
    r"|should\s+not\s+have\s+been\s+(?:issued|given|granted|signed|published)"
    r"|designed\s+to\s+protect\s+(?:the\s+)?(?:brands?|buyers?|compan(?:y|ies)|reputations?)"
    r"|covered\s+only\b"
    r"|(?:completed|done|carried\s+out|conducted)\s+in\s+(?:a\s+single|one|half\s+a)\s+(?:day|morning"
    r"|afternoon|hour)"
    # the workforce away during the visit: "an audit carried out while the harvest workforce ... was
    # absent"
    r"|(?:carried\s+out|conducted|done|held)\s+(?:while|when)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:workforce|workers|migrants|crew|pickers|harvesters)\b[^.;]{0,100}?\b(?:was|were)\s+"
    r"(?:absent|away|not\s+(?:there|present|on\s+site)|on\s+leave)"
    # interviews within management's hearing, whatever the verb: "interviewed workers in the
    # manager's office, within earshot of supervisors"
    r"|within\s+(?:\w+\s+)?earshot\s+of\s+(?:the\s+|their\s+)?(?:supervisors?|managers?"
    r"|management|HR|foremen|officials)"
    r"|no\s+(?:single\s+)?(?:worker|employee|one)\s+(?:dared|would\s+dare|felt\s+(?:safe|free))"
    # the assessor tied to the audited party: "a firm whose founder sits on the supplier's board"
    r"|(?:sits?|sat|serves?|served)\s+on\s+(?:the\s+)?(?:supplier|company|factory|site|client"
    r"|brand|mill|plantation)(?:[’']s)?\s+board"
    r"|so-called\s+(?:independent|third[- ]party)"
    # notice of the visit: "received notice of each audit at least a week beforehand"
    r"|(?:received|given|had|got)\s+(?:advance\s+)?notice\s+of\s+(?:\w+\s+){0,6}?"
    r"(?:in\s+advance|ahead|beforehand)"
    # records made up for the visit: "handed pre-filled timesheets and told to sign them"
    r"|(?:pre-?filled|pre-?written|ready-made|pre-?completed)\s+(?:\w+\s+)?(?:timesheets?"
    r"|time\s+cards|records|forms|answers|payslips|questionnaires)"
    # none of them recorded what the sentence presupposes: "found that none recorded the debt
    # bondage which labour inspectors documented"
    r"|(?:none|neither|not\s+one)\s+(?:of\s+(?:them|these|those)\s+)?(?:had\s+)?"
    r"(?:recorded|mentioned|detected|flagged|noted|reported|picked\s+up|identified|found)\s+"
    r"(?:the|these|those)\s+(?:[\w’'-]+\s+){1,6}?(?:which|that)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:documented|found|described|reported|recorded|uncovered|identified)"
    r"|did\s+not\s+take\s+place|(?:nobody|no\s+one)\s+from\s+the\s+(?:audit\w*|certifier|firm)"
    r"|not\s+one\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:audits|inspections|assessments|visits)\s+"
    r"(?:\w+\s+){0,3}?(?:detected|recorded|found|noted|mentioned|picked\s+up)"
    r"|ticked"
    r"|(?:speak|speaks|spoke|talk|talked)\s+only\s+(?:with|to)"
    r"|as\s+a\s+group,?\s+for\s+(?:\w+\s+){0,2}?minutes"
    r"|(?:renew(?:ed|al|ing)?|certified|issued|passed|signed\s+off)\b[^.;]{0,80}?\b"
    r"(?:despite|without\s+(?:re-?)?(?:speaking|visiting|interviewing|talking))"
    r"|(?:signed|written|dated|issued|drafted)\s+(?:\w+\s+){0,2}?before\s+"
    r"(?:the\s+(?:site\s+|factory\s+|field\s+)?visit|a\s+single|any|the\s+audit)|told\s+to\s+hide"
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
    # "announced a week in advance" ("had not been announced in advance" is the opposite)
    r"|(?<!not\sbeen\s)(?<!never\sbeen\s)(?<!not\s)announced\s+(?:\w+\s+){0,3}?"
    r"(?:ahead|beforehand|in\s+advance)"
    r"|(?:certified|renewed|passed|approved|cleared)\s+[^.;]{0,60}?\bwithout\s+(?:ever\s+)?"
    r"(?:inspecting|checking|examining|asking|looking|entering|seeing|reviewing)"
    r"|(?:leaves?|left)\s+out\s+(?:what|that|the)"
    r"|interpreters?\s+(?:\w+\s+){0,4}?(?:(?:was|were)\s+)?(?:supplied|provided|chosen|brought|sent"
    r"|employed|paid|selected)\s+by"
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
    # workers sent elsewhere when the auditors come: "before every audit the contractor sent the
    # youngest workers to a second shed", "whenever auditors were expected, the agency moved ..."
    r"|(?:before|ahead\s+of|during|whenever|when)\s+(?:each\s+|every\s+|an?\s+|the\s+)?"
    r"(?:audits?|auditors?|inspections?|inspectors?|assessors?)\b[^.;]{0,60}?\b(?:moved|sent"
    r"|transferred|took|hid|removed|shifted)\s+(?:\w+\s+){0,5}?(?:workers|employees|children"
    r"|minors|migrants|pickers|labourers|laborers)\s+(?:\w+\s+){0,3}?(?:to|into|out)\b"
    r"|(?:moved|sent|transferred|hid|shifted)\s+(?:\w+\s+){0,5}?(?:workers|employees|children"
    r"|minors|migrants|pickers)\s+(?:\w+\s+){0,2}?to\s+(?:an?(?:other)?|the\s+other|a\s+second"
    r"|a\s+neighbouring|a\s+nearby)\b[^.;]{0,40}?\b(?:before|when|whenever|while|during)\s+"
    r"(?:each\s+|every\s+|an?\s+|the\s+)?(?:audits?|auditors?|inspections?|inspectors?|visits?)"
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
    r"|interview(?:s|ed|ing)?\s+(?:\w+\s+){0,6}?in\s+(?:the\s+)?(?:\w+\s+)?(?:manager|management|HR"
    r"|boss|supervisor|director)(?:[’']s)?\s+office"
    r"|interviews?\s+(?:\w+\s+){0,10}?with\s+(?:\w+\s+){0,2}?(?:managers?|supervisors?|HR"
    r"|foremen|cadres|officials)\s+(?:present|watching|listening|in\s+the\s+room)"
    # the workers' side of it: '"Nobody asked us anything," a packer said of the audit'
    r"|(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:asked|spoke\s+to|talked\s+to|interviewed)\s+"
    r"(?:us|me|them|any\s+of\s+us)\b"
    # what the audit says nothing of: "nowhere in the audit report is there any mention of ..."
    r"|nowhere\s+in\s+(?:the|its|their|that)\s+(?:[\w-]+\s+){0,3}?(?:audit|report|summary"
    r"|certificate|assessment)\w*\s+(?:is\s+there\s+(?:any\s+)?mention|(?:does|do|did)\s+it"
    r"\s+mention|(?:is|are|was|were)\s+(?:\w+\s+){0,6}?mentioned)"
    # kept from the workers by the site: "could not interview the agency workers, as management
    # would not give us their addresses"
    r"|(?:could\s+not|(?:was|were)\s+(?:unable|not\s+able)\s+to)\s+(?:interview|speak\s+(?:to|with)"
    r"|meet|visit|reach|access)\b[^.;]{0,80}?\b(?:as|because|since)\s+(?:the\s+)?(?:management"
    r"|managers?|site|factory|company|employer|owner)\s+(?:did\s+not|would\s+not|refused|declined"
    r"|could\s+not)"
    # an audit said spoiled, passed without its part done, or never done at all
    r"|(?:audits?|assessments?|interviews?|inspections?)\s+(?:\w+\s+){0,3}?(?:compromised|undermined"
    r"|tainted)\s+by\b"
    r"|signed\s+off\s+without\b"
    r"|(?:audits?|inspections?|visits?)\s+(?:that|which)\s+(?:were|was|had)\s+never\s+(?:been\s+)?"
    r"(?:conducted|carried\s+out|done|held|made)|(?:audits?|inspections?|visits?)\s+(?:that|which)?"
    r"\s*never\s+took\s+place"
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
    r"(?:say|lie|answer|tell|hide|pretend)|rehears\w+|what\s+to\s+say"
    r"|(?:teach|teaches|taught)\s+(?:us|them|the\s+workers)\s+(?:the\s+)?answers?)\b"
)


#: Something the audit is about: an audit, its auditors, its certificate or its report.
AUDIT_REF = _rx(
    r"\b(?:audit(?:s|ors?|ing|ed)?|certif(?:icate|ication|ier|iers|ied)s?|verifi(?:er|cation)s?"
    r"|social\s+compliance|inspections?|inspectors?|assessments?|assessors?|desk\s+review"
    r"|interview(?:s|ed)?|site\s+visits?|monitoring\s+(?:of|visits?|reports?|teams?)"
    r"|visits?\s+(?:was|were)\s+(?:pre-?)?(?:announced|scheduled|arranged|planned|notified)"
    r"|(?:the|this|that)\s+(?:site\s+|audit\s+|monitoring\s+)?visits?\s+(?:was|were)"
    r"|(?:audit|assessment|verification|assurance)\s+(?:report|firm|team|statement|provider)"
    r"|report\s+(?:says|lists|states)"
    # a check after a complaint: "the follow-up conducted by the brand", "the follow-up visit"
    r"|follow[- ]ups?\s+(?:visits?|checks?|conducted|carried|by|did|was|were))\b"
)


#: A later time or another finder: what sets a discovery apart from the audit's own result.
_LATER_OR_OTHER = (
    r"\b(?:weeks?|months?|days?|a\s+month|shortly|soon|years?)\s+(?:after|before|later)\b"
    r"|\b(?:later|subsequently|afterwards|since\s+then)\b"
    r"|\b(?:police|inspectors?|inspectorate|ministry|raid(?:ed)?|rescued|detained|fire|prosecutor"
    r"|court|tribunal|customs)\b"
)
LATER_OR_OTHER = _rx(_LATER_OR_OTHER)
#: Later discovery of abuse set against an audit: the contrast that makes a failure account.
LATER_CONTRAST = _rx(
    _LATER_OR_OTHER
    + r"|\b(?:despite|though|although|even\s+though|while|whereas|yet|but|nevertheless"
    r"|nonetheless)\b"
    # "gathered evidence of forced-labour indicators and then concluded there was none"
    r"|\band\s+then\s+(?:\w+\s+)?(?:concluded|found|rated|certified|passed|declared|stated)\b"
    r"|\bwithin\s+(?:a|one|two|three|four|six|\w+)\s+(?:weeks?|months?|days?)\s+of\b"
    r"|;\s*(?:every|all|most|the)\s+(?:\w+\s+)?(?:worker|workers)"
    # another finder after a semicolon: "reported no serious issues; the Ledger found that ..."
    r"|;\s*(?:but\s+|however,?\s+)?(?:the\s+|our\s+|a\s+)?(?:[\w’'-]+\s+){1,3}?"
    r"(?:found|discovered|documented|established|photographed|learned|learnt)\s+that\b"
    r"|\b(?:for|during|in|throughout)\s+(?:all\s+)?(?:those|the\s+same|that\s+same|that|this)\s+"
    r"(?:\w+\s+)?(?:years?|months?|period|time|season)\b|\bat\s+the\s+same\s+time\b|\bmeanwhile\b"
    r"|\ball\s+along\b|\bat\s+the\s+time\b"
)


#: Abuse found by the authorities as an event: a raid, a rescue, workers freed or removed.
DISCOVERY = _rx(
    r"\b(?:raid(?:s|ed)?|rescu(?:e|es|ed)|freed|liberated"
    r"|(?:police|officers|inspectors|authorities)\s+(?:\w+\s+)?(?:removed|freed|rescued"
    r"|arrested|detained|raided))\b"
)


_LATER = re.compile(
    r"\b(?:later|afterwards|subsequently|weeks?\s+after|months?\s+after|days?\s+after"
    r"|police|raid(?:ed|s)?|rescued|arrested|inspectors?\s+(?:found|removed|discovered)"
    r"|within\s+(?:a|one|two|three|\w+)\s+(?:weeks?|months?))\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:renewed|passed|certified|cleared|rated|signed\s+off|issued|granted"
    r"|no\s+(?:findings|non[- ]?conformit\w+|issues))\b",
    re.IGNORECASE,
)


def outcome_then_discovery(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    """An audit's clean outcome in the sentence before, abuse found 'later' in this one."""
    if start - previous[1] > 3:
        return False
    before = text[previous[0] : previous[1]]
    return bool(
        AUDIT_REF.search(before) and _OUTCOME.search(before) and _LATER.search(text[start:end])
    )
