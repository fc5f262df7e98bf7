"""Pack loading: gates shared by criteria, and errors that point into the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditcheck.errors import PackErrors
from auditcheck.packs import load_pack
from auditcheck.testing import run_criterion

PACK = """id: gated
title: Gated
version: "1"
description: d
groups:
  g: [XX-01]
gates:
  audit-described:
    patterns: ['\\baudit\\b']
"""
CRITERION = """id: XX-01
name: thing-shown
title: A thing is shown
dimension: recruitment
kind: existence
patterns: ['\\brecruitment\\s+agenc']
message: not shown
rationale: because it matters
remedy: show the thing
references: [{standard: Some standard}]
applies: {gate: GATE}
examples: {met: ['The audit named every recruitment agency.'], unmet: ['The audit named no one.']}
"""


def _pack(tmp_path: Path, gate: str) -> Path:
    folder = tmp_path / "gated"
    folder.mkdir()
    (folder / "pack.yaml").write_text(PACK, encoding="utf-8")
    (folder / "XX-01.yaml").write_text(CRITERION.replace("GATE", gate), encoding="utf-8")
    return folder


def test_closed_gate_makes_criterion_unknown_not_inapplicable(tmp_path):
    # no binary switch that changes the scale: a text that describes no audit leaves the
    # criterion unknown (or failed, when a clean claim rests on it), never silently dropped
    pack = load_pack(_pack(tmp_path, "audit-described"))
    criterion = pack.by_id["XX-01"]
    assert run_criterion(criterion, "We named every recruitment agency.", pack).status.value == "not_assessable"
    assert run_criterion(criterion, "The audit named every recruitment agency.", pack).status.value == "met"
    # the gate is open; silence is unknown unless a clean claim puts the burden on the text
    assert run_criterion(criterion, "The audit named nobody.", pack).status.value == "not_assessable"
    assert run_criterion(criterion, "The audit named nobody and found no forced labour.", pack).status.value == "unmet"


def test_unknown_gate_is_a_pack_error_naming_the_file(tmp_path):
    with pytest.raises(PackErrors) as info:
        load_pack(_pack(tmp_path, "no-such-gate"))
    assert any("XX-01.yaml" in e.path and "no-such-gate" in e.message for e in info.value.errors)
