"""How the claim layer reads the wording of modern slavery statements and disclosures.

Each sentence is invented and was labelled before the code that reads it (2026-12-01 round):
a violation ranked as a risk or priority is no finding; a statement that complies with a
reporting law makes no claim about labour; a list item that continues a rule's lead-in is an
instruction; a table's zero count is a clean result; a finding followed by its consequence
stays a finding.
"""

from __future__ import annotations

import pytest

from auditcheck.claims import read_claims
from auditcheck.document import document_from_text
from auditcheck.roles import classify_role
from auditcheck.text.index import DocumentIndex

PRIORITY = ("decline", "failure", "clean", "adverse")


def counted_claim(text: str) -> str:
    document = document_from_text(text, path="wording.md")
    reading = read_claims(document, DocumentIndex(document), classify_role(document).role)
    kinds = {c.kind for c in reading.sentence_claims if c.counts}
    return next((k for k in PRIORITY if k in kinds), "none")


CASES = [
    ("We have identified forced labour as one of our salient human rights issues.", "none"),
    (
        "Our assessment identified forced labour, child labour and excessive working hours as our "
        "most salient issues.",
        "none",
    ),
    ("The review identified recruitment fees as an area requiring further focus.", "none"),
    ("The audits identified forced labour at two supplier sites.", "adverse"),
    (
        "Auditors identified withheld passports at two factories, which we treat as a priority "
        "issue.",
        "adverse",
    ),
    ("Modern Slavery Statement in compliance with the UK Modern Slavery Act 2015", "none"),
    ("We are compliant with the reporting requirements of the Modern Slavery Act.", "none"),
    ("Corporate Disclosure in Compliance with SB 657 (Human Trafficking and Anti-Slavery)", "none"),
    ("All 40 audited factories were compliant with our Supplier Code of Conduct.", "clean"),
    (
        "Our Code requires that suppliers:\n\n- comply with all applicable laws on forced labour;\n"
        "- pay wages on time.",
        "none",
    ),
    ("Summary of findings - Employment freely chosen: 0 NC; Working hours: 0 NC.", "clean"),
    ("Forced labour: 1 major NC (wage deductions for a dormitory debt). Corrective action due.",
     "adverse"),
    (
        "An independent firm confirmed that some workers had paid unlawful recruitment charges, "
        "and we have suspended new orders until the charges are repaid.",
        "adverse",
    ),
    (
        "We have zero tolerance for forced labour, and any supplier found to be using it will be "
        "removed from our approved list.",
        "none",
    ),
    (
        "The new protocol, once implemented, will allow us to state with greater confidence that "
        "our sites are free of forced labour.",
        "none",
    ),
    ("Workers could not leave the dormitory after 10 pm without a supervisor's pass.", "adverse"),
    ("Auditors were unable to leave the site before the interviews finished.", "none"),
    # second round: an emphatic "did" is no negation; a conceded clean half yields to the finding
    (
        "Our re-audit in January did confirm that Sunday overtime was compulsory and that "
        "workers who refused were penalised.",
        "adverse",
    ),
    (
        "While the audit did not find evidence of physical coercion, it did confirm that wages "
        "had been withheld for two months.",
        "adverse",
    ),
    ("Tier 1: 0 findings across 200 audits; Tier 2: 4 findings, all relating to recruitment fees.",
     "adverse"),
    ("Forced labour non-conformities: 3. All related to deposits charged by labour agents.",
     "adverse"),
    (
        "We have identified the following salient risks: forced labour in raw-material "
        "extraction and excessive hours in Tier 2.",
        "none",
    ),
    (
        "We recommend that companies publish how many forced labour indicators their audits "
        "identified.",
        "none",
    ),
    ("We are not in a position to state that our supply chain is free of modern slavery.", "none"),
    (
        "We do not rely on social audits as evidence that forced labour is absent, because audits "
        "are poorly suited to detecting debt bondage.",
        "decline",
    ),
    (
        "The company rejects the suggestion that workers at its supplier are held in debt bondage; "
        "the estate has never had a finding on freely chosen employment.",
        "clean",
    ),
    (
        "We reject the suggestion that eight years without a finding proves there is no bonded "
        "labour.",
        "none",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_statement_wording(text, expected):
    assert counted_claim(text) == expected
