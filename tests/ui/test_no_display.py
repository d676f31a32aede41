"""Starting the app where there is no screen: one line that says so, where the
demo workspace is and how to open it, and exit 3 — not Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from judgeapp.app import NO_DISPLAY_EXIT, display_missing


def judgeapp_command() -> list[str]:
    """The installed ``judgeapp`` command (the one ``scripts/start`` runs)."""
    script = Path(sys.executable).with_name("judgeapp" + (".exe" if os.name == "nt" else ""))
    return [str(script)] if script.exists() else [sys.executable, "-m", "judgeapp"]


def run(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "JUDGEAPP_LANG")
    }
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        JUDGEAPP_CONFIG_DIR=str(tmp_path / "config"),
        **extra,
    )
    return subprocess.run(
        [*judgeapp_command(), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=tmp_path,
    )


unix_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="a display is an X11/Wayland matter"
)


@unix_only
@pytest.mark.parametrize(("lang", "words"), [("id", "tidak ada layar"), ("en", "no display found")])
def test_judgeapp_without_a_display_says_so_in_one_line(tmp_path, lang, words):
    res = run(tmp_path, "--lang", lang, "--workspace", str(tmp_path / "ws"))
    assert res.returncode == NO_DISPLAY_EXIT == 3
    lines = res.stderr.splitlines()
    assert len(lines) == 1, res.stderr
    line = lines[0]
    assert words in line
    demo = tmp_path / "data" / "JudgeApp" / "demo"  # the per-user demo folder (not built yet)
    assert str(demo) in line
    assert "judgeapp demo --no-gui" in line  # how to build it
    assert f"judgeapp --workspace {demo}" in line  # how to open it
    assert "could not connect" not in res.stderr and "Aborted" not in res.stderr


@unix_only
def test_demo_without_a_display_builds_it_and_says_where_it_is(tmp_path):
    """``scripts/start`` runs ``judgeapp demo``: the demo is built, then the one line."""
    demo = tmp_path / "demo"
    res = run(tmp_path, "--lang", "en", "demo", "--workspace", str(demo))
    assert res.returncode == NO_DISPLAY_EXIT, res.stderr
    assert (demo / "workspace.sqlite").exists()
    lines = res.stderr.splitlines()
    assert len(lines) == 1, res.stderr
    assert f"the demo workspace is at {demo}" in lines[0]
    assert f"judgeapp --workspace {demo}" in lines[0]
    assert "demo workspace built" in res.stdout


@unix_only
def test_a_display_that_does_not_answer_is_caught_before_qt_aborts(tmp_path):
    """DISPLAY set to a screen that is not there: Qt's platform plugin fails
    (qFatal, which aborts with 134); the app says it in one line instead."""
    res = run(tmp_path, "--lang", "en", "--workspace", str(tmp_path / "ws"), DISPLAY=":9173")
    assert res.returncode == NO_DISPLAY_EXIT, (res.returncode, res.stderr)
    lines = res.stderr.splitlines()
    assert len(lines) == 1, res.stderr
    assert lines[0].startswith("judgeapp: no usable display")
    assert "judgeapp --workspace" in lines[0]


def test_what_counts_as_no_display():
    assert display_missing({}, "linux")
    assert display_missing({"DISPLAY": " "}, "linux")
    assert not display_missing({"DISPLAY": ":0"}, "linux")
    assert not display_missing({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display_missing({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not display_missing({}, "win32")
    assert not display_missing({}, "darwin")
