"""Markdown memo and text output: what an NGO pastes into a critique must be complete and inert."""

from __future__ import annotations

import auditcheck
from auditcheck.document import document_from_text
from auditcheck.render import render

TEXT = """# Statement on the audit of the plant in Urumqi

An independent audit of our plant in Urumqi found no indication of forced labour. The audit was
carried out by two lawyers from a law firm in Shenzhen. <script>alert(1)</script> [click](javascript:alert(1))
"""


def _report():
    return auditcheck.evaluate(document_from_text(TEXT, path="statement.md"))


def test_memo_has_verdict_patterns_matrix_and_located_quotes():
    memo = render(_report(), "markdown")
    assert "**Verdict: not credible**" in memo
    assert "## Audit-washing: claims that outrun the methods" in memo
    assert "## ILO forced-labour matrix" in memo
    assert "statement.md, line 3" in memo
    assert "**What would fix it:**" in memo


def test_memo_escapes_html_and_links_from_the_document():
    from markdown_it import MarkdownIt

    memo = render(_report(), "markdown")
    html = MarkdownIt("commonmark").render(memo)  # what a Markdown viewer would make of it
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "&lt;script&gt;" in html  # shown as text, not dropped


def test_text_output_leads_with_verdict_and_context():
    out = render(_report(), "text", color=False)
    first = out.splitlines()[0]
    assert first.startswith("statement.md: NOT CREDIBLE")
    assert "context: high risk" in out
