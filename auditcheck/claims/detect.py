"""Find the conclusions a text draws or reports, sentence by sentence: kind, speaker and modality.

For each sentence the detector asks, in order: does someone decline or withdraw because credible
assurance is impossible (``decline``); does someone say an audit failed (``failure``); is a clean,
compliance or resolution conclusion drawn (``clean``); does the assessor report concrete
violations (``adverse``). Then: in what mood (asserted, reported, adopted, or a question,
obligation, conditional, negation, retraction, dispute that does not count) and in whose mouth
(first person is the author; reported speech is its attributed subject; an assessment's own
result in a third party's text is the auditor's, reported).

The author's role comes from speech cues (first person, wire furniture, attribution) with the
document role guess as a prior, never from audit vocabulary alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from ..document.model import BlockKind, Document
from ..models import ClaimKind, Modality, Speaker
from ..text.index import DocumentIndex
from . import grammar as g
from .polarity import negated_before

#: Modalities under which a claim is the text's (or its subject's) conclusion.
COUNTING = frozenset({"asserted", "reported", "adopted"})
#: Longest sentence analysed; longer runs (extracted tables) are skipped as not prose.
MAX_SENTENCE_CHARS = 1200
#: How many words before an object a negation may stand and still govern it.
NEGATION_REACH = 9

_QUOTE_OPEN = '"“‘«'
_SPLIT_CLAUSE = re.compile(
    r"[;:]|,\s+(?:but|while|whereas|although|though|yet|however)\b|\s[-–—]\s", re.IGNORECASE
)
_WORD = re.compile(r"[\w’'-]+")
_QUOTE_MARKS = re.compile(r"[\"“”„«»*_]|(?<!\w)[‘’']|[‘’'](?!\w)")


@dataclass(frozen=True)
class SentenceClaim:
    """One claim found in one sentence."""

    kind: ClaimKind
    speaker: Speaker
    modality: Modality
    start: int
    end: int
    focus_start: int
    focus_end: int
    cue: str
    #: For clean claims: about forced labour or compliance as a whole, not one indicator.
    global_scope: bool = False

    @property
    def counts(self) -> bool:
        return self.modality in COUNTING


@dataclass(frozen=True)
class Author:
    """Who wrote the text, as far as its speech cues tell."""

    speaker: Speaker
    reason: str


def author_of(document: Document, role: str | None) -> Author:
    """The author's speaker class from speech cues: furniture, first person, attribution.

    The role guess is only a prior: an auditor is the author when the text speaks in the first
    person or has a report's own length and structure, never because it uses audit words.
    """
    head = document.text[:4000]
    first_person = _first_person_heavy(document.text)
    if g.WIRE_FURNITURE.search(head) or (
        role == "third_party" and _said_count(document.text) >= 3 and not first_person
    ):
        return Author("journalist", "news furniture or reported speech throughout")
    if g.PRESS_RELEASE.search(head) or _COMPANY_ANNOUNCES.search(head[:800]):
        return Author("company", "a press release")
    if len(re.findall(g.REPORT_FURNITURE.pattern, head, re.IGNORECASE | re.MULTILINE)) >= 2:
        return Author("auditor", "the assessor's own report (report fields)")
    if first_person or len(document.text) < 600:
        own = _self_description(document.text[:20_000])
        if own is not None:
            return Author(own, "speaks of itself as a " + own.replace("_", " "))
    if role == "company_statement":
        return Author("company", "a company statement")
    if role in ("audit_report", "auditor_statement"):
        if re.search(
            r"\b(?:standard[- ]owner|our\s+standard|the\s+standard\s+we\s+(?:own|set))\b",
            head,
            re.IGNORECASE,
        ):
            return Author("standard_owner", "a standard owner's statement")
        if first_person or len(document.text) > 3000:
            return Author("auditor", "the assessor's own report or statement")
        return Author("unknown", "audit vocabulary but no speaker cues")
    if role == "third_party":
        return Author("critic" if first_person else "unknown", "a third party's account")
    return Author("unknown", "no clear speaker cues")


def _self_description(text: str) -> Speaker | None:
    """The kind of organisation a first-person text says it is, by its most frequent description."""
    counts: dict[Speaker, int] = {
        "official": len(g.SELF_OFFICIAL.findall(text)),
        "standard_owner": len(g.SELF_STANDARD.findall(text)),
        "critic": len(g.SELF_CRITIC.findall(text)),
        "auditor": len(g.SELF_AUDITOR.findall(text)),
        "company": len(g.SELF_COMPANY.findall(text)),
    }
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


#: "Harwell Motorwerke AG today announces ...": a company's announcement in its own name.
_COMPANY_ANNOUNCES = re.compile(
    r"\b(?:AG|GmbH|SE|Inc\.?|Ltd\.?|plc|PLC|Group|Corporation|Co\.)\s+(?:\(\w+\)\s+)?(?:today\s+|has\s+today\s+)?"
    r"(?:announce[sd]?|publishe[sd]|release[sd]|report(?:s|ed))\b"
)


def _said_count(text: str) -> int:
    return len(re.findall(r"\b(?:said|says|told|according\s+to)\b", text[:50_000], re.IGNORECASE))


def _first_person_heavy(text: str) -> bool:
    sample = text[:50_000]
    words = max(1, len(sample.split()))
    return len(re.findall(r"\b(?:we|our)\b", sample, re.IGNORECASE)) / words > 0.01


def sentences(document: Document, index: DocumentIndex) -> Iterator[tuple[int, int]]:
    """Every sentence of the prose, headings (headlines) and table cells, in document order."""
    for block in document.blocks:
        if block.kind is BlockKind.code:
            continue
        for start, end in index.sentences(block):
            if end - start <= MAX_SENTENCE_CHARS:
                yield start, end


def detect_claims(
    document: Document, index: DocumentIndex, role: str | None
) -> tuple[Author, list[SentenceClaim]]:
    """All claims in the document, with the author they were read against."""
    author = author_of(document, role)
    found: list[SentenceClaim] = []
    # claims are read on the plainly written shadow text (ligatures, odd spaces, soft hyphens
    # written out), so "ﬁnd no" reads as "find no"; offsets are mapped back to the source
    plain = index.plain
    text = plain.text
    spans = list(sentences(document, index))
    if not plain.identical:
        spans = [plain.plain_span(s, e) for s, e in spans]
    for i, (start, end) in enumerate(spans):
        claim = classify_sentence(text, start, end, author)
        if claim is None:
            continue
        if not plain.identical:
            s0, e0 = plain.source_span(claim.start, claim.end)
            f0, f1 = plain.source_span(claim.focus_start, claim.focus_end)
            claim = replace(claim, start=s0, end=e0, focus_start=f0, focus_end=f1)
        # "'No forced labour was found,' the company says. That is not the same as ...": the next
        # sentence contests the claim, so the text reports it in order to dispute it.
        if (
            claim.kind == "adverse"
            and i
            and _outcome_then_discovery(text, spans[i - 1], start, end)
        ):
            claim = replace(
                claim, kind="failure", cue="a clean audit outcome followed by abuse found later"
            )
        if claim.kind == "clean" and claim.counts and i + 1 < len(spans):
            nxt = text[spans[i + 1][0] : spans[i + 1][1]]
            if spans[i + 1][0] - end < 3 and g.CONTESTS.search(nxt):
                claim = replace(claim, modality="disputed")
        found.append(claim)
    return author, found


_LATER = re.compile(
    r"\b(?:later|afterwards|subsequently|weeks?\s+after|months?\s+after|days?\s+after"
    r"|within\s+(?:a|one|two|three|\w+)\s+(?:weeks?|months?))\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:renewed|passed|certified|cleared|rated|signed\s+off|issued|granted"
    r"|no\s+(?:findings|non[- ]?conformit\w+|issues))\b",
    re.IGNORECASE,
)


def _outcome_then_discovery(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    """An audit's clean outcome in the sentence before, abuse found 'later' in this one."""
    if start - previous[1] > 3:
        return False
    before = text[previous[0] : previous[1]]
    return bool(
        g.AUDIT_REF.search(before) and _OUTCOME.search(before) and _LATER.search(text[start:end])
    )


