"""The start-up path: the real entry point opens a window and the workspace
without importing the heavy libraries (reports, charts, spreadsheets), nor —
on a workspace with no sheet yet — the scoring engine and the models of
rubrics and bundles, which load with the first sheet or file."""

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
print("HEAVY", sorted(m for m in HEAVY if m in sys.modules))
"""

# Never on the way to the first screen: reports, charts, spreadsheets, the LP solver,
# the rubric and bundle models (pydantic, YAML), signatures (cryptography), the
# scoring engine (numpy), the secretariat panel and the interview screen.
HEAVY = (
    "weasyprint",
    "matplotlib",
    "openpyxl",
    "scipy",
    "highspy",
    "jinja2",
    "pypdf",
    "sqlite_utils",
    "pydantic",
    "yaml",
    "cryptography",
    "numpy",
    "judgeapp.domain.rubric",
    "judgeapp.domain.scoring",
    "judgeapp.domain.exchange",
    "judgeapp.services.forms",
    "judgeapp.reports",
    "judgeapp.ui.secretariat.panel",
    "judgeapp.ui.judge.interview",
)


def test_window_opens_without_heavy_imports(tmp_path):
    env = dict(os.environ, JUDGEAPP_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    out = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n" + SCRIPT, str(tmp_path / "ws")],
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
