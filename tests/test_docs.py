"""docs/criteria.md is generated from the packs and must stay current."""

from __future__ import annotations

from pathlib import Path

from auditcheck.docs import default_docs_path, render_criteria_docs, write_criteria_docs
from auditcheck.render.criteria_docs import MARKS
from auditcheck.packs import discover_packs, load_pack

REGENERATE = 'python -c "from auditcheck.docs import write_criteria_docs; write_criteria_docs()"'


def test_committed_docs_are_current():
    path = default_docs_path()
    assert path.is_file(), f"docs/criteria.md is missing; run {REGENERATE}"
    assert path.read_text(encoding="utf-8") == render_criteria_docs(discover_packs()), (
        f"docs/criteria.md is out of date; run {REGENERATE}"
    )


def test_render_is_deterministic_and_lists_every_criterion():
    packs = discover_packs()
    first = render_criteria_docs(packs)
    assert first == render_criteria_docs(dict(reversed(list(packs.items()))))
    for pack in packs.values():
        assert f"## {pack.meta.title}" in first
        for criterion in pack.criteria:
            assert f"### {criterion.id} `{criterion.name}`" in first
            for ref in criterion.references:
                assert ref.title.split()[0] in first
                if ref.url:
                    assert ref.url in first


def _tiny_pack(root: Path) -> Path:
    folder = root / "tiny"
    folder.mkdir()
    (folder / "pack.yaml").write_text(
        "id: tiny\ntitle: Tiny pack\nversion: '1'\ndescription: A pack for testing the docs.\n"
        "profile: {auto: false, overlay_when_risk: [high]}\ngroups: {only: [TT-01]}\n"
        "scoring: {audit_washing_ceiling: 50}\n",
        encoding="utf-8",
    )
    (folder / "TT-01.yaml").write_text(
        "id: TT-01\nname: thing-shown\ntitle: The thing | is shown\ndimension: interviews\nkind: existence\n"
        "patterns: ['\\bthing\\b']\nmessage: No thing.\nrationale: Things matter a great deal.\n"
        "remedy: Show the thing, please.\naudit_washing: AW-04\nilo_cells: [exit/coercion]\n"
        "references:\n  - {publisher: Fair Labor Association, title: Some guidance, year: '2020', clause: '4.2',"
        " url: 'https://www.fairlabor.org/g', verification: unverified, note: Not read.}\n"
        "examples: {met: ['A thing.'], unmet: ['Nothing here.']}\n",
        encoding="utf-8",
    )
    return folder


def test_render_shows_sources_marks_policy_and_examples(tmp_path):
    pack = load_pack(_tiny_pack(tmp_path))
    text = render_criteria_docs({pack.id: pack})
    assert (
        f"{MARKS['unverified']} [Fair Labor Association, Some guidance (2020), 4.2](https://www.fairlabor.org/g). Not read."
        in text
    )
    assert (
        "## References" in text
        and "1. [Fair Labor Association, Some guidance (2020)](https://www.fairlabor.org/g)" in text
    )
    assert "The thing \\| is shown" in text  # pipes are escaped
    assert "audit-washing pattern: AW-04" in text
    assert "ILO matrix: exit/coercion" in text
    assert "audit washing ceiling: 50" in text
    assert "Added on top of the chosen pack when the context risk is high" in text
    assert '- met: "A thing."' in text and '- unmet: "Nothing here."' in text
    assert "[TT-01](#tiny-tt-01)" in text and '<a id="tiny-tt-01"></a>' in text


def test_write_returns_the_path_it_wrote(tmp_path):
    pack = load_pack(_tiny_pack(tmp_path))
    target = write_criteria_docs(tmp_path / "out" / "criteria.md", packs={pack.id: pack})
    assert target.read_text(encoding="utf-8") == render_criteria_docs({pack.id: pack})
