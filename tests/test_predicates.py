"""Each predicate behind ``kind: fact`` on hand-built criteria and texts, with exact results.

Texts run through the engine's own ``prepare`` (facts, context, role), then the predicate is
called with the params model the loader would build. Where a result depends on a fact being
found, the test first asserts the fact, so a change in the facts layer fails here by name.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from auditcheck.checks.base import CheckResult, EvalContext
from auditcheck.checks.predicates import FACT_NAMES, PREDICATES
from auditcheck.checks.predicates.interviews import offsite_count
from auditcheck.checks.predicates.location import ASSESSMENT_FACTS
from auditcheck.document import document_from_text
from auditcheck.engine.flow import Options, prepare
from auditcheck.models import Status
from auditcheck.packs import load_packs
from auditcheck.packs.loader import Pack
from auditcheck.packs.criterion import FactCriterion
from auditcheck.testing import run_criterion

REPO = Path(__file__).resolve().parents[1]
PREDICATE_DIR = REPO / "auditcheck" / "checks" / "predicates"


@cache
def _packs() -> dict[str, Pack]:
    return load_packs()


def criterion(rule: str, params: dict[str, Any] | None = None) -> FactCriterion:
    return FactCriterion.model_validate(
        {
            "id": "TT-01",
            "name": "test-criterion",
            "title": "A test criterion",
            "dimension": "interviews",
            "kind": "fact",
            "rule": rule,
            "params": params or {},
            "message": "Not shown.",
            "rationale": "Only for tests.",
            "remedy": "Nothing to remedy.",
            "references": [{"publisher": "Test", "title": "Test text"}],
            "examples": {"met": ["a"], "unmet": ["b"]},
        }
    )


def context(text: str) -> EvalContext:
    document = document_from_text(text, path="<test>")
    return prepare(document, _packs(), Options(pack="social-audit", overlays=False)).eval_context()


def decide(rule: str, params: dict[str, Any] | None, text: str) -> tuple[CheckResult, EvalContext]:
    c = criterion(rule, params)
    ctx = context(text)
    return PREDICATES[rule].function(c, ctx, c.params), ctx


def status(rule: str, params: dict[str, Any] | None, text: str) -> Status:
    return decide(rule, params, text)[0].status


# --- the registry itself


def test_every_predicate_is_used_by_a_bundled_criterion():
    used = {c.rule for p in _packs().values() for c in p.criteria if c.kind == "fact"}
    assert set(PREDICATES) == used, f"dead predicates: {sorted(set(PREDICATES) - used)}"


def test_every_predicate_has_a_docstring_and_a_strict_params_model():
    for name, (function, params_model) in PREDICATES.items():
        assert (function, params_model) == (PREDICATES[name].function, PREDICATES[name].params)
        assert PREDICATES[name].summary, f"{name} has no docstring"
        assert params_model.model_config.get("extra") == "forbid", name
        assert params_model.model_config.get("strict") is True, name
        with pytest.raises(ValidationError):
            params_model.model_validate({"no_such_param": 1})


def test_fact_names_in_predicate_code_exist():
    """Every dotted fact name written in a predicate module is one the facts layer defines."""
    shape = re.compile(
        r"^(?:interviews|workforce|audit|method|auditor|report|standard|claim|scope)\.[a-z_]+$"
    )
    found = set()
    for path in PREDICATE_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and shape.match(node.value)
            ):
                found.add(node.value)
    assert found, "the scan found no fact names at all"
    assert found <= FACT_NAMES, sorted(found - FACT_NAMES)
    assert set(ASSESSMENT_FACTS) <= FACT_NAMES


def test_predicates_modules_stay_small_and_old_modules_are_gone():
    for path in PREDICATE_DIR.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name
    assert not (REPO / "auditcheck" / "rules.py").exists()
    assert not (REPO / "auditcheck" / "rules_context.py").exists()


# --- fact_present


def test_fact_present_all_any_partial():
    both = "The audit was commissioned by Harbor Retail Group and paid by Harbor Retail Group."
    one = "The assessment was commissioned by Harbor Retail Group."
    params = {"all": ["commissioned_by", "paid_by"]}
    assert status("fact_present", params, both) is Status.met
    assert status("fact_present", params, one) is Status.partial
    assert status("fact_present", params, "The audit found the factory compliant.") is Status.unmet
    assert status("fact_present", {"any": ["paid_by", "commissioned_by"]}, one) is Status.met
    assert status("fact_present", {"partial": ["commissioned_by"]}, one) is Status.partial


def test_fact_present_red_flag_unless():
    text = "The audit was carried out by Ardent Compliance Solutions."
    assert context(text).facts.has("auditor.firm")
    assert status("fact_present", {"red_flag": ["auditor.firm"]}, text) is Status.red_flag
    cancelled = {"red_flag": ["auditor.firm"], "unless": ["auditor.firm"], "any": ["auditor.firm"]}
    assert status("fact_present", cancelled, text) is Status.met


# --- interview_sample_adequate: floor and min_share_offsite are honoured

FEW = "The factory employs 400 workers. The audit team interviewed 8 workers."


def test_sqrt_floor_fails_a_small_count_and_none_drops_the_floor():
    result, ctx = decide("interview_sample_adequate", {"floor": "sqrt"}, FEW)
    assert (ctx.facts.number("workforce.size"), ctx.facts.number("interviews.total")) == (400, 8)
    assert result.status is Status.unmet
    assert result.detail == "8 interviews for a workforce of 400; the square-root floor is 20"
    result, _ = decide("interview_sample_adequate", {"floor": "none"}, FEW)
    assert result.status is Status.met
    assert result.detail == "8 interviews (no floor on the count)"


def test_sqrt_floor_needs_the_workforce_and_none_does_not():
    text = "The audit team interviewed 30 workers."
    assert status("interview_sample_adequate", {"floor": "sqrt"}, text) is Status.partial
    assert status("interview_sample_adequate", {"floor": "none"}, text) is Status.met


def test_enough_interviews_meet_the_sqrt_floor():
    result, _ = decide(
        "interview_sample_adequate",
        {},
        "The factory employs 400 workers. We interviewed 20 workers.",
    )
    assert result.status is Status.met
    assert result.detail == "20 interviews for a workforce of 400 (square-root floor 20)"


TEN_PERCENT = (
    "The factory employs 400 workers. We interviewed 40 workers; "
    "4 of the interviews were held off-site."
)


def test_min_share_offsite_is_a_share_not_a_mention():
    result, ctx = decide("interview_sample_adequate", {"min_share_offsite": 0.25}, TEN_PERCENT)
    assert ctx.facts.has("interviews.offsite")
    assert result.status is Status.partial
    assert result.detail == (
        "40 interviews meet the square-root floor of 20 for 400 workers, "
        "but the text does not show: "
        "at least 25% of interviews off-site (only 4 of 40)"
    )
    assert (
        status("interview_sample_adequate", {"min_share_offsite": 0.1}, TEN_PERCENT) is Status.met
    )
    assert (
        status("interview_sample_adequate", {"min_share_offsite": 0.0}, TEN_PERCENT) is Status.met
    )
    half = TEN_PERCENT.replace("4 of the interviews", "20 of the interviews")
    assert status("interview_sample_adequate", {"min_share_offsite": 0.25}, half) is Status.met


def test_uncounted_offsite_interviews_cannot_show_a_share():
    text = (
        "The factory employs 400 workers. We interviewed 40 workers. Interviews were held off-site."
    )
    result, _ = decide("interview_sample_adequate", {"min_share_offsite": 0.25}, text)
    assert result.status is Status.partial
    assert result.detail.endswith("how many interviews were off-site (at least 25% should be)")
    everyone = text.replace("Interviews were held", "All interviews were held")
    assert status("interview_sample_adequate", {"min_share_offsite": 0.25}, everyone) is Status.met


def test_no_offsite_mention_is_missing_when_a_share_is_asked():
    text = "The factory employs 400 workers. We interviewed 40 workers."
    result, _ = decide("interview_sample_adequate", {"min_share_offsite": 0.25}, text)
    assert result.status is Status.partial
    assert result.detail.endswith("the text does not show: off-site interviews")
    assert status("interview_sample_adequate", {}, text) is Status.met


def test_required_facts_and_a_constrained_voice_make_a_passing_count_partial():
    base = "The factory employs 400 workers. The audit interviewed 30 workers"
    chosen = decide(
        "interview_sample_adequate", {"require": ["interviews.selected_by_auditor"]}, base + "."
    )[0]
    assert chosen.status is Status.partial
    assert chosen.detail.endswith("the text does not show: interviewees chosen by the auditor")
    by_audit = base + ", selected by the audit team."
    assert (
        status(
            "interview_sample_adequate", {"require": ["interviews.selected_by_auditor"]}, by_audit
        )
        is Status.met
    )
    managed = decide(
        "interview_sample_adequate", {"floor": "none"}, base + ", chosen by factory management."
    )[0]
    assert managed.status is Status.partial
    assert managed.detail == (
        "30 interviews (no floor on the count), but management chose the interviewees, "
        "so the count cannot carry the conclusion"
    )


def test_no_interviews_is_a_red_flag_and_no_count_is_unmet():
    assert (
        status("interview_sample_adequate", {}, "No worker interviews were conducted.")
        is Status.red_flag
    )
    assert (
        status("interview_sample_adequate", {}, "The factory employs 400 workers.") is Status.unmet
    )


@pytest.mark.parametrize(
    ("sentence", "total", "expected"),
    [
        (
            "Of the 130 interviews, 104 were held off site, in a hall; "
            "26 were short on-site interviews.",
            130,
            104,
        ),
        ("We interviewed 68 workers: 41 off site, in the evening, and 27 on site.", 68, 41),
        ("The team held 93 off-site interviews with workers.", 120, 93),
        ("We interviewed 30 workers off-site, in their homes.", 30, 30),
        ("All 30 worker interviews took place away from the factory.", 30, 30),
        ("We interviewed 30 workers; 50 of the interviews were held off-site.", 30, 30),  # capped
        ("Interviews were held off-site.", 30, None),
        ("Site visit in March 2025; off-site interviews in April 2025.", 30, None),
        ("Workers were interviewed in March 2025 off-site.", 30, None),
    ],
)
def test_offsite_count(sentence: str, total: int, expected: int | None):
    ctx = context(sentence)
    assert ctx.facts.has("interviews.offsite"), (
        "precondition: the facts layer sees off-site interviews"
    )
    assert offsite_count(ctx, total) == expected


# --- interview_setting and interview_claims_consistent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The audit team interviewed 30 workers. Interviews were recorded by the factory.",
            Status.red_flag,
        ),
        ("The plant is in Aksu, Xinjiang. The audit team interviewed 30 workers.", Status.red_flag),
        ("We interviewed 40 workers. Interviews were held off-site.", Status.met),
        ("The audit team interviewed 30 workers in the canteen.", Status.partial),
        ("The audit team interviewed 30 workers by video call.", Status.partial),
        ("The audit reviewed payroll records.", Status.unmet),
    ],
)
def test_interview_setting(text: str, expected: Status):
    assert status("interview_setting", {}, text) is expected


def test_interview_claims_consistent():
    assert (
        status("interview_claims_consistent", {}, "The audit reviewed payroll.")
        is Status.not_applicable
    )
    unsafe = (
        "The audit team interviewed 30 workers. "
        "Interviews with workers were not possible because it was too dangerous."
    )
    assert status("interview_claims_consistent", {}, unsafe) is Status.red_flag
    limited = (
        "The audit team interviewed 30 workers. There were no interviews with the night shift."
    )
    assert status("interview_claims_consistent", {}, limited) is Status.met


# --- method predicates


def test_auditors_named_and_name_patterns():
    assert (
        status("auditors_named", {}, "Audit team: Tomasz Wilk, APSCA CSCA 21706610.") is Status.met
    )
    firm = "The audit was carried out by Ardent Compliance Solutions."
    assert status("auditors_named", {}, firm) is Status.partial
    table = "| Lead | Ana Ruiz | 2 days |"
    assert not context(table).facts.has("auditor.names")
    assert status("auditors_named", {}, table) is Status.unmet
    result, _ = decide(
        "auditors_named", {"name_patterns": [r"\bLead\s*\|\s*[A-Z][a-z]+\s+[A-Z][a-z]+"]}, table
    )
    assert result.status is Status.met
    assert result.detail == "auditors are named; no credential numbers given"


def test_standard_accreditation_schemes_and_accepted_patterns():
    smeta = "The audit was conducted under SMETA."
    assert status("standard_accreditation", {}, smeta) is Status.unmet
    assert status("standard_accreditation", {"audit_schemes": []}, smeta) is Status.red_flag
    assert status("standard_accreditation", {}, "The factory is SA8000 certified.") is Status.met
    assert status("standard_accreditation", {}, "The audit found nothing.") is Status.not_applicable
    accepted = {"audit_schemes": [], "accepted": [r"\bAPSCA\s+member\b"]}
    assert (
        status("standard_accreditation", accepted, smeta + " The firm is an APSCA member.")
        is Status.met
    )


def test_onsite_effort_small_site():
    text = "The audit took 1 auditor-day. The factory employs 150 workers."
    result, _ = decide("onsite_effort_adequate", {"small_site": 100}, text)
    assert result.status is Status.unmet
    assert result.detail == "1 auditor-day(s) for 150 workers; at least 2 expected"
    assert status("onsite_effort_adequate", {"small_site": 200}, text) is Status.met
    assert (
        status("onsite_effort_adequate", {}, "The site was audited on 3 March 2025.")
        is Status.partial
    )


def test_announcement_mixed():
    mixed = "Our regular audits are announced, and some audits were unannounced."
    assert status("announcement_status", {}, mixed) is Status.met
    assert status("announcement_status", {"mixed": "partial"}, mixed) is Status.partial
    assert (
        status("announcement_status", {"mixed": "partial"}, "The audit was unannounced.")
        is Status.met
    )
    assert (
        status("announcement_status", {}, "The audit was announced two weeks ahead.")
        is Status.unmet
    )


def test_generic_findings_too_short_and_min_chars():
    short = "# Findings\n\nThe dormitory on Block C had 14 beds in a room for 8."
    assert status("generic_findings", {}, short) is Status.not_assessable
    result, _ = decide("generic_findings", {"min_chars": 10}, short)
    assert result.status is Status.met
    assert result.detail == "0% of the findings text is stock wording"


# --- location predicates

XINJIANG_CLEAN = "The plant is in Aksu, Xinjiang. We found no forced labour."
HONEST = "The plant is in Aksu, Xinjiang. A credible audit is not possible in the region."


def test_context_acknowledged():
    params = {"patterns": [r"\bstate-imposed\b"]}
    assert (
        status("context_acknowledged", params, "The plant is in Penang, Malaysia.")
        is Status.not_applicable
    )
    assert status("context_acknowledged", params, XINJIANG_CLEAN) is Status.unmet
    assert (
        status(
            "context_acknowledged",
            params,
            XINJIANG_CLEAN + " State-imposed forced labour is a risk.",
        )
        is Status.met
    )


def test_sifl_step_assessed():
    params = {"evidence": [r"\blabou?r\s+transfers?\b"], "partial": [r"\btransfers?\b"]}
    assert (
        status("sifl_step_assessed", params, "The plant is in Penang, Malaysia.")
        is Status.not_applicable
    )
    assert (
        status("sifl_step_assessed", params, XINJIANG_CLEAN + " We traced labour transfers.")
        is Status.met
    )
    assert status("sifl_step_assessed", params, HONEST) is Status.met
    assert (
        status("sifl_step_assessed", params, XINJIANG_CLEAN + " Some workers arrived by transfer.")
        is Status.partial
    )
    assert status("sifl_step_assessed", params, XINJIANG_CLEAN) is Status.unmet
    silent = "The plant is in Aksu, Xinjiang. It spins cotton yarn."
    assert status("sifl_step_assessed", params, silent) is Status.not_applicable
    assert (
        status("sifl_step_assessed", {**params, "needs_assessment": False}, silent) is Status.unmet
    )


def test_burden_of_proof():
    assert (
        status("burden_of_proof", {}, "The plant is in Penang. We found no forced labour.")
        is Status.not_applicable
    )
    assert status("burden_of_proof", {}, "The plant is in Aksu, Xinjiang.") is Status.not_applicable
    assert status("burden_of_proof", {}, XINJIANG_CLEAN) is Status.red_flag
    bounded = XINJIANG_CLEAN + " This does not establish the absence of forced labour."
    assert status("burden_of_proof", {}, bounded) is Status.met


def test_listed_entity_addressed():
    params = {"patterns": [r"\bentity\s+list\b"]}
    listed = "The mill supplies Xinjiang Production and Construction Corps."
    assert (
        status("listed_entity_addressed", params, "The mill is in Penang, Malaysia.")
        is Status.not_applicable
    )
    assert status("listed_entity_addressed", params, listed) is Status.unmet
    assert (
        status("listed_entity_addressed", params, listed + " We found no forced labour.")
        is Status.red_flag
    )
    assert (
        status("listed_entity_addressed", params, listed + " The buyer checked the Entity List.")
        is Status.met
    )


# --- through the production path


def test_run_criterion_uses_the_validated_params():
    pack = _packs()["social-audit"]
    strict = criterion("interview_sample_adequate", {"min_share_offsite": 0.25})
    loose = criterion("interview_sample_adequate", {"min_share_offsite": 0.05})
    assert run_criterion(strict, TEN_PERCENT, pack).status is Status.partial
    assert run_criterion(loose, TEN_PERCENT, pack).status is Status.met


def test_bad_params_do_not_build_a_criterion():
    for params in (
        {"floor": "cube"},
        {"min_share_offsite": "0.25"},
        {"min_share_offsite": 1.5},
        {"require": ["interviews.nonsense"]},
        {"flor": "sqrt"},
    ):
        with pytest.raises(ValidationError):
            criterion("interview_sample_adequate", params)
    with pytest.raises(ValidationError):
        criterion("no_such_predicate")
    with pytest.raises(ValidationError):
        criterion("sifl_step_assessed")  # 'evidence' is required


# --- the README's predicate table and where 'criteria docs' may write


def test_readme_predicate_table_is_current():
    from auditcheck.checks.predicates.table import BEGIN, refresh_readme

    text = (REPO / "criteria" / "README.md").read_text(encoding="utf-8")
    assert BEGIN in text
    assert refresh_readme(text) == text, (
        "criteria/README.md predicate table is stale; run 'auditcheck criteria docs'"
    )
    for name in PREDICATES:
        assert f"| `{name}` |" in text
    assert "`floor`: one of sqrt, none, default `sqrt`" in text


def test_refresh_readme_replaces_only_the_table():
    from auditcheck.checks.predicates.table import BEGIN, END, predicate_table, refresh_readme

    stale = f"# Title\n\n{BEGIN}\n\n| old | table |\n\n{END}\n\nAfter.\n"
    assert (
        refresh_readme(stale) == f"# Title\n\n{BEGIN}\n\n{predicate_table()}\n\n{END}\n\nAfter.\n"
    )
    with pytest.raises(ValueError):
        refresh_readme("# no markers here\n")


def test_criteria_docs_never_writes_into_an_installed_package(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import auditcheck.docs
    from auditcheck.cli import app
    from auditcheck.errors import AuditcheckError

    site = tmp_path / "lib" / "python3.11" / "site-packages"
    (site / "auditcheck").mkdir(parents=True)
    (site / "criteria").mkdir()
    (site / "pyproject.toml").write_text("[project]\n", encoding="utf-8")  # even a stray one
    monkeypatch.setattr(auditcheck.docs, "__file__", str(site / "auditcheck" / "docs.py"))
    assert auditcheck.docs.checkout_root() is None
    with pytest.raises(AuditcheckError):
        auditcheck.docs.default_docs_path()
    result = CliRunner().invoke(app, ["criteria", "docs"])
    assert result.exit_code == 2
    assert "give --output" in result.stderr
    assert sorted(p.name for p in site.rglob("*")) == ["auditcheck", "criteria", "pyproject.toml"]
    target = tmp_path / "out" / "criteria.md"
    result = CliRunner().invoke(app, ["criteria", "docs", "--output", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Criteria reference")


def test_criteria_docs_check_passes_in_the_checkout():
    from typer.testing import CliRunner

    from auditcheck.cli import app

    result = CliRunner().invoke(app, ["criteria", "docs", "--check"])
    assert result.exit_code == 0, result.output
    assert "criteria.md is current" in result.stdout and "README.md is current" in result.stdout
