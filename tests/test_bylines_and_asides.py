"""A news byline names a journalist author, and an aside between a speaker and its verb does not
hide the speaker (invented texts; labels written before the code)."""

from __future__ import annotations

from conftest import read_text

STORY = """# Glove maker's clean audit claim questioned

*The Harbour Times · business · 3 May 2026*

By Anna Berg and Tomas Lind

The brand's website, updated in June, says: "Our audits confirmed that our suppliers are free
of forced labour." An audit report seen by the Times records passports held by managers.
"""


def test_a_byline_of_names_under_a_headline_is_a_journalists():
    assert read_text(STORY).author.speaker == "journalist"


def test_a_byline_naming_an_organisation_is_not_read_as_a_reporters():
    # without the outlet's own line, which names a newspaper whoever signs
    text = STORY.replace("By Anna Berg and Tomas Lind", "By the Harbour Migrant Rights Network")
    text = text.replace("*The Harbour Times · business · 3 May 2026*\n\n", "")
    assert read_text(text).author.speaker != "journalist"


def test_an_aside_between_the_speaker_and_its_verb_keeps_the_speaker():
    clean = [c for c in read_text(STORY).sentence_claims if c.kind == "clean" and c.counts]
    assert [(c.speaker, c.modality) for c in clean] == [("company", "reported")]


def test_a_headline_that_questions_a_clean_claim_does_not_make_it():
    headline = [c for c in read_text(STORY).sentence_claims if c.start == 2]
    assert [(c.kind, c.modality) for c in headline] == [("clean", "disputed")]


WIRE = """# Glove maker says audit cleared its dormitories

*Harbour Newswire — 4 May 2026*

IPOH, Malaysia — Glove maker Perak Latex said on Monday that an audit of its dormitories had
found no forced labour, answering a report by a migrant workers' group that residents could not
leave at night.
"""


def test_a_city_and_country_dateline_makes_the_author_a_journalist():
    text = WIRE.replace("*Harbour Newswire — 4 May 2026*\n\n", "")
    assert read_text(text).author.speaker == "journalist"


def test_a_newswire_byline_makes_the_author_a_journalist():
    text = WIRE.replace("IPOH, Malaysia — ", "")
    assert read_text(text).author.speaker == "journalist"


def test_a_capitalised_section_label_with_a_dash_is_no_dateline():
    report = """# Social audit report: Perak Latex Sdn Bhd

SCOPE — The audit covered the glove plant and both dormitories.

FINDINGS — We found no forced labour indicators during the visit.
"""
    assert read_text(report).author.speaker != "journalist"


def test_an_assessment_named_as_the_finder_is_the_auditors_even_without_an_author():
    reading = read_text("The verification found that 12 workers had not been repaid in full.\n")
    adverse = [c for c in reading.sentence_claims if c.kind == "adverse" and c.counts]
    assert [(c.speaker, c.modality) for c in adverse] == [("auditor", "reported")]


DATELINED = """# Grower disputes assessment

{dateline} — An assessment of a berry farm near Huelva found that pickers owed recruitment
debts. The summary lists "retention of identity documents" among the indicators found.

The grower said in a statement that it rejected the findings.
"""


def test_a_dateline_in_bold_or_with_a_year_and_state_is_wire_furniture():
    for dateline in (
        "**HUELVA, May 4 (Iberian Wire)**",
        "HUELVA, May 4 (Iberian Wire)",
        "ALMA, Ga., Aug. 20, 2026 (Southern Wire Service)",
        "**ALMA, Ga., Aug. 20, 2026 (Southern Wire Service)**",
    ):
        reading = read_text(DATELINED.format(dateline=dateline))
        assert reading.author.speaker == "journalist", dateline


