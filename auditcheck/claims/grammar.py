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

from ..text import cached_re as re
from . import german as de
from .base import rx as _rx

#: What a clean claim rules out, or an adverse finding reports: forced labour and its indicators.
FL_OBJECT = (
    r"(?:forced(?:\s+or\s+compulsory)?|compulsory|coerced|involuntary|bonded|prison|slave"
    r"|indentured)"
    r"[- ]+labou?r|modern[- ]+slavery|slavery|servitude|debt[- ]+bondage|bonded\s+workers"
    r"|human\s+trafficking|trafficking|child\s+labou?r"
    r"|labou?r\s+(?:rights\s+)?(?:abuses?|violations?|exploitation)"
    r"|human\s+rights\s+(?:abuses?|violations?|issues|concerns|risks)|exploitation"
    r"|(?:ILO\s+)?forced[- ]labou?r\s+indicators?"
    r"|indicators?\s+of\s+(?:forced\s+labou?r|coercion)|ILO\s+indicators?|coerc(?:ion|ed)"
    rf"|{de.FL_OBJECT}"
)
#: Objects that make a clean claim only in an audit's mouth ("no issues were found").
GENERIC_OBJECT = (
    r"non[- ]?conform(?:ity|ities|ance|ances)|NCs?\b|violations?|breaches|issues|irregularities"
    r"|problems"
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
    r"|(?:we|it|they)\s+(?:have|has)\s+(?:not\s+)?(?:found|seen)"
    rf"|{de.ASSESSMENT})\b"
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
    r"|point(?:s|ed)?\s+to|turn(?:ed|s)?\s+up|suggest(?:s|ed)?|conclud(?:e|es|ed)"
    r"|prov(?:e|es|ed|en|ing)|demonstrat(?:e|es|ed|ing)"
    # knowledge negated: "we are not aware of any modern slavery in our supply chain"
    r"|aware\s+of(?=\s+any\b)|know\s+of(?=\s+any\b)"
    rf"|{de.FIND_VERB}"
)
FIND = _rx(rf"\b(?:{FIND_VERB})\b")

#: Negations and absolute quantifiers that turn "found X" into "found no X".
NEGATION = (
    r"no(?!\.\s*(?:of\b|\d))|not|n[o']t|never|none|nothing|nowhere|nobody|zero(?![- ]tolerance)|nil"
    r"|neither|nor"
    r"|without|free\s+(?:of|from)|absence\s+of"
    r"|not\s+(?:a\s+single|one|any)|no\s+(?:single|one)|did\s*n[o']t|has\s*n[o']t|have\s*n[o']t"
    rf"|{de.NEGATION}"
)
NEG = _rx(rf"(?:\b(?:{NEGATION})\b|n[’']t\b)")

