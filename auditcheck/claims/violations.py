"""Word classes for violations: what went wrong at a site, found (adverse findings) or denied
(rights). Failure accounts, which say an audit missed abuse, have their own module, ``failures``."""

from __future__ import annotations

from ..text import cached_re as re
from . import german as de
from .base import WORKERS
from .base import rx as _rx

#: A worker's identity and travel papers, which an employer holds to stop them leaving.
_PAPERS = (
    r"passports?|identity\s+(?:documents?|cards?|papers)|ID\s+(?:cards?|documents?)|bank\s+cards?"
    r"|(?:work|residence)\s+permits?|residence\s+cards?|seam[ae]n[’']?s\s+books?"
    r"|seafarers?[’']?s?\s+(?:books?|identity\s+documents?)|discharge\s+books?"
)

VIOLATION_NOUN = (
    r"(?:(?:recruitment|placement|agency|agent|broker(?:age)?|job|visa|processing|service|hiring"
    r"|registration|contractor)\s+"
    r"(?:fees?|costs|debts?)|fees?\s+(?:paid|charged)|debt\s+bondage|bonded(?:\s+labou?r)?|debts?"
    r"|loans?"
    r"|(?:forced|compulsory|involuntary|prison|unpaid)[\s-]+(?:labou?r|work|overtime)"
    # breaches of a labour code counted as such: "noncompliances were found"
    r"|non-?complian(?:ces|ce\s+(?:findings|issues|cases))|non-?conformities"
    # the same as a verb: "no evidence that workers were forced to work"
    r"|(?:forced|compelled)\s+to\s+(?:work|labou?r|toil|stay|remain)"
    # fees that workers paid, however the fee is named; not what an audit or a licence costs
    r"|(?:paying|paid)\s+(?:(?!audit|certification|licen[cs]e|membership|legal|school|tuition)"
    r"[\w’'-]+\s+){0,2}?fees"
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
    rf"(?:{_PAPERS}|wages?|pay|salar(?:y|ies)|premiums?|bonus(?:es)?|allowances?|supplements?"
    r"|documents|contracts?|phones?|deposits?|visas?)"
    # papers handed to whoever holds them: "had handed their passports to the intermediary"
    rf"|(?:handed(?:\s+over)?|gave\s+up)\s+(?:their\s+|his\s+|her\s+|the\s+)?(?:{_PAPERS})"
    # the same, named before what is done to them: "work permits were being retained"
    rf"|(?:{_PAPERS}|wages?|pay|salar(?:y|ies)|premiums?|bonus(?:es)?|allowances?)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:locked|kept|held|retained|confiscated|withheld)"
    # the act named as a noun after what is taken: "passport retention", "ID card confiscation"
    r"|(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|document|wage)\s+"
    r"(?:retention|confiscation|withholding|holding)"
    # "not allowed to keep their phones": the worker is denied what is theirs
    r"|not\s+(?:allowed|permitted)\s+to\s+(?:keep|hold|have|carry)\s+(?:their\s+|his\s+|her\s+)?"
    r"(?:own\s+)?(?:phones?|passports?|identity\s+documents?|ID\s+cards?|documents)"
    # documents where only the employer can reach them: "passports ... in the manager's safe"
    r"|(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|bank\s+cards?)\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?:in|inside)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:safe|drawer|cabinet|locker|strongbox)"
    r"|(?:wage|pay)\s+(?:withholding|deductions?|theft|arrears)|deductions?|deposits?|forfeit\w*"
    # workers paying whoever placed them: "had paid intermediaries for transport and a bed"
    r"|(?<!not\s)(?<!never\s)paid\s+(?:\w+\s+){0,2}?(?:intermediaries|brokers?|agents|recruiters"
    r"|sub-?agents|middlemen)\b"
    r"|lock(?:ed|ing|s)?\s+(?:the\s+)?(?:gates?|doors?|dormitor(?:y|ies)|compound)"
    # money taken for the job itself, however it is named: "charged each worker 1.2 million kyat
    # for jobs at the cannery"; charges for what the employer must provide
    r"|charg(?:ed|ing)\s+(?:each\s+|every\s+|the\s+)?(?:workers?|recruits?|migrants?|them|him|her)\s+"
    r"(?:\S+\s+){1,8}?for\s+(?:their\s+|the\s+|a\s+)?(?:jobs?|placements?|positions?"
    r"|recruitment|work\s+permits?)"
    r"|(?:were|was|being|had\s+been)\s+(?:being\s+)?charged\s+for\s+(?:their\s+|the\s+)?"
    r"(?:accommodation|housing|transport\w*|travel|beds?|uniforms?|equipment|tools|visas?)"
    r"|held\s+in\s+bondage|in\s+(?:debt\s+)?bondage"
    # wages held back until a contract ends: "a lump-sum payment only on completion"
    r"|(?:lump[- ]sum|deferred)\s+(?:payments?|wages?|pay)|withheld\s+sums"
    # "deducted the cost of boots and visas from the first four months' wages"
    r"|deducted\s+(?:[\w’'-]+\s+){0,8}?from\s+(?:[\w’'-]+\s+){0,4}?(?:wages?|pay|salar(?:y|ies))"
    # pay under the legal floor; leave only by permission: "paid below the minimum wage",
    # "needed a manager's written permission to leave the dormitory"
    r"|paid\s+(?:\w+\s+)?below\s+(?:the\s+)?(?:legal\s+|statutory\s+|national\s+)?minimum"
    # work without the papers that protect it; the young at night: "refugees working without
    # contracts", "workers aged 16 and 17 were working night shifts"
    r"|working\s+without\s+(?:written\s+|any\s+)?(?:contracts?|social\s+security|permits?)"
    r"|aged\s+1[3-7](?:\s+(?:and|or|to)\s+1[3-7])?\b[^.;]{0,40}?\b(?:night\s+shifts?|at\s+night"
    r"|overtime|hazardous)"
    r"|(?:needed|needs|need|required|requires|require)\s+(?:[\w’'-]+\s+){0,4}?permission"
    r"\s+(?:slips?\s+)?to\s+leave"
    # debts that bind: "bound by advances they had no means of repaying"
    r"|bound\s+(?:\w+\s+){0,2}?by\s+(?:\w+\s+){0,2}?(?:advances|debts?|loans)"
    # "were not paid" is wages withheld; "had not paid fees" is a worker who paid nothing
    r"|unpaid(?:\s+wages)?|not\s+(?:been\s+)?paid(?!\s+(?:any\s+)?(?:recruitment\s+)?fees)"
    # "had been paid nothing for six weeks": wages, passive
    r"|(?:been|were|was|got)\s+paid\s+nothing\s+(?:for|in|since|during)\b"
    r"|paid\s+(?:\w+\s+){0,4}?late|underpa\w+"
    r"|unlawful\w*|illegal\w*"
    r"|restrict\w*\s+(?:on\s+|of\s+)?(?:\w+\s+){0,2}?(?:movement|leav(?:e|ing)|freedom)"
    # a fee for the job itself, however it is named: "paying a fee to obtain the job"
    r"|fees?\s+(?:to\s+(?:get|obtain|secure|land)\s+|for\s+)(?:(?:the|their|a|his|her)\s+)?"
    r"(?:jobs?|work|positions?|employment|placements?)"
    r"|not\s+(?:allowed|permitted|free)\s+to\s+(?:leave|resign|quit|go)"
    # work made compulsory, pay docked: "overtime at the plant was compulsory"
    r"|(?:overtime|labou?r|shifts)\s+(?:[\w’'-]+\s+){0,4}?(?:was|were|is|are)\s+(?:\w+\s+)?"
    r"(?:compulsory|mandatory|obligatory|involuntary)"
    r"|docked\s+(?:[\w’'-]+\s+){0,3}?(?:pay|wages?|salar(?:y|ies))"
    r"|labou?r\s+exploitation|exploited\s+(?:\w+\s+)?(?:workers|labou?r)|(?:were|was)\s+exploited"
    r"|(?:debt\s+)?servitude|conditions\s+analogous\s+to\s+slavery"
    # wages out of the worker's reach: "paid into bank accounts controlled by a third party"
    r"|accounts\s+(?:\w+\s+){0,2}?(?:controlled|held|operated|managed)\s+by\s+(?:a\s+third\s+party"
    r"|the\s+(?:agent|agency|employer|broker|supervisor|recruiter))"
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
    # over a ceiling or in breach of a floor; "at or above the statutory minimum" is a wage paid
    r"|(?:above|exceed\w*|beyond)\s+(?:the\s+)?(?:legal|statutory)\s+(?:limit|maximum)"
    r"|(?:in\s+breach\s+of|contrary\s+to)\s+(?:the\s+)?(?:legal|statutory)\s+(?:limit|maximum"
    r"|minimum)"
    # pay under the floor: "paid JPY 700 an hour, far below the regional minimum wage"
    r"|(?:(?:well|far|way|just)\s+)?(?:below|under|less\s+than)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:legal\s+|statutory\s+)?minimum(?:\s+wages?)?"
    r"|resignation\s+letters|substitut\w+\s+contracts?"
    # a remedy refused: "refused to return workers' passports", "would not repay the fees"
    r"|(?:(?:refus\w+|declined|failed)\s+to|would\s+not|will\s+not)\s+"
    r"(?:return|repay|reimburse|hand\s+back|give\s+back)"
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:passports?|documents|fees|wages|deposits|ID\s+cards?)"
    r"|contracts?\s+(?:\w+\s+){0,3}?(?:switched|substituted|replaced|swapped)"
    r"|promised\s+(?:\w+\s+){0,3}?(?:wage|pay|salary)"
    r"|(?:forced[- ]labou?r\s+)?indicators?(?:\s+of\s+forced\s+labou?r)?\s+(?:were\s+|was\s+)?pre"
    r"sent|indicators?\s+of\s+forced\s+labou?r"
    r"|(?:(?:major|minor|critical)\s+)?non[- ]?conform(?:ity|ities|ance|ances)|\bNCs?\b"
    r"|violat\w+|breach\w*|failed\s+to\s+(?:pay|meet|provide|comply|respect)|child\s+labou?r"
    r"|(?:children|minors)\s+(?:(?:as\s+young\s+as|under|aged|below)\s+(?:the\s+age\s+of\s+)?"
    r"\d+\s+)?(?:working|employed|at\s+work)"
    r"|underage|(?:labou?r\s+)?transfer(?:red)?\s+(?:workers|programme|program|quota|scheme)"
    r"|(?:children|minors|under-?age\s+workers)\s+(?:[\w’'-]+\s+){0,3}?(?:were|was)\s+"
    r"(?:working|employed|found\s+working)"
    r"|child(?:ren)?\s+(?:workers?|labou?rers)|(?:children|girls|boys|workers)\s+(?:aged\s+(?:as\s+)?"
    r"|as\s+young\s+as\s+)(?:1[0-5]|[5-9]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b"
    r"|(?:workers|employees|girls|boys)\s+(?:under|below|younger\s+than)\s+(?:the\s+age\s+of\s+)?"
    r"1[0-8]\b"
    r"|surplus\s+labou?r"
    # documents in someone else's hands: "passports in the possession of their employer"
    r"|(?:passports?|identity\s+(?:documents?|cards?)|ID\s+cards?|work\s+permits?)\s+"
    r"(?:[\w’'-]+\s+){0,3}?in\s+the\s+(?:possession|custody|hands|safe)\s+of\s+(?:the\s+|their\s+)?"
    r"(?:employer|company|management|agent|broker|supervisor|factory|HR|contractor)"
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
    r"|salar(?:y|ies)|premiums?|bonus(?:es)?|allowances?|fees?|deposits?|documents)\b[^.;]{0,60}?"
    r"\b(?:were|was|had\s+been|have\s+been|are|is)\s+(?:being\s+)?"
    r"(?:routinely\s+|systematically\s+)?"
    r"(?:retained|confiscated|withheld|kept|held|charged|deducted|taken|collected|levied|locked)"
    r"\b"
    r"|\b(?:wages?|salar(?:y|ies)|pay)\b[^.;]{0,40}?\b(?:had|have|has)\s+not\s+been\s+paid\b"
    # the site as the doer, in the past tense: "The factory confiscated workers' passports on
    # arrival", "the agency charged six workers recruitment fees"
    r"|\b(?:employers?|factory|factories|plant|mill|agency|agencies|agents?|brokers?|recruiters?"
    r"|company|supplier|site|management|managers?|supervisors?|farm|contractor|subcontractor"
    r"|owner)\s+(?:had\s+)?(?:routinely\s+|systematically\s+|also\s+)?"
    r"(?:retained|confiscated|withheld|kept|held|charged|threatened|locked|fined|underpaid)\b"
)


