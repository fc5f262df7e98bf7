"""The social-audit pack's criteria on the real published texts, against what the experts saw in them.

Verdicts are tested in tests/test_real_dev.py; here each expectation is one criterion the expert
judgement names (a quote that shows it), so a pattern change that loses it fails by name.
Skipped when ../shared/real-dev is absent.
"""

from __future__ import annotations

import pytest

import auditcheck
from auditcheck.document import document_from_text

from conftest import REAL_DEV, real_dev_text

_CACHE: dict[str, auditcheck.Report] = {}


def _report(prefix: str) -> auditcheck.Report:
    if prefix not in _CACHE:
        folder = next(REAL_DEV.glob(f"{prefix}-*"))
        doc = document_from_text(real_dev_text(folder), path=f"{folder.name}.md")
        _CACHE[prefix] = auditcheck.evaluate(doc, pack="social-audit")
    return _CACHE[prefix]


def _status(prefix: str, cid: str) -> str:
    return next(f.status.value for f in _report(prefix).findings if f.criterion_id == cid)


def _washing(prefix: str) -> set[str]:
    return {p.id for p in _report(prefix).audit_washing.patterns}


# (document, criterion, statuses allowed): each row is a point an expert judgement makes.
EXPECTED = [
    # Volkswagen / Löning: the single-document audit-washing patterns all show in the text.
    (
        "01",
        "AW-01",
        {"red_flag"},
    ),  # "no indications ... of forced labour" from records and on-site interviews
    (
        "01",
        "AW-03",
        {"red_flag"},
    ),  # consultancy "accompanied" an unnamed law firm doing "the actual audit execution"
    ("01", "AW-06", {"red_flag"}),  # "the mandate was limited to the employees of the Urumqi plant"
    ("01", "AW-08", {"red_flag"}),  # "paid above average and have little to do"
    (
        "01",
        "AW-13",
        {"red_flag"},
    ),  # clean claim next to "challenges in collecting data ... well known"
    ("01", "AW-07", {"red_flag"}),  # the claim prompted an index provider to remove a red flag
    ("01", "REC-01", {"unmet"}),  # nothing on how workers reached the plant
    ("01", "INT-03", {"red_flag"}),  # on-site interviews in Xinjiang cannot be confidential
    # RINA on Ali Enterprises: "was compliant" defended after the fire.
    ("14", "AW-14", {"red_flag"}),
    ("14", "ACC-01", {"met"}),  # it does name its SAAS accreditation; the problem is elsewhere
    # Clean Clothes Campaign on the same certificate: the certifier never visited.
    ("15", "AW-03", {"red_flag"}),
    ("15", "ACC-01", {"red_flag"}),  # the subcontracted agency "is not accredited by SAAS"
    # Verité for Nestlé: findings of abuse are evidence of a method that looks.
    ("22", "REC-01", {"met"}),
    ("22", "REC-02", {"met"}),
    ("22", "INT-05", {"met"}),  # workers reported deception, fees and being sold
    # SAI: a standard owner's statement describes no audit, so method elements are unknown, never
    # failed (no clean claim rests on them) and never met.
    ("08", "IND-01", {"not_applicable", "not_assessable"}),
    ("08", "INT-02", {"not_applicable", "not_assessable"}),
    ("08", "ACC-01", {"not_applicable", "not_assessable"}),
    ("08", "ACC-04", {"not_applicable", "not_assessable"}),
    # SIRIM RSPO summary: named team, auditor-days, stakeholder groups interviewed.
    ("11", "IND-01", {"met"}),
    ("11", "SCO-02", {"met", "partial"}),
    ("11", "INT-08", {"met"}),
]


@pytest.mark.parametrize(
    ("doc", "cid", "allowed"), EXPECTED, ids=[f"{d}:{c}" for d, c, _ in EXPECTED]
)
def test_criterion_on_real_text(real_dev, doc, cid, allowed):
    assert _status(doc, cid) in allowed


@pytest.mark.parametrize("doc", ["08", "09", "22"])
def test_no_audit_washing_on_credible_texts(real_dev, doc):
    """SAI and Verité are credible, Impactt partially credible: none may trip an audit-washing flag."""
    assert not _washing(doc), f"audit-washing flagged on {doc}: {_washing(doc)}"


@pytest.mark.parametrize("doc", ["01", "14"])
def test_audit_washing_texts_flagged(real_dev, doc):
    report = _report(doc)
    assert report.audit_washing.detected
    assert report.verdict.value == "not_credible"
