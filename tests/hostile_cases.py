# ruff: noqa: RUF001, E501 - CJK test text has full-width commas; OOXML boilerplate is long
"""The hostile-input suite's cases, generated at test time (nothing big or binary is committed).

Each case names the file it writes, how to make its bytes, and the outcome expected of every
command that reads documents, written down before the code that handles it:

- ``refused``: exit 2, exactly one stderr line that names the file, and the other files on
  the same command line are still scored;
- ``scored``: the file gets a report and prints nothing on stderr;
- ``warned``: the file gets a report whose notes carry a warning, and one warning line
  names it on stderr.

Run ``python tests/hostile_cases.py`` to print the table used in docs/robustness.md.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD = """# Social compliance audit: {name}

## Audit team
Lead auditor: Ines Okafor (APSCA number CSCA 21700456), with two assistants from the same firm.

## Method
The visit was unannounced. We interviewed {n} workers in private, away from the site, chosen by
the audit team from the payroll. We traced how each migrant worker was recruited: several had paid
recruitment fees to a labour agent in their home country, which the buyer has agreed to repay.

## Findings
Identity documents are kept by the workers themselves. Overtime is voluntary and paid at premium
rates. The dormitory rules were read with the workers, and wage slips matched the bank records.
"""

ENGLISH = GOOD.format(name="Hostile Case Mill", n=31)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: Reading limit used by the combined run, so the oversize case stays small.
MAX_BYTES = 3 * 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One hostile or awkward input and what every command must do with it."""

    id: str
    filename: str
    make: Callable[[], bytes] | None
    expect: str  # refused | scored | warned
    says: str  # a phrase the refusal or warning line must contain ("" for scored)
    family: str
    defect: str = ""  # the issue-12 defect it reproduces, if any ("" = held before)
    slow: bool = False
    special: str = ""  # dir | missing | fifo | symlink-loop | dangling
    time_limit: float | None = None  # a budget of its own (seconds), when the case is about it


# ----------------------------------------------------------------------------------------
# builders


def text(s: str, encoding: str = "utf-8") -> Callable[[], bytes]:
    return lambda: s.encode(encoding)


def content_types() -> str:
    return (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>'
    )


RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def para(s: str) -> str:
    return f"<w:p><w:r><w:t>{s}</w:t></w:r></w:p>"


def body_xml(inner: str, prolog: str = "") -> str:
    return f'<?xml version="1.0"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>{inner}</w:body></w:document>'


def english_paras() -> str:
    return "".join(para(p.replace("#", "").strip()) for p in ENGLISH.split("\n\n") if p.strip())


def docx(
    document: str | None = None,
    *,
    method: int = zipfile.ZIP_DEFLATED,
    extra: dict[str, str] | None = None,
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        zf.writestr("[Content_Types].xml", content_types())
        zf.writestr("_rels/.rels", RELS)
        if document is not None:
            zf.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def good_docx() -> bytes:
    return docx(body_xml(english_paras()))


def zip_bomb_docx() -> bytes:
    # ~100 MB of XML (over the 96 MB budget) in a file of about 100 KB
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types())
        zf.writestr("_rels/.rels", RELS)
        with zf.open("word/document.xml", "w") as fh:
            fh.write(
                f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode()
            )
            chunk = b"a" * (1 << 20)
            for _ in range(100):
                fh.write(chunk)
            fh.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def _data_offset(data: bytes, member: str) -> tuple[int, int]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(member)
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    start = info.header_offset + 30 + name_len + extra_len
    return start, info.compress_size