ADVERSE_FOUND = _rx(
    r"\b(?:found|finds|identified|identifies|observed|uncovered|documented|detected|revealed"
    r"|established(?=\s+that)|recorded|raised|issued|cited|flagged|confirmed|substantiated|learned"
    r"|learnt"
    r"|heard"
    r"|discovered|determined|showed|shows|traced|noted|described|reported|said|told|calculated"
    # "detailed 61 violations" (not "a detailed analysis", "further detailed in the code")
    r"|detailed(?=\s+(?:\d|some|several|dozens|hundreds|numerous|multiple))"
    r"|ruled|finds\s+that|concluded|after\s+finding|finding\s+that"
    # present tense only after the work that reports ("documents" is more often a noun)
    r"|(?:report|study|audit|assessment|investigation|review|survey)\s+"
    r"(?:documents|records|notes|reveals|identifies)"
    # a headline's present tense after whoever assessed: "..., federal investigators find"
    r"|(?:investigators|inspectors|inspectorate|auditors|assessors|monitors|regulators)\s+find"
    r"|(?:has|have|had)\s+(?:found|identified|observed|uncovered|documented|detected|recorded"
    r"|raised|issued|confirmed|discovered|detailed|established(?=\s+that)))\b"
    r"|^\s*[\"“]?(?:finding\s+\d+|non[- ]?conformity|NC[- ]?\d+|summary\s+of\s+findings"
    r"|findings\s+table|auditors[’']\s+note)\b"
    # a count of what was raised: "Forced labour: 1 major NC (wage deductions ...)"
    r"|\b[1-9]\d*\s+(?:(?:major|minor|critical|serious)\s+)?(?:NCs?|non[- ]?conform(?:ity|ities"
    r"|ance|ances)|findings)\b"
    # "Forced labour non-conformities: 3", "had at least one open non-conformity", "did confirm"
    r"|\b(?:non[- ]?conform(?:ity|ities)|NCs?|findings|violations|cases)\s*:\s*[1-9]\d*\b"
    r"|\bhad\s+at\s+least\s+one\b"
    r"|\bdid\s+(?:confirm|find|identify|establish|uncover|record|document|note|observe)\b"
    # a report named before it: "the audit summary ..., which records three findings"
    r"|\b(?:which|that)\s+(?:records|notes|documents|lists|identifies)\b"
    r"|\b(?:were|was|are|is)\s+(?:found|confirmed|identified|observed|documented|recorded|seen"
    r"|discovered|spotted)\b"
    rf"|\b(?:{de.ADVERSE_FOUND})\b"
)


