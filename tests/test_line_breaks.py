"""Wrapped lines read as one sentence: a text reads the same at any line width.

Invented texts; the expectations were written before ``text/line_breaks.py``.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

import auditcheck
from auditcheck.document import document_from_text
from auditcheck.text.index import DocumentIndex
from auditcheck.text.line_breaks import soft_line_breaks

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
    report = auditcheck.evaluate(document_from_text(text, path=path))
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
    document = document_from_text(text, path=path)
    return [
        document.text[max(0, b - 12) : b] for b in soft_line_breaks(document.text, document.blocks)
    ]


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


def test_the_shadow_keeps_the_source_offsets() -> None:
    text = wrapped(LETTER, 40)
    document = document_from_text(text, path="letter.md")
    index = DocumentIndex.of(document)
    assert len(index.plain.text) == len(text)
    assert index.plain.same_offsets and not index.plain.identical
    method = slice(text.index("unannounced"), text.index("Dhaka"))
    assert "\n" in text[method] and "\n" not in index.plain.text[method]


def _paired_cases() -> list[str]:
    expected = yaml.safe_load((PAIRED / "expected.yaml").read_text(encoding="utf-8"))
    return sorted(expected.get("files", expected))


@pytest.mark.parametrize("name", _paired_cases())
def test_paired_cases_read_the_same_wrapped_at_72_columns(name: str) -> None:
    text = (PAIRED / name).read_text(encoding="utf-8")
    assert reading(wrapped(text, 72), name)[:3] == reading(text, name)[:3]
