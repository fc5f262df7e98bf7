"""A company that reports a supplier's clean audit in order to say it will not rely on it
declines (claim-first 5.3.1, 5.3.7): the audit's result is disputed, not adopted, and the text
is an honest limit, not audit-washing. Invented text; labels written before the code."""

from __future__ import annotations

from conftest import score_text

REFUSAL = """# Statement from Larkspur Home on a former towel supplier

Larkspur Home, 3 October 2026

In August a labour-rights group told us that Weihai Baolan Textiles, which wove towels for our
bathroom range, had taken in workers transferred from Kashgar in Xinjiang under a government
programme.

Weihai Baolan then sent us a social audit from July, carried out by a small local firm, which says
that contracts and wages were in order and that no forced labour was found. We have decided not
to rely on that audit. Workers sent under these programmes are chosen and moved by officials in
their home region, and they cannot speak freely to an auditor at the factory that receives them.

We have stopped placing new orders with Weihai Baolan and will complete the orders in progress so
that workers are paid.
"""


def test_a_supplier_s_audit_the_company_will_not_rely_on_is_an_honest_limit():
    report = score_text(REFUSAL)
    assert report.judgement.principal == "decline"
    assert report.audit_washing.detected is False
    assert report.verdict.value == "credible"


def test_the_same_audit_relied_on_is_audit_washing():
    relied = REFUSAL.replace(
        "We have decided not\nto rely on that audit.", "We are satisfied by that audit."
    ).replace("We have stopped placing new orders", "We continue to place orders")
    assert relied != REFUSAL
    report = score_text(relied)
    assert report.judgement.principal == "clean"
    assert report.audit_washing.detected is True
    assert report.verdict.value == "not_credible"