ADVERSE_COUNT = _rx(
    r"\b(?:\d[\d,]*\s*%?|all|most|many|some|several|half|two[- ]thirds|a\s+third|a\s+majority"
    r"|the\s+majority|one\s+in\s+\w+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\w+teen|\w+ty|dozens|hundreds)\s+(?:\(\d+\s*%\)\s+)?"
    r"(?:of\s+(?:the\s+)?(?:\d[\d,]*\s+)?)?(?:\w+\s+){0,3}?"
    rf"(?:{WORKERS}|women|men|families)\b"
)


NOT_A_FINDING = _rx(
    r"\b(?:may|might|could|would|should|must|can)\s+(?:\w+\s+)?"
    r"(?:be|have|find|include|occur|arise|lead|result|face|under-?report|charge|pay|keep)\b"
    r"|\b(?:risks?\s+(?:of|that|include)|at\s+risk|presum\w+|such\s+as|for\s+example|e\.g\."
    # a risk named, not abuse found: "particularly vulnerable to debt bondage"
    r"|(?:vulnerable|susceptible|prone)\s+to"
    r"|including\s+the\s+risk|prohibit\w*|rarely|seldom|typically|generally|usually|tend\s+to"
    r"|often)\b"
    r"|\bwhether\b|\bdeclined\s+to\s+(?:say|comment|confirm)"
    # risks listed after a colon, a recommendation or a request: "identified the following salient
    # risks: forced labour in ...", "we recommend that companies publish ...", "asking it to
    # disclose how many of its audits identified ..."
    r"|\b(?:following|these|our|key|main|salient|principal|priority)\s+(?:[\w’'-]+\s+){0,4}?risks?\b"
    r"[^.:;]{0,40}:|\brecommend\w*|\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed|ing)?\s+on\b"
    r"|\bhow\s+many\b|\bdisclose\s+(?:how|whether|what|which)\b"
    # a procedure for whoever is caught: "any supplier found to be using it will be removed"
    r"|\bany\s+(?:[\w’'-]+\s+){1,2}?(?:found|identified|discovered|shown)\s+to\b"
    r"|^\s*(?:[*_#>-]+\s*)?(?:if|unless|should)\b"
    # a leading "No" answers a question, unless a concession follows with the finding ("No
    # forced labour was found, although the auditors recorded that ...")
    r"|^\s*(?:[*_#>-]+\s*)?(?:not\s+found|no\b|nil\b)(?!\s+(?:worker|one|employee)\b)"
    r"(?![^.;]{0,200}[,;]\s*(?:although|though|but|however|yet|whereas)\b)"
    r"|\b(?:studies|research|reports|evidence)\s+(?:of|on|from)\s+(?:\w+\s+){0,3}?"
    r"(?:auditing|audits|the\s+industry|sectors?)\b"
    # what others have long documented, told as background: "for many years, independent
    # monitors have documented that the state compels ..."
    r"|\b(?:for\s+(?:many\s+|several\s+)?years|for\s+decades|long|repeatedly|widely)\b[^.;]{0,80}?"
    r"\b(?:have|has)\s+(?:been\s+)?(?:documented|reported|described|shown)"
    r"|\b(?:have|has)\s+(?:for\s+(?:many\s+|several\s+)?years|for\s+decades|long|repeatedly"
    r"|widely)\s+(?:been\s+)?(?:documented|reported|described|shown)"
    # a sector's conditions as others have reported them, told as risk: "reports by journalists,
    # unions and public bodies have described ..."
    r"|\b(?:reports|studies|investigations|research)\s+(?:by|from)\s+(?:[\w’'-]+,?\s+){0,2}?"
    r"(?:journalists|the\s+media|media|unions|NGOs|researchers|campaigners|academics|civil\s+society"
    r"|rights\s+groups|public\s+bodies)\b"
)


