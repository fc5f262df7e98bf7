"""Render some Markdown samples as multi-page PDFs, so the PDF reader and page numbers are tested on real layouts.

Run from the repository root with the test dependencies installed (fpdf2):

    python sample_audits/make_pdfs.py

The output is committed. Re-running on the same machine gives identical bytes: the creation
date is fixed, fpdf2 derives the file id from the content and that date, and it writes
nothing else that depends on time. A Unicode TrueType font is embedded when one is found on
the machine; otherwise the core Helvetica font is used, which only covers Latin-1, so
typographic dashes and quotes are folded to ASCII and any other character outside Latin-1 is
an error rather than a silent '?'.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from fpdf import FPDF, FPDF_VERSION
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent

#: Samples rendered as PDF: one credible, multi-page report and one audit-washing report.
PDF_SAMPLES = (
    "01-thorough-forced-labour-assessment.md",
    "05-transferred-uyghur-workers-outside-xinjiang.md",
)

#: A fixed date keeps the bytes stable; it is the date the samples describe, not a real one.
FIXED_DATE = dt.datetime(2025, 6, 30, 12, 0, 0, tzinfo=dt.timezone.utc)

_FONT_CANDIDATES = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
    ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
     "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf"),
)
_ASCII_FOLD = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                             "\u2026": "...", "\u00a0": " "})
_TABLE_RULE = re.compile(r"^\|\s*:?-{3,}")


class SamplePDF(FPDF):
    """A4 pages with a running footer, as audit reports usually have."""

    def __init__(self, footer_label: str, family: str) -> None:
        super().__init__(format="A4")
        self.footer_label = footer_label
        self.family = family

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(self.family, "", 8)
        self.cell(0, 8, f"{self.footer_label} - page {self.page_no()}", align="C")


def find_font() -> tuple[str, str, str] | None:
    for paths in _FONT_CANDIDATES:
        if all(Path(p).is_file() for p in paths):
            return paths
    return None


def prepare(text: str, unicode_font: bool) -> str:
    if unicode_font:
        return text
    folded = text.translate(_ASCII_FOLD)
    bad = sorted({c for c in folded if ord(c) > 255})
    if bad:
        raise SystemExit(f"no Unicode font on this machine and the text has non-Latin-1 characters: {bad}")
    return folded


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def render(md_path: Path, out_path: Path, fonts: tuple[str, str, str] | None) -> None:
    text = prepare(md_path.read_text(encoding="utf-8"), fonts is not None)
    lines = text.splitlines()
    title = next((ln[2:].strip() for ln in lines if ln.startswith("# ")), md_path.stem)
    family = "SampleSans" if fonts else "helvetica"
    pdf = SamplePDF(md_path.stem, family)
    if fonts:
        regular, bold, italic = fonts
        pdf.add_font(family, "", regular)
        pdf.add_font(family, "B", bold)
        pdf.add_font(family, "I", italic)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("auditcheck sample (synthetic)")
    pdf.set_creator("sample_audits/make_pdfs.py")
    # Another fpdf2 release may lay bytes out differently; naming it lets the test tell.
    pdf.set_producer(f"fpdf2 {FPDF_VERSION}")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                if not _TABLE_RULE.match(lines[i]):
                    rows.append(_cells(lines[i]))
                i += 1
            _table(pdf, family, rows)
            continue
        heading = re.match(r"^(#{1,4})\s+(.*)", line)
        if heading:
            level = len(heading.group(1))
            pdf.ln(3 if level > 1 else 0)
            pdf.set_font(family, "B", {1: 16, 2: 13, 3: 11.5}.get(level, 11))
            pdf.multi_cell(0, 7, heading.group(2).strip(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
            i += 1
            continue
        # A paragraph or list item runs until a blank line or a new block starts.
        para = [line.strip()]
        i += 1
        # A line opening with a bold label ("**Site:** ...") is a field of its own, as printed reports lay it out.
        while i < len(lines) and lines[i].strip() and not re.match(r"^(#|\||\s*[-*]\s|\s*\d+\.\s|\*\*)", lines[i]):
            para.append(lines[i].strip())
            i += 1
        # fpdf2's markdown marks italics with __, Markdown with single *.
        body = re.sub(r"(?<![*\w])\*([^*]+)\*(?![*\w])", r"__\1__", " ".join(para))
        pdf.set_font(family, "", 10.5)
        bullet = re.match(r"^([-*]|\d+\.)\s+(.*)", body)
        if bullet:
            marker = "-" if bullet.group(1) in "-*" else bullet.group(1)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(0, 5.5, f"{marker} {bullet.group(2)}", markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.multi_cell(0, 5.5, body, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    pdf.output(str(out_path))


def _table(pdf: FPDF, family: str, rows: list[list[str]]) -> None:
    if not rows:
        return
    pdf.set_font(family, "", 9)
    width = max(len(r) for r in rows)
    # Header rows that are empty (a common key/value table idiom) carry no text worth a row.
    if not any(rows[0]):
        rows = rows[1:]
    with pdf.table(markdown=True, line_height=4.8, first_row_as_headings=False) as table:
        for row in rows:
            r = table.row()
            for cell in row + [""] * (width - len(row)):
                r.cell(cell)
    pdf.ln(3)


def main(argv: list[str]) -> int:
    fonts = find_font()
    names = argv or list(PDF_SAMPLES)
    for name in names:
        md = HERE / name
        out = md.with_suffix(".pdf")
        render(md, out, fonts)
        print(f"wrote {out.relative_to(HERE.parent)} ({'embedded ' + Path(fonts[0]).name if fonts else 'core Helvetica, Latin-1'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
