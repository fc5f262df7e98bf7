"""At standard risk an ordinary workplace method is what a clean claim needs, so the 'method
could not detect it' flags lower the score without naming the claim audit-washing. A clean
conclusion drawn with no workplace method at all (no site visited, no worker interviewed) is
audit-washing wherever the site is (invented texts; labels written before the code)."""

from __future__ import annotations

from conftest import score_text

DESK = """# Limited assurance statement to Orland Kitchenware Inc.

Orland engaged Pellham Assurance LLP to provide limited assurance over its statement that the
plants of its contract manufacturers in Monterrey, Mexico, are free of forced labour.

Our procedures were inquiries of Orland's sourcing team and a review of the summaries of 14
social audits provided to us by Orland. We did not visit any plant, interview any worker or
review payroll records.

Based on these procedures, we confirm that the contract manufacturers' plants in Monterrey are
free of forced labour.

Pellham Assurance LLP, 2 March 2026
"""

VISITED = DESK.replace(
    "We did not visit any plant, interview any worker or\nreview payroll records.",
    "We also visited two of the plants and interviewed 25 workers there.",
)


def test_a_desk_review_that_confirms_absence_is_audit_washing():
    report = score_text(DESK)
    assert report.context.risk == "standard"
    assert report.judgement.principal == "clean"
    assert report.audit_washing.detected
    assert report.verdict.value == "not_credible"


def test_with_an_ordinary_workplace_method_the_flags_do_not_name_washing():
    assert VISITED != DESK
    report = score_text(VISITED)
    assert report.context.risk == "standard"
    assert not report.audit_washing.detected