#: A rule named in a relative clause about what was found: "fees that the law prohibits", "which
#: our code forbids". The rule qualifies the finding; it is not the sentence's subject.
RULE_ASIDE = _rx(
    r"\b(?:that|which)\s+(?:[\w’'-]+\s+){0,4}?(?:prohibits?|forbids?|bans?|outlaws?)\b"
)


#: Rights whose denial is a violation: "none of the 52 workers held their own passport".
RIGHTS = _rx(
    r"\b(?:(?:their|his|her)\s+own\s+(?:passports?|documents|identity\s+(?:documents?|cards?))"
    r"|(?:workers|they|employees|he|she)\s+(?:\w+\s+)?(?:held|hold|kept|keep|had|have)\s+"
    r"(?:their|his|her)\s+(?:passports?|documents|identity\s+(?:documents?|cards?)|ID\s+cards?)"
    r"|a\s+copy\s+of\s+(?:their|the|his|her)\s+contracts?|reimbursed|repaid|full\s+repayment"
    r"|free\s+to\s+(?:leave|resign|quit|move|go)|allowed\s+to\s+(?:leave|resign|quit|go)"
    r"|able\s+to\s+(?:leave|resign|quit|go)|paid\s+(?:in\s+full|on\s+time)"
    r"|possible\s+for\s+(?:\w+\s+){0,3}?to\s+(?:leave|resign|quit|go\s+home)"
    r"|received\s+(?:their\s+)?(?:full\s+)?(?:[\w-]+\s+)?(?:wages?|pay|repayment|gratuit(?:y|ies)"
    r"|severance|overtime(?:\s+pay)?|bonus(?:es)?)"
    r"|(?:on\s+a\s+voluntary\s+basis|voluntarily|of\s+their\s+own\s+(?:free\s+)?(?:will|accord)))"
)


