"""Scoring arithmetic, caps and properties (pure functions, no documents)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditcheck.models import AuditWashing, AuditWashingPattern, Context, Finding, Status, Verdict
from auditcheck.packs.schema import Dimension, ScoringPolicy
from auditcheck.scoring import score_findings

POLICY = ScoringPolicy()
DIMS = [d.value for d in Dimension]


def finding(cid: str, dim: str, status: Status, weight: float = 1.0) -> Finding:
    return Finding(
        criterion_id=cid,
        criterion_name="x",
        title="t",
        pack_id="p",
        dimension=dim,
        status=status,
        severity="major",
        weight=weight,
        confidence=1.0,
        message="m",
    )


def context(risk: str) -> Context:
    return Context(risk=risk, explanation="", reference_date="2025-01-01")


def test_exact_arithmetic_per_dimension_and_overall():
    fs = [
        finding("A-01", "recruitment", Status.met, 3),
        finding("A-02", "recruitment", Status.partial, 1),
        finding("A-03", "recruitment", Status.unmet, 1),
        finding("B-01", "independence", Status.red_flag, 1),
        finding("B-02", "independence", Status.met, 3),
        finding("C-01", "accreditation", Status.not_applicable, 5),
    ]
    result = score_findings(fs, POLICY)
    dims = {d.id: d for d in result.dimensions}
    assert dims["recruitment"].score == round(100 * 3.5 / 5, 1)
    assert dims["independence"].score == round(100 * 2 / 4, 1)
    assert dims["accreditation"].score is None  # only not_applicable: nothing to score
    assert result.uncapped == round((70.0 + 50.0) / 2, 1)
    assert result.verdict is Verdict.partially_credible


def test_high_risk_ceiling_applies_only_to_clean_claims():
    fs = [finding("A-01", d, Status.met) for d in DIMS]
    clean = score_findings(fs, POLICY, context=context("high"), claims_clean_result=True)
    honest = score_findings(fs, POLICY, context=context("high"), claims_clean_result=False)
    assert clean.value == POLICY.high_risk_ceiling and clean.verdict is Verdict.not_credible
    assert any(c.source == "context" for c in clean.caps)
    assert honest.value == 100 and honest.verdict is Verdict.credible


def test_audit_washing_and_criterion_caps_are_reported():
    fs = [
        finding("A-01", "recruitment", Status.met),
        finding("AW-02", "accreditation", Status.red_flag),
    ]
    aw = AuditWashing(
        detected=True,
        patterns=[
            AuditWashingPattern(id="AW-02", title="t", criterion_ids=["AW-02"], explanation="e")
        ],
    )
    result = score_findings(fs, POLICY, audit_washing=aw, cap_by_id={"AW-02": 20})
    assert result.value == 20
    assert {c.source for c in result.caps} == {"AW-02", "audit_washing"}
    assert "held down" in result.verdict_reason


statuses = st.sampled_from(
    [Status.met, Status.partial, Status.unmet, Status.red_flag, Status.not_applicable]
)
findings_strategy = st.lists(
    st.tuples(st.sampled_from(DIMS), statuses, st.floats(min_value=0.5, max_value=5)),
    min_size=1,
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(findings_strategy)
def test_score_is_always_between_0_and_100(items):
    fs = [finding(f"X-{i:02d}", d, s, w) for i, (d, s, w) in enumerate(items)]
    result = score_findings(fs, POLICY)
    assert 0 <= result.value <= 100
    assert all(d.score is None or 0 <= d.score <= 100 for d in result.dimensions)


@settings(max_examples=200, deadline=None)
@given(findings_strategy, st.data())
def test_turning_unmet_into_met_never_lowers_the_score(items, data):
    fs = [finding(f"X-{i:02d}", d, s, w) for i, (d, s, w) in enumerate(items)]
    unmet = [i for i, f in enumerate(fs) if f.status is Status.unmet]
    if not unmet:
        return
    i = data.draw(st.sampled_from(unmet))
    better = list(fs)
    better[i] = fs[i].model_copy(update={"status": Status.met})
    assert score_findings(better, POLICY).value >= score_findings(fs, POLICY).value


@settings(max_examples=100, deadline=None)
@given(findings_strategy, st.data())
def test_not_applicable_leaves_possible(items, data):
    fs = [finding(f"X-{i:02d}", d, s, w) for i, (d, s, w) in enumerate(items)]
    i = data.draw(st.integers(min_value=0, max_value=len(fs) - 1))
    dim = fs[i].dimension
    before = next(d for d in score_findings(fs, POLICY).dimensions if d.id == dim)
    changed = list(fs)
    changed[i] = fs[i].model_copy(update={"status": Status.not_applicable})
    after = next(d for d in score_findings(changed, POLICY).dimensions if d.id == dim)
    expected = before.possible - (fs[i].weight if fs[i].status is not Status.not_applicable else 0)
    assert abs(after.possible - expected) < 2e-3  # possible is rounded to 3 places
