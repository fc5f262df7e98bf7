"""References cite the publisher's own document: the check that keeps packs, reference data, docs
and outputs free of mirrors, proxies, content farms, staging servers and personal blogs.

Every `url` in criteria/ must sit on one of its publisher's domains (criteria/reference/
publishers.yaml) or an official register, and never on a denylisted host; any other link written
in the YAML (notes) must not be on the denylist either; a reference marked `verified` must name
the clause or page read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from auditcheck.api import evaluate
from auditcheck.cli import app
from auditcheck.docs import default_docs_path
from auditcheck.errors import PackErrors
from auditcheck.packs import builtin_criteria_root, load_pack
from auditcheck.packs.publishers import builtin_publisher_table, denied_reason, host_of, url_problem
from auditcheck.render.html import render as render_html
from auditcheck.render.markdown import render as render_markdown

CRITERIA = builtin_criteria_root()
YAML_FILES = sorted(CRITERIA.glob("*/*.yaml"))
URL_IN_TEXT = re.compile(r"https?://[^\s)\"'<>\]]+")

#: Every host the issue named as a copy, proxy, content farm, staging server or personal blog.
ISSUE_HOSTS = [
    "readkong.com",
    "iso888.com",
    "docslib.org",
    "glossary.panashehwata.com",
    "wtvbam.com",
    "yumpu.com",
    "scribd.com",
    "anonyproxies.com",
    "stage.exportcompliancedaily.com",
    "staging.particle.news",
    "testing.dev.theedgesingapore.com",
    "mileyan955.amebaownd.com",
]


def _mappings(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], dict]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _mappings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _mappings(value, (*path, index))


def _strings(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*path, index))
    elif isinstance(node, str):
        yield path, node


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _where(path: Path, loc: tuple[Any, ...]) -> str:
    return f"{path.relative_to(CRITERIA)}:{'.'.join(str(p) for p in loc)}"


# --- the check over everything under criteria/ -------------------------------------------------


@pytest.mark.parametrize("path", YAML_FILES, ids=[str(p.relative_to(CRITERIA)) for p in YAML_FILES])
def test_every_url_is_its_publishers_own(path: Path):
    table = builtin_publisher_table()
    problems = []
    for loc, mapping in _mappings(_load(path)):
        url = mapping.get("url")
        if not isinstance(url, str) or path.name == "publishers.yaml":
            continue
        publisher = mapping.get("publisher")
        if not publisher:
            problems.append(f"{_where(path, loc)}: a url without its publisher")
            continue
        problem = url_problem(table, str(publisher), url)
        if problem:
            problems.append(f"{_where(path, loc)}: {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", YAML_FILES, ids=[str(p.relative_to(CRITERIA)) for p in YAML_FILES])
def test_no_link_outside_read_in_points_at_a_denylisted_host(path: Path):
    table = builtin_publisher_table()
    if path.name == "publishers.yaml":
        return
    problems = []
    for loc, text in _strings(_load(path)):
        if loc and loc[-1] == "read_in":
            continue  # the copy actually read is recorded there, never shown as the source
        for url in URL_IN_TEXT.findall(text):
            reason = denied_reason(table, url)
            if reason:
                problems.append(f"{_where(path, loc)}: {reason}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", YAML_FILES, ids=[str(p.relative_to(CRITERIA)) for p in YAML_FILES])
def test_verified_references_name_the_clause_or_page(path: Path):
    problems = [
        _where(path, loc)
        for loc, mapping in _mappings(_load(path))
        if "publisher" in mapping
        and "title" in mapping
        and mapping.get("verification") == "verified"
        and not str(mapping.get("clause") or "").strip()
    ]
    assert not problems, "verified without a clause or page:\n" + "\n".join(problems)


def test_every_reference_is_a_citation_not_a_bare_standard_string():
    legacy = [
        _where(path, loc)
        for path in YAML_FILES
        for loc, mapping in _mappings(_load(path))
        if "standard" in mapping and loc and loc[-2:-1] == ("references",)
    ]
    assert not legacy, "\n".join(legacy)


def test_denylist_covers_every_host_the_issue_named():
    table = builtin_publisher_table()
    missing = [host for host in ISSUE_HOSTS if denied_reason(table, f"https://{host}/x") is None]
    assert not missing, missing


def test_scheme_owners_and_governments_link_to_their_own_domains():
    # ILO, UN, scheme-owner and government references that carry a link use the owner's domain.
    own = {
        "International Labour Organization": "ilo.org",
        "Social Accountability International": "sa-intl.org",
        "U.S. Customs and Border Protection": "cbp.gov",
        "European Union": "europa.eu",
        "Office of the United Nations High Commissioner for Human Rights": "ohchr.org",
    }
    seen = set()
    for path in YAML_FILES:
        for _, mapping in _mappings(_load(path)):
            publisher, url = mapping.get("publisher"), mapping.get("url")
            if publisher in own and isinstance(url, str):
                host = host_of(url)
                assert host == own[publisher] or host.endswith("." + own[publisher]), (
                    publisher,
                    url,
                )
                seen.add(publisher)
    assert seen == set(own), f"no linked reference from {set(own) - seen}"


#: References still cited without a link (full bibliographic citation instead), counted when the
#: last sources pass ended; lower these when a canonical address is found, never raise them.
UNLINKED_AT_MOST = 45
#: ...of which ILO, UN, OECD, scheme-owner and government references (the OHCHR ones are cited by
#: their UN communication reference, the others by title and date).
UNLINKED_OFFICIAL_AT_MOST = 15
OFFICIAL_PUBLISHERS = {
    "International Labour Organization",
    "Office of the United Nations High Commissioner for Human Rights",
    "United Nations",
    "OECD",
    "Social Accountability International",
    "Social Accountability Accreditation Services",
    "Association of Professional Social Compliance Auditors",
    "amfori",
    "Sedex",
    "Responsible Business Alliance",
    "Fair Labor Association",
    "Fair Wear Foundation",
    "Social & Labor Convergence Program",
    "U.S. Customs and Border Protection",
    "U.S. Department of Homeland Security",
    "U.S. Department of Labor, Bureau of International Labor Affairs",
    "U.S. Congress",
    "European Union",
    "European Commission and European External Action Service",
    "UK Parliament",
    "Home Office",
    "Australian Attorney-General's Department",
    "Australian Parliament",
    "Bundesamt für Wirtschaft und Ausfuhrkontrolle (BAFA)",
}


def unlinked_references() -> dict[str, list[str]]:
    """References without a url under criteria/, grouped by publisher (``file:path: title``).

    Run ``PYTHONPATH=. python tests/test_references.py`` to print the list.
    """
    grouped: dict[str, list[str]] = {}
    for path in YAML_FILES:
        if path.name == "publishers.yaml":
            continue
        for loc, mapping in _mappings(_load(path)):
            if "publisher" in mapping and "title" in mapping and not mapping.get("url"):
                grouped.setdefault(str(mapping["publisher"]), []).append(
                    f"{_where(path, loc)}: {mapping['title']}"
                )
    return grouped


def test_references_without_a_link_do_not_grow():
    grouped = unlinked_references()
    listing = "\n".join(f"{pub}: {len(rows)}" for pub, rows in sorted(grouped.items()))
    total = sum(len(rows) for rows in grouped.values())
    official = sum(len(rows) for pub, rows in grouped.items() if pub in OFFICIAL_PUBLISHERS)
    assert total <= UNLINKED_AT_MOST, listing
    assert official <= UNLINKED_OFFICIAL_AT_MOST, listing


# --- the rule at pack load, with file:line ------------------------------------------------------

PACK = "id: refs\ntitle: Refs\nversion: '1'\ndescription: d\ngroups: {g: [RF-01]}\n"
CRITERION = """id: RF-01
name: thing-shown
title: A thing is shown
dimension: recruitment
kind: existence
patterns: ['\\bthing\\b']
message: not shown
rationale: because it matters
remedy: show the thing
references:
  - publisher: International Labour Organization
    title: ILO Indicators of Forced Labour
    year: '2012'
    clause: indicator 1
    url: {url}
    verification: {verification}
