"""Quotations that run over several sentences. Each sentence of one is the quoted speaker's, named
where the quotation opens ('X said: “...') or where it closes ('...,” said X.'); read sentence by
sentence, the sentences away from the attribution would fall to the author's voice."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..models import Speaker
from ..text import cached_re as re
from .base import COUNTING, Author, SentenceClaim
from .voice import attributed_speaker

#: A quotation within one paragraph: curly quotes, or straight ones paired in order. Lines may
#: wrap inside it; a blank line ends the paragraph, and so the search.
_QUOTATION = re.compile(
    # a curly quotation left open ends with its paragraph (an excerpt cut inside a quotation)
    r"“(?:[^“”\n]|\n(?![ \t]*\n)){2,3000}(?:”|(?=\n[ \t]*\n)|\Z)"
    r"|\"(?:[^\"\n]|\n(?![ \t]*\n)){2,3000}\""
)
#: What stands in for the quoted words when the frame around them is read.
_STAND_IN = "“words,”"


def quoted_speakers(text: str, spans: list[tuple[int, int]]) -> dict[int, Speaker]:
    """Sentence number -> the speaker of the quotation it stands in, for the sentences of a
    quotation of two or more sentences other than the one that names the speaker, and for a
    quotation that continues the speaker named just before it."""
    if "“" not in text and '"' not in text:
        return {}
    starts = [s for s, _ in spans]
    found: dict[int, Speaker] = {}
    for m in _QUOTATION.finditer(text):
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, m.end() - 1) - 1
        if first < 0:
            continue
        # the frame where the quotation closes ('“words,” said X.'), else where it opens
        # ('X said: “words,”'); the quoted words are left out, so speech inside them is not read
        closing = _STAND_IN + text[m.end() : spans[last][1]]
        opening = text[spans[first][0] : m.start()] + _STAND_IN
        named = False
        for frame, named_in in ((closing, last), (opening, first)):
            speaker, _ = attributed_speaker(frame, frame.find(_STAND_IN) + 1)
            if speaker is not None:
                named = True
                if last > first:
                    for number in range(first, last + 1):
                        if number != named_in:
                            found.setdefault(number, speaker)
                break
        opens_sentence = not text[spans[first][0] : m.start()].strip()
        ends_sentence = not text[m.end() : spans[last][1]].strip(" .!?\n")
        if not named and opens_sentence and ends_sentence and first:
            # '“...,” Mureșan said. “We did not find anything ...”': a quotation that opens its
            # sentence and names no one continues the speaker the sentence before it names
            previous = text[spans[first - 1][0] : spans[first - 1][1]]
            gap = text[spans[first - 1][1] : spans[first][0]]
            # or a paragraph that is one quotation, under one that names whose statement it is
            # ('In its statement, the retailer acknowledged ...' / '“With regard to ...')
            if ("\n\n" not in gap and _SAID_AT_END.search(previous)) or (
                "\n\n" in gap and _STATEMENT_NAMED.search(previous)
            ):
                speaker, _ = attributed_speaker(previous, 1)
                if speaker is not None:
                    for number in range(first, last + 1):
                        found.setdefault(number, speaker)
    return found


#: A sentence that says whose statement follows: "In its statement, the retailer acknowledged".
_STATEMENT_NAMED = re.compile(
    r"\b(?:in\s+(?:its|their|a|the)\s+(?:\w+\s+)?statement|said\s+in\s+a\s+statement"
    r"|statement\s+(?:said|says|read|reads|added|continued))\b",
    re.IGNORECASE,
)
#: A sentence that ends on its quotation's attribution: '“...,” Mureșan said.'
_SAID_AT_END = re.compile(
    r"[”\"]\s*(?:[^“”\"]{1,60}?\s)?(?:said|says|added|adds|told\s+\w+|explained|continued)"
    r"(?:\s+[^“”\"]{1,60}?)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def in_quoted_voice(
    claim: SentenceClaim, sentence: str, speaker: Speaker | None, author: Author
) -> SentenceClaim:
    """The claim as the speaker's of the quotation it stands in (None: in none), unless the
    sentence names its own speaker or its mood keeps it from counting (a question, a negation)."""
    if speaker is None or claim.speaker == speaker or claim.modality not in COUNTING:
        return claim
    own, _ = attributed_speaker(sentence, claim.focus_start - claim.start)
    if own is not None:
        return claim
    return replace(
        claim, speaker=speaker, modality="asserted" if speaker == author.speaker else "reported"
    )
