"""Who wrote a text, as far as its speech cues tell: wire furniture, a press release, a report's
own fields, a byline or signature, first person and self-descriptions. Audit vocabulary alone
never makes the author an auditor: a text about an audit uses audit words.
"""

from __future__ import annotations

from collections import Counter

from ..document.model import Document
from ..models import Speaker
from ..text import cached_re as re
from . import speakers as sp
from .base import Author


def author_of(document: Document, role: str | None, *, tail_signature: bool = True) -> Author:
    """The author's speaker class from speech cues: furniture, first person, attribution.

    The role guess is only a prior: an auditor is the author when the text speaks in the first
    person or has a report's own length and structure, never because it uses audit words.
    """
    return author_of_text(document.text, role, tail_signature=tail_signature)


def author_of_text(text: str, role: str | None, *, tail_signature: bool = True) -> Author:
    """``author_of`` for a stretch of text: a whole document, or one source of a case file.
    ``tail_signature``: whether a signature in the last lines names the author (not for a case
    file, whose last lines are its last part's)."""
    head = text[:4000]
    # a quoted "we found ..." or "our supply chain" is the quoted speaker's first person, not
    # the author's
    unquoted = _QUOTATION.sub(" ", text[:50_000])
    first_person = _first_person_heavy(unquoted)
    # the dateline opens its line, under a headline or a photo caption as often as not
    lines = [line for line in head.splitlines()[:15] if line.strip()]
    byline = _byline(text)
    if byline is not None and byline.speaker in ("critic", "official", "standard_owner", "auditor"):
        # "*Andaman Fishers' Rights Centre (NGO) — briefing*": the byline names who speaks, though
        # the briefing quotes what a company "said in a statement on its website"
        return byline
    letterhead = _letterhead(lines[:4])
    if letterhead is not None:
        return letterhead
    if any(sp.WIRE_FURNITURE.search(chunk) for chunk in (head, *lines)) or (
        role == "third_party" and _said_count(text) >= 3 and not first_person
    ):
        return Author("journalist", "news furniture or reported speech throughout")
    release = any(sp.PRESS_RELEASE.search(line) for line in lines[:8])
    issuer = _issuer(lines, unquoted, release=release) or _about_issuer(text)
    if issuer is not None:
        return issuer
    if sp.PRESS_RELEASE.search(head) or _COMPANY_ANNOUNCES.search(head[:800]):
        return Author("company", "a press release")
    if len(re.findall(sp.REPORT_FURNITURE.pattern, head, re.IGNORECASE | re.MULTILINE)) >= 2:
        return Author("auditor", "the assessor's own report (report fields)")
    signed = byline or (_tail_signature(text) if tail_signature else None)
    if signed is not None:
        return signed
    # "By Anna Berg and Tomas Lind" under a headline: reporters; an NGO's researchers who sign
    # their report speak in the first person of what they found
    reporters = _REPORTERS.search(text[:600])
    if reporters is not None and not first_person and sp.org_kind(reporters.group(0)) is None:
        return Author("journalist", "a reporter's byline")
    if first_person or len(text) < 600:
        own = _self_description(unquoted[:20_000])
        if own is not None:
            return Author(own, "speaks of itself as " + with_article(own))
        if sp.OUTSIDER_FIRST_PERSON.search(unquoted[:20_000]):
            return Author("critic", "speaks in the first person of someone else's audit")
    named = _names_itself(unquoted[:3000])
    if named is not None and not first_person:
        return named
    if role == "company_statement":
        return Author("company", "a company statement")
    if role in ("audit_report", "auditor_statement"):
        if re.search(
            r"\b(?:standard[- ]owner|our\s+standard|the\s+standard\s+we\s+(?:own|set)"
            r"|owns\s+the\s+(?:[\w-]+\s+){0,4}?(?:standard|scheme|label)"
            r"|our\s+(?:accredited\s+)?certification\s+bodies)\b",
            head,
            re.IGNORECASE,
        ):
            return Author("standard_owner", "a standard owner's statement")
        if first_person or len(text) > 3000:
            return Author("auditor", "the assessor's own report or statement")
        return Author("unknown", "audit vocabulary but no speaker cues")
    if role == "third_party":
        return Author("critic" if first_person else "unknown", "a third party's account")
    return Author("unknown", "no clear speaker cues")


