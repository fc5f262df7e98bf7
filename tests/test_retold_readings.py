"""Readings the real development texts passed only in their own words, on invented texts.

Each case tells a fact of one real text the way its retelling did (tests/claims/real-retold);
the expectations were written before the code that meets them.
"""

from __future__ import annotations

import auditcheck
from auditcheck.document import document_from_text
from auditcheck.roles import classify_role

CERTIFIER = """# Statement on the Lakeside Apparel fire

On 3 May 2024 a fire broke out at the Lakeside Apparel factory in Gazipur, Bangladesh, killing
forty workers.

In March 2024 Meridian Certification carried out a two-stage audit of the factory against SA8000.
At the time of Meridian's audit, the factory complied with the SA8000 standard. Evidence gathered
after the fire suggests that conditions had changed by May.

Meridian Certification Ltd
"""

STATEMENT = """# Modern slavery statement 2024: Harlow Facilities plc

We provide cleaning and catering services in the UK and Ireland through 2,400 suppliers.

In 2024 we carried out 35 supplier reviews of varying scope, and they found no issues relating to
slavery or forced labour. {answer}

This statement was approved by the Board on 12 May 2025 and signed by Ruth Alder, Chief Executive.
"""


def _report(text: str, path: str = "text.md") -> auditcheck.Report:
    return auditcheck.evaluate(document_from_text(text, path=path))


def test_a_site_that_complied_is_not_the_teller_of_its_compliance() -> None:
    # the certifier's verdict on the site, not the site's claim about itself
    report = _report(CERTIFIER)
    clean = [c for c in report.claims if c.kind == "clean" and c.counts]
    assert [c.speaker for c in clean] == ["auditor"]
    assert report.judgement.principal == "clean"


def test_answering_an_annual_report_is_no_answer_to_allegations() -> None:
    answer = "Our work responding to the US Trafficking in Persons Report continued in 2024."
    report = _report(STATEMENT.format(answer=answer))
    assert "AW-07" not in [p.id for p in report.audit_washing.patterns]


def test_answering_a_union_is_an_answer_to_allegations() -> None:
    answer = "We publish this in response to a union that said our cleaners were not paid."
    report = _report(STATEMENT.format(answer=answer))
    assert "AW-07" in [p.id for p in report.audit_washing.patterns]


def test_a_report_skeleton_in_other_words_is_a_report() -> None:
    skeleton = (
        "# An assessment of recruitment at three Penang electronics plants\n\n"
        "Contents\n\n"
        "I. Background\n\n"
        "II. How the Assessment Was Done\n\n"
        "III. Main Findings\n\n"
        "IV. What We Conclude and Recommend\n\n"
        "The assessment looked at how 400 migrant workers were recruited and housed.\n"
    )
    guess = classify_role(document_from_text(skeleton, path="r.md"))
    # the section titles themselves are the cues, not the default for a text without any
    assert guess.role == "audit_report" and guess.scores["audit_report"] >= 3
