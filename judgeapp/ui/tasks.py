"""The one task runner: work off the UI thread, the outcome back on it.

``TaskRunner.start(job, ...)`` runs ``job(ws, state)`` on a pool thread with
the task's *own* connection to the workspace folder (SQLite in WAL mode lets it
write while the UI thread keeps reading); ``TaskRunner.call(fn, ...)`` runs
``fn(state)`` when no workspace is needed (opening a PDF). ``state`` is a
``TaskState``: the job reports progress with ``state.progress(done, total,
text)`` (or calls ``state(done, total, text)``) and looks at
``state.cancelled`` — or calls ``state.check()`` — to stop early.

The outcome comes back on the UI thread, as the object itself:

* ``on_end()`` first, whatever the outcome (stop the progress strip, enable
  the buttons again), then
* ``on_done(result)`` — the job returned;
* ``on_refused(exc)`` — the job raised ``judgeapp.errors.Refused``: the user's
  input or request was refused and ``str(exc)`` is the sentence to show (the
  runner's ``refused`` handler when the caller gave none);
* anything else is a bug: the exception object, with its traceback, goes to
  the crash handler (which writes the log and shows where it is).

A task started with a ``key`` supersedes the live task with the same key:
latest result wins, the older one is cancelled (if it has not started it never
runs) and reports nothing. ``task.cancel()`` does the same for one task.
``busy`` is true while any job runs; ``idle`` is emitted when the last one
has ended. The pool, the workspace folder and the crash handler are passed in
(no singletons).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from types import TracebackType
from typing import Any, TypedDict, Unpack

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from judgeapp.errors import Refused

log = logging.getLogger("judgeapp")

ProgressFn = Callable[[int, int, str], None]
CrashFn = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class Cancelled(Exception):  # a state, like Refused
    """Raised by ``TaskState.check()`` in a job whose task was cancelled."""


class TaskState:
    """What a running job sees: progress reporting and the cancellation flag."""

    def __init__(self, report: ProgressFn) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if not self._cancel.is_set():
            self._report(done, total, text)

    __call__ = progress  # jobs may call the state as a ``progress(done, total, text)``

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class Handlers(TypedDict, total=False):
    """What ``start`` and ``call`` take besides the job: the ``key`` that
    supersedes and the callbacks (see the module docstring)."""

    key: Hashable | None
    on_done: Callable[[Any], None] | None
    on_refused: Callable[[Refused], None] | None
    on_progress: ProgressFn | None
    on_end: Callable[[], None] | None


class _Relay(QObject):
    """Lives on the UI thread; the pool thread emits the private signals, which
    Qt queues to the slots here, so callbacks always run on the UI thread."""

    _progressed = Signal(int, int, str)
    _settled = Signal(str, object)  # outcome ("done" | "refused" | "bug" | "cancelled"), value

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self._progressed.connect(self._on_progress)
        self._settled.connect(self._on_settled)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.task._deliver_progress(done, total, text)

    @Slot(str, object)
    def _on_settled(self, outcome: str, value: object) -> None:
        self.task._deliver(outcome, value)


class Task:
    """One job's handle, as ``start``/``call`` return it."""

    def __init__(
        self,
        runner: TaskRunner,
        *,
        key: Hashable | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_refused: Callable[[Refused], None] | None = None,
        on_progress: ProgressFn | None = None,
        on_end: Callable[[], None] | None = None,
    ) -> None:
        self.runner = runner
        self.key = key
        self.on_done, self.on_refused = on_done, on_refused
        self.on_progress, self.on_end = on_progress, on_end
        self.relay = _Relay(self)
        self.state = TaskState(self.relay._progressed.emit)
        self.outcome: str | None = None  # "done" | "refused" | "bug" | "cancelled", once ended

    @property
    def cancelled(self) -> bool:
        return self.state.cancelled

    def cancel(self) -> None:
        """Stop this task: it reports nothing (a job not started yet never runs;
        a running one sees ``state.cancelled``)."""
        self.state.cancel()

    # ---- the UI thread ------------------------------------------------------------
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self.on_progress is not None and self._live():
            self.on_progress(done, total, text)

    def _deliver(self, outcome: str, value: object) -> None:
        live = self._live()
        self.outcome = outcome
        self.runner._ended(self)
        if not live or outcome == "cancelled":
            return
        if self.on_end is not None:
            self.on_end()
        if outcome == "done":
            if self.on_done is not None:
                self.on_done(value)
        elif outcome == "refused":
            assert isinstance(value, Refused)
            (self.on_refused or self.runner.refused)(value)
        else:
            assert isinstance(value, BaseException)
            self.runner.report_bug(value)

    def _live(self) -> bool:
        return not self.state.cancelled and shiboken6.isValid(self.runner)


