"""Progress of long commands on stderr (stdout keeps only the result).

``Progress(label)`` is silent for the first ``delay`` seconds, so quick runs
print nothing; after that each call shows ``label: done/total unit``. On a
terminal the line is rewritten in place; into a file or a pipe a new line is
written at most every ``every`` seconds (and for the last step), so a log
stays short. ``finish()`` ends the line.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(
        self,
        label: str,
        *,
        delay: float = 1.0,
        every: float = 2.0,
        stream: TextIO | None = None,
        clock=time.monotonic,
    ) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.clock = clock
        self.start = clock()
        self.delay, self.every = delay, every
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.last_shown: float | None = None
        self.open_line = False
        self.shown = 0

    def __call__(self, done: int, total: int, unit: str = "") -> None:
        now = self.clock()
        if now - self.start < self.delay and self.shown == 0:
            return  # too soon for anyone to be waiting
        last = total > 0 and done >= total
        if (
            not self.tty
            and not last
            and self.last_shown is not None
            and now - self.last_shown < self.every
        ):
            return
        self.last_shown = now
        text = f"{self.label}: {done}/{total}" if total > 0 else f"{self.label}: {done}"
        text += f" {unit}" if unit else ""
        if total > 0:
            text += f" ({done * 100 // total}%)"
        if self.tty:
            self.stream.write("\r" + text + "\x1b[K")
            self.open_line = True
        else:
            self.stream.write(text + "\n")
        self.shown += 1
        self.stream.flush()
        if last:
            self.finish()

    def finish(self) -> None:
        if self.open_line:
            self.stream.write("\n")
            self.stream.flush()
            self.open_line = False
