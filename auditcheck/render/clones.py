"""Clone pairs as text, JSON or CSV: what ``auditcheck similar`` prints.

Pure functions over ``SimilarPair`` (from ``auditcheck.classify.clones``); file names and
passage text come from the compared files, so the CSV cells are defused against formulas.
"""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING, Any

from .csv import cell
from .safe import one_line, safe_path

if TYPE_CHECKING:
    from ..classify.clones import SimilarPair


def format_pairs(pairs: list[SimilarPair], *, max_passages: int = 5, width: int = 160) -> str:
    """One line per pair, each followed by its shared passages (indented), terminal-safe."""
    lines = []
    for p in pairs:
        lines.append(
            f"{safe_path(p.path_a)}  <->  {safe_path(p.path_b)}  similarity {p.similarity:.2f}  "
            f"({len(p.shared)} shared passages, {p.share:.0%} of the shorter file)"
        )
        for a, b, v in p.shared[:max_passages]:
            text = one_line(a.text)
            text = text if len(text) <= width else text[: width - 1].rstrip() + "…"
            lines.append(f"    {v:.2f}  line {a.line} / line {b.line}: {text}")
        if len(p.shared) > max_passages:
            lines.append(f"    … and {len(p.shared) - max_passages} more")
    return "\n".join(lines)


def pairs_data(pairs: list[SimilarPair]) -> list[dict[str, Any]]:
    """The pairs as plain data: what ``similar --format json`` prints (a list of pair objects)."""
    return [
        {
            "path_a": p.path_a,
            "path_b": p.path_b,
            "similarity": p.similarity,
            "share": p.share,
            "shared": [
                {"line_a": a.line, "line_b": b.line, "similarity": round(v, 3), "text": a.text}
                for a, b, v in p.shared
            ],
        }
        for p in pairs
    ]


def pairs_json(pairs: list[SimilarPair]) -> str:
    return json.dumps(pairs_data(pairs), indent=2, ensure_ascii=False) + "\n"


def pairs_csv(pairs: list[SimilarPair]) -> str:
    """One row per pair; cells a spreadsheet would read as formulas are defused."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "file_a",
            "file_b",
            "similarity",
            "shared_passages",
            "share_of_shorter_file",
            "first_shared_text",
        ]
    )
    for p in pairs:
        first = p.shared[0][0].text if p.shared else ""
        writer.writerow(
            [
                cell(p.path_a),
                cell(p.path_b),
                cell(p.similarity),
                cell(len(p.shared)),
                cell(p.share),
                cell(first),
            ]
        )
    return out.getvalue()
