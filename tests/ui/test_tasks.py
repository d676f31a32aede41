"""The task runner: outcomes back on the UI thread, refusals apart from bugs,
progress, cancellation and latest-wins — on a real workspace and real threads."""

from __future__ import annotations

import threading

import pytest

from judgeapp.errors import Refused


@pytest.fixture
def runner(qapp, workspace):
    from judgeapp.ui.tasks import TaskRunner

    crashes: list[tuple] = []
    r = TaskRunner(workspace.folder, threads=1, crash=lambda *a: crashes.append(a))
    r.crashes = crashes
    yield r
    r.cancel_all()
    r.wait(10000)
    r.deleteLater()


def _run(qtbot, runner, start):
    """Start a task through ``start()`` and wait until the runner is idle."""
    with qtbot.waitSignal(runner.idle, timeout=20000):
        task = start()
    return task


def test_result_object_on_ui_thread_with_own_connection(qtbot, runner, workspace):
    seen: list = []
    main = threading.current_thread()

    def job(ws, state):
        seen.append(("job", ws is workspace, ws.folder == workspace.folder))
        ws.set_setting("tasks.probe", "tulis")
        return {"answer": 42}

    _run(
        qtbot,
        runner,
        lambda: runner.start(
            job,
            on_end=lambda: seen.append(("end", threading.current_thread() is main)),
            on_done=lambda r: seen.append(("done", r, threading.current_thread() is main)),
        ),
    )
    assert seen == [("job", False, True), ("end", True), ("done", {"answer": 42}, True)]
    assert workspace.get_setting("tasks.probe") == "tulis"  # committed by the task's connection
    assert runner.crashes == []


def test_refusal_comes_back_as_the_exception_object(qtbot, runner):
    raised = Refused("berkas tidak dikenal", file="nilai.json", place="baris 3")
    got: list = []

    def job(_ws, _state):
        raise raised

    _run(
        qtbot,
        runner,
        lambda: runner.start(
            job,
            on_done=lambda r: got.append(("done", r)),
            on_refused=lambda exc: got.append(("refused", exc)),
            on_end=lambda: got.append(("end",)),
        ),
    )
    assert got == [("end",), ("refused", raised)]
    assert got[1][1] is raised
    assert str(got[1][1]) == "nilai.json: baris 3: berkas tidak dikenal"
    assert runner.crashes == []


def test_a_bug_goes_to_the_crash_handler_not_to_the_screen(qtbot, runner):
    got: list = []

    def job(_ws, _state):
        return {}["no such key"]

    _run(
        qtbot,
        runner,
        lambda: runner.start(
            job,
            on_done=lambda r: got.append("done"),
            on_refused=lambda exc: got.append("refused"),
            on_end=lambda: got.append("end"),
        ),
    )
    assert got == ["end"]  # the screen resets; it is not told a sentence
    [(exc_type, exc, tb)] = runner.crashes
    assert exc_type is KeyError and isinstance(exc, KeyError)
    assert tb is not None and "job" in [f.co_name for f in _frames(tb)]


def test_the_crash_log_names_the_bug(qtbot, qapp, workspace, tmp_path):
    from judgeapp.ui.crash import CrashHandler
    from judgeapp.ui.tasks import TaskRunner

    handler = CrashHandler(tmp_path / "logs", show_dialog=False)
    written: list = []
    handler.listeners.append(written.append)
    r = TaskRunner(workspace.folder, threads=1, crash=handler.handle)

    def job(_ws, _state):
        raise ZeroDivisionError("pembagian nol di dalam tugas")

    with qtbot.waitSignal(r.idle, timeout=20000):
        r.start(job)
    r.wait(10000)
    [log] = written
    assert log.parent == tmp_path / "logs"
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: pembagian nol di dalam tugas" in text
    assert "in job" in text
    r.deleteLater()


