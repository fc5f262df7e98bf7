"""Command-line interface: a thin typer layer, options -> API -> renderer -> exit code.

Only this package prints and exits. One module per command group, one style (options are
``Annotated`` types), one error reporter (``common.reported``: one line naming the file and
the problem, exit 2; ``--traceback`` on every command adds the stack). Exit codes
(``common.ExitCode``): 0 evaluated; 1 evaluated but below --fail-under, audit-washing found
with --fail-on-audit-washing, or docs out of date with --check; 2 could not evaluate; 130
interrupted. Heavy parts (scikit-learn, the renderers) are imported inside the commands.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from collections.abc import Callable
from importlib import import_module
from typing import Annotated, Any

from ..startup import long_lived_without_collection

with long_lived_without_collection():  # as the package's own imports (see startup.py)
    import typer

    from ..version import __version__
    from .common import ExitCode, OutputFormat

_SETTINGS: dict[str, Any] = {
    "no_args_is_help": True,
    "add_completion": False,
    "help": (
        "Judge how far a published social audit, or a company statement about one, can be "
        "relied on as evidence about forced labour."
    ),
    "context_settings": {"help_option_names": ["-h", "--help"]},
}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"auditcheck {__version__}")
        raise typer.Exit()


def main_callback(
    version: Annotated[
        bool | None,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
) -> None:
    """auditcheck: audit-credibility evaluator."""


# The commands and command groups in the order help lists them, as (submodule, attribute): a
# submodule is imported when its command is built, so ``auditcheck score`` imports no other
# command's module. The submodules keep their names (``auditcheck.cli.batch`` is the module).
_COMMANDS: dict[str, tuple[str, str]] = {
    "score": ("score", "score"),
    "schema": ("criteria", "schema"),
    "criteria": ("criteria", "criteria_app"),
    "batch": ("batch", "batch"),
    "model": ("model", "model_app"),
    "similar": ("similar", "similar"),
    "statement-criteria": ("statement", "statement_criteria"),
}


def _command(name: str) -> Callable[..., Any] | typer.Typer:
    module, attribute = _COMMANDS[name]
    with long_lived_without_collection():
        command: Callable[..., Any] | typer.Typer = getattr(
            import_module(f"{__name__}.{module}"), attribute
        )
    return command


def _build(only: str | None = None) -> typer.Typer:
    """The command line with every command, or with the command ``only`` alone."""
    built = typer.Typer(**_SETTINGS)
    built.callback()(main_callback)
    for name in _COMMANDS:
        if only not in (None, name):
            continue
        command = _command(name)
        if isinstance(command, typer.Typer):
            built.add_typer(command, name=name)
        else:
            built.command(name)(command)
    return built


_FULL: typer.Typer | None = None


def __getattr__(name: str) -> Any:
    # ``app``, the full command line, is built on first use: a process runs the one command it
    # names (``_app_for``), and building every command imported every command's module
    global _FULL
    if name == "app":
        if _FULL is None:
            _FULL = _build()
        return _FULL
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app_for(args: list[str]) -> typer.Typer:
    """What the process runs: for ``auditcheck COMMAND ...``, the command line with COMMAND
    alone. Typer builds every command's options before it parses the arguments (0.012 s, a
    fortieth of a one-page cold score); the one command named gives the same help, errors
    and results (``tests/test_cli.py`` compares them)."""
    if args and args[0] in _COMMANDS:
        return _build(args[0])
    app: typer.Typer = __getattr__("app")
    return app


def main() -> None:
    """The console script's entry point (``auditcheck``) and ``python -m auditcheck``."""
    try:
        _app_for(sys.argv[1:])(prog_name="auditcheck")
    except KeyboardInterrupt:  # before a command runs (typer building the commands): still 130
        typer.echo("auditcheck: interrupted", err=True)
        raise SystemExit(int(ExitCode.INTERRUPTED)) from None


def run() -> None:
    """The process entry point (``python -m auditcheck``, the console script): ``main()``, then
    leave without the interpreter's teardown.

    Freeing the objects of some 400 modules one by one at exit cost about 0.04 s of CPU, a
    tenth of a one-page cold start; the operating system frees the memory at once. Output is
    flushed and the ``atexit`` handlers (the caches' saves) run first, as at a normal exit.
    With another thread still running, an exit that is not a number, or output that cannot be
    flushed (a closed pipe), the normal exit is taken instead. Code that calls ``main()`` in a
    process of its own (tests) keeps the normal exit.
    """
    try:
        main()
    except SystemExit as done:
        code = done.code
    else:
        code = 0
    if code is None:
        code = 0
    if not isinstance(code, int) or threading.active_count() > 1:
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None
    atexit._run_exitfuncs()
    os._exit(code)


__all__ = ["ExitCode", "OutputFormat", "app", "main", "run"]
