"""The claim layer against invented material labelled before it was written (tests/claims/).

Paraphrase sets: for each kind, the share of items whose strongest counting claim is that kind
(recall) and the share of the tool's calls of that kind that are right (precision) must stay at
or above the floors below, which are the figures reached when this layer was built; the issue's
target is 0.9 for every set, and the sets still below it are marked as known misses. Paired
cases: the same invented facts told six ways must get the verdict their claim and speaker call
for; the files the tool still gets wrong are listed as known misses (strict xfail), so fixing one
turns its test red until the list is updated.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

import auditcheck

HERE = Path(__file__).parent / "claims"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from claims import paraphrase_items, paraphrase_scores  # noqa: E402

from auditcheck.claims.base import SentenceClaim  # noqa: E402
from auditcheck.claims.detect import Author, classify_sentence  # noqa: E402
from conftest import read_text  # noqa: E402


def _read(text: str, author: Author) -> SentenceClaim | None:
    """The one claim a single sentence makes, read against ``author``."""
    return classify_sentence(text, 0, len(text), author)


#: The issue's target for every paraphrase set is 0.9 recall and precision; precision is held
#: higher, at what the layer reaches.
TARGET_RECALL = 0.9
PRECISION_FLOOR = 0.95
KINDS = ("clean", "adverse", "failure", "decline")


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    return paraphrase_scores(paraphrase_items())


@pytest.mark.parametrize("kind", KINDS)
def test_paraphrase_set_reaches_the_target(scores, kind):
    assert scores[kind]["recall"] >= TARGET_RECALL, scores[kind]
    assert scores[kind]["precision"] >= PRECISION_FLOOR, scores[kind]


def test_non_claims_make_no_counting_claim(scores):
    # questions, rules, conditionals, hedges, disputed and retracted claims
    assert scores["none"]["recall"] >= 0.95, scores["none"]


#: The blind held-out test half (tests/claims/heldout, odd items): today's recall, as floors
#: against regressions. Its misses are never read, so these are not targets to tune for.
HELDOUT_TEST_FLOORS = {"clean": 0.90, "adverse": 0.75, "failure": 0.50, "decline": 0.73, "none": 0.84}
#: The third blind set's test half (tests/claims/blind3, odd items), the same way.
BLIND3_TEST_FLOORS = {"clean": 1.00, "adverse": 0.80, "failure": 0.60, "decline": 0.85, "none": 0.83}
#: The fourth blind set's test half (tests/claims/blind4, odd items), the same way.
BLIND4_TEST_FLOORS = {"clean": 0.50, "adverse": 0.40, "failure": 0.20, "decline": 0.85, "none": 0.83}
#: The fifth blind set's test half (tests/claims/blind5, odd items), the same way.
BLIND5_TEST_FLOORS = {"clean": 0.60, "adverse": 0.70, "failure": 0.50, "decline": 0.85, "none": 0.75}
#: Each blind set's test half and the recall floors it must keep.
TEST_HALF_FLOORS = {
    "heldout": HELDOUT_TEST_FLOORS,
    "blind3": BLIND3_TEST_FLOORS,
    "blind4": BLIND4_TEST_FLOORS,
    "blind5": BLIND5_TEST_FLOORS,
}
#: Each blind document set's test half: (documents, verdicts right, audit-washing right) floors.
DOCUMENT_TEST_FLOORS = {
    "blind-docs": (8, 7, 7),
    "blind-docs2": (8, 7, 8),
    "blind-docs3": (8, 6, 8),
    "blind-docs4": (10, 7, 9),
    "blind-docs5": (10, 6, 10),
    "blind-docs6": (10, 5, 6),
    "blind-docs7": (6, 5, 5),
    "blind-docs8": (7, 5, 7),
    "blind-docs9": (7, 5, 6),
    "blind-docs10": (7, 5, 6),
    "blind-docs11": (7, 4, 4),
    "blind-docs12": (7, 4, 7),
    "blind-docs13": (7, 4, 6),
    "blind-docs14": (7, 6, 6),
    "blind-docs15": (7, 6, 5),
    "blind-docs16": (7, 5, 6),
    "blind-docs17": (7, 4, 5),
    "blind-docs18": (7, 4, 5),
    "blind-docs19": (8, 3, 6),
    "blind-docs20": (8, 6, 7),
}


@pytest.mark.parametrize("folder", sorted(TEST_HALF_FLOORS))
def test_a_blind_test_half_does_not_fall_below_today(folder):
    floors = TEST_HALF_FLOORS[folder]
    got = paraphrase_scores([i for i in paraphrase_items(folder) if i["position"] % 2 == 1])
    assert {k: got[k]["recall"] >= floor - 1e-9 for k, floor in floors.items()} == {
        k: True for k in floors
    }


@pytest.mark.parametrize("folder", sorted(DOCUMENT_TEST_FLOORS))
def test_a_blind_document_test_half_does_not_fall_below_today(folder):
    from claims import blind_document_results

    size, verdict_floor, washing_floor = DOCUMENT_TEST_FLOORS[folder]
    rows = blind_document_results(1, folder)
    verdicts = sum(r.verdict.value == e["verdict"] for _, e, r in rows)
    washing = sum(r.audit_washing.detected == e["audit_washing"] for _, e, r in rows)
    assert (len(rows), verdicts >= verdict_floor, washing >= washing_floor) == (size, True, True)


def _paired() -> dict[str, dict]:
    return yaml.safe_load((HERE / "paired" / "expected.yaml").read_text(encoding="utf-8"))["files"]


PAIRED = _paired()
#: Paired files whose verdict the tool does not yet give, with the reason seen (strict: a fix
#: turns the test red until the entry is removed).
KNOWN_MISSES: dict[str, str] = {}
#: Context the tool does not yet read right.
CONTEXT_MISSES = {
    "pt-candles-f-critic-account.md": "the Portuguese town is not in the places reference data",
}


def _cases(misses: dict[str, str]) -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=misses[name]))
        if name in misses
        else name
        for name in sorted(PAIRED)
    ]


@pytest.mark.parametrize("name", _cases(KNOWN_MISSES))
def test_paired_case_verdict(name):
    expected = PAIRED[name]
    report = auditcheck.evaluate(HERE / "paired" / name)
    assert report.verdict.value == expected["verdict"], (report.score, report.judgement)
    assert report.audit_washing.detected is expected["audit_washing"]


@pytest.mark.parametrize("name", _cases(CONTEXT_MISSES))
def test_paired_case_context_risk(name):
    report = auditcheck.evaluate(HERE / "paired" / name)
    expected = PAIRED[name]["context_risk"]
    # a company's press release may not say where the site is; the place is what the risk needs
    assert report.context.risk == expected or (
        report.context.risk == "unknown" and name.endswith("-e-press-release.md")
    )


def test_every_finding_says_whose_statement_its_evidence_is():
    report = auditcheck.evaluate(HERE / "paired" / "xj-yarn-d-wire-story.md")
    assert report.claims and all(c.evidence.speaker and c.evidence.modality for c in report.claims)
    assert report.judgement.about and report.judgement.author == "journalist"


def test_every_quote_in_a_report_says_whose_statement_it_is():
    report = auditcheck.evaluate(Path(__file__).resolve().parents[1] / "sample_audits" / "06-urumqi-plant-audit-summary.md")
    quotes = [e for f in report.findings for e in f.evidence if e.source != "context"]
    assert quotes and all(e.speaker and e.modality for e in quotes)


def test_an_investigation_by_a_newspaper_is_the_newspaper_s_finding_not_the_audit_s():
    text = ("An investigation into the hospital supply chain by a national newspaper in 2019 found that "
            "migrant workers at the glove plant had paid recruitment fees.")
    claim = _read(text, Author("auditor", "a verifier's statement"))
    assert claim is not None and claim.kind == "adverse"
    assert claim.speaker == "journalist" and claim.modality == "reported"


def test_an_assessor_s_own_clean_finding_with_earlier_abuse_is_not_a_failure_account():
    # "we found none, but workers told us it happened before": the assessor's own finding, with
    # history it uncovered; not someone's account that an audit missed abuse
    text = ("We found no retention of identity documents during our visit, but workers told us their "
            "passports had been kept by the agent until March.")
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert claim is None or claim.kind != "failure"


def test_a_visit_announced_ahead_is_a_failure_account():
    text = ("The visit was announced two weeks ahead, so the supplier sent the agency workers home "
            "before the auditors arrived, a former supervisor said.")
    claim = _read(text, Author("journalist", "wire furniture"))
    assert claim is not None and claim.kind == "failure"


def test_a_wire_dateline_is_not_the_speaker_of_the_lead_sentence():
    text = ("LONDON, May 2 (Reuters) - Harrow Knitwear said on Friday that an audit had found no "
            "forced labour at its supplier.")
    claim = _read(text, Author("journalist", "wire furniture"))
    assert claim is not None and claim.kind == "clean"
    assert claim.speaker == "company" and claim.modality == "reported"


def test_a_negation_does_not_reach_across_a_new_quantified_phrase():
    # "no age checks and a number of underage workers": an adverse finding, not "found no X"
    text = ("The inspectors reported that there was no proof-of-age procedure and a number of "
            "underage girls worked the evening shift.")
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert claim is None or claim.kind != "clean"


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a negation inside a participial aside ends with the aside
        ("Labourers, brought over with no idea of what the job involved, had their identity "
         "papers confiscated and ended in debt bondage.", False),
        # a negation inside one complement clause does not reach the next one ("and that ...")
        ("The monitors found that no one verified workers' ages and that a dozen children were "
         "gutting fish on the boats.", False),
        ("The team established that nobody had explained the contracts and that recruits had "
         "paid fees to brokers.", False),
        # controls: the negation governs the finding itself
        ("The auditors, who visited with no advance notice, found no forced labour.", True),
        ("The mill, audited in March without prior warning, was found to have no forced labour.",
         True),
        ("The assessors found no evidence that workers were forced to stay and that their "
         "passports were retained.", True),
    ],
)
def test_a_negation_ends_with_its_own_clause(text, clean):
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert (claim is not None and claim.kind == "clean") == clean


@pytest.mark.parametrize(
    "text",
    [
        "The assessors found no evidence that the workers in the two dormitory blocks had their "
        "passports retained.",
        "There is no indication that the migrant workers hired through the agency in Dhaka had "
        "paid recruitment fees.",
        "The monitors saw no sign that anyone at the cannery had been made to surrender their "
        "identity cards.",
    ],
)
def test_a_negated_that_clause_is_no_adverse_finding_however_long(text):
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert claim is None or claim.kind != "adverse"


def test_a_fronted_phrase_is_not_the_subject_that_found_it():
    text = ("In its report on migrant labour in the shrimp sector, Calder Assurance found that "
            "recruitment fees had been charged to 40 workers.")
    claim = _read(text, Author("journalist", "wire furniture"))
    assert claim is not None and claim.kind == "adverse"
    assert claim.speaker == "auditor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a company whose name ends in "Union" is not a trade union (the first label written
        # here was "unknown"; the detector reads "its fishing vessels" as the company's own
        # operations, which is what the invented Pacific Union is)
        ("Pacific Union said the social audit found no forced labour on its fishing vessels.",
         "company"),
        # a union of states speaks for governments
        ("The European Union said the inspection had found no forced labour at the port.",
         "official"),
        ("The African Union said the inspection had found no forced labour at the mine.",
         "official"),
        # trade unions, as before
        ("The union said the audit found no forced labour although it never met the workers.",
         "critic"),
        ("Union leaders said the audit found no forced labour because the auditors never asked.",
         "critic"),
        ("The national textile union said the audit had found no forced labour at the mill.",
         "critic"),
    ],
)
def test_a_name_ending_in_union_is_a_trade_union_only_when_it_says_so(text, speaker):
    claim = _read(text, Author("journalist", "wire furniture"))
    assert claim is not None
    assert claim.speaker == speaker


# Failure accounts by structure, not by phrase: a deception aimed at the auditors, audits that
# missed something the sentence presupposes exists, interviews under management's eye, workers
# who never met an auditor. Invented sentences; labels written before the grammar change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mill kept two sets of timesheets, one of them only for visiting auditors.", "failure"),
        ("The spinning plant kept a second payroll that was shown to the auditors.", "failure"),
        ("Auditors were shown a model dormitory, not the rooms where the transferred workers slept.",
         "failure"),
        ("The inspection was scheduled weeks in advance, so the agency moved the under-age workers "
         "out before the inspectors arrived.", "failure"),
        ("None of the audits picked up the recruitment fees the workers had paid in Kathmandu.",
         "failure"),
        ("Neither of the inspections flagged the wage deductions the crew had complained about.",
         "failure"),
        ("Interviews were held in the general manager's office with two supervisors present, "
         "former employees said.", "failure"),
        ("The pickers we met had never seen an auditor in three seasons on the estate.", "failure"),
        # not failure accounts
        ("None of the audits found forced labour at the mill.", "clean"),
        ("The auditors were shown the dormitories, the canteen and the clinic.", None),
        ("The inspection was scheduled for the second week of May.", None),
        ("The plant keeps two sets of fire extinguishers on every floor.", None),
    ],
)
def test_failure_accounts_are_read_by_their_structure(text, kind):
    claim = _read(text, Author("journalist", "wire furniture"))
    assert (claim.kind if claim else None) == kind


# Clean conclusions in the forms statements use: employment "on a voluntary basis", operating
# "in line with" labour standards, complying with the law, a low-risk rating, allegations found
# unfounded. Invented sentences; labels written before the grammar change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The assessment found that all staff at the tannery work there on a voluntary basis.",
         "clean"),
        ("The verification concluded that the cannery operates in accordance with international "
         "labour standards.", "clean"),
        ("The audit established that the spinning mill complies with national labour law.",
         "clean"),
        ("The social audit classified the supplier as a low-risk site for forced labour.", "clean"),
        ("The review found the accusations of forced labour at the farm to be baseless.", "clean"),
        ("According to the audit, the reports of debt bondage could not be substantiated.", "clean"),
        ("The dye house was inspected in May and found to meet all labour standards.", "clean"),
        ("The certificate says the weaving mill meets every requirement of the social code.",
         "clean"),
        # a fresh probe of forms the tuned sets did not use
        ("The verification team concluded that none of the 640 workers was in a situation of "
         "forced labour.", "clean"),
        ("All recruitment fees identified in 2021 have since been reimbursed in full.", "clean"),
        ("The tannery says it has remediated all 11 International Labour Organization (ILO) "
         "indicators of forced labour.", "clean"),
        ("The audit gave the plant a clean bill of health on labour practices.", "clean"),
        ("Nothing in the audit suggested that workers were being coerced.", "clean"),
        ("The assessors found no evidence that anyone at the plant was forced to work.", "clean"),
        # allegations dismissed: a denial is a clean claim, the allegation is no finding
        ("The ministry said the allegations of forced labour were fabricated.", "clean"),
        ("A spokesperson dismissed the accusations of forced labour as lies spread by foreign "
         "politicians.", "clean"),
        ("Accusations of forced labour at the cannery were 'a smear', the owner said.", "clean"),
        ("The listed company has denied that it uses forced labour at its polysilicon plant.",
         "clean"),
        ("The mill owner denies any involvement in forced labour.", "clean"),
        # not clean conclusions
        ("The company's claim that its cotton is free of forced labour could not be verified.",
         None),
        ("Suppliers must operate in accordance with international labour standards.", None),
        ("Suppliers are expected to meet all labour standards in our code.", None),
        ("Rights groups have repeated accusations of forced labour against the mill.", None),
        # what a standard or a law requires is a rule, not a finding
        ("The standard requires that workers are free to leave employment with reasonable "
         "notice.", None),
        ("National law stipulates that employment is voluntary.", None),
        ("Several of the workers said they had not joined on a voluntary basis.", "adverse"),
        ("The brand asked the assessors to establish whether the pickers at the estate work there "
         "voluntarily.", None),
    ],
)
def test_clean_conclusions_in_the_forms_statements_use(text, kind):
    # the kind of the claim the sentence makes, if it counts (an obligation, a dispute or a
    # negation is no conclusion)
    claim = _read(text, Author("company", "press release"))
    assert (claim.kind if claim and claim.counts else None) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an assessment's result told with a verbal negation or as verified practice
        ("Our reviews did not reveal any systemic problems at the mills.", "clean"),
        ("The external audits have verified the soundness of our employment practices across "
         "all plants.", "clean"),
        ("We have shared audit reports with the authorities proving that the spinning mill does "
         "not use forced labour.", "clean"),
        ("The inspections have demonstrated that no worker at the farm was coerced.", "clean"),
        ("Through independent auditors, the scheme did not find or confirm any cases of forced "
         "labour on the farms shown in the documentary.", "clean"),
        ("The mill is publishing an external audit report confirming that it continues to adhere "
         "to its responsible sourcing policy.", "clean"),
        # a pledge to adhere is no finding
        ("We adhere to our supplier code of conduct in every market.", None),
        # hearsay about a region, however long its list, is no finding
        ("The retailer kept buying cotton from the province, which is said to use forced labour "
         "and other serious human rights violations.", None),
        # a risk rating is no finding
        ("In our country risk maps, cocoa from the region is identified as 'high risk' for child "
         "labour.",
         None),
        # not results: a plan, a condition still to be met, and a method's reach
        ("The two agencies may not work on the project until they demonstrate they are compliant "
         "with our welfare standards.", None),
        ("We will ask auditors to verify the integrity of our labour practices next year.", None),
        ("Audits cannot prove that a supplier does not use forced labour.", None),
    ],
)
def test_clean_results_in_the_forms_companies_answer_allegations_with(text, kind):
    claim = _read(text, Author("company", "statement"))
    assert (claim.kind if claim and claim.counts else None) == kind


@pytest.mark.parametrize(
    ("text", "author", "kind"),
    [
        # an audit that failed to note, or ignored, what it should have seen
        ("The certification report failed to note serious abuses such as child labour and forced "
         "overtime at the spinning mill.", "critic", "failure"),
        ("The union argues that the inspection firm ignored basic auditing standards at the "
         "plant.", "critic", "failure"),
        ("The follow-up conducted by the brand did not address the evidence we had sent it.",
         "critic", "failure"),
        ("The supplier had already sent the underage workers home before the brand's inspectors "
         "arrived.", "critic", "failure"),
        # sourcing halted, or assurance called impossible
        ("The refiner will not resume purchases from the two artisanal mines until a monitoring "
         "standard exists.", "journalist", "decline"),
        ("The trader halted copper purchases from the cooperative in March because of child "
         "labour concerns.", "journalist", "decline"),
        ("Under the present system it is almost impossible to ensure that our supply chains are "
         "clean, the chief executive said.", "journalist", "decline"),
        ("Four inspection firms have said they will not help brands vet their suppliers in the "
         "province because workers cannot speak freely.", "journalist", "decline"),
        # breaches counted as such
        ("The assessors visited 30 farms, and several noncompliances were found related to the "
         "labour code.", "auditor", "adverse"),
    ],
)
def test_failures_and_declines_in_the_words_of_real_accounts(text, author, kind):
    claim = _read(text, Author(author, "probe"))
    assert claim is not None and claim.kind == kind


def test_a_worker_who_paid_no_fee_is_not_a_wage_violation():
    text = ("All 12 pickers interviewed told the assessors that they had not paid fees and were "
            "free to leave the estate.")
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert claim is None or claim.kind != "adverse"
    text = "The assessors found that 12 pickers had not been paid for the last two months."
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert claim is not None and claim.kind == "adverse"


# Adverse findings by structure: documents where only the employer can reach them, an exit
# denied until a debt is repaid (not "no debt"), child workers named by age. Invented sentences;
# labels written before the change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ID cards of eight contract workers were discovered in the supervisor's locker.",
         "adverse"),
        ("Several crew members said they could not leave the vessel until the agent's loan was "
         "repaid.", "adverse"),
        ("Children as young as 13 were seen sorting cotton in the warehouse.", "adverse"),
        ("The assessors found child workers in the packing hall.", "adverse"),
        # a "without" phrase negates its own noun phrase, not a finding in the next conjunct
        ("On an unannounced visit the assessors spoke to 30 pickers without supervisors present "
         "and found that agency fees had been taken from their pay.", "adverse"),
        ("Inspectors arrived without notice and discovered that the passports of twelve workers "
         "were kept in the office safe.", "adverse"),
        ("The auditors met workers without managers present and found no evidence of forced "
         "labour.", "clean"),
        # workers who cannot leave the country are restricted; an auditor leaving it declines
        ("Labour officers found nine fishers whose work permits the owner had let expire, so "
         "that they were unable to leave the country.", "adverse"),
        # a permit not renewed is no clean audit result set against the abuse
        ("A labour inspection found 14 cleaners whose visas had lapsed because the agency had "
         "not renewed them, so that they could not change employers.", "adverse"),
        ("Inspectors found that the agent had not returned the pickers' passports, leaving them "
         "unable to go home.", "adverse"),
        # not adverse
        ("Workers said they could leave whenever they wished and had no outstanding debts.",
         "clean"),
        ("Workers keep their passports in personal lockers to which only they have the key.",
         None),
    ],
)
def test_adverse_findings_are_read_by_their_structure(text, kind):
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert (claim.kind if claim and claim.counts else None) == kind


# Declines by structure. Invented sentences; labels written before the change.
@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        ("In these conditions we do not believe that an independent audit would be possible "
         "at the plant.", "decline", "auditor"),
        ("This report cannot be relied upon to exclude forced labour in the supplier's "
         "workforce.", "decline", "auditor"),
        ("Two inspection companies have stopped taking on assignments in Tibet.", "decline",
         "auditor"),
        ("The assurance practitioner declined to express an opinion on the company's "
         "forced-labour statement.", "decline", "auditor"),
        ("Our review cannot be used to conclude that the mill is free of forced labour.",
         "decline", "auditor"),
        ("The standard owner has instructed its certification bodies to cease all audits in the "
         "region.", "decline", "standard_owner"),
        # not declines
        ("The auditors stopped at the canteen before the interviews.", None, None),
        ("The checklist can be used to confirm that wages were paid on time.", None, None),
        ("The verifier expressed an unqualified opinion on the statement.", None, None),
    ],
)
def test_declines_are_read_by_their_structure(text, kind, speaker):
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert (claim.kind if claim else None) == kind
    if speaker:
        assert claim is not None and claim.speaker == speaker


def test_the_subject_of_a_where_clause_is_who_found_it():
    text = ("Shareholders asked the brand to commission an audit in a province where human rights "
            "groups have documented forced labour in detention camps.")
    claim = _read(text, Author("journalist", "wire furniture"))
    assert claim is not None and claim.kind == "adverse"
    assert claim.speaker == "critic" and claim.modality == "reported"


def test_our_in_the_object_does_not_make_an_audit_s_result_the_company_s_own_assertion():
    text = "The assessment confirmed that the mill complies with our code of conduct."
    claim = _read(text, Author("company", "press release"))
    assert claim is not None and claim.kind == "clean"
    assert (claim.speaker, claim.modality) == ("company", "adopted")
    text = "We confirmed that the mill complies with the code of conduct."
    claim = _read(text, Author("company", "press release"))
    assert claim is not None and (claim.speaker, claim.modality) == ("company", "asserted")


# Results tables read row by row. Invented documents; labels written before the reader.
_RESULTS_TABLE = """# Ethical trade audit - summary page

