"""Conclusions stated in results tables, read row by row.

Why: the first page of a social audit report often states its result only as a table: one row
per issue or indicator, a column of non-conformity counts or findings. "1 Freely chosen
employment | 0 | 0" is the report's clean result on forced labour; "Retention of identity
documents | 1,188 passports held in HR safe | Critical" is an adverse finding. Read cell by cell
as sentences, neither says anything; read as a row under its column header, each is a claim.

What is read: rows of table cells (cells on one line; a table is a run of rows without a blank
line between them; rows with as many cells as the header), in tables whose header names a count
of non-conformities or violations (or their severities: critical, major, minor), or a finding
or result. A count above 0 is an adverse claim
(violations reported under that issue); a finding cell that names a violation is one too. A row
that already holds a sentence-level claim is left to it.

Not read, on purpose: a zero under "freely chosen employment" as a clean claim. On a report's
first page it would be a clean conclusion resting on a method the page does not show, and the
burden rule then scores every unshown method element as failed; the paired cases judge such a
page partially credible (insufficient information, not a washed claim). Until the judgement
distinguishes a results table from a conclusion asserted in words, the table's zero stays a
fact for the criteria, not a claim.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator

from ..document.model import Block, BlockKind, Document
from ..models import Modality, Speaker
from ..text import cached_re as re
from .base import Author, SentenceClaim
from .violations import VIOLATION

#: Column headers of counts: "Non-conformities", "NCs", "Number of violations".
_COUNT_HEADER = re.compile(
    r"\b(?:non[- ]?conformit(?:y|ies)|non[- ]?compliances?|NCs?|violations|breaches"
    # counts by severity: "Area | Critical | Major | Minor"
    r"|critical|major|minor|zero[- ]tolerance)\b",
    re.IGNORECASE,
)
#: Column headers of findings: "Finding", "Result", "Audit findings".
_FINDING_HEADER = re.compile(r"\b(?:findings?|results?|observed|outcome)\b", re.IGNORECASE)
_NONE_FOUND = re.compile(
    r"^\s*(?:not\s+(?:found|observed|identified)|none(?:\s+found)?|no(?:ne)?\s+(?:findings?|issues?)"
    r"|nil|no)\s*\.?\s*$",
    re.IGNORECASE,
)
_COUNT = re.compile(r"^\s*(\d{1,5})\s*$")


def table_rows(document: Document) -> Iterator[list[list[Block]]]:
    """Each table of the document as its rows of cells (header first)."""
    text = document.text
    rows: list[list[Block]] = []
    for block in document.blocks:
        if block.kind is not BlockKind.table_cell:
            continue
        if rows and "\n" not in text[rows[-1][-1].end : block.start]:
            rows[-1].append(block)  # same line: same row
        else:
            rows.append([block])
    table: list[list[Block]] = []
    for row in rows:
        if table and "\n\n" in text[table[-1][-1].end : row[0].start]:
            yield table  # a blank line ends a table
            table = []
        table.append(row)
    if table:
        yield table


def table_claims(
    document: Document, author_at: Callable[[int], Author], taken: list[SentenceClaim]
) -> list[SentenceClaim]:
    """The claims the document's results tables state, row by row (none where a sentence-level
    claim already stands in the row); ``author_at`` gives the author of an offset."""
    # claims in document order, so that a row's overlap is one bisection, not a scan: a table of
    # many thousand rows next to many claims must stay linear
    spans = sorted((c.start, c.end) for c in taken)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    found = _flattened_claims(document, author_at, starts, reach)
    for rows in table_rows(document):
        header, body = rows[0], rows[1:]
        columns = [_column_kind(cell.text) for cell in header]
        if not any(columns[1:]):
            continue
        for row in body:
            if len(row) != len(header) or _overlaps(starts, reach, row[0].start, row[-1].end):
                continue
            claim = _row_claim(row, columns, author_at(row[0].start))
            if claim is not None:
                found.append(claim)
    return found


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether any span (sorted by start; ``reach[i]`` the furthest end among the first i + 1)
    overlaps [start, end)."""
    i = bisect.bisect_left(starts, end) - 1  # the last span that starts before ``end``
    return i >= 0 and reach[i] > start


