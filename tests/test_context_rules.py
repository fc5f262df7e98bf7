"""Sector-by-workforce rules: forced-labour context risk from who works where, not only place.

The cases are invented and their expected risk was written before the rules and the code.
A rule fires when one of its sector terms and one of its workforce terms share a paragraph
(with a recruitment term too, or one of its places named, where the rule asks for them); its
reason reaches the report's context block (``Context.risk``, ``Context.matches``,
``Context.explanation``), the same fields the place-based risks use.
"""

from __future__ import annotations

import pytest

from auditcheck.context import assess_context
from auditcheck.document import document_from_text
from auditcheck.packs.reference import builtin_reference

#: (text, expected risk, the rule expected to fire or None)
CASES = [
    (
        "The audit covered a glove factory in Malaysia. Most of its 900 workers are migrant "
        "workers from Nepal recruited through agents in Kathmandu.",
        "elevated",
        "migrant-workers-recruited-through-agents",
    ),
    (
        "Migrant workers from Nepal recruited through agents for a Malaysian glove factory "
        "told the auditors they had paid recruitment fees.",
        "elevated",
        "migrant-workers-recruited-through-agents",
    ),
    (
        "At the electronics plant in Taichung, foreign workers from the Philippines were hired "
        "through brokers and paid monthly service fees.",
        "elevated",
        "migrant-workers-recruited-through-agents",
    ),
    (
        "The construction site in Doha employs 2,000 migrant workers hired through recruitment "
        "agencies in Bangladesh.",
        "elevated",
        "migrant-workers-recruited-through-agents",
    ),
    (
        "During the peak season the electronics assembly line relied on student interns placed "
        "by vocational schools, working the same shifts as regular staff.",
        "elevated",
        "student-interns-in-factory-work",
    ),
    (
        "We visited the smartphone factory in Zhengzhou; 30% of the line workers were student "
        "interns from a vocational school.",
        "elevated",
        "student-interns-in-factory-work",
    ),
    ("An office services firm in Denmark with 40 employees, audited in March.", "standard", None),
    (
        "The accounting firm hosted two student interns from a business school last summer.",
        "unknown",
        None,
    ),
    (
        "The glove factory in Malaysia does not employ migrant workers; all 300 staff are "
        "Malaysian nationals.",
        # Malaysia + gloves is already an elevated region; no workforce rule adds to it
        "elevated",
        None,
    ),
    (
        "Our garment supplier in Portugal employs 120 local workers under permanent contracts.",
        "standard",
        None,
    ),
]


def _context(text: str):
    return assess_context(document_from_text(text, path="<test>"))


@pytest.mark.parametrize(("text", "risk", "rule"), CASES)
def test_sector_by_workforce_rules(text, risk, rule):
    ctx = _context(text)
    assert ctx.risk == risk
    fired = [m for m in ctx.matches if m.kind == "sector_workforce"]
    titles = {r.id: r.title for r in builtin_reference().sector_rules}
    if rule is None:
        assert fired == []
    else:
        assert titles[rule] in [m.region for m in fired]
        assert titles[rule] in ctx.explanation


def test_the_rule_reason_and_source_are_in_the_explanation():
    ctx = _context(CASES[0][0])
    rules = {r.id: r for r in builtin_reference().sector_rules}
    rule = rules["migrant-workers-recruited-through-agents"]
    assert rule.reason.rstrip(".") in ctx.explanation
    assert rule.cited[0] in ctx.explanation
    match = next(m for m in ctx.matches if m.kind == "sector_workforce")
    assert "recruited through agents" in match.evidence[0].quote


def test_sector_and_workforce_in_different_paragraphs_do_not_fire():
    text = (
        "The glove factory in Ipoh makes nitrile gloves for hospitals.\n\n"
        "Separately, the group's head office in Kuala Lumpur employs migrant workers hired "
        "through agents as cleaners."
    )
    ctx = _context(text)
    assert not [m for m in ctx.matches if m.kind == "sector_workforce"]


def test_every_bundled_rule_cites_its_publishers_own_document():
    rules = builtin_reference().sector_rules
    assert len(rules) >= 3
    for rule in rules:
        assert rule.cited, rule.id
        assert rule.risk in ("elevated", "high")


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("SAN JOSE, Calif. — The audit of the box plant found no forced labour.", "standard"),
        ("The verifiers visited the paperboard plant in Appleton, Wisconsin, in April.", "standard"),
        ("The audit covered a meatworks in Queensland that employs local staff.", "standard"),
        ("This disclosure is made under the California Transparency in Supply Chains Act.",
         "unknown"),
    ],
)
def test_a_state_or_province_places_the_text_in_its_country(text, risk):
    assert _context(text).risk == risk


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # West African cocoa is a sector-specific place risk: a cocoa site there is elevated
        (
            "The audit covered four cocoa cooperatives in Côte d'Ivoire. The auditors visited "
            "the cooperatives' farms and interviewed 60 cocoa farmers.",
            "elevated",
        ),
        # the country named for another sector says nothing of that risk
        (
            "The audit covered a cashew processing plant in Côte d'Ivoire. The auditors visited "
            "the plant and interviewed 60 workers.",
            "not elevated",
        ),
    ],
)
def test_cocoa_in_cote_divoire_is_a_sector_place_risk(text, risk):
    got = assess_context(document_from_text(text, path="cocoa.md")).risk
    assert got == risk if risk != "not elevated" else got not in ("elevated", "high")
