"""Peak memory while scoring with a 100-page PDF open in the viewer.

Two fresh processes, same run:

* ``bare``  — a bare PySide6 window (QApplication, one label), shown, the
  event loop run;
* ``judge`` — the app's own document viewer (``ui.pdf_viewer.DocumentViewer``,
  the widget of the interview screen: QtPdf page view, thumbnails, search)
  shown at 1366×768 with a 100-page PDF (text and a table on every page, made
  by WeasyPrint before the run), every page visited in turn (each rendered,
  thumbnails rendered as they scroll in), a search run over the whole
  document — while scores are saved through ``services.sheets.record_score``
  on a real workspace file in the same process, between the page turns.

Prints each process's peak resident set size (``VmHWM`` of the process's own
memory map on Linux — ``ru_maxrss`` would carry over the parent's peak through
fork and exec — ``ru_maxrss`` elsewhere) and the difference; the goal is ≤ 300 MB for the judge's process.

    .venv/bin/python bench/bench_memory.py [--pages 100] [--edits 200] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("bare")); w.resize(1366, 768); w.show()
QTimer.singleShot(200, app.quit)
app.exec()
print("PEAK_KB", [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")][0] if sys.platform == "linux" else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

JUDGE = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from judgeapp.services import sheets
from judgeapp.services.forms import find_form
from judgeapp.store import events as store_events
from judgeapp.store.db import open_workspace
from judgeapp.store.forms import pin_form
from judgeapp.ui.judge.session import DocInfo
from judgeapp.ui.pdf_viewer import DocumentViewer
from judgeapp.ui.tasks import TaskRunner

pdf, folder, edits = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
ws = open_workspace(folder)
form = find_form("ppd-tahap2")
digest = pin_form(ws, form)
eid = store_events.create_event(
    ws, "Bench", form.competition, [store_events.StageSpec(form.stage, "S", digest)]
)
store_events.add_judge(ws, eid, "J", judge_id="j1")
rid = store_events.upsert_region(ws, "Kota Bench", "kota", "P")
with ws.transaction():
    ws.conn.execute(
        "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
        " VALUES ('s1', ?, ?, 'kota', 'now')",
        (eid, rid),
    )
sheet = sheets.open_sheet(ws, eid, form.stage, "j1", "s1").data.id
keys = form.score_keys()

runner = TaskRunner(parent=app)
viewer = DocumentViewer(runner, resolve=lambda _d: pdf)
viewer.resize(1366, 768)
viewer.show()
viewer.set_documents([DocInfo("d1", "Dokumen", "proposal", None)])

def spin(ms):
    loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()

deadline = time.monotonic() + 60
while viewer.page_total() == 0 and time.monotonic() < deadline:
    spin(20)
pages = viewer.page_total()
done = 0
for page in range(1, pages + 1):
    viewer.show_page(page)
    spin(15)
    for _ in range(max(1, edits // max(pages, 1))):
        key = keys[done % len(keys)]
        sheets.record_score(ws, sheet, key, f"{5 + (done * 37) % 500 / 100:.2f}", "j1")
        done += 1
viewer.search.setText("Indikator")
viewer.search.returnPressed.emit()
spin(500)
for page in range(pages, 0, -7):
    viewer.show_page(page)
    spin(15)
runner.wait(10000)
ws.close()
print("PAGES", pages, "EDITS", done, flush=True)
print("PEAK_KB", [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")][0] if sys.platform == "linux" else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""


def make_pdf(path: Path, pages: int) -> None:
    import weasyprint

    rows = "".join(
        f"<tr><td>{i}</td><td>Indikator {i}</td><td>{i * 3.5:.1f}</td></tr>" for i in range(30)
    )
    body = "".join(
        f"<section style='break-before: page'><h1>Bab {p + 1}</h1>"
        + "<p>"
        + ("Uraian kinerja daerah dan bukti dukung. " * 12)
        + f"</p><table>{rows}</table></section>"
        for p in range(pages)
    )
    weasyprint.HTML(string=f"<html><body>{body}</body></html>").write_pdf(path)


def peak(code: str, args: list[str]) -> tuple[int, str]:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=600
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    kb = next(
        int(line.split()[1]) for line in out.stdout.splitlines() if line.startswith("PEAK_KB")
    )
    return kb, out.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "doc.pdf"
        make_pdf(pdf, args.pages)
        from pypdf import PdfReader

        pages = len(PdfReader(pdf).pages)
        bare_kb, _ = peak(BARE, [])
        judge_kb, text = peak(JUDGE, [str(pdf), str(Path(tmp) / "ws"), str(args.edits), str(ROOT)])
    seen = next(line for line in text.splitlines() if line.startswith("PAGES"))
    print(f"PDF of {pages} pages ({seen})")
    print(f"bare PySide6 window        peak RSS {bare_kb / 1024:6.0f} MB")
    print(f"viewer + saved edits       peak RSS {judge_kb / 1024:6.0f} MB  (goal ≤ 300 MB)")
    print(f"difference                          {(judge_kb - bare_kb) / 1024:6.0f} MB")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "pages": pages,
                    "edits": args.edits,
                    "bare_mb": bare_kb / 1024,
                    "judge_mb": judge_kb / 1024,
                    "goal_mb": 300,
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
