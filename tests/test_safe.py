"""The one sanitiser (render/safe.py) with exact results, and what rich does with its output."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from auditcheck.render.safe import csv_cell, markdown_quote, one_line, safe_path, terminal_safe


def test_terminal_safe_shows_every_control_sequence():
    assert terminal_safe("a\x1b[2Jb") == "a\\x1b[2Jb"  # CSI: screen clear
    assert terminal_safe("\x1b]0;title\x07") == "\\x1b]0;title\\x07"  # OSC: window title
    assert terminal_safe("\x9b31m") == "\\x9b31m"  # the one-byte C1 CSI
    assert terminal_safe("abc\u202edcba") == "abc\\u202edcba"  # bidi override
    assert terminal_safe("zero\u200bwidth") == "zero\\u200bwidth"
    assert terminal_safe("tab\tand\nnewline kept") == "tab\tand\nnewline kept"


def test_one_line_and_safe_path():
    # a carriage return could overwrite the line: it is shown, a newline becomes a space
    assert one_line("two\nlines\r\n  and\x1b[31m red") == "two lines\\r and\\x1b[31m red"
    assert safe_path("a\nb\tc.md") == "a\\nb\\tc.md"
    assert safe_path(b"caf\xe9.md") == "caf\\xe9.md"  # a non-UTF-8 name, recoverable


def test_markdown_quote_and_csv_cell():
    assert markdown_quote("[x](javascript:1) <b>|") == "\\[x\\](javascript:1) \\<b\\>\\|"
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and csv_cell(-3) == -3


def test_rich_prints_sanitised_text_without_obeying_or_parsing_it():
    hostile = "[bold]x[/bold] \x1b[2J \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\"
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=200)
    console.print(Text(one_line(hostile)), soft_wrap=True)
    printed = out.getvalue()
    assert "\x1b" not in printed.replace("\x1b[0m", "")  # plain Text: rich adds no codes either
    assert printed.rstrip("\n") == one_line(hostile)
    assert "[bold]x[/bold]" in printed
