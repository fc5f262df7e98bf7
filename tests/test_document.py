"""Document readers: one Document model for Markdown, text, HTML, PDF and DOCX.

The central invariant, checked for every format: each block's text is exactly the slice of
the document text between its offsets.
"""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditcheck.document import BlockKind, Document, document_from_text, load_document
from auditcheck.document import pdf as pdf_reader
from auditcheck.document.paragraphs import paragraph_blocks
from auditcheck.errors import DocumentError

from conftest import real_dev_text

fpdf = pytest.importorskip("fpdf")


def assert_spans(doc: Document) -> None:
    assert doc.blocks, "no blocks"
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        assert b.start < b.end
    starts = [b.start for b in doc.blocks]
    assert starts == sorted(starts)


def headings(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if b.kind is BlockKind.heading]


def kinds(doc: Document) -> dict[str, BlockKind]:
    return {b.text: b.kind for b in doc.blocks}


def assert_structure(
    doc: Document, fmt: str, heads: list[str], expected: dict[str, BlockKind]
) -> None:
    """Spans hold, the format was detected, and headings and block kinds are as expected."""
    assert_spans(doc)
    assert doc.format == fmt
    assert headings(doc) == heads
    found = kinds(doc)
    for text, kind in expected.items():
        assert found.get(text) is kind, text


# ---------------------------------------------------------------- builders


def make_pdf(pages: list[list[tuple[str, str]]], *, user_password: str | None = None) -> bytes:
    """A PDF whose pages hold (style, text) items: style 'h' is a bold heading, 'p' body text."""
    doc = fpdf.FPDF()
    if user_password is not None:
        doc.set_encryption(owner_password="owner-secret", user_password=user_password)
    for items in pages:
        doc.add_page()
        for style, text in items:
            if style == "h":
                doc.set_font("helvetica", "B", 14)
                doc.multi_cell(0, 8, text)
            else:
                doc.set_font("helvetica", size=11)
                doc.multi_cell(0, 6, text)
            doc.ln(4)
    return bytes(doc.output())


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(text: str, style: str | None = None, numbered: bool = False) -> str:
    ppr = ""
    if style or numbered:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if numbered:
            inner += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def make_docx(body: str, styles: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        zf.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{_W_NS}"><w:body>{body}</w:body></w:document>',
        )
        if styles is not None:
            zf.writestr(
                "word/styles.xml",
                f'<?xml version="1.0"?><w:styles xmlns:w="{_W_NS}">{styles}</w:styles>',
            )
    return buf.getvalue()


# ---------------------------------------------------------------- Markdown


MD = """---
title: Front matter title
---

# Audit of Site A

An opening paragraph with **bold** and _emphasis_ in it.

## Method

- Forty workers were interviewed.
- Records were reviewed.

| Item | Value |
|------|-------|
| Workers | 412 |

> A quoted remark.

### Findings

Nothing else to say here.
"""


def test_markdown_blocks_kinds_and_heading_paths() -> None:
    doc = document_from_text(MD, path="a.md")
    assert_structure(
        doc,
        "markdown",
        ["Audit of Site A", "Method", "Findings"],
        {
            "Forty workers were interviewed.": BlockKind.list_item,
            "412": BlockKind.table_cell,
            "A quoted remark.": BlockKind.quote,
            "An opening paragraph with **bold** and _emphasis_ in it.": BlockKind.paragraph,
        },
    )
    findings = next(b for b in doc.blocks if b.text.startswith("Nothing else"))
    assert findings.heading_path == ("Audit of Site A", "Method", "Findings")
    # front matter is not content, but its title names the document (a case file's first
    # heading is often a section such as "# Source note")
    assert not any("Front matter" in b.text for b in doc.blocks)
    assert doc.title == "Front matter title"


def test_markdown_first_heading_is_the_title_without_front_matter() -> None:
    doc = document_from_text(MD.split("---\n", 2)[2], path="a.md")
    assert doc.title == "Audit of Site A"


