"""Turn spans of a document into Evidence: a verbatim quote plus its full location."""

from __future__ import annotations

from ..document.model import Document
from ..document.model import strip_span as _trim
from ..models import Evidence

#: Longest quote shown; longer sentences are clipped around the match on word boundaries.
MAX_QUOTE = 360


def evidence_from_span(
    document: Document,
    start: int,
    end: int,
    *,
    source: str = "pattern",
    role: str | None = None,
    score: float | None = None,
    focus: tuple[int, int] | None = None,
) -> Evidence:
    """Quote document.text[start:end], clipped to MAX_QUOTE around ``focus`` if given."""
    start, end = _trim(document.text, start, end)
    if end - start > MAX_QUOTE:
        f_start, f_end = focus or (start, min(end, start + MAX_QUOTE))
        room = max(0, MAX_QUOTE - (f_end - f_start))
        new_start = max(start, f_start - room // 2)
        new_end = min(end, max(f_end, new_start + MAX_QUOTE))
        new_start, new_end = _word_bounds(document.text, new_start, new_end, start, end)
        start, end = _trim(document.text, new_start, new_end)
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    block = document.block_at(start)
    return Evidence(
        quote=document.text[start:end],
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        page=document.page_of(start),
        section=list(block.heading_path) if block else [],
        path=document.path,
        source=source,  # type: ignore[arg-type]
        role=role,
        score=score,
    )


def _word_bounds(text: str, s: int, e: int, lo: int, hi: int) -> tuple[int, int]:
    while s > lo and not text[s - 1].isspace() and s > 0:
        s -= 1
    while e < hi and not text[e].isspace():
        e += 1
    return s, e


def dedupe(evidence: list[Evidence], limit: int = 5) -> list[Evidence]:
    """Drop overlapping quotes, keep document order, at most ``limit``."""
    out: list[Evidence] = []
    for ev in sorted(evidence, key=lambda e: (e.path or "", e.start, -e.end)):
        if any(o.path == ev.path and o.start <= ev.start < o.end for o in out):
            continue
        out.append(ev)
    return out[:limit]