def _names_itself(opening: str) -> Author | None:
    """A text that tells of one organisation's acts by its name throughout and quotes nobody
    ("Impactt undertook an unannounced visit ... Impactt found ..."): that organisation's own
    account in the third person, as case studies and notices are written. A story about it would
    say who said so."""
    if _said_count(opening):
        return None
    counts = Counter(m.group("name") for m in _ACTING_NAME.finditer(opening))
    if not counts:
        return None
    name, times = counts.most_common(1)[0]
    kind = sp.org_kind(name)
    if times < 2 or kind is None:
        return None
    return Author(kind, "tells of its own acts by its name")


#: A named organisation as the subject of a past act: "Impactt undertook", "Impactt also found".
_ACTING_NAME = re.compile(
    r"(?:^|[.;:,]\s+|\n\s*)(?:the\s+)?(?P<name>(?-i:[A-Z][\w&’'-]+(?:\s+[A-Z][\w&’'-]+){0,3}))\s+"
    r"(?:also\s+|then\s+|subsequently\s+)?(?:undertook|conducted|carried\s+out|found|identified"
    r"|interviewed|visited|investigated|assessed|audited|reviewed|verified|recommended|concluded"
    r"|has\s+(?:undertaken|conducted|carried\s+out|found|identified|interviewed|visited"
    r"|investigated|assessed|audited|reviewed|verified|suspended|withdrawn))\b",
    re.IGNORECASE,
)


def _self_description(text: str) -> Speaker | None:
    """The kind of organisation a first-person text says it is, by its most frequent description."""
    counts: dict[Speaker, int] = {
        "official": len(sp.SELF_OFFICIAL.findall(text)),
        "standard_owner": len(sp.SELF_STANDARD.findall(text)),
        "critic": len(sp.SELF_CRITIC.findall(text)),
        "auditor": len(sp.SELF_AUDITOR.findall(text)),
        "company": len(sp.SELF_COMPANY.findall(text)),
    }
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else None


def _issuer(lines: list[str], unquoted: str, *, release: bool = False) -> Author | None:
    """An organisation that issues the text in its own name: under a release's dateline
    ("Lima, 3 March 2025 – The Roundtable welcomes ..."), or as the subject of the opening
    sentence of a text that then speaks in the first person ("BCI has suspended ... Our mission
    calls on us ..."). Only a name whose kind is known counts. In a text with a release's own
    furniture (``release``) a city alone opens the issuer's first sentence whatever its verb."""
    for line in lines[:10]:
        city = _CITY_DATELINE.match(line)
        dated = _DATELINE_ISSUER.match(line) or (
            city if city and (release or city["today"]) else None
        )
        if dated is not None and (kind := sp.org_kind(dated["org"])) is not None:
            return Author(kind, "a release under its dateline in its own name")
    if not _FIRST_PERSON.search(unquoted[:6000]):
        return None
    for line in lines[:6]:
        opening = _SELF_NAMED_OPENING.match(line)
        # "Region. Investors have asked us ...": a wrapped line that starts mid-sentence
        if opening is None or _SENTENCE_END.search(opening.group("org")):
            continue
        kind = sp.org_kind(opening.group("org"))
        if kind in ("standard_owner", "critic", "official", "auditor"):
            return Author(kind, "names itself as the subject of its opening, then says 'we'")
    return None