examples: {{met: ['a thing'], unmet: ['nothing']}}
"""


def _pack(tmp_path: Path, url: str, verification: str = "verified") -> Path:
    folder = tmp_path / "refs"
    folder.mkdir()
    (folder / "pack.yaml").write_text(PACK, encoding="utf-8")
    (folder / "RF-01.yaml").write_text(
        CRITERION.format(url=url, verification=verification), encoding="utf-8"
    )
    return folder


def _load_error(folder: Path) -> str:
    with pytest.raises(PackErrors) as info:
        load_pack(folder)
    return info.value.lines()[0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277", "denylist"),
        ("https://stage.ilo-copy.example.org/x", "staging or test server"),
        (
            "https://www.example.org/ilo.pdf",
            "is not a domain of 'International Labour Organization'",
        ),
    ],
)
def test_a_copys_url_is_refused_at_load_with_file_and_line(tmp_path, url, expected):
    line = _load_error(_pack(tmp_path, url))
    assert "RF-01.yaml:15:" in line  # the url: line of the reference
    assert expected in line


def test_the_publishers_own_domain_and_registers_load(tmp_path):
    assert load_pack(_pack(tmp_path, "https://www.ilo.org/wcmsp5/x.pdf")).by_id["RF-01"]
    other = tmp_path / "doi"
    other.mkdir()
    assert load_pack(_pack(other, "https://doi.org/10.1000/xyz")).by_id["RF-01"]


def test_unknown_publisher_with_a_link_is_refused(tmp_path):
    folder = _pack(tmp_path, "https://www.ilo.org/x.pdf")
    text = (folder / "RF-01.yaml").read_text(encoding="utf-8")
    (folder / "RF-01.yaml").write_text(
        text.replace("International Labour Organization", "Some Blog"), encoding="utf-8"
    )
    assert "publisher 'Some Blog' is not in publishers.yaml" in _load_error(folder)


def test_verified_without_a_clause_is_refused_at_load(tmp_path):
    folder = _pack(tmp_path, "https://www.ilo.org/x.pdf")
    text = (folder / "RF-01.yaml").read_text(encoding="utf-8")
    (folder / "RF-01.yaml").write_text(
        text.replace("    clause: indicator 1\n", ""), encoding="utf-8"
    )
    assert "must name the clause" in _load_error(folder)


def test_url_problem_rules():
    table = builtin_publisher_table()
    assert (
        url_problem(table, "ILO", "https://normlex.ilo.org/dyn/normlex/en/f?p=1") is None
    )  # alias, subdomain
    assert (
        url_problem(table, "Human Rights Watch", "https://www.federalregister.gov/d/2025-00901")
        is None
    )  # register
    assert url_problem(table, "Human Rights Watch", None) is None
    assert "denylist" in url_problem(table, "Reuters", "https://wtvbam.com/2023/12/05/x/")
    assert "not a domain" in url_problem(table, "Reuters", "https://www.hrw.org/x")


# --- generated docs and outputs ---------------------------------------------------------------


def _linked_urls(text: str) -> list[str]:
    return URL_IN_TEXT.findall(text)


def test_generated_docs_link_to_no_denylisted_host():
    table = builtin_publisher_table()
    text = default_docs_path().read_text(encoding="utf-8")
    bad = [url for url in _linked_urls(text) if denied_reason(table, url)]
    assert not bad, bad
    assert "\n## References\n" in text


@pytest.fixture(scope="module")
def report():
    sample = (
        Path(__file__).resolve().parents[1] / "sample_audits" / "06-urumqi-plant-audit-summary.md"
    )
    return evaluate(sample)


def test_memo_ends_with_a_clickable_references_list_each_source_once(report):
    memo = render_markdown(report)
    tail = memo[memo.rindex("\n## References\n") :]
    assert "\n## " not in tail[len("\n## References\n") :], (
        "the references list is the memo's last section"
    )
    entries = re.findall(r"^\d+\. (.+)$", tail, flags=re.MULTILINE)
    assert entries and len(entries) == len(set(entries))
    assert any(e.startswith("[") and "](https://" in e for e in entries), "no clickable source"
    assert f"Reference data as of {report.context.reference_date}" in tail
    basis_urls = {
        u for line in memo.splitlines() if line.startswith("**Basis:**") for u in _linked_urls(line)
    }
    assert basis_urls and basis_urls <= set(_linked_urls(tail)), (
        "a source cited under a finding is missing"
    )
    table = builtin_publisher_table()
    assert not [url for url in _linked_urls(memo) if denied_reason(table, url)]


def test_findings_cite_publisher_title_year_and_clause(report):
    cited = next(r for f in report.findings for r in f.references if r.clause and r.year and r.url)
    assert (
        cited.citation()
        == f"{cited.publisher}, {cited.title}"
        + (f", {cited.edition}" if cited.edition else "")
        + f" ({cited.year})"
        + (f", {cited.identifier}" if cited.identifier else "")
        + f", {cited.clause}"
    )
    memo = render_markdown(report)
    problems = [
        f
        for f in report.findings
        if f.references and f.status.value in ("red_flag", "unmet", "partial")
    ]
    assert problems
    assert "**Basis:** " in memo


def test_html_has_a_references_section_with_each_source_once(report):
    page = render_html(report)
    section = page[page.index('<section id="references">') :]
    section = section[: section.index("</section>")]
    items = re.findall(r"<li>(.*?)</li>", section)
    assert items and len(items) == len(set(items))
    table = builtin_publisher_table()
    assert not [
        url
        for url in re.findall(r'href="([^"]+)"', page)
        if denied_reason(table, url.replace("&amp;", "&"))
    ]


def test_report_json_never_carries_the_copy_read():
    sample = (
        Path(__file__).resolve().parents[1]
        / "sample_audits"
        / "02-smeta-announced-supplier-paid.md"
    )
    data = evaluate(sample).model_dump(mode="json")
    refs = [r for f in data["findings"] for r in f["references"]]
    assert refs and all("read_in" not in r and "standard" not in r for r in refs)
    assert all(r["publisher"] and r["title"] for r in refs)


def test_criteria_show_prints_citations():
    result = CliRunner().invoke(app, ["criteria", "show", "ILO-01"])
    assert result.exit_code == 0
    assert (
        "International Labour Organization, ILO Indicators of Forced Labour (2012), indicator 1"
        in result.stdout
    )
    assert "readkong" not in result.stdout


if __name__ == "__main__":
    for publisher, rows in sorted(unlinked_references().items(), key=lambda kv: -len(kv[1])):
        print(f"\n{publisher} ({len(rows)})")
        for row in rows:
            print(f"  {row}")
