"""Case files: one text compiled from several sources, each under a heading that names it ("## Part
B — Wire report, Harbour Post, 3 May 2026"). Each part has its own author, so a sentence without
a speech cue of its own belongs to its part's author: the first person in a union's comment is
the union, not the company whose press release opens the file.

The heading is the compiler's label of the source, so it is read first: the kind of text it names
(a press release, a news report, an NGO briefing, an inspection record, a verification letter) or
the kind of organisation (by its name's form). A source quoted in another keeps its own voice ("the
company's statement as quoted by the Courier"); a source reported by another is the reporter's
("the filing, as reported by the Daily"). A heading that names neither leaves the part to its own
speech cues, and then to the document's author.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..document.model import Block, BlockKind, Document
from ..models import Speaker
from ..text import cached_re as re
from . import speakers as sp
from .author import author_of, author_of_text, with_article
from .base import Author

#: A part heading: its label, then the description of the source.
_PART_HEADING = re.compile(rf"^{sp.PART_LABEL_RX}\s*(?P<description>\S.*)$", re.IGNORECASE)

#: "X as quoted by Y", "X, via Y": the words are X's, Y only carries them.
_QUOTED_IN = re.compile(
    r"\b(?:as\s+)?(?:quoted|published|reproduced|reposted|excerpted|cited|mirrored|translated)"
    r"\s+(?:in|by)\b|\bvia\b",
    re.IGNORECASE,
)
#: "X, as reported by Y", "X as summarised by Y": the text is Y's account of X.
_REPORTED_BY = re.compile(
    r"\b(?:as\s+)?(?:reported|summari[sz]ed|described|retold|covered)\s+(?:in|by)\b",
    re.IGNORECASE,
)

#: The kinds of text and organisation a heading names, tried in this order: a labour
#: inspectorate's record is an official's, though "inspection" names audit work elsewhere, and a
#: standard owner's or an auditor's statement is theirs before "statement" says company.
_SOURCE_KIND_WORDS: tuple[tuple[Speaker, str], ...] = (
    (
        "official",
        r"\b(?:labou?r\s+inspect\w*|inspectorate|ministry|department\s+of|government"
        r"|customs|court|tribunal|police|prosecutor\w*|parliament\w*|regulator"
        r"|(?:public|state|federal|national)\s+(?:authority|agency|body)|official\s+record)\b",
    ),
    (
        "standard_owner",
        r"\b(?:standard[- ]owner|scheme[- ]owner|standard[- ]setter|secretariat"
        r"|accreditation\s+(?:body|service)|certification\s+scheme)\b",
    ),
    (
        "auditor",
        r"\b(?:audit\s+(?:report|summary|firm|statement|findings|letter)"
        r"|(?:assessment|verification|assurance|certification)\s+(?:report|summary|statement"
        r"|letter|record|decision|register)|public\s+summary\s+report|verifier|certifier"
        r"|auditor|assessor|certificate|verification|assurance)\b",
    ),
    (
        "journalist",
        r"\b(?:news(?:paper|wire|\s+(?:report|item|story|agency|service|desk|site))?|wire"
        r"|article|broadcast|editorial|trade\s+press|press\s+report|reporter|correspondent"
        r"|radio|television|TV|times|post|herald|journal|jornal|gazette|gazeta|tribune|daily"
        r"|weekly|chronicle|courier|ledger|observer|telegraph|dispatch|bulletin|inquirer"
        r"|examiner|magazine|Reuters|Bloomberg|Xinhua|AFP|Associated\s+Press|BBC)\b",
    ),
    (
        "critic",
        r"\b(?:NGO|non-governmental|briefing|research\s+note|researchers?|campaign\w*|unions?"
        r"|advocates?|advocacy|watch|rights|network|coalition|lawyer|open\s+letter"
        r"|solidarity|charity|civil\s+society|academic|study|university)\b",
    ),
    (
        "workers",
        r"\b(?:workers?['’]?\s+(?:testimon\w+|accounts?|statements?|letter|petition)"
        r"|testimon(?:y|ies)\s+(?:of|from|by)\s+(?:the\s+)?workers?)\b",
    ),
    (
        "company",
        r"\b(?:press\s+release|media\s+release|newsroom|announcement|filing"
        r"|(?:modern\s+slavery|transparency|sustainability|annual|ESG|human\s+rights)"
        r"\s+(?:statement|report|disclosure|update)|disclosure|sourcing\s+update"
        r"|(?:statement|notice|letter|update)\s+to\s+(?:customers|suppliers|investors"
        r"|shareholders|buyers)|investor\s+relations|stock\s+exchange|company|brand|buyer)\b",
    ),
)
_SOURCE_KINDS: tuple[tuple[Speaker, re.Pattern[str]], ...] = tuple(
    (speaker, re.compile(rx, re.IGNORECASE)) for speaker, rx in _SOURCE_KIND_WORDS
)


def heading_speaker(heading: str) -> Speaker | None:
    """The kind of author a part heading names, if it names one."""
    m = _PART_HEADING.match(heading)
    description = m.group("description") if m else heading
    reported = _REPORTED_BY.search(description)
    if reported is not None:
        # the reporter's account: its kind first, the source it reports on only when unnamed
        return _source_kind(description[reported.end() :]) or _source_kind(
            description[: reported.start()]
        )
    quoted = _QUOTED_IN.search(description)
    if quoted is not None:
        return _source_kind(description[: quoted.start()]) or _source_kind(
            description[quoted.end() :]
        )
    return _source_kind(description)


def _source_kind(words: str) -> Speaker | None:
    for speaker, rx in _SOURCE_KINDS:
        if rx.search(words):
            return speaker
    return sp.org_kind(words)


@dataclass(frozen=True)
class SourcePart:
    """One source of a case file: from its heading to the next part's heading."""

    start: int
    end: int
    heading: str
    author: Author


