# ruff: noqa: E501 - PDF object literals read best on one line
"""Property-based fuzzing of every reader and of the criteria loader, with a deadline per example.

The property is the contract: any bytes either become a Document whose blocks are exact
slices of its text, or a DocumentError (PackError for criteria) whose message is one line
naming the file. Nothing else may escape, and no example may take longer than its deadline.
"""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditcheck.document import load_document
from auditcheck.errors import DocumentError, PackError

FUZZ = settings(
    max_examples=60,
    deadline=timedelta(seconds=3),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def check(name: str, data: bytes, fmt: str | None = None) -> None:
    try:
        doc = load_document(name, data=data, fmt=fmt)
    except DocumentError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message
        assert message.startswith(name + ": ")
        return
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text


# text-ish bytes: words, markup characters, odd bytes and encodings all mixed
_pieces = st.sampled_from(
    [
        b"# ",
        b"## ",
        b"- ",
        b"> ",
        b"|",
        b"---",
        b"\n",
        b"\n\n",
        b"<p>",
        b"</p>",
        b"<div>",
        b"<b>",
        b"<h1>",
        b"</h1>",
        b"<script>",
        b"%PDF-",
        b"PK\x03\x04",
        b"\x00",
        b"\xff",
        b"\xe9",
        b"\xef\xbb\xbf",
        b"\x1b[2J",
        b"audit",
        b"workers",
        b"wages",
        b"interviewed ",
        "新疆".encode(),
        "新疆".encode("gbk"),
        b"&amp;",
        b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
    ]
)
texty = st.lists(st.one_of(_pieces, st.binary(max_size=12)), max_size=60).map(b"".join)


@FUZZ
@given(texty)
def test_fuzz_sniffing_reader(data: bytes) -> None:
    check("fuzz.bin", data)


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
@FUZZ
@given(data=texty)
def test_fuzz_text_readers(fmt: str, data: bytes) -> None:
    check(f"fuzz.{fmt}", data, fmt)


_xml_bits = st.sampled_from(
    [
        "<w:p>",
        "</w:p>",
        "<w:r>",
        "</w:r>",
        "<w:t>",
        "</w:t>",
        "words here ",
        "<w:tbl>",
        "<w:tr>",
        "<w:tc>",
        "</w:tc>",
        "</w:tr>",
        "</w:tbl>",
        "<w:sdt><w:sdtContent>",
        "</w:sdtContent></w:sdt>",
        '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>',
        "&lt;",
        "<!ENTITY x 'y'>",
        "<w:br/>",
        "\x00",
        "&x;",
    ]
)


@st.composite
def docx_bytes(draw: st.DrawFn) -> bytes:
    body = "".join(draw(st.lists(_xml_bits, max_size=40)))
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    buf = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_LZMA]))
    with zipfile.ZipFile(buf, "w", method) as zf:
        zf.writestr("word/document.xml", xml)
    data = bytearray(buf.getvalue())
    for pos, value in draw(
        st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), max_size=3)
    ):
        data[pos] = value  # damage a few bytes anywhere: headers, data, directory
    return bytes(data)


@FUZZ
@given(docx_bytes())
def test_fuzz_docx_reader(data: bytes) -> None:
    check("fuzz.docx", data)


@st.composite
def pdf_bytes(draw: st.DrawFn) -> bytes:
    objects = draw(
        st.lists(
            st.sampled_from(
                [
                    b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
                    b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (audit workers) Tj ET\nendstream",
                    b"<< /Length 5 /Filter /FlateDecode >>\nstream\nxxxxx\nendstream",
                    b"null",
                    b"[1 0 R]",
                ]
            ),
            max_size=6,
        )
    )
    out = b"%PDF-1.4\n" + b"".join(
        b"%d 0 obj\n" % i + o + b"\nendobj\n" for i, o in enumerate(objects, 1)
    )
    return out + draw(
        st.sampled_from([b"", b"trailer << /Root 1 0 R >>\n%%EOF\n", b"startxref\n9\n%%EOF"])
    )


@FUZZ
@given(pdf_bytes())
def test_fuzz_pdf_reader(data: bytes) -> None:
    check("fuzz.pdf", data)


_yaml_bits = st.sampled_from(
    [
        "id: XX-01\n",
        "name: x\n",
        "title: A title\n",
        "kind: existence\n",
        "dimension: scope_transparency\n",
        "severity: major\n",
        "weight: 1\n",
        "patterns: ['\\baudit\\b']\n",
        "patterns: ['(a|aa)+$']\n",
        "patterns: ['[']\n",
        "message: m\n",
        "rationale: r\n",
        "remedy: x\n",
        "references: []\n",
        "a: &x [1, 2]\n",
        "b: [*x, *x, *x]\n",
        "c: *undefined\n",
        "date: 2021-02-30\n",
        "!!python/object:os.system\n",
        "- \n",
        "  nested: {a: [\n",
        "\t",
        ":",
        "'",
        "examples: {met: ['x']}\n",
        "sections: ['^(a|aa)+$']\n",
    ]
)


@FUZZ
@given(st.lists(_yaml_bits, max_size=14).map("".join))
def test_fuzz_criteria_loader(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    from auditcheck.packs import load_packs

    folder = tmp_path_factory.mktemp("pack")
    pack = folder / "fuzz-pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text(
        "id: fuzz-pack\ntitle: Fuzz\nversion: '0.1'\ndescription: d\npurpose: p\n", encoding="utf-8"
    )
    (pack / "XX-01.yaml").write_text(text, encoding="utf-8")
    try:
        load_packs(folder)
    except PackError as exc:
        assert "\n" not in exc.one_line()
        assert str(Path(exc.path)).startswith(str(folder))