def test_markdown_front_matter_title_used_when_no_heading() -> None:
    doc = document_from_text(
        "---\ntitle: My report\n---\n\nA paragraph that is long enough to read.\n"
    )
    assert doc.title == "My report"


def test_position_is_one_based_lines_and_columns() -> None:
    doc = document_from_text("# Title\n\nSecond paragraph here, long enough.\n")
    start = doc.text.index("Second")
    assert doc.position(start) == (3, 1)
    assert doc.position(start + 7) == (3, 8)
    assert doc.position(0) == (1, 1)


def test_crlf_is_normalised_and_offsets_follow_it() -> None:
    doc = load_document(
        "w.txt",
        data=b"First line of text here.\r\nSecond line of text.\r\n\r\nNext paragraph here.\r\n",
    )
    assert "\r" not in doc.text
    assert_spans(doc)
    assert doc.position(doc.text.index("Next")) == (4, 1)


# ---------------------------------------------------------------- plain text and encodings

TEXT = "Audit summary\n\nThe auditors interviewed forty workers at the plant in Łódź – café “quotes”.\n"


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_text_encodings_decode_to_the_same_text(encoding: str, prefix: bytes) -> None:
    doc = load_document("enc.txt", data=prefix + TEXT.encode(encoding))
    assert doc.text == TEXT
    assert_spans(doc)
    assert doc.blocks[0].kind is BlockKind.heading


def test_windows_1252_text() -> None:
    text = "Audit summary\n\nThe auditor’s café visit – 40 workers “interviewed” at the site.\n"
    doc = load_document("cp.txt", data=text.encode("cp1252"))
    assert doc.text == text
    assert_spans(doc)


def test_plaintext_headings_lists_and_underlines() -> None:
    text = (
        "AUDIT REPORT\n\n"
        "Scope\n=====\n\n"
        "The audit covered one factory and its dormitory in the north of the country.\n\n"
        "3.2 Worker interviews\n"
        "Forty workers were interviewed in private without managers present.\n\n"
        "- first point made by the team\n"
        "- second point made by the team\n"
    )
    doc = load_document("r.txt", data=text.encode())
    assert_spans(doc)
    assert headings(doc) == ["AUDIT REPORT", "Scope", "3.2 Worker interviews"]
    items = [b for b in doc.blocks if b.kind is BlockKind.list_item]
    assert [b.text for b in items] == [
        "- first point made by the team",
        "- second point made by the team",
    ]
    interviews = next(b for b in doc.blocks if b.text.startswith("Forty"))
    assert interviews.heading_path[-1] == "3.2 Worker interviews"


def test_pdf_style_text_splits_paragraphs_at_short_sentence_ends() -> None:
    # Lines wrapped at ~80 characters with no blank line between paragraphs, as PDF text comes.
    text = (
        "Our Approach\n"
        "We ask every supplier to sign our code of conduct before the first order and we check\n"
        "compliance through audits run by outside firms that we select and pay ourselves.\n"
        "Audits are mostly announced.\n"
        "Where we find problems we agree a plan with the supplier and follow up within months\n"
        "and we stop orders if the problems stay unresolved after the agreed period ends.\n"
        "Training\n"
        "Buyers receive training each year on the risks of forced labour in their categories\n"
        "and on how purchasing practices can make those risks worse for the workers involved.\n"
    )
    doc = document_from_text(text, fmt="text")
    assert_spans(doc)
    assert headings(doc) == ["Our Approach", "Training"]
    paras = [b.text for b in doc.blocks if b.kind is BlockKind.paragraph]
    assert len(paras) == 3
    assert paras[0].endswith("mostly announced.")
    assert paras[1].startswith("Where we find")


def test_pdf_style_text_does_not_make_headings_of_page_numbers_or_running_footers() -> None:
    footer = "ACME LTD - ANNUAL STATEMENT 2019"
    page = (
        "We describe here what the company did during the year to look for forced labour\n"
        "in its supply chain and what it found when it looked at the higher risk suppliers.\n"
    )
    text = "\n\n".join([page, footer, "2", page, footer, "3", page, footer, "4"])
    doc = document_from_text(text, fmt="text")
    assert_spans(doc)
    assert headings(doc) == []