#: "Lima, 3 March 2025 – The Roundtable on Sustainable Cocoa welcomes ...". A city alone in
#: capitals names the issuer only when the body acts "today", as releases say and wire copy does
#: not (a news story says "on Tuesday"), or under a release's own furniture.
#: A body's name as a sentence's subject: capitalised words and the words that join them.
_ORG_NAME = r"(?:[A-Z][\w&.’'-]*\s+|(?:of|on|for|and)\s+){0,6}?[A-Z][\w&.’'-]*"
#: A body's name on a line of its own: "the Delta Labour Monitor", "Fair Trade Council of Peru".
_BODY_NAME = r"[A-Z][\w&.’'-]*(?:[ \t]+(?:[A-Z][\w&.’'()-]*|of|on|for|and|the|de|&)){0,7}"
_DATELINE_ISSUER = re.compile(
    r"^\W{0,3}[A-Z][\w .’'-]{1,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?"
    rf"\s+\d{{4}}\s*[–—-]+\s*(?:the\s+)?(?P<org>{_ORG_NAME})\s+(?:today\s+)?(?:welcomes|announces"
    r"|announced|has|have|is|are|said|says|launches|publishes|releases|confirms|calls)\b"
)
#: "WASHINGTON – The Border Agency today lifted ...": a city in capitals, then the subject and
#: its verb; read as an issuer when the body acts "today" or the text has a release's furniture.
_CITY_DATELINE = re.compile(
    r"^\W{0,3}[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}\s*[–—-]+\s*(?:the\s+)?"
    rf"(?P<org>{_ORG_NAME})\s+(?:(?P<today>today)\s+[a-z]+|has|have|is|are|will|[a-z]+(?:ed|es|s))\b"
)
#: "Fairtrade International has paused ...": the opening sentence's subject is a named body.
_SELF_NAMED_OPENING = re.compile(
    rf"^\W{{0,3}}(?:the\s+)?(?P<org>{_ORG_NAME})"
    r"(?:\s+(?:has|have|today|is|are|welcomes|announces|will)\s+(?!been\s+accused)"
    # a headline in its own name: "Rainforest Alliance and partners: update on our work in Assam",
    # "Fairtrade statement on ...", "Fairtrade responds to ..."
    r"|(?:\s+and\s+[^:\n]{2,80})?\s*:\s+(?i:(?:an?\s+)?(?:update|statement|response|news))\b"
    r"|\s+(?i:statement\s+on|update\s+on|responds\s+to|response\s+to)\b)"
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
#: A word of three or more letters with a full stop after it: a sentence's end, not "Co." or "U.S.".
_SENTENCE_END = re.compile(r"[a-z]{3}\.\s")


def _about_issuer(text: str) -> Author | None:
    """The body a release's closing boilerplate describes: "About the Delta Labour Monitor" on a
    line of its own, its kind from its name or else from the paragraph under it ("... is an
    independent non-profit organisation"). The first such heading, as a joint release names its
    lead issuer first."""
    tail_start = max(0, len(text) - 20_000)
    for heading in _ABOUT_HEADING.finditer(text, tail_start):
        org = heading.group("org")
        if _NOT_AN_ISSUER.match(org):
            continue
        kind = sp.org_kind(org) or _described_kind(text[heading.end() : heading.end() + 600])
        if kind is not None:
            return Author(kind, "its closing paragraph says who issues it")
    # "Notes to editors - The Highland Leaf Standard is a voluntary standard for tea growers"
    for notes in _NOTES_TO_EDITORS.finditer(text, tail_start):
        described = _DESCRIBED_BODY.search(text, notes.end(), notes.end() + 800)
        if described is None:
            continue
        sentence = text[described.start() : described.end() + 300]
        kind = sp.org_kind(described.group("org")) or _described_kind(sentence)
        if kind is not None:
            return Author(kind, "its notes to editors say who issues it")
    return None


_NOTES_TO_EDITORS = re.compile(
    r"^[ \t#*_]{0,6}(?:notes?\s+(?:to|for)\s+editors?|editor[’']?s[’']?\s+notes?)[ \t*_:]*$",
    re.MULTILINE | re.IGNORECASE,
)
#: The first note: "- The Highland Leaf Standard is a voluntary sustainability standard ...".
_DESCRIBED_BODY = re.compile(
    rf"^[ \t*•-]{{0,4}}(?:\d\.\s+)?(?:the\s+)?(?P<org>{_BODY_NAME})"
    r"\s+(?:is|was|are)\s+(?:an?|the)\b",
    re.MULTILINE,
)


#: "About the Delta Labour Monitor", alone on its line (a heading may be marked up).
_ABOUT_HEADING = re.compile(
    rf"^[ \t#*_]{{0,6}}About\s+(?:the\s+)?(?P<org>{_BODY_NAME})[ \t*_:]*$",
    re.MULTILINE,
)
#: "About the Author", "About This Report": a section of a text, not its issuer.
_NOT_AN_ISSUER = re.compile(
    r"(?i:authors?|writers?|reporters?|editors?|us\s+and|this\s+\w+|these\s+\w+|the\s+report)\b"
)


def _described_kind(paragraph: str) -> Speaker | None:
    """The kind of body a boilerplate paragraph describes, from what it says the body is or does."""
    return sp.first_kind(_DESCRIBED_KINDS, paragraph)


#: Tried in order: a scheme is often a non-profit, an audit firm a company.
_DESCRIBED: tuple[tuple[Speaker, str], ...] = (
    (
        "standard_owner",
        r"\b(?:multi-?stakeholder\s+(?:initiative|organi[sz]ation|scheme)|owns?\s+the\s+"
        r"(?:[\w-]+\s+){0,3}?standard|(?:sets|develops|maintains)\s+(?:the\s+)?(?:[\w-]+\s+)"
        r"{0,3}?standards?\b|certification\s+(?:scheme|programme|program|label)"
        r"|is\s+an?\s+(?:voluntary\s+|global\s+|international\s+)?(?:sustainability\s+|social\s+"
        r"|labou?r\s+)?(?:standard|certification\s+scheme|label)\b)",
    ),
    (
        "auditor",
        r"\b(?:provides?|offers?|provider\s+of|speciali[sz](?:es|ing)\s+in|carries\s+out)\s+"
        r"(?:[\w,-]+\s+){0,4}?(?:audits?|auditing|certification|assurance|inspections?"
        r"|verification)\b",
    ),
    ("official", r"\b(?:government\s+(?:agency|body|department)|public\s+body|ministry)\b"),
    (
        "critic",
        r"\b(?:non-?profit|not-for-profit|non-?governmental|NGO|charity|trade\s+union"
        r"|human\s+rights\s+organi[sz]ation|civil\s+society|campaign(?:s|ing)?\s+for"
        r"|investigates|research\s+(?:organi[sz]ation|centre|center|institute))\b",
    ),
    (
        "company",
        r"\b(?:is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:maker|manufacturer|producer|retailer|brand"
        r"|company|supplier|exporter|processor|group)|listed\s+(?:in|on)|stock\s+exchange"
        r"|employs\s+[\d,.]+|stores\s+in)\b",
    ),
)
_DESCRIBED_KINDS: tuple[tuple[Speaker, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _DESCRIBED
)


#: "Harwell Motorwerke AG today announces ...": a company's announcement in its own name.
_COMPANY_ANNOUNCES = re.compile(
    r"\b(?:AG|GmbH|SE|Inc\.?|Ltd\.?|plc|PLC|Group|Corporation|Co\.)\s+(?:\(\w+\)\s+)?(?:today\s+|has\s+today\s+)?"
    r"(?:announce[sd]?|publishe[sd]|release[sd]|report(?:s|ed))\b"
)


#: A quotation within one paragraph (it may wrap, never crosses a blank line), straight or curly.
_QUOTATION = re.compile(
    r'"(?:[^"\n]|\n(?![ \t]*\n)){1,3000}"|“(?:[^”\n]|\n(?![ \t]*\n)){1,3000}(?:”|(?=\n[ \t]*\n)|\Z)'
)


#: A byline of personal names only: "By Anna Berg and Tomas Lind".
_PERSON_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}"
_REPORTERS = re.compile(
    rf"^\W*By\s+{_PERSON_NAME}(?:\s*(?:,|and|&)\s*{_PERSON_NAME})*\W*$", re.MULTILINE
)


def _said_count(text: str) -> int:
    return len(re.findall(r"\b(?:said|says|told|according\s+to)\b", text[:50_000], re.IGNORECASE))


def _first_person_heavy(text: str) -> bool:
    sample = text[:50_000]
    words = max(1, len(sample.split()))
    return len(re.findall(r"\b(?:we|our)\b", sample, re.IGNORECASE)) / words > 0.01


def _byline(text: str) -> Author | None:
    """Who a text says it is from in a byline under its title."""
    for m in (*sp.BYLINE.finditer(text[:600]), *sp.BYLINE_BY.finditer(text[:600])):
        # "Statement by the Workers' Alliance on the audit at ...": the name ends at its topic
        org = _TOPIC_AFTER_NAME.split(m.group("org"), maxsplit=1)[0]
        kind = sp.org_kind(org)
        if kind is None and sp.NEWS_OUTLET.search(org) and not sp.PART_LABEL.match(org):
            # a newswire's own line, not a case file's "Part A — Weekly ..." heading
            kind = "journalist"
        if kind is not None:
            return Author(kind, f"its byline names {with_article(kind)}")
    return None


#: What a byline's text is about, after the name of who wrote it.
_TOPIC_AFTER_NAME = re.compile(
    r"\s+(?:on|about|regarding|concerning|in\s+response\s+to|following|into|over)\s+",
    re.IGNORECASE,
)


def _letterhead(lines: list[str]) -> Author | None:
    """A public body's name on a line of its own at the top ("Border and Trade Enforcement Agency
    – Forced Labour Unit"): a name, not a headline, so every word is capitalised or a joining
    word and one of its parts ends in the kind of body it is. Only lines above the first prose."""
    for line in lines:
        if len(line.split()) >= 15:
            return None  # prose has begun: a sign-off below it is not a letterhead
        name = line.strip(" #*_>\t")
        words = name.replace("–", " ").replace("—", " ").split()
        if not 2 <= len(words) <= 14 or name.endswith((".", ":", "?", "!")):
            continue
        # "Provincial Labour Inspectorate of Huelva — press note": the name is one part, the
        # genre after the dash another
        parts = re.split(r"\s*[–—|,]\s*|\s+-\s+", name)
        if any(
            _PUBLIC_BODY_END.search(part)
            and sp.org_kind(part) == "official"
            and all(w[0].isupper() or w in _JOINING or not w[0].isalpha() for w in part.split())
            for part in parts
        ):
            return Author("official", "its letterhead names a public body")
    return None


#: Words that join the parts of an organisation's name.
_JOINING = frozenset({"and", "of", "for", "the", "on", "de", "du", "des", "la", "le", "&"})
#: The kind of body a public office's name ends in.
_PUBLIC_BODY_END = re.compile(
    r"\b(?i:Agency|Authority|Ministry|Department|Inspectorate|Office|Bureau|Commission"
    r"|Directorate|Service|Unit|Administration|Protection|Customs)"
    # the place it serves may follow: "Territorial Labour Inspectorate Bacău", "... of Bacău"
    r"(?:\s+(?:of\s+)?[A-ZÀ-Þ][\w’'-]+){0,2}$"
)


def _tail_signature(text: str) -> Author | None:
    """Who a text says it is from in a signature at its end."""
    tail = text[-400:]
    if any(sp.SIGNATURE_TITLE.search(line) for line in tail.splitlines()):
        return Author("auditor", "signed by an auditor")
    for m in sp.SIGNED_FOR.finditer(tail):
        kind = sp.org_kind(m.group("org"))
        if kind is not None:
            return Author(kind, f"signed for {with_article(kind)}")
    return None


def with_article(kind: str) -> str:
    """'an auditor', 'a company': the speaker class with its article, for a reason."""
    words = kind.replace("_", " ")
    return ("an " if words[0] in "aeiou" else "a ") + words


def this_speakers(kind: str, noun: str, determiner: str = "this") -> str:
    """'this auditor's account' ('the auditor's account' with ``determiner`` 'the'), or 'this
    account' when who wrote it is unknown."""
    if kind == "unknown":
        return f"{determiner} {noun}"
    return f"{determiner} {kind.replace('_', ' ')}'s {noun}"
