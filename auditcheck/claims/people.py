"""People named with a role somewhere in a text ("Danubia's lead auditor, Ioana Mureșan"), so
that a later "..., Mureșan said" is heard in that role rather than as the company's. The roles
are read once per document (``remembering``) and asked by surname."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..models import Speaker
from ..text import cached_re as re
from ..text.scanner_match import exact_in_windows
from . import speakers as sp

#: The roles a text gives its people, as the last word of the role phrase.
_ROLE = (
    r"(?:auditors?|assessors?|inspectors?|researchers?|investigators?|spokes(?:man|woman|person)"
    r"|director|manager|minister|official|organi[sz]er|secretary|chief\s+executive|CEO|founder"
    r"|coordinator|campaigner|president|chair(?:man|woman)?)"
)
#: A capitalised name of up to three words; ``%d`` is how many words it needs after the first.
_NAME = r"(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){%d,2})"
#: A word and the space after it, and how many of them a role may have before it.
_WORD_CLASS = r"[\w’'-]"
_WORD = rf"{_WORD_CLASS}+\s+"
_WORDS_BEFORE = 3
#: A role, then a name: "its lead auditor, Ioana Mureșan", "inspector Rui Matos".
_ROLE_THEN_NAME = re.compile(
    rf"\b(?P<role>(?:{_WORD}){{0,{_WORDS_BEFORE}}}?{_ROLE}),?\s+{_NAME % 0}"
)
#: A name, then its role: "Ioana Mureșan, lead auditor at Danubia," or at the end of the
#: sentence ("..., said Ioana Mureșan, lead auditor at Danubia.").
_NAME_THEN_ROLE = re.compile(
    rf"{_NAME % 1},\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?:[\w’'-]+\s+){{0,4}}?{_ROLE}"
    r"(?:\s+(?:at|of|for|with)\s+(?:the\s+)?(?:[\w’'&.-]+\s+){0,5}?[\w’'&.-]+)?)(?:,|[.;]|\s*$)"
)

_ROLES: ContextVar[dict[str, Speaker] | None] = ContextVar("people_roles", default=None)


def roles_in(text: str) -> dict[str, Speaker]:
    """Surname -> speaker class, for people the text names with a role it can classify."""
    found: dict[str, Speaker] = {}
    text = text[:200_000]
    for matches in (_role_then_name(text), _NAME_THEN_ROLE.finditer(text)):
        for m in matches:
            kind = next((k for k, cue in sp.SPEAKER_CUES if cue.search(m.group("role"))), None)
            if kind is None:
                kind = sp.org_kind(m.group("role"))
            if kind is None:
                continue
            surname = m.group("name").split()[-1]
            found.setdefault(surname, kind)  # the first introduction names the role
    return found


#: Where a role can start (every match of ``_ROLE_THEN_NAME`` has one), and the characters of
#: ``_WORD``'s two parts.
_ROLE_AT = re.compile(rf"(?={_ROLE})")
_WORD_CHAR = re.compile(_WORD_CLASS)
_SPACE = re.compile(r"\s")


def _role_then_name(text: str) -> list[re.Match[str]]:
    """``_ROLE_THEN_NAME.finditer(text)``, matched only from the offsets where a match can start
    (``re`` tried its lazy words before a role at every word of the text: 0.02-0.03 s of an
    84-page report, some 7% of the claim layer). A match starts at its role or up to
    ``_WORDS_BEFORE`` words before it, each a run of word characters and a run of spaces, so
    at or after the start of the runs found walking back that many words from the role."""
    windows = []
    for hit in _ROLE_AT.finditer(text):
        role = start = hit.start()
        for _ in range(_WORDS_BEFORE):
            space = start
            while space and _SPACE.match(text, space - 1):
                space -= 1
            word = space
            while word and _WORD_CHAR.match(text, word - 1):
                word -= 1
            if space == start or word == space:
                break
            start = word
        windows.append((start, role + 1))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    match = _ROLE_THEN_NAME.match
    return exact_in_windows(lambda p: match(text, p), text, merged)


@contextmanager
def remembering(text: str) -> Iterator[None]:
    """Within the block, ``role_of`` answers from the roles this text gives its people."""
    token = _ROLES.set(roles_in(text))
    try:
        yield
    finally:
        _ROLES.reset(token)


def role_of(name: str) -> Speaker | None:
    """The role a person named in the current text was given, by surname; None if unknown."""
    roles = _ROLES.get()
    words = name.split()
    if not roles or not words:
        return None
    return roles.get(words[-1])
