"""Who wrote a text, as far as its speech cues tell: wire furniture, a press release, a report's
own fields, a byline or signature, first person and self-descriptions. Audit vocabulary alone
never makes the author an auditor: a text about an audit uses audit words.
"""

from __future__ import annotations

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
    issuer = _issuer(lines, unquoted)
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


def _issuer(lines: list[str], unquoted: str) -> Author | None:
    """An organisation that issues the text in its own name: under a release's dateline
    ("Lima, 3 March 2025 – The Roundtable welcomes ..."), or as the subject of the opening
    sentence of a text that then speaks in the first person ("BCI has suspended ... Our mission
    calls on us ..."). Only a name whose kind is known counts."""
    for line in lines[:10]:
        dated = _DATELINE_ISSUER.match(line)
        if dated is not None and (kind := sp.org_kind(dated.group("org"))) is not None:
            return Author(kind, "a release under its dateline in its own name")
    if not _FIRST_PERSON.search(unquoted[:6000]):
        return None
    for line in lines[1:6]:
        opening = _SELF_NAMED_OPENING.match(line)
        if opening is None:
            continue
        kind = sp.org_kind(opening.group("org"))
        if kind in ("standard_owner", "critic", "official", "auditor"):
            return Author(kind, "names itself as the subject of its opening, then says 'we'")
    return None


#: "Lima, 3 March 2025 – The Roundtable on Sustainable Cocoa welcomes ...".
_DATELINE_ISSUER = re.compile(
    r"^\W{0,3}[A-Z][\w .’'-]{1,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?"
    r"\s+\d{4}\s*[–—-]+\s*(?:the\s+)?(?P<org>(?:[A-Z][\w&.’'-]*\s+|(?:of|on|for|and)\s+){0,6}?"
    r"[A-Z][\w&.’'-]*)\s+(?:today\s+)?(?:welcomes|announces|announced|has|have|is|are|said|says"
    r"|launches|publishes|releases|confirms|calls)\b"
)
#: "Fairtrade International has paused ...": the opening sentence's subject is a named body.
_SELF_NAMED_OPENING = re.compile(
    r"^\W{0,3}(?:the\s+)?(?P<org>(?:[A-Z][\w&.’'-]*\s+|(?:of|on|for|and)\s+){0,6}?"
    r"[A-Z][\w&.’'-]*)\s+(?:has|have|today|is|are|welcomes|announces|will)\s+(?!been\s+accused)"
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)


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
_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}"
_REPORTERS = re.compile(rf"^\W*By\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\W*$", re.MULTILINE)


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
        if not all(w[0].isupper() or w in _JOINING or not w[0].isalpha() for w in words):
            continue
        parts = re.split(r"\s*[–—|,]\s*|\s+-\s+", name)
        if any(_PUBLIC_BODY_END.search(part) and sp.org_kind(part) == "official" for part in parts):
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
