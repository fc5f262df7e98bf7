"""The terminal renderer on fixed Reports (read back from the golden JSON): exact output.

The expected files are in tests/golden/text/; write them afresh with AUDITCHECK_UPDATE_GOLDEN=1
and review the diff. Colour is checked by its codes: rich's SGR sequences around the labels,
nothing else, and the text without them equals the plain output.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from auditcheck.models import Report
from auditcheck.render import render
from auditcheck.render.options import RenderOptions

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("AUDITCHECK_UPDATE_GOLDEN") == "1"
CASES = [
    ("04-one-page-company-statement.md", "quiet"),
    ("06-urumqi-plant-audit-summary.md", "normal"),
    ("02-smeta-announced-supplier-paid.md", "verbose"),
]


def _report(name: str) -> Report:
    data = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    data.setdefault("tool", {"name": "auditcheck", "version": "0"})  # the snapshot leaves it out
    return Report.model_validate(data)


@pytest.mark.parametrize(("name", "detail"), CASES)
def test_text_output_is_exactly_the_snapshot(name: str, detail: str) -> None:
    out = render(_report(name), "text", RenderOptions(detail=detail))
    expected = GOLDEN / "text" / f"{name}.{detail}.txt"
    if UPDATE:
        expected.write_text(out, encoding="utf-8")
    assert out == expected.read_text(encoding="utf-8")
    assert max(len(line) for line in out.splitlines()) <= 120


@pytest.mark.parametrize(("name", "detail"), CASES)
def test_colour_only_adds_sgr_codes(name: str, detail: str) -> None:
    report = _report(name)
    plain = render(report, "text", RenderOptions(detail=detail))
    coloured = render(report, "text", RenderOptions(detail=detail, color=True))
    codes = set(re.findall(r"\x1b\[[\d;]*m", coloured))
    assert codes and codes <= {"\x1b[0m", "\x1b[1m", "\x1b[1;31m", "\x1b[33m", "\x1b[36m",
                               "\x1b[32m", "\x1b[35m", "\x1b[34m"}
    assert re.sub(r"\x1b\[[\d;]*m", "", coloured) == plain  # same words, same wrapping
    assert coloured.splitlines()[0].startswith("\x1b[1m")  # the verdict line is bold
