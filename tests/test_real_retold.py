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

CLAIMS = Path(__file__).resolve().parent / "claims"
EXPERT = {"credible": 0, "partially credible": 1, "not credible": 2, "audit-washing": 3}
TOOL = {"credible": 0, "partially_credible": 1, "not_credible": 2}
#: Exact agreement and agreement within one step, of 17. real-retold: 10 and 15 when it was
#: added, then used to mend the tool (a tuned figure). real-retold2: written after those mends
#: by helpers who did not see the first set, and never read since: 12 and 17 with the code of
#: the session's start, 14 and 17 on arrival (a held-out figure). real-retold3: written last,
#: the same way, by three more helpers who saw none of the other sets: 11 and 16 with the code
#: of the session's start, 13 and 17 on arrival (held out too). real-retold4: written in the
#: next session by three more helpers who saw none of the other sets, after real-retold2 was
#: opened for mending: 16 and 17 on arrival, with the session-start code and with the code of
#: that moment alike (held out). real-retold and real-retold2 were raised to 16 when the
#: statement criteria were widened against AIMS expert labels (the Whitby retellings rose
#: above 40); real-retold2 had been opened for mending earlier in that session.
FLOORS = {
    "real-retold": (16, 17),
    "real-retold2": (16, 17),
    "real-retold3": (13, 17),
    "real-retold4": (16, 17),
}


def _expected(folder: str = "real-retold") -> dict[str, dict[str, str]]:
    return yaml.safe_load((CLAIMS / folder / "expected.yaml").read_text(encoding="utf-8"))["files"]


def _position(report: auditcheck.Report) -> int:
    if report.verdict.value == "not_credible" and report.audit_washing.detected:
        return 3
    return TOOL[report.verdict.value]


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_every_real_text_has_one_retelling(folder: str) -> None:
    expected = _expected(folder)
    assert len(expected) == 17
    assert sorted(p.stem for p in (CLAIMS / folder).glob("*.md")) == sorted(expected)


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_agreement_with_the_experts_on_the_retellings_does_not_fall(folder: str) -> None:
    # counts only: which retellings of the held-out set the tool gets wrong is not printed
    exact = within_one = 0
    for name, labels in _expected(folder).items():
        report = auditcheck.evaluate(CLAIMS / folder / f"{name}.md")
        distance = abs(_position(report) - EXPERT[labels["label"]])
        exact += distance == 0
        within_one += distance <= 1
    exact_floor, within_one_floor = FLOORS[folder]
    assert (exact >= exact_floor, within_one >= within_one_floor) == (True, True)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", text.lower()).split()


@pytest.mark.skipif(not REAL_DEV.is_dir(), reason="../shared/real-dev is not present")
@pytest.mark.parametrize(
    ("folder", "name"), [(f, n) for f in sorted(FLOORS) for n in sorted(_expected(f))]
)
def test_a_retelling_copies_no_prose(folder: str, name: str) -> None:
    # no run of 12 words is shared with the source, names and titles included: facts carry
    # over, text does not (titles are described, addresses and signatures reworded)
    source = _words(real_dev_text(REAL_DEV / _expected(folder)[name]["source"]))
    runs = {tuple(source[i : i + 12]) for i in range(len(source) - 11)}
    retold = _words((CLAIMS / folder / f"{name}.md").read_text(encoding="utf-8"))
    windows = [tuple(retold[i : i + 12]) for i in range(len(retold) - 11)]
    assert [" ".join(w) for w in windows if w in runs] == []
