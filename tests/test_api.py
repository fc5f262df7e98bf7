"""The public API: pack choice, bounded scope, and what a report says about its own limits."""

from __future__ import annotations

import auditcheck
from auditcheck.document import document_from_text
from auditcheck.models import Status

NARROW = """# Verification letter

The buyer asked us to check whether the recruitment fees the site promised to repay reached the
120 workers concerned. We visited the site and interviewed 30 workers away from the plant. All 30
had received the repayment. This letter is not an assessment of every labour issue at the site,
and it should not be read as one.
"""


def _statuses(text: str) -> dict[str, Status]:
    report = auditcheck.evaluate(document_from_text(text, path="narrow.md"))
    return {f.criterion_id: f.status for f in report.findings}


def test_narrow_document_without_clean_claim_is_judged_on_its_claims():
    statuses = _statuses(NARROW)
    assert Status.not_assessable in statuses.values()
    assert Status.unmet not in statuses.values()


def test_same_document_with_a_clean_claim_must_show_everything():
    statuses = _statuses(NARROW + "\nThe audit found no forced labour at the site.\n")
    assert Status.unmet in statuses.values()


def test_report_explains_pack_choice_and_limits():
    report = auditcheck.evaluate(document_from_text(NARROW, path="narrow.md"))
    assert report.pack.id == "social-audit" and report.pack.reason
    assert any("not what an audit did" in note for note in report.notes)