def damaged(method: int) -> Callable[[], bytes]:
    def make() -> bytes:
        data = bytearray(docx(body_xml(english_paras() * 20), method=method))
        start, size = _data_offset(bytes(data), "word/document.xml")
        for i in range(start + size // 3, start + size // 3 + 64):
            data[i] ^= 0x5A
        return bytes(data)

    return make


def unknown_method_docx() -> bytes:
    data = bytearray(docx(body_xml(english_paras()), method=zipfile.ZIP_STORED))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    data[info.header_offset + 8 : info.header_offset + 10] = struct.pack("<H", 99)
    # and the member's central-directory entry, so both agree on the unknown method
    pos = bytes(data).find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack("<H", data[pos + 28 : pos + 30])[0]
        if bytes(data[pos + 46 : pos + 46 + name_len]) == b"word/document.xml":
            data[pos + 10 : pos + 12] = struct.pack("<H", 99)
        pos = bytes(data).find(b"PK\x01\x02", pos + 4)
    return bytes(data)


def nested_docx(open_tag: str, close_tag: str, depth: int) -> Callable[[], bytes]:
    return lambda: docx(
        body_xml(
            open_tag * depth + para("Deep text about audit findings here.") + close_tag * depth
        )
    )


def office_zip(kind: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        if kind == "xlsx":
            zf.writestr("xl/workbook.xml", "<workbook/>")
        elif kind == "pptx":
            zf.writestr("ppt/presentation.xml", "<p/>")
        elif kind == "odt":
            zf.writestr("content.xml", "<office/>")
        elif kind == "epub":
            zf.writestr("META-INF/container.xml", "<container/>")
        else:
            zf.writestr("notes.txt", "hello there, some notes in a zip")
    return buf.getvalue()


def fpdf(body: str | None, *, rect_only: bool = False) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if rect_only:
        pdf.rect(20, 20, 100, 60, style="F")
    else:
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, body or "")
    return bytes(pdf.output())


def raw_pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def cyclic_pdf() -> bytes:
    return raw_pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"]
    )


def flate_bomb_pdf() -> bytes:
    stream = zlib.compress(b" " * (40 * 1024 * 1024), 9)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ]
    )


def deep_html(tag: str, depth: int) -> Callable[[], bytes]:
    return lambda: (
        f"<html><body><p>{ENGLISH}</p>"
        + f"<{tag}>" * depth
        + "deep"
        + f"</{tag}>" * depth
        + "</body></html>"
    ).encode()


def html_page(body: str, head: str = "") -> Callable[[], bytes]:
    return lambda: f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


CHINESE = (
    "新疆维吾尔自治区和田地区的工厂审核报告。审核员访谈了工人，工人的护照没有被扣留，"
    "加班时间符合当地规定，工资按时支付。宿舍规则已经向工人说明。"
) * 6
TRADITIONAL = (
    "新疆維吾爾自治區和田地區的工廠審核報告。審核員訪談了工人，工人的護照沒有被扣留，"
    "加班時間符合當地規定，工資按時支付。宿舍規則已經向工人說明。"
) * 6
JAPANESE = (
    "新疆ウイグル自治区ホータン地区の工場監査報告書。監査員は労働者に面接し、パスポートは"
    "保管されておらず、残業時間は規則に従っていた。賃金は期日通りに支払われた。"
) * 6
KOREAN = (
    "신장 위구르 자치구 호탄 지역 공장 감사 보고서. 감사관은 노동자들을 면담했으며 여권은 "
    "압수되지 않았고 초과 근무 시간은 규정을 준수했다. 임금은 제때 지급되었다."
) * 6
FRENCH = (
    "Rapport d'audit social de l'usine. Les auditeurs ont interrogé les travailleurs sans la "
    "présence de la direction; les passeports restent chez les travailleurs et les heures "
    "supplémentaires sont payées selon la loi. "
) * 8


def stray_byte() -> bytes:
    body = (
        "Workers said the \u201cdormitory rules\u201d were read to them \u2014 and wages matched. "
        * 20
    )
    return ("# Audit notes\n\n" + body).encode() + b"\xff" + b" A final line about the audit.\n"


def names_bytes(name: bytes) -> str:
    return os.fsdecode(name)


# ----------------------------------------------------------------------------------------
# the cases


