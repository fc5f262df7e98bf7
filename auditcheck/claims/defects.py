"""Defects of method that leave an audit unable to see forced labour, told as facts about an audit.

A failure account does not always say that an audit *missed* something. Just as often it says
how the audit was done, in a way that settles the question: the auditors were paid by the site
they audited, the "audit" was a questionnaire the supplier filled in, interviews were held in a
language the workers do not speak, findings were struck out at the client's request, the
report was copied from last year's. These are the failure modes the research on social
auditing documents (conflict of interest, substituted methods, unfree or unintelligible
interviews, suppressed findings, fabricated reports); each class below is one of them, built
from word classes (who pays, what the method really was, whose people did it) rather than from
any one wording.

A defect counts only when told of a particular audit as a fact, not in talk about audits in
general ("audits are commonly paid for by suppliers") or rules ("auditors must not accept gifts");
whether an outsider tells it or the assessor states its own limit is decided in ``detect``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text.screen import ScreenedPattern
from .base import rx
from .violations import NOT_A_FINDING, VIOLATION

#: Whoever is being audited: the site, its owner or the supplier.
_AUDITED_NOUN = (
    r"(?:factor(?:y|ies)|suppliers?|mills?|estates?|farms?|plantations?|plants?"
    r"|units?|yards?|boats?|vessels?|camps?|hatcher(?:y|ies)|canner(?:y|ies)|gins?"
    r"|owners?|employers?|sites?|companies|company|firms?|contractors?|vessel\s+owners?"
    r"|fleets?|tanner(?:y|ies)|workshops?|growers?|producers?|manufacturers?|brands?)"
)
_AUDITED = r"(?:\w+\s+){0,2}?" + _AUDITED_NOUN
#: Audit people: whoever carries an audit out.
_AUDIT_PEOPLE = (
    r"(?:auditors?|inspectors?|assessors?|verifiers?|certifiers?|audit\s+(?:firms?|teams?"
    r"|compan(?:y|ies)|staff)|certification\s+bod(?:y|ies)|monitors?)"
)
#: The words that make a payer or a helper the audited party itself, not a named client.
_ITSELF = (
    rf"(?:(?:the\s+)?very\s+{_AUDITED}|(?:the\s+)?(?:same\s+)?{_AUDITED}"
    r"\s+(?:themselves|itself|(?:that\s+)?(?:were|was)\s+being\s+(?:audited|inspected|certified"
    r"|checked|reviewed)|being\s+(?:audited|inspected|certified|checked|reviewed)"
    r"|under\s+(?:review|audit|scrutiny|inspection)|(?:they|it)\s+(?:were\s+)?(?:audited|audit"
    r"|inspected|inspect|certified|certify|checked|check|assessed|assess|were\s+meant\s+to\s+check)"
    r"))"
)

#: What a payer or a patron does to an auditor.
_RETAINED = (
    r"(?:paid|booked|commissioned|hired|funded|financed|chosen|selected|appointed|engaged"
    r"|employed|retained|briefed|vetted|instructed)"
)
#: The people who run the audited site: "the tannery's owner", "the plant's management".
_ITS_MASTERS = (
    r"(?:the\s+)?"
    + _AUDITED
    + r"[’']s?\s+(?:own\s+)?(?:owners?|management|managers?|directors?|bosses|HR|proprietors?)"
)

#: Paid, booked or chosen by the party under audit, or dependent on it for the next contract.
CONFLICT = rx(
    r"\b"
    + _RETAINED
    + r"(?:,\s*"
    + _RETAINED
    + r")*(?:,?\s+(?:and|or)\s+"
    + _RETAINED
    + r")?\s+(?:for\s+)?by\s+(?:"
    + _ITSELF
    + "|"
    + _ITS_MASTERS
    + ")"
    # done by a firm tied to the site or to the state that runs the labour scheme: "carried out
    # by a firm with close ties to the regional government", "a consultancy owned by a state firm"
    + r"|\b(?:carried\s+out|conducted|done|performed|run|led)\s+by\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:firm|company|auditors?|consultancy|team|body|organi[sz]ation|certifier)\s+"
    r"(?:(?:with|that\s+has|which\s+has|that\s+had|which\s+had)\s+(?:close\s+|long-?standing\s+"
    r"|financial\s+|commercial\s+|political\s+|family\s+)?(?:ties|links|connections)\s+(?:to|with)"
    r"|(?:that\s+is\s+|which\s+is\s+)?(?:owned|controlled|run)\s+by)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:government|authorities|party|state|state-(?:run|owned)\s+\w+"
    + "|"
    + _AUDITED_NOUN
    + r"|owners?|management)\b"
    + r"|\b(?:risked|risk|feared|fear)\s+losing\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?"
    r"(?:contracts?|clients?|business|work|customers?)\s+if\s+(?:they|it|the\s+\w+)\s+"
    r"(?:reported|raised|recorded|flagged|found|wrote\s+up)"
)

#: Money or favours passed to the auditors by the audited.
BRIBED = rx(
    r"\b(?:bribed|bribing|paid\s+off)\s+(?:the\s+|an?\s+|their\s+)?(?:\w+\s+)?"
    + _AUDIT_PEOPLE
    + r"|\b(?:bribes?|kickbacks?|backhanders?)\s+(?:\w+\s+){0,3}?(?:to|from)\s+(?:the\s+|an?\s+)?"
    r"(?:\w+\s+)?"
    + _AUDIT_PEOPLE
    + r"|\b"
    + _AUDIT_PEOPLE
    + r"\s+(?:\w+\s+){0,3}?(?:were|was|had\s+been)\s+(?:\w+\s+)?"
    r"(?:bribed|paid\s+off|bought)"
    r"|\b" + _AUDIT_PEOPLE + r"\s+(?:\w+\s+){0,3}?(?:received|accepted|took|taking|were\s+given"
    r"|were\s+handed|were\s+offered\s+and\s+accepted)\s+(?:\w+\s+){0,3}?(?:gifts?|cash|money"
    r"|payments?|bonus(?:es)?|envelopes?|hospitality)\b"
    r"|\bpaid\s+(?:the\s+)?" + _AUDIT_PEOPLE + r"\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:bonus(?:es)?"
    r"|premium|fee|sum|reward)\s+(?:for|per|on)\s+(?:every|each|any)\s+(?:\w+\s+)?"
    r"(?:audit|inspection|certificate|visit)"
)

#: What the method really was, said to be less than an audit: "turned out to be nothing more
#: than a questionnaire", "consisted of a group meeting", "rested entirely on records the owner
#: supplied", "rather than visiting the boats, the certifier read crew lists".
_LESSER_METHOD = (
    r"(?:desk[- ](?:reviews?|exercises?|audits?|based\s+reviews?)|paper(?:work)?\s+(?:exercises?"
    r"|reviews?|checks?)|questionnaires?|self-assessments?|self\s+assessments?|surveys?"
    r"|(?:phone|telephone|video)\s+calls?|document\s+reviews?|review\s+of\s+(?:\w+\s+){0,2}?"
    r"(?:documents|records|paperwork|files)|tick-?box(?:ing)?\s+exercises?|box-ticking"
    r"|(?:group\s+)?meetings?|briefings?|presentations?|(?:guided\s+)?tours?|walk-?throughs?"
    r"|photo\s+opportunit(?:y|ies)|formalit(?:y|ies))"
)
SUBSTITUTED_METHOD = rx(
    r"\b(?:turned\s+out\s+to\s+be|amounted\s+to|consisted\s+(?:only|solely|merely|entirely)\s+of"
    r"|consisted\s+of\s+(?:nothing|little)\s+more\s+than"
    # a method named as a pretence, then said what it was: "the supposed interviews consisted
    # of a group meeting"; "the assessment consisted of a document review, ..." is a description
    r"|(?:so-called|supposed|purported|alleged|self-styled)\s+(?:\w+[- ]){0,3}?(?:audits?"
    r"|interviews?|assessments?|inspections?|verifications?|visits?|monitoring)\s+(?:\w+\s+){0,4}?"
    r"(?:consisted\s+of|comprised|involved|was|were)"
    r"|(?:was|were|is|are)\s+(?:in\s+fact|actually|really|merely|only|just|simply|no\s+more\s+than"
    r"|little\s+more\s+than|nothing\s+more\s+than|nothing\s+but))\s+(?:in\s+fact\s+|actually\s+"
    r"|merely\s+|only\s+|just\s+|simply\s+|little\s+more\s+than\s+|nothing\s+more\s+than\s+"
    r"|no\s+more\s+than\s+)*(?:an?\s+|the\s+)?(?:\w+[- ]){0,3}?" + _LESSER_METHOD + r"\b"
    # resting on the audited party's papers
    r"|\b(?:rested|relied|based|depended|relying|resting|built)\s+(?:\w+\s+){0,2}?on\s+(?:\w+\s+){0,6}?"
    r"(?:records|documents|paperwork|attestations|declarations|questionnaires|self-assessments"
    r"|assurances|lists|files|data|information|statements|figures)\s+(?:\w+\s+){0,3}?"
    r"(?:supplied|provided|handed\s+over|handed|sent|emailed|e-mailed|forwarded|given|prepared|signed"
    r"|filled\s+in"
    r"|completed|produced|submitted|chosen)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?"
    + _AUDITED
    + r"(?:[’']s)?"
    # papers the assessor then checked ("..., which has been independently audited") are evidence
    r"(?![^.;]{0,40}?\b(?:which|that)\s+ha(?:s|ve|d)\s+been\s+(?:independently\s+)?(?:audited"
    r"|verified|checked|validated|tested|reviewed)\b)"
    # an outing that did not happen, replaced by paper
    r"|\b(?:rather\s+than|instead\s+of)\s+(?:ever\s+)?(?:visiting|going\s+to|boarding|inspecting"
    r"|interviewing|speaking\s+(?:to|with)|talking\s+(?:to|with)|meeting|entering)\b"
    # remote work presented as a visit
    r"|\b(?:done|carried\s+out|conducted|performed|held)\s+(?:\w+\s+){0,2}?(?:remotely|by\s+video"
    r"|by\s+(?:tele)?phone|online|from\s+(?:the|its|an?)\s+(?:\w+\s+)?office)\b"
    r"(?=[^.;]{0,120}?\b(?:described|presented|billed|sold|reported|labelled|listed|counted)"
    r"\s+as\b)"
    r"|\b(?:described|presented|billed|sold|reported|labelled|listed)\s+(?:\w+\s+){0,3}?as\s+"
    r"(?:on-site|onsite|site|physical|in-person|field)\s+(?:visits?|audits?|inspections?)"
    r"(?=[^.;]{0,160}?\b(?:remotely|by\s+video|by\s+(?:tele)?phone|online|desk)\b)"
)

#: The audit done by the audited party's own people, or by someone bound to them.
NOT_INDEPENDENT = rx(
    r"\b(?:carried\s+out|conducted|done|performed|led|run|signed(?:\s+off)?|written|made)\s+"
    r"(?:\w+\s+){0,2}?by\s+(?:the\s+|a\s+)?" + _AUDITED + r"(?:[’']s)?\s+own\s+(?:\w+[- ]){0,3}?"
    r"(?:staff|employees?|managers?|officers?|team|people|personnel|compliance|HR|director"
    r"|supervisors?|engineers?|auditors?|inspectors?|subsidiar(?:y|ies)|affiliates?"
    r"|sister\s+compan(?:y|ies))"
    r"|\b(?:carried\s+out|conducted|done|performed|run)\s+by\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:subsidiary|affiliate|sister\s+company|parent\s+company|in-house\s+team)\s+of\s+"
    r"(?:the\s+)?"
    + _AUDITED
    + r"|\b"
    + _AUDIT_PEOPLE
    + r"\s+(?:\w+\s+){0,6}?(?:was|were|is|turned\s+out\s+to\s+be)\s+"
    r"(?:also\s+)?(?:an?\s+|the\s+)?(?:\w+\s+){0,4}?(?:owner|manager|director|supplier|factory"
    r"|company|mill|chairman|boss)(?:[’']s)\s+(?:own\s+)?(?:\w+\s+)?(?:nephew|niece|sons?"
    r"|daughters?|brother|sister|cousin|wife|husband|relatives?|employee|business\s+partner"
    r"|friend|in-law|brother-in-law|sister-in-law)"
    r"|\bon\s+the\s+(?:\w+\s+)?" + _AUDITED + r"(?:[’']s)?\s+payroll\b"
)

#: Interviews in a language the workers do not speak, or without an interpreter they needed.
UNINTELLIGIBLE_INTERVIEWS = rx(
    r"\b(?:in|through)\s+(?:\w+,?\s+){0,2}?(?:a\s+language|which|that)\s+(?:\w+\s+){0,5}?"
    r"(?:(?:do|did|could|can|does)\s*(?:not|n[’']t)|never|barely|hardly)\s+(?:\w+\s+)?"
    r"(?:speak|understand|read|follow)"
    r"|\b(?:in|through)\s+(?:\w+,?\s+){0,2}?(?:a\s+language\s+)?(?:which|that)?\s*"
    r"(?:none|few|not\s+one|hardly\s+any|only\s+a\s+few)\s+of\s+(?:the|them|their)\s*"
    r"(?:\w+\s+){0,3}?(?:speaks?|spoke|understands?|understood|reads?|follows?|followed)\b"
    r"|\bno\s+interpreters?\s+(?:was|were|had\s+been)\s+(?:present|provided|available|used"
    r"|brought|there)"
)

#: Findings struck out, softened or reclassified before the report went out.
SUPPRESSED_FINDINGS = rx(
    r"\b(?:pressured|pressed|told|asked|instructed|ordered|forced|urged|made|encouraged)\s+"
    r"(?:\w+\s+){0,2}?to\s+(?:downgrade|reclassify|remove|delete|soften|drop|omit|withdraw"
    r"|tone\s+down|water\s+down|rewrite|leave\s+out|take\s+out|strike\s+out|cut)\s+"
    r"(?:\w+\s+){0,5}?(?:findings?|non[- ]?conformit(?:y|ies)|observations?|issues|reports?"
    r"|references?|sections?|passages?)"
    r"|\b(?:findings?|non[- ]?conformit(?:y|ies)|references?|sections?|passages?|observations?)"
    r"\s+(?:\w+\s+){0,6}?(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:quietly\s+|later\s+)?"
    r"(?:deleted|removed|downgraded|softened|dropped|struck\s+out|cut|reclassified|watered\s+down"
    r"|taken\s+out|edited\s+out|omitted)\s+(?:from|before|in|at|after|by)\b"
    r"|\b(?:downgrad(?:e|ed|ing)|reclassif(?:y|ied|ying))\s+(?:\w+\s+){0,6}?(?:to|as)\s+"
    r"(?:mere\s+|minor\s+)?(?:\w+\s+)?(?:observations?|recommendations?|opportunities"
    r"|improvement\s+points?|minor)"
)

#: A report copied from another, or identical year after year.
COPIED_REPORT = rx(
    r"\b(?:copied|recycled|reused|cut\s+and\s+pasted|pasted|lifted)\s+(?:\w+\s+){0,5}?"
    r"(?:word\s+for\s+word|verbatim|wholesale|from\s+year\s+to\s+year|year\s+after\s+year"
    r"|from\s+(?:one|an)\s+(?:audit|report|site)\s+to\s+(?:the\s+)?(?:next|another))"
    r"|\b(?:reports?|audits?)\s+(?:\w+\s+){0,6}?(?:are|were|was|is)\s+(?:\w+\s+)?"
    r"(?:word-for-word|word\s+for\s+word|virtually|nearly|almost|largely|entirely)\s+identical"
    # "the report on the dyeing unit was copied almost word for word from one for another site"
    r"|\b(?:reports?|audits?|summar(?:y|ies))\s+(?:[\w’'-]+\s+){0,8}?(?:was|were|is|are|had\s+been"
    r"|has\s+been)\s+(?:\w+\s+)?(?:copied|recycled|reused|lifted|cut\s+and\s+pasted)\b"
    # parts of one report the same as another's: "whole sections of the report on the farm are
    # identical to one the same verifier wrote"
    r"|\b(?:paragraphs|sections|passages|pages|parts|chapters|wording|text)\s+of\s+"
    r"(?:\w+\s+){0,8}?(?:reports?|audits?)\s+(?:[\w’'-]+\s+){0,8}?(?:are|were|is|was)\s+"
    r"(?:\w+\s+)?identical"
)

#: Interviews with someone watching: a camera, or the site's people in or beside the room.
WATCHED_INTERVIEWS = rx(
    r"\binterviews?\b(?:[^.;]{0,120}?)\b(?:with|under)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?"
    r"(?:cameras?|CCTV)\b"
    r"|\binterviews?\b(?:[^.;]{0,120}?)\b(?:managers?|supervisors?|HR(?:\s+staff)?|foremen"
    r"|officials|cadres|security\s+guards?|guards)\s+(?:\w+\s+)?(?:next\s+door|outside\s+the"
    r"\s+door|sitting\s+in|at\s+the\s+door|within\s+earshot|nearby|listening)"
)

#: No one from the audit came at all.
NO_VISIT = rx(
    r"\bno\s+(?:visitors?|one|representatives?|staff)\s+from\s+(?:the\s+|an?\s+|any\s+)?"
    r"(?:\w+\s+)?"
    + _AUDIT_PEOPLE
    + r"|\bno\s+(?:auditors?|inspectors?|assessors?|verifiers?)\s+(?:had|has|have|was|were)\s+"
    r"(?:ever\s+)?(?:been\s+(?:there|to|on|at|in)|come|visited|set\s+foot)"
)

#: An audit refused as evidence, or said unable to support what is claimed from it: "the Office
#: does not accept the audit as evidence", "the audit cannot support these statements".
REJECTED = rx(
    r"\b(?:(?:do|does|did|will|would|could|can)\s*(?:not|n[’']t)|cannot|refuse[sd]?\s+to)\s+"
    r"(?:accept|treat|regard|recognise|recognize)\s+(?:the|this|that|their|its|an?|any|such)\s+"
    r"(?:\w+\s+){0,2}?(?:audits?|certificates?|reports?|assessments?|certification|verification)"
    r"\s+as\s+(?:\w+\s+)?(?:evidence|proof|sufficient|adequate|reliable)"
    r"|\b(?:rejected|rejects|dismissed|dismisses|discounted|discounts)\s+(?:the|this|that|their|its)"
    r"\s+(?:\w+\s+){0,2}?(?:audits?|certificates?|reports?|assessments?)\s+as\s+(?:\w+\s+)?"
    r"(?:evidence|proof|insufficient|inadequate|unreliable)"
    r"|\b(?:audits?|certificates?|reports?|assessments?|verifications?)\s+(?:\w+\s+)?"
    r"(?:cannot|can\s*not|can[’']t|could\s*not|does\s*not|did\s*not)\s+support\s+"
    r"(?:these|the|its|this|their|such|those|that|any)\s+(?:[\w’'-]+\s+)?(?:statements?|claims?"
    r"|conclusions?|findings?|assurances?)"
)

#: The auditors kept out: "they were never given access to the workers' dormitories".
NO_ACCESS = rx(
    r"\b(?:never|not|no\s+longer)\s+(?:been\s+)?(?:given|granted|allowed|permitted|offered)\s+"
    r"(?:any\s+|full\s+)?access\s+to"
    r"|\b(?:was|were)\s+(?:denied|refused)\s+(?:\w+\s+)?access\s+to"
)

#: An audit too short for what it covered: "2,000 workers in under a day", "left after two hours".
RUSHED = rx(
    r"\b(?:assess|audit|inspect|visit|interview|cover|check)\w*\s+(?:[\w,]+\s+){0,8}?"
    r"(?:in|within)\s+(?:under|less\s+than|just|only|barely)\s+(?:an?\s+|one\s+|half\s+a\s+|\w+\s+)?"
    r"(?:hours?|minutes?|day|morning|afternoon)\b|\b(?:two|three|four|five|six|\d)\s+(?:\w+\s+)?"
    r"(?:audits|assessments|inspections)\s+(?:a|per)\s+day\b|\b"
    + _AUDIT_PEOPLE
    + r"\s+(?:[\w,’'-]+\s+){0,14}?(?:left|stayed|spent|were\s+(?:there|on\s+site))\s+"
    r"(?:only\s+|just\s+)?(?:after\s+|for\s+)?(?:less\s+than\s+|under\s+|barely\s+)?(?:an?|one"
    r"|two|three|four|\d|half\s+an?)\s+(?:hours?|minutes?)\b"
)
#: Part of the supply chain never audited although it was said to be: counted only beside a
#: contrast with a claim ("never audited, even though the brand told investors ...").
NEVER_AUDITED = rx(
    r"\bnever\s+(?:been\s+)?(?:audited|assessed|inspected|certified|visited)\b"
    r"(?=[^.;]{0,40}?\b(?:even\s+though|although|though|despite|while|whereas|but)\b)"
)

#: Workers who cannot remember ever meeting an auditor.
NEVER_MET = rx(
    r"\b(?:recall|remember)\s+(?:ever\s+)?(?:being|having\s+been|meeting|seeing|speaking\s+(?:to"
    r"|with)|talking\s+(?:to|with))\s+(?:\w+\s+){0,2}?(?:an?|any|the)\s+" + _AUDIT_PEOPLE
)

#: A part of the operation left out of the audit, where the abuse was: counted only when the
#: sentence places abuse there ("the workshops where the children were found were never
#: included in its scope"); a scope stated on its own is a limit, not a failure.
SCOPE_GAP = rx(
    r"\b(?:never|not)\s+(?:been\s+|once\s+)?(?:included|covered|examined|visited|audited"
    r"|inspected|sampled)\s+(?:in\s+|by\s+|within\s+|during\s+)?(?:its|the|their|any|an?)\s+"
    r"(?:\w+\s+)?(?:scope|audits?|samples?|visits?|inspections?|assessments?|certification)"
    r"|\b(?:covered|included|examined|visited|audited|inspected)\s+only\s+(?:the\s+)?"
    r"(?:\w+\s+){0,3}?(?:plant|factory|site|mill|office|premises|building|warehouse|unit)"
)
#: Abuse placed in the sentence: a violation, or something found there later.
_ABUSE_THERE = rx(
    r"\b(?:later|subsequently|since)\s+(?:\w+\s+){0,3}?(?:found|discovered"
    r"|rescued|freed|identified|uncovered)\b|\bwhere\s+(?:\w+\s+){1,6}?(?:were|was)"
    r"\s+(?:later\s+)?(?:found|discovered|rescued|freed|held|kept|locked)\b"
)


@dataclass(frozen=True)
class Defect:
    """One failure mode: its word class, the cue a finding shows, and what else must hold."""

    pattern: ScreenedPattern
    cue: str
    #: A further condition on the sentence and the match ("workers could not recall meeting an
    #: auditor" needs its negation; a scope gap needs the abuse placed outside the scope).
    holds: Callable[[str, re.Match[str]], bool] = lambda sentence, m: True
    #: The match names an audit by its own words, so the sentence need not name one elsewhere
    #: ("two findings on fees were removed from the report").
    names_the_audit: Callable[[re.Match[str]], bool] = lambda m: False


#: A negation that makes "recall being approached by an auditor" a failure account.
_NEGATED = rx(
    r"\b(?:none|no|not|never|nobody|no\s+one|neither|could\s*n[’']t"
    r"|can[’']t|did\s*n[’']t)\b"
)
#: A denial inside an account of who watched: "without cameras", "no managers nearby".
_UNWATCHED = rx(r"\b(?:no|not|without|never|neither|nor|away\s+from|out\s+of\s+sight)\b")
#: The nouns that make a struck-out passage an audit's own findings.
_AUDIT_FINDINGS = rx(r"\b(?:findings?|non[- ]?conformit(?:y|ies))\b")
#: Habitual or sector-wide talk: about audits in general, not one audit.
_IN_GENERAL = rx(
    r"\b(?:commonly|customarily|in\s+general|generally|as\s+a\s+rule|in\s+(?:the|this|our)\s+"
    r"(?:sector|industry)|across\s+the\s+(?:sector|industry)|industry-wide"
    r"|the\s+(?:audit|auditing|certification|social\s+audit)\s+(?:industry|sector|business|model)"
    r"|(?:have|has)\s+long\s+(?:argued|said|warned|complained|pointed\s+out))\b"
)


#: Every failure mode, in the order they are tried.
DEFECTS = (
    Defect(CONFLICT, "an account that the auditors were paid or chosen by the party they audited"),
    Defect(BRIBED, "an account that the auditors took money or favours from the audited"),
    Defect(
        SUBSTITUTED_METHOD, "an account that the audit was a lesser method than the one claimed"
    ),
    Defect(NOT_INDEPENDENT, "an account that the audit was done by the audited party's own people"),
    Defect(
        UNINTELLIGIBLE_INTERVIEWS,
        "an account that interviews were held in a language workers do not understand",
    ),
    Defect(
        SUPPRESSED_FINDINGS,
        "an account that an audit's findings were removed or softened",
        names_the_audit=lambda m: _AUDIT_FINDINGS.search(m.group(0)) is not None,
    ),
    Defect(
        COPIED_REPORT, "an account that an audit report was copied", names_the_audit=lambda m: True
    ),
    Defect(
        NEVER_MET,
        "an account that workers never met an auditor",
        # "all of them recall meeting an auditor" is no failure
        holds=lambda sentence, m: _NEGATED.search(sentence, 0, m.start()) is not None,
    ),
    Defect(
        WATCHED_INTERVIEWS,
        "an account that interviews were watched by the site's people",
        # "interviews off site, with no managers nearby" is the opposite
        holds=lambda sentence, m: _UNWATCHED.search(m.group(0)) is None,
    ),
    Defect(NO_VISIT, "an account that no one from the audit came"),
    Defect(REJECTED, "an account that an audit cannot support what is claimed from it"),
    Defect(NO_ACCESS, "an account that the auditors were kept from what they needed to see"),
    Defect(RUSHED, "an account that the audit was too short for what it covered"),
    Defect(NEVER_AUDITED, "an account that part of the supply chain said to be audited never was"),
    Defect(
        SCOPE_GAP,
        "an account that the audit left out the part of the operation where abuse was",
        holds=lambda sentence, m: bool(_ABUSE_THERE.search(sentence) or VIOLATION.search(sentence)),
    ),
)


def find_defect(sentence: str, about_an_audit: bool) -> tuple[int, int, str] | None:
    """The first defect of method the sentence tells of a particular audit, as (start, end, cue).
    ``about_an_audit``: the sentence names an audit, its people or its report; without that, a
    defect counts only when its own words name the audit."""
    for defect in DEFECTS:
        m = defect.pattern.search(sentence)
        if m is None or not defect.holds(sentence, m):
            continue
        if not about_an_audit and not defect.names_the_audit(m):
            continue
        if NOT_A_FINDING.search(sentence) or _IN_GENERAL.search(sentence):
            return None
        return m.start(), m.end(), defect.cue
    return None