def classify_sentence(text: str, start: int, end: int, author: Author) -> SentenceClaim | None:
    """The one claim a sentence makes, if any (the strongest kind wins)."""
    sentence = text[start:end]
    if len(sentence) < 12:
        return None
    # quotation marks do not change a claim's structure ('had been "fully resolved"'); blanking
    # them keeps every offset
    plain = _QUOTE_MARKS.sub(" ", sentence)
    finders: tuple[tuple[ClaimKind, Callable[[str], tuple[int, int, str] | None]], ...] = (
        ("decline", _decline),
        ("failure", _failure),
        ("clean", _clean),
        ("adverse", _right_denied),
        ("adverse", _adverse),
    )
    for kind, finder in finders:
        hit = finder(plain)
        if hit is None:
            continue
        focus_start, focus_end, cue = hit
        speaker, modality = _voice(sentence, kind, focus_start, author)
        if (
            kind == "failure"
            and speaker == author.speaker == "auditor"
            and not _ADMISSION.search(sentence)
            # "we did not visit the agency" or, in the report's own third person, "the auditors
            # did not visit it": the assessor's limitation. "Not one of the audits recorded the
            # fees the workers we met had paid": a first person who is not the audit's subject
            # is someone else telling of another's audit.
            and (
                _FIRST_PERSON_SUBJECT.search(plain[:focus_start])
                or not g.FIRST_PERSON.search(plain)
            )
        ):
            continue  # the assessor's or company's own limitation, not an account of failure
        scope = kind == "clean" and bool(
            g.GLOBAL_CLEAN.search(sentence[max(0, focus_start - 15) : focus_end + 25])
        )
        return SentenceClaim(
            kind, speaker, modality, start, end, start + focus_start, start + focus_end, cue, scope
        )
    return None