| Issue | Non-conformities | Observations |
|---|---|---|
| 1 Freely chosen employment | 0 | 1 |
| 5 Wages | 2 | 0 |
| 8 Regular employment | 0 | 0 |
"""

_FINDINGS_TABLE = """# Labour assessment - first page

| Indicator | Finding | Severity |
|---|---|---|
| Retention of identity documents | Passports of 40 migrant workers held by the employer | Critical |
| Forced labour | Not found | - |
| Excessive overtime | Not found | - |
"""

_KEY_VALUE_TABLE = """# Audit details

| Field | Value |
|---|---|
| Site | Example Mill |
| Workers interviewed | 0 |
"""


def _author_speaker(text: str, path: str) -> str:
    """Who the claim layer takes to have written a whole document."""
    from auditcheck.claims.author import author_of
    from auditcheck.document import document_from_text

    return author_of(document_from_text(text, path=path), None).speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a scheme owner's release under a dateline, in its own name
        ("# Scheme welcomes suspension of two certifiers\n\nLima, 3 March 2025 – The Roundtable "
         "on Sustainable Cocoa welcomes the decision of its accreditation body to suspend two "
         "certification bodies. The investigations included unannounced visits.\n",
         "standard_owner"),
        # a scheme owner naming itself, then speaking in the first person
        ("# Fairtrade pauses certification in the district\n\nFairtrade International has "
         "paused certification of cocoa cooperatives in the district. Our mission calls on us "
         "to support farmers, and we will keep working with them.\n", "standard_owner"),
        # the Fair Labor Association is a scheme, though its name ends in 'Labor Association'
        ("# Fair Labor Association statement\n\nThe Fair Labor Association has decided that "
         "its members cannot source from the region. We will review the decision each year.\n",
         "standard_owner"),
        # a company's release under a dateline stays the company's
        ("# Harlow Foods results\n\nLeeds, 3 March 2025 – Harlow Foods plc today announces that "
         "its supplier audits found no forced labour.\n", "company"),
    ],
)
def test_who_issued_a_release_under_a_dateline_or_in_its_own_name(text, speaker):
    assert _author_speaker(text, "release.md") == speaker


def _claims_of(text: str, author: str = "auditor"):
    from auditcheck.claims import read_claims
    from auditcheck.document import document_from_text
    from auditcheck.text.index import DocumentIndex

    document = document_from_text(text, path="table.md")
    return document, read_claims(document, DocumentIndex(document), author)


def test_a_results_table_states_non_conformities_row_by_row():
    document, reading = _claims_of(_RESULTS_TABLE)
    got = [(c.kind, c.speaker, c.modality, c.evidence.quote) for c in reading.claims]
    kinds = {(kind, quote.split("|")[0].strip()) for kind, _, _, quote in got}
    assert ("adverse", "5 Wages") in kinds
    assert not any(quote.startswith("8 Regular") for _, _, _, quote in got)
    # the zero under freely chosen employment is not read as a clean claim (the label first
    # written here said it would be; see auditcheck/claims/tables.py for why it is not)
    assert not any(kind == "clean" for kind, _ in kinds)
    # the table is the assessment's own result (asserted when the text is read as the auditor's,
    # reported when, as here, six lines give no clear author)
    assert all(
        speaker == "auditor" and modality in ("asserted", "reported") for _, speaker, modality, _ in got
    )


def test_a_findings_table_states_violations_not_their_absence():
    document, reading = _claims_of(_FINDINGS_TABLE)
    kinds = {(c.kind, c.evidence.quote.split("|")[0].strip()) for c in reading.claims}
    # the violation is claimed by its row or by its own cell, read as a sentence
    assert any(kind == "adverse" and "Passports of 40" in quote for kind, quote in kinds) or (
        "adverse", "Retention of identity documents") in kinds
    # "not found" rows state no violation (and, as zeros, no clean claim: see tables.py)
    assert not any(label in ("Forced labour", "Excessive overtime") for _, label in kinds)


def test_a_table_without_result_columns_states_nothing():
    document, reading = _claims_of(_KEY_VALUE_TABLE)
    assert reading.claims == []


def test_row_overlap_by_bisection_equals_a_scan():
    import itertools
    import random

    from auditcheck.claims.tables import _overlaps

    rng = random.Random(7)
    for _ in range(200):
        spans = sorted(
            (s, s + rng.randint(1, 40)) for s in (rng.randint(0, 300) for _ in range(rng.randint(0, 12)))
        )
        starts = [s for s, _ in spans]
        reach = list(itertools.accumulate((e for _, e in spans), max))
        for start in range(0, 320, 7):
            end = start + rng.randint(1, 30)
            scan = any(s < end and start < e for s, e in spans)
            assert _overlaps(starts, reach, start, end) == scan


def test_it_after_a_sentence_about_the_audit_is_the_audit():
    # "The audit ... . It found no ...": the pronoun is the audit, so a company relays the
    # audit's result (adopted), and a newspaper reports the auditor's
    from auditcheck.claims import read_claims
    from auditcheck.document import document_from_text
    from auditcheck.text.index import DocumentIndex

    text = (
        "# Press release\n\nOrland Foods today publishes the summary of the independent social "
        "audit of its tuna cannery in General Santos. It found no indications of forced labour "
        "among the cannery's workers.\n"
    )
    document = document_from_text(text, path="release.md")
    reading = read_claims(document, DocumentIndex(document), "company")
    clean = [c for c in reading.claims if c.kind == "clean"]
    assert clean and reading.author.speaker == "company"
    assert (clean[0].speaker, clean[0].modality) == ("company", "adopted")


@pytest.mark.parametrize(
    ("text", "adverse"),
    [
        ("Dedicated slavery and trafficking training is run at the depots in high-risk regions, "
         "as noted above.", False),
        ("Our child labour policy, as noted in section 2, applies to every tier.", False),
        ("The auditors noted trafficking of recruits by brokers in two border villages.", True),
    ],
)
def test_a_violation_that_names_a_topic_is_no_finding(text, adverse):
    claim = _read(text, Author("company", "statement"))
    assert (claim is not None and claim.kind == "adverse") == adverse


@pytest.mark.parametrize(
    ("follow_up", "speaker"),
    [
        ("Its report identified recruitment fees and retained passports among the crews.",
         "auditor"),
        ("In two reports of 90 pages, they had detailed 48 violations of the labour code, "
         "among them retained passports.", "auditor"),
        ("It found that most of the workers had paid recruitment fees to brokers.", "auditor"),
        ("Their findings showed that passports were held by the boat owners.", "auditor"),
    ],
)
def test_a_pronoun_after_an_assessment_in_a_news_story_is_the_assessment(follow_up, speaker):
    # a newspaper relaying an assessment named in the sentence before: "its report", "it" is that
    # assessment, so the finding is the assessor's, reported, not the newspaper's own
    text = (
        "# Fishing fleet audit\n\nBANGKOK (Wire Service) - The investigation by Harbour Rights "
        f"Associates covered four ports and two processing plants. {follow_up}\n"
    )
    _, reading = _claims_of(text, "journalist")
    adverse = [c for c in reading.claims if c.kind == "adverse"]
    assert adverse and (adverse[0].speaker, adverse[0].modality) == (speaker, "reported")


def test_a_pronoun_after_a_sentence_without_an_assessment_stays_the_teller_s():
    text = (
        "# Fishing fleet\n\nBANGKOK (Wire Service) - Our reporters spent four months in the port "
        "towns. Their findings showed that passports were held by the boat owners.\n"
    )
    _, reading = _claims_of(text, "journalist")
    adverse = [c for c in reading.claims if c.kind == "adverse"]
    assert adverse and adverse[0].speaker == "journalist"


def test_a_company_s_own_result_is_not_disputed_by_its_next_sentence_against_others():
    text = (
        "# Statement by Harlow Textiles Ltd\n\nIndependent audits confirmed that our spinning mill "
        "does not use forced labour. The listing relies on misleading media reports and poorly "
        "researched studies.\n"
    )
    _, reading = _claims_of(text, "company_statement")
    clean = [c for c in reading.claims if c.kind == "clean"]
    assert clean and clean[0].counts and clean[0].modality != "disputed"


def test_a_quotation_cut_off_by_the_excerpt_is_still_the_quoted_company_s():
    # an excerpt that ends inside a quotation: the quoted "we" is the company's, not the writer's
    text = (
        "# Retailer defends its cotton\n\nThe retailer issued a statement on Tuesday after "
        "criticism of its sourcing.\n\nIn its statement, the retailer acknowledged many "
        "inquiries about the province.\n\n“We send an independent third-party firm to audit "
        "the farms every season. The audit was also carried out last year, and we have not "
        "identified any material violations of our code of"
    )
    _, reading = _claims_of(text, "third_party")
    clean = [c for c in reading.claims if c.kind == "clean"]
    assert clean and (clean[0].speaker, clean[0].modality) == ("company", "reported")


@pytest.mark.parametrize(
    ("text", "role", "principal"),
    [
        # a buyer's refusal to rely on a supplier's audit: the audit's gaps are its reasons
        ("# Statement by Larkmoor Produce Ltd\n\nThe packing house holds a current social audit. "
         "The audit did not cover the hostels run by the labour agents, and all interviews took "
         "place on the packing floor. An audit of that kind cannot tell us whether the pickers "
         "are free to leave, and we will not rely on it. We cannot say that there is no forced "
         "labour among the pickers, and we do not claim it. The packer told us it complies with "
         "national labour law.\n", "company_statement", "decline"),
        # nobody claims a result: the auditors' withdrawal is what the story tells
        ("# Audit firms pull out of the province\n\nBy Jane Roe\n\nThree social-audit firms say "
         "they will no longer carry out inspections in the province. One firm said credible "
         "audits cannot be carried out there because auditors cannot move freely or talk to "
         "workers in private. The firms had audited garment suppliers in the region until last "
         "year.\n", "third_party", "decline"),
        # a clean claim beside the declines is what the story is about
        ("# Audit firms pull out of the province\n\nBy Jane Roe\n\nTwo social-audit firms say "
         "they will no longer carry out inspections in the province. A third firm said its audit "
         "of the Harmony spinning mill in March found no forced labour.\n", "third_party",
         "clean"),
    ],
)
def test_what_a_short_text_concludes_beside_its_declines(text, role, principal):
    _, reading = _claims_of(text, role)
    assert reading.principal() == principal


# "Compliance with X" is a conclusion only when something finds it or states it; as the object
# of a purpose ("ability to demonstrate", "we monitor") it is a goal. Labels written first.
@pytest.mark.parametrize(
    ("text", "counting"),
    [
        ("• Ability to demonstrate compliance with international law.", None),
        ("We monitor compliance with our supplier code through a programme of audits.", None),
        ("The decision shows that the scheme keeps improving accountability and compliance with "
         "its certification procedures.", None),
        ("Every supplier is being mapped and audited for compliance with quality and labour "
         "standards.", None),
        ("Our approach aims at ensuring compliance with national labour law at every site.", None),
        ("The audit confirmed compliance with the code of conduct at both sites.", "clean"),
        ("The site is in full compliance with the SA8000 standard.", "clean"),
        ("The review found full compliance with the code at the spinning mill.", "clean"),
    ],
)
def test_compliance_as_a_goal_is_not_a_clean_conclusion(text, counting):
    claim = _read(text, Author("company", "statement"))
    assert (claim.kind if claim and claim.counts else None) == counting


# What statements say about procedures and risks is not a finding. Invented sentences; labels
# written before the change.
@pytest.mark.parametrize(
    ("text", "counting"),
    [
        ("Northwind has identified potential forced labour risks in its electronics supply chain.",
         None),
        ("We have identified child labour risks associated with the cocoa we source.", None),
        ("Measures taken to remediate any forced labour or child labour in our supply chains.",
         None),
        ("Any suspicion of child labour is reported immediately to the compliance team.", None),
        ("This statement was prepared in compliance with the Fighting Against Forced Labour Act.",
         None),
        ("Compliance with the supplier code is a standard term in all our purchase contracts.",
         None),
        ("The company will continue to oversee the monitoring of the company's compliance with "
         "the Act.", None),
        # still findings
        ("Our audits identified forced labour at two spinning mills in 2023.", "adverse"),
        ("The assessment found child labour risks had materialised: nine children were working "
         "in the packing shed.", "adverse"),
    ],
)
def test_procedures_and_risks_in_statements_are_not_findings(text, counting):
    claim = _read(text, Author("company", "statement"))
    assert (claim.kind if claim and claim.counts else None) == counting


@pytest.mark.parametrize(
    "text",
    [
        "Suppliers must report to us any incidents of slavery or human trafficking found in their "
        "business.",
        "Our ethics team opens a case if a rights violation is reported by a worker.",
        "Support for many families whose earnings fall after a step we take to eliminate the use "
        "of forced labour.",
        "The board oversees reported violations of the code of conduct.",
        "We remain committed to taking steps whenever forced labour or child labour is discovered "
        "in our supply chain.",
    ],
)
def test_procedures_for_violations_are_not_findings_of_them(text):
    claim = _read(text, Author("company", "statement"))
    assert not (claim and claim.counts and claim.kind == "adverse")


def test_a_statement_that_reports_violations_it_found_is_still_adverse():
    for text in (
        "During the year two suppliers were identified as using forced labour in their "
        "dormitories.",
        "Our audits found recruitment fees charged to 40 migrant workers at one supplier.",
    ):
        claim = _read(text, Author("company", "statement"))
        assert claim is not None and claim.counts and claim.kind == "adverse", text


@pytest.mark.parametrize(
    "text",
    [
        "Support for most affected families whose earnings fall after a step we take to "
        "eliminate the use of forced labour or child labour.",
        "The companies have established policies relating to grievances, bullying and harassment.",
        "Our training explains the company's obligations relating to forced labour and child "
        "labour legislation.",
    ],
)
def test_topics_and_policies_are_not_findings(text):
    claim = _read(text, Author("company", "statement"))
    assert not (claim and claim.counts and claim.kind == "adverse")


def test_established_that_is_still_a_finding():
    text = "The assessors established that wages had been withheld from 30 migrant workers."
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert claim is not None and claim.kind == "adverse"


@pytest.mark.parametrize(
    ("text", "counting"),
    [
        # what a check is for is not what it found
        ("These checks are backed by a survey of new staff to ensure there are no signs of bonded "
         "labour.", None),
        ("A hotline is run so as to make sure there is no forced labour among agency staff.", None),
        # a purpose beside a finding: the finding counts
        ("We surveyed new staff to confirm there were no recruitment fees and found no forced "
         "labour.", "clean"),
    ],
)
def test_a_purpose_is_not_a_clean_conclusion(text, counting):
    claim = _read(text, Author("company", "statement"))
    assert (claim.kind if claim and claim.counts else None) == counting


# German: the case in point (a German carmaker, a German consultancy, German law and press) is
# reported in German as often as in English. Invented sentences; labels written before the
# German word classes.
@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        ("Die Prüfung hat keine Hinweise auf Zwangsarbeit in dem Werk ergeben.", "clean", None),
        ("Die Prüfer fanden keine Anzeichen von Zwangsarbeit bei dem Zulieferer.", "clean",
         "auditor"),
        ("Es seien keine Belege für Zwangsarbeit gefunden worden, teilte der Konzern am Montag "
         "mit.", "clean", "company"),
        ("Laut der Beratungsfirma gibt es in der Fabrik keine Zwangsarbeit.", "clean", "auditor"),
        ("Unabhängige Prüfungen sind in der Region nicht möglich, sagte die Prüfgesellschaft.",
         "decline", "auditor"),
        ("Die Inspektoren stellten fest, dass den Arbeitern die Pässe abgenommen worden waren.",
         "adverse", "official"),
        # not clean conclusions
        ("Lieferanten dürfen keine Zwangsarbeit einsetzen.", None, None),
        ("Ob es in dem Werk Zwangsarbeit gibt, konnte die Prüfung nicht feststellen.", None, None),
        ("Das Unternehmen verbietet Zwangsarbeit und Kinderarbeit.", None, None),
    ],
)
def test_german_conclusions_are_read_by_the_same_structure(text, kind, speaker):
    claim = _read(text, Author("journalist", "a news item"))
    got = claim.kind if claim and claim.counts else None
    assert got == kind
    if speaker:
        assert claim is not None and claim.speaker == speaker


# Failure accounts in forms the tuned sets did not use, written as a fresh probe of how the
# grammar generalises (labels before the code); each has a near neighbour that is no failure.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The auditors spent four hours at the site and spoke to nobody outside the office.",
         "failure"),
        ("None of the workers we met had ever been asked by an auditor about their debts.",
         "failure"),
        ("Workers said they were warned they would lose their jobs if they complained to the "
         "auditors.", "failure"),
        ("The assessment relied entirely on documents supplied by the factory.", "failure"),
        ("Auditors were taken to a showcase line while the subcontracted workshop next door kept "
         "running.", "failure"),
        ("The audit report copied whole paragraphs from the previous year's report, including the "
         "wrong headcount.", "failure"),
        ("Although the factory held a valid certificate, inspectors later found children working "
         "night shifts.", "failure"),
        ("Timesheets presented to the auditors had been prepared specially for the visit.",
         "failure"),
        ("Only workers picked by the supervisor were interviewed, and all of them gave identical "
         "answers.", "failure"),
        # neighbours that are no failure
        ("The auditors spoke to 40 workers outside the office.", None),
        ("The assessment relied on documents, private interviews and a tour of every line.", None),
        ("The auditors were taken to every production line and to the dormitories.", None),
        ("Interviewees were picked by the auditors from the full payroll.", None),
        ("The factory has held a valid certificate since 2019.", None),
    ],
)
def test_failure_accounts_in_new_forms(text, kind):
    claim = _read(text, Author("critic", "an NGO report"))
    assert (claim.kind if claim and claim.counts else None) == kind


# Narrative failure accounts: what happened around the visit, not a verdict on it. Invented,
# labels before the code; the neighbours keep the same words without the staging.
@pytest.mark.parametrize(
    ("text", "failure"),
    [
        ("The auditors came to the factory in March. We were told to say that we kept our own "
         "passports.", True),
        ("As soon as the inspectors had gone, the locks went back on the dormitory doors.", True),
        ("Gate records show that no one from the certification body entered the site on the date "
         "of the audit.", True),
        ("The supervisor stood at the back of the room while the auditor asked questions.", True),
        ("Workers hired through the agency were given the day off when the auditors visited.",
         True),
        ("Every worker the auditors spoke to gave the same answer, word for word, about overtime.",
         True),
        # neighbours
        ("The auditors came to the factory in March. We were told that our contracts would be "
         "renewed.", False),
        ("After the auditors left, the managers held a meeting to plan the corrective actions.",
         False),
        ("The supervisor stood at the back of the room during the safety training.", False),
        ("Workers were given the day off for the national holiday.", False),
    ],
)
def test_narrative_failure_accounts(text, failure):
    from auditcheck.document import document_from_text

    report = auditcheck.evaluate(document_from_text("# Account\n\n" + text, path="account.md"))
    assert any(c.kind == "failure" and c.counts for c in report.claims) is failure


# Adverse findings in forms the tuned sets did not use, from a fresh probe (labels before the
# code); the neighbours use the same words for a right kept or a clean result.
@pytest.mark.parametrize(
    ("text", "adverse"),
    [
        ("Our visit uncovered that 37 workers owed their agent the equivalent of eight months' "
         "wages.", True),
        ("Twelve of the 30 workers interviewed said they had paid between USD 1,500 and 4,000 to "
         "brokers at home.", True),
        ("Migrant workers reported that their contracts had been switched on arrival.", True),
        ("We identified 14 children under 15 working in the packing section.", True),
        ("Wages for March and April had not been paid at the time of our visit.", True),
        ("Out of 200 workers, 48 had had their wages withheld for more than two months.", True),
        ("Workers told the assessors that they were not allowed to keep their phones during "
         "shifts.", True),
        ("Half of the crew had been recruited through brokers who charged fees and kept their "
         "seaman's books.", True),
        ("The report documents forced overtime during peak season on all four farms.", True),
        ("Auditors found that the agency deducted a 'service charge' from every pay packet.", True),
        # neighbours
        ("Workers said they had not paid any fees to brokers.", False),
        ("Workers are allowed to keep their phones during shifts.", False),
        ("The report documents the audit method in detail.", False),
        ("Wages for March and April were paid on time.", False),
    ],
)
def test_adverse_findings_in_new_forms(text, adverse):
    claim = _read(text, Author("auditor", "the assessor's own report"))
    assert (claim is not None and claim.counts and claim.kind == "adverse") is adverse


def test_a_dateline_under_a_headline_makes_the_text_a_news_story():
    text = (
        "# Toolmaker says supplier audit found no forced labour\n\n"
        "OSLO, May 2 (Fjord Wire) - Hammerby Tools said on Tuesday that an audit of a supplier "
        "had found no forced labour.\n\nThe company did not name the audit firm."
    )
    assert _author_speaker(text, "wire.md") == "journalist"


@pytest.mark.parametrize(
    ("text", "failure"),
    [
        # a company stating the limits of its own audits: an honest limit, not an account that
        # someone's audit failed
        ("We recognise that our audits did not cover the recruitment agencies in Nepal.", False),
        ("Our audits do not include the spinning mills that supply our suppliers.", False),
        # a company admitting that an audit missed abuse is still an account of its failure
        ("The audit firm we hired missed the debt bondage that journalists later found.", True),
    ],
)
def test_a_company_s_own_audit_limits_are_not_a_failure_account(text, failure):
    claim = _read(text, Author("company", "a company statement"))
    assert (claim is not None and claim.counts and claim.kind == "failure") is failure


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        # each defect of method names itself in the finding, so a reader sees which one
        ("The audits of the cotton gins were paid for by the gin owners themselves.", "paid"),
        ("Inspectors from the certifier accepted envelopes of cash from the mill.", "money"),
        ("The 'site visit' turned out to be a video call with the HR manager.", "lesser"),
        ("The social audit was conducted by the supplier's own compliance staff.", "own people"),
        ("The auditors questioned crew in English, which none of the Cambodian deckhands speak.",
         "language"),
        ("Two findings on recruitment fees were removed from the report before it was issued.",
         "removed"),
        ("The 2022 and 2023 audit reports are virtually identical, line by line.", "copied"),
        ("No worker at the farm could remember ever meeting an auditor.", "never met"),
    ],
)
def test_each_defect_of_method_is_a_failure_account_with_its_own_cue(text, cue_word):
    claim = _read(text, Author("critic", "an NGO report"))
    assert claim is not None and claim.kind == "failure" and claim.counts, claim
    assert cue_word in claim.cue


@pytest.mark.parametrize(
    "text",
    [
        # an assessor stating its own method's limit in its own report: honest, not a failure
        "Interviews were held in Thai, a language some of the workers do not fully understand.",
        # a defect as a rule or as talk about the sector, not about one audit
        "Auditors must never accept bribes from the sites they audit.",
        "Across the industry, audits are generally paid for by the factories being audited.",
        # a method described, not disparaged
        "The verification consisted of a document review and 30 worker interviews.",
        # a scope stated without abuse placed outside it
        "The audit covered only the main plant; the warehouses were not included in its scope.",
    ],
)
def test_limits_rules_and_descriptions_are_not_defect_accounts(text):
    claim = _read(text, Author("auditor", "an audit report"))
    assert claim is None or not (claim.kind == "failure" and claim.counts), claim


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an appositive names who speaks
        ("Mara Olsen, head auditor at Nordvale Assurance, said the dye house met all "
         "requirements on wages and hours.", "auditor"),
        # the finder named after the finding, with a verb of reporting rather than saying
        ("Pickers on the berry farm had paid fees of EUR 900 each to a broker, the regional "
         "labour inspectorate reported.", "official"),
        # an organisation of workers is a critic, not workers speaking
        ("Migrants at the yard had their passports kept by the contractor, the building "
         "workers' federation said.", "critic"),
    ],
)
def test_who_speaks_from_appositives_trailing_finders_and_workers_organisations(text, speaker):
    claim = _read(text, Author("unknown", "no cue"))
    assert claim is not None and claim.counts and claim.speaker == speaker, claim


def test_a_raid_in_the_sentence_after_an_audit_outcome_is_a_failure_account():
    import sys as _sys

    _sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from claims import tool_claim

    text = (
        "The spinning mill passed its social audit in March. In June, police removed 22 "
        "workers from its premises."
    )
    assert tool_claim(text)[0] == "failure"
    # the same raid with no audit outcome before it is no account of an audit
    assert tool_claim("In June, police removed 22 workers from a spinning mill.")[0] != "failure"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # refusing someone's audit as evidence judges that audit: a failure account, not a decline
        ("The tribunal does not accept the social audit as evidence that the farm used no "
         "forced labour.", "failure"),
        ("The inspectorate found that the audit cannot support the company's claims.", "failure"),
        # saying no audit there could give credible assurance is the speaker's own decline, and
        # 'that work there is voluntary' is its content, not a clean claim
        ("We have concluded that no audit of a mill in the region, however it is designed, could "
         "give us credible assurance that work there is voluntary.", "decline"),
        # documents examined are not violations found
        ("The assessors checked receipts, loan records and fee schedules against what workers "
         "told them.", None),
    ],
)
def test_verdicts_on_audits_declines_and_documents_examined(text, kind):
    claim = _read(text, Author("unknown", "no cue"))
    got = claim.kind if claim is not None and claim.counts else None
    assert got == kind, claim


def test_a_text_signed_for_a_public_office_is_an_official_s():
    text = (
        "# Determination on petition\n\nThe petition for release of the goods is denied. The "
        "audit relied on interviews attended by a district official.\n\n"
        "Signed for the Import Review Office: Deputy Director A. Moreau, 3 May 2026"
    )
    assert _author_speaker(text, "d.md") == "official"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a relative clause's own negation does not reach the finding outside it
        ("The monitor, which takes no money from the farms it assesses, found passports held by "
         "the labour agent.", "adverse"),
        ("The assessors, who had no access to the dormitories, found that wages were withheld "
         "for three months.", "adverse"),
        ("The auditors, who spoke to 80 workers, found no forced labour.", "clean"),
    ],
)
def test_a_relative_aside_keeps_its_negation_to_itself(text, kind):
    claim = _read(text, Author("unknown", "no cue"))
    assert claim is not None and claim.counts and claim.kind == kind, claim


def test_a_day_month_dateline_makes_a_news_story():
    text = (
        "# Processor repays fees\n\nBANGKOK, 21 May (Harbour Wire) - A processor has repaid "
        "recruitment fees after an assessment, the assessor said on Wednesday."
    )
    assert _author_speaker(text, "w.md") == "journalist"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # what follows a verb of saying is what was said, not who said it
        ("The pickers said no auditor had ever been to the farm.", "workers"),
        # the speaker after the verb only in the inverted order, or after 'according to'
        ("No recruitment fees were found at the plant, said the auditors.", "auditor"),
        ("According to the auditors, no recruitment fees were found at the plant.", "auditor"),
        # a plural 'say' reports speech like 'says'
        ("The deckhands we met say the auditors only spoke to the captain.", "workers"),
    ],
)
def test_who_said_it_is_not_read_from_what_was_said(text, speaker):
    claim = _read(text, Author("unknown", "no cue"))
    assert claim is not None and claim.counts and claim.speaker == speaker, claim


@pytest.mark.parametrize(
    ("author", "text", "counts_as"),
    [
        # auditors kept out, told by someone else: a failure account
        ("journalist", "The auditors were denied access to the crew quarters, the union said.",
         "failure"),
        # the assessor's or the company's own limit stays a limit
        ("auditor", "We were not given access to the dormitories, so our conclusion does not "
         "cover them.", None),
        # a clean claim nobody could test is reported in order to dispute it
        ("journalist", "The ministry insists that the training programmes are voluntary, a claim "
         "no independent researcher has been allowed to verify.", None),
    ],
)
def test_access_denied_and_untestable_claims(author, text, counts_as):
    claim = _read(text, Author(author, "a cue"))
    got = claim.kind if claim is not None and claim.counts else None
    assert got == counts_as, claim

def test_an_assessor_s_header_fields_make_the_text_the_assessor_s_own():
    text = (
        "# Assessment summary: Lotus Cannery, Songkhla\n\n"
        "**Assessor:** Tern Bay Labour Assessment, lead assessor K. Chai.\n"
        "**Commissioned by:** Northwind Foods (buyer).\n\n"
        "Interviews with 90 workers off site found recruitment fees paid by 40 of them."
    )
    assert _author_speaker(text, "summary.md") == "auditor"


def test_first_person_inside_quotations_does_not_make_the_author_the_quoted_auditor():
    # a news story without a dateline whose only "we" is the lead auditor's, in quotation marks
    text = """# Tannery audit in Kanpur finds unpaid overtime, auditor says

