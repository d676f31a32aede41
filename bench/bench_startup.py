"""Window-ready time of JudgeApp against a bare PySide6 window, same run.

Each sample is a fresh process: wall time from spawn until the process prints
that its window is shown and the event loop has run once (and, for JudgeApp,
until the workspace is open too). Reported as medians and as ratios to the
bare window. Usage: python bench/bench_startup.py [--runs N] [--workspace DIR | --demo]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1366, 720); w.show()
def ready():
    print("JUDGEAPP_READY window", flush=True)
    print("JUDGEAPP_READY workspace", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

APP = """
import sys
from judgeapp.app import run_gui
rc = run_gui(workspace=sys.argv[1], lang="id")
heavy = [m for m in ("weasyprint", "matplotlib", "openpyxl", "scipy", "highspy") if m in sys.modules]
print("HEAVY " + ",".join(heavy), flush=True)
"""


def sample(code: str, args: list[str]) -> dict[str, float]:
    env = dict(os.environ, JUDGEAPP_EXIT_WHEN_READY="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("JUDGEAPP_READY "):
            marks[line.split()[1]] = time.perf_counter() - t0
        elif line.startswith("HEAVY"):
            heavy = line.strip()[len("HEAVY ") :]
            if heavy:
                raise SystemExit(f"heavy modules on the start-up path: {heavy}")
    proc.wait(60)
    if "window" not in marks:
        raise SystemExit(f"no ready mark (exit code {proc.returncode})")
    return marks


COMPILE = """
import compileall, os, judgeapp
compileall.compile_dir(os.path.dirname(judgeapp.__file__), quiet=1)
"""


DEMO = """
import sys
from judgeapp.services.demo import build_demo
build_demo(sys.argv[1])
"""


def compile_package() -> None:
    """Write the bytecode of the judgeapp the samples import (found as they
    find it), as an installed app has it: a tree without bytecode, where
    PYTHONDONTWRITEBYTECODE is set, would be timed compiling its sources."""
    subprocess.run([sys.executable, "-c", COMPILE], check=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--workspace", default=None, help="workspace to open (default: a new one)")
    ap.add_argument(
        "--demo", action="store_true", help="open the demo workspace (sheets in progress)"
    )
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    args = ap.parse_args()
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        ws = args.workspace or os.path.join(tmp, "ws")
        if args.demo and not args.workspace:
            subprocess.run([sys.executable, "-c", DEMO, ws], check=True)
        sample(APP, [ws])  # warm the file cache and create the workspace
        bare, app_win, app_ws = [], [], []
        for _ in range(args.runs):  # interleaved so both see the same machine load
            b = sample(BARE, [])
            a = sample(APP, [ws])
            bare.append(b["window"])
            app_win.append(a["window"])
            app_ws.append(a.get("workspace", a["window"]))
    mb, mw, ms = (statistics.median(x) for x in (bare, app_win, app_ws))
    print(f"runs: {args.runs} (median wall time from process spawn)")
    print(f"bare PySide6 window     {mb * 1000:7.0f} ms")
    print(f"JudgeApp window shown   {mw * 1000:7.0f} ms   ratio {mw / mb:4.2f}")
    print(f"JudgeApp workspace open {ms * 1000:7.0f} ms   ratio {ms / mb:4.2f}")
    if args.json:
        import json

        figures = {
            "runs": args.runs,
            "bare_ms": mb * 1000,
            "window_ms": mw * 1000,
            "workspace_ms": ms * 1000,
            "ratio": {"window": mw / mb, "workspace": ms / mb},
        }
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(figures, fh, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
