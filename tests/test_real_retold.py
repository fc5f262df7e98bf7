"""Retellings of the seventeen real development texts, judged against the experts' own labels.

Helpers retold each real text in new words (same genre, speakers and facts; the long statements
condensed) without reading the project's code or running the tool; the labels in
``claims/real-retold/expected.yaml`` are the experts' from real-dev/index.csv, committed before
any retelling existed. The tool agrees exactly with the experts on all seventeen real texts but
on fewer retellings: the difference is what its rules owe to the real texts' own wording. The
floors are the figures of the commit that added the set; a change may raise them, never lower
them. Positions on the expert scale as in test_real_dev.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import REAL_DEV, real_dev_text

import auditcheck

HERE = Path(__file__).resolve().parent / "claims" / "real-retold"
EXPERT = {"credible": 0, "partially credible": 1, "not credible": 2, "audit-washing": 3}
TOOL = {"credible": 0, "partially_credible": 1, "not_credible": 2}
#: Exact agreement and agreement within one step, of 17 (10 and 15 when the set was added).
EXACT_FLOOR = 15
WITHIN_ONE_FLOOR = 17


def _expected() -> dict[str, dict[str, str]]:
    return yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))["files"]


def _position(report: auditcheck.Report) -> int:
    if report.verdict.value == "not_credible" and report.audit_washing.detected:
        return 3
    return TOOL[report.verdict.value]


def test_every_real_text_has_one_retelling() -> None:
    expected = _expected()
    assert len(expected) == 17
    assert sorted(p.stem for p in HERE.glob("*.md")) == sorted(expected)


def test_agreement_with_the_experts_on_the_retellings_does_not_fall() -> None:
    exact = within_one = 0
    for name, labels in _expected().items():
        report = auditcheck.evaluate(HERE / f"{name}.md")
        distance = abs(_position(report) - EXPERT[labels["label"]])
        exact += distance == 0
        within_one += distance <= 1
    assert (exact >= EXACT_FLOOR, within_one >= WITHIN_ONE_FLOOR) == (True, True), (
        exact,
        within_one,
    )


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", text.lower()).split()


@pytest.mark.skipif(not REAL_DEV.is_dir(), reason="../shared/real-dev is not present")
@pytest.mark.parametrize("name", sorted(_expected()))
def test_a_retelling_copies_no_prose(name: str) -> None:
    # Names, report titles, addresses, web addresses and signature lines may repeat their source
    # (at most 3.4% of a retelling's 12-word runs, in the one that gives a report's long title
    # twice); copied prose would be far more.
    source = _words(real_dev_text(REAL_DEV / _expected()[name]["source"]))
    runs = {tuple(source[i : i + 12]) for i in range(len(source) - 11)}
    retold = _words((HERE / f"{name}.md").read_text(encoding="utf-8"))
    windows = [tuple(retold[i : i + 12]) for i in range(len(retold) - 11)]
    assert sum(w in runs for w in windows) / len(windows) < 0.05