An audit of a tannery in Kanpur that supplies a German shoe brand found unpaid overtime but no
sign of forced labour, according to the firm that ran it.

The audit was commissioned by the brand after a complaint from a workers' group and carried out
in March by Ganga Compliance, a firm based in Lucknow.

"We found overtime that was never paid in the finishing unit," the firm's lead auditor, Ravi
Menon, said. "We did not see anything that points to forced labour, but we were there for two
days and we did not visit the contractors who supply hides."

The brand said the tannery had agreed to pay the overtime by June.
"""
    from auditcheck.claims.author import author_of
    from auditcheck.document import document_from_text
    from auditcheck.roles import classify_role

    document = document_from_text(text, path="story.md")
    # with the role guessed from its audit words, as the pipeline calls it
    assert author_of(document, classify_role(document).role).speaker != "auditor"


def test_a_byline_naming_a_person_and_an_ngo_makes_the_ngo_the_author():
    # the quoted "our supply chain" is the brand's; the byline says who wrote the briefing
    text = """# A spring audit cannot see an autumn harvest

*Analysis by Jonas Weber, Baltic Labour Rights Centre*

The home-goods brand Lindqvist Home says that "an independent audit of our supply chain has
confirmed that our cotton is free of forced labour". The audit report, which we have read,
records a single day at a spinning mill in April, and says that the harvest was outside its
scope. An audit that never saw the harvest cannot confirm anything about how the cotton was
picked, and the auditors did not claim it could. We have asked the brand to withdraw the claim.
"""
    from auditcheck.claims.author import author_of
    from auditcheck.document import document_from_text
    from auditcheck.roles import classify_role

    document = document_from_text(text, path="briefing.md")
    assert author_of(document, classify_role(document).role).speaker == "critic"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("*Report by the Mekong Migrant Rights Network, Phnom Penh, May 2026 (summary)*", "critic"),
        ("*Briefing by the Coastal Fishers' Union Federation, June 2026*", "critic"),
        ("Prepared by Osprey Social Audit Services", "auditor"),
    ],
)
def test_a_byline_naming_only_the_body_says_who_wrote_the_text(byline, author):
    text = f"""# Notes on the audit of a packing plant

