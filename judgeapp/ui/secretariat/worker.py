"""Run long work off the UI thread and hand the result back by signal.

A ``Task`` opens its *own* connection to the workspace folder (SQLite in WAL
mode lets it write while the UI thread keeps reading), calls the job with that
workspace and a progress callback, and emits ``finished(result)`` or
``failed(message)`` — both delivered on the UI thread through queued
connections. The caller keeps the ``TaskSignals`` object; the pool runs the
runnable.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from judgeapp.store.db import Workspace, WorkspaceError, open_workspace

ProgressFn = Callable[[int, int, str], None]
Job = Callable[[Workspace, ProgressFn], Any]


class TaskSignals(QObject):
    """Signals of one task, always emitted on the thread that made the task.

    The worker emits the private ``_*`` signals; they are queued to this
    object's slots (it lives on the UI thread), which re-emit the public ones.
    So whatever is connected to ``progress``/``finished``/``failed`` — even a
    plain function — runs on the UI thread.
    """

    progress = Signal(int, int, str)  # done, total, message
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a message for the user
    ended = Signal()  # after finished or failed

    _progress = Signal(int, int, str)
    _finished = Signal(object)
    _failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._progress.connect(self._on_progress)
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, msg: str) -> None:
        self.progress.emit(done, total, msg)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.finished.emit(result)
        self.ended.emit()

    @Slot(str)
    def _on_failed(self, msg: str) -> None:
        self.failed.emit(msg)
        self.ended.emit()


class Task(QRunnable):
    """One job on a fresh workspace connection; see the module docstring.

    Exceptions in ``refusals`` are expected refusals: their text is the user's
    message. Anything else is reported with its type so that it can be traced.
    """

    def __init__(
        self,
        folder: Path,
        job: Job,
        *,
        refusals: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.job = job
        self.refusals = (WorkspaceError, *refusals)
        self.signals = TaskSignals()
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a pool thread
        signals = self.signals
        try:
            ws = open_workspace(self.folder, create=False)
        except WorkspaceError as exc:
            signals._failed.emit(str(exc))
            return
        try:
            result = self.job(
                ws, lambda done, total, msg="": signals._progress.emit(done, total, msg)
            )
        except self.refusals as exc:
            signals._failed.emit(str(exc))
        except Exception as exc:  # a bug: say what it was, never crash the pool
            traceback.print_exc()
            signals._failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            signals._finished.emit(result)
        finally:
            ws.close()


class TaskRunner(QObject):
    """Starts tasks on its own pool (one at a time: writes stay in order)."""

    started = Signal()
    idle = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._live: set[TaskSignals] = set()

    def start(
        self,
        job: Job,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        refusals: tuple[type[BaseException], ...] = (),
    ) -> TaskSignals:
        task = Task(self.folder, job, refusals=refusals)
        sig = task.signals
        self._live.add(sig)
        if on_progress is not None:
            sig.progress.connect(on_progress)
        if on_done is not None:
            sig.finished.connect(on_done)
        if on_failed is not None:
            sig.failed.connect(on_failed)
        sig.ended.connect(self._end)  # a slot of this object: dropped if it is deleted
        if len(self._live) == 1:
            self.started.emit()
        self.pool.start(task)
        return sig

    def busy(self) -> bool:
        return bool(self._live)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot()
    def _end(self) -> None:
        sig = self.sender()
        self._live.discard(sig)  # type: ignore[arg-type]
        if not self._live:
            self.idle.emit()
