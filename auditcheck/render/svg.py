"""Small inline SVG charts for the HTML pages: no scripts, no external fonts, escaped labels.

Each chart is plain SVG markup with presentation attributes (fill, width), so the pages'
strict Content-Security-Policy (no inline style attributes, no scripts) is kept. Widths are
in a viewBox and the element scales to its container, so a chart never overflows its card.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..vocabulary import VERDICT_LABELS, VERDICT_ORDER

OK, MID, BAD, GREY, TRACK, INK = "#1b7a3a", "#a86a00", "#b3261e", "#9aa0a6", "#eceef1", "#1d1d1f"
VERDICT_COLORS = {"credible": OK, "partially_credible": MID, "not_credible": BAD}


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def tone(score: float | None) -> str:
    """Colour of a 0-100 score: the verdict bands (70 and 40)."""
    if score is None:
        return GREY
    return OK if score >= 70 else MID if score >= 40 else BAD


def _svg(width: int, height: int, label: str, body: str, cls: str) -> str:
    return (
        f'<svg class="chart {cls}" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" '
        f'aria-label="{_e(label)}" xmlns="http:'
        f'//www.w3.org/2000/svg"><title>{_e(label)}</title>{body}</svg>'
    )


def dimension_profile(dimensions: Sequence[tuple[str, str, float | None]]) -> str:
    """Horizontal bars, one per dimension: (id, title, score or None for 'not assessed')."""
    row, label_w, bar_w, width = 26, 250, 300, 620
    parts = []
    for n, (dim_id, title, score) in enumerate(dimensions):
        y = n * row
        value = "not assessed" if score is None else f"{score:g}"
        filled = 0 if score is None else round(max(0.0, min(100.0, score)) * bar_w / 100, 1)
        parts.append(
            f'<g data-dimension="{_e(dim_id)}" '
            f'data-score="{"" if score is None else _e(f"{score:g}")}"><text x="0" y="{y + 17}" '
            f'font-size="13" fill="{INK}">{_e(title)}</text><rect x="{label_w}" y="{y + 6}" '
            f'width="{bar_w}" height="14" rx="7" fill="{TRACK}"/><rect class="fill" '
            f'x="{label_w}" y="{y + 6}" width="{filled}" height="14" rx="7" fill="{tone(score)}"/>'
            f'<text x="{label_w + bar_w + 10}" y="{y + 17}" font-size="13" '
            f'fill="{INK}">{_e(value)}</text></g>'
        )
    return _svg(
        width,
        max(row, row * len(dimensions)),
        "Score by dimension, 0 to 100",
        "".join(parts),
        "profile",
    )


def verdict_counts(counts: dict[str, int]) -> str:
    """Bars of how many documents got each verdict, in the verdict order (best first)."""
    row, label_w, bar_w, width = 26, 150, 300, 520
    top = max([1, *counts.values()])
    parts = []
    for n, verdict in enumerate(VERDICT_ORDER):
        count = counts.get(verdict, 0)
        y = n * row
        w = round(count * bar_w / top, 1)
        parts.append(
            f'<g data-verdict="{_e(verdict)}" data-count="{count}">'
            f'<text x="0" y="{y + 17}" font-size="13" '
            f'fill="{INK}">{_e(VERDICT_LABELS[verdict])}</text>'
            f'<rect x="{label_w}" y="{y + 6}" width="{w}" height="14" '
            f'fill="{VERDICT_COLORS[verdict]}"/>'
            f'<text x="{label_w + w + 8}" y="{y + 17}" font-size="13" '
            f'fill="{INK}">{count}</text></g>'
        )
    return _svg(width, row * len(VERDICT_ORDER), "Documents by verdict", "".join(parts), "verdicts")


def score_histogram(scores: Sequence[float], bins: int = 10) -> str:
    """Documents per score band of ten points, coloured by the verdict band."""
    counts = [0] * bins
    for s in scores:
        counts[min(bins - 1, max(0, int(s // (100 / bins))))] += 1
    top = max([1, *counts])
    col, height, base, width = (
        44,
        120,
        140,
        bins * 44 + 10,
    )  # 20 units above the tallest bar for its count
    parts = []
    for i, count in enumerate(counts):
        h = round(count * height / top, 1)
        x = 5 + i * col
        lo = i * 100 // bins
        parts.append(
            f'<g data-bin="{lo}" data-count="{count}">'
            f'<rect x="{x + 4}" y="{base - h}" width="{col - 8}" height="{h}" '
            f'fill="{tone(lo + 5)}"/>'
            f'<text x="{x + col / 2}" y="{base - h - 4}" font-size="11" text-anchor="middle" '
            f'fill="{INK}">'
            f"{count if count else ''}</text>"
            f'<text x="{x + col / 2}" y="{base + 14}" font-size="11" text-anchor="middle" '
            f'fill="{INK}">{lo}</text></g>'
        )
    return _svg(width, base + 20, "Score distribution in bands of ten", "".join(parts), "histogram")


def heat_map(rows: Sequence[tuple[str, Sequence[float | None]]], columns: Sequence[str]) -> str:
    """Documents by dimension, each cell coloured by its score band (grey when not assessed)."""
    label_w, cell_w, cell_h, head = 220, 88, 20, 40
    width = label_w + cell_w * max(1, len(columns))
    parts = []
    for j, name in enumerate(columns):
        x = label_w + j * cell_w + cell_w / 2
        parts.append(
            f'<text x="{x}" y="{head - 8}" font-size="11" text-anchor="middle" fill="{INK}">'
            f"{_e(name if len(name) <= 13 else name[:12] + '…')}</text>"
        )
    for i, (label, values) in enumerate(rows):
        y = head + i * cell_h
        short = label if len(label) <= 32 else label[:31] + "…"
        parts.append(f'<text x="0" y="{y + 14}" font-size="11" fill="{INK}">{_e(short)}</text>')
        for j, v in enumerate(values):
            parts.append(
                f'<rect x="{label_w + j * cell_w + 1}" y="{y + 1}" width="{cell_w - 2}" '
                f'height="{cell_h - 2}" '
                f'fill="{tone(v)}" data-score="{"" if v is None else _e(f"{v:g}")}"><title>'
                f"{_e(label)}: "
                f"{_e(columns[j])} {'not assessed' if v is None else _e(f'{v:g}')}</title></rect>"
            )
    return _svg(
        width,
        head + cell_h * max(1, len(rows)),
        "Dimension scores by document",
        "".join(parts),
        "heatmap",
    )