def test_flattened_table_rows_and_numbered_footers_are_not_headings() -> None:
    body = "The team met workers from each group listed here in a private room at the hostel.\n"
    text = (
        "Sample Drawn\n"
        "Group Workforce Interviewed\n"
        "Nepali workers 402 48\n"
        "Local workers from Penang 528\n\n"
        + body
        + "\nAcme report - page 1\n\n"
        + body
        + "\nAcme report - page 2\n"
    )
    doc = document_from_text(text, fmt="text")
    heads = headings(doc)
    assert "Nepali workers 402 48" not in heads
    assert "Local workers from Penang 528" not in heads
    assert not any("page" in h for h in heads)


def test_sentence_broken_by_a_blank_line_is_joined() -> None:
    text = (
        "The company engaged an outside firm which then visited the site and spoke with\n\n"
        "workers in their own language away from the managers and supervisors.\n"
    )
    doc = document_from_text(text, fmt="text")
    assert len(doc.blocks) == 1
    assert doc.blocks[0].text.endswith("supervisors.")
    assert_spans(doc)


def test_lone_bullet_line_joins_the_following_text() -> None:
    text = "Findings\nThe audit team found the following problems at the site:\n•\nWages paid late\n•\nNo contracts held\n"
    doc = document_from_text(text, fmt="text")
    items = [b.text for b in doc.blocks if b.kind is BlockKind.list_item]
    assert items == ["•\nWages paid late", "•\nNo contracts held"]


def test_paragraph_blocks_with_page_starts_sets_pages() -> None:
    text = "First page text that is a paragraph.\n\f\nSecond page text that is a paragraph."
    blocks = paragraph_blocks(text, page_starts=[0, text.index("Second")])
    assert [b.page for b in blocks] == [1, 2]


@pytest.mark.parametrize("folder_prefix", ["26", "27", "28", "29", "30"])
def test_real_pdf_extracted_statements_give_sensible_blocks(real_dev, folder_prefix: str) -> None:
    folder = next(real_dev.glob(folder_prefix + "-*"), None)
    if folder is None:
        pytest.skip("folder missing")
    doc = document_from_text(real_dev_text(folder), fmt="text")
    assert_spans(doc)
    heads = headings(doc)
    assert heads, "a statement with sections should yield headings"
    for h in heads:
        assert len(h) <= 90 and len(h.split()) <= 12
        assert sum(c.isalpha() for c in h) >= 3  # never a page number
        assert not h[0].islower()
        assert not h.endswith((",", ";"))
    # running headers/footers repeat; they must not become headings
    assert max(heads.count(h) for h in heads) <= 2
    paras = [b for b in doc.blocks if b.kind is BlockKind.paragraph]
    # body text is joined into real paragraphs, not one block per line
    long_paras = [b for b in paras if len(b.text) > 300]
    assert len(long_paras) >= 3


# ---------------------------------------------------------------- HTML

HTML = """<!DOCTYPE html>
<html><head><title>Site audit &amp; review</title>
<style>.x { color: red }</style><script>var s = "<p>not text</p>";</script></head>
<body>
<nav aria-hidden="true">Menu Home About</nav>
<h1>Site audit</h1>
<p>The team met <b>forty</b> workers &mdash; in private &amp; alone.
<p>An unclosed paragraph follows
<div hidden><p>Secret hidden text<div>nested hidden</div></div>
<span style="display: none">Invisible span</span>
<h2>Method</h2>
<ul><li>Interviews<li>Records review</ul>
<table><tr><th>Workers<td>412</tr></table>
<noscript>Enable scripts</noscript>
</body></html>
"""