# --- kinds ------------------------------------------------------------------------------------

#: A first-person subject just before the failure verb: the speaker's own audit.
_FIRST_PERSON_SUBJECT = re.compile(
    r"\b(?:we|our\s+(?:team|auditors?|assessors?|visit|audit|assessment|verification))\b[^.;,]{0,60}$",
    re.IGNORECASE,
)

#: An admission that an audit missed something, as opposed to a stated limitation.
_ADMISSION = re.compile(
    r"\b(?:missed|misled|overlooked|did\s*n[o’']t\s+(?:detect|reflect|record)"
    r"|failed\s+to\s+detect|not\s+capable|could\s*n[o’']t\s+have|later|acknowledge|admit\w*"
    r"|hindsight)\b",
    re.IGNORECASE,
)


def _decline(sentence: str) -> tuple[int, int, str] | None:
    m = g.DECLINE_LIMIT.search(sentence)
    if m:
        return m.start(), m.end(), "credible assurance said to be impossible"
    m = g.DECLINE_ACT.search(sentence)
    if m and (_DECLINE_STRONG.search(m.group(0)) or _DECLINE_REASON.search(sentence)):
        return m.start(), m.end(), "declines, suspends or withdraws"
    return None


_DECLINE_REASON = re.compile(
    r"\b(?:because|as|since|given|due\s+to|owing\s+to|in\s+(?:the\s+)?light\s+of|having\s+regard"
    r"|until|pending|after|credib\w+|reliab\w+|independen\w+"
    r"|conditions|restrictions|surveillance|officials?|region|Xinjiang|Tibet|Uyghur|XUAR|TAR"
    r"|earlier|previous|prior|access|interview\w*)\b",
    re.IGNORECASE,
)
#: Objects that make a withdrawal or refusal a decline by themselves.
_DECLINE_STRONG = re.compile(
    r"\b(?:statements?|certificates?|conclusions?|findings?|opinion|assurance|endorse\w*|backing"
    r"|label|verification|rating|rated|claim|describe|validate|certify"
    r"|stand\s+(?:by|behind)|vouch|no\s+reliable|not\s+know|hereby|no\s+audit|not\s+audit"
    r"|refus\w+|declin\w+"
    r"|no\s+(?:\w+\s+){0,3}?(?:audits|certifications?|certificates|assessments))\b",
    re.IGNORECASE,
)


def _failure(sentence: str) -> tuple[int, int, str] | None:
    if not g.AUDIT_REF.search(sentence):
        return None
    m = g.FAILURE.search(sentence)
    if m:
        # "the audit did not find forced labour" is a clean claim in disguise, not a failure
        # account, unless something in the same sentence sets a later discovery against it.
        if (
            re.match(
                r"(?:did|does|do)\s*n[o’']t\s+(?:detect|find|identify|see|uncover)\b",
                m.group(0),
                re.IGNORECASE,
            )
            and g.OBJECT.search(sentence[m.end() : m.end() + 80])
            and not g.LATER_CONTRAST.search(sentence)
        ):
            return None
        return (
            m.start(),
            m.end(),
            "an account that an audit missed abuse or was not done as claimed",
        )
    contrast = g.LATER_CONTRAST.search(sentence)
    violation = g.VIOLATION.search(sentence)
    if (
        contrast
        and violation
        and (
            _clean(sentence)
            or re.search(
                r"\b(?:passed|renewed|issued|certified|rated|signed\s+off|cleared|gave)\b",
                sentence,
                re.IGNORECASE,
            )
        )
    ):
        lo = min(contrast.start(), violation.start())
        return (
            lo,
            max(contrast.end(), violation.end()),
            "a clean audit result set against abuse found later or elsewhere",
        )
    return None


