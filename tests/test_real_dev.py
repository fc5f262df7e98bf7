"""Judge the real published texts in ../shared/real-dev against the experts' verdicts (skipped when absent).

Positions on the expert scale: credible 0, partially credible 1, not credible 2, audit-washing 3;
the tool's position is 3 when it says not_credible and detects audit-washing, else its verdict.
"""

from __future__ import annotations

import csv

import pytest

import auditcheck
from auditcheck.document import document_from_text

from conftest import REAL_DEV, real_dev_text

EXPERT = {"credible": 0, "partially credible": 1, "not credible": 2, "audit-washing": 3}
TOOL = {"credible": 0, "partially_credible": 1, "not_credible": 2}
#: The checklist a person would choose: programme-level statements vs anything about one audit.
EXPECTED_PACK = {
    "01": "social-audit",
    "08": "social-audit",
    "09": "social-audit",
    "11": "social-audit",
    "14": "social-audit",
    "15": "social-audit",
    "22": "social-audit",
    "24": "social-audit",
    "26": "company-statement",
    "27": "company-statement",
    "28": "company-statement",
    "29": "company-statement",
    "30": "company-statement",
}


def _rows() -> list[dict[str, str]]:
    if not (REAL_DEV / "index.csv").is_file():
        return []
    with (REAL_DEV / "index.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


ROWS = _rows()
_CACHE: dict[str, auditcheck.Report] = {}


def _report(row: dict[str, str]) -> auditcheck.Report:
    if row["id"] not in _CACHE:
        text = real_dev_text(REAL_DEV / row["id"])
        document = document_from_text(text, path=f"real-dev/{row['id']}.md")
        _CACHE[row["id"]] = auditcheck.evaluate(document)
    return _CACHE[row["id"]]


def _position(report: auditcheck.Report) -> int:
    if report.verdict.value == "not_credible" and report.audit_washing.detected:
        return 3
    return TOOL[report.verdict.value]


pytestmark = [
    pytest.mark.realdev,
    pytest.mark.skipif(not ROWS, reason="../shared/real-dev is not present"),
]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_verdict_within_one_step_of_expert(row):
    report = _report(row)
    expert = EXPERT[row["label"]]
    assert abs(_position(report) - expert) <= 1, (
        f"{row['id']}: expert {row['label']}, tool {report.verdict.value} "
        f"(score {report.score}, audit-washing {report.audit_washing.detected}: {[p.id for p in report.audit_washing.patterns]})"
    )


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["label"] == "audit-washing"], ids=lambda r: r["id"]
)
def test_audit_washing_documents_are_detected(row):
    report = _report(row)
    assert report.audit_washing.detected, f"{row['id']}: no audit-washing pattern detected"
    assert report.verdict.value == "not_credible"


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["label"] == "credible"], ids=lambda r: r["id"]
)
def test_credible_documents_have_no_audit_washing(row):
    report = _report(row)
    assert not report.audit_washing.detected, [
        (p.id, [e.quote for e in p.evidence]) for p in report.audit_washing.patterns
    ]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_pack_a_person_would_choose(row):
    expected = EXPECTED_PACK.get(row["id"][:2])
    if expected is None:
        pytest.skip("no pack expectation for this text")
    assert _report(row).pack.id == expected


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["high_risk_location"] == "xinjiang"], ids=lambda r: r["id"]
)
def test_xinjiang_texts_are_high_risk(row):
    assert _report(row).context.risk == "high"


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_every_quote_is_its_slice(row):
    report = _report(row)
    text = real_dev_text(REAL_DEV / row["id"])
    for f in report.findings:
        for ev in f.evidence:
            assert text[ev.start : ev.end] == ev.quote


@pytest.mark.slow  # several seconds: CI runs it, the default run skips it
def test_rules_plus_model_agree_with_experts_at_least_as_often_as_rules_alone():
    from auditcheck.classify import load_classifier

    classifier = load_classifier()

    def agreements(clf) -> int:
        count = 0
        for row in ROWS:
            document = document_from_text(
                real_dev_text(REAL_DEV / row["id"]), path=f"real-dev/{row['id']}.md"
            )
            report = auditcheck.evaluate(document, classifier=clf)
            count += abs(_position(report) - EXPERT[row["label"]]) <= 1
        return count

    assert agreements(classifier) >= agreements(None)
