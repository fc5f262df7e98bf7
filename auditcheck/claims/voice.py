"""Whose statement a sentence is, and in what mood: attribution ('X said'), the clause's subject,
first person, quotation, and the modalities that keep a clean claim from counting (question,
obligation, conditional, negation, retraction, dispute)."""

from __future__ import annotations

from typing import Literal

from ..models import ClaimKind, Modality, Speaker
from ..text import cached_re as re
from . import grammar as g
from . import people
from . import speakers as sp
from .base import (
    FRONTED_CLAUSE,
    OUTSIDERS,
    SPLIT_CLAUSE,
    Author,
    inside_quotes,
    past_fronted,
)
from .mood import clean_modality


def voice(sentence: str, focus: int, author: Author) -> tuple[Speaker, Modality]:
    """Whose statement a sentence is, and its mood, for a quote that is not itself a claim."""
    return claim_voice(sentence, "evidence", max(0, min(focus, len(sentence))), author)


def claim_voice(
    sentence: str, kind: ClaimKind | Literal["evidence"], focus: int, author: Author
) -> tuple[Speaker, Modality]:
    """Whose claim it is and in what mood."""
    clause = _clause_of(sentence, focus)
    lead = sentence[:focus]
    speaker, reported = attributed_speaker(sentence, focus)
    if speaker is None:
        # "..., the federal labour inspectorate found.": the finder named after the finding
        after = _FOUND_AFTER.search(sentence)
        if after is not None and after.start() >= focus:
            named = _speaker_in(after.group(1), speaking=True)
            if named is not None:
                speaker, reported = named, True
    # a named organisation's kind counts for the subject of a conclusion, not of any quote
    if kind != "failure":
        subject = _subject_speaker(lead, named=kind != "evidence")
        if (
            kind in ("adverse", "clean")
            and subject in ("company", "workers")
            and not g.TELLS.search(clause)
        ):
            # "The plant paid overtime late", "six workers had paid fees that nobody repaid",
            # "the company complied with the standard": the site that did it (or kept the
            # rules) and the workers it was done to are not who reports it
            subject = None
    else:
        # the subject of a failure account is the audit; the teller is whoever found it out
        # ("the government review established that the audits ..."; a finder named after the
        # account is read above)
        found = _FOUND_THAT.search(sentence)
        subject = (
            _speaker_in(_tail_phrase(sentence[: found.start()]), speaking=True) if found else None
        )
    owner = speaker or subject or author.speaker
    if g.QUESTION.search(sentence):
        return owner, "question"
    if g.CORRECTION.search(sentence):
        return owner, "retracted"
    if kind == "failure" and g.GENERIC.search(sentence):
        return owner, "negated"  # talk about audits in general, not an account of one audit
    if kind == "clean":
        modality = clean_modality(sentence, clause, lead, author)
        if modality is not None:
            return owner, modality
    elif re.match(r"\s*[\"“]?(?:if|unless|should|whether)\b", clause, re.IGNORECASE):
        return owner, "conditional"
    elif kind == "decline" and g.OBLIGATION.search(lead):
        return owner, "obligation"  # "suppliers must ... leave": a rule, not a withdrawal
    if author.speaker == "company" and sp.A_SUPPLIER_SAYS.search(lead):
        return "company", "reported"
    if reported and speaker:
        return speaker, "asserted" if speaker == author.speaker else "reported"
    subject_clause = past_fronted(SPLIT_CLAUSE.split(lead)[-1])
    if (
        kind == "adverse"
        and (author.speaker in OUTSIDERS or author.speaker == "unknown")
        and _ASSESSMENT_SUBJECT.match(subject_clause)
        # "The inspection found ..." in an inspectorate's own note is its own finding
        and not (author.speaker == "official" and _OWN_INSPECTION.match(subject_clause))
    ):
        # "The assessment found that ..." in a union's or newspaper's text: the assessment's
        # own findings, relayed
        return "auditor", "reported"
    if (
        re.search(r"\b(?:our|we)\b", lead[-60:], re.IGNORECASE)
        and subject == "auditor"
        and author.speaker == "company"
    ):
        return "company", "adopted" if kind == "clean" else "asserted"
    # "our code" in the object does not make someone else's result the author's own assertion
    first_person = sp.FIRST_PERSON.search(lead, max(0, len(lead) - 60))
    if (first_person and not inside_quotes(lead, first_person.start())) or (
        _WE_OR_I.search(clause) and not subject
    ):
        return author.speaker, "asserted"
    if subject and subject != author.speaker:
        if kind == "clean" and subject == "auditor" and author.speaker == "company":
            return "company", "adopted"
        return subject, "reported"
    if subject == author.speaker and subject in ("official", "critic"):
        return subject, "asserted"  # "inspectors confirmed ..." in an inspectorate's own decision
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


