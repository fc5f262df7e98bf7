"""What a batch writes besides its results file: the CSV, one HTML page per document, the index,
and the end-of-run summary.

Every file is written to a temporary name and renamed into place, so a reader (or a crash)
never sees half a file; every failure is an OutputError naming the path. CSV cells follow
OWASP's advice against formula injection, and every path or message printed to a terminal
goes through the one sanitiser in ``render.safe``. (This module moves to ``render/`` when the
renderers get their common interface.)
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
from pathlib import Path

from ..errors import OutputError
from ..render.safe import csv_cell, one_line, safe_path
from .results import iter_results, record_sha
from .rows import BatchResult, SummaryRow

CSV_HEAD = [
    "path",
    "title",
    "role",
    "claim_kind",
    "sha256",
    "format",
    "pages",
    "pack",
    "verdict",
    "score",
    "uncapped_score",
    "coverage",
    "red_flags",
    "audit_washing",
    "patterns",
    "context_risk",
]
CSV_TAIL = ["top_unmet", "top_unmet_messages", "html", "reference_date", "tool_version", "error"]


def dimension_ids(rows: list[SummaryRow]) -> list[str]:
    ids: list[str] = []
    for row in rows:
        for key in row.dimensions:
            if key not in ids:
                ids.append(key)
    return ids


def _atomic_write(target: Path, text: str) -> None:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputError(safe_path(target), f"cannot write ({exc.strerror or exc})") from None


def write_csv(path: str | Path, rows: list[SummaryRow]) -> None:
    """One row per document; empty cells for missing values so pandas reads them as NaN.

    Raises:
        OutputError: the file cannot be written.
    """
    import io

    dims = dimension_ids(rows)
    columns = CSV_HEAD + [f"dim_{d}" for d in dims] + CSV_TAIL
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        flat = {k: v for k, v in row.as_dict().items() if k != "dimensions"}
        for d in dims:
            flat[f"dim_{d}"] = row.dimensions.get(d)
        writer.writerow([csv_cell("" if flat.get(c) is None else flat.get(c)) for c in columns])
    _atomic_write(Path(path), buffer.getvalue())


def html_page_name(path: str, sha256: str) -> str:
    """A stable, filesystem-safe page name: the file's name plus a short content hash."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(safe_path(path)).name)[:80] or "document"
    return f"{stem}-{sha256[:10]}.html"


def write_html_page(html_dir: Path, name: str, page: str) -> Path:
    """Write one rendered page (rendered by the worker), atomically: a reader never sees half
    a page.

    Raises:
        OSError: the page cannot be written (the run reports it and carries on).
    """
    target = html_dir / name
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def prepare_html_dir(html_dir: Path) -> None:
    """Create the pages folder up front, so a bad --html-dir fails before any work."""
    try:
        html_dir.mkdir(parents=True, exist_ok=True)
        probe = html_dir / f".write-test.{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(
            safe_path(html_dir), f"cannot write pages here ({exc.strerror or exc})"
        ) from None


def complete_html(html_dir: Path, rows: list[SummaryRow], results_path: Path) -> None:
    """Pages for documents scored in an earlier run (from their saved reports), then the index.

    The saved reports are streamed from the results file, one at a time.

    Raises:
        OutputError: a page or the index cannot be written.
    """
    from ..models import Report
    from ..render.html import render, render_index

    missing: dict[str, list[str]] = {}
    for row in rows:
        if row.html and row.sha256 and not (html_dir / row.html).exists():
            missing.setdefault(row.sha256, []).append(row.html)
    if missing:
        fields = set(Report.model_fields)
        for record in iter_results(results_path):
            names = missing.pop(record_sha(record), None) if "document" in record else None
            if not names:
                continue
            page = render(Report.model_validate({k: v for k, v in record.items() if k in fields}))
            for name in names:
                _atomic_write(html_dir / name, page)
    _atomic_write(html_dir / "index.html", render_index([r.as_dict() for r in rows]))


def summary_lines(result: BatchResult) -> list[str]:
    """The end-of-run summary: counts by verdict, the weakest documents, the errors."""
    lines = []
    total = len(result.rows)
    lines.append(
        f"{total} document(s): {len(result.scores)} scored, {len(result.errors)} error(s); "
        f"{result.scored} processed now, {result.skipped} from an earlier run, "
        f"in {result.elapsed:.1f}s"
    )
    if result.ignored_lines:
        lines.append(
            f"note: {result.ignored_lines} malformed line(s) in the results file were ignored"
        )
    if result.interrupted:
        lines.append(
            "interrupted: finished results are saved; run the same command again to resume"
        )
    for verdict, n in result.verdict_counts().items():
        lines.append(f"  {one_line(verdict):<20} {n}")
    worst = result.worst()
    if worst:
        lines.append("weakest:")
        for row in worst:
            flag = f"  audit-washing {one_line(row.patterns)}" if row.patterns else ""
            lines.append(
                f"  {row.score or 0.0:5.1f}  {one_line(row.verdict or ''):<19} "
                f"{safe_path(row.path)}{flag}"
            )
    if result.errors:
        lines.append("errors:")
        for row in result.errors:
            lines.append(f"  {safe_path(row.path)}: {one_line(row.error)}")
    written = [
        p
        for p in (
            result.out,
            result.csv,
            result.html_dir and str(Path(result.html_dir) / "index.html"),
        )
        if p
    ]
    lines.append("wrote " + ", ".join(safe_path(p) for p in written))
    return lines
