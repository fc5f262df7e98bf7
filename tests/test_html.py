"""HTML pages: document text is escaped, quotes are highlighted in context, the CSP matches."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from auditcheck import document_from_text, evaluate
from auditcheck.models import Evidence, Reference, Status
from auditcheck.render.html import quote_in_context, render, render_index

SCRIPT = "<script>window.__xss = 1; document.title = 'pwned'</script>"
IMG = '<img src=x onerror="window.__xss = 2">'

TEXT = f"""# Audit of Harbour Knitwear {SCRIPT}

## Audit team
Lead auditor: Tomas Lind (APSCA number CSCA 21700777). The visit was unannounced.

## Findings
We interviewed 35 workers off-site. Several workers paid recruitment fees to an agent {IMG} before they travelled.
Passports are held by the workers.
"""


def planted_report():
    """A real report, with the payloads planted in every field the page shows from outside."""
    doc = document_from_text(TEXT, path="planted <b>name</b>.md")
    report = evaluate(doc)
    start = doc.text.index(IMG)
    ev = Evidence(
        quote=IMG,
        start=start,
        end=start + len(IMG),
        line=8,
        column=1,
        end_line=8,
        end_column=2,
        section=[f"Findings {SCRIPT}"],
    )
    first = report.findings[0].model_copy(
        update={
            "status": Status.unmet,
            "evidence": [ev],
            "message": f"message {SCRIPT}",
            "remedy": f"remedy {IMG}",
            "references": [
                Reference(
                    publisher=f"pub {SCRIPT}",
                    title=f"std {SCRIPT}",
                    url="javascript:window.__xss=3",
                ),
                Reference(publisher="ILO", title="ILO", url='https://www.ilo.org/?a=1&b="2"'),
            ],
        }
    )
    report = report.model_copy(
        update={"findings": [first, *report.findings[1:]], "verdict_reason": IMG}
    )
    return report, doc.text


def test_document_text_is_escaped_everywhere():
    report, text = planted_report()
    page = render(report, document_text=text)
    # only our own script element may appear, and no element from the document at all
    assert page.count("<script") == 0
    assert "<img" not in page and "<b>" not in page
    assert 'onerror="' not in page
    assert "&lt;script&gt;window.__xss = 1" in page
    # markupsafe (Jinja2's autoescape) writes a double quote as &#34;
    assert "&lt;img src=x onerror=&#34;window.__xss = 2&#34;&gt;" in page
    assert 'href="javascript' not in page
    assert 'href="https://www.ilo.org/?a=1&amp;b=&#34;2&#34;"' in page


def test_index_escapes_paths_and_errors():
    rows = [
        {
            "path": f"a{SCRIPT}.md",
            "sha256": "0" * 64,
            "score": 12.5,
            "verdict": "not_credible",
            "audit_washing": "yes",
            "patterns": "AW-01",
            "context_risk": "high",
            "dimensions": {"recruitment": 10.0},
            "top_unmet": "REC-01",
            "top_unmet_titles": IMG,
            "html": 'a"><script>x</script>.html',
            "error": "",
        },
        {"path": "broken.pdf", "sha256": None, "error": f"corrupt {IMG}"},
    ]
    page = render_index(rows)
    body = page.split("<body>", 1)[1]
    assert body.count("<script>") == 1  # the sort script, at the end
    assert "<img" not in page
    assert 'href="a%22%3E%3Cscript%3Ex%3C/script%3E.html"' in page
    assert "corrupt &lt;img" in page


def test_quote_is_marked_inside_its_context():
    text = "Alpha beta gamma. The agent kept the passports of new workers. Delta epsilon."
    quote = "kept the passports"
    start = text.index(quote)
    ev = Evidence(
        quote=quote,
        start=start,
        end=start + len(quote),
        line=1,
        column=start + 1,
        end_line=1,
        end_column=start + len(quote) + 1,
    )
    html = quote_in_context(ev, text)
    assert html == (
        '<blockquote class="ctx">Alpha beta gamma. The agent <mark>kept the passports</mark>'
        " of new workers. Delta epsilon.</blockquote>"
    )
    # offsets that do not fit the text: show the quote alone rather than the wrong context
    assert quote_in_context(ev, "x" * 200).startswith('<blockquote class="ctx"><mark>kept')
    long = "word " * 100 + quote + " tail" * 100
    s = long.index(quote)
    ev2 = ev.model_copy(update={"start": s, "end": s + len(quote)})
    out = quote_in_context(ev2, long)
    assert out.startswith('<blockquote class="ctx">…word') and out.endswith("tail…</blockquote>")


def _csp_sources(page: str, directive: str) -> list[str]:
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    for part in policy.split(";"):
        name, *values = part.split()
        if name == directive:
            return values
    return []


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("kind", ["report", "index"])
def test_csp_allows_only_the_page_own_style_and_script(kind):
    report, text = planted_report()
    page = render(report, document_text=text) if kind == "report" else render_index([])
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL).group(1)
    assert _csp_sources(page, "style-src") == [_sha(style)]
    assert _csp_sources(page, "default-src") == ["'none'"]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    if kind == "report":
        assert scripts == [] and _csp_sources(page, "script-src") == ["'none'"]
    else:
        assert _csp_sources(page, "script-src") == [_sha(scripts[0])]
    assert "unsafe-inline" not in page and "<link" not in page and 'src="http' not in page


def test_page_shows_verdict_dimensions_and_is_deterministic():
    report, text = planted_report()
    page = render(report, document_text=text)
    assert page == render(report, document_text=text)
    assert 'id="verdict">' in page and f'class="verdict v-{report.verdict.value}"' in page
    for d in report.dimensions:
        assert f'data-dimension="{d.id}"' in page
        if d.score is not None:  # the SVG bar is as long as the score says (300 units = 100)
            assert f'data-dimension="{d.id}" data-score="{d.score:g}"' in page
            bar = re.search(
                rf'data-dimension="{d.id}".*?class="fill" x="\d+" y="[\d.]+" width="([\d.]+)"', page
            ).group(1)
            assert abs(float(bar) - d.score * 3) < 0.11
    assert f"Reference data as of {report.context.reference_date}" in page


URUMQI = Path(__file__).resolve().parents[1] / "sample_audits" / "06-urumqi-plant-audit-summary.md"


@pytest.fixture(scope="module")
def urumqi_page():
    from auditcheck.document import load_document

    doc = load_document(URUMQI)
    return evaluate(doc), render(evaluate(doc), document_text=doc.text)


def test_page_opens_with_summary_and_folds_the_details(urumqi_page):
    _, page = urumqi_page
    body = page.split("<body>", 1)[1]
    assert body.index('id="summary"') < body.index('id="red-flags"') < body.index('id="partly"')
    assert 'id="about"' in body and 'id="coverage"' in body and 'id="reasons"' in body
    # everything after the red flags is folded: <details> that are closed unless asked for
    for section in ("partly", "missing", "context", "ilo", "met", "facts"):
        chunk = body[body.index(f'<section id="{section}">') :][:80]
        assert "<details>" in chunk, section
    assert "<svg" in body and "<script" not in body


def test_each_quote_is_printed_once_and_linked_after(urumqi_page):
    _, page = urumqi_page
    anchors = re.findall(r'<div class="ev" id="(q\d+)">', page)
    assert anchors and len(anchors) == len(set(anchors))
    for target in set(re.findall(r'href="#(q\d+)"', page)):
        assert target in anchors


def test_quote_context_is_plain_text():
    text = "## Findings\n\n- The **agent** kept the passports of new workers.\n- Delta"
    quote = "kept the passports"
    start = text.index(quote)
    ev = Evidence(
        quote=quote, start=start, end=start + len(quote), line=3, column=1, end_line=3, end_column=2
    )
    html = quote_in_context(ev, text)
    assert "##" not in html and "**" not in html and "\n- " not in html
    assert "The agent <mark>kept the passports</mark>" in html


def test_index_has_three_charts_and_sorts_by_verdict_order():
    from auditcheck.render.batch_index import render_index as index
    from auditcheck.render.csv import report_row

    rows = [
        report_row(evaluate(URUMQI).model_dump(mode="json"), html="u.html"),
        report_row(
            evaluate(URUMQI.with_name("01-thorough-forced-labour-assessment.md")).model_dump(
                mode="json"
            )
        ),
        {"path": "broken.pdf", "error": "cannot read"},
    ]
    page = index(rows)
    assert (
        'class="chart verdicts"' in page
        and 'class="chart histogram"' in page
        and 'class="chart heatmap"' in page
    )
    body = page[page.index("<tbody>") :]
    from auditcheck.vocabulary import VERDICT_ORDER

    shown = re.findall(r'class="verdict v-(\w+)"', body)
    assert (
        len(shown) == 2 and shown == sorted(shown, key=VERDICT_ORDER.index) and shown[0] != shown[1]
    )
    assert body.rindex("verdict v-") < body.index("broken.pdf")  # errors last
    assert 'data-verdict="not_credible" data-count="1"' in page