def test_progress_reaches_the_ui_thread_in_order(qtbot, runner):
    steps: list = []

    def job(_ws, state):
        for i in range(3):
            state.progress(i, 3, f"langkah {i}")
        state(3, 3, "selesai")  # the state is also a plain progress callable
        return "ok"

    _run(
        qtbot,
        runner,
        lambda: runner.start(job, on_progress=lambda d, t, m: steps.append((d, t, m))),
    )
    assert steps == [
        (0, 3, "langkah 0"),
        (1, 3, "langkah 1"),
        (2, 3, "langkah 2"),
        (3, 3, "selesai"),
    ]


def test_latest_result_wins(qtbot, runner):
    release = threading.Event()
    ran: list[str] = []
    done: list[str] = []

    def slow(_ws, _state):
        ran.append("first")
        release.wait(20)
        return "first"

    def job(name):
        def run(_ws, _state):
            ran.append(name)
            return name

        return run

    with qtbot.waitSignal(runner.idle, timeout=20000):
        first = runner.start(slow, key="ranking", on_done=done.append)
        qtbot.waitUntil(lambda: ran == ["first"])  # the first is running
        second = runner.start(job("second"), key="ranking", on_done=done.append)
        third = runner.start(job("third"), key="ranking", on_done=done.append)
        other = runner.start(job("other key"), key="board", on_done=done.append)
        assert first.cancelled and second.cancelled and not third.cancelled
        release.set()
    assert done == ["third", "other key"]
    assert ran == ["first", "third", "other key"]  # the superseded queued task never ran
    assert (first.outcome, second.outcome, third.outcome, other.outcome) == (
        "done",
        "cancelled",
        "done",
        "done",
    )


def test_cancel_stops_a_job_that_looks(qtbot, runner):
    started = threading.Event()
    got: list = []

    def job(_ws, state):
        started.set()
        while True:
            state.check()
            threading.Event().wait(0.01)

    with qtbot.waitSignal(runner.idle, timeout=20000):
        task = runner.start(
            job,
            on_done=got.append,
            on_refused=got.append,
            on_end=lambda: got.append("end"),
        )
        assert started.wait(20)
        assert runner.busy
        task.cancel()
    assert got == [] and runner.crashes == []
    assert task.outcome == "cancelled" and not runner.busy


def test_a_refusal_without_handler_goes_to_the_runners_own(qtbot, qapp, workspace):
    from judgeapp.ui.tasks import TaskRunner

    shown: list = []
    r = TaskRunner(workspace.folder, threads=1, refused=shown.append)

    def job(_ws, _state):
        raise Refused("ditolak")

    with qtbot.waitSignal(r.idle, timeout=20000):
        r.start(job)
    assert [str(e) for e in shown] == ["ditolak"]
    r.wait(10000)
    r.deleteLater()


def test_call_runs_without_a_workspace(qtbot, qapp):
    from judgeapp.ui.tasks import TaskRunner

    r = TaskRunner()  # no folder: only call() works
    got: list = []
    with qtbot.waitSignal(r.idle, timeout=20000):
        r.call(lambda state: sum(range(10)), on_done=got.append)
    assert got == [45]
    with pytest.raises(RuntimeError):
        r.start(lambda ws, state: None)
    r.wait(10000)
    r.deleteLater()


def test_a_deleted_runner_drops_the_outcome(qtbot, qapp, workspace):
    from PySide6.QtCore import QObject, QThreadPool
    from PySide6.QtWidgets import QApplication

    from judgeapp.ui.tasks import TaskRunner

    parent = QObject()
    pool = QThreadPool()  # outlives the runner (a pool of its own would wait when deleted)
    r = TaskRunner(workspace.folder, parent, pool=pool)
    release = threading.Event()
    got: list = []

    def job(_ws, _state):
        release.wait(20)
        return "late"

    task = r.start(job, on_done=got.append, on_end=lambda: got.append("end"))
    del r
    parent.deleteLater()
    QApplication.processEvents()
    release.set()
    pool.waitForDone(20000)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=20000)
    assert got == []


def _frames(tb):
    while tb is not None:
        yield tb.tb_frame.f_code
        tb = tb.tb_next