#: An inspection as the subject: a public body's own act in its own text.
_OWN_INSPECTION = re.compile(
    r"\s*(?:the|its|this|that|our)\s+(?:[\w-]+\s+)?(?:inspections?|inspectors)\b", re.IGNORECASE
)

#: A finding verb that introduces what someone established about an audit.
_FOUND_THAT = re.compile(
    r"\b(?:found|finds|established|concluded|determined|showed|shows|revealed|discovered"
    r"|confirmed)\s+that\b",
    re.IGNORECASE,
)

#: "..., the committee concluded.": the finder named after the account.
_FOUND_AFTER = re.compile(
    r",\s+([^,;]{3,60}?)\s+(?:found|finds?|concluded|established|determined|reported|noted|observed)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)

_WE_OR_I = re.compile(r"\b(?:(?i:we)|I)\b")  # "I" upper case only: "i" is a list numeral

#: A clause whose subject is an assessment or its report: "The assessment found", "Its audit
#: report records", "That verification showed".
_ASSESSMENT_SUBJECT = re.compile(
    r"\s*(?:(?:the|its|their|that|this|an?|[A-Z][\w&.’'-]*(?:[’']s)?)\s+){1,3}?(?:\w+\s+)?"
    r"(?:(?:assessment|audit|verification|inspection|re-?verification|follow[- ]up)s?"
    r"(?:\s+(?:report|team|statement|summary))?|team|assessors|auditors|verifiers|summary)\b",
    re.IGNORECASE,
)


def _subject_speaker(lead: str, named: bool = False) -> Speaker | None:
    """The speaker class named by the subject of the clause the claim stands in."""
    clause = SPLIT_CLAUSE.split(lead)[-1]
    # "... in a region where rights groups have documented abuses": a relative clause of place
    # has its own subject
    clause = _WHERE_CLAUSE.split(clause)[-1]
    # "In the report entitled X, Verité found ...": a fronted phrase is not the subject
    clause = past_fronted(clause)
    # "an investigation by The Guardian found ...": the agent after 'by' is who found it
    agent = _AGENT_BY.match(clause.strip())
    if agent:
        found = _speaker_in(" ".join(agent.group(1).split()[:6]))
        if found:
            return found
    head = _SUBJECT_END.split(clause.strip(), maxsplit=1)[0]
    words = head.split()[:8]
    return _speaker_in(" ".join(words), speaking=named) if words else None


_WHERE_CLAUSE = re.compile(r"\b(?:where|in\s+which|whereby)\s+", re.IGNORECASE)

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
    fronted = FRONTED_CLAUSE.match(sentence)  # "Although no audit can exclude every risk, ..."
    cuts = [0, *([fronted.end()] if fronted and fronted.end() <= at else [])]
    cuts += [m.end() for m in SPLIT_CLAUSE.finditer(sentence) if m.end() <= at]
    cuts.sort()
    start = cuts[-1]
    after = SPLIT_CLAUSE.search(sentence, at)
    return sentence[start : after.start() if after else len(sentence)]


_NAMED_SUBJECT = re.compile(r"(?:[A-Z][\w&.’'-]*\s+){0,4}[A-Z][\w&.’'-]*\s*$")


def attributed_speaker(sentence: str, focus: int) -> tuple[Speaker | None, bool]:
    """Whom the sentence attributes its claim to, and whether it is reported speech at all."""
    for m in sp.ATTRIBUTION.finditer(sentence):
        if not _speech_frame(sentence, m):
            continue
        if _PASSIVE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) and not re.match(
            r"\s+by\b", sentence[m.end() :]
        ):
            continue  # "the day the company was told of our findings": told, not telling
        # the subject: the words just before the verb, or just after it for "..., said the company"
        left = sentence[max(0, m.start() - 90) : m.start()]
        right = sentence[m.end() : m.end() + 70]
        subject = _tail_phrase(left)
        if not subject and _PARTICIPLE.fullmatch(m.group(0)):
            # "An assurance firm has withdrawn its verification of a glove maker's practices,
            # saying ...": the participle's subject is the sentence's, not the nearest noun
            subject = _main_subject(sentence[: m.start()])
        # "..., said the auditors.": the speaker is all that follows the verb
        speaker_follows = _SPEAKER_THEN_END.match(sentence, m.end()) is not None
        if not subject and left.rstrip().endswith(",") and not speaker_follows:
            # "José Ibáñez, lead auditor at Certivera, said": the appositive names who speaks
            # ("the summary, which Fair Hands obtained, states": a relative clause does not)
            appositive = _tail_phrase(left.rstrip()[:-1])
            if _ASIDE.match(appositive):
                # "The brand's website, updated in June, says": the aside hides the subject
                appositive = _tail_phrase(left.rstrip()[:-1].rsplit(",", 1)[0])
            if not _RELATIVE_START.match(appositive):
                subject = appositive
        if _RELATIVE.fullmatch(subject) and "," in left:
            # "an audit by Asterion Audit Services, which said ...": the antecedent speaks
            subject = _tail_phrase(left[: left.rstrip().rfind(",")])
        # "..., said the company": the speaker after the verb only in that inverted order;
        # "the harvesters said no auditor had been there" is followed by what was said
        inverted = re.search(r"[,\"”’']\s*$", left) is not None or _source_follows(m)
        for part in (subject, _head_phrase(right) if inverted else ""):
            speaker = _speaker_in(part, speaking=True)
            if speaker:
                return speaker, True
        named = _NAMED_SUBJECT.match(_head_phrase(right)) if inverted else None
        if named and (role := people.role_of(named.group(0))):
            return role, True  # "...,” said Karim Uddin, the company's compliance manager."
        if m.start() < focus and re.search(r"\b(?:we|I)\s*$", left, re.IGNORECASE):
            return None, False
        if named := _NAMED_SUBJECT.search(left.strip()):  # a person speaks in their given role
            return people.role_of(named.group(0)) or "company", True
    if inside_quotes(sentence, focus):
        return None, True
    return None, False