def test_html_visible_text_only() -> None:
    doc = load_document("page.html", data=HTML.encode())
    assert_spans(doc)
    assert doc.title == "Site audit & review"
    assert headings(doc) == ["Site audit", "Method"]
    for hidden in (
        "not text",
        "color",
        "Secret",
        "nested hidden",
        "Invisible",
        "Enable scripts",
        "Menu",
    ):
        assert hidden not in doc.text
    assert "The team met forty workers — in private & alone." in doc.text
    assert "An unclosed paragraph follows" in doc.text
    k = kinds(doc)
    assert k["Interviews"] is BlockKind.list_item
    assert k["412"] is BlockKind.table_cell
    method_item = next(b for b in doc.blocks if b.text == "Records review")
    assert method_item.heading_path == ("Site audit", "Method")


@pytest.mark.parametrize(
    "markup, shown, dropped",
    [
        (
            "<p>Unclosed <b>bold <i>italic text inside a paragraph of the report",
            "italic text inside",
            None,
        ),
        (
            "</div></p><p>Stray closing tags before the text of the report body</p></span>",
            "Stray closing tags",
            None,
        ),
        (
            "<div><p>Text in a div <div hidden>secret <p>unclosed</div> visible tail of the report</div>",
            "visible tail",
            "secret",
        ),
        (
            "<p>An attribute with no quotes <a href=x title=y>link text</a> and more words here",
            "link text and more",
            None,
        ),
        (
            "<p>Visible paragraph of reasonable length here</p><!-- unterminated comment <p>gone",
            "Visible paragraph",
            None,
        ),
        (
            "<table><tr><td>cell without closing tags<tr><td>second row cell text here",
            "second row cell",
            None,
        ),
    ],
)
def test_malformed_html_is_tolerated(markup: str, shown: str, dropped: str | None) -> None:
    doc = load_document("bad.html", data=markup.encode())
    assert_spans(doc)
    assert shown in doc.text
    if dropped:
        assert dropped not in doc.text


def test_hidden_block_with_unclosed_child_does_not_hide_the_rest() -> None:
    markup = "<body><div hidden><p>secret words</div><p>The visible report text continues here at length.</p></body>"
    doc = load_document("x.html", data=markup.encode())
    assert "secret" not in doc.text
    assert "visible report text" in doc.text


# ---------------------------------------------------------------- PDF


def test_multi_page_pdf_has_pages_headings_and_spans() -> None:
    data = make_pdf(
        [
            [
                ("h", "1. Introduction"),
                ("p", "The auditors visited the factory for three days in May. " * 4),
            ],
            [
                ("h", "2. Worker interviews"),
                ("p", "Forty workers were interviewed away from the site in private. " * 4),
            ],
            [("p", "A closing paragraph on the third page without its own heading at all. " * 3)],
        ]
    )
    doc = load_document("report.pdf", data=data)
    assert_spans(doc)
    assert doc.format == "pdf"
    assert doc.page_count == 3
    assert headings(doc) == ["1. Introduction", "2. Worker interviews"]
    by_page = {b.page for b in doc.blocks}
    assert by_page == {1, 2, 3}
    forty = doc.text.index("Forty workers")
    assert doc.page_of(forty) == 2
    last = next(b for b in doc.blocks if b.text.startswith("A closing"))
    assert last.page == 3 and last.heading_path == ("2. Worker interviews",)
    assert doc.title == "1. Introduction"


def test_pdf_headings_come_from_bold_or_large_type() -> None:
    # A short Title Case line in body type (a table header) and a numbered footer per page are
    # not headings; the bold lines are, even straight after a line without a full stop.
    page = [
        ("h", "Worker Interviews"),
        ("p", "Table of the sample drawn by the team"),
        ("p", "Group Workforce Interviewed"),
        ("p", "Nepali workers were the largest group among those the team met in private rooms."),
        ("h", "Recruitment Fees"),
        (
            "p",
            "Most migrant workers had paid fees to agents in their home country before travelling.",
        ),
        ("p", "Acme assessment - page 1"),
    ]
    sites = ("North", "South", "East")
    pages = [
        [(k, t.replace("page 1", f"page {n}").replace("Fees", f"Fees {site}")) for k, t in page]
        for n, site in enumerate(sites, 1)
    ]
    doc = load_document("styled.pdf", data=make_pdf(pages))
    assert_spans(doc)
    # headings repeated on every page count as running headers; the rest stay headings
    assert headings(doc) == [f"Recruitment Fees {site}" for site in sites]
    fees = next(b for b in doc.blocks if b.text.startswith("Most migrant"))
    assert fees.heading_path == ("Recruitment Fees North",)


