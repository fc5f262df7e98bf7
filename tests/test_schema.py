"""The report's JSON Schema is committed; a change to the output shape must be a reviewed diff.

Regenerate with `auditcheck schema -o tests/golden/report.schema.json` and raise
`auditcheck.models.SCHEMA_VERSION` when the change is not backwards compatible.
"""

import json
from pathlib import Path

from auditcheck.models import Report

GOLDEN = Path(__file__).parent / "golden" / "report.schema.json"


def test_report_schema_matches_committed_copy():
    assert Report.model_json_schema() == json.loads(GOLDEN.read_text(encoding="utf-8"))