def source_parts(
    document: Document,
    role: str | None = None,
    fallback: Author | None = None,
    headings: list[Block] | None = None,
) -> list[SourcePart]:
    """The parts of a case file (two part headings or more), each with its author; none for any
    other text. ``headings``: the document's ``part_headings`` when the caller has them."""
    if headings is None:
        headings = part_headings(document)
    if not headings:
        return []
    ends = [b.start for b in headings[1:]] + [len(document.text)]
    parts = []
    for block, end in zip(headings, ends, strict=True):
        kind = heading_speaker(block.text)
        if kind is not None:
            named = f"its part heading names {with_article(kind)}: {block.text.strip()}"
            author = Author(kind, named)
        else:
            author = author_of_text(document.text[block.end : end], None)
            if author.speaker == "unknown":
                author = fallback if fallback is not None else author_of(document, role)
        parts.append(SourcePart(block.start, end, block.text, author))
    return parts


def part_headings(document: Document) -> list[Block]:
    """The headings of a case file's parts (two or more), or none."""
    headings = [b for b in document.blocks if _is_part_heading(b)]
    return headings if len(headings) >= 2 else []


def _is_part_heading(block: Block) -> bool:
    """A heading, or a one-line paragraph shaped like one (a case file pasted as plain text, or
    with bold lines): short, and not ending as a sentence does."""
    if _PART_HEADING.match(block.text) is None:
        return False
    if block.kind is BlockKind.heading:
        return True
    line = block.text.strip().strip("*_").rstrip()
    return (
        block.kind is BlockKind.paragraph
        and "\n" not in line
        and len(line) <= 160
        and not line.endswith((".", "!", "?", ":", ";"))
    )


class PartAuthors:
    """The author of any offset: its part's in a case file, the document's anywhere else."""

    def __init__(self, parts: list[SourcePart], document_author: Author) -> None:
        self.parts = parts
        self.document_author = document_author
        self._starts = [p.start for p in parts]

    def at(self, offset: int) -> Author:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.parts[i].end:
            return self.parts[i].author
        return self.document_author
