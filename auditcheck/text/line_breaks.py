"""Which line breaks inside a paragraph only wrap its text, so that patterns read them as spaces.

Why: extracted PDF text, text files and Markdown source break long sentences across lines
("We interviewed 142 workers,\\n104 of them off-site"). Many patterns keep to one line
(``[^.\\n]``) so as not to run from one field of a cover page into the next; a wrapped sentence
then reads as two halves, and a method the text shows goes unseen. The same text written on one
line, or wrapped at another width, must be read the same way.

A break is wrapping when it lies inside a paragraph, list item or quotation, the line before
it is long (a wrapped line fills the width its block uses) and does not end with a colon, and
the line after it does not start a new field ("Audit date: ..."), list item or table row. Short
lines (signature blocks, addresses, cover fields) keep their breaks. The plain shadow of the
text (``normalise.plain_text``) writes each wrapping break as a space, one character for one,
so offsets do not move and quotes stay slices of the source.

The page furniture inside a paragraph joined across a page break (``Block.furniture``) is
written as spaces too. A word hyphenated across such a break ("recruit-|ment") is one word
again in the shadow: the hyphen, the break and the next line's indent are left out; the first
part of a compound keeps its hyphen ("third-|party" reads "third-party").

The same layout decides sentences (``laid_out_sentences``): the lines of a block that are rows
(a table flattened by text extraction, cover fields without colons) keep their breaks and each
row is a sentence of its own; a run-in heading opening a block belongs to the sentence after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import regex

from ..document.line_shapes import COMPOUND_FIRST_PARTS
from ..document.model import Block, BlockKind

#: Blocks whose lines are running text.
_RUNNING = (BlockKind.paragraph, BlockKind.list_item, BlockKind.quote)
#: A wrapped line is at least this long, and at least this share of its block's longest line.
_MIN_WRAPPED = 20
_SHARE_OF_LONGEST = 0.6
#: A line that starts something new: a list marker, a table row, or a field label ("Audit
#: date:", "**Auditor:**", "Result: PASS") of up to six words.
_STARTS_NEW = re.compile(
    r"[-*+\u2022\u00b7\u2013\u25cf\u25aa>|]\s"
    r"|\(?\d{1,3}[.)]\s"
    r"|\(?[a-z][.)]\s"
    r"|[*_]{0,2}[A-Z][\w'\u2019()/&.,-]*(?:[ \t]+[\w'\u2019()/&.,-]+){0,5}[ \t]*[*_]{0,2}:"
)


#: A line break before a line that does not go on in lower case: where a row ends.
_ROW_END = regex.compile(r"\n(?=[ \t]*[^\s\p{Ll}])")
#: A line that closes on a value, as a table row does: a figure, a capitalised word, a dash.
_ON_A_VALUE = re.compile(r"(?:\b[A-Z0-9][\w’'./%-]*|[-\u2013\u2014)%])$")
#: A line that ends inside a hyphenated word, and the first part of that word.
_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_COMPOUND = frozenset(COMPOUND_FIRST_PARTS)


@dataclass(frozen=True)
class LineBreaks:
    """What the plain shadow writes differently at line breaks: ``spaces``, newlines written as
    a space; ``joins``, (start, end) spans left out to join a word broken across lines."""

    spaces: list[int] = field(default_factory=list)
    joins: list[tuple[int, int]] = field(default_factory=list)
    #: Starts of the blocks whose lines are rows (see ``rows_of_cells``).
    rows: frozenset[int] = frozenset()

    def before(self, limit: int) -> LineBreaks:
        """The same, for the text cut at ``limit``."""
        return LineBreaks(
            [p for p in self.spaces if p < limit],
            [(a, b) for a, b in self.joins if b <= limit],
            self.rows,
        )


def rows_of_cells(lines: Sequence[str]) -> bool:
    """Whether a block's lines are rows (a table flattened by text extraction, a list of cover
    fields without colons): three or more lines, most of them opening with a capital or a figure
    and closing on a value (a figure, a capitalised word, a dash). Wrapped prose opens most lines
    mid-sentence and closes them on a small word ("to", "the")."""
    stripped = [line.strip() for line in lines if line.strip()]
    if len(stripped) < 3:
        return False
    opening = sum(line[0].isupper() or line[0].isdigit() for line in stripped[1:])
    closing = sum(_ON_A_VALUE.search(line) is not None for line in stripped)
    return opening >= 0.66 * (len(stripped) - 1) and closing >= 0.66 * len(stripped)


def soft_line_breaks(text: str, blocks: Sequence[Block], limit: int | None = None) -> LineBreaks:
    """The newlines in ``text`` that only wrap running text (before ``limit``)."""
    end_of_text = len(text) if limit is None else min(limit, len(text))
    breaks: list[int] = []
    joins: list[tuple[int, int]] = []
    row_blocks: set[int] = set()
    for block in blocks:
        if block.start >= end_of_text:
            break
        if block.kind not in _RUNNING:
            continue
        end = min(block.end, end_of_text)
        if text.find("\n", block.start, end) < 0:
            continue
        lines = text[block.start : end].split("\n")
        longest = max(len(line.rstrip()) for line in lines)
        wrapped_at_least = max(_MIN_WRAPPED, _SHARE_OF_LONGEST * longest)
        # in rows, only a line that goes on in lower case continues the one before
        rows = rows_of_cells(lines)
        if rows:
            row_blocks.add(block.start)
        offset = block.start
        for line, following in pairwise(lines):
            offset += len(line)
            before = line.rstrip()
            after = following.lstrip()
            if (
                len(before) >= wrapped_at_least
                and after
                and not before.endswith(":")
                and not _STARTS_NEW.match(after)
                and not (rows and not after[0].islower())
            ):
                hyphenated = _HYPHENATED.search(before)
                if hyphenated and after[0].islower():
                    # the hyphen (unless it joins a compound), the break and the indent go
                    hyphen = offset - len(line) + len(before) - 1
                    compound = hyphenated.group(1).lower() in _COMPOUND
                    next_word = offset + 1 + len(following) - len(after)
                    joins.append((hyphen + 1 if compound else hyphen, next_word))
                else:
                    breaks.append(offset)
            offset += 1
        for start, stop in block.furniture:
            # a paragraph joined across a page break: the footer, form feed and header between
            # its parts are not part of the sentence
            breaks.extend(range(start, min(stop, end_of_text)))
    if any(block.furniture for block in blocks):
        breaks = sorted(set(breaks))
    return LineBreaks(breaks, joins, frozenset(row_blocks))


#: A run-in heading opening a paragraph: a label of up to six words with its status after a
#: colon ("Passport retention: resolved."), or a one- or two-word title ("Findings.").
_RUN_IN_HEADING = re.compile(
    r"[*_]{0,2}(?:[\w’'/&()-]+[ \t]+){0,5}[\w’'/&()-]+:[ \t]*"
    r"(?:[\w’'/&()-]+[ \t]*){1,4}[.][*_]{0,2}"
    # a title, not an answer ("No. The audit found ...")
    r"|[*_]{0,2}(?!(?:Yes|No)\.)[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+)?[.][*_]{0,2}"
)


def _split_rows(base: int, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences of a block whose lines are rows: each row ends its sentence, unless the next
    line goes on in lower case (a cell wrapped onto the next line)."""
    cuts = [base + m.start() for m in _ROW_END.finditer(text)]
    out: list[tuple[int, int]] = []
    k = 0  # spans and cuts are both in order: one pass over each
    for start, end in spans:
        while k < len(cuts) and cuts[k] <= start:
            k += 1
        while k < len(cuts) and cuts[k] < end:
            out.append((start, cuts[k]))
            start = cuts[k] + 1
            k += 1
        out.append((start, end))
    return [(s, e) for s, e in out if s < e]


def laid_out_sentences(
    base: int, text: str, spans: list[tuple[int, int]], rows: bool
) -> list[tuple[int, int]]:
    """A block's sentences (``spans``, found by punctuation) mended for layout: in rows, each row
    ends a sentence; a run-in heading opening the block belongs to the sentence after it
    ("Recruitment fees: remediation under way. Repayments had been made to ..."), as it does
    when set in bold. ``rows``: whether the block's lines are rows (``LineBreaks.rows``)."""
    if rows:
        spans = _split_rows(base, text, spans)
    if len(spans) > 1 and _RUN_IN_HEADING.fullmatch(text, spans[0][0] - base, spans[0][1] - base):
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans


__all__ = ["LineBreaks", "laid_out_sentences", "rows_of_cells", "soft_line_breaks"]
