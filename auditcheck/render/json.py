"""JSON output: the Report as it is, with schema_version, byte-identical for the same input."""

from __future__ import annotations

import json

from ..models import Report


def render(report: Report, **_: object) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def render_many(reports: list[Report]) -> str:
    return json.dumps([r.model_dump(mode="json") for r in reports], indent=2, ensure_ascii=False) + "\n"
