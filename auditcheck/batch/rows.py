"""Typed rows of a batch: one ``SummaryRow`` per input file and the ``BatchResult`` of a run.

A row holds only what the CSV, the index page and the end-of-run summary show, never the
report itself: the parent of a batch keeps one row per document and streams the reports to
the results file, so its memory grows by a row (about a kilobyte), not by a report.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from ..render.safe import one_line, safe_path
from .inputs import raw_bytes_hex
from .results import is_report

#: How many documents the summary lists as the weakest.
WORST = 5


@dataclass(slots=True)
class SummaryRow:
    """One input file's outcome: what the CSV, the index page and the summary show."""

    path: str
    sha256: str | None = None
    format: str | None = None
    pages: int | None = None
    pack: str | None = None
    score: float | None = None
    verdict: str | None = None
    audit_washing: str | None = None
    patterns: str = ""
    context_risk: str | None = None
    dimensions: dict[str, float] = field(default_factory=dict)
    top_unmet: str = ""
    top_unmet_titles: str = ""
    error: str = ""
    kind: str | None = None
    html: str | None = None
    path_bytes: str | None = None
    title: str | None = None
    role: str | None = None
    claim_kind: str | None = None
    uncapped_score: float | None = None
    coverage: float | None = None
    red_flags: int | None = None
    top_unmet_messages: str = ""
    reference_date: str | None = None
    tool_version: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def for_path(self, path: str, html_name: str | None = None) -> SummaryRow:
        """This content's row under the name of one input file (two files may share bytes)."""
        return dataclasses.replace(
            self,
            path=safe_path(path),
            path_bytes=raw_bytes_hex(path),
            html=html_name if not self.error else None,
        )


@dataclass
class BatchResult:
    """What a batch did: one row per input file (in input order) plus counts."""

    rows: list[SummaryRow] = field(default_factory=list)
    scored: int = 0
    skipped: int = 0
    ignored_lines: int = 0
    interrupted: bool = False
    elapsed: float = 0.0
    max_worker_rss_kb: int = 0
    out: str | None = None
    csv: str | None = None
    html_dir: str | None = None
    output_errors: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[SummaryRow]:
        return [r for r in self.rows if r.error]

    @property
    def scores(self) -> list[SummaryRow]:
        return [r for r in self.rows if not r.error]

    def verdict_counts(self) -> dict[str, int]:
        counts = Counter(r.verdict or "" for r in self.scores)
        return dict(sorted(counts.items()))

    def worst(self, n: int = WORST) -> list[SummaryRow]:
        return sorted(self.scores, key=lambda r: (r.score or 0.0, r.path))[:n]

    def exit_code(
        self, fail_under: float | None = None, fail_on_audit_washing: bool = False
    ) -> int:
        """130 if interrupted, 2 if a file or output failed, 1 if a threshold is not met."""
        if self.interrupted:
            return 130
        if self.errors or self.output_errors:
            return 2
        return 1 if self.threshold_failure(fail_under, fail_on_audit_washing) else 0

    def threshold_failure(
        self, fail_under: float | None, fail_on_audit_washing: bool
    ) -> str | None:
        """Why the run fails its thresholds, in one line, or None."""
        if fail_under is not None:
            low = [r for r in self.scores if (r.score or 0.0) < fail_under]
            if low:
                return (
                    f"{len(low)} document(s) score below {fail_under:g} (lowest "
                    f"{min(r.score or 0.0 for r in low):g})"
                )
        if fail_on_audit_washing:
            washed = [r for r in self.scores if r.audit_washing == "yes"]
            if washed:
                return f"audit-washing found in {len(washed)} document(s)"
        return None


def unmet_findings(report: dict, n: int = 3) -> list[dict]:
    """The first ``n`` red-flag or unmet findings; reports list them most serious first."""
    return [
        f
        for f in report.get("findings", [])
        if isinstance(f, dict) and f.get("status") in ("red_flag", "unmet")
    ][:n]


def row_from_record(record: dict) -> SummaryRow:
    """The row of one record (a report or an error record), before it is given a file name.

    The name comes from the input file (``SummaryRow.for_path``): the same bytes under two
    names are scored once and listed twice.
    """
    if not is_report(record):
        return SummaryRow(
            path="",
            sha256=record.get("sha256"),
            error=one_line(str(record.get("error") or "unknown error")),
            kind=record.get("kind"),
        )
    top = unmet_findings(record)
    document = record["document"]
    judgement = record.get("judgement") or {}
    return SummaryRow(
        path="",
        sha256=document["sha256"],
        format=document.get("format"),
        pages=document.get("pages"),
        pack=record["pack"]["id"],
        score=record["score"],
        verdict=record["verdict"],
        audit_washing="yes" if record["audit_washing"].get("detected") else "no",
        patterns=";".join(
            str(p.get("id"))
            for p in record["audit_washing"].get("patterns", [])
            if isinstance(p, dict)
        ),
        context_risk=record["context"].get("risk"),
        dimensions={
            d["id"]: d["score"]
            for d in record.get("dimensions", [])
            if isinstance(d, dict) and "id" in d
        },
        top_unmet=";".join(str(f.get("criterion_id")) for f in top),
        top_unmet_titles=" | ".join(str(f.get("title")) for f in top),
        # what is wrong, not what a good report would show: the failure messages
        top_unmet_messages=" | ".join(f"{f.get('criterion_id')}: {f.get('message')}" for f in top),
        title=one_line(str(document["title"]))[:200] if document.get("title") else None,
        role=document.get("role"),
        claim_kind=judgement.get("principal"),
        uncapped_score=record.get("uncapped_score"),
        coverage=judgement.get("coverage"),
        red_flags=sum(1 for f in record.get("findings", []) if f.get("status") == "red_flag"),
        reference_date=record["context"].get("reference_date"),
        tool_version=(record.get("tool") or {}).get("version"),
    )


def summary_row(path: str, record: dict, *, html_name: str | None = None) -> SummaryRow:
    """The row for one file from its record (a report or an error record)."""
    return row_from_record(record).for_path(path, html_name if is_report(record) else None)
