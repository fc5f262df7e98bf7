"""Declines: a speaker who says credible assurance is not possible here, or who refuses,
suspends or withdraws its backing. Its own module because a decline is read from the act and
its object, not from the violation vocabulary the other kinds share."""

from __future__ import annotations

from ..text import cached_re as re
from . import german as de
from .base import rx
from .defects import REJECTED
from .violations import VIOLATION

#: An honest limit: the speaker says credible assurance is impossible, and so declines.
DECLINE_LIMIT = rx(
    r"\b(?:credible|meaningful|reliable|independent|genuine|effective|proper)\s+(?:\w+\s+){0,2}?"
    r"(?:audits?|assurance|due\s+diligence|verification|assessments?|monitoring|inspections?"
    r"|certification)"
    r"\s+(?:\w+\s+){0,3}?(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:not\s+|no\s+longer\s+|im)possible"
    r"|cannot|can\s*not|can[’']t|could\s*not|is\s+not\s+feasible|are\s+not\s+feasible)"
    # "it is close to impossible to make sure that a supply chain is clean"
    r"|\b(?:not\s+|no\s+longer\s+|im)possible\s+to\s+(?:ensure|guarantee|verify|confirm|be\s+sure"
    r"|know)\s+(?:that\s+)?(?:[\w’'-]+\s+){1,5}?(?:is|are|was|were|remains?)\s+(?:\w+\s+)?"
    r"(?:clean|free\s+(?:of|from))"
    r"|\b(?:not\s+|no\s+longer\s+|im)possible\s+to\s+(?:\w+\s+){0,2}?"
    r"(?:conduct|carry\s+out|perform|undertake|do|obtain|provide|give)\s+(?:\w+\s+){0,3}?"
    r"(?:credible|meaningful|reliable|independent)?\s*"
    r"(?:audits?|assurance|due\s+diligence|verification|assessments?|inspections?)"
    r"|\b(?:no|not\s+any)\s+(?:\w+\s+){0,2}?(?:audit|assessment|inspection|certification|auditor)"
    r"\w*,?\s+(?:[\w’'-]+,?\s+){0,10}?(?:can|could|is\s+able\s+to|would)\s+(?:\w+\s+){0,3}?"
    r"(?:establish|verify|confirm|rule\s+out|prove|detect|credibly|reliably"
    r"|(?:give|provide|offer)\s+(?:us\s+|you\s+|them\s+|anyone\s+)?(?:(?:credible|reliable"
    r"|meaningful|real|any)\s+assurance|(?:any\s+|real\s+)?confidence))"
    r"|\b(?:conditions|environment|restrictions|surveillance|access)\s+(?:\w+\s+){0,4}?"
    r"(?:make|makes|made|render|renders)\s+(?:\w+\s+){0,3}?"
    r"(?:credible|independent|meaningful|reliable)?\s*"
    r"(?:audits?|assurance|due\s+diligence|verification|assessments?|inspections?)\s+(?:\w+\s+){0"
    r",2}?(?:impossible|unreliable|infeasible|meaningless)"
    # "we cannot conduct credible due diligence there", "unable to obtain meaningful assurance"
    r"|\b(?:cannot|can\s*not|can[’']t|could\s*not|(?:is|are|was|were)\s+(?:not\s+|un)able\s+to"
    r"|no\s+longer\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:conduct|carry\s+out|perform|undertake|do"
    r"|obtain|provide|give|get|ensure)\s+(?:\w+\s+){0,2}?(?:credible|meaningful|reliable"
    r"|independent|effective|adequate)\s+(?:\w+\s+)?(?:audits?|assurance|due\s+diligence"
    r"|verification|assessments?|inspections?|monitoring)"
    r"|\bcannot\s+(?:\w+\s+){0,2}?(?:credibly|reliably|independently|meaningfully)\s+"
    r"(?:audit|assess|verify|certify|inspect|monitor)"
    # "we do not believe that an independent audit would be possible"
    r"|\b(?:do|does|did)\s*(?:not|n[o’']t)\s+(?:consider|believe|think|expect)\s+(?:that\s+)?"
    r"(?:an?\s+|any\s+)?(?:credible|meaningful|reliable|independent|genuine)\s+(?:\w+\s+){0,2}?"
    r"(?:audits?|assurance|due\s+diligence|verification|assessments?|inspections?)\s+"
    r"(?:is|was|are|were|would\s+be|will\s+be)\s+(?:possible|feasible)"
    # "this report cannot be relied upon to exclude forced labour", "cannot be used to conclude
    # that there is none": the speaker says what its own work cannot show
    r"|\b(?:cannot|can\s*not|can[’']t|could\s*not)\s+be\s+"
    r"(?:relied\s+(?:up)?on|used|taken|read|treated|cited)\s+(?:to|as)\s+"
    r"(?:\w+\s+){0,2}?(?:rule\s+out|exclude|establish|confirm|prove|proof|guarantee|conclude"
    r"|evidence|show|demonstrate)"
    # the speaker will not take audits as evidence of absence, or says why they cannot be
    r"|\b(?:do|does|will|would)\s*(?:not|n[o’']t)\s+(?:rely\s+on|treat|regard|use)\s+"
    r"(?:\w+\s+){0,3}?(?:audits?|certificat\w+|assessments?|reports?|results?)\s+as\s+"
    r"(?:evidence|proof|assurance)"
    # what an audit by its nature cannot show: "audits alone cannot confirm this", "this audit
    # cannot confirm the absence of forced labour"
    r"|\b(?:audits?|assessments?|inspections?|certification|certificates?"
    r"|(?:this|the|our|an?)\s+(?:\w+\s+)?(?:audit|assessment|verification|report|inspection))\s+"
    r"(?:alone\s+|by\s+(?:itself|themselves)\s+|on\s+(?:its|their)\s+own\s+)?"
    r"(?:cannot|can\s*not|can[’']t|(?:is|are)\s+(?:not\s+able|unable)\s+to)\s+(?:\w+\s+)?"
    r"(?:confirm|establish|prove|rule\s+out|guarantee|demonstrate|exclude)\s+"
    r"(?:the\s+absence|that\s+(?:there\s+(?:is|was|are|were)\s+)?no\b|this\b|it\b"
    r"|(?:that\s+)?(?:[\w’'-]+\s+){0,4}?(?:(?:is|are|was|were)\s+free\s+(?:of|from)"
    r"|forced\s+labou?r))"
    # a caveat that the text gives no assurance: "nothing in this report should be read as our
    # assurance that ...", "should not be taken as a guarantee"
    # (an absence of findings "should not be read as evidence" is a caveat, not a refusal)
    r"|\bnothing\s+in\s+(?:this|the|our)\s+(?:\w+\s+)?(?:report|statement|letter|summary"
    r"|assessment|audit)\s+(?:should|is\s+to|may|can|must)\s+be\s+"
    r"(?:read|taken|understood|construed|interpreted|relied\s+(?:up)?on)\s+as\s+(?:an?\s+|our\s+"
    r"|any\s+)?(?:assurance|guarantee|confirmation|certification|proof|evidence)"
    r"|\b(?:should|must|may)\s+not\s+be\s+(?:read|taken|understood|construed|interpreted)\s+as\s+"
    r"(?:an?\s+|our\s+|any\s+)?(?:assurance|guarantee|certification)"
    # little weight on an audit: "I would not put much weight on the audit", or on "it" after
    # the audit is named ("Asked about the audit, she said: 'I would not put much weight on it'")
    r"|\b(?:would|will|do|does|did|should)\s*(?:not|n[o’']t)\s+(?:put|place|attach|give)\s+"
    r"(?:much|any|great|too\s+much|a\s+lot\s+of)\s+(?:weight|store|faith|trust|reliance|credence)"
    r"\s+(?:on|in|to)\s+(?:the\s+|an?\s+|its\s+|their\s+|such\s+)?(?:\w+\s+)?"
    r"(?:audits?|certificat\w+|assessments?|reports?|results?)"
    r"|\b(?:audit|assessment|certif|verification|inspection)\w*\b[^.;]{0,80}?"
    r"\b(?:would|will|do|does|did|should)\s*(?:not|n[o’']t)\s+(?:put|place|attach|give)\s+"
    r"(?:much|any|great|too\s+much|a\s+lot\s+of)\s+(?:weight|store|faith|trust|reliance|credence)"
    r"\s+(?:on|in|to)\s+(?:it|them|this|that)\b"
    # a certificate or report said not to be evidence of absence: "our certificates are not,
    # and must not be presented as, evidence that any cotton is free of forced labour"
    r"|\b(?:certificates?|audits?|reports?|assessments?|certification|labels?)\s+(?:\w+\s+){0,2}?"
    r"(?:is|are)\s+(?:\w+\s+)?not\b[^.;]{0,60}?\b(?:evidence|proof|a\s+guarantee)\s+(?:that|of)\b"
    # "this letter is not a certification" ("does not state that the mill is free of ...", or "not
    # in a position to state that", alone are no decline: statements hedge so as boilerplate)
    r"|\b(?:report|letter|statement|summary|assessment|audit|document)\s+(?:is|was)\s+not\s+an?\s+"
    r"(?:certification|certificate|guarantee)\b"
    r"|\b(?:social\s+)?audits?\s+(?:are|is)\s+(?:simply\s+)?(?:poorly\s+suited|ill[- ]suited"
    r"|not\s+designed|not\s+(?:able|equipped))\s+to\s+(?:detect|detecting|identify|identifying|find"
    r"|uncover|see)"
    r"|\b(?:audits?|assessments?|certification)\s+(?:are|is)\s+(?:simply\s+)?not\s+capable\s+of\s+"
    r"(?:establishing|detecting|proving|showing|confirming|ruling\s+out|finding)"
    rf"|{de.DECLINE_LIMIT}"
)


