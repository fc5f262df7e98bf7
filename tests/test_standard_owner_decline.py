"""A standard owner that stops certifying where audits cannot see the coercion declines, and its
statement is credible (the claim-first note's standard-owner example; invented text, labels
written before the code)."""

from __future__ import annotations

from conftest import score_text

POSITION = """# Loomstar Alliance — position on cotton from Turkmenistan

The Loomstar Alliance owns the Loomstar Yarn Standard, under which accredited certification bodies
certify spinners and fabric mills for traceability and for labour practices at their sites.

**Decision.** From 1 May 2026, no certification body may issue, renew or extend a Loomstar
certificate to any mill that spins cotton grown in Turkmenistan. Certificates held by such mills
will be withdrawn at their next surveillance visit.

**Why.** For many years, rights groups and UN bodies have documented that the state compels
teachers and nurses to pick cotton under threat of dismissal. The compulsion happens in the
fields; a certification audit visits a mill and cannot see it. Our labels are therefore not, and
must not be read as, evidence that any yarn is free of forced labour where its cotton is Turkmen.
"""


def test_a_standard_owner_that_stops_certifying_declines_credibly():
    report = score_text(POSITION)
    assert report.judgement.author == "standard_owner"
    assert report.judgement.principal == "decline"
    assert report.verdict.value == "credible", (report.score, report.caps)