# --- modality cues ---------------------------------------------------------------------------
QUESTION = _rx(
    r"\?\s*[\"”’']?\s*$|^\s*[\"“‘']?(?:can|could|does|do|did|is|are|was|were|will|would|has|have"
    r"|how|why|what|whether)\b[^.]*\?"
    # an indirect request: "the buyer asked the auditor to confirm that no worker paid fees"
    r"|\b(?:asked|asks|asking|requested|requests|called\s+on)\s+(?:[\w’'-]+\s+){0,4}?to\s+"
    r"(?:confirm|verify|certify|state|show|prove|explain|demonstrate)\s+(?:that|whether)\b"
)
OBLIGATION = _rx(
    r"\b(?:must|shall|should|ought\s+to|(?:is|are)\s+(?:required|expected|obliged|obligated)\s+to"
    r"|required\s+to|need\s+to|needs\s+to|(?:has|have)\s+to\s+(?:show|prove|demonstrate|ensure)"
    r"|we\s+(?:require|expect|prohibit|forbid)"
    r"|(?:require|requires|expect|expects)\s+(?:all\s+)?(?:our\s+|its\s+)?"
    r"(?:suppliers|vendors|business\s+partners|contractors|factories)"
    # "zero tolerance" is a policy; "Zero-tolerance issue: ..." labels a finding
    r"|prohibit(?:s|ed)?|zero[- ]tolerance(?![- ]+(?:issues?|findings?|violations?|non[- ]?conform"
    r"|breach))|(?:will|do|does)\s+not\s+tolerate|committed\s+to"
    r"|commit(?:s|ted)?\s+to|strive|aims?\s+to|seeks?\s+to|endeavou?r"
    r"|code\s+of\s+conduct|policy|policies|undertake\s+to|is\s+to\s+be\s+kept|are\s+to\s+be"
    r"|(?:agreements?|contracts?|terms|rules)\s+(?:\w+\s+)?(?:state|states|say|says|provide|provides"
    r"|require|requires|specify|specifies|stipulate|stipulates)"
    # "the standard requires that ...", "national law stipulates that ...": a rule's content
    r"|(?:requires?|required|stipulates?|stipulated|mandates?|mandated|demands?)\s+that"
    r"|(?:will|shall)\s+ensure|ensure\s+that|warrants?|represents\s+and\s+warrants"
    # a part played towards a goal: "has a key role in ensuring that goods are free"
    r"|role\s+in\s+(?:ensuring|making\s+sure|guaranteeing)"
    # a purpose: what a check is for, not what it found ("a survey ... to ensure there are no")
    r"|(?:in\s+order\s+|so\s+as\s+)?to\s+(?:ensure|make\s+sure|guarantee)"
    r"|please|kindly|we\s+(?:ask|request)\s+(?:you|that)|confirm\s+that\s+your)\b"
)


#: A code or policy named as what was complied with ("compliant with our Supplier Code of
#: Conduct"): the measure of a conclusion, not the mood of a rule.
_MEASURE_BEFORE = re.compile(
    r"\b(?:with|to|under|against)\s+(?:the\s+|our\s+|its\s+|their\s+|this\s+)?"
    r"(?:[\w’'-]+\s+){0,5}$",
    re.IGNORECASE,
)


def states_obligation(text: str) -> bool:
    """A rule's mood in ``text``: "must", "we require", "our policy" (not a code complied with)."""
    for m in OBLIGATION.finditer(text):
        named = m.group(0).lower()
        if named.startswith(("code", "polic")) and _MEASURE_BEFORE.search(text, 0, m.start()):
            continue
        return True
    return False


