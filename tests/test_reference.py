"""The bundled reference data: dated and sourced, well-formed, and read by the context layer as intended."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from auditcheck.api import evaluate
from auditcheck.context import assess_context
from auditcheck.document import document_from_text
from auditcheck.models import Status
from auditcheck.packs import builtin_criteria_root, load_packs
from auditcheck.packs.reference import load_reference

from conftest import real_dev_text

REFERENCE = builtin_criteria_root() / "reference"
FILES = sorted(REFERENCE.glob("*.yaml"))
VERIFICATION = {"verified", "partly_verified", "unverified"}


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name} is not a mapping"
    return data


def _context(text: str):
    return assess_context(document_from_text(text, path="<test>"))


def test_reference_folder_has_the_expected_files():
    names = {p.name for p in FILES}
    assert {
        "high-risk-locations.yaml",
        "uflpa-entity-list.yaml",
        "high-risk-schemes.yaml",
        "audit-firm-withdrawals.yaml",
        "standards-accreditation.yaml",
    } <= names


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_is_dated_and_sourced(path):
    data = _load(path)
    for key in ("title", "reference_date"):
        assert str(data.get(key) or "").strip(), f"{path.name}: missing {key}"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(data["reference_date"])), (
        f"{path.name}: reference_date is not YYYY-MM-DD"
    )
    if path.name != "publishers.yaml":
        assert data.get("sources"), f"{path.name}: no sources"
        assert all(src.get("publisher") and src.get("title") for src in data["sources"]), path.name


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_verification_marks_use_the_three_levels(path):
    data = _load(path)
    for key, entries in data.items():
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if isinstance(entry, dict) and "verification" in entry:
                assert entry["verification"] in VERIFICATION, (
                    f"{path.name}:{key}: {entry['verification']!r}"
                )


def test_regions_are_well_formed_and_elevated_ones_are_sector_bound():
    data = _load(REFERENCE / "high-risk-locations.yaml")
    ids = [r["id"] for r in data["regions"]]
    assert len(ids) == len(set(ids))
    seen: dict[str, str] = {}
    for region in data["regions"]:
        assert region["risk"] in {"high", "elevated", "standard"}, region["id"]
        assert region.get("reason") and region.get("country") and region.get("sources"), region[
            "id"
        ]
        assert region.get("verification") in VERIFICATION, region["id"]
        # A country name alone must never raise the risk: sector-specific contexts name their sectors.
        if region["risk"] in {"elevated", "standard"}:
            assert region.get("sectors"), f"{region['id']} needs sectors"
        for place in region["places"]:
            assert place["name"] and place["kind"] and isinstance(place.get("aliases", []), list)
            for alias in [place["name"], *place.get("aliases", [])]:
                key = alias.casefold()
                assert seen.setdefault(key, region["id"]) == region["id"], (
                    f"{alias!r} is in two regions"
                )


def test_uyghur_region_places_carry_chinese_names():
    data = _load(REFERENCE / "high-risk-locations.yaml")
    xuar = next(r for r in data["regions"] if r["id"] == "xuar")
    with_chinese = [
        p
        for p in xuar["places"]
        if any(re.search(r"[\u4e00-\u9fff]", a) for a in p.get("aliases", []))
    ]
    assert len(with_chinese) >= 0.9 * len(xuar["places"])
    assert len(xuar["places"]) >= 60


def test_entity_snapshot_is_dated_and_every_entity_has_a_note_and_its_listing_notice():
    data = _load(REFERENCE / "uflpa-entity-list.yaml")
    assert data["entities"], "the snapshot lists no entities"
    assert len(data["entities"]) <= int(data["total_listed_at_snapshot"])
    for entity in data["entities"]:
        assert entity["name"] and entity.get("note") and entity.get("notice") in data["notices"], (
            entity["name"]
        )
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(entity.get("listed"))), entity["name"]


def _entity_list():
    from auditcheck.packs.reference_schema import EntityListFile

    return EntityListFile.model_validate(_load(REFERENCE / "uflpa-entity-list.yaml"))


def test_every_listed_name_cites_a_notice_on_the_federal_register_or_dhs():
    # The listing notice is the citation a reader checks: each one an entity cites must link to
    # the Federal Register or to DHS itself, never to a report of it.
    snapshot = _entity_list()
    problems = []
    for key in sorted({entity.notice for entity in snapshot.entities}):
        notice = snapshot.notices[key]
        host = (notice.url or "").split("/")[2] if notice.url else ""
        if not (host.endswith("federalregister.gov") or host.endswith("dhs.gov")):
            problems.append(f"{key}: {notice.url!r}")
        if notice.publisher != "U.S. Department of Homeland Security":
            problems.append(f"{key}: published by {notice.publisher!r}")
    assert not problems, problems


def test_the_snapshot_states_its_gap_notice_by_notice():
    # Complete as of reference_date means: every notice's count of added names is recorded, the
    # counts add up to the list's size, and whatever is missing is said in the file's header.
    snapshot = _entity_list()
    used = {entity.notice for entity in snapshot.entities}
    assert set(snapshot.added_by_notice) == set(snapshot.notices) >= used
    assert sum(snapshot.added_by_notice.values()) == snapshot.total_listed_at_snapshot
    missing = snapshot.missing_by_notice()
    assert sum(missing.values()) == snapshot.total_listed_at_snapshot - len(snapshot.entities)
    header = (REFERENCE / "uflpa-entity-list.yaml").read_text(encoding="utf-8").split("\nkind:")[0]
    gap = snapshot.total_listed_at_snapshot - len(snapshot.entities)
    if gap:
        assert f"Not yet here ({gap} of {snapshot.total_listed_at_snapshot})" in header
    for key, count in missing.items():
        line = next((line for line in header.splitlines() if f"# - {key} (" in line), "")
        said = rf"\b{count} of (its |the )?{snapshot.added_by_notice[key]}\b"
        assert re.search(said, line), (key, count, line)


def test_documentation_files_do_not_feed_the_context_layer():
    # Firms that withdrew from Xinjiang are not listed entities: naming one must not raise the risk.
    ctx = _context("The factory in Porto was audited by Bureau Veritas and TÜV SÜD in 2019.")
    assert ctx.risk == "unknown"


def test_reference_is_loaded_with_its_date():
    ref = load_reference()
    read_by_context = {"places", "entity_list", "sector_rules"}
    assert ref.reference_date == max(
        str(_load(p)["reference_date"]) for p in FILES if _load(p)["kind"] in read_by_context
    )
    assert any(p.name == "Urumqi" for p in ref.places)
    assert any(entity.name == "Xinjiang Zhongtai Group" for entity in ref.entities)


def test_urumqi_site_is_high_risk():
    ctx = _context("The audit covered the assembly plant in Urumqi and its 197 employees.")
    assert ctx.risk == "high"
    assert ctx.matches[0].place == "Urumqi"
    assert "state-imposed" in ctx.explanation


def test_chinese_place_name_is_recognised():
    ctx = _context("该工厂位于新疆阿克苏地区,共有员工300人。")
    assert ctx.risk == "high"


def test_listed_entity_is_flagged():
    ctx = _context(
        "The yarn supplier, Xinjiang Tianshan Wool Textile Co., Ltd., passed its annual audit."
    )
    assert ctx.risk == "high"
    listed = [m for m in ctx.matches if m.kind == "listed_entity"]
    assert [m.place for m in listed] == ["Xinjiang Tianshan Wool Textile"]
    assert "UFLPA" in listed[0].region


def test_entity_alias_ending_in_a_parenthesis_matches():
    ctx = _context("Wafers came from Shuangliang Silicon Materials (Baotou) last year.")
    assert [m.place for m in ctx.matches] == ["Shuangliang Silicon Materials (Baotou)"]


def test_sourcing_ban_is_not_the_site_location():
    ctx = _context("Our policy prohibits cotton from Xinjiang in all products we sell.")
    assert ctx.risk != "high"
    assert "named only in passing" in ctx.explanation


def test_country_alone_does_not_raise_sector_risk():
    assert _context("The Thai plant makes brake pads for export to Europe.").risk == "unknown"
    assert (
        _context("The Thai shrimp processing plant employs 400 migrant workers.").risk == "elevated"
    )


def test_uzbek_cotton_is_recorded_as_no_longer_flagged():
    ctx = _context("The spinning mill in Tashkent buys Uzbek cotton from local farms.")
    assert ctx.risk == "standard"


def test_honest_auditability_statement_is_not_dragged_down_by_the_overlay(tmp_path):
    # A document that says a credible audit is impossible there and claims no clean result.
    path = tmp_path / "statement.md"
    path.write_text(
        "# Our position on Xinjiang\n\n"
        "We have not audited any site in Xinjiang since 2019. Credible audits are not possible "
        "there: workers cannot speak freely and auditors face restrictions on access. We classify "
        "Xinjiang as a high-risk location and make no claim about conditions at factories there.\n",
        encoding="utf-8",
    )
    report = evaluate(path)
    assert "state-imposed" in report.pack.overlays
    overlay = [f for f in report.findings if f.pack_id == "state-imposed"]
    assert overlay
    assert not [f.criterion_id for f in overlay if f.status in (Status.unmet, Status.red_flag)]


def test_clean_claim_in_urumqi_is_a_burden_of_proof_red_flag(tmp_path):
    path = tmp_path / "claim.md"
    path.write_text(
        "# Audit result\n\nThe audit of the Urumqi plant reviewed contracts and payroll for all "
        "employees and found no indications of forced labour.\n",
        encoding="utf-8",
    )
    report = evaluate(path)
    ctx07 = next(f for f in report.findings if f.criterion_id == "CTX-07")
    assert ctx07.status is Status.red_flag
    assert "AW-01" in [p.id for p in report.audit_washing.patterns]


def test_real_dev_contexts(real_dev):
    def risk(prefix: str) -> str:
        folder = next(real_dev.glob(prefix + "*"))
        return assess_context(document_from_text(real_dev_text(folder), path=folder.name)).risk

    assert risk("08-") == "high"  # SAI on Xinjiang
    assert risk("01-") == "high"  # VW Urumqi
    assert risk("09-") == "elevated"  # Top Glove, Malaysian gloves
    assert risk("22-") == "elevated"  # Thai shrimp
    assert risk("26-") != "high"  # Target names Xinjiang and Turkmen cotton only in bans
    assert risk("24-") == "standard"  # Portugal, candles: a located site with no specific flag


def test_packs_load_with_reference_in_place():
    assert {"forced-labour-indicators", "state-imposed", "company-statement"} <= set(load_packs())


def test_listed_entity_outside_xinjiang_is_flagged_on_its_own():
    ctx = _context(
        "Aspartame was bought from Changzhou Guanghui Food Ingredients for the plant in Ohio."
    )
    assert ctx.risk == "high"
    # the listed entity decides the risk; Ohio places the plant in the United States beside it
    assert [m.kind for m in ctx.matches] == ["listed_entity", "country"]


def test_bangladesh_is_not_a_ban():
    ctx = _context(
        "The glove plant in Perak, Malaysia, hired 900 migrant workers from Nepal and Bangladesh."
    )
    assert ctx.risk == "elevated"


def test_place_matches_found_at_name_starts_equal_a_full_scan():
    from auditcheck.text.names import place_matches as _place_matches

    text = "Plants in Urumqi, ÜRÜMQI and urumqi-east; an East-Turkestan office; Kashgar and Kashi."
    for place in load_reference().places:
        fast = [m.span() for m in _place_matches(place, text, text.lower())]
        assert fast == [m.span() for m in place.pattern.finditer(text)], place.name


def test_programme_statement_claiming_clean_audits_in_xinjiang_stays_high_risk():
    from auditcheck.document import document_from_text

    doc = document_from_text(
        "# Modern slavery statement\n\nAudits of our suppliers' factories in Xinjiang found no forced labour.\n"
    )
    assert assess_context(doc, site_level=False).risk == "high"
    plain = document_from_text(
        "# Modern slavery statement\n\nWe map our suppliers' factories in Xinjiang and elsewhere.\n"
    )
    assert assess_context(plain, site_level=False).risk == "elevated"


def test_the_snapshot_says_to_which_date_it_is_complete():
    # the validator checks the date against the per-notice counts; here: it is stated, it falls
    # before the first notice with a gap, and every report names it beside the snapshot's date
    snapshot = _entity_list()
    assert snapshot.complete_as_of is not None
    gaps = snapshot.missing_by_notice()
    assert all(snapshot.notice_date(key) > snapshot.complete_as_of for key in gaps)
    ctx = _context("The factory in Porto was audited in 2019.")
    line = next(s for s in ctx.reference_sources if s.startswith("uflpa-entity-list.yaml"))
    held = f"{len(snapshot.entities)} of {snapshot.total_listed_at_snapshot} names"
    assert held in line and f"complete to {snapshot.complete_as_of}" in line
