"""A long report on the command line: progress on stderr part by part, and
Ctrl+C stops it with no file written and no worker left running."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time

import pytest

from judgeapp.cli.progress_out import Progress


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_is_silent_for_a_quick_run_then_one_line_per_step():
    clock, out = Clock(), io.StringIO()
    quick = Progress("menyusun a.pdf", stream=out, clock=clock)
    clock.now = 0.5
    quick(1, 2, "lembar")
    quick(2, 2, "lembar")
    assert out.getvalue() == ""

    clock.now = 0.0
    slow = Progress("menyusun b.pdf", stream=out, clock=clock, every=2.0)
    clock.now = 1.5
    slow(1, 8, "lembar")
    clock.now = 2.0
    slow(2, 8, "lembar")  # within 2 s of the last line: not written into a log
    clock.now = 4.0
    slow(5, 8, "lembar")
    clock.now = 4.1
    slow(8, 8, "lembar")  # the last step is always written
    clock.now = 6.2
    slow(12, 0, "halaman")  # an unknown total
    assert out.getvalue().splitlines() == [
        "menyusun b.pdf: 1/8 lembar (12%)",
        "menyusun b.pdf: 5/8 lembar (62%)",
        "menyusun b.pdf: 8/8 lembar (100%)",
        "menyusun b.pdf: 12 halaman",
    ]


def test_progress_rewrites_one_line_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    clock, out = Clock(), Tty()
    p = Progress("rendering x.pdf", stream=out, clock=clock)
    clock.now = 2
    p(1, 2, "sheets")
    p(2, 2, "sheets")
    assert out.getvalue() == (
        "\rrendering x.pdf: 1/2 sheets (50%)\x1b[K\rrendering x.pdf: 2/2 sheets (100%)\x1b[K\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_stops_a_report_in_workers_and_writes_nothing(tmp_path):
    ws = tmp_path / "ws"
    env = {**os.environ, "JUDGEAPP_LANG": "id"}
    demo = [sys.executable, "-m", "judgeapp", "demo", "--no-gui", "--workspace", str(ws)]
    subprocess.run(demo, check=True, capture_output=True, env=env, timeout=300)
    out = tmp_path / "out" / "blank.pdf"
    out.parent.mkdir()
    cmd = [sys.executable, "-m", "judgeapp", "report", "blank", "--event", "ppd-jabar-2022"]
    cmd += ["--jobs", "2", "--out", str(out), "--workspace", str(ws)]
    proc = subprocess.Popen(
        cmd,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()  # the first part laid out
        assert first.startswith(f"menyusun {out.name}: ") and "lembar" in first, first
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl+C reaches the whole group
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    rest = proc.stderr.read()
    assert code == 130, rest
    assert "Traceback" not in rest
    assert list(out.parent.iterdir()) == []  # no PDF, no temporary file
    deadline = time.monotonic() + 10
    while True:  # every worker of the group has gone
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        assert time.monotonic() < deadline, "a worker outlived Ctrl+C"
        time.sleep(0.1)
