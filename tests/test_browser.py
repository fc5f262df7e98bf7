"""The HTML pages in a real headless Chromium: what a reader sees, sorting, and no planted script runs.

Uses Debian's ``chromium`` through Playwright with ``executable_path`` (never Playwright's own
browser download). Skips when Playwright or Chromium is absent; CI installs both
(.ci/install-browser.sh). Screenshots are kept under pytest's tmp_path.
"""

from __future__ import annotations

import re

import os
import shutil
from pathlib import Path

import pytest

from auditcheck.render.html import render, render_index

pytestmark = [pytest.mark.slow, pytest.mark.browser]  # headless Chromium: seconds per page; CI runs it

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str | None:
    for candidate in (
        os.environ.get("AUDITCHECK_CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    ):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = _chromium()
    if executable is None:
        pytest.skip("no chromium executable (CI installs Debian's chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(java_script_enabled=True, viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    pg.console_messages = []
    pg.on("console", lambda m: pg.console_messages.append(m.text))
    pg.on("dialog", lambda d: (pg.console_messages.append("dialog:" + d.message), d.dismiss()))
    yield pg
    context.close()


def test_report_page_shows_verdict_bars_and_quote_and_runs_no_planted_script(page, tmp_path):
    try:  # tests/ may or may not be a package
        from .test_html import IMG, SCRIPT, planted_report
    except ImportError:
        from test_html import IMG, SCRIPT, planted_report

    report, text = planted_report()
    target = tmp_path / "report.html"
    target.write_text(render(report, document_text=text), encoding="utf-8")
    page.goto(target.as_uri())
    page.wait_for_load_state("load")

    verdict = page.locator("#verdict")
    assert verdict.is_visible()
    assert verdict.inner_text().lower().replace(" ", "_") == report.verdict.value
    assert page.locator("#score").inner_text().startswith(f"{report.score:g}")

    # every dimension has a visible row in the SVG profile; an assessed one has a fill as wide as its score
    for d in report.dimensions:
        row = page.locator(f'[data-dimension="{d.id}"]')
        assert row.is_visible()
        if d.score:
            bar = row.locator("rect").first.bounding_box()
            fill = row.locator("rect.fill").bounding_box()
            assert fill["width"] == pytest.approx(bar["width"] * d.score / 100, abs=2)

    page.eval_on_selector_all(
        "details", "els => els.forEach(d => d.open = true)"
    )  # details are folded
    # the planted quote's own highlight (a claim quote around it may hold it as context)
    mark = page.locator("mark").filter(has_text=re.compile("^" + re.escape(IMG) + "$")).first
    assert mark.is_visible()
    assert mark.inner_text() == IMG  # shown as text, not turned into an element
    assert (
        mark.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(255, 229, 138)"
    )  # styled: CSP let our CSS in
    assert page.get_by_text(SCRIPT, exact=False).first.is_visible()

    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.title() != "pwned"  # the planted script would set exactly this
    assert page.locator("img").count() == 0
    assert not [m for m in page.console_messages if m.startswith("dialog:")]
    # our own stylesheet passed the CSP hash check (a refused style would show up here)
    assert not [m for m in page.console_messages if "Content Security Policy" in m and "style" in m]
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


ROWS = [
    {
        "path": "b-statement.md",
        "sha256": "1" * 64,
        "score": 50.0,
        "verdict": "partially_credible",
        "audit_washing": "no",
        "patterns": "",
        "context_risk": "standard",
        "dimensions": {"interviews": 40.0},
        "top_unmet": "",
        "top_unmet_titles": "",
        "html": "b.html",
        "error": "",
    },
    {
        "path": "a-audit.pdf",
        "sha256": "2" * 64,
        "score": 7.5,
        "verdict": "not_credible",
        "audit_washing": "yes",
        "patterns": "AW-01",
        "context_risk": "high",
        "dimensions": {"interviews": None},
        "top_unmet": "REC-01",
        "top_unmet_titles": "t",
        "html": "a.html",
        "error": "",
    },
    {
        "path": "c-report.md",
        "sha256": "3" * 64,
        "score": 100.0,
        "verdict": "credible",
        "audit_washing": "no",
        "patterns": "",
        "context_risk": "unknown",
        "dimensions": {"interviews": 90.0},
        "top_unmet": "",
        "top_unmet_titles": "",
        "html": "c.html",
        "error": "",
    },
    {"path": "<img src=x onerror=window.__xss=1>.pdf", "sha256": None, "error": "corrupt PDF"},
]


def _column(page, index: int) -> list[str]:
    return page.eval_on_selector_all(
        "#results tbody tr",
        f"rows => rows.map(r => r.cells[{index}] ? r.cells[{index}].textContent.trim() : '')",
    )


def test_index_sorts_by_column_and_runs_no_planted_script(page, tmp_path):
    target = tmp_path / "index.html"
    target.write_text(render_index(ROWS), encoding="utf-8")
    page.goto(target.as_uri())
    assert _column(page, 2) == [
        "100",
        "50",
        "7.5",
        "",
    ]  # verdict order first (credible first), errors last

    page.get_by_role("button", name="Score").click()
    assert _column(page, 2) == ["7.5", "50", "100", ""]  # numeric, not text order; blanks last
    assert page.locator("th").nth(2).get_attribute("aria-sort") == "ascending"
    page.get_by_role("button", name="Score").click()
    assert _column(page, 2) == ["100", "50", "7.5", ""]

    page.get_by_role("button", name="interviews").click()
    assert _column(page, 6) == ["40", "90", "", ""]
    page.get_by_role("button", name="Document").click()
    assert _column(page, 0)[:3] == [
        "<img src=x onerror=window.__xss=1>.pdf",
        "a-audit.pdf",
        "b-statement.md",
    ]

    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("img").count() == 0
    page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
    assert (tmp_path / "index.png").stat().st_size > 5_000


# --- layout at 1280 px and the printed page ------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "sample_audits"
URUMQI = SAMPLES / "06-urumqi-plant-audit-summary.md"

# Every card and figure must hold its content: nothing wider than its container, no sideways scroll.
_OVERFLOW_JS = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('section, header.top, figure, details, td, th')) {
    if (el.scrollWidth > el.clientWidth + 1) bad.push((el.id || el.tagName) + ':' + el.scrollWidth + '>' + el.clientWidth);
  }
  if (document.documentElement.scrollWidth > window.innerWidth) bad.push('page:' + document.documentElement.scrollWidth);
  return bad;
}"""


def _urumqi_page() -> str:
    from auditcheck import evaluate
    from auditcheck.document import load_document

    doc = load_document(URUMQI)
    return render(evaluate(doc), document_text=doc.text)


def _index_rows() -> list[dict]:
    from auditcheck import evaluate
    from auditcheck.render.csv import error_row, report_row

    rows = [
        report_row(evaluate(p).model_dump(mode="json"), html=f"{p.stem}.html")
        for p in sorted(SAMPLES.glob("*.md"))
        if p.name != "README.md"
    ]
    return rows + [
        error_row("a-very-long-file-name-" + "x" * 120 + ".pdf", "corrupt PDF: " + "y" * 200)
    ]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["report", "index"])
def test_nothing_overflows_at_1280_px(browser, tmp_path, kind):
    context = browser.new_context(java_script_enabled=True, viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        target = tmp_path / f"{kind}.html"
        html = _urumqi_page() if kind == "report" else render_index(_index_rows())
        target.write_text(html, encoding="utf-8")
        pg.goto(target.as_uri())
        pg.wait_for_load_state("load")
        if kind == "report":  # open every fold: the details must fit too
            pg.eval_on_selector_all("details", "els => els.forEach(d => d.open = true)")
        else:
            assert pg.locator("svg.chart").count() == 3
        assert pg.evaluate(_OVERFLOW_JS) == []
        shot = tmp_path / f"{kind}-1280.png"
        pg.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        context.close()


def _pages(pdf: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


@pytest.mark.slow
def test_urumqi_report_prints_to_at_most_six_a4_pages(tmp_path):
    """Chromium's own print-to-PDF (no Playwright needed); the page asks for A4 in its print CSS."""
    import subprocess

    executable = _chromium()
    if executable is None:
        pytest.skip("no chromium executable (CI installs Debian's chromium)")
    page = tmp_path / "urumqi.html"
    page.write_text(_urumqi_page(), encoding="utf-8")
    pdf = tmp_path / "urumqi.pdf"
    subprocess.run(
        [executable, *ARGS, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert 1 <= _pages(pdf) <= 6
