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
    found: list[SentenceClaim] = []
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
    # a results table is the assessment's own result, carried by whoever publishes it
    own = author.speaker in ("auditor", "standard_owner")
    speaker: Speaker = author.speaker if own else "auditor"
    modality: Modality = "asserted" if speaker == author.speaker else "reported"
    return SentenceClaim(
        "adverse", speaker, modality, row[0].start, row[-1].end, cell.start, cell.end, cue
    )