def _clean(sentence: str) -> tuple[int, int, str] | None:
    hit = _clean_frame(sentence)
    if hit is not None:
        return hit
    return _found_no(sentence)


def _clean_frame(sentence: str) -> tuple[int, int, str] | None:
    for rx, cue in (
        (g.RESOLUTION, "resolution: every problem said to be put right"),
        (g.COMPLIANCE, "compliance conclusion"),
        (g.NO_EVIDENCE, "absence of forced labour or violations"),
        (g.FREE_OF, "free of forced labour"),
        (_CLEAN_STATE, "a state of affairs with no forced labour"),
    ):
        m = rx.search(sentence)
        if m and not _double_negated(sentence, m.start()):
            if rx is g.COMPLIANCE and not _about_labour_or_audit(sentence):
                continue
            if rx is not g.NO_EVIDENCE and negated_before(sentence, 0, m.start()):
                continue
            return m.start(), m.end(), cue
    return None


#: Clean states and verdicts: "employment is voluntary", "workers were free to resign",
#: "nothing has come to our attention", "no red flags", "cleared the plant of forced labour".
_CLEAN_STATE = re.compile(
    r"\b(?:is|was|are|were|remains?)\s+(?:entirely\s+|fully\s+|completely\s+)?"
    r"(?:voluntary|freely\s+chosen)\b"
    r"|\b(?:workers|employees|all\s+\w+)\s+(?:\w+\s+){0,3}?(?:were|are|was|is)\s+free\s+to\s+"
    r"(?:leave|resign|quit|move|go)\b"
    r"|\bnothing\s+(?:has\s+)?(?:came|come)\s+to\s+(?:our|the\s+\w+[’']s)\s+attention"
    r"|\bnothing\s+(?:wrong|untoward|amiss|irregular)\b"
    r"|\bno\s+(?:\w+\s+)?red\s+flags\b|\bclean\s+record\b"
    r"|\bclear(?:s|ed)?\s+(?:\w+\s+){1,5}?of\s+"
    r"(?:forced\s+labou?r|allegations|wrongdoing|abuses?)\b"
    r"|\b(?:no|zero|nil)\s+(?:\w+\s+){0,3}?"
    r"(?:issues|findings|non[- ]?conformit(?:y|ies)|violations|problems|concerns)\s+"
    r"(?:were\s+|was\s+)?(?:identified|found|noted|observed|recorded|raised|reported)\b"
    r"|\bno\s+(?:critical|major|minor)(?:\s+or\s+(?:critical|major|minor))?\s+"
    r"(?:findings|non[- ]?conformit(?:y|ies))\b"
    r"|\b(?:none|not\s+one)\s+(?:\w+\s+){0,3}?(?:was|were|has\s+been)\s+(?:\w+\s+)?"
    r"(?:found|identified|present|detected)\b"
    r"|\bthere\s+(?:has|have|had)\s+never\s+been\s+(?:a\s+single|one|any)\b"
    r"|\bnever\s+(?:once\s+)?(?:has|have|had|was|were)\s+(?:\w+\s+){0,8}?"
    r"(?:found|identified|detected)\b"
    r"|\bfound\s+none\b|\bnone\s+(?:was\s+|were\s+)?found\b"
    r"|\b(?:now\s+)?(?:holds?|keeps?|have|has)\s+(?:their|his|her)\s+own\s+passports?\b"
    r"|\bin\s+full\s+conformity\b|\bfull(?:y)?\s+conform\w*",
    re.IGNORECASE,
)


def _about_labour_or_audit(sentence: str) -> bool:
    return bool(
        g.ASSESSMENT.search(sentence)
        or g.OBJECT.search(sentence)
        or re.search(
            r"\b(?:standard|code|SA8000|SMETA|BSCI|RBA|ETI|law|labou?r|requirements)\b",
            sentence,
            re.IGNORECASE,
        )
    )


