"""The plain-Markdown tokens (document/markdown_plain.py) equal markdown-it's wherever given.

For every text the fast reader accepts, its block tokens must be markdown-it's CommonMark
tokens (with tables) field for field, and the reader must give the same blocks and title
with or without it. Texts with anything but headings and paragraphs must be declined.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REAL_DEV, SAMPLES, real_dev_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from auditcheck.document import markdown as reader
from auditcheck.document.markdown_plain import plain_tokens

_MD = MarkdownIt("commonmark").enable("table")


def _fields(tokens: list) -> list[tuple]:
    return [(t.type, t.tag, t.map, t.level, t.content) for t in tokens]


def _read_with_markdown_it(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    with monkeypatch.context() as m:
        m.setattr(reader, "plain_tokens", lambda _text: None)
        return reader.read_markdown(text)


def _assert_same(text: str) -> bool:
    """Checks the tokens where the fast reader answers; returns whether it answered."""
    plain = plain_tokens(text)
    if plain is None:
        return False
    assert _fields(plain) == _fields(_MD.parse(text))
    return True


# Lines chosen to sit on every boundary the fast reader draws: each either is plain paragraph
# or heading text, or must make it decline.
LINES = [
    "",
    "   ",
    "\t",
    "Plain words of a paragraph.",
    "Another line, with `code` and *emphasis* inside.",
    "# Heading one",
    "## Heading two  ",
    "###### Six",
    "####### seven is text",
    "#hashtag",
    "#",
    "# Closed #",
    "## C#",
    "# Tab\theading",
    "#\tTabbed",
    "* bullet",
    "*",
    "*emphasis at start*",
    "**Bold lead.** text",
    "***",
    "* * *",
    "**",
    "_under_",
    "___",
    "- dash item",
    "---",
    "+ plus",
    "1. ordered",
    "2) ordered",
    "1.",
    "2024 was a year",
    "1.5 million workers",
    "12345678901. long number",
    "> quoted",
    "    indented code",
    " one space",
    "```",
    "~~~",
    "<div>html</div>",
    "[ref]: https://example.org",
    "| a | b |",
    "|---|---|",
    ": colon",
    "===",
    "a | b",
    "\u00a0no-break start",
    "\u00a0",
    "\ufeffBOM start",
    "Ünïcödé line 喀什",
    "\\# escaped hash",
    "&amp; entity",
    "trailing spaces  ",
]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.md")), ids=lambda p: p.name)
def test_samples(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = path.read_text(encoding="utf-8")
    _assert_same(text)
    assert reader.read_markdown(text) == _read_with_markdown_it(text, monkeypatch)


def test_the_one_page_sample_takes_the_fast_reader() -> None:
    text = (SAMPLES / "04-one-page-company-statement.md").read_text(encoding="utf-8")
    assert _assert_same(text)


def test_real_dev_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    if not REAL_DEV.is_dir():
        pytest.skip("../shared/real-dev is not present")
    folders = sorted(p for p in REAL_DEV.iterdir() if (p / "source.md").is_file())
    assert folders
    for folder in folders:
        for text in ((folder / "source.md").read_text(encoding="utf-8"), real_dev_text(folder)):
            _assert_same(text)
            assert reader.read_markdown(text) == _read_with_markdown_it(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "One line without newline",
        "# Title\nText under it\n\n## Next\n",
        "Para one\nstill one\n# Heading interrupts\nnew para",
        "A\r\nB",
        "A\0B",
    ],
)
def test_small_texts(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _assert_same(text)
    assert reader.read_markdown(text) == _read_with_markdown_it(text, monkeypatch)


@pytest.mark.parametrize(
    "line",
    [
        "* bullet",
        "- item",
        "1. item",
        "> quote",
        "    code",
        "```",
        "<div>",
        "[a]: b",
        "---",
        "===",
    ],
)
def test_other_constructs_are_declined(line: str) -> None:
    assert plain_tokens(f"# Title\n\nSome text.\n{line}\nMore text.\n") is None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES), max_size=14), st.booleans())
def test_generated_texts(lines: list[str], final_newline: bool) -> None:
    text = "\n".join(lines) + ("\n" if final_newline else "")
    _assert_same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#*_-1. \t\n>a|:=`<[\u00a0")), max_size=60))
def test_generated_characters(text: str) -> None:
    _assert_same(text)
