"""Whether a clean claim was made in public: the text's own words, or someone's attributed,
quoted or published words, as opposed to an audit outcome a text describes ("the certificate was
renewed"). Audit-washing needs a public claim to wash with."""

from __future__ import annotations

from ..models import Speaker
from ..text import cached_re as re
from .base import Author
from .voice import attributed_speaker


def is_public(sentence: str, focus: int, speaker: Speaker, author: Author) -> bool:
    """A claim made in public: the text's own, or someone's attributed or quoted words, as
    opposed to an audit outcome a text describes ('the certificate was renewed')."""
    return (
        speaker == author.speaker
        or attributed_speaker(sentence, focus)[1]
        or _PUBLISHED_SOURCE.search(sentence, 0, focus) is not None
    )


#: The text says the words it relays were published ("the audit summary, posted on the
#: scheme's public register, states ..."): a public claim, unlike a report a critic obtained.
_PUBLISHED_SOURCE = re.compile(
    r"(?<!not\s)(?<!never\s)\b(?:published|posted|made\s+public|publicly\s+available"
    r"|public\s+(?:register|database|summary|statement|report|website)"
    r"|on\s+(?:its|their|the\s+[\w’'-]+)\s+(?:web\s*site|register|database))\b",
    re.IGNORECASE,
)