def test_sixty_page_pdf_is_fast() -> None:
    pages = [
        [
            ("h", f"{i}. Part {i}"),
            ("p", f"Text for part {i} about wages, hours and interviews. " * 20),
        ]
        for i in range(1, 61)
    ]
    data = make_pdf(pages)
    t0 = time.perf_counter()
    doc = load_document("long.pdf", data=data)
    elapsed = time.perf_counter() - t0
    assert doc.page_count == 60
    assert elapsed < 2.0, f"60-page PDF took {elapsed:.2f}s"


def test_pdf_named_md_is_read_as_pdf() -> None:
    data = make_pdf([[("p", "This PDF was saved with the wrong suffix by someone in a hurry.")]])
    doc = load_document("misnamed.md", data=data)
    assert doc.format == "pdf"
    assert "wrong suffix" in doc.text


def test_encrypted_pdf_is_refused_with_clear_message() -> None:
    data = make_pdf(
        [[("p", "Confidential audit text that needs a password to read.")]], user_password="s3cret"
    )
    with pytest.raises(DocumentError) as info:
        load_document("locked.pdf", data=data)
    msg = str(info.value)
    assert msg.startswith("locked.pdf: ") and "password" in msg and "\n" not in msg


def test_pdf_with_owner_password_only_is_readable() -> None:
    data = make_pdf(
        [[("p", "Anyone may open this; only editing is restricted by the owner.")]],
        user_password="",
    )
    doc = load_document("open.pdf", data=data)
    assert "only editing is restricted" in doc.text


def test_pdf_without_text_says_it_needs_ocr() -> None:
    doc = fpdf.FPDF()
    doc.add_page()
    doc.rect(20, 20, 80, 80, style="F")
    with pytest.raises(DocumentError) as info:
        load_document("scan.pdf", data=bytes(doc.output()))
    assert "no extractable text" in str(info.value) and "OCR" in str(info.value)


@pytest.mark.parametrize("cut", [200, 0.5])
def test_truncated_pdf_is_refused(cut: float) -> None:
    data = make_pdf(
        [[("p", "Some text that will be cut off in the middle of the file. " * 10)]] * 3
    )
    n = int(cut if cut >= 1 else len(data) * cut)
    try:
        doc = load_document("cut.pdf", data=data[:n])
    except DocumentError as exc:
        assert str(exc).startswith("cut.pdf: ") and "\n" not in str(exc)
    else:  # PDFium may repair a file cut late; then the text must still be sound
        assert_spans(doc)


def test_corrupt_pdf_is_refused() -> None:
    with pytest.raises(DocumentError, match=r"^bad\.pdf: corrupt"):
        load_document("bad.pdf", data=b"%PDF-1.7\n" + bytes(range(256)) * 4)


def test_pdf_page_that_fails_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    data = make_pdf(
        [[("p", f"Body text of page {i} long enough to count as text.")] for i in (1, 2, 3)]
    )
    real = pdf_reader._page_text

    def flaky(pdf, index):  # type: ignore[no-untyped-def]
        if index == 1:
            raise pdfium.PdfiumError("page broken")
        return real(pdf, index)

    monkeypatch.setattr(pdf_reader, "_page_text", flaky)
    doc = load_document("flaky.pdf", data=data)
    assert doc.page_count == 3
    assert "page 1" in doc.text and "page 3" in doc.text and "page 2" not in doc.text
    assert_spans(doc)
    assert doc.page_of(doc.text.index("page 3")) == 3


# ---------------------------------------------------------------- DOCX


