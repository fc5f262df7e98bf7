"""JSON output: always one object, ``{"schema_version", "tool", "reports": [...], "suppressed": [...], "errors": [...]}``.

One file or many, the shape is the same, so a consumer never has to guess whether it got an
object or a list. ``reports`` holds each Report exactly as the model dumps it; ``errors`` holds
one record per file that could not be evaluated, and ``suppressed`` the findings a document
accepted with an inline comment (they stay in the report, listed here with the reason).
``auditcheck schema --output`` prints the JSON Schema of this envelope. Byte-identical for the
same input.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from ..models import SCHEMA_VERSION, Report, ToolInfo
from .options import RenderOptions, Suppression


class ErrorRecord(BaseModel):
    """A file that could not be evaluated."""

    model_config = ConfigDict(extra="forbid")
    path: str = Field(description="The file as it was named on the command line.")
    error: str = Field(description="One line saying what went wrong.")
    kind: str = Field(default="error", description="Error class, e.g. DocumentError, PackError, timeout.")


class SuppressedRecord(BaseModel):
    """A finding the document's author accepted with an inline comment; never silently dropped."""

    model_config = ConfigDict(extra="forbid")
    path: str
    criterion_id: str
    reason: str
    line: int = Field(description="1-based line of the suppression comment.")


class Output(BaseModel):
    """What ``auditcheck score --format json`` prints, for one file or many."""

    model_config = ConfigDict(extra="forbid")
    schema_version: int = Field(default=SCHEMA_VERSION, description="Schema version of each report.")
    tool: ToolInfo
    reports: list[Report] = Field(description="One report per evaluated file (or one per case).")
    suppressed: list[SuppressedRecord] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)


def _tool_version() -> str:
    from .. import __version__

    return __version__


def envelope(reports: Iterable[Report], errors: Iterable[ErrorRecord] = (),
             suppressed: Iterable[Suppression] = ()) -> dict:
    reports = list(reports)
    tool = reports[0].tool if reports else ToolInfo(version=_tool_version())
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": tool.model_dump(mode="json"),
        "reports": [r.model_dump(mode="json") for r in reports],
        "suppressed": [SuppressedRecord(path=s.path, criterion_id=s.criterion_id, reason=s.reason,
                                        line=s.line).model_dump(mode="json") for s in suppressed],
        "errors": [e.model_dump(mode="json") for e in errors],
    }


def render(report: Report, options: RenderOptions | None = None, **kwargs: object) -> str:
    opts = RenderOptions.from_kwargs(options, **kwargs)
    return render_many([report], suppressed=opts.suppressed)


def render_many(reports: list[Report], errors: Iterable[ErrorRecord] = (),
                suppressed: Iterable[Suppression] = ()) -> str:
    return json.dumps(envelope(reports, errors, suppressed), indent=2, ensure_ascii=False) + "\n"
