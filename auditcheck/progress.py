"""Progress reporting for long runs: a redrawn bar on a terminal, plain lines in logs and CI.

The batch runner calls ``start``/``advance``/``finish``; it never writes to a stream itself,
so the library stays silent unless the caller hands it a reporter. File names and outcomes
pass through the terminal sanitiser before they are printed.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from .render.safe import one_line, safe_path


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

    def start(self, total: int, skipped: int = 0) -> None:
        self.total = total
        self.skipped = skipped
        self._t0 = time.monotonic()
        if not self.tty:
            note = f" ({skipped} already in the results file)" if skipped else ""
            self._line(f"scoring {total} file(s){note}")

    def advance(self, path: str, outcome: str, *, error: bool = False) -> None:
        """Record one finished file; ``outcome`` is e.g. 'credible 74' or the error reason."""
        self.done += 1
        self.errors += error
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw >= 0.1 or self.done == self.total:
                self._last_draw = now
                self._draw()
        else:
            # file names and reasons come from outside: never let them reach the terminal raw
            self._line(f"[{self.done}/{self.total}] {safe_path(path)}: {one_line(outcome)}")

    def finish(self) -> None:
        if self.tty:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()

    def rate(self) -> float:
        elapsed = time.monotonic() - self._t0
        return self.done / elapsed if elapsed > 0 else 0.0

    def _draw(self) -> None:
        total = max(self.total, 1)
        filled = int(self.width * self.done / total)
        bar = "#" * filled + "-" * (self.width - filled)
        rate = self.rate()
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        errors = f" {self.errors} error(s)" if self.errors else ""
        self.stream.write(
            f"\r[{bar}] {self.done}/{self.total}{errors}  {rate:.1f} files/s  ETA {left:.0f}s "
        )
        self.stream.flush()

    def _line(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