DECLINE_ACT = rx(
    r"\b(?:withdr(?:aw|aws|ew|awn|awing)|retract(?:s|ed|ing)?|rescind(?:s|ed)?|revok(?:e|es|ed)"
    r"|cancel(?:s|led|ed|ling|ing)?|annul(?:s|led|ling)?"
    r"|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped)?|pull(?:s|ed)?\s+out\s+of|left"
    r"|paus(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|dropp?(?:s|ed|ing)?|took\s+down"
    r"|exit(?:s|ed|ing)?|terminat(?:e|es|ed)|end(?:s|ed|ing)|(?<!the\s)(?<!an\s)(?-i:end)|ceas(?:e|es|ed|ing)"
    r"|discontinu(?:e|es|ed|ing))"
    r"\s+(?:[\w’'-]+\s+){0,6}?(?:statements?|certificates?|certifications?|conclusions?|findings?"
    r"|opinion|assessments?|audits?|verifications?|assignment|job|mandate|labels?|reports?|claims?"
    r"|letters?"
    r"|recognition|accreditation|activity"
    r"|endorsement|backing|support|ratings?|panel|region|relationships?|orders|site|activities"
    r"|suppliers?"
    r"|assignments|jobs|mandates|engagements?|sourcing|purchasing|buying|purchases|imports"
    r"|shipments"
    r"|operations|licen[cs]es?|membership)\b"
    r"|\b(?:this|the|our)\s+(?:verification|statement|certificate|assessment|audit|report|letter)"
    r"\s+(?:is|has\s+been)\s+(?:hereby\s+)?(?:withdrawn|suspended|retracted|revoked)\b"
    r"|\b(?:leav(?:e|es|ing)|pull(?:s|ed|ing)?\s+out\s+of|withdr(?:aw|aws|ew|awing)\s+from)\s+"
    r"(?:the\s+)?(?:region|province|country|market|XUAR|Xinjiang|Tibet|TAR)\b"
    # "we will not buy from the smelter until we can verify conditions there", "will not resume
    # purchases from the two mines until ..."
    r"|\b(?:will|shall|would)\s+not\s+(?:resume\s+)?(?:buy|buying|source|sourcing|purchase"
    r"|purchases|purchasing|order|orders|import|imports)\b[^.;]{0,60}?\b(?:from|until)\b"
    # the speaker's own reliance refused: "we have decided not to rely on that audit", "we have
    # chosen not to commission audits of our cotton supply"
    r"|\b(?:we|I|it|they|(?-i:[A-Z][\w&’'-]*|fund|company|brand|retailer|buyer|investor|bank))"
    r"\s+(?:have\s+|had\s+|has\s+)?(?:therefore\s+|also\s+)?(?:decided|chosen|chose|will"
    r"|would|shall|do|did)\s*(?:not|n[o’']t)\s+(?:to\s+)?(?:rely\s+(?:up)?on|cite|commission"
    r"|point\s+to|invoke)\s+(?:that|the|this|these|those|such|any|an?|its|their|[\w’'-]+[’']s)?"
    r"\s*(?:[\w’'-]+\s+){0,2}?(?:audits?|certificates?|reports?|assessments?)\b"
    # not "audits alone", nor what they are used for ("to find forced labour"): a method stated
    r"(?!\s+(?:alone|solely|only|by\s+themselves|by\s+itself|to\s+(?:\w+\s+)?(?:find|detect"
    r"|identify|uncover|spot|prevent|manage|monitor)\b))"
    # "an audit of that kind cannot tell us ..., and we will not rely on it"
    r"|\b(?:audit|certificat|assessment|report)\w*\b[^.;]{0,120}?\b(?:will|would|shall|do|did)"
    r"\s*(?:not|n[o’']t)\s+rely\s+(?:up)?on\s+(?:it|them)\b"
    # "..., and we do not claim it": the speaker will not assert what it cannot show ("we do
    # not claim that X is free of ..." is a hedge, read as a negated claim)
    r"|\b(?:do|does)\s*(?:not|n[o’']t)\s+claim\s+(?:it|that|this|so)\s*(?:[.;!]|$)"
    # "we have decided not to source any cotton from the region"
    r"|\b(?:decided|chosen|chose|choose)\s+(?:not\s+to|against)\s+(?:source|sourcing|buy|buying"
    r"|purchase|purchasing|use|using|work\s+with|working\s+with)\b"
    r"|\b(?:placed|put)\s+on\s+hold\b|\bno\s+longer\s+(?:offer|provide|issue|grant|conduct|carry\s+out"
    r"|accept)\s+(?:\w+\s+){0,2}?(?:audits?|certificat\w+|licen[cs]es?|assurance|verifications?)"
    r"|\bno\s+(?:new\s+)?(?:certificates|licen[cs]es|audits)\s+(?:will|can|may|shall)\s+be\s+"
    r"(?:issued|granted|conducted|renewed)"
    # the same as a rule for those who certify: "no certification body may issue or renew ..."
    r"|\bno\s+(?:certification\s+bod(?:y|ies)|certifiers?|auditors?|assessors?|verifiers?)\s+"
    r"(?:may|can|shall|will)\s+(?:issue|renew|extend|grant|certify)"
    r"|\bno\s+basis\s+(?:on\s+which\s+)?(?:to|for)\s+(?:give|giving|provide|providing|offer|offering)?"
    r"\s*(?:\w+\s+)?(?:assurance|opinion|certification)"
    r"|\bmake\s+no\s+(?:claims?|statements?)\s+(?:about|on|regarding)\b"
    # "we are not making that claim", "we cannot rule it out": the speaker will not assert absence
    r"|\b(?:(?:am|are|is)\s+not\s+making|(?:do|does)\s*(?:not|n[o’']t)\s+make)\s+"
    r"(?:that|this|such\s+a|any\s+such|any)\s+claims?\b"
    r"|\b(?:will|would|shall)\s+not\s+(?:be\s+)?(?:using|use)\s+(?:[\w’'-]+\s+){0,4}?to\s+"
    r"(?:describe|present|label|call)\s+(?:[\w’'-]+\s+){0,4}?as\s+(?:free|compliant|clean)\b"
    r"|\b(?:we|i)\s+(?:cannot|can\s*not|can[’']t)\s+rule\s+(?:it|this|that)\s+out\b"
    r"|\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+"
    r"(?:to\s+(?:audit|certify|verify|sign(?:\s+off)?|validate|conduct|carry\s+out|accept|rate"
    r"|issue|give|express|provide|publish)\b"
    r"|(?:the|this|an?|our|their)\s+(?:\w+\s+){0,2}?"
    r"(?:mandate|job|request|assignment|engagement|audit|commission)\b)"
    r"|\b(?:no|not\s+any)\s+(?:assurance|opinion|conclusion|rating|finding|certificate|report)\s+"
    r"(?:\w+\s+){0,3}?(?:is|was|has\s+been|will\s+be|can\s+be|could\s+be)\s+(?:\w+\s+)?"
    r"(?:expressed|given|issued|drawn|made|provided)"
    r"|\b(?:express(?:es|ed)?|gives?|give|makes?|made|issue[sd]?)\s+no\s+(?:\w+\s+)?"
    r"(?:opinion|assurance|finding|conclusion|rating)|\bgives\s+no\s+assurance"
    r"|\b(?:unable|not\s+(?:able|in\s+a\s+position))\s+to\s+(?:provide|give|issue|express"
    r"|form|reach|draw|come\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:assurance|opinion|conclusion|rating|certificate)"
    r"|\bdisclaimer\s+of\s+(?:opinion|conclusion)|\bdisclaim(?:s|ed)?\s+(?:an?\s+|any\s+)?opinion"
    # an assessor leaving the work: "has resigned from the engagement because ..."
    r"|\bresign(?:s|ed|ing)?\s+(?:from\s+)?(?:the\s+|this\s+|our\s+|its\s+)?"
    r"(?:engagement|mandate|assignment|audit|contract)"
    r"|\b(?:have|has)\s+not\s+(?:rated|certified|issued\s+a\s+(?:report|rating|certificate))"
    # not knowing whether workers are free is a limit; not knowing what the auditors did is not
    r"|\b(?:has|have)\s+not\s+accepted\s+(?:any\s+)?(?:new\s+)?(?:applications|audits|clients)\b"
    r"|\bno\s+reliable\s+conclusion|\b(?:do|does)\s+not\s+know\s+whether"
    r"(?!\s+(?:the\s+)?(?:auditors?|audit|assessors?|verifiers?|inspectors?|certifiers?)\b)"
    r"|\b(?:(?:will|would|shall)\s+not|(?:am|are|is)\s+not\s+going\s+to)\s+"
    r"(?:claim|describe|call|certify|validate|say|present|label"
    r"|publish\s+an?\s+assurance|pretend)"
    r"|\bstop(?:s|ped)?\s+(?:accepting|taking\s+on|doing|conducting|carrying\s+out)\s+"
    r"(?:\w+\s+){0,2}?(?:assignments?|audits?|work|clients|mandates?|engagements?|business)\b"
    r"|\b(?:no\s+longer|not\s+longer|do\s+not|does\s+not)\s+"
    r"(?:stand\s+(?:by|behind)|endorses?|supports?|vouch(?:es)?\s+for|back)\b"
    r"|\b(?:we|i)\s+(?:do|will)\s+not\s+audit\b"
    # deciding against an audit, lending no name to one, saying one cannot tell
    r"|\bdecided\s+against\s+(?:it\b|auditing|certifying|an?\s+(?:audit|assessment|certification"
    r"|verification)|the\s+(?:audit|assessment|engagement|visit))"
    r"|\b(?:not|never|rather\s+than)\s+(?:to\s+)?lend\s+(?:our|its|their|my)\s+name\s+to"
    r"|\b(?:not\s+in\s+a\s+position|unable|(?:can|could)\s*(?:not|n[o’']t))\s+to\s+"
    r"(?:say|tell|state|confirm|determine|know|judge)\s+whether"
    rf"|{de.DECLINE_ACT}"
    # a service not offered: "we do not carry out social audits in the region", "no longer
    # provides assurance on cotton from Xinjiang"
    r"|\b(?:(?:do|does|will|would|shall)\s*(?:not|n[o’']t)|no\s+longer)\s+(?:\w+\s+)?"
    r"(?:offer|provide|conduct|carry\s+out|carries\s+out|perform|undertake|accept|issue|grant"
    r"|sell)(?:s|es|d|ed)?\s+(?:\w+\s+){0,3}?(?:audits?|auditing|certification|certificates?"
    r"|assurance|verifications?|assessments?|inspections?)\b"
    r"|\bno\s+audit\s+was\s+(?:carried\s+out|conducted|done)"
    r"|\b(?:(?:do|does|will|would|shall)\s+not|won[’']t|don[’']t|doesn[’']t|no\s+longer"
    r"|cease[sd]?\s+to|decided\s+not\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:audit|certify|verify|assess|inspect|accept|issue|grant|renew|license|licence|conduct"
    # "will not help buyers check their supply chains in that region"
    r"|vet|provide\s+assurance|sign\s+off)\b"
    r"|\b(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:hereby\s+)?"
    r"(?:suspended|withdrawn|revoked|retracted)\b|\bstop\s+citing"
    r"|\bno\s+longer\s+(?:cite|rely\s+on|use)\b"
    r"|\b(?:should|must|can|may)\s+no\s+longer\s+be\s+(?:relied|cited|used|quoted)\b"
    r"|\b(?:withdr(?:aw|awn|ew|awing)|retract(?:ed|ing)?)\s+(?:it|them|that|this)\b"
    # "we declined", "the firm has declined"; not a quantity that "has declined" (fallen)
    r"|\b(?:have|has|we)\s+declined\b(?!\s+(?:over\s+the|by\s+(?:\d|about|around|almost|nearly)"
    r"|from\s+\d|\d|sharply|significantly|steadily|slightly|markedly))"
    r"|\b(?:not|never)\s+(?:going\s+to\s+)?pretend\s+(?:that\s+)?(?:an?\s+|any\s+|the\s+|our\s+)?"
    r"(?:audits?|assessments?|certifications?|inspections?)\b"
    r"|\bthere\s+(?:are|is|were|was|have\s+been|has\s+been)\s+no\s+(?:\w+\s+){0,3}?"
    r"(?:audits|certifications?|certificates|assessments|verifications)\b"
    r"|\b(?:no|not\s+any)\s+(?:\w+\s+){0,2}?(?:audits?|certifications?|assessments?)\s+"
    # "have been conducted", "have recently been carried out", "have taken place", "is
    # currently held", "are in force"
    r"(?:\w+\s+){0,2}?(?:(?:have|has|had)\s+(?:\w+\s+)?(?:been\s+)?|(?:is|are)\s+(?:\w+\s+)?)"
    r"(?:carried\s+out|conducted|done|issued|performed|granted|taken\s+place|held|in\s+force)\b"
)


