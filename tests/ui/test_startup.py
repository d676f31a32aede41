"""The start-up path: the real entry point opens a window and the workspace
without importing the heavy libraries (reports, charts, spreadsheets)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

SCRIPT = """
import sys
from judgeapp.app import run_gui
rc = run_gui(workspace=sys.argv[1], lang="id")
print("RC", rc)
print("HEAVY", sorted(m for m in ("weasyprint", "matplotlib", "openpyxl", "scipy", "highspy") if m in sys.modules))
"""


def test_window_opens_without_heavy_imports(tmp_path):
    env = dict(os.environ, JUDGEAPP_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    ).stdout
    assert "JUDGEAPP_READY window" in out
    assert "JUDGEAPP_READY workspace" in out
    assert "RC 0" in out
    assert "HEAVY []" in out
    assert (tmp_path / "ws" / "workspace.sqlite").exists()
