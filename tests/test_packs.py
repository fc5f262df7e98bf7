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
    assert (
        run_criterion(criterion, "We named every recruitment agency.", pack).status.value
        == "not_assessable"
    )
    assert (
        run_criterion(criterion, "The audit named every recruitment agency.", pack).status.value
        == "met"
    )
    # the gate is open; silence is unknown unless a clean claim puts the burden on the text
    assert (
        run_criterion(criterion, "The audit named nobody.", pack).status.value == "not_assessable"
    )
    assert (
        run_criterion(
            criterion, "The audit named nobody and found no forced labour.", pack
        ).status.value
        == "unmet"
    )


def test_unknown_gate_is_a_pack_error_naming_the_file(tmp_path):
    with pytest.raises(PackErrors) as info:
        load_pack(_pack(tmp_path, "no-such-gate"))
    assert any("XX-01.yaml" in e.path and "no-such-gate" in e.message for e in info.value.errors)


# --- kind: fact criteria and fact names are checked at load, with file:line

FACT_PACK = """id: facty
title: Facty
version: "1"
description: d
groups:
  g: [XX-01]
gates:
  described:
    facts: [interviews.total, interviews.bogus]
"""
FACT_CRITERION = """id: XX-01
name: thing-shown
title: A thing is shown
dimension: interviews
kind: fact
rule: RULE
params:
PARAMS
message: not shown
rationale: because it matters
remedy: show the thing
references: [{standard: Some standard}]
examples: {met: ['a'], unmet: ['b']}
"""
GOOD_PARAMS = "  floor: sqrt\n  min_share_offsite: 0.25\n  require: [interviews.language]"
GOOD_PACK = FACT_PACK.replace(", interviews.bogus", "")


def _fact_pack(
    tmp_path: Path,
    *,
    rule: str = "interview_sample_adequate",
    params: str = GOOD_PARAMS,
    pack: str = GOOD_PACK,
) -> Path:
    folder = tmp_path / "facty"
    folder.mkdir()
    (folder / "pack.yaml").write_text(pack, encoding="utf-8")
    text = FACT_CRITERION.replace("RULE", rule).replace("PARAMS", params)
    (folder / "XX-01.yaml").write_text(text, encoding="utf-8")
    return folder


def _errors(folder: Path) -> list[str]:
    with pytest.raises(PackErrors) as info:
        load_pack(folder)
    return [e.one_line() for e in info.value.errors]


def _reported(lines: list[str], fragment: str) -> bool:
    return any(fragment in line for line in lines)


def test_good_fact_criterion_loads_with_a_typed_params_model(tmp_path):
    criterion = load_pack(_fact_pack(tmp_path)).by_id["XX-01"]
    assert type(criterion.params).__name__ == "InterviewSampleParams"
    assert (criterion.params.floor, criterion.params.min_share_offsite) == ("sqrt", 0.25)


def test_unknown_predicate_fails_at_its_line(tmp_path):
    lines = _errors(_fact_pack(tmp_path, rule="interview_sample_adequat"))
    assert len(lines) == 1
    assert "XX-01.yaml:6: rule: unknown predicate 'interview_sample_adequat'" in lines[0]


BAD_PARAMS = [
    ("  floor: cube", "XX-01.yaml:8: params.floor: Input should be 'sqrt' or 'none'"),
    (
        "  floor: sqrt\n  min_share_offsite: '0.25'",
        "XX-01.yaml:9: params.min_share_offsite: Input should be a valid number",
    ),
    (
        "  min_share_offsite: 1.5",
        "XX-01.yaml:8: params.min_share_offsite: Input should be less than or equal to 1",
    ),
    ("  floor: sqrt\n  flor: none", "XX-01.yaml:9: params.flor: unknown key"),
    ("  - floor", "XX-01.yaml:7: params: params must be a mapping"),
    (
        "  require:\n    - interviews.language\n    - interviews.lang",
        "XX-01.yaml:10: params.require.1: unknown fact 'interviews.lang'; "
        "did you mean 'interviews.language'?",
    ),
]


@pytest.mark.parametrize(("params", "expected"), BAD_PARAMS)
def test_bad_params_fail_at_their_line(tmp_path, params, expected):
    lines = _errors(_fact_pack(tmp_path, params=params))
    assert all(line.startswith(str(tmp_path)) for line in lines), lines
    assert _reported(lines, expected), lines


def test_missing_required_param_names_it(tmp_path):
    folder = _fact_pack(tmp_path, rule="sifl_step_assessed", params="  needs_assessment: false")
    assert _reported(_errors(folder), "params.evidence: Field required")


def test_bad_pattern_in_params_fails_at_load(tmp_path):
    folder = _fact_pack(tmp_path, rule="context_acknowledged", params="  patterns: ['(unclosed']")
    assert _reported(_errors(folder), "XX-01.yaml:8: params.patterns: pattern 0 does not compile")