def test_what_an_assessment_s_summary_lists_is_the_assessor_s_finding():
    reading = read_text(DATELINED.format(dateline="HUELVA, May 4 (Iberian Wire)"))
    listed = [
        c
        for c in reading.sentence_claims
        if c.kind == "adverse" and "lists" in reading.text[c.start : c.end]
    ]
    assert listed and listed[0].speaker == "auditor"


def test_a_statement_issued_by_an_observatory_is_a_critic_s():
    text = (
        "# Statement on the audit of a Fujian shoe factory\n\n"
        "**Issued by Silk Road Labour Observatory, Amsterdam — 10 June 2026**\n\n"
        "On 28 May the brand published a summary of an audit of its supplier and said the audit "
        "found no forced labour. The audit summary does not mention the transferred workers.\n"
    )
    assert read_text(text).author.speaker == "critic"


def test_an_investor_s_stewardship_note_is_an_outsider_s():
    text = (
        "# Engagement note: a holding's audit claim\n\n"
        "*Northmoor Pension Trust — stewardship team, 12 September 2026*\n\n"
        "The company told us that a social audit in June found no forced labour at its spinner. "
        "We have asked it to publish the report.\n"
    )
    assert read_text(text).author.speaker == "critic"


def test_a_byline_names_its_writer_not_the_audit_it_is_about():
    # "Statement by the Alliance on the audit at ...": the union wrote it; the audit is its topic
    text = (
        "# Statement by the Harbour Textile Workers' Federation on the audit at Linh Dong Garments\n\n"
        "We have spoken with 20 workers since the audit. They describe unpaid overtime that the "
        "audit report does not mention.\n"
    )
    assert read_text(text).author.speaker == "critic"


def test_a_call_on_others_to_stop_is_their_act_not_the_speaker_s():
    text = (
        "The federation calls on the buyers of Linh Dong Garments Co., Ltd., a maker of school "
        "uniforms in Hai Phong province, to stop describing the factory as audit-approved.\n"
    )
    assert [c.kind for c in read_text(text).sentence_claims if c.counts] == []


def test_a_public_body_s_letterhead_makes_the_author_an_official():
    text = (
        "DECISION ON A REQUEST TO LIFT A DETENTION ORDER\n"
        "National Customs Authority – Forced Labour Desk\n\n"
        "The importer submitted a social audit of the plantation that reported no indicators of "
        "forced labour. The Authority does not accept it as evidence: workers were interviewed in "
        "the estate office with a supervisor present.\n"
    )
    assert read_text(text).author.speaker == "official"


def test_a_title_case_headline_about_a_public_body_is_no_letterhead():
    text = (
        "Customs Agency Detains Malaysian Palm Oil Over Forced Labour Claims\n\n"
        "KUALA LUMPUR, June 9 (Reuters) - A customs agency detained shipments of palm oil on "
        "Tuesday, the importer said.\n"
    )
    assert read_text(text).author.speaker == "journalist"


def test_a_company_s_press_office_is_no_public_body():
    # at the top, where a letterhead stands, and signing off below the prose
    heading = "Press Office, Larkspur Home\n3 October 2026\n\n"
    body = (
        "Thank you for your questions. An external review of our supplier found no forced labour, "
        "and we are confident our products are free of it.\n"
    )
    for text in (heading + body, body + "\nPress Office, Larkspur Home\n"):
        assert read_text(text).author.speaker != "official"


def test_a_letterhead_may_name_the_place_a_public_body_serves():
    text = (
        "REGIONAL LABOUR INSPECTORATE CLUJ\n"
        "Decision no. 412 of 3 March 2026\n\n"
        "Inspectors found that the passports of 12 workers were held by the agency. At a "
        "follow-up visit, inspectors confirmed that all 12 passports had been returned.\n"
    )
    reading = read_text(text)
    assert reading.author.speaker == "official"
    # the inspectorate's own inspectors speak for it: its confirmation is asserted, not relayed
    assert {(c.kind, c.speaker, c.modality) for c in reading.sentence_claims} >= {
        ("clean", "official", "asserted")
    }
