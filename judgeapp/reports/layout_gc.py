"""Python's cycle collector held back while WeasyPrint lays a document out.

A laid-out document is a tree of boxes that point back at their parents:
for the demo's 139 score-sheet pages, about 1.5 million objects in reference
cycles. While they pile up, the collector's full passes walk all of them
again and again — 19 full passes, 4.5 of the 19.4 s of one rendering — and
what they find is freed only when the document is dropped anyway. Paused for
the layout and run once afterwards, the same rendering takes 15.2 s + 1.3 s
(``docs/PERFORMANCE.md``); the peak memory is the same within 2 %.

The collector is the process's, so the pause is too: layouts nested or
running at the same time in other threads keep it paused until the last one
ends, and it is started again only if it was running when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pause:
    """How many layouts hold the collector paused, and whether it ran before."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.was_enabled = False


_PAUSE = _Pause()  # one per process, as the collector it stands for


@contextmanager
def collected_after() -> Iterator[None]:
    """Pause the cycle collector for the block; when the last block ends,
    start it again (if it ran before) and collect once. What the block laid
    out must be dropped by then (a local of a function called in the block)
    for that collection to free it."""
    with _PAUSE.lock:
        if _PAUSE.holders == 0:
            _PAUSE.was_enabled = gc.isenabled()
            gc.disable()
        _PAUSE.holders += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.holders -= 1
            last = _PAUSE.holders == 0
            if last and _PAUSE.was_enabled:
                gc.enable()
        if last:
            gc.collect()