#: The cue of a decline read from a stated limit: credible assurance is not possible here.
LIMIT_CUE = "credible assurance said to be impossible"
#: The cue of a decline read from its act (suspends, ends, refuses), when no kind below fits.
DECLINE_ACT_CUE = "declines, suspends or withdraws"
#: Kinds of act, each with its own cue, so that later rules read the cue, not the words again.
WITHDRAWAL_CUE = "withdraws its own assurance"
RELIANCE_REFUSED_CUE = "will not rely on an audit"
CLAIM_REFUSED_CUE = "will not claim more than it can show"
#: Every cue of a decline read from an act.
ACT_CUES = frozenset({DECLINE_ACT_CUE, WITHDRAWAL_CUE, RELIANCE_REFUSED_CUE, CLAIM_REFUSED_CUE})

#: Of the declines read from an act, the ones that state a limit rather than take something
#: back: "I would not claim more than that", "we are not making that claim".
REFUSES_TO_CLAIM = re.compile(
    r"\b(?:(?:will|would|shall|do|does)\s*(?:not|n[o’']t)\s+(?:claim|state|say|describe|call|present"
    r"|assert)|not\s+making|make\s+no\s+claims?)\b",
    re.IGNORECASE,
)
#: Of the declines read from an act, the ones that refuse to rely on someone's audit: "we have
#: decided not to rely on that audit", "we will not cite the report".
REFUSES_RELIANCE = re.compile(
    r"\b(?:rely\s+(?:up)?on|cite|point\s+to|invoke)\s+(?:that|this|the|those|these|its|their|it"
    r"|them|[\w’'-]+[’']s)\b",
    re.IGNORECASE,
)
#: A decline that takes back the speaker's own assurance: a certificate, report, summary,
#: statement or conclusion withdrawn.
WITHDRAWS_ASSURANCE = re.compile(
    r"\b(?:withdr(?:aw|aws|ew|awn|awing)|revok(?:e|es|ed|ing)|retract(?:s|ed|ing)?"
    r"|rescind(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?)"
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:certificat\w+|reports?|statements?|conclusions?|findings?|opinion"
    r"|verification|letter|summar(?:y|ies))\b",
    re.IGNORECASE,
)


