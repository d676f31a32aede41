"""judgeapp --selftest: every step passes here and is printed with its time;
a failing step is named and the exit code says so."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pytest

from judgeapp.cli.selftest import STEPS, SelftestFailed, run_selftest

pytestmark = pytest.mark.gui

STEP_LINE = re.compile(r"^✔ (\w+) +\d+\.\d\d s  \S")


def test_selftest_passes_through_the_command_line_in_a_cp1252_console(tmp_path):
    """The real entry point, its output piped in the Windows code page."""
    env = dict(os.environ, PYTHONIOENCODING="cp1252", TMPDIR=str(tmp_path), TMP=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "judgeapp", "--selftest", "--lang", "en"],
        capture_output=True,
        env=env,
        timeout=240,
    )
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, out + proc.stderr.decode("utf-8", "replace")
    lines = out.splitlines()
    assert lines[0].startswith("JudgeApp ") and "self-test" in lines[0]
    steps = [m.group(1) for line in lines if (m := STEP_LINE.match(line))]
    assert steps == [name for name, _ in STEPS]
    assert "fingerprint verified" in out and "offscreen" in out
    assert lines[-1].startswith(f"self-test passed: {len(STEPS)} steps")
    assert "2 worker processes, 2 PDFs" in out
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone


def test_a_failing_step_is_named_and_exits_1(tmp_path):
    ran: list[str] = []

    def ok(ctx):
        ran.append("ok")
        assert " " in ctx.root.name and not ctx.root.name.isascii()
        return "fine"

    def broken(ctx):
        ran.append("broken")
        raise SelftestFailed("the PDF lacks the region")

    def never(ctx):  # pragma: no cover - must not run
        ran.append("never")
        return ""

    out = io.StringIO()
    steps = (("first", ok), ("report", broken), ("window", never))
    assert run_selftest(out=out, steps=steps, base=tmp_path) == 1
    text = out.getvalue()
    assert ran == ["ok", "broken"]
    assert re.search(r"^✔ first +\d+\.\d\d s  fine$", text, re.M)
    assert re.search(r"^✘ report +\d+\.\d\d s  GAGAL: the PDF lacks the region$", text, re.M)
    assert text.splitlines()[-1].startswith("uji mandiri GAGAL pada langkah 'report'")
    assert list(tmp_path.iterdir()) == []


def test_a_bug_in_a_step_is_reported_with_its_place(tmp_path):
    def bug(ctx):
        return {}["missing"]

    out = io.StringIO()
    assert run_selftest(out=out, steps=(("demo", bug),), base=tmp_path, lang="en") == 1
    text = out.getvalue()
    assert "✘ demo" in text and "KeyError: 'missing'" in text and "test_selftest.py" in text


def test_selftest_never_touches_the_users_settings_or_workspace(tmp_path, monkeypatch):
    seen = {}

    def look(ctx):
        seen["config"] = os.environ["JUDGEAPP_CONFIG_DIR"]
        seen["workspace"] = os.environ["JUDGEAPP_WORKSPACE"]
        return ""

    monkeypatch.setenv("JUDGEAPP_CONFIG_DIR", "/the/users/config")
    monkeypatch.delenv("JUDGEAPP_WORKSPACE", raising=False)
    assert run_selftest(out=io.StringIO(), steps=(("look", look),), base=tmp_path) == 0
    assert seen["config"].startswith(str(tmp_path)) and seen["workspace"].startswith(str(tmp_path))
    assert os.environ["JUDGEAPP_CONFIG_DIR"] == "/the/users/config"
    assert "JUDGEAPP_WORKSPACE" not in os.environ
