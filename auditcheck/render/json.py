"""JSON output: always one object, ``{"schema_version", "tool", "summary", "reports",
"suppressed", "errors"}``.

One file or many, the shape is the same, so a consumer never has to guess whether it got an
object or a list. ``summary`` opens it, one record per report, with what every format opens
with (verdict, what it is about, claims, coverage, the deciding reasons with their quotes).
``reports`` holds each Report exactly as the model dumps it; ``errors`` holds one record per file
that could not be evaluated, and ``suppressed`` the findings a document accepted with an inline
comment (they stay in the report, listed here with the reason).
``auditcheck schema --output`` prints the JSON Schema of this envelope. Byte-identical for the
same input.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from ..defaults import empty_list
from ..models import SCHEMA_VERSION, Report, ToolInfo
from .json_text import dumps_indented
from .options import RenderOptions, Suppression
from .summary import Quote, summarise

# defer_build: the envelope's own model is needed only for its JSON Schema (``auditcheck schema
# --envelope``), error and suppression records only when a run has them; building their
# validators at import (Output's holds the whole Report's) was a cost of every JSON start.


class ErrorRecord(BaseModel):
    """A file that could not be evaluated."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    path: str = Field(description="The file as it was named on the command line.")
    error: str = Field(description="One line saying what went wrong.")
    kind: str = Field(
        default="error", description="Error class, e.g. DocumentError, PackError, timeout."
    )


class SuppressedRecord(BaseModel):
    """A finding the document's author accepted with an inline comment; never silently dropped."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    path: str
    criterion_id: str
    reason: str
    line: int = Field(description="1-based line of the suppression comment.")


class SummaryQuote(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(description="Q1, Q2, ...: the quote's number in the summary.")
    quote: str
    path: str | None = None
    line: int
    start: int
    end: int
    source: str = Field(description="pattern, fact, classifier, context or claim.")
    probability: float | None = Field(
        default=None, description="Model probability, for classifier evidence."
    )


class SummaryReason(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    kind: str = Field(description="cap, floor (the claim raised the score), judgement or red_flag.")
    ceiling: float | None = None
    quote: SummaryQuote | None = None


class SummaryRecord(BaseModel):
    """What every output opens with, per report: the same data the text, memo and page start with."""  # noqa: E501 - verbatim: this docstring is the JSON Schema description

    model_config = ConfigDict(extra="forbid")
    path: str
    verdict: str
    score: float
    about: str
    coverage: float | None
    claims: list[dict] = Field(
        description="kind, speaker, modality, counts and the quote of each claim."
    )
    reasons: list[SummaryReason] = Field(
        description="The 3-5 reasons that decide the verdict, caps first."
    )


class Output(BaseModel):
    """What ``auditcheck score --format json`` prints, for one file or many."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    schema_version: int = Field(
        default=SCHEMA_VERSION, description="Schema version of each report."
    )
    tool: ToolInfo
    summary: list[SummaryRecord] = Field(
        default_factory=empty_list, description="One summary per report, in order."
    )
    reports: list[Report] = Field(description="One report per evaluated file (or one per case).")
    suppressed: list[SuppressedRecord] = Field(default_factory=empty_list)
    errors: list[ErrorRecord] = Field(default_factory=empty_list)


def _tool_version() -> str:
    from .. import __version__

    return __version__


def _quote(q: Quote | None) -> SummaryQuote | None:
    return None if q is None else _summary_quote(q)


def _summary_quote(q: Quote) -> SummaryQuote:
    ev = q.evidence
    return SummaryQuote(
        label=q.label,
        quote=ev.quote,
        path=ev.path,
        line=ev.line,
        start=ev.start,
        end=ev.end,
        source=ev.source,
        probability=ev.score if ev.source == "classifier" else None,
    )


def summary_record(report: Report, suppressed: Iterable[Suppression] = ()) -> SummaryRecord:
    s = summarise(report, tuple(x for x in suppressed if x.path == report.document.path))
    return SummaryRecord(
        path=report.document.path,
        verdict=report.verdict.value,
        score=report.score,
        about=report.judgement.about,
        coverage=report.judgement.coverage,
        claims=[
            {
                "kind": c.kind,
                "speaker": c.speaker,
                "modality": c.modality,
                "counts": c.counts,
                "quote": _summary_quote(q).model_dump(mode="json"),
            }
            for c, q in s.claims
        ],
        reasons=[
            SummaryReason(text=r.text, kind=r.kind, ceiling=r.ceiling, quote=_quote(r.quote))
            for r in s.reasons
        ],
    )


def envelope(
    reports: Iterable[Report],
    errors: Iterable[ErrorRecord] = (),
    suppressed: Iterable[Suppression] = (),
) -> dict:
    reports = list(reports)
    suppressed = list(suppressed)
    tool = reports[0].tool if reports else ToolInfo(version=_tool_version())
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": tool.model_dump(mode="json"),
        "summary": [summary_record(r, suppressed).model_dump(mode="json") for r in reports],
        "reports": [r.model_dump(mode="json") for r in reports],
        "suppressed": [
            SuppressedRecord(
                path=s.path, criterion_id=s.criterion_id, reason=s.reason, line=s.line
            ).model_dump(mode="json")
            for s in suppressed
        ],
        "errors": [e.model_dump(mode="json") for e in errors],
    }


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    opts = RenderOptions.from_kwargs(options, **kwargs)
    return render_many([report], suppressed=opts.suppressed)


def render_many(
    reports: list[Report],
    errors: Iterable[ErrorRecord] = (),
    suppressed: Iterable[Suppression] = (),
) -> str:
    return dumps_indented(envelope(reports, errors, suppressed)) + "\n"
