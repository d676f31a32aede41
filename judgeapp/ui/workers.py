"""Work off the UI thread: results come back to the UI thread by signal.

``Runner(pool)`` starts ``fn()`` on a ``QThreadPool`` thread and calls
``on_done(result)`` (or ``on_error(message)``) on the UI thread through a
queued signal. Jobs are kept referenced until they report, so nothing is
collected while a signal is in flight. The pool is passed in (no singletons).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Calls ``fn()`` on a pool thread; emits ``signals.done`` or ``signals.failed``."""

    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:  # pool thread
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - reported to the UI thread
            self.signals.failed.emit(f"{exc}\n{traceback.format_exc()}")
            return
        self.signals.done.emit(result)


class Runner(QObject):
    """Starts jobs on a thread pool and keeps them alive until they report."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self._jobs: set[Job] = set()

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> Job:
        job = Job(fn)
        self._jobs.add(job)

        def done(result: Any) -> None:
            self._jobs.discard(job)
            on_done(result)

        def failed(message: str) -> None:
            self._jobs.discard(job)
            if on_error is not None:
                on_error(message)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self.pool.start(job)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
