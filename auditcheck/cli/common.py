"""What every command shares: exit codes, the one error reporter, common options, output.

Only the CLI prints and exits. Every problem is one line on stderr, ``auditcheck: <file>:
<problem>``, passed through the terminal sanitiser, and exit 2; ``--traceback`` adds the
stack above it. Ctrl-C is exit 130, as shells report it.
"""

from __future__ import annotations

import sys
import traceback as tb
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import AuditcheckError, PackErrors

if TYPE_CHECKING:
    from ..packs.loader import Pack


class ExitCode(IntEnum):
    """The exit codes of every command."""

    OK = 0
    #: evaluated, but below --fail-under or audit-washing found with --fail-on-audit-washing
    FAILED_THRESHOLD = 1
    #: could not evaluate: a bad file, pack, option or model
    ERROR = 2
    #: Ctrl-C (128 + SIGINT, as shells report it)
    INTERRUPTED = 130


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    sarif = "sarif"
    github = "github"


# Options more than one command takes, spelled once.
Traceback = Annotated[bool, typer.Option("--traceback", help="Show the full stack on errors.")]
ExtraCriteria = Annotated[
    Path | None,
    typer.Option("--criteria", help="Folder of packs that add to or replace the built-in ones."),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output."),
]
FailUnder = Annotated[
    float | None,
    typer.Option("--fail-under", min=0, max=100, help="Exit 1 if any score is below this."),
]


def echo_error(message: str) -> None:
    """One line on stderr; the message may quote a file, so it is made terminal-safe."""
    from ..render.safe import one_line

    typer.echo(f"auditcheck: {one_line(message)}", err=True)


def fail(message: str, code: ExitCode = ExitCode.ERROR) -> typer.Exit:
    """Report a problem the CLI itself found (a bad option) and return the exit to raise."""
    echo_error(message)
    return typer.Exit(int(code))


def report_error(exc: AuditcheckError, traceback: bool = False) -> None:
    """The one error reporter: the stack only when asked, then one line per problem."""
    if traceback:
        tb.print_exception(exc)
    lines = exc.lines() if isinstance(exc, PackErrors) else [exc.one_line()]
    for line in lines:
        echo_error(line)


@contextmanager
def reported(traceback: bool = False) -> Iterator[None]:
    """Turn a typed error into its one-line report and exit 2, and Ctrl-C into exit 130."""
    try:
        yield
    except AuditcheckError as exc:
        report_error(exc, traceback)
        raise typer.Exit(int(ExitCode.ERROR)) from None
    except KeyboardInterrupt:
        raise fail("interrupted", ExitCode.INTERRUPTED) from None


def echo_safe(text: str) -> None:
    """Print text that comes from packs (titles, descriptions): escapes shown, never obeyed."""
    from ..render.safe import terminal_safe

    typer.echo(terminal_safe(text))


def write_output(text: str, output: Path | None) -> None:
    """Standard output, or the file named by --output (its folder made if missing)."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise AuditcheckError(f"{output}: cannot write ({exc.strerror or exc})") from None


def load_packs_checked(criteria: Path | None, pack: str | None = None) -> dict[str, Pack]:
    """The packs (built-in plus --criteria); an unknown --pack is an error naming the choices."""
    from ..packs import load_packs
    from ..startup import long_lived_without_collection

    with long_lived_without_collection():  # the packs live as long as the process
        packs = load_packs(criteria)
    if pack and pack not in packs:
        raise AuditcheckError(f"--pack {pack}: no such pack; available: {', '.join(sorted(packs))}")
    return packs