def find_decline(sentence: str) -> tuple[int, int, str] | None:
    m = DECLINE_LIMIT.search(sentence)
    if m:
        return m.start(), m.end(), LIMIT_CUE
    m = DECLINE_ACT.search(sentence)
    if (
        m
        and m.group(0)[:4].lower() == "exit"
        and _EXIT_AS_NOUN.search(sentence, max(0, m.start() - 20), m.start())
    ):
        return None  # "cleared the emergency exit during the visit": a door, not an exit from work
    if m and _EVIDENCE_AS_SUBJECT.search(sentence, max(0, m.start() - 60), m.start()):
        return None  # "its own pages do not support the statement": evidence, not a speaker
    if m and _EXIT_DENIED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
        return None  # "unable to leave the country": the workers' exit is denied, no one declines
    if m and REJECTED.search(sentence):
        return None  # "does not accept the audit as evidence": a verdict on someone's audit
    if (
        m
        and not m.group(0).lower().startswith(("no longer", "not "))
        and _MAY_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
    ):
        # "the scheme can suspend a certificate if ...": a power in a rule book ("can no longer
        # stand behind" is the speaker's own withdrawal)
        return None
    if (
        m
        and _ASKED_OF_ANOTHER.search(sentence, max(0, m.start() - 160), m.start())
        and not re.search(r"\b(?:our|my)\b", m.group(0), re.IGNORECASE)
    ):
        # "we urge the certifier to suspend ...": a request, not the speaker's act; "we asked
        # the supplier to stop citing our audit" withdraws the speaker's own backing
        return None
    # the act's object may run past the shortest match: "withdraws the audit statement"
    if m and (
        _DECLINE_STRONG.search(sentence, m.start(), min(len(sentence), m.end() + 60))
        or _DECLINE_REASON.search(sentence)
        # "removed two suppliers that failed to repay the fees": a violation is the act's reason
        or (
            SUPPLIER_DROPPED.match(m.group(0))
            and (link := _FOR_WHAT.search(sentence, m.end(), m.end() + 60)) is not None
            and VIOLATION.search(sentence, link.end())
        )
        # "the certificate ... has been placed on hold": a suspended certificate is a decline
        or (_SUSPENDED.match(m.group(0)) and _CERTIFICATE.search(sentence))
    ):
        return m.start(), m.end(), _act_cue(sentence, m.start(), m.end())
    return None