#: A violation named as a risk ("forced labour risks"), not as something found.
#: A violation naming a risk or a topic: "forced labour risks", "trafficking training", "child
#: labour policy" (what is trained on or ruled, not what was found).
TOPIC_AFTER = re.compile(
    r"\s+(?:risks?|exposure|hotspots?|training|awareness|polic(?:y|ies)|programmes?|programs?"
    r"|procedures?|guidance|modules?|courses?|e-?learning|workshops?|helplines?|hotlines?"
    r"|clauses?|provisions?|prevention)\b",
    re.IGNORECASE,
)
#: Violations named as a category of concern, alone or in a list: "identified forced labour and
#: recruitment fees as salient issues", "as a point of focus": a ranking of risks, not a finding.
#: The gap may hold more list items but no place or clause ("at two sites, which we treat as").
CATEGORY_AFTER = re.compile(
    r"(?:\s*,?\s+(?!(?:at|in|on|among|across|which|that|where|who|when|from|during)\b)"
    r"[\w’'-]+){0,8}?\s+as\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:risks?|priorit(?:y|ies)|focus|issues?|areas?|concerns?|topics?|themes?|challenges?"
    r"|hotspots?)\b",
    re.IGNORECASE,
)
#: A violation under "any" or named as potential: a procedure or a hypothesis, not a finding.
HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:any|potential|possible|suspected|suspicions?\s+of|alleged"
    r"|(?:allegations?|accusations?|complaints?|claims?)\s+(?:of|about|that))\s+"
    r"(?:[\w’'-]+\s+){0,5}$"
    # counted as none: "Forced labour: 0 NC", "zero non-conformities"
    r"|\b(?:0|zero|nil|no)\s+(?:(?:major|minor|critical|open|outstanding)\s+)?$"
    # "oversees reported violations": a participle used as an adjective names a category
    r"|\b(?:the|all|any|of|oversee\w*|track\w*|review\w*|investigat\w*|handl\w*|manag\w*)\s+"
    r"(?:reported|suspected|alleged|potential)\s+$"
    # hearsay about a place or a sector: "a region which is said to use forced labour"
    r"|\b(?:is|are|was|were)\s+(?:said|alleged|reported|believed|thought|suspected)\s+to\s+"
    r"(?:[\w’'-]+\s+){0,8}$"
    # a risk rating: "identified as 'medium risk' for child labour"
    r"|\brisk[\"”’']?\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,2}$"
    # "if a violation is reported", "whenever forced labour is discovered": a procedure
    r"|\b(?:if|whenever|in\s+case|in\s+the\s+event)\b[^,;.:]{0,60}$"
    # "measures taken to eliminate the use of forced labour": a purpose, not a finding
    r"|\b(?:eliminate|prevent|combat|tackle|eradicate|avoid|mitigate|root\s+out|stamp\s+out"
    # "leads the fight against forced labour": a mission, not a finding
    r"|(?:fight|struggle|campaign|war|efforts?|action)\s+(?:against|to\s+(?:end|root\s+out"
    r"|eliminate|eradicate|combat|stop))|combating|combatting|tackling|eradicating|ending)\s+"
    r"(?:the\s+)?(?:use\s+of\s+|risks?\s+of\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:or|and)\s+)?$"
    # "obligations relating to forced labour legislation", "training on child labour": a topic
    # ("... 4 findings, all relating to recruitment fees" is what the findings were about)
    r"|(?<!\ball\s)(?<!\bboth\s)(?<!\beach\s)(?<!\bwhich\s)"
    r"\b(?:training|guidance|polic(?:y|ies)|procedures?|awareness|relating\s+to|related\s+to"
    r"|regarding|concerning)\s+(?:on\s+)?(?:[\w’'-]+\s+){0,6}?$",
    re.IGNORECASE,
)