def test_docx_headings_lists_tables() -> None:
    body = (
        _p("Audit Report", "Title")
        + _p("Method", "Heading1")
        + _p("Forty workers were interviewed in private.")
        + _p("first bullet point", numbered=True)
        + _p("second bullet point", "ListBullet")
        + _p("Results", "Heading2")
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Workers</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>412</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    doc = load_document("r.docx", data=make_docx(body))
    assert_structure(
        doc,
        "docx",
        ["Audit Report", "Method", "Results"],
        {
            "first bullet point": BlockKind.list_item,
            "second bullet point": BlockKind.list_item,
            "412": BlockKind.table_cell,
            "Forty workers were interviewed in private.": BlockKind.paragraph,
        },
    )
    cell = next(b for b in doc.blocks if b.text == "412")
    assert cell.heading_path == ("Audit Report", "Method", "Results")


def test_docx_localised_heading_style_from_styles_xml() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="My Section"/>'
        '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    )
    body = (
        _p("Einleitung", "berschrift1")
        + _p("Unterteil", "Custom")
        + _p("Text of the report body in German.")
    )
    doc = load_document("de.docx", data=make_docx(body, styles))
    assert headings(doc) == ["Einleitung", "Unterteil"]
    last = doc.blocks[-1]
    assert last.heading_path == ("Einleitung", "Unterteil")


def test_docx_named_txt_is_read_as_docx() -> None:
    doc = load_document("odd.txt", data=make_docx(_p("A Word document saved under a text suffix.")))
    assert doc.format == "docx"


def test_docx_corrupt_and_protected() -> None:
    good = make_docx(_p("Text that will be damaged in the archive."))
    with pytest.raises(DocumentError, match=r"^broken\.docx: corrupt"):
        load_document("broken.docx", data=good[: len(good) // 2])
    bad_xml = io.BytesIO()
    with zipfile.ZipFile(bad_xml, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(DocumentError, match="corrupt DOCX XML"):
        load_document("badxml.docx", data=bad_xml.getvalue())
    # A password-protected .docx is an OLE container holding an EncryptedPackage stream.
    ole = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 100
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 100
    )
    with pytest.raises(DocumentError, match="password-protected"):
        load_document("locked.docx", data=ole)


def test_docx_with_entity_declarations_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="x"/>',
        )
    with pytest.raises(DocumentError, match="DTD"):
        load_document("bomb.docx", data=buf.getvalue())


def test_xlsx_is_refused_as_not_word() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(DocumentError, match="Excel"):
        load_document("sheet.docx", data=buf.getvalue())


# ---------------------------------------------------------------- sniffing


def test_txt_that_is_html_is_read_as_html() -> None:
    doc = load_document(
        "saved.txt",
        data=b"<html><body><h1>Title</h1><p>Body text of the saved page here.</p></body></html>",
    )
    assert doc.format == "html"
    assert "<p>" not in doc.text


def test_markdown_that_starts_with_html_stays_markdown() -> None:
    text = '<p align="center"><img src="logo.png"></p>\n<p>Draft</p>\n\n# Audit report\n\nA paragraph of the report body.\n'
    doc = load_document("readme.md", data=text.encode())
    assert doc.format == "markdown"
    assert headings(doc) == ["Audit report"]
    # the same fragment without a suffix is read as HTML
    assert load_document("-", data=text.encode()).format == "html"


def test_markdown_without_suffix_is_sniffed() -> None:
    doc = load_document("-", data=b"# Report\n\nA paragraph of the report that is long enough.\n")
    assert doc.format == "markdown"
    assert headings(doc) == ["Report"]


# ---------------------------------------------------------------- the invariant, by property

_words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
)
_line = st.lists(_words, min_size=1, max_size=14).map(" ".join)
_doc_text = st.lists(
    st.one_of(
        _line,
        st.just(""),
        st.sampled_from(
            ["# Heading", "- item", "| a | b |", "|---|---|", "1. First", "   ", "•", "```", "> q"]
        ),
    ),
    min_size=3,
    max_size=40,
).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_doc_text, fmt=st.sampled_from(["markdown", "text", "html"]))
def test_every_block_is_a_slice_of_the_text(text: str, fmt: str) -> None:
    if len("".join(text.split())) < 25:
        text += "\nPadding words so that the document has enough readable text in it."
    try:
        doc = document_from_text(text, fmt=fmt)
    except DocumentError:
        return  # e.g. HTML whose content is all markup
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        assert b.text.strip() == b.text or fmt == "markdown"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paragraphs=st.lists(
        st.text(alphabet="abcdefghij KLMNOP.,", min_size=5, max_size=300), min_size=1, max_size=4
    )
)
def test_pdf_blocks_are_slices(paragraphs: list[str]) -> None:
    items = [("p", p) for p in paragraphs if p.strip()] or [("p", "fallback text of enough length")]
    items.append(("p", "Closing sentence of the document with enough letters."))
    doc = load_document("h.pdf", data=make_pdf([items]))
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        assert b.page == 1


