"""The reference data is validated like the packs: typed, unknown keys refused, ``file:line``.

Each test writes a small reference folder, breaks one thing, and checks that loading it fails
at the line of the broken key, through the loader and through ``criteria validate``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditcheck.cli import app
from auditcheck.context import assess_context
from auditcheck.document import document_from_text
from auditcheck.errors import PackError, PackErrors
from auditcheck.packs import builtin_criteria_root
from auditcheck.packs.reference import load_reference, load_reference_file

PLACES = """\
kind: places
title: Test places
reference_date: "2025-01-31"
regions:
  - id: test-high
    name: Test high-risk region
    risk: high
    reason: Invented for a test of the reference loader.
    places:
      - {name: Zembla, kind: region}
"""

ENTITIES = """\
kind: entity_list
title: Test entity list
reference_date: "2025-01-15"
snapshot_of: An invented list for a test
total_listed_at_snapshot: 1
names_sourced: 1
notices:
  n-1:
    publisher: U.S. Department of Homeland Security
    title: Notice of an invented listing
    year: "2025-01-15"
entities:
  - name: Ardis Widget Works
    listed: "2025-01-15"
    notice: n-1
"""


def _folder(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "reference"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def _errors(folder: Path) -> list[str]:
    with pytest.raises(PackErrors) as info:
        load_reference(folder)
    return info.value.lines()


def test_a_valid_folder_loads_and_feeds_the_context_layer(tmp_path):
    ref = load_reference(_folder(tmp_path, places=PLACES, entities=ENTITIES))
    assert [p.name for p in ref.places] == ["Zembla"]
    assert [e.name for e in ref.entities] == ["Ardis Widget Works"]
    assert ref.reference_date == "2025-01-31"
    # context.py is pure: it reads the data it is given, not the bundled files
    doc = document_from_text("The audited factory is in Zembla; 40 workers were interviewed.")
    ctx = assess_context(doc, reference=ref)
    assert ctx.risk == "high"
    assert ctx.reference_sources == ["entities.yaml (2025-01-15; 1 of 1 names)", "places.yaml (2025-01-31)"]
    bundled = assess_context(doc)
    assert bundled.risk == "unknown"  # Zembla is not in the bundled data


def test_an_unknown_key_fails_at_its_line(tmp_path):
    text = PLACES.replace("    risk: high\n", "    risk: high\n    riskk: high\n")
    lines = _errors(_folder(tmp_path, places=text))
    assert len(lines) == 1
    assert "places.yaml:8:" in lines[0]  # line 8: riskk
    assert "unknown key" in lines[0]


def test_a_wrong_type_fails_at_its_line(tmp_path):
    text = ENTITIES.replace("total_listed_at_snapshot: 1", "total_listed_at_snapshot: many")
    lines = _errors(_folder(tmp_path, entities=text))
    assert len(lines) == 1
    assert "entities.yaml:5:" in lines[0]
    assert "total_listed_at_snapshot" in lines[0]


def test_a_risk_level_that_does_not_exist_fails_at_its_line(tmp_path):
    lines = _errors(_folder(tmp_path, places=PLACES.replace("risk: high", "risk: severe")))
    assert "places.yaml:7:" in lines[0] and "regions.0.risk" in lines[0]


def test_an_unquoted_date_is_refused_rather_than_silently_converted(tmp_path):
    lines = _errors(_folder(tmp_path, places=PLACES.replace('"2025-01-31"', "2025-01-31")))
    assert "places.yaml:3:" in lines[0] and "reference_date" in lines[0]


def test_a_file_without_a_kind_is_refused(tmp_path):
    folder = _folder(tmp_path, places=PLACES.removeprefix("kind: places\n"))
    with pytest.raises(PackError) as info:
        load_reference_file(folder / "places.yaml")
    assert "'kind' must be one of" in info.value.one_line()


def test_an_entity_whose_notice_is_missing_is_refused(tmp_path):
    lines = _errors(_folder(tmp_path, entities=ENTITIES.replace("notice: n-1", "notice: n-2")))
    assert "notice 'n-2' is not under 'notices'" in lines[0]


def test_an_entity_without_its_notice_is_refused_at_its_line(tmp_path):
    lines = _errors(_folder(tmp_path, entities=ENTITIES.replace("    notice: n-1\n", "")))
    assert "entities.yaml:13:" in lines[0]  # the entity's own line
    assert "entities.0.notice: Field required" in lines[0]


def test_added_by_notice_must_cover_the_whole_list(tmp_path):
    counted = ENTITIES.replace("entities:\n", "added_by_notice: {n-1: 2}\nentities:\n")
    lines = _errors(_folder(tmp_path, entities=counted))
    assert "added_by_notice adds up to 2, but total_listed_at_snapshot is 1" in lines[0]


def test_a_notice_cannot_hold_more_names_than_it_added(tmp_path):
    two = (
        ENTITIES.replace("total_listed_at_snapshot: 1", "total_listed_at_snapshot: 2").replace(
            "names_sourced: 1", "names_sourced: 2"
        )
        + '  - name: Ardis Gadget Works\n    listed: "2025-01-15"\n    notice: n-1\n'
    )
    counted = two.replace("entities:\n", "added_by_notice: {n-1: 1, n-2: 1}\nentities:\n")
    counted = counted.replace(
        "notices:\n",
        "notices:\n  n-2:\n    publisher: U.S. Department of Homeland Security\n"
        "    title: Notice of another invented listing\n",
    )
    lines = _errors(_folder(tmp_path, entities=counted))
    assert "2 entities cite notice 'n-1', which added only 1" in lines[0]


def test_the_entity_counts_must_add_up(tmp_path):
    lines = _errors(
        _folder(tmp_path, entities=ENTITIES.replace("names_sourced: 1", "names_sourced: 2"))
    )
    assert "names_sourced + names_from_background_knowledge is 2, but 1 entities" in lines[0]


def test_a_subsidiary_named_in_a_document_is_a_listed_entity():
    doc = document_from_text(
        "Cartridges were assembled by Zhuhai Pantum Electronics Co., Ltd. in 2024."
    )
    ctx = assess_context(doc)
    assert ctx.risk == "high"
    assert [m.place for m in ctx.matches if m.kind == "listed_entity"] == [
        "Zhuhai Pantum Electronics"
    ]


def test_an_elevated_region_without_sectors_is_refused(tmp_path):
    lines = _errors(_folder(tmp_path, places=PLACES.replace("risk: high", "risk: elevated")))
    assert "must list the sectors" in lines[0]


def test_a_source_url_on_a_mirror_fails_at_its_line(tmp_path):
    text = ENTITIES.replace(
        '    year: "2025-01-15"\n',
        '    year: "2025-01-15"\n    url: https://www.scribd.com/document/1/notice\n',
    )
    lines = _errors(_folder(tmp_path, entities=text))
    assert "entities.yaml:12:" in lines[0] and "denylist" in lines[0]


def test_every_problem_in_every_file_is_reported_together(tmp_path):
    folder = _folder(
        tmp_path,
        places=PLACES.replace("risk: high", "risk: severe"),
        entities=ENTITIES.replace("names_sourced: 1", "names_sourced: -1"),
    )
    lines = _errors(folder)
    assert len(lines) == 2


def test_criteria_validate_reports_a_bad_reference_file_with_file_and_line(tmp_path):
    criteria = tmp_path / "criteria"
    shutil.copytree(builtin_criteria_root() / "social-audit", criteria / "social-audit")
    folder = criteria / "reference"
    folder.mkdir()
    (folder / "places.yaml").write_text(
        PLACES.replace("    risk: high\n", "    risk: high\n    riskk: high\n"), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["criteria", "validate", str(criteria), "--no-examples"])
    assert result.exit_code == 2
    assert "places.yaml:8:" in result.output and "unknown key" in result.output


def test_the_bundled_reference_data_validates_in_full():
    # trusted=False: URL checks and documentation tables included, as in CI
    ref = load_reference(builtin_criteria_root() / "reference")
    assert ref.places and ref.entities and ref.sector_rules


# "Complete as of" is checked against the per-notice counts: every notice in force by that date
# must hold all the names it added. Two invented notices, the later one short of a name.
TWO_NOTICES = """\
kind: entity_list
title: Test entity list
reference_date: "2025-01-15"
snapshot_of: An invented list for a test
total_listed_at_snapshot: 3
names_sourced: 2
complete_as_of: "2024-12-31"
notices:
  n-1:
    publisher: U.S. Department of Homeland Security
    title: Notice of an invented listing
    year: "2024-06-01"
  n-2:
    publisher: U.S. Department of Homeland Security
    title: Notice of a later invented listing
    year: "2025-01-15"
added_by_notice: {n-1: 1, n-2: 2}
entities:
  - name: Ardis Widget Works
    listed: "2024-06-01"
    notice: n-1
  - name: Ardis Gadget Works
    listed: "2025-01-15"
    notice: n-2
"""


def test_complete_as_of_a_date_before_the_gap_loads(tmp_path):
    snapshot = load_reference_file(_folder(tmp_path, entities=TWO_NOTICES) / "entities.yaml")
    assert snapshot.complete_as_of == "2024-12-31"
    assert snapshot.listed_by("2024-12-31") == 1


def test_complete_as_of_a_date_after_a_notice_with_a_gap_is_refused(tmp_path):
    late = TWO_NOTICES.replace('complete_as_of: "2024-12-31"', 'complete_as_of: "2025-01-15"')
    lines = _errors(_folder(tmp_path, entities=late))
    assert "complete_as_of 2025-01-15" in lines[0] and "'n-2'" in lines[0]
    assert "lacks 1 of its 2 names" in lines[0]