#: A violation as the object of an examination verb, alone or in a list: "checked fees, loans and
#: deductions", "asked workers about recruitment fees": what was looked at, not what was found.
#: The gap may not hold "that" or a finding verb ("checked payroll and found deductions").
EXAMINED_BEFORE = re.compile(
    r"\b(?:check|cross-check|review|examin|verif|test|compar|inspect|screen|reconcil|sampl"
    r"|(?:look|search)(?:ed|ing|s)?\s+(?:at|into|for)\b|ask(?:ed|ing|s)?\s+(?:\w+\s+){0,3}?about\b"
    r"|(?:en|in)quir\w*\s+(?:about|into)\b"
    # the means of a search: "looked for debt bondage ... by tracing their loans"
    r"|by\s+(?:tracing|following|mapping))\w*"
    r"(?:\s+(?:the|any|all|their|its|for|workers[’']?|each|every))*"
    r"(?:\s*,?\s+(?!that\b)[\w’'-]+){0,5}?(?:\s*,)?\s+(?:(?:and|or)\s+)?$",
    re.IGNORECASE,
)


#: A violation noun naming a kind of document: "loan records", "debt registers", "fee receipts".
RECORD_AFTER = re.compile(
    r"\s+(?:records?|registers?|ledgers?|files|receipts|agreements?|logs|documents|books"
    r"|schedules|statements)\b",
    re.IGNORECASE,
)