def _found_no(sentence: str) -> tuple[int, int, str] | None:
    """A finding verb governed by a negation or absolute quantifier, with a forced-labour object."""
    rights = [r.span() for r in g.RIGHTS.finditer(sentence)]
    for obj in _objects(sentence):
        if any(a < obj.end() and obj.start() < b for a, b in rights):
            continue  # "held their own passport" is a right; its denial is adverse, not clean
        before = sentence[: obj.start()]
        words = _WORD.findall(before)[-NEGATION_REACH:]
        window = " ".join(words)
        if not g.NEG.search(window):
            continue
        if not (
            g.FIND.search(window)
            or g.FIND.search(sentence[obj.end() : obj.end() + 60])
            or re.search(
                r"\b(?:there\s+(?:is|are|was|were)|exist(?:s|ed)?|took\s+place|occurred|involved"
                r"|used|held|kept|had)\b",
                sentence,
                re.IGNORECASE,
            )
        ):
            continue
        if _double_negated(sentence, obj.start()):
            continue
        # "no evidence that the audit looked for forced labour" is about the method, not the site
        if re.search(
            r"\b(?:looked\s+for|asked\s+about|examined|checked\s+for|covered|assessed|rule\s+out"
            r"|exclude|investigate)\b",
            window,
            re.IGNORECASE,
        ):
            continue
        neg = list(g.NEG.finditer(before))
        begin = neg[-1].start() if neg else obj.start()
        return begin, obj.end(), "a finding of no forced labour"
    return None


def _objects(sentence: str) -> list[re.Match[str]]:
    return sorted(
        [*g.OBJECT.finditer(sentence), *g.VIOLATION.finditer(sentence)], key=lambda m: m.start()
    )


def _double_negated(sentence: str, at: int) -> bool:
    """'did not conclude that there was no forced labour', 'this does not mean there is none'.

    Only the claim's own clause counts: "this review cannot rule out forced labour, although it
    found no evidence of it" still makes the (hedged) finding.
    """
    lead = sentence[: at + 1]
    breaks = list(_SPLIT_CLAUSE.finditer(lead))
    return bool(g.NEGATED_CLAIM.search(lead[breaks[-1].end() :] if breaks else lead))


def _adverse(sentence: str) -> tuple[int, int, str] | None:
    """Concrete violations reported as found: a finding frame with a violation in its clause, or a
    right denied ("none of the workers held their own passport"); never a risk, a rule or a
    modal."""
    if (
        g.NOT_A_FINDING.search(sentence)
        or g.NEGATED_CLAIM.search(sentence)
        or g.DECLINE_LIMIT.search(sentence)
    ):
        return None
    frames = [
        *g.ADVERSE_FOUND.finditer(sentence),
        *g.ADVERSE_COUNT.finditer(sentence),
        *g.ADVERSE_PASSIVE.finditer(sentence),
    ]
    for frame in sorted(frames, key=lambda m: m.start()):
        if negated_before(sentence, 0, frame.start()) and not re.match(
            r"\s*(?:none|not\s+one|no)\s+of\b",
            sentence[max(0, frame.start() - 12) :],
            re.IGNORECASE,
        ):
            continue
        for v in g.VIOLATION.finditer(sentence):
            distance = len(
                _WORD.findall(sentence[min(frame.end(), v.start()) : max(frame.start(), v.start())])
            )
            if distance > 18:
                continue
            if negated_before(
                sentence, frame.start() if v.start() > frame.start() else 0, v.start()
            ):
                continue
            lo, hi = min(frame.start(), v.start()), max(frame.end(), v.end())
            return lo, hi, "concrete violations reported"
    return None


def _right_denied(sentence: str) -> tuple[int, int, str] | None:
    """'None of the 52 workers held their own passport': a negated right is an adverse finding."""
    right = g.RIGHTS.search(sentence)
    if (
        right
        and negated_before(sentence, 0, right.start())
        and not g.QUESTION.search(sentence)
        and not g.NEGATED_CLAIM.search(sentence)
        and not re.search(r"\b(?:whether|if)\b", sentence, re.IGNORECASE)
    ):
        return right.start(), right.end(), "a right denied to workers"
    return None