#: A list item continuing a rule's lead-in ("suppliers must: - comply with all laws on forced
#: labour"): a bare verb with no subject is an instruction, never a conclusion.
BARE_INSTRUCTION = re.compile(
    r"\s*(?:[-*•‣◦▪]\s*|\(?[a-z0-9]{1,2}[.)]\s+)?(?:to\s+)?(?:comply|conform|adhere|operate|act|respect"
    r"|ensure|use|pay|provide|maintain|keep)\b",
    re.IGNORECASE,
)
CONDITIONAL = _rx(
    r"^\s*(?:if|unless|should\s+(?:the|an?|any)|where|whether"
    r"|in\s+(?:the\s+)?(?:event|case)\s+(?:that|of))\b"
    r"|\b(?:if|unless|whether|in\s+case|provided\s+that|assuming)\s+"
    r"(?:the|an?|any|our|its|their|it|they|we|no|there)\b"
    # a proviso set off by commas: "From today, provided the goods are otherwise
    # in compliance with the law, shipments may enter" ("X provided the auditors with" is a verb)
    r"|,\s*provided\s+(?:that\s+)?(?:the|an?|any|our|its|their|it|they|we|no|there)\b"
    # a condition still to be met: "not eligible until they demonstrate they are compliant"
    r"|\buntil\s+(?:the|an?|its|their|it|they|we|all|every)\s+(?:\w+\s+){0,3}?"
    r"(?:demonstrates?|shows?|proves?|can\s+show|has|have|is|are)\b"
    r"|\b(?:would|could|might|may)\s+(?:\w+\s+)?"
    r"(?:find|found|show|conclude|confirm|reveal|establish|be\s+free)\b"
    r"|\b(?:hope|hopes|hoped|expects?\s+(?:that\s+)?the|aim|plan|plans|intend|intends)\s+"
    r"(?:that\s+|to\s+)"
    # a future ability to conclude: "will allow us to state with greater confidence that ..."
    r"|\b(?:will|would|should|could|may|might)\s+(?:\w+\s+)?(?:allow|enable|help|let|permit)\s+"
    r"(?:us|them|the\s+\w+|it)\s+(?:to\s+)?(?:state|say|claim|confirm|demonstrate|show|conclude"
    r"|certify|assure)"
)
NEGATED_CLAIM = _rx(
    # "did not confirm", never the emphatic "did confirm"
    r"\b(?:(?:does|do|did)\s+not|cannot|can\s*not|could\s+not|can[’']t|couldn[’']t|doesn[’']t|didn[’']t"
    r"|is\s+not|was\s+not|isn[’']t|wasn[’']t|were\s+not|has\s+not|have\s+not|had\s+not|hasn[’']t"
    r"|haven[’']t)\s+"
    # "neither found nor confirmed any cases of": a finding of none, not a claim left unconfirmed
    r"(?!(?:find|identify|detect|see|observe|uncover)\s+(?:or|nor)\s)"
    r"(?:\w+\s+){0,2}?(?:mean|imply|conclude|confirm|establish|prove|guarantee|rule\s+out|exclude"
    r"|say|said|state|stated|claim|claimed|show|certify|vouch|demonstrate|verify|determine|assess"
    r"|quantify|allow\s+(?:us\s+)?to\s+(?:conclude|say|confirm))\b"
    r"|\bno\s+(?:audit|assessment|review|inspection|certificat\w+)\s+(?:can|could|is\s+able\s+to)\b"
    r"|\b(?:unable|impossible|not\s+possible|not\s+able|not\s+in\s+a\s+position)\s+to\s+"
    r"(?:conclude|confirm|establish|verify|rule\s+out|exclude|say|state|guarantee|claim|assert)\b"
    # "will not be using its results to describe the supplier as free of forced labour"
    r"|\b(?:will|would|shall|do|does)\s+not\s+(?:be\s+)?(?:use|using|cite|citing)\s+(?:\w+\s+){0,4}?"
    r"to\s+(?:describe|call|present|label|claim|certify)\b"
    r"|\bnot\s+(?:at\s+a\s+level|sufficient|enough)\s+to\b"
    r"|\bat\s+a\s+level\s+(?:that|to|which)\s+(?:indicates?|constitutes?|amounts?)\b"
    r"|\babsence\s+of\s+evidence\s+is\s+not\b|\bis\s+not\s+the\s+same\s+as\b"
    r"|\bnot\s+the\s+same\s+as\b"
    # "neither confirms nor rules out": the conclusion withheld, not "neither X nor Y used it"
    r"|\bneither\s+(?:\w+\s+){0,4}?nor\s+(?:\w+\s+){0,4}?(?:rul\w+|exclud\w+|den(?:y|ies|ied)"
    r"|confirm\w*|establish\w*|prov\w+|sa(?:y|ys|id)|support\w*|refut\w+|disprov\w+|show\w*"
    r"|conclud\w+|guarantee\w*)\b|\bnor\s+(?:rule\s+out|exclude|deny)"
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
#: A next sentence that takes back or contests the claim before it by pointing at it: "That was
#: wrong."; "Two audits recorded no forced labour. They missed what the investigation found" (the
#: result is reported in order to say what it missed).
_CONTESTS_IT = (
    r"^\s*(?:that|this|it|the\s+(?:claim|statement))\s+(?:is|was)\s+"
    r"(?:not|false|untrue|misleading|wrong)"
    r"|^\s*(?:they|it|both|these\s+audits|those\s+audits|the\s+audits?)\s+(?:\w+\s+)?"
    r"(?:missed|overlooked|failed\s+to\s+(?:detect|find|see|identify|notice))\b"
)
#: The writer declines to take the result as what it seems to say: "we do not regard it as an
#: answer to the question we were asked".
_NOT_TAKEN_AS = (
    r"|\b(?:we|I)\s+(?:do|did|cannot|can\s*not|will)\s*(?:not|n[o’']t)?\s*(?:regard|consider|treat"
    r"|accept|see|take)\s+(?:it|this|that|them|these|the\s+(?:result|finding|report|conclusion)s?)"
    r"\s+as\b"
)
CONTESTS_IT = _rx(_CONTESTS_IT + _NOT_TAKEN_AS)
#: A following sentence that contests the claim just made, by pointing at it or by what it says
#: ("That is not the same as ...", "the records show otherwise").
CONTESTS = _rx(
    _CONTESTS_IT + _NOT_TAKEN_AS + r"|\bnot\s+the\s+same\s+as\b"
    r"|\b(?:false|untrue|misleading|unverifiable)\b"
    r"|\b(?:contradict\w*|disprov\w*|does\s+not\s+prove)\b"
    r"|\b(?:say|says|said|show|shows|showed|record|records|recorded)\s+otherwise\b"
    r"|\bthe\s+(?:opposite|reverse)\b|\ba\s+different\s+story\b"
)


#: A clean conclusion about forced labour or compliance as a whole, not about one indicator.
GLOBAL_CLEAN = _rx(
    r"\b(?:forced(?:\s+or\s+compulsory)?[- ]+labou?r|modern[- ]+slavery|slavery|servitude"
    r"|human\s+trafficking|bonded\s+labou?r|debt\s+bondage"
    r"|(?:ILO\s+)?(?:forced[- ]labou?r\s+)?indicators|complian(?:t|ce)|conform\w*|requirements"
    r"|non[- ]?conform(?:ity|ities|ance|ances)|issues|findings|red\s+flags|clean|passed|rated"
    # a rebuttal answers the allegations as a whole
    r"|allegations?|accusations?)\b"
    r"|\b(?:all|every)\s+(?:[\w’'-]+\s+){0,2}?(?:standards?|laws?|criteria|clauses)\b"
)


#: Talk about claims in general, not a claim: "that is what the label promises".
GENERIC = _rx(
    r"\bwhat\s+(?:\w+\s+){0,3}?(?:promises|assumes?|means|implies)\b"
    r"|^\s*(?:social\s+|many\s+|most\s+|industry\s+)?audits\s+(?:have|often|routinely|repeatedly"
    r"|regularly|frequently|typically|tend|rarely|cannot|can[’']t|do\s+not|don[’']t|may|might)\b"
    r"|\b(?:companies|brands|firms|suppliers)\s+(?:often|usually|typically|commonly|routinely)\b"
    r"|\bin\s+the\s+audit\s+industry\b|\bnot\s+the\s+same\s+as\b|\bis\s+recorded\s+when\b"
    r"|\b(?:is|are)\s+only\s+as\s+(?:good|reliable|strong)\s+as\b"
)


#: A method's limits, stated by whoever draws the conclusion ("no site visit or worker interviews
#: took place", "a review of documents", "payslips for only one month", "the audit was
#: announced"): a clean claim stated beside them is a modest claim from a modest method.
METHOD_LIMIT = _rx(
    r"\b(?:no|without)\s+(?:\w+\s+){0,2}?(?:site\s+visits?|visits?|worker\s+interviews?"
    r"|interviews?\s+with\s+workers|interviews?)\s+(?:\w+\s+){0,3}?"
    r"(?:took\s+place|were\s+(?:held|conducted|done|carried\s+out)|was\s+(?:made|conducted|done))"
    r"|\b(?:was|were)\s+(?:only\s+)?(?:an?\s+)?(?:desk(?:top)?|documentary|document|remote|paper)"
    r"[- ]?(?:based\s+)?(?:review|check|follow[- ]up|assessment|audit|exercise)\b"
    r"|\b(?:was|were)\s+(?:only\s+)?an?\s+review\s+of\s+(?:the\s+)?documents\b"
    r"|\b(?:for|of)\s+only\s+(?:one|a|two|three|\d+)\s+(?:months?|weeks?|days?|hours?|sites?)\b"
    r"|\bonly\s+(?:one|two|three|four|five|a\s+few|\d+)\s+(?:of\s+(?:the|our)\s+)?(?:\w+\s+)?"
    r"(?:workers|interviews|employees|months?|weeks?|days?)\b"
    r"|\b(?:audit|visit|assessment|inspection)\s+was\s+announced\b"
    r"|\bwhen\s+(?:few|none|only\s+\w+)\s+(?:of\s+)?(?:the\s+|our\s+)?(?:\w+\s+){0,2}?workers"
    r"\s+were\s+(?:on\s+site|present|there|employed)"
    r"|\bnot\s+part\s+of\s+(?:the|this|our)\s+(?:follow[- ]up|audit|review|scope|assessment)\b"
    r"|\b(?:this|the|our)\s+(?:statement|review|follow[- ]up|audit|assessment|letter)\s+"
    r"(?:does|did)\s+not\s+(?:cover|include|extend\s+to|examine|assess)\b"
    # the assessor's own reach: "we did not look at the home-workers", "we could not visit the
    # recruiters in Nepal"
    r"|\b(?:we|the\s+(?:team|assessors?|auditors?|verifiers?))\s+(?:did\s+not|didn[’']t|could\s+not"
    r"|couldn[’']t|were\s+unable\s+to|was\s+unable\s+to)\s+(?:visit|look\s+at|examine|cover"
    r"|assess|review|interview|speak\s+(?:to|with)|check|include|reach|trace)\b"
)


#: A dispute aimed at the other side's allegations, not at the claim: "rejected the report,
#: saying ...", "dismissed their complaint", "despite the reports", "allegations ... are false".
#: The claimant rebutting allegations makes its claim all the more its own.
REBUTTAL = _rx(
    r"\b(?:reject|den(?:y|ie)|dismiss|refut|rebut)\w*\s+(?:the\s+|their\s+|its\s+|these\s+|those"
    r"\s+|all\s+|such\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:allegations?|complaints?|reports?|accusations?"
    r"|criticism|charges?|concerns)\b|claims\b(?!\s+that))"
    # a suggestion of abuse rejected: "rejects the suggestion that workers ... are held in debt
    # bondage" (rejecting a suggestion that there is none is contesting a clean claim)
    r"|\b(?:reject|den(?:y|ie)|dismiss|refut|rebut)\w*\s+(?:the\s+)?suggestions?\s+that\s+"
    r"(?:(?!(?:no|not|without|free|proves?)\b)[\w’'-]+[,\s]+){0,12}?"
    r"(?:held|kept|forced|bonded|trafficked|coerced|debt|exploited)\b"
    # a denial of abuse is the speaker's own clean claim: "has denied that it uses forced labour",
    # "denies any involvement in forced labour" (denying that there is none contests a claim)
    r"|\b(?:den(?:y|ie)|refut)\w*\s+(?:that\s+|any\s+)?(?!(?:there\s+(?:is|was|are|were)\s+)?no\b)"
    r"(?=(?:[\w’'-]+\s+){0,5}?(?:uses?|used|using|involved|involvement|use|benefit\w*|employ\w*"
    r"|relie[sd]|engaged|wrongdoing|complicity)\b)"
    r"|\b(?:despite|in\s+the\s+face\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:allegations?|reports?"
    r"|complaints?|accusations?|criticism|concerns)\b"
    r"|\b(?:allegations?|accusations?|claims|reports?)\s+(?:that\s+[^.;:]{0,120}?\s+)?(?:are|were|is"
    r"|was)\s+(?:false|untrue|unfounded|baseless|wrong|inaccurate|misleading)\b"
    r"|\b(?:allegations?|accusations?|reports?|complaints?)\s+(?:of|about)\s+[^.;:]{0,80}?"
    r"(?:could|can|did)\s*(?:not|n[o’']t)\s+be\s+(?:\w+\s+)?(?:substantiated|verified|confirmed"
    r"|corroborated|proven|proved)\b"
    r"|\b(?:found|deemed|judged)\s+(?:the\s+)?(?:allegations?|accusations?|claims|reports?"
    r"|complaints?)\b[^.;:]{0,80}?\b(?:unfounded|baseless|untrue|false|unsubstantiated)\b"
)


#: A correction notice: what follows is withdrawn, whatever kind of claim it is.
CORRECTION = _rx(
    r"^\s*[\W]*(?:correction|clarification|editor[’']s\s+note|update)\s*[:.-]"
    r"|\ban\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|post|statement)\b"
)


#: "Compliance with X" as the object of a purpose or an activity ("ability to demonstrate", "we
#: monitor", "aims at ensuring"): a goal, not a finding. "The audit confirmed compliance" is one.
COMPLIANCE_AS_GOAL = re.compile(
    r"\b(?:abilit(?:y|ies)|commitment|aim|aims|goal|objective|need|requirement|importance|approach"
    r"|process|system|monitor|monitors|monitoring|ensure|ensures|ensuring|promote|promotes|promoting"
    r"|maintain|maintaining|improve|improving|check|checks|checking|assess|assesses|assessing"
    r"|review|reviews|reviewing|verify|verifies|verifying|demonstrate|demonstrating|achieve"
    r"|achieving|require|requires|requiring|support|supporting|track|tracking|drive|driving"
    r"|evaluate|evaluates|evaluating|measure|measuring|determine|determining"
    r"|to\s+(?:demonstrate|ensure|achieve|monitor|check|verify|assess|maintain|improve|promote"
    r"|evaluate|measure|determine|confirm|test|audit))"
    r"\s+(?:(?:of|the|a|an|each|every|any|our|their|its|full|strict|ongoing|continued|legal"
    r"|[\w-]+[’']s)\s+){0,3}"
    # "improving accountability and compliance with": the goal shared by two nouns
    r"(?:[\w-]+\s+and\s+)?$"
    # "audited for compliance with labour standards": what is checked, not the result
    r"|\b(?:audited|checked|assessed|reviewed|monitored|inspected|tested|screened|vetted)\s+for\s+$"
    # "audits of a supplier's compliance with": what the audits look at, not their result
    r"|\baudit(?:s|ing)?\s+of\s+(?:(?:the|a|an|each|every|any|our|their|its|[\w-]+[’']s)\s+){0,3}$"
    # a supplier's word on itself: "the proportion of new suppliers who confirm compliance with"
    r"|\b(?:suppliers?|vendors?|factories|contractors|subcontractors|partners)\s+(?:who|that|which)\s+"
    r"(?:have\s+)?(?:confirm|acknowledg|declar|attest|sign|self-certif|certif)\w*\s+(?:their\s+)?$"
    # "this statement was prepared in compliance with the Act": the text's legal basis
    r"|\b(?:prepared|made|published|submitted|issued|produced|written|drafted|approved)\s+in\s+$"
    # "Modern Slavery Statement in compliance with the Act": the text itself complies
    r"|\b(?:statement|disclosure)\s+in\s+$",
    re.IGNORECASE,
)


#: A verb by which a clause's subject tells or establishes what it says.
TELLS = re.compile(
    r"\b(?:said|say|says|told|tell|tells|reported|reports|found|finds|described|describe|alleged"
    r"|allege|claimed|stated|explained|complained|testified|admitted|acknowledged|disclosed"
    r"|identified|documented|recorded|noted|observed|confirmed|revealed|concluded|established"
    r"|denied|denies|deny|refuted|refutes|insisted|insists|maintained|maintains)\b",
    re.IGNORECASE,
)