_AFTER_SAY = re.compile(
    r"\s*(?:that\b|[,:“\"‘']|in\s+a\s+statement|on\s+\w+day|to\s+(?:reporters|investors|\w+)\b"
    r"|\.?\s*$)",
    re.IGNORECASE,
)
#: Verbs that report speech even without 'that' ("X said audits found ...").
_SPEECH_VERB = re.compile(
    r"(?:said|says|say|told|tell|claimed|claims|insisted|insists|maintained|maintains|added|admitted"
    r"|acknowledged|conceded|announced|argued|wrote|stated|states)\s+\w",
    re.IGNORECASE,
)


def _source_follows(m: re.Match[str]) -> bool:
    """An attribution whose source follows it: 'according to X', 'in its statement', 'quoted'."""
    return m.group(0).lower().startswith(("according", "in ", "quoted", "learn", "heard from"))


def _speech_frame(sentence: str, m: re.Match[str]) -> bool:
    """Reported speech: 'X said that', 'X said:', '..., X said.', 'according to'."""
    if _source_follows(m):
        return True
    if _AFTER_SAY.match(sentence, m.end()) or _SPEECH_VERB.match(sentence, m.start()):
        return True
    return bool(
        re.search(r"[,”\"’]\s*(?:\w+\s+){0,5}$", sentence[max(0, m.start() - 60) : m.start()])
    )