def _act_cue(sentence: str, start: int, end: int) -> str:
    """The kind of act a decline is: a withdrawal of the speaker's own assurance comes first, as
    it takes back what was claimed; then a refusal to rely on an audit, then one to claim more."""
    for act, cue in (
        (WITHDRAWS_ASSURANCE, WITHDRAWAL_CUE),
        (REFUSES_RELIANCE, RELIANCE_REFUSED_CUE),
        (REFUSES_TO_CLAIM, CLAIM_REFUSED_CUE),
    ):
        if act.search(sentence, start, end):
            return cue
    return DECLINE_ACT_CUE


_EXIT_AS_NOUN = re.compile(
    r"\b(?:the|an|one|emergency|fire|escape|blocked|obstructed|locked)\s+$", re.IGNORECASE
)
_EVIDENCE_AS_SUBJECT = re.compile(
    r"\b(?:pages|evidence|findings|summary|records|data|facts|observations)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:(?:do|does|did)\s*)?$",
    re.IGNORECASE,
)
_EXIT_DENIED_BEFORE = re.compile(
    r"\b(?:unable|not\s+(?:allowed|able|free|permitted)|forbidden|cannot|can\s*not|can[’']t"
    r"|could\s*not|couldn[’']t|prevented\s+from|barred\s+from)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
#: A power rather than an act: "may suspend", "reserves the right to withdraw" ("may" in lower
#: case: "from 1 May no certifier may issue ..." names a month).
_MAY_BEFORE = re.compile(
    r"\b(?:can|(?-i:may)|might|could|reserves?\s+the\s+right\s+to|(?:is|are)\s+entitled\s+to"
    r"|(?:has|have)\s+the\s+(?:right|power|authority)\s+to|(?:is|are)\s+empowered\s+to)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A request that someone else act: "we urge the certifier to", "calls on buyers to".
_ASKED_OF_ANOTHER = re.compile(
    r"\b(?:ask(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\s+(?:on|upon)|request(?:s|ed)?|demand(?:s|ed)?"
    r"|want(?:s|ed)?|expect(?:s|ed)?|invite[sd]?|encourage[sd]?|press(?:es|ed)?)\s+"
    # whom, however long its description: "call on the buyers of X Co., Ltd., a maker of ..."
    r"(?:[\w’'.,-]+\s+){1,20}?to\s+$",
    re.IGNORECASE,
)
_SUSPENDED = re.compile(
    r"(?:placed|put)\s+on\s+hold|(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+)?"
    r"(?:suspended|withdrawn|revoked|retracted)",
    re.IGNORECASE,
)
_CERTIFICATE = re.compile(
    r"\b(?:certificat\w+|licen[cs]es?|accreditation|recognition|labels?|seal)\b", re.IGNORECASE
)
_DECLINE_REASON = rx(
    r"\b(?:because|as|since|given|due\s+to|owing\s+to|in\s+(?:the\s+)?light\s+of|having\s+regard"
    r"|until|pending|after|credib\w+|reliab\w+|independen\w+"
    r"|conditions|restrictions|surveillance|officials?|region|Xinjiang|Tibet|Uyghur|XUAR|TAR"
    r"|earlier|previous|prior|access|interview\w*|wrong|mistaken?|error|desk\s+review|while"
    r"|questions|concerns|doubts|review\w*|redesign\w*|method\w*|verif\w*|vouch\w*"
    r"|can\s*not\s+support|could\s*n[o’']t\s+have)\b",
)
#: A supplier dropped: "ended our relationship with", "terminated the contract of"; read here as
#: the reason a violation gives an act, and in ``detect`` as what turns that act into a finding.
SUPPLIER_DROPPED = re.compile(
    r"(?:end\w*|terminat\w+|exit\w*|cancel\w*|suspend\w*|stop\w*|drop\w*|remov\w+|ceas\w+)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:relationships?|contracts?|orders|suppliers?|business|sourcing)\b",
    re.IGNORECASE,
)
#: What ties a dropped partner to its reason: "suppliers that failed to ...", "over fees".
_FOR_WHAT = re.compile(r"\b(?:that|which|who|whose|for|over|after|because)\b", re.IGNORECASE)
#: Objects that make a withdrawal or refusal a decline by themselves.
_DECLINE_STRONG = re.compile(
    r"\b(?:decided\s+against|lend|whether|(?:Zertifikat|Siegel|Zertifizierung)\w*|statements?|certificates?|conclusions?|findings?|opinion|assurance|endorse\w*|backing"
    r"|label|verification|rating|rated|claim|describe|validate|certify"
    r"|stand\s+(?:by|behind)|vouch|no\s+reliable|not\s+know|hereby|no\s+audit|not\s+audit"
    r"|refus\w+|declin\w+|rely|commission|accreditation|invalid"
    r"|no\s+(?:\w+\s+){0,3}?(?:audits|certifications?|certificates|assessments))\b",
    re.IGNORECASE,
)
