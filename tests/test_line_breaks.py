"""Wrapped lines read as one sentence: a text reads the same at any line width.

Invented texts; the expectations were written before ``text/line_breaks.py``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from test_text_normalise import assert_maps_back

import auditcheck
from auditcheck.document import document_from_text, load_document
from auditcheck.text.index import DocumentIndex
from auditcheck.text.line_breaks import rows_of_cells, soft_line_breaks

PAIRED = Path(__file__).resolve().parent / "claims" / "paired"

#: Each paragraph on one line, as an editor that wraps softly saves it.
LETTER = "\n".join(
    [
        "# Verification statement: Selangor Rubber Gloves Sdn Bhd",
        "",
        "**Verifier:** Amberley Labour Assurance Ltd",
        "**Date:** 12 March 2026",
        "",
        "The visit was unannounced. We interviewed 96 workers, 70 of them off-site at places the "
        "workers chose, in Nepali, Bengali and Malay, without managers present. We traced the "
        "recruitment of 40 migrant workers through their agents in Kathmandu and Dhaka, checking "
        "receipts against what workers told us.",
        "",
        "We found that 31 workers had paid recruitment fees and that the employer held 200 "
        "passports. The company repaid the fees in full by 30 April 2026 and returned every "
        "passport; we checked the bank records and re-interviewed 25 workers off-site in May.",
        "",
        "Jane Okafor",
        "Lead verifier",
        "Amberley Labour Assurance Ltd",
        "",
    ]
)


def wrapped(text: str, width: int) -> str:
    """Each long line of ``text`` broken at ``width`` columns, as a PDF or an editor would
    (headings and Markdown table rows, which cannot break, are left whole)."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.startswith(("#", "|")) or len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False))
    return "\n".join(out)


def reading(text: str, path: str = "letter.md") -> tuple[object, ...]:
    fmt = "text" if path.endswith(".txt") else "markdown"
    report = auditcheck.evaluate(document_from_text(text, path=path, fmt=fmt))
    return (
        report.verdict.value,
        report.audit_washing.detected,
        report.judgement.principal,
        tuple(sorted((f.criterion_id, f.status.value) for f in report.findings)),
        tuple((c.kind, c.speaker, c.modality) for c in report.claims),
    )


@pytest.mark.parametrize("width", [38, 55, 72])
@pytest.mark.parametrize("path", ["letter.md", "letter.txt"])
def test_a_wrapped_text_reads_as_the_unwrapped_one(width: int, path: str) -> None:
    assert reading(wrapped(LETTER, width), path) == reading(LETTER, path)


def test_the_wrapped_method_is_seen() -> None:
    # off-site interviews and independence are shown only across a line break at this width
    report = auditcheck.evaluate(document_from_text(wrapped(LETTER, 38), path="letter.md"))
    statuses = {f.criterion_id: f.status.value for f in report.findings}
    assert statuses["INT-03"] == "met"


def test_quotes_stay_slices_of_the_source() -> None:
    text = wrapped(LETTER, 38)
    document = document_from_text(text, path="letter.md")
    report = auditcheck.evaluate(document)
    evidence = [e for f in report.findings for e in f.evidence]
    evidence += [c.evidence for c in report.claims]
    assert evidence
    for e in evidence:
        assert e.quote == text[e.start : e.end]


def _breaks(text: str, path: str = "x.md") -> list[str]:
    fmt = "text" if path.endswith(".txt") else "markdown"
    document = document_from_text(text, path=path, fmt=fmt)
    breaks = soft_line_breaks(document.text, document.blocks).spaces
    return [document.text[max(0, b - 12) : b] for b in breaks]


def test_wrapping_breaks_are_found_and_others_kept() -> None:
    text = (
        "We interviewed 96 workers, 70 of them off-site at places the workers\n"
        "chose, without managers present, and traced their recruitment fees.\n"
        "\n"
        "Auditor: Amberley Labour Assurance Ltd, accredited by the scheme owner\n"
        "Audit date: 12 March 2026\n"
        "\n"
        "- passports held by the employer in a locked office at the factory\n"
        "- recruitment fees paid to agents in Nepal and Bangladesh by workers\n"
        "\n"
        "Jane Okafor\n"
        "Lead verifier\n"
        "Amberley Labour Assurance Ltd\n"
    )
    # only the first paragraph's break wraps a sentence: the field line, the list items and
    # the signature lines each keep theirs
    assert _breaks(text) == [" the workers"]


def test_a_line_ending_with_a_colon_keeps_its_break() -> None:
    text = (
        "The verification covered the following points at the plant in Klang:\n"
        "recruitment fees, passports, overtime and the freedom to leave the hostel.\n"
    )
    assert _breaks(text, "x.txt") == []


def test_the_shadow_reads_the_wrapped_method_on_one_line() -> None:
    text = wrapped(LETTER, 40)
    document = document_from_text(text, path="letter.md")
    plain = DocumentIndex.of(document).plain
    start, end = plain.plain_span(text.index("unannounced"), text.index("Dhaka"))
    assert "\n" in text[text.index("unannounced") : text.index("Dhaka")]
    assert "\n" not in plain.text[start:end]
    # a wrap that breaks no word at a hyphen writes spaces only: offsets stay the source's
    unhyphenated = "\n".join(textwrap.wrap(" ".join(LETTER.split()), 40, break_on_hyphens=False))
    index = DocumentIndex.of(document_from_text(unhyphenated, path="letter.md"))
    assert index.plain.same_offsets and not index.plain.identical


