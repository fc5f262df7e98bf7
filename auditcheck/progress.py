"""Progress reporting for long runs: a rich progress bar on a terminal, plain lines otherwise.

The batch runner calls ``start``/``advance``/``finish``; it never writes to a stream itself,
so the library stays silent unless the caller hands it a reporter. File names and outcomes
come from outside: they pass through the terminal sanitiser, and on the bar (whose text rich
reads as markup) they are markup-escaped too, so ``[bold]`` in a file name is shown as typed.
The bar is redrawn by ``advance`` itself (no refresh thread, since the batch forks workers).
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TextColumn, TimeRemainingColumn
from rich.progress import Progress as Bar

from .render.safe import one_line, safe_path

#: Seconds between redraws of the bar (a batch of small files finishes many per second).
REDRAW = 0.1


class Progress:
    """Counts finished files and shows the rate; a bar on a TTY, one line per file otherwise."""

    def __init__(
        self, stream: TextIO | None = None, *, tty: bool | None = None, width: int = 28
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.width = width
        self.total = 0
        self.done = 0
        self.skipped = 0
        self.errors = 0
        self._t0 = time.monotonic()
        self._last_draw = 0.0
        self._bar: Bar | None = None
        self._task = TaskID(0)

    def start(self, total: int, skipped: int = 0) -> None:
        self.total = total
        self.skipped = skipped
        self._t0 = time.monotonic()
        if self.tty:
            self._bar = self._make_bar()
            self._task = self._bar.add_task("scoring", total=total, errors="", rate="", last="")
            self._bar.start()
        else:
            note = f" ({skipped} already in the results file)" if skipped else ""
            self._line(f"scoring {total} file(s){note}")

    def advance(self, path: str, outcome: str, *, error: bool = False) -> None:
        """Record one finished file; ``outcome`` is e.g. 'credible 74' or the error reason."""
        self.done += 1
        self.errors += error
        if self._bar is not None:
            now = time.monotonic()
            self._update(path)
            if now - self._last_draw >= REDRAW or self.done == self.total:
                self._last_draw = now
                self._bar.refresh()
        elif not self.tty:
            # file names and reasons come from outside: never let them reach the terminal raw
            self._line(f"[{self.done}/{self.total}] {safe_path(path)}: {one_line(outcome)}")

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.refresh()
            self._bar.stop()
            self._bar = None

    def rate(self) -> float:
        elapsed = time.monotonic() - self._t0
        return self.done / elapsed if elapsed > 0 else 0.0

    def _make_bar(self) -> Bar:
        console = Console(file=self.stream, force_terminal=True, highlight=False, emoji=False)
        return Bar(
            TextColumn("{task.description}"),
            BarColumn(bar_width=self.width),
            MofNCompleteColumn(),
            TextColumn("{task.fields[errors]}"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[last]}"),
            console=console,
            auto_refresh=False,
            transient=False,
        )

    def _update(self, path: str) -> None:
        assert self._bar is not None
        errors = f"{self.errors} error(s)" if self.errors else ""
        # a file name is untrusted twice over here: control characters and rich markup
        last = escape(one_line(safe_path(path))[-40:])
        rate = f"{self.rate():.1f} files/s"
        self._bar.update(self._task, completed=self.done, errors=errors, rate=rate, last=last)

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