_xml_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=60
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    paras=st.lists(
        st.tuples(
            _xml_text, st.sampled_from([None, "Heading1", "Heading2", "Title", "ListBullet"])
        ),
        min_size=1,
        max_size=12,
    )
)
def test_docx_blocks_are_slices(paras: list[tuple[str, str | None]]) -> None:
    from xml.sax.saxutils import escape

    body = "".join(_p(escape(text), style) for text, style in paras)
    body += _p("A closing paragraph with enough words to be read as a document.")
    doc = load_document("prop.docx", data=make_docx(body))
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
        assert b.text == " ".join(b.text.split())


@pytest.mark.parametrize(("name", "expected"), [("g.docx", "DOCX"), ("g.pdf", "PDF")])
def test_garbage_under_an_office_or_pdf_name_names_the_format_it_is_not(
    name: str, expected: str
) -> None:
    """A few stray bytes named .docx or .pdf are neither that format nor text: the message says
    the file is not the format its name promises, instead of calling it a text file."""

    with pytest.raises(DocumentError, match=f"not a {expected} file") as caught:
        load_document(name, data=b"abcd")
    assert "text file" not in str(caught.value)


def test_a_text_body_under_a_docx_name_is_still_read() -> None:

    doc = load_document(
        "notes.docx", data=b"The audit found no forced labour at the spinning mill in 2023."
    )
    assert doc.format == "text" and "spinning mill" in doc.text


def test_pdf_line_end_hyphens_join_words_and_keep_compounds() -> None:
    # PDFium takes a line-end hyphen out and joins the lines; a word hyphenated to fit the line
    # is whole again, and the first part of a compound keeps its hyphen ("third-party")
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(
        0,
        6,
        "Nine workers were interviewed in Nepali with an inter-\npreter, the third-\nparty "
        "agency was checked for recruit-\nment fees, and the off-\nsite interviews were private.",
    )
    doc = load_document("hyphens.pdf", data=bytes(pdf.output()))
    assert "interpreter" in doc.text and "recruitment fees" in doc.text
    assert "third-party agency" in doc.text and "off-site interviews" in doc.text


