"""Role classification: which documents are audit reports, company claims, auditor statements or third-party accounts."""

from __future__ import annotations

import pytest
import yaml

from auditcheck.document import document_from_text, load_document
from auditcheck.roles import classify_role
from tests.conftest import SAMPLES, real_dev_text

CASES = SAMPLES / "cases"

#: Expert reading of the real-dev documents that are company or auditor statements, or audit reports.
REAL_DEV_ROLES = {
    "01-vw-urumqi-audit-announcement-2023-12": ("company_statement", False),
    "08-sai-sa8000-xinjiang-response-2021-03": ("auditor_statement", False),
    "09-impactt-top-glove-verification-2021-04": ("auditor_statement", False),
    "11-sirim-rspo-audits-sime-darby-2020-2021": ("audit_report", False),
    "14-rina-ali-enterprises-sa8000-statement": ("auditor_statement", False),
    "15-ccc-fatal-fashion-ali-enterprises-audit-2015": ("third_party", False),
    "22-verite-nestle-thai-shrimp-assessment-2015": ("audit_report", False),
    "24-intertek-smeta-promol-portugal-2012": ("audit_report", False),
    "26-target-ca-transparency-disclosure-2019": ("company_statement", True),
    "27-google-modern-slavery-statement-2019": ("company_statement", True),
    "28-walmart-ca-transparency-disclosure-2019": ("company_statement", True),
    "29-serco-slavery-statement-2016": ("company_statement", True),
    "30-cp-foods-uk-modern-slavery-statement-2018": ("company_statement", True),
}


@pytest.mark.parametrize("folder", sorted(REAL_DEV_ROLES))
def test_real_dev_roles(real_dev, folder):
    role, programme = REAL_DEV_ROLES[folder]
    guess = classify_role(document_from_text(real_dev_text(real_dev / folder), path=f"{folder}.md"))
    assert guess.role == role, guess
    # programme-level decides the company-statement pack: only for supply-chain statements, not a claim about one audit
    assert guess.programme_level is programme


def _sample_documents():
    for manifest in sorted(CASES.glob("*/case.yaml")):
        for name, entry in yaml.safe_load(manifest.read_text(encoding="utf-8"))[
            "documents"
        ].items():
            yield pytest.param(
                manifest.parent / name, entry["role"], id=f"{manifest.parent.name}/{name}"
            )


@pytest.mark.parametrize(("path", "role"), list(_sample_documents()))
def test_sample_case_documents_read_as_their_declared_role(path, role):
    """case.yaml states each sample's role; the text alone must lead to the same reading."""
    guess = classify_role(load_document(path))
    assert guess.role == role, guess.reason
    assert not guess.programme_level


def test_role_spans_quote_the_cues_behind_the_guess():
    doc = document_from_text(
        "# Press release\n\nThe audit of our plant found no signs of forced labour, the company said on Monday.\n"
        "We commissioned the review after questions from investors.\n"
    )
    guess = classify_role(doc)
    assert guess.role == "company_statement"
    quotes = [doc.text[s:e] for s, e in guess.spans]
    assert any("the company said" in q for q in quotes)
    assert any(q.startswith("We commissioned") for q in quotes)


def test_report_skeleton_outweighs_press_coverage_of_it():
    text = (
        "Contents\nI. Executive Summary\nII. Assessment Methodology\nIII. Detailed Findings\nAnnexes\n\n"
        "I. Executive Summary\n\nThe buyer contracted us to assess recruitment at four sites.\n\n"
        "Campaigners said the findings, reported by Reuters, should push other buyers to act.\n"
    )
    assert classify_role(document_from_text(text, fmt="text")).role == "audit_report"


def test_staff_disavowal_reads_as_auditor_side():
    text = (
        "Posted 2 May 2024\n\nWe were not involved in the assessment of the plant, and no other team member "
        "of our practice took part in it.\n"
    )
    assert classify_role(document_from_text(text)).role == "auditor_statement"


@pytest.mark.parametrize(
    ("folder", "pack"),
    [
        ("01-vw-urumqi-audit-announcement-2023-12", "social-audit"),
        ("26-target-ca-transparency-disclosure-2019", "company-statement"),
        ("29-serco-slavery-statement-2016", "company-statement"),
    ],
)
def test_programme_level_decides_the_company_statement_pack(real_dev, folder, pack):
    from auditcheck.engine.flow import choose_pack
    from auditcheck.packs.loader import load_packs

    packs = load_packs()
    if pack not in packs:
        pytest.skip(f"pack {pack} is not installed")
    guess = classify_role(document_from_text(real_dev_text(real_dev / folder), path=f"{folder}.md"))
    assert choose_pack(packs, guess)[0].id == pack


def test_press_release_about_one_supplier_audit_is_not_programme_level() -> None:
    from auditcheck.document import document_from_text
    from auditcheck.roles import classify_role

    text = (
        "# Statement on the audit of our supplier\n\n"
        "We asked the supplier to commission an independent audit. The audit found no indication of "
        "forced labour. The auditors reviewed contracts. All suppliers sign our Supplier Code of "
        "Conduct, and we publish a Modern Slavery Act statement every year. The audit is now closed.\n"
    )
    assert classify_role(document_from_text(text)).programme_level is False


def test_civil_society_joint_statement_is_a_third_party_account() -> None:
    from auditcheck.document import document_from_text
    from auditcheck.roles import classify_role

    text = (
        "# Joint statement on audits in the region\n\n"
        "We, the undersigned organisations, call on companies to stop relying on audits there. "
        "We call on audit firms to withdraw.\n"
    )
    assert classify_role(document_from_text(text)).role == "third_party"
