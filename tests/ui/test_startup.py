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
# scoring engine (numpy), the secretariat panel and the interview screen; on a new
# workspace (the first-run screen), the home screen and the services it reads too.
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
    # a new workspace shows the first-run screen, not home, nor what home reads
    "judgeapp.ui.judge.home",
    "judgeapp.ui.judge.session",
    "judgeapp.services.events",
    "judgeapp.services.sheets",
    "judgeapp.store.forms",
)


# A workspace whose home screen shows sheets in progress builds that screen and reads
# its figures from what the store remembered (services.sheets.progress): nothing of
# the rubric models or the scoring engine.
HEAVY_REMEMBERED = tuple(
    m
    for m in HEAVY
    if m
    not in (
        "judgeapp.ui.judge.home",
        "judgeapp.ui.judge.session",
        "judgeapp.services.events",
        "judgeapp.services.sheets",
        "judgeapp.store.forms",
    )
)

# When the sheets changed since (none remembered), it scores them with the rubric
# models loaded, but still without numpy (the many-sheet path), signatures, reports.
HEAVY_WITH_SHEETS = tuple(
    m
    for m in HEAVY
    if m
    not in (
        "pydantic",
        "yaml",
        "judgeapp.domain.rubric",
        "judgeapp.domain.scoring",
        "judgeapp.ui.judge.home",
        "judgeapp.ui.judge.session",
        "judgeapp.services.events",
        "judgeapp.services.sheets",
        "judgeapp.store.forms",
    )
)


def _start(tmp_path, workspace, heavy) -> str:
    env = dict(os.environ, JUDGEAPP_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    return subprocess.run(
        [sys.executable, "-c", f"HEAVY = {heavy!r}\n" + SCRIPT, str(workspace)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    ).stdout


def test_window_opens_without_heavy_imports(tmp_path):
    out = _start(tmp_path, tmp_path / "ws", HEAVY)
    assert "JUDGEAPP_READY window" in out
    assert "JUDGEAPP_READY workspace" in out
    assert "RC 0" in out
    assert "HEAVY []" in out
    assert (tmp_path / "ws" / "workspace.sqlite").exists()


def _demo_with_sheets(tmp_path, *, remembered: bool):
    from judgeapp.services.demo import build_demo
    from judgeapp.store.db import open_workspace

    build_demo(tmp_path / "demo")
    ws = open_workspace(tmp_path / "demo")
    try:  # the home screen will show sheets in progress
        assert ws.conn.execute("SELECT COUNT(*) FROM sheets").fetchone()[0] > 0
        assert ws.conn.execute("SELECT COUNT(*) FROM sheet_progress").fetchone()[0] > 0
        if not remembered:
            with ws.transaction():
                ws.conn.execute("DELETE FROM sheet_progress")
    finally:
        ws.close()
    return tmp_path / "demo"


def test_a_workspace_with_sheets_opens_without_numpy_or_signatures(tmp_path):
    out = _start(tmp_path, _demo_with_sheets(tmp_path, remembered=False), HEAVY_WITH_SHEETS)
    assert "JUDGEAPP_READY workspace" in out
    assert "RC 0" in out
    assert "HEAVY []" in out


def test_sheets_remembered_open_without_the_rubric_models(tmp_path):
    folder = _demo_with_sheets(tmp_path, remembered=False)
    first = _start(tmp_path, folder, HEAVY_WITH_SHEETS)  # scores and remembers them
    assert "RC 0" in first
    out = _start(tmp_path, folder, HEAVY_REMEMBERED)
    assert "JUDGEAPP_READY workspace" in out
    assert "RC 0" in out
    assert "HEAVY []" in out


GC_SCRIPT = """
import gc, sys
from judgeapp.app import run_gui

COUNT = [0]
gc.callbacks.append(lambda phase, info: COUNT.__setitem__(0, COUNT[0] + (phase == "start")))
if sys.argv[2] == "paused":
    gc.disable()


class Marks:  # what the collector had done when the workspace was ready
    def __init__(self, out):
        self.out, self.at_ready = out, None

    def write(self, text):
        if "JUDGEAPP_READY workspace" in text:
            self.at_ready = (COUNT[0], gc.isenabled())
        return self.out.write(text)

    def flush(self):
        self.out.flush()


sys.stdout = marks = Marks(sys.stdout)
rc = run_gui(workspace=sys.argv[1], lang="id")
print("RC", rc, "AT_READY", marks.at_ready, "AFTER", gc.isenabled())
"""


@pytest.mark.parametrize(
    ("before", "expected"),
    [("running", "AT_READY (0, True) AFTER True"), ("paused", "AT_READY (0, False) AFTER False")],
)
def test_the_collector_waits_until_the_workspace_is_open(tmp_path, before, expected):
    folder = _demo_with_sheets(tmp_path, remembered=True)
    env = dict(os.environ, JUDGEAPP_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    out = subprocess.run(
        [sys.executable, "-c", GC_SCRIPT, str(folder), before],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    ).stdout
    assert f"RC 0 {expected}" in out, out