class _Runnable(QRunnable):
    """Runs a task's body on a pool thread (the pool deletes it afterwards)."""

    def __init__(self, task: Task, body: Callable[[TaskState], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.task, self.body = task, body

    def run(self) -> None:  # a pool thread
        state, settled = self.task.state, self.task.relay._settled
        try:
            state.check()  # cancelled while queued: never starts
            result = self.body(state)
        except Cancelled:
            settled.emit("cancelled", None)
        except Refused as exc:
            settled.emit("refused", exc)
        except Exception as exc:  # a bug: handed to the UI thread's crash handler
            settled.emit("bug", exc)
        else:
            settled.emit("done", result)


class TaskRunner(QObject):
    """Starts tasks on a thread pool and hands their outcomes back (see the
    module docstring).

    ``folder`` is the workspace folder the jobs open (settable once a workspace
    is open); ``pool`` a shared pool, or a pool of ``threads`` threads of the
    runner's own (one thread keeps writes in order); ``crash`` the crash
    handler's ``(type, exc, traceback)`` entry (by default ``sys.excepthook``,
    which the app's crash handler replaces); ``refused`` shows a refusal whose
    caller gave no ``on_refused``.
    """

    started = Signal()  # the first live task started
    idle = Signal()  # the last live task ended

    def __init__(
        self,
        folder: str | Path | None = None,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        threads: int | None = None,
        crash: CrashFn | None = None,
        refused: Callable[[Refused], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder) if folder is not None else None
        if pool is None:
            pool = QThreadPool(self)
            if threads is not None:
                pool.setMaxThreadCount(threads)
        self.pool = pool
        self.crash = crash
        self._refused = refused
        self._live: set[Task] = set()

    # ---- starting -----------------------------------------------------------------
    def start(
        self,
        job: Callable[[Any, TaskState], Any],
        *,
        folder: str | Path | None = None,
        **handlers: Unpack[Handlers],
    ) -> Task:
        """Run ``job(ws, state)`` with its own connection to the workspace."""
        where = Path(folder) if folder is not None else self.folder
        if where is None:
            raise RuntimeError("TaskRunner.start: no workspace folder")

        def body(state: TaskState) -> Any:
            from judgeapp.services.workspace import open_workspace

            ws = open_workspace(where, create=False)
            try:
                return job(ws, state)
            finally:
                ws.close()

        return self.call(body, **handlers)

    def call(self, fn: Callable[[TaskState], Any], **handlers: Unpack[Handlers]) -> Task:
        """Run ``fn(state)`` (no workspace) on the pool."""
        key = handlers.get("key")
        if key is not None:
            for older in [t for t in self._live if t.key == key]:
                older.cancel()
        task = Task(self, **handlers)
        first = not self._live
        self._live.add(task)
        if first:
            self.started.emit()
        self.pool.start(_Runnable(task, fn))
        return task

    # ---- outcomes -----------------------------------------------------------------
    def refused(self, exc: Refused) -> None:
        """A refusal nobody asked to see: the runner's handler, else the log."""
        if self._refused is not None:
            self._refused(exc)
        else:
            log.warning("refused: %s", exc)

    def report_bug(self, exc: BaseException) -> None:
        crash = self.crash or sys.excepthook
        crash(type(exc), exc, exc.__traceback__)

    def _ended(self, task: Task) -> None:
        if task in self._live:
            self._live.discard(task)
            if not self._live and shiboken6.isValid(self):
                self.idle.emit()

    # ---- state --------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Some task is queued or running."""
        return bool(self._live)

    def cancel_all(self) -> None:
        for task in list(self._live):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Wait until the pool's threads are done (their outcomes are queued)."""
        return self.pool.waitForDone(msecs)