# --- voice: speaker and modality ------------------------------------------------------------------


def voice(sentence: str, focus: int, author: Author) -> tuple[Speaker, Modality]:
    """Whose statement a sentence is, and its mood, for a quote that is not itself a claim."""
    return _voice(sentence, "evidence", max(0, min(focus, len(sentence))), author)


def _voice(
    sentence: str, kind: ClaimKind | Literal["evidence"], focus: int, author: Author
) -> tuple[Speaker, Modality]:
    """Whose claim it is and in what mood."""
    clause = _clause_of(sentence, focus)
    lead = sentence[:focus]
    speaker, reported = _attributed_speaker(sentence, focus)
    subject = _subject_speaker(lead) if kind != "failure" else None
    owner = speaker or subject or author.speaker
    if g.QUESTION.search(sentence):
        return owner, "question"
    if kind == "clean":
        modality = _clean_modality(sentence, clause, lead, author)
        if modality is not None:
            return owner, modality
    elif re.match(r"\s*[\"“]?(?:if|unless|should|whether)\b", clause, re.IGNORECASE):
        return owner, "conditional"
    if reported and speaker:
        return speaker, "asserted" if speaker == author.speaker else "reported"
    if (
        re.search(r"\b(?:our|we)\b", lead[-60:], re.IGNORECASE)
        and subject == "auditor"
        and author.speaker == "company"
    ):
        return "company", "adopted" if kind == "clean" else "asserted"
    if g.FIRST_PERSON.search(lead[-60:]) or (g.FIRST_PERSON.search(clause) and not subject):
        return author.speaker, "asserted"
    if subject and subject != author.speaker:
        if kind == "clean" and subject == "auditor" and author.speaker == "company":
            return "company", "adopted"
        return subject, "reported"
    if kind == "clean" and g.ASSESSMENT.search(sentence):
        # an assessment's own result: the auditor's conclusion, carried by whoever wrote this
        if author.speaker == "company":
            return "company", "adopted"
        if author.speaker in ("auditor", "standard_owner"):
            return author.speaker, "asserted"
        return "auditor", "reported"
    if reported:
        return (
            "company" if author.speaker in ("journalist", "critic") else author.speaker
        ), "reported"
    return author.speaker, "asserted"


def _subject_speaker(lead: str) -> Speaker | None:
    """The speaker class named by the subject of the clause the claim stands in."""
    clause = _SPLIT_CLAUSE.split(lead)[-1]
    # "an investigation by The Guardian found ...": the agent after 'by' is who found it
    agent = _AGENT_BY.match(clause.strip())
    if agent:
        found = _speaker_in(" ".join(agent.group(1).split()[:6]))
        if found:
            return found
    head = _SUBJECT_END.split(clause.strip(), maxsplit=1)[0]
    words = head.split()[:8]
    return _speaker_in(" ".join(words)) if words else None


#: A subject that is a piece of work by someone: "an investigation into X by Y".
_AGENT_BY = re.compile(
    r"(?:an?|the|one|this|that|a\s+\d{4})?\s*(?:\w+\s+){0,2}?(?:investigation|report|research|study|survey|inquiry"
    r"|review|inspection|analysis|audit|assessment)\b[^,;:]{0,80}?\bby\s+([^,;:]{1,60})",
    re.IGNORECASE,
)


#: Where a subject noun phrase ends: punctuation, a relative clause or a prepositional phrase.
_SUBJECT_END = re.compile(
    r"[,;:(]|\s(?:with|at|in|for|from|on|by|that|who|which|whose|after|before|during|told|said"
    r"|says)\s",
    re.IGNORECASE,
)


def _clause_of(sentence: str, at: int) -> str:
    cuts = [0] + [m.end() for m in _SPLIT_CLAUSE.finditer(sentence) if m.end() <= at]
    start = cuts[-1]
    after = _SPLIT_CLAUSE.search(sentence, at)
    return sentence[start : after.start() if after else len(sentence)]