def _paired_cases() -> list[str]:
    expected = yaml.safe_load((PAIRED / "expected.yaml").read_text(encoding="utf-8"))
    return sorted(expected.get("files", expected))


@pytest.mark.parametrize("name", _paired_cases())
def test_paired_cases_read_the_same_wrapped_at_72_columns(name: str) -> None:
    text = (PAIRED / name).read_text(encoding="utf-8")
    assert reading(wrapped(text, 72), name)[:3] == reading(text, name)[:3]


HYPHENATED = (
    "We interviewed nine of the Nepali workers in Nepali with an inter-\n"
    "preter we engaged ourselves at the hostel, and the third-\n"
    "  party agency in Kathmandu was checked for its recruit-\n"
    "ment fees paid by the workers themselves, then we left.\n"
)


def test_a_word_hyphenated_across_lines_reads_whole_and_maps_back() -> None:
    document = document_from_text(HYPHENATED, path="h.txt", fmt="text")
    plain = DocumentIndex.of(document).plain
    assert_maps_back(
        plain,
        HYPHENATED,
        (
            ("interpreter", "inter-\npreter"),
            ("recruitment fees", "recruit-\nment fees"),
            # a compound keeps its hyphen; the break and the indent go
            ("third-party", "third-\n  party"),
        ),
    )


def test_a_dash_or_a_capitalised_line_after_a_hyphen_is_no_hyphenated_word() -> None:
    text = (
        "The assessment team spoke with the workers in the dormitories -\n"
        "Nepali and Burmese workers were interviewed apart from the managers.\n"
    )
    document = document_from_text(text, path="d.txt", fmt="text")
    assert soft_line_breaks(document.text, document.blocks).joins == []


RUN_IN = (
    "Progress verification: Harbour Knitwear, Irbid\n\n"
    "We reviewed the repayment ledger and bank records and interviewed 40 workers off-site in "
    "Bengali and Sinhala.\n\n"
    "{label} Repayments had been made to 512 of the 918 workers on the agreed fee table; the "
    "rest are due by 31 December.\n"
)


def test_a_run_in_heading_reads_with_its_sentence_in_plain_text_as_in_bold() -> None:
    # a PDF loses the bold that keeps "Recruitment fees: remediation under way." with the
    # sentence it introduces; the finding must read the same either way
    bold = _report_of(RUN_IN.format(label="**Recruitment fees: remediation under way.**"), "md")
    plain = _report_of(RUN_IN.format(label="Recruitment fees: remediation under way."), "text")
    assert [c.kind for c in bold.claims] == [c.kind for c in plain.claims]
    assert "adverse" in [c.kind for c in plain.claims]


def _report_of(text: str, fmt: str) -> auditcheck.Report:
    path = "v.md" if fmt == "md" else "v.txt"
    return auditcheck.evaluate(
        document_from_text(text, path=path, fmt="markdown" if fmt == "md" else "text")
    )


FLATTENED = (
    "Summary of findings\n\n"
    "Indicator Finding Severity\n"
    "Retention of identity documents 1,188 passports held in HR safe Critical\n"
    "Debt bondage / recruitment fees 76% of sampled migrants paid fees abroad\n"
    "Critical\n"
    "Withholding of wages Not found -\n"
    "Excessive overtime Not found -\n"
)


def test_rows_of_a_flattened_table_are_sentences_of_their_own() -> None:
    # a PDF's results table comes as lines of cells; run together, "Not found" two rows down
    # read as a conclusion about the passports above it
    document = document_from_text(FLATTENED, path="t.txt", fmt="text")
    index = DocumentIndex.of(document)
    sentences = [
        document.text[s:e] for b in document.blocks for s, e in index.sentences(b) if "\n" in b.text
    ]
    assert "Withholding of wages Not found -" in sentences
    assert "Excessive overtime Not found -" in sentences
    report = auditcheck.evaluate(document)
    assert "clean" not in [c.kind for c in report.claims if c.counts]


def test_wrapped_prose_is_no_table() -> None:
    assert not rows_of_cells(wrapped(LETTER, 40).split("\n")[6:12])
    assert rows_of_cells(FLATTENED.split("\n")[2:7])


def test_a_flattened_results_table_in_a_pdf_is_read_row_by_row() -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, "Audit results by issue", new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(90, 40, 40)) as table:
        for cells in (
            ("Issue", "Non-conformities", "Observations"),
            ("1 Freely chosen employment", "0", "0"),
            ("5 Wages", "2", "1"),
            ("6 Working hours", "0", "3"),
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 6, "Report date: 10 June 2025", new_x="LMARGIN", new_y="NEXT")
    report = auditcheck.evaluate(load_document("summary.pdf", data=bytes(pdf.output())))
    # the wages row counts two non-conformities; observations are not violations
    assert [(c.kind, c.evidence.quote) for c in report.claims] == [("adverse", "5 Wages 2 1")]