#: A verb of saying in the passive: its subject is told, not telling.
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
#: A verb of saying as a participle: "..., saying", "..., adding".
_PARTICIPLE = re.compile(r"\w+ing", re.IGNORECASE)
#: Where a sentence's subject ends: its first finite verb or auxiliary.
_MAIN_VERB = re.compile(
    r"\s(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|\w+ed|withdrew|took"
    r"|gave|made|found|left|cut|quit|began|held|kept|told|wrote|sold|ran|became|broke|drew)\s",
    re.IGNORECASE,
)


def _main_subject(text: str) -> str:
    """The words before the sentence's first verb, or its leading name: the subject of a
    trailing participle; empty when neither can be told."""
    head = re.split(r"[,;:]\s*", text, maxsplit=1)[0]
    verb = _MAIN_VERB.search(head)
    if verb is not None:
        return " ".join(head[: verb.start()].split()[-8:])
    name = _LEADING_NAME.match(head)
    return name.group(0).strip() if name else ""


#: A sentence that opens with a name: "Halden Assurance withdrew ...".
_LEADING_NAME = re.compile(r"\s*(?:(?:The|An?)\s+)?(?!(?:The|An?)\s)(?:[A-Z][\w’'&-]*\s+)+")


def _tail_phrase(text: str) -> str:
    """The words just before a verb of saying: its subject, without a wire dateline
    ("LONDON, May 2 (Reuters) - Harrow Knitwear said ...")."""
    text = re.split(r"[,;:.\"“”]\s*|\s[-–—]\s", text)[-1]
    return " ".join(text.split()[-8:])


def _head_phrase(text: str) -> str:
    return " ".join(re.split(r"[,;:.]", text)[0].split()[:8])


def _speaker_in(phrase: str, speaking: bool = False) -> Speaker | None:
    """The speaker class a phrase names; a named organisation's kind only when it is the subject
    of a verb of saying (``speaking``)."""
    if not phrase.strip() or re.fullmatch(
        r"\s*(?:it|he|she|they|this|that|which|who)\s*", phrase, re.IGNORECASE
    ):
        return None
    leading = _LEADING_ORG.match(phrase)
    if leading and (kind := sp.org_kind(leading.group(1))):
        return kind  # "The Irrawaddy Migrant Justice Centre's investigation": the name's kind
    for speaker, rx in sp.SPEAKER_CUES:
        if rx.search(phrase):
            return speaker
    if speaking and _PROPER_NAME.search(phrase):
        # a named organisation says what it is: "Asterion Audit Services", "Tarim Labour Watch"
        return sp.org_kind(phrase)
    return None


#: After a verb of saying, a short noun phrase and the end of the sentence: an inverted speaker.
_SPEAKER_THEN_END = re.compile(r"\s+(?:[\w’'-]+\s+){0,6}[\w’'.-]+\s*[.!]?[\"”’']?\s*$")
_RELATIVE_START = re.compile(r"\s*(?:which|who|whom|whose|that)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:which|who|that)\s*", re.IGNORECASE)
#: A participle aside between a subject and its verb of saying: ", updated in June,".
_ASIDE = re.compile(
    r"\s*(?:updated|published|posted|issued|dated|revised|released|amended|last\s+updated)\b",
    re.IGNORECASE,
)
_LEADING_ORG = re.compile(r"\s*(?:[Tt]he\s+)?((?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){1,6})")
_PROPER_NAME = re.compile(r"\b[A-Z][\w’'-]+\s+(?:[A-Z][\w’'-]+\s*)+")
