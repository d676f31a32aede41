"""Every shortcut of the interview screen works from every field of it — in a
real X window, where a line edit claims Ctrl+E ("end of line") for itself and
swallowed "link evidence" while the cursor was in a score box."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

SCRIPT = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from judgeapp.ui.language import Language
from judgeapp.ui.main_window import MainWindow
from judgeapp.ui.tasks import TaskRunner

folder, judge, sub = sys.argv[1:4]


def wait_for(cond, ms=10000):
    for _ in range(ms // 20):
        if cond():
            return True
        QTest.qWait(20)
    return cond()


app = QApplication([])
language = Language(app)
language.set_language("id")
w = MainWindow(language, TaskRunner(parent=app))
w.show()
QTest.qWaitForWindowExposed(w)
w.activateWindow()
assert w.load_workspace(folder)
assert w.home.choose_judge(judge)
w.open_interview(sub)
iv = w.interview
assert wait_for(lambda: iv.viewer.page_total() > 0)
out = {"platform": QApplication.platformName()}

# the real thing: Ctrl+E in a score box links the page shown
edit = next(iter(iv.panel.rows.values())).edit
edit.setFocus()
QTest.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
out["evidence_from_score_box"] = iv.panel.evidence_list.count()

# every shortcut from every field: count activations (their actions would move
# the focus or rebuild the panel, so they are replaced by counters here)
hits = {}
shortcuts = {
    s.key().toString(): s for s in iv.findChildren(QShortcut) if s.parent() is iv
}
for keys, shortcut in shortcuts.items():
    shortcut.activated.disconnect()
    shortcut.activated.connect(lambda keys=keys: hits.__setitem__(keys, hits.get(keys, 0) + 1))
texts = list(iv.panel.texts.values())
fields = {
    "score box": edit,
    "required text": texts[0],
    "private note": texts[-1],
    "rubric tree": iv.tree,
    "document search": iv.viewer.search,
    "page number": iv.viewer.page_box,
    "document page": iv.viewer.view,
    "evidence button": iv.panel.evidence_btn,
}
missed = []
for name, field in fields.items():
    for keys, shortcut in shortcuts.items():
        field.setFocus()
        app.processEvents()
        target = QApplication.focusWidget()
        before = hits.get(keys, 0)
        seq = shortcut.key()[0]
        QTest.keyClick(target, seq.key(), seq.keyboardModifiers())
        app.processEvents()
        if hits.get(keys, 0) != before + 1:
            missed.append(f"{keys} in {name}")
out["missed"] = missed
out["checked"] = len(fields) * len(shortcuts)
print("RESULT " + json.dumps(out))
w.close()
w.runner.wait(5000)
w.ws.close()
"""


def test_every_shortcut_works_from_every_field_in_a_real_window(judge_world, tmp_path):
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run not installed (scripts/test installs it)")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        [
            xvfb,
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            sys.executable,
            "-c",
            SCRIPT,
            str(judge_world.folder),
            judge_world.judge,
            judge_world.submissions[0],
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, proc.stdout + proc.stderr
    out = json.loads(lines[-1][len("RESULT ") :])
    assert out["platform"] == "xcb"
    assert (out["evidence_from_score_box"], out["missed"]) == (1, [])
    assert out["checked"] == 8 * 12
