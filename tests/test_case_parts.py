"""Case files compiled from several sources: each part speaks with its own author (invented texts).

A case file puts a newspaper report, a company statement and an NGO's comment under headings
that name each source ("## Part B — Delmont Circuits, statement to customers"). A sentence
without its own speech cue belongs to its part's author, not to whoever wrote the first part.
Labels below were written before the code that meets them.
"""

from __future__ import annotations

import pytest
from conftest import read_text, score_text

from auditcheck.claims import read_claims
from auditcheck.claims.parts import heading_speaker, source_parts
from auditcheck.document import document_from_text
from auditcheck.roles import classify_role
from auditcheck.text.index import DocumentIndex

HEADINGS = [
    ("Part A — Statement by Corvane Textiles Ltd, 3 May 2026", "company"),
    ("Part B — Report by the Baltic Courier news service, 4 May 2026", "journalist"),
    ("Part C — Briefing, Workers' Rights Forum Asia (NGO)", "critic"),
    ("Part 1 — Verification letter from Ostmark Audit Services", "auditor"),
    ("Part 2 — Ministry of Labour inspection record, 9 June 2025", "official"),
    ("Part D — Corvane's press release as quoted by the Baltic Courier", "company"),
    ("Part E — Remarks quoted by Radio Harbour", "journalist"),
    ("Source 3: Orvale Foods plc, annual modern slavery statement (extract)", "company"),
    ("Part F — Interview with the plant's former shift leader", None),
    ("Part G — Annex", None),
]


@pytest.mark.parametrize(("heading", "speaker"), HEADINGS)
def test_a_part_heading_names_the_kind_of_source(heading, speaker):
    assert heading_speaker(heading) == speaker


PENANG = """## Part A — Harbour Post, news report, 3 May 2026

PENANG — Electronics maker Delmont Circuits said on Monday that an audit of its contract
assembler in Penang had found no evidence of forced labour. The company did not name the firm
that carried out the audit.

## Part B — Delmont Circuits, statement to customers, 2 May 2026

We commissioned an independent social audit of Kenra Assembly in April. The audit found no
forced labour and no recruitment fees at the site. We are satisfied that the allegations have
been addressed.

## Part C — Migrant Workers Help Desk Penang (NGO), comment, 6 May 2026

We spoke to 31 Nepali workers at Kenra Assembly in March. Twenty-two of them told us they had
paid agents between 3,000 and 4,500 ringgit for their jobs, and nine said the company kept their
passports. The audit Delmont describes was announced a week in advance, and its interviews were
held in the factory office with a manager present.
"""


def _claims(text: str) -> list[tuple[str, str, str]]:
    reading = read_text(text, path="case.md")
    return [
        (c.kind, c.speaker, " ".join(reading.text[c.start : c.end].split()))
        for c in reading.sentence_claims
        if c.counts
    ]


def test_parts_are_found_with_their_authors():
    document = document_from_text(PENANG, path="case.md")
    parts = source_parts(document)
    assert [p.author.speaker for p in parts] == ["journalist", "company", "critic"]
    assert document.text[parts[1].start :].startswith("Part B")
    assert parts[0].end == parts[1].start


def test_the_company_part_speaks_for_the_company():
    claims = _claims(PENANG)
    clean = [(speaker, s) for kind, speaker, s in claims if kind == "clean"]
    assert any(
        speaker == "company" and s.startswith("The audit found no forced labour")
        for speaker, s in clean
    ), clean


def test_the_ngo_part_reports_its_own_findings():
    claims = _claims(PENANG)
    assert any(
        kind == "adverse" and speaker == "critic" and "paid agents" in s
        for kind, speaker, s in claims
    ), claims


def test_a_company_claim_contradicted_by_the_ngo_part_is_not_credible():
    report = score_text(PENANG, path="case.md")
    assert report.verdict.value == "not_credible"
    assert report.audit_washing.detected
    assert report.judgement.principal == "clean"


SONGKHLA = """## Part A — Orvale Foods plc, press release, 10 June 2026

Orvale Foods today publishes the results of an assessment of its prawn-processing supplier in
Songkhla, Thailand. The assessment, carried out in May by Tidewater Labour Assessments, found
that 58 Myanmar workers had paid recruitment fees of up to 20,000 baht, and that the supplier
held the work permits of 12 workers. We have required the supplier to repay every worker and to
return the permits, and Tidewater will check the repayments with the workers in September.

## Part B — Statement by the Andaman Fishers' Union, 12 June 2026

We welcome the disclosure. Our members at the plant confirm that the permits have been
returned. We found that the repayments have not started, and we will tell the company when they
do.
"""


def test_a_later_first_person_part_is_not_the_first_parts_author():
    document = document_from_text(SONGKHLA, path="case.md")
    index = DocumentIndex(document)
    reading = read_claims(document, index, classify_role(document).role)
    start = document.text.index("We found that the repayments")
    speaker, _ = reading.voice_at(index, start, start + 10)
    assert reading.author.speaker == "company"
    assert speaker == "critic"


def test_without_part_headings_a_text_has_no_parts():
    report = """# Social audit report: Kenra Assembly

## 1. Scope

The audit covered the assembly plant and its dormitory.

## 2. Findings

No non-conformities were raised.
"""
    assert source_parts(document_from_text(report, path="report.md")) == []


def test_one_part_heading_alone_is_no_case_file():
    text = "## Part A — Harbour Post, 3 May 2026\n\nThe company said an audit found no issues.\n"
    assert source_parts(document_from_text(text, path="one.md")) == []


@pytest.mark.parametrize(
    ("name", "heading"),
    [("case.txt", "{}"), ("case.md", "**{}**"), ("case.md", "{}")],
)
def test_part_lines_without_markdown_headings_still_divide_the_file(name, heading):
    """A case file pasted as plain text, or with bold lines for its part headings."""
    text = "\n".join(
        heading.format(line[3:]) if line.startswith("## ") else line for line in PENANG.splitlines()
    )
    parts = source_parts(document_from_text(text, path=name))
    assert [p.author.speaker for p in parts] == ["journalist", "company", "critic"]


def test_a_sentence_that_begins_like_a_part_heading_is_not_one():
    text = (
        "Part 2 - the audit, which took three days - found no forced labour at the site, the "
        "company said in a statement on its website that was later removed from the page.\n\n"
        "Part 3 - the follow-up - has not been published.\n"
    )
    assert source_parts(document_from_text(text, path="story.txt")) == []


def test_a_closing_signature_belongs_to_the_last_part_not_the_whole_file():
    signed = (
        PENANG
        + "\n## Part D — Statement by Harbour Audit Services, 8 May 2026\n\n"
        + "Our audit of Kenra Assembly was announced, as the client asked.\n\n"
        + "Ana Lim, Lead Auditor\n"
    )
    document = document_from_text(signed, path="case.md")
    reading = read_claims(document, DocumentIndex(document), classify_role(document).role)
    assert reading.author.reason != "signed by an auditor"
    assert source_parts(document)[-1].author.speaker == "auditor"
