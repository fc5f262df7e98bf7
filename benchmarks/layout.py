"""Does a text read the same whatever its layout? Re-read labelled texts as other tools save them.

Run: python benchmarks/layout.py [--show] [wrap|plain|pdf|html ...]

Real inputs come as PDF text, text files and editor Markdown, wrapped at any width, with words
hyphenated at line ends and page furniture between pages. This benchmark takes the invented
texts whose readings are settled (the development halves of every blind document set, the paired
cases and the bundled samples) and reads each again after one layout change:

* ``wrap``: every long line broken at 72 columns, list items with a hanging indent (as an
  editor or ``fold`` would); headings and table rows are left whole, as Markdown needs;
* ``plain``: the Markdown markup taken out (heading marks, bold, list marks, quotation marks);
* ``pdf``: as ``pdftotext`` would give a PDF of it: markup out, table rows flattened into lines
  of cells, wrapped at 78 columns with long lowercase words hyphenated at line ends, a page footer
  and a form feed every 30 lines, read as plain text;
* ``html``: rendered as a web page (navigation, article, footer), read by the HTML reader.

It counts the texts whose verdict, audit-washing or principal claim changes. No label is read:
the tool is compared with itself, so the figure says how much of a reading hangs on layout.
Test halves are left out so that their texts are never printed. ``--show`` lists the changes.
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import yaml

import auditcheck
from auditcheck.document import document_from_text

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "tests" / "claims"


def texts() -> Iterator[tuple[str, str]]:
    """(name, text) of every development-half blind document, paired case and sample."""
    for folder in sorted(CLAIMS.glob("blind-docs*")):
        expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))["files"]
        for position, name in enumerate(sorted(expected)):
            if position % 2 == 0:
                yield f"{folder.name}/{name}", (folder / name).read_text(encoding="utf-8")
    for path in sorted((CLAIMS / "paired").glob("*.md")):
        yield f"paired/{path.name}", path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "sample_audits").glob("*.md")):
        yield f"sample_audits/{path.name}", path.read_text(encoding="utf-8")


def strip_markdown(text: str) -> str:
    text = re.sub(r"^#+\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"\*\*|__", "", text)
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"^>\s?", "", text, flags=re.MULTILINE)


def wrap(text: str, width: int = 72, hyphenate: bool = False) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        if line.lstrip().startswith(("|", "#")) or len(line) <= width:
            out.append(line)
            continue
        marker = re.match(r"\s*(?:[-*]\s+|\d+[.)]\s+)?", line)
        indent = " " * len(marker.group(0)) if marker and marker.group(0).strip() else ""
        lines = textwrap.wrap(line, width, break_long_words=False, subsequent_indent=indent)
        if hyphenate:
            for i in range(len(lines) - 1):
                word, _, rest = lines[i + 1].lstrip().partition(" ")
                if len(word) >= 9 and word.isalpha() and word.islower():
                    cut = len(word) // 2
                    lines[i] += " " + word[:cut] + "-"
                    lines[i + 1] = indent + word[cut:] + (" " + rest if rest else "")
        out.extend(lines)
    return "\n".join(out)


def flatten_tables(text: str) -> str:
    """Markdown table rows as a PDF's text gives them: the cells in a row, separated by spaces."""
    out = []
    for line in text.split("\n"):
        cells = line.strip()
        if cells.startswith("|") and cells.endswith("|"):
            if set(cells) <= set("|-: "):
                continue  # the header's underline
            line = " ".join(c.strip() for c in cells.strip("|").split("|") if c.strip())
        out.append(line)
    return "\n".join(out)


def pdf_text(text: str) -> str:
    body = wrap(flatten_tables(strip_markdown(text)), 78, hyphenate=True).split("\n")
    out: list[str] = []
    pages = len(body) // 30 + 1
    for i, line in enumerate(body):
        if i and i % 30 == 0:
            # pdftotext ends each page with a form feed
            out += ["", f"Page {i // 30} of {pages}", "\f"]
        out.append(line)
    return "\n".join(out)


def html_page(text: str) -> str:
    """The Markdown rendered as a web page (a press release or news story on a website)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(text)
    return (
        "<!doctype html><html><head><title>News</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article>{body}</article><footer>© 2026</footer></body></html>"
    )


CHANGES: dict[str, tuple[Callable[[str], str], str | None]] = {
    # name: (layout change, the format it is read as; None: as the original)
    "wrap": (wrap, None),
    "plain": (strip_markdown, None),
    "pdf": (pdf_text, "text"),
    "html": (html_page, "html"),
}


def reading(text: str, name: str, fmt: str | None) -> tuple[str, bool, str]:
    fmt = fmt or ("text" if name.endswith(".txt") else "markdown")
    suffix = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    document = document_from_text(text, path=f"layout.{suffix}", fmt=fmt)
    report = auditcheck.evaluate(document)
    return report.verdict.value, report.audit_washing.detected, report.judgement.principal


def main() -> None:
    show = "--show" in sys.argv
    wanted = [a for a in sys.argv[1:] if a in CHANGES] or list(CHANGES)
    changed: dict[str, list[str]] = {k: [] for k in wanted}
    count = 0
    for name, text in texts():
        count += 1
        before = reading(text, name, None)
        for key in wanted:
            change, fmt = CHANGES[key]
            after = reading(change(text), name, fmt if fmt or not name.endswith(".txt") else None)
            if after != before:
                changed[key].append(f"{name}: {before} -> {after}")
    print(f"{count} texts (development halves of the blind sets, paired cases, samples)")
    for key in wanted:
        print(f"{key}: {len(changed[key])} of {count} readings change")
        if show:
            for line in changed[key]:
                print("   ", line)


if __name__ == "__main__":
    main()