def non_labour(sentence: str, violation: re.Match[str]) -> bool:
    """A non-conformity about something other than labour: "two minor non-conformities on
    chemical labelling", "fire-safety non-conformities", "minor findings: 2 (fire extinguisher
    tags out of date)". A finding of that kind shows nothing about forced labour."""
    if not _NONCONFORMITY.search(violation.group(0)):
        return False
    after = _NON_LABOUR_AFTER.match(sentence, violation.end())
    return after is not None or bool(
        _NON_LABOUR_BEFORE.search(sentence, max(0, violation.start() - 30), violation.start())
    )


_NONCONFORMITY = re.compile(r"non[- ]?conform|\bNCs?\b", re.IGNORECASE)
_NON_LABOUR_TOPIC = (
    r"(?:chemical|environment\w*|waste|label(?:l)?ing|signage|fire|first[- ]aid|extinguisher"
    r"|hygiene|housekeeping|emissions?|effluent|wastewater|energy|noise|electrical|machine\s+guard"
    r"|storage|quality|traceability|product)"
)
_NON_LABOUR_AFTER = re.compile(
    r"\s*(?:\(\s*|(?:on|for|in|regarding|concerning|related\s+to|relating\s+to|about)\s+)"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_NON_LABOUR_TOPIC}",
    re.IGNORECASE,
)
_NON_LABOUR_BEFORE = re.compile(
    rf"\b{_NON_LABOUR_TOPIC}(?:[- ]safety)?\s+(?:\w+\s+)?$", re.IGNORECASE
)