def _column_kind(header: str) -> str | None:
    if _COUNT_HEADER.search(header):
        return "count"
    if _FINDING_HEADER.search(header):
        return "finding"
    return None


def _row_claim(row: list[Block], columns: list[str | None], author: Author) -> SentenceClaim | None:
    for cell, column in zip(row[1:], columns[1:], strict=True):
        if column == "count":
            count = _COUNT.match(cell.text)
            if count is None:
                continue
            if int(count.group(1)) > 0:
                return _adverse(row, cell, author, "non-conformities counted in a results table")
        elif (
            column == "finding" and not _NONE_FOUND.match(cell.text) and VIOLATION.search(cell.text)
        ):
            return _adverse(row, cell, author, "a violation found, in a results table")
    return None


def _adverse(row: list[Block], cell: Block, author: Author, cue: str) -> SentenceClaim:
    return _adverse_at(row[0].start, row[-1].end, cell.start, cell.end, author, cue)


def _adverse_at(
    start: int, end: int, focus_start: int, focus_end: int, author: Author, cue: str
) -> SentenceClaim:
    # a results table is the assessment's own result, carried by whoever publishes it
    own = author.speaker in ("auditor", "standard_owner")
    speaker: Speaker = author.speaker if own else "auditor"
    modality: Modality = "asserted" if speaker == author.speaker else "reported"
    return SentenceClaim("adverse", speaker, modality, start, end, focus_start, focus_end, cue)


# --- tables flattened into lines (PDF text): "5 Wages 2 1" under "Issue Non-conformities
# Observations" -------------------------------------------------------------------------------
#: Names of count columns a flattened header can hold, in the order they stand.
_COLUMN_NAME = re.compile(
    r"\b(?:non[- ]?conformit(?:y|ies)|non[- ]?compliances?|NCs?|violations|breaches|critical"
    r"|major|minor|zero[- ]tolerance|observations?|improvements?|good\s+practices?|findings?"
    r"|total)\b",
    re.IGNORECASE,
)
#: A flattened row: a label that does not end in a figure, then one to six whole numbers.
_NUMBER = re.compile(r"\d+")
#: (No cell separators: a row of cells, in any format, is read as cells.)
_FLAT_ROW = re.compile(
    r"[ \t]*([^\s|][^\n|]*?[^\d\s,.|])[ \t]+(\d{1,5}(?:[ \t]+\d{1,5}){0,5})[ \t]*"
)


def _flattened_claims(
    document: Document, author_at: Callable[[int], Author], starts: list[int], reach: list[int]
) -> list[SentenceClaim]:
    """Rows of a results table that text extraction flattened into lines: a short header line
    naming as many count columns as each row below it has numbers. A count above 0 under a
    column of non-conformities or violations is an adverse claim, as in a table of cells."""
    found: list[SentenceClaim] = []
    text = document.text
    lines = document.line_index
    past = 0  # the first line after the last table read
    # only a line that names a count column can head such a table: one pass finds them
    for i in sorted({lines.line_of(m.start()) for m in _COUNT_HEADER.finditer(text)}):
        if i < past or i >= lines.line_count - 1:
            continue
        a, b = lines.span(i)
        columns = list(_COLUMN_NAME.finditer(text, a, b))
        if not columns or len(text[a:b].split()) > 12:
            continue
        j = i + 1
        rows: list[tuple[int, int, re.Match[str]]] = []
        # the rows: each with one number per column; the table ends at the first line without
        while (
            j < lines.line_count
            and (row := _FLAT_ROW.fullmatch(text, *lines.span(j))) is not None
            and len(row.group(2).split()) == len(columns)
        ):
            rows.append((*lines.span(j), row))
            j += 1
        if not rows:
            continue
        for start, end, row in rows:
            if _overlaps(starts, reach, start, end):
                continue
            for column, count in zip(
                columns, _NUMBER.finditer(text, row.start(2), row.end(2)), strict=True
            ):
                if _COUNT_HEADER.search(column.group(0)) and int(count.group(0)) > 0:
                    found.append(
                        _adverse_at(
                            start,
                            end,
                            count.start(),
                            count.end(),
                            author_at(start),
                            "non-conformities counted in a results table",
                        )
                    )
                    break
        past = j
    return found