def cases() -> list[Case]:
    """Every case of the suite, in a stable order."""
    c: list[Case] = []

    def add(*args: object, **kw: object) -> None:
        c.append(Case(*args, **kw))  # type: ignore[arg-type]

    # -- empty, binary, wrong kind (held before; kept so they keep holding)
    add("empty", "empty.md", text(""), "refused", "file is empty", "empty")
    add("whitespace", "blank.txt", text("  \n\t\n   \n"), "refused", "only whitespace", "empty")
    add(
        "nul-in-text",
        "nul.txt",
        lambda: ENGLISH.encode() + b"\x00\x00" + ENGLISH.encode(),
        "refused",
        "binary",
        "binary",
    )
    add(
        "random-binary",
        "noise.md",
        lambda: bytes((i * 7919 + 13) % 251 for i in range(4096)),
        "refused",
        "binary",
        "binary",
    )
    add(
        "png-as-pdf",
        "picture.pdf",
        lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
        "refused",
        "PNG",
        "binary",
    )
    add(
        "jpeg-as-docx",
        "photo.docx",
        lambda: b"\xff\xd8\xff\xe0" + b"\x00" * 300,
        "refused",
        "JPEG",
        "binary",
    )
    add(
        "elf-as-txt",
        "program.txt",
        lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 300,
        "refused",
        "executable",
        "binary",
    )
    add(
        "gzip-as-md",
        "archive.md",
        lambda: b"\x1f\x8b\x08\x00" + b"\x00" * 300,
        "refused",
        "gzip",
        "binary",
    )
    add(
        "sqlite",
        "data.txt",
        lambda: b"SQLite format 3\x00" + b"\x00" * 300,
        "refused",
        "SQLite",
        "binary",
    )
    add(
        "pickle",
        "model.md",
        lambda: b"\x80\x04\x95" + b"\x00" * 50 + b"cos\nsystem\n",
        "refused",
        "pickle",
        "binary",
    )
    add(
        "ole-encrypted",
        "locked.docx",
        lambda: (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\x00" * 64
            + "EncryptedPackage".encode("utf-16-le")
            + b"\x00" * 64
        ),
        "refused",
        "password-protected",
        "office",
    )
    add(
        "legacy-doc",
        "old.doc",
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        "refused",
        "legacy Office",
        "office",
    )
    add(
        "rtf",
        "letter.rtf",
        text("{\\rtf1\\ansi Audit letter text here}"),
        "refused",
        "RTF",
        "office",
    )
    add("xlsx", "sheet.xlsx", lambda: office_zip("xlsx"), "refused", "Excel", "office")
    add(
        "pptx-as-docx", "slides.docx", lambda: office_zip("pptx"), "refused", "PowerPoint", "office"
    )
    add("odt", "text.odt", lambda: office_zip("odt"), "refused", "OpenDocument", "office")
    add("epub", "book.epub", lambda: office_zip("epub"), "refused", "EPUB", "office")
    add("plain-zip", "bundle.zip", lambda: office_zip("zip"), "refused", "ZIP archive", "office")
    add(
        "oversize",
        "huge.md",
        lambda: b"# Big\n\n" + b"word " * (MAX_BYTES // 5 + 1000),
        "refused",
        "too large",
        "size",
    )

    # -- file system oddities
    add("directory", "a-folder.md", None, "refused", "directory", "filesystem", special="dir")
    add("missing", "not-there.md", None, "refused", "no such file", "filesystem", special="missing")
    add("fifo", "pipe.md", None, "refused", "not a regular file", "filesystem", special="fifo")
    add("symlink-loop", "loop.md", None, "refused", "", "filesystem", special="symlink-loop")
    add(
        "dangling-symlink",
        "dangling.md",
        None,
        "refused",
        "no such file",
        "filesystem",
        special="dangling",
    )

    # -- names that must not reach the terminal raw (defects 3 and 7)
    add("name-newline", "bad\nname.md", text(""), "refused", "file is empty", "names")
    add(
        "name-ansi-refused",
        "\x1b]0;pwned\x07\x1b[2Jclear.md",
        text(""),
        "refused",
        "file is empty",
        "names",
        defect="7",
    )
    add("name-ansi-scored", "\x1b[31mred.md", text(ENGLISH), "scored", "", "names", defect="7")
    add(
        "name-not-utf8-scored",
        names_bytes(b"caf\xe9-report.md"),
        text(ENGLISH),
        "scored",
        "",
        "names",
        defect="3",
    )
    add(
        "name-not-utf8-refused",
        names_bytes(b"r\xe9sum\xe9.md"),
        text(""),
        "refused",
        "file is empty",
        "names",
        defect="3",
    )
    add("name-bidi", "report\u202egnp.md", text(ENGLISH), "scored", "", "names", defect="7")

    # -- encodings (defect 10 and the warnings)
    add(
        "utf16-bom",
        "utf16.txt",
        lambda: b"\xff\xfe" + ENGLISH.encode("utf-16-le"),
        "scored",
        "",
        "encoding",
    )
    add(
        "utf16-no-bom",
        "utf16nobom.txt",
        lambda: ENGLISH.encode("utf-16-le"),
        "scored",
        "",
        "encoding",
    )
    add(
        "utf16-odd-byte",
        "utf16odd.txt",
        lambda: b"\xff\xfe" + ENGLISH.encode("utf-16-le") + b"\x41",
        "scored",
        "",
        "encoding",
    )
    add(
        "cp1252",
        "windows.txt",
        text(ENGLISH.replace("rates.", "rates \u2014 \u201cfine\u201d."), "cp1252"),
        "scored",
        "",
        "encoding",
    )
    add("utf8-stray-byte", "stray.md", stray_byte, "scored", "", "encoding", defect="10")
    add("utf8-bom", "bom.md", lambda: b"\xef\xbb\xbf" + ENGLISH.encode(), "scored", "", "encoding")
    add("gbk", "gbk.txt", text(CHINESE, "gbk"), "warned", "not in English", "encoding", defect="10")
    add(
        "big5",
        "big5.txt",
        text(TRADITIONAL, "big5"),
        "warned",
        "not in English",
        "encoding",
        defect="10",
    )
    add(
        "shift-jis",
        "sjis.txt",
        text(JAPANESE, "shift_jis"),
        "warned",
        "not in English",
        "encoding",
        defect="10",
    )
    add(
        "euc-kr",
        "euckr.txt",
        text(KOREAN, "euc_kr"),
        "warned",
        "not in English",
        "encoding",
        defect="10",
    )
    add("french", "rapport.md", text(FRENCH), "warned", "not in English", "language", defect="10")

    # -- sniffing and content (defect 10)
    add(
        "md-mentions-pdf",
        "notes.md",
        text("# Notes\n\nThe file began with %PDF-1.4 as usual.\n\n" + ENGLISH),
        "scored",
        "",
        "sniffing",
        defect="10",
    )
    add(
        "one-letter",
        "aaaa.txt",
        lambda: b"a" * (2 * 1024 * 1024),
        "refused",
        "different words",
        "content",
        defect="10",
    )
    add(
        "one-word",
        "word.txt",
        lambda: b"audit " * 50_000,
        "refused",
        "different words",
        "content",
        defect="10",
    )
    add(
        "html-as-txt",
        "page.txt",
        html_page(f"<h1>Audit</h1><p>{ENGLISH}</p>"),
        "scored",
        "",
        "sniffing",
    )
    add("docx-as-txt", "wordfile.txt", good_docx, "scored", "", "sniffing")
    add(
        "long-line",
        "oneline.md",
        lambda: (ENGLISH.replace("\n", " ") * 400).encode(),
        "scored",
        "",
        "content",
    )
    add(
        "ansi-in-text",
        "ansi.md",
        text(ENGLISH + "\n\n\x1b]0;title\x07\x1b[2J A line with escapes.\n"),
        "scored",
        "",
        "content",
        defect="7",
    )
    add(
        "md-deep-quotes",
        "quotes.md",
        text(">" * 5000 + " quoted\n\n" + ENGLISH),
        "scored",
        "",
        "markdown",
    )
    add(
        "md-deep-lists",
        "lists.md",
        text("- " * 5000 + "item\n\n" + ENGLISH),
        "scored",
        "",
        "markdown",
    )

    # -- HTML (defect 1)
    add(
        "html-good", "good.html", html_page(f"<h1>Audit</h1><p>{ENGLISH}</p>"), "scored", "", "html"
    )
    add(
        "html-20k-div",
        "divs.html",
        deep_html("div", 20_000),
        "refused",
        "deeper than",
        "html",
        defect="1",
    )
    add(
        "html-100k-b",
        "bold.html",
        deep_html("b", 100_000),
        "refused",
        "deeper than",
        "html",
        defect="1",
    )
    add(
        "html-script-only",
        "script.html",
        html_page("<script>var a = 'text in a script only';</script>"),
        "refused",
        "no readable text",
        "html",
    )
    add(
        "html-hidden-only",
        "hidden.html",
        html_page(f'<div hidden><p>{ENGLISH}</p></div><p style="display:none">x y z</p>'),
        "refused",
        "no readable text",
        "html",
    )
    add(
        "html-entities",
        "ent.html",
        lambda: (
            f'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
            f"<html><body><p>&b;</p><p>{ENGLISH}</p></body></html>"
        ).encode(),
        "scored",
        "",
        "html",
    )
    add(
        "html-wrong-meta",
        "meta.html",
        html_page(f"<p>{ENGLISH} \u2014 \u201cok\u201d</p>", '<meta charset="gbk">'),
        "scored",
        "",
        "html",
    )

    # -- DOCX (defects 1 and 4)
    add("docx-good", "good.docx", good_docx, "scored", "", "docx")
    add("docx-no-rels", "norels.docx", lambda: _no_rels_docx(), "scored", "", "docx")
    add("docx-zip-bomb", "bomb.docx", zip_bomb_docx, "refused", "inflates past", "docx", defect="1")
    add(
        "docx-bad-deflate",
        "deflate.docx",
        damaged(zipfile.ZIP_DEFLATED),
        "refused",
        "corrupt DOCX",
        "docx",
        defect="4",
    )
    add(
        "docx-bad-lzma",
        "lzma.docx",
        damaged(zipfile.ZIP_LZMA),
        "refused",
        "corrupt DOCX",
        "docx",
        defect="4",
    )
    add(
        "docx-unknown-method",
        "method.docx",
        unknown_method_docx,
        "refused",
        "corrupt DOCX",
        "docx",
        defect="4",
    )
    add(
        "docx-100k-sdt",
        "sdt.docx",
        nested_docx("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 100_000),
        "refused",
        "nests deeper",
        "docx",
        defect="4",
    )
    add(
        "docx-5k-tables",
        "tables.docx",
        nested_docx("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 5_000),
        "refused",
        "nests deeper",
        "docx",
        defect="4",
    )
    add(
        "docx-xxe",
        "xxe.docx",
        lambda: docx(
            body_xml(
                para("&xxe;"), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            )
        ),
        "refused",
        "DTD",
        "docx",
    )
    add(
        "docx-laughs",
        "laughs.docx",
        lambda: docx(
            body_xml(
                para("&l9;"),
                "<!DOCTYPE d ["
                + "".join(
                    f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10 if i else "lol"}">'
                    for i in range(10)
                )
                + "]>",
            )
        ),
        "refused",
        "DTD",
        "docx",
    )
    add("docx-no-body-part", "nobody.docx", lambda: docx(None), "refused", "not a Word", "docx")
    add(
        "docx-truncated",
        "cut.docx",
        lambda: good_docx()[: len(good_docx()) // 2],
        "refused",
        "corrupt DOCX",
        "docx",
    )
    add(
        "docx-bad-xml",
        "badxml.docx",
        lambda: docx('<w:document xmlns:w="x"><unclosed>'),
        "refused",
        "corrupt DOCX XML",
        "docx",
    )

    # -- PDF
    add("pdf-good", "good.pdf", lambda: fpdf(ENGLISH.replace("#", "")), "scored", "", "pdf")
    add("pdf-as-md", "actually-pdf.md", lambda: fpdf(ENGLISH.replace("#", "")), "scored", "", "pdf")
    add(
        "pdf-truncated",
        "half.pdf",
        lambda: fpdf(ENGLISH.replace("#", ""))[:400],
        "refused",
        "PDF",
        "pdf",
    )
    add(
        "pdf-garbage",
        "garbage.pdf",
        lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnot a pdf at all\n",
        "refused",
        "PDF",
        "pdf",
    )
    add(
        "pdf-image-only",
        "scan.pdf",
        lambda: fpdf(None, rect_only=True),
        "refused",
        "no extractable text",
        "pdf",
    )
    add("pdf-cyclic-pages", "cycle.pdf", cyclic_pdf, "refused", "PDF", "pdf")
    add("pdf-flate-bomb", "flate.pdf", flate_bomb_pdf, "refused", "no extractable text", "pdf")

    # -- slow: big inputs that must stay linear
    add(
        "md-49mb",
        "big.md",
        lambda: (ENGLISH + "\n\n") * (49 * 1024 * 1024 // (len(ENGLISH) + 2)),
        # reading it is linear now (see test_10_a_49_mb_markdown_file_reads_in_linear_time), but
        # reading and scoring 49 MB takes over a minute: a budget of 5 s must stop it by name
        "refused",
        "5s time limit",
        "size",
        defect="1",
        slow=True,
        time_limit=5,
    )
    return c


def _refused_with_unique_content() -> list[Case]:
    seen: set[bytes] = set()
    out = []
    for case in cases():
        if case.expect != "refused" or case.special or case.slow or case.id in ("oversize",):
            continue
        data = case.make() if case.make else b""
        if data in seen or "\n" in case.filename or "\x1b" in case.filename:
            continue
        seen.add(data)
        out.append(case)
    return out


def _no_rels_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", body_xml(english_paras()))
    return buf.getvalue()


def refused_for_batch() -> list[Case]:
    """Refused cases whose bytes all differ (a batch records identical bytes once)."""
    return _refused_with_unique_content()


def write_case(case: Case, folder: Path) -> Path:
    """Create the case's file (or oddity) in ``folder`` and return the path to pass on."""
    path = folder / case.filename
    if case.special == "dir":
        path.mkdir()
    elif case.special == "missing":
        pass
    elif case.special == "fifo":
        os.mkfifo(path)
    elif case.special == "symlink-loop":
        os.symlink(path.name, path)
    elif case.special == "dangling":
        os.symlink(folder / "nowhere" / "x.md", path)
    else:
        assert case.make is not None
        data = case.make()
        if isinstance(data, str):
            data = data.encode()
        path.write_bytes(data)
    return path


def table(rows: list[Case]) -> str:
    """The Markdown table of cases for docs/robustness.md."""
    out = [
        "| case | file | family | expected | the line says | defect | slow |",
        "|---|---|---|---|---|---|---|",
    ]
    for case in rows:
        shown = (
            case.filename.encode("unicode_escape", "backslashreplace")
            .decode("ascii")
            .replace("|", "\\|")
        )
        out.append(
            f"| {case.id} | `{shown}` | {case.family} | {case.expect} | {case.says or '-'} "
            f"| {case.defect or 'held'} | {'slow' if case.slow else ''} |"
        )
    return "\n".join(out)


if __name__ == "__main__":
    print(table(cases()))
