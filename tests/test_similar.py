"""Clone and boilerplate detection across files, and the generic-findings share."""

from __future__ import annotations

import shutil

import pytest

from typer.testing import CliRunner

from auditcheck.cli.similar import similar
from auditcheck.document import document_from_text, load_document
from auditcheck.classify.clones import collect_files, find_similar, passages_of
from auditcheck.similar import generic_share, is_generic
from tests.conftest import SAMPLES

CLONES = SAMPLES / "clones"


def _run_similar(*args: str):
    import typer

    app = typer.Typer()
    app.command()(similar)
    return CliRunner().invoke(app, list(args))


@pytest.mark.slow  # several seconds (every bundled sample, every pair): CI runs it
def test_similar_finds_the_planted_pair_and_nothing_else():
    result = _run_similar(str(SAMPLES))
    assert result.exit_code == 0, result.output
    pair_lines = [line for line in result.output.splitlines() if line and not line.startswith(" ")]
    assert len(pair_lines) == 1, pair_lines
    assert (
        "harbourline-knitwear-audit.md" in pair_lines[0]
        and "meridian-textiles-audit.md" in pair_lines[0]
    )
    assert "similarity 0.9" in pair_lines[0]
    shared = [line for line in result.output.splitlines() if line.startswith("    ")]
    assert any("walk-through of all production areas" in line for line in shared)


def test_pair_lists_shared_passages_and_not_the_differing_ones():
    (pair,) = find_similar([CLONES])
    texts = [a.text for a, _, _ in pair.shared]
    assert any(t.startswith("Documents reviewed included the personnel register") for t in texts)
    assert not any("blocked aisles" in t or "labelling of chemical containers" in t for t in texts)
    assert pair.share > 0.8


def test_a_renamed_copy_is_found_and_unrelated_reports_are_not(tmp_path):
    source = SAMPLES / "02-smeta-announced-supplier-paid.md"
    text = source.read_text(encoding="utf-8")
    (tmp_path / "original.md").write_text(text, encoding="utf-8")
    (tmp_path / "copy.md").write_text(
        text.replace("Meblex", "Sofatek").replace("Leszno", "Kalisz"), encoding="utf-8"
    )
    shutil.copy(SAMPLES / "07-ngo-investigation-finds-forced-labour.md", tmp_path / "other.md")
    pairs = find_similar([tmp_path])
    assert [(p.path_a.rsplit("/", 1)[-1], p.path_b.rsplit("/", 1)[-1]) for p in pairs] == [
        ("copy.md", "original.md")
    ]


def test_headings_notices_and_short_passages_are_ignored():
    doc = document_from_text(
        "# Scope and method of this audit report for the site\n\n"
        "Copyright 2024 Example Audits. All rights reserved; this report may not be reproduced without written consent.\n\n"
        "Short paragraph here.\n\n"
        "The auditors reviewed twelve months of time records and compared them with payroll for every worker sampled.\n",
        path="x.md",
    )
    assert [p.text[:15] for p in passages_of(doc)] == ["The auditors re"]


def test_same_report_in_two_formats_is_read_once(tmp_path):
    for name in ("report.md", "report.pdf", "other.txt", "README.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in collect_files([tmp_path])] == ["other.txt", "report.md"]


def test_generic_share_separates_boilerplate_findings_from_specific_ones():
    for clone in CLONES.glob("*.md"):
        assert generic_share(load_document(clone)) > 0.5
    assert generic_share(load_document(SAMPLES / "01-thorough-forced-labour-assessment.md")) < 0.2


def test_is_generic():
    assert is_generic("The facility complies with all applicable local laws and regulations.")
    assert is_generic("No major non-conformities were identified during this audit.")
    assert not is_generic("No non-conformities were identified in 3 of the 7 areas sampled.")
    assert not is_generic("Nine of the 31 workers interviewed had paid a broker to get the job.")


def test_generic_share_reads_only_the_findings_section():
    doc = document_from_text(
        "# Method\n\nManagement was fully cooperative and open throughout the visit to the plant.\n\n"
        "# Findings\n\nEleven agency workers said the broker kept their passports until the debt was repaid.\n",
        path="x.md",
    )
    assert generic_share(doc) == 0.0


def test_unreadable_input_is_one_line_and_exit_2(tmp_path):
    result = _run_similar(str(tmp_path / "missing.md"), str(CLONES))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "missing.md" in result.stderr