CONDITIONAL = """id: XX-01
name: thing-shown
title: A thing is shown
dimension: interviews
kind: conditional
when_facts: [claim.absence]
unless_facts:
  - interviews.offsite
  - interviews.ofsite
applies:
  facts: [workforce.sise]
message: not shown
rationale: because it matters
remedy: show the thing
references: [{standard: Some standard}]
examples: {met: ['a'], unmet: ['b']}
"""


def test_unknown_fact_in_a_conditional_or_applies_fails_at_its_line(tmp_path):
    folder = _fact_pack(tmp_path)
    (folder / "XX-01.yaml").write_text(CONDITIONAL, encoding="utf-8")
    lines = _errors(folder)
    assert _reported(
        lines,
        "XX-01.yaml:9: unless_facts.1: unknown fact 'interviews.ofsite'; "
        "did you mean 'interviews.offsite'?",
    ), lines
    assert _reported(lines, "XX-01.yaml:11: applies.facts.0: unknown fact 'workforce.sise'"), lines


def test_unknown_fact_in_a_pack_gate_fails_at_its_line(tmp_path):
    lines = _errors(_fact_pack(tmp_path, pack=FACT_PACK))
    expected = "pack.yaml:9: gates.described.facts.1: unknown fact 'interviews.bogus'"
    assert _reported(lines, expected), lines


def test_a_scoring_list_naming_no_criterion_of_the_pack_fails_at_load(tmp_path):
    # a typo in clean_claim_supported_by would otherwise switch its floor off in silence
    pack = GOOD_PACK + "scoring:\n  clean_claim_supported_by: [XX-01, XX-99]\n"
    lines = _errors(_fact_pack(tmp_path, pack=pack))
    assert _reported(lines, "scoring.clean_claim_supported_by names XX-99"), lines
    assert not _reported(lines, "names XX-01"), lines


def test_a_scoring_list_of_the_packs_own_criteria_loads(tmp_path):
    pack = GOOD_PACK + "scoring:\n  consequences_shown_by: [XX-01]\n"
    assert load_pack(_fact_pack(tmp_path, pack=pack)).meta.scoring.consequences_shown_by == ["XX-01"]


def test_criteria_validate_prints_file_and_line_for_a_bad_param(tmp_path):
    from typer.testing import CliRunner

    from auditcheck.cli import app

    folder = _fact_pack(tmp_path, params="  floor: sqrt\n  min_share_offsite: 25%")
    result = CliRunner().invoke(app, ["criteria", "validate", str(folder), "--no-examples"])
    assert result.exit_code == 2
    where = f"{folder / 'XX-01.yaml'}:9: params.min_share_offsite"
    assert f"{where}: Input should be a valid number" in result.stderr


@pytest.mark.slow  # every criterion twice over a whole sample: a few seconds each
@pytest.mark.parametrize(
    "sample",
    ["04-one-page-company-statement.md", "16-fee-repayment-verification-letter.md"],
)
def test_an_example_run_and_a_full_run_give_the_same_finding(sample):
    """The one flow: a criterion run alone (as criterion examples run) on a whole text gives the
    finding the full evaluation gives for it (status and quoted evidence)."""
    import auditcheck
    from auditcheck.packs import load_packs

    from tests.conftest import SAMPLES

    text = (SAMPLES / sample).read_text(encoding="utf-8")
    full = auditcheck.evaluate(auditcheck.document_from_text(text, path="<example>"))
    pack = load_packs()[full.pack.id]
    by_id = {f.criterion_id: f for f in full.findings if f.pack_id == pack.id}
    assert by_id
    for criterion in pack.criteria:
        alone = run_criterion(criterion, text, pack)
        whole = by_id[criterion.id]
        assert alone.status == whole.status, criterion.id
        assert [e.quote for e in alone.evidence] == [e.quote for e in whole.evidence], criterion.id


def test_built_in_criteria_name_only_known_facts():
    """A built-in pack skips the fact-name check at load (its cost was a sixth of loading the
    packs): every built-in criterion and pack is checked here instead, as ``criteria validate``
    (an untrusted load) checks them."""
    from auditcheck.packs.loader import builtin_criteria_root, discover_packs, fact_name_errors
    from auditcheck.packs.yaml_source import read_yaml_with_nodes

    packs = discover_packs(builtin_criteria_root(), trust_builtin=False)  # raises on a bad name
    assert packs
    checked = 0
    for pack in packs.values():
        for criterion in pack.criteria:
            path = next(builtin_criteria_root().glob(f"*/{criterion.id}.yaml"))
            assert fact_name_errors(path, read_yaml_with_nodes(path)[1], criterion) == []
            checked += 1
    assert checked > 100