def test_a_paragraph_cut_by_a_page_break_is_one_block_without_its_page_furniture() -> None:
    # A sentence that runs from one page to the next, with a running header and a page number
    # between its parts, is one paragraph; the pattern layers read the furniture as spaces.
    from fpdf import FPDF

    from auditcheck.text.index import DocumentIndex

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, "Social audit report SA-2024-117", new_x="LMARGIN", new_y="NEXT")
            self.set_font("Helvetica", size=11)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 10, f"Page {self.page_no()}", align="C")
            self.set_font("Helvetica", size=11)

    pdf = Report(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    filler = "The assessment covered the spinning mill and its two dormitories. " * 4
    sentence = (
        "We interviewed 96 workers, 70 of them off-site at places the workers chose, in Nepali "
        "and Bengali, without managers present, and traced the recruitment of 40 of them. "
    )
    for text in [filler] * 10 + [sentence * 8] + [filler] * 30:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    doc = load_document("report.pdf", data=bytes(pdf.output()))
    assert doc.page_count >= 3  # a header on three pages is furniture, not a heading
    joined = [b for b in doc.blocks if b.furniture]
    assert joined
    plain = DocumentIndex.of(doc).plain.text
    # the paragraph cut by the page break reads whole, without the footer and header between
    assert (sentence * 8).strip() in " ".join(plain.split())
    for block in joined:
        assert doc.text.count("\f", block.start, block.end) == 1
        for start, end in block.furniture:
            assert plain[start:end].strip() == ""
            assert "Page" in doc.text[start:end]


@pytest.mark.parametrize(
    "head",
    ["", '<meta charset="utf-8">', '<meta charset="windows-1252">'],
    ids=["no-charset", "utf-8", "declared-other"],
)
def test_html_keeps_its_non_ascii_letters_whatever_the_page_declares(head: str) -> None:
    # the loader decodes the bytes; a page without <meta charset> used to be read as Latin-1
    page = f"<html><head>{head}</head><body><p>Calçado — “Straße” 新疆</p></body></html>"
    doc = load_document("page.html", data=page.encode("utf-8"))
    assert doc.text.strip() == "Calçado — “Straße” 新疆"


def test_a_windows_1252_page_is_decoded_before_it_is_parsed() -> None:
    body = "Calçado Vale do Sousa — “visited” by the auditors in Felgueiras, Portugal."
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{body}</p></body></html>'
    doc = load_document("page.html", data=page.encode("cp1252"))
    assert doc.text.strip() == body


def test_an_html_table_row_is_one_line_so_results_tables_are_read() -> None:
    # a results table on a web page reads row by row, as the same table in Markdown does
    page = (
        "<html><body><h1>Audit summary: Velaria Candles</h1><table>"
        "<tr><th>Issue</th><th>Non-conformities</th><th>Observations</th></tr>"
        "<tr><td>Freely chosen employment</td><td>0</td><td>0</td></tr>"
        "<tr><td>Wages</td><td>2</td><td>1</td></tr>"
        "</table><p>Report date: 10 June 2025</p></body></html>"
    )
    doc = load_document("summary.html", data=page.encode("utf-8"))
    assert "Issue | Non-conformities | Observations\nFreely chosen employment | 0 | 0\n" in doc.text
    assert [b.text for b in doc.blocks if b.kind is BlockKind.table_cell][:3] == [
        "Issue",
        "Non-conformities",
        "Observations",
    ]
    import auditcheck

    report = auditcheck.evaluate(doc)
    assert [c.kind for c in report.claims if c.counts] == ["adverse"]


def test_a_docx_table_row_is_one_line_so_results_tables_are_read() -> None:
    # an auditor's draft in Word: its results table reads row by row, as in Markdown
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{_p(c)}</w:tc>" for c in cells) + "</w:tr>"

    body = (
        _p("Audit summary: Velaria Candles", "Heading1")
        + "<w:tbl>"
        + row("Issue", "Non-conformities", "Observations")
        + row("Freely chosen employment", "0", "0")
        + row("Wages", "2", "1")
        + "</w:tbl>"
        + _p("Report date: 10 June 2025")
    )
    doc = load_document("draft.docx", data=make_docx(body))
    assert "Issue | Non-conformities | Observations\nFreely chosen employment | 0 | 0\n" in doc.text
    assert doc.text.endswith("Wages | 2 | 1\n\nReport date: 10 June 2025")
    import auditcheck

    report = auditcheck.evaluate(doc)
    assert [c.kind for c in report.claims if c.counts] == ["adverse"]


def test_a_one_column_results_table_on_a_web_page_is_read_once() -> None:
    # a row of cells is read as cells, never again as a flattened line of text
    page = (
        "<html><body><h1>Audit summary: Velaria Candles</h1><table>"
        "<tr><th>Issue</th><th>Non-conformities</th></tr>"
        "<tr><td>Freely chosen employment</td><td>0</td></tr>"
        "<tr><td>Wages</td><td>2</td></tr>"
        "</table><p>Report date: 10 June 2025</p></body></html>"
    )
    import auditcheck

    report = auditcheck.evaluate(load_document("summary.html", data=page.encode("utf-8")))
    assert [(c.kind, c.evidence.quote) for c in report.claims] == [("adverse", "Wages | 2")]
