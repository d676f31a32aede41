"""A long session calls Qt's void methods millions of times; the bindings must
not wear ``None`` out (PySide6 6.12.0 on CPython 3.11 aborted after a few
thousand calls: "none_dealloc: deallocating None")."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
import judgeapp.ui  # what every screen imports first
from PySide6.QtWidgets import QApplication, QLabel, QScrollBar
app = QApplication(["judgeapp"])
label, bar = QLabel(), QScrollBar()
for n in range(100_000):
    label.setText("x")
    bar.setRange(0, n)
print("SURVIVED", flush=True)
"""


def test_a_hundred_thousand_void_qt_calls_do_not_abort_the_app(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "SURVIVED" in res.stdout
