"""People named with a role somewhere in a text ("Danubia's lead auditor, Ioana Mureșan"), so
that a later "..., Mureșan said" is heard in that role rather than as the company's. The roles
are read once per document (``remembering``) and asked by surname."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..models import Speaker
from ..text import cached_re as re
from . import speakers as sp

#: The roles a text gives its people, as the last word of the role phrase.
_ROLE = (
    r"(?:auditors?|assessors?|inspectors?|researchers?|investigators?|spokes(?:man|woman|person)"
    r"|director|manager|minister|official|organi[sz]er|secretary|chief\s+executive|CEO|founder"
    r"|coordinator|campaigner|president|chair(?:man|woman)?)"
)
#: A capitalised name of up to three words; ``%d`` is how many words it needs after the first.
_NAME = r"(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){%d,2})"
#: A role, then a name: "its lead auditor, Ioana Mureșan", "inspector Rui Matos".
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>(?:[\w’'-]+\s+){{0,3}}?{_ROLE}),?\s+{_NAME % 0}")
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
    for rx in (_ROLE_THEN_NAME, _NAME_THEN_ROLE):
        for m in rx.finditer(text[:200_000]):
            kind = next((k for k, cue in sp.SPEAKER_CUES if cue.search(m.group("role"))), None)
            if kind is None:
                kind = sp.org_kind(m.group("role"))
            if kind is None:
                continue
            surname = m.group("name").split()[-1]
            found.setdefault(surname, kind)  # the first introduction names the role
    return found


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