{byline}

The audit of the packing plant in March recorded no findings on forced labour. Workers who
spoke to us later described recruitment fees and passports held by a supervisor.
"""
    assert _author_speaker(text, "byline.md") == author


def test_a_verb_of_saying_in_the_passive_does_not_make_its_subject_the_speaker():
    from claims import tool_claim

    # the company was told; it said nothing, so the absence is not the company's claim
    text = (
        "From the day the company was told of our findings until publication, no threats "
        "against the workers we interviewed were reported to us."
    )
    assert tool_claim(text)[1] != "company"


_SEVERITY_TABLE = """# Audit summary

| Area | Critical | Major | Minor |
|---|---|---|---|
| Forced labour | 0 | 1 | 0 |
| Working hours | 0 | 0 | 0 |
| Health and safety | 0 | 0 | 2 |
"""


def test_a_table_of_counts_by_severity_states_its_non_conformities():
    document, reading = _claims_of(_SEVERITY_TABLE)
    adverse = {c.evidence.quote.split("|")[0].strip() for c in reading.claims if c.kind == "adverse"}
    # a count above zero in any severity column is a finding under that row; a row of zeros is not
    assert adverse == {"Forced labour", "Health and safety"}


# A sector's conditions as others have reported them, in a statement's risk section, are context,
# not a finding of the statement's own assessment; one named investigation's finding still is.
# Invented sentences; labels written before the change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Reports by journalists, unions and public bodies have described wages far below the "
         "legal minimum and doors locked during night shifts in the city's sewing units.", None),
        ("Studies by NGOs and academics have documented debt bondage among migrant workers in "
         "the sector.", None),
        ("An investigation by the Courier found that 40 workers at the plant had their passports "
         "held by the manager.", "adverse"),
    ],
)
def test_others_reports_of_a_sector_are_context_not_findings(text, kind):
    claim = _read(text, Author("company", "first person"))
    assert (claim.kind if claim else None) == kind


# What a method can see, in the present tense, is no finding of absence; a past finding is.
# Invented sentences; labels written before the change.
@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("It does not see the loan a worker's family took out with a recruiter.", False),
        ("Our audits do not reach the brokers who charge recruitment fees in Nepal.", False),
        ("The audit did not see any sign of debt bondage at the plant.", True),
    ],
)
def test_a_method_s_reach_is_no_finding_of_absence(text, clean):
    claim = _read(text, Author("company", "first person"))
    assert (claim is not None and claim.kind == "clean") is clean


# One audit's mixed result told clean-first is no failure account; a later or other finder after
# the contrast still makes one. Invented sentences; labels written before the change.
@pytest.mark.parametrize(
    ("text", "failure"),
    [
        ("Overall the audit found no forced labour, but excessive overtime was recorded in the "
         "dyeing unit.", False),
        ("The audit found no forced labour, but it recorded excessive overtime in the dyeing "
         "unit.", False),
        ("The audit found no forced labour, but three months later police found 40 workers in "
         "debt bondage at the unit.", True),
        ("The audit found no forced labour, but workers were found locked in the dormitory by "
         "inspectors a month later.", True),
    ],
)
def test_a_mixed_result_told_clean_first_is_no_failure(text, failure):
    claim = _read(text, Author("journalist", "wire furniture"))
    assert (claim is not None and claim.kind == "failure") is failure


# A standard owner's withdrawal from a region, and background others have long documented.
# Invented sentences; labels written before the change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("From 1 May no certification body may issue or renew a Loomstar certificate to any mill "
         "that spins Turkmen cotton.", "decline"),
        ("Certificates held by such mills will be withdrawn at their next surveillance visit.",
         "decline"),
        ("Our labels are therefore not, and must not be read as, evidence that any yarn is free of "
         "forced labour.", "decline"),
        ("For many years, rights groups and UN bodies have documented that the state compels "
         "teachers and nurses to pick cotton.", None),
        ("Rights groups documented in 2025 that the mill held the passports of 40 workers.",
         "adverse"),
        ("Civil society groups have for many years reported that some mills hold back the wages "
         "of young women until their contracts end.", None),
    ],
)
def test_a_standard_owner_s_withdrawal_and_long_documented_background(text, kind):
    claim = _read(text, Author("standard_owner", "a standard owner's statement"))
    assert (claim.kind if claim else None) == kind


# A non-conformity about something other than labour shows nothing about forced labour.
# Invented sentences; labels written before the change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two minor non-conformities on chemical labelling were raised and have been closed.", None),
        ("The audit raised two fire-safety non-conformities at the warehouse.", None),
        ("The audit raised two major non-conformities on wages and overtime.", "adverse"),
    ],
)
def test_a_non_labour_non_conformity_is_no_adverse_finding(text, kind):
    claim = _read(text, Author("auditor", "report"))
    assert (claim.kind if claim else None) == kind


# A company that says it will not assert absence declines. Invented sentences; labels written
# before the change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Not for shirts containing cotton from that region, and we are not making that claim.",
         "decline"),
        ("We cannot rule it out, because no audit reaches the villages where the workers are "
         "recruited.", "decline"),
        ("The brand is making that claim on every product page.", None),
        ("We do not make that claim for yarn spun from imported cotton, for the reasons above.",
         "decline"),
        ("We will not be using the audit to describe the mill as free of forced labour.",
         "decline"),
    ],
)
def test_a_company_that_will_not_assert_absence_declines(text, kind):
    claim = _read(text, Author("company", "first person"))
    assert (claim.kind if claim else None) == kind


@pytest.mark.parametrize(
    "text",
    [
        "We visited the plant in March. When the plant changed its payroll system in January, "
        "overtime was paid five weeks late to 119 employees.",
        "We interviewed 40 workers off site. After the mill lost its largest customer, wages were "
        "withheld from the spinning workers for two months.",
        "Our team reviewed twelve months of payroll. Because the agency kept no records, six "
        "workers had paid recruitment fees that nobody had repaid.",
    ],
)
def test_a_fronted_subordinate_clause_does_not_name_the_speaker(text):
    # the site named in a "When/After/Because ..." clause is where the violation happened, not
    # who reports it: the assessor's own text states the finding
    adverse = [c for c in read_text(text).sentence_claims if c.kind == "adverse"]
    assert [(c.speaker, c.modality) for c in adverse] == [("auditor", "asserted")]


# A party that will not rely on an audit, or will not commission one where it could not work,
# declines (claim-first 5.3.1: no audit claim). Invented sentences; labels written before the
# change.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We thank the supplier for sending the report, but we have decided not to rely on that "
         "audit.", "decline"),
        ("We will not rely on the supplier's audit report for this decision.", "decline"),
        ("We have chosen not to commission audits of our cotton supply in Turkmenistan, because no "
         "auditor could work there independently.", "decline"),
        ("I would not rely on that audit, and we are not going to cite it.", "decline"),
        ("Buyers should not rely on a single audit report.", None),
        ("Workers said they did not rely on the hotline the company set up.", None),
        ("If we did not rely on audits, we would need other evidence.", None),
    ],
)
def test_a_party_that_will_not_rely_on_an_audit_declines(text, kind):
    claim = _read(text, Author("company", "statement"))
    # a conditional is read as such and does not count
    assert (claim.kind if claim and claim.counts else None) == kind