def _clean_modality(sentence: str, clause: str, before: str, author: Author) -> Modality | None:
    """The mood of a clean claim, when it is not simply asserted or reported."""
    if g.QUESTION.search(sentence):
        return "question"
    if g.GENERIC.search(sentence):
        return "negated"
    if _double_negated(before, len(before) - 1) or g.NEGATED_CLAIM.search(clause):
        return "negated"
    if g.CONDITIONAL.search(before) or re.match(
        r"\s*[\"“]?(?:if|unless|should|whether|where)\b", clause, re.IGNORECASE
    ):
        return "conditional"
    # "we are committed to ... and found no forced labour": a finding verb wins over the policy word
    if (g.OBLIGATION.search(before) or g.OBLIGATION.search(clause)) and not re.search(
        r"\b(?:found|identified|observed|detected|uncovered|revealed|showed|confirmed"
        r"|came\s+across|have\s+not\s+(?:found|seen|come))\b",
        clause,
        re.IGNORECASE,
    ):
        return "obligation"
    if g.RETRACTION.search(sentence):
        return "retracted"
    if g.DISPUTE.search(sentence) and (
        author.speaker in ("critic", "workers", "official")
        or re.search(
            r"\b(?:contradict|disput|false|misleading|untrue|whitewash|despite|even\s+though"
            r"|rebut|refut|dismiss|reject|unverifiable|den(?:y|ied|ies))",
            sentence,
            re.IGNORECASE,
        )
    ):
        return "disputed"
    if re.search(
        r"\b(?:hope|hoped|expect|expected|aim|plan|intend|goal|target|ambition|want)s?\b[^.]{0,40"
        r"}$",
        before,
        re.IGNORECASE,
    ):
        return "conditional"
    return None


_NAMED_SUBJECT = re.compile(r"(?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*\s*$")


def _attributed_speaker(sentence: str, focus: int) -> tuple[Speaker | None, bool]:
    """Whom the sentence attributes its claim to, and whether it is reported speech at all."""
    for m in g.ATTRIBUTION.finditer(sentence):
        if not _speech_frame(sentence, m):
            continue
        # the subject: the words just before the verb, or just after it for "..., said the company"
        left = sentence[max(0, m.start() - 90) : m.start()]
        right = sentence[m.end() : m.end() + 70]
        for part in (_tail_phrase(left), _head_phrase(right)):
            speaker = _speaker_in(part)
            if speaker:
                return speaker, True
        if m.start() < focus and re.search(r"\b(?:we|I)\s*$", left, re.IGNORECASE):
            return None, False
        if _NAMED_SUBJECT.search(left.strip()):
            return "company", True
    if _inside_quotes(sentence, focus):
        return None, True
    return None, False


_AFTER_SAY = re.compile(
    r"\s*(?:that\b|[,:“\"‘']|in\s+a\s+statement|on\s+\w+day|to\s+(?:reporters|investors|\w+)\b"
    r"|\.?\s*$)",
    re.IGNORECASE,
)
#: Verbs that report speech even without 'that' ("X said audits found ...").
_SPEECH_VERB = re.compile(
    r"(?:said|says|told|claimed|claims|insisted|insists|maintained|maintains|added|admitted"
    r"|acknowledged|conceded|announced|argued|wrote|stated|states)\s+\w",
    re.IGNORECASE,
)


def _speech_frame(sentence: str, m: re.Match[str]) -> bool:
    """Reported speech: 'X said that', 'X said:', '..., X said.', 'according to'."""
    if m.group(0).lower().startswith(("according", "in ", "quoted")):
        return True
    if _AFTER_SAY.match(sentence, m.end()) or _SPEECH_VERB.match(sentence, m.start()):
        return True
    return bool(
        re.search(r"[,”\"’]\s*(?:\w+\s+){0,5}$", sentence[max(0, m.start() - 60) : m.start()])
    )


def _tail_phrase(text: str) -> str:
    text = re.split(r"[,;:.\"“”]\s*", text)[-1]
    return " ".join(text.split()[-8:])


def _head_phrase(text: str) -> str:
    return " ".join(re.split(r"[,;:.]", text)[0].split()[:8])


def _speaker_in(phrase: str) -> Speaker | None:
    if not phrase.strip() or re.fullmatch(
        r"\s*(?:it|he|she|they|this|that|which|who)\s*", phrase, re.IGNORECASE
    ):
        return None
    for speaker, rx in g.SPEAKER_CUES:
        if rx.search(phrase):
            return speaker
    return None


def _inside_quotes(sentence: str, at: int) -> bool:
    before = sentence[:at]
    opened = sum(before.count(c) for c in _QUOTE_OPEN if c != '"') + before.count('"') % 2
    closed = before.count("”") + before.count("’") - before.count("‘")
    return opened > max(0, closed)
