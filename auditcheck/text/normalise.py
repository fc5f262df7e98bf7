"""A plainly written shadow of a document's text, with exact offsets back to the source.

Why: extracted PDF text carries compatibility characters that a reader sees as ordinary
letters and spaces: ligatures (``ﬁ`` in "certiﬁcation"), no-break and zero-width spaces, soft
hyphens. Patterns written for "certification" miss them, and a few of them (``ß``, ``ﬁ``,
the Kelvin sign) also fold to ASCII letters under case-insensitive matching, which used to
send the whole document to the slow regex engine. The document text stays the source (every
quote is a slice of it); the text layer scans this shadow instead and maps each match back.

What is written out (see ``plain_form``):

* ligatures ``ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ`` and every other letter whose compatibility form (NFKC) is
  plain ASCII: fullwidth letters, the Kelvin sign, the long s;
* ``ß`` as ``ss`` and ``ẞ`` as ``SS``; dotted capital ``İ`` as ``I`` and dotless ``ı`` as ``i``;
* decimal digits of other scripts (Arabic-Indic, fullwidth) as ASCII digits;
* no-break, narrow and other fixed-width spaces as a plain space, except a narrow no-break
  space between thousands ("1\u202f100"), which is written as the comma it stands for;
* soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks are dropped;
* line breaks that only wrap a paragraph's text (``line_breaks.soft_line_breaks``) are written
  as spaces, one character for one, so a sentence reads the same at any line width; a word
  hyphenated across such a break is written whole ("recruit-|ment" as "recruitment").

Offsets: a match in the shadow maps to the smallest source span that produced it, so a match
that starts or ends inside a written-out ligature covers the whole ligature in the source.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

#: Characters dropped from the shadow: invisible, and inside words when they occur.
_DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: Written out regardless of what NFKC says (NFKC keeps them as they are).
_SPECIAL = {"ß": "ss", "ẞ": "SS", "İ": "I", "ı": "i"}
#: Characters worth a look: anything outside printable ASCII and the usual line controls.
_CANDIDATES = re.compile(r"[^\x20-\x7e\t\n\f\r]")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")


@lru_cache(maxsize=4096)
def plain_form(ch: str) -> str | None:
    """How a single character is written plainly, or None to keep it as it is."""
    if ch in _DROPPED:
        return ""
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    category = unicodedata.category(ch)
    if category == "Zs":  # no-break, en, em, thin, narrow no-break, ideographic spaces
        return " "
    if category == "Nd":
        return str(unicodedata.decimal(ch))
    if category.startswith("L"):
        compat = unicodedata.normalize("NFKC", ch)
        if compat != ch and compat.isascii() and compat.isalpha():
            return compat
    return None


@dataclass(frozen=True)
class PlainText:
    """The shadow text and how its offsets map to the source text.

    ``edits`` lists each written-out character as (source start, source end, shadow start,
    shadow end), in order; between edits the two texts run in step.
    """

    source: str
    text: str
    #: True when wrapping line breaks were written as spaces (offsets unchanged).
    _breaks_written: bool = field(default=False, repr=False)
    _src_starts: list[int] = field(default_factory=list, repr=False)
    _src_ends: list[int] = field(default_factory=list, repr=False)
    _plain_starts: list[int] = field(default_factory=list, repr=False)
    _plain_ends: list[int] = field(default_factory=list, repr=False)

    @property
    def identical(self) -> bool:
        """True when nothing was written out: the shadow is the source text itself."""
        return not self._src_starts and not self._breaks_written

    @property
    def same_offsets(self) -> bool:
        """True when every shadow offset is the source offset (only same-length writes)."""
        return not self._src_starts

    def source_start(self, pos: int) -> int:
        """The source offset where the shadow character at ``pos`` comes from."""
        k = bisect.bisect_right(self._plain_starts, pos) - 1
        if k < 0:
            return pos
        if pos < self._plain_ends[k]:  # inside a written-out ligature: take all of it
            return self._src_starts[k]
        return self._src_ends[k] + pos - self._plain_ends[k]

    def source_end(self, pos: int) -> int:
        """The source offset just after the shadow character before ``pos``."""
        k = bisect.bisect_left(self._plain_starts, pos) - 1
        if k < 0:
            return pos
        return self._src_ends[k] + max(0, pos - self._plain_ends[k])

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if not self._src_starts:
            return start, end
        s = self.source_start(start)
        return s, max(s, self.source_end(end))

    def plain_start(self, pos: int) -> int:
        """The shadow offset of the source character at ``pos`` (for block and sentence starts)."""
        k = bisect.bisect_right(self._src_starts, pos) - 1
        if k < 0:
            return pos
        if pos < self._src_ends[k]:
            return self._plain_starts[k]
        return self._plain_ends[k] + pos - self._src_ends[k]

    def plain_end(self, pos: int) -> int:
        """The shadow offset just after the source character before ``pos``."""
        k = bisect.bisect_left(self._src_starts, pos) - 1
        if k < 0:
            return pos
        return self._plain_ends[k] + max(0, pos - self._src_ends[k])

    def plain_span(self, start: int, end: int) -> tuple[int, int]:
        if not self._src_starts:
            return start, end
        s = self.plain_start(start)
        return s, max(s, self.plain_end(end))


def plain_text(
    source: str, soft_breaks: Sequence[int] = (), joins: Sequence[tuple[int, int]] = ()
) -> PlainText:
    """The plainly written shadow of ``source``; the same string when nothing needs writing out.

    ``soft_breaks`` are offsets of newlines that only wrap running text; each is written as a
    space. ``joins`` are (start, end) spans left out to join a word broken across lines.
    """
    written = _spaces_at(source, soft_breaks) if soft_breaks else source
    breaks_written = bool(soft_breaks)
    edits: dict[int, str] = {}
    for start, end in joins:
        for pos in range(start, end):
            edits[pos] = ""
    if not source.isascii():
        forms: dict[str, str] = {}
        for ch in set(_CANDIDATES.findall(source)):
            form = plain_form(ch)
            if form is not None:
                forms[ch] = form
        if forms:
            for m in re.finditer("[" + re.escape("".join(sorted(forms))) + "]", source):
                pos = m.start()
                form = forms[source[pos]]
                if (
                    source[pos] == "\u202f"
                    and source[pos - 1 : pos].isdigit()
                    and _THOUSANDS.match(source, pos + 1)
                ):
                    form = ","
                edits.setdefault(pos, form)
    if not edits:
        return PlainText(source, written, breaks_written)
    src_starts: list[int] = []
    src_ends: list[int] = []
    plain_starts: list[int] = []
    plain_ends: list[int] = []
    pieces: list[str] = []
    last = 0
    shift = 0  # shadow offset minus source offset so far
    for pos in sorted(edits):
        form = edits[pos]
        pieces.append(written[last:pos])
        pieces.append(form)
        src_starts.append(pos)
        src_ends.append(pos + 1)
        plain_starts.append(pos + shift)
        shift += len(form) - 1
        plain_ends.append(pos + 1 + shift)
        last = pos + 1
    pieces.append(written[last:])
    return PlainText(
        source,
        "".join(pieces),
        breaks_written,
        src_starts,
        src_ends,
        plain_starts,
        plain_ends,
    )


def _spaces_at(text: str, offsets: Sequence[int]) -> str:
    """``text`` with the characters at ``offsets`` (sorted newlines) written as spaces."""
    pieces: list[str] = []
    last = 0
    for pos in offsets:
        pieces.append(text[last:pos])
        pieces.append(" ")
        last = pos + 1
    pieces.append(text[last:])
    return "".join(pieces)


__all__ = ["PlainText", "plain_form", "plain_text"]
