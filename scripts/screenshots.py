"""Screenshots for the user's guide, taken from the real app (never drawn).

Run by ``scripts/screenshots``: builds the demo workspace in a temporary
folder, opens the real main window at 1366×768 on Qt's offscreen platform, in
Indonesian and in English, walks through the screens a judge and a
secretariat use (the same methods the menus and buttons call) and saves each
one as ``docs/images/guide/<lang>-<nn>-<name>.png``; the berita acara is
rendered by the report engine and its first page drawn by QtPdf. Any screen
that cannot be reached stops the script with the reason, so a changed screen
is noticed rather than skipped.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images" / "guide"
SIZE = (1366, 768)
EVENT = "ppd-jabar-2022"
LANGUAGE: dict = {}


def main() -> int:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from judgeapp.services.demo import build_demo

    tmp = Path(tempfile.mkdtemp(prefix="judgeapp-shots-"))
    os.environ["JUDGEAPP_CONFIG_DIR"] = str(tmp / "config")
    os.environ["XDG_STATE_HOME"] = str(tmp / "state")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    app = QApplication.instance() or QApplication(["judgeapp"])
    app.setApplicationName("JudgeApp")
    demo = tmp / "demo"
    build_demo(demo)
    pool = QThreadPool(app)
    written: list[Path] = []
    for lang in ("id", "en"):
        written += shoot(app, pool, lang, demo, tmp / f"empty-{lang}", tmp)
    for path in written:
        print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


def settle(app, pool, rounds: int = 30) -> None:  # noqa: ANN001
    """Let queued events and background tasks finish: the window's own pool
    and every thread pool a screen made for itself, then a busy bar gone."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QProgressBar

    for _ in range(rounds):
        app.processEvents()
        pools = [pool, QThreadPool.globalInstance()]
        for top in app.topLevelWidgets():
            pools += top.findChildren(QThreadPool)
        for p in pools:
            p.waitForDone(200)
        app.processEvents()
    for _ in range(300):  # a result still on its way to the screen
        busy = [
            b
            for top in app.topLevelWidgets()
            for b in top.findChildren(QProgressBar)
            if b.isVisible() and b.maximum() == 0
        ]
        if not busy:
            return
        for top in app.topLevelWidgets():
            for p in top.findChildren(QThreadPool):
                p.waitForDone(100)
        app.processEvents()


def shoot(app, pool, lang: str, demo: Path, empty: Path, tmp: Path) -> list[Path]:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from judgeapp.app import report_services
    from judgeapp.i18n import set_language
    from judgeapp.ui.language import Language
    from judgeapp.ui.main_window import MainWindow
    from judgeapp.ui.tasks import TaskRunner

    set_language(lang)
    language = LANGUAGE.setdefault("it", Language(app))  # one set of translators
    language.set_language(lang)
    out: list[Path] = []

    def window() -> MainWindow:
        w = MainWindow(language, TaskRunner(parent=app, pool=pool), None, reports=report_services)
        w.setWindowState(Qt.WindowState.WindowNoState)
        w.resize(*SIZE)
        w.show()
        settle(app, pool, 3)
        return w

    def save(w, n: int, name: str) -> None:  # noqa: ANN001
        settle(app, pool)
        w.resize(*SIZE)
        settle(app, pool, 3)
        image = w.grab()
        if image.isNull():
            raise SystemExit(f"screenshots: {name}: nothing drawn")
        path = OUT / f"{lang}-{n:02d}-{name}.png"
        image.save(str(path))
        out.append(path)

    # 1. The very first start: no workspace yet.
    first = window()
    first.load_workspace(str(empty))
    save(first, 1, "first-start")
    first.close()
    if first.ws is not None:
        first.ws.close()

    w = window()
    if not w.load_workspace(str(demo)):
        raise SystemExit("screenshots: the demo workspace did not open")
    home = w.home
    home.event_box.setCurrentIndex(home.event_box.findData(EVENT))
    settle(app, pool, 3)
    # a judge and a stage with a sheet still being scored
    submission = None
    for judge in range(home.judge_box.count()):
        home.judge_box.setCurrentIndex(judge)
        settle(app, pool, 3)
        for stage in range(max(home.stage_box.count(), 1)):
            if home.stage_box.count():
                home.stage_box.setCurrentIndex(stage)
                settle(app, pool, 3)
            rows = home.session.regions() if home.session is not None else []
            started = [r for r in rows if r.status != "final" and r.scored]
            if started:
                submission = started[0].submission_id
                break
        if submission is not None:
            break
    if submission is None:
        raise SystemExit("screenshots: the demo has no sheet in progress")
    save(w, 2, "judge-home")
    w.open_region(submission)
    save(w, 3, "region")
    w.open_interview(submission)
    if w.interview is None:
        raise SystemExit("screenshots: the interview screen did not open")
    save(w, 4, "interview")
    w.show_home()

    w.act_secr.trigger()
    panel = w.secretariat
    if panel is None or not hasattr(panel, "tabs"):
        raise SystemExit("screenshots: the secretariat view did not open")
    names = ("setup", "import", "progress", "disagreement", "ranking", "reports")
    guide_tabs = [
        i
        for i in range(panel.tabs.count())
        if panel.tabs.widget(i) is not getattr(panel, "submissions", None)
    ]  # the Submissions tab is not in the guide's pictures (yet)
    for n, i in enumerate(guide_tabs):
        panel.tabs.setCurrentIndex(i)
        name = names[n] if n < len(names) else f"tab{n + 1}"
        save(w, 5 + n, f"secretariat-{name}")
    w.close()
    settle(app, pool, 3)
    if w.ws is not None:
        w.ws.close()

    out.append(berita_acara(lang, demo, tmp, 5 + len(guide_tabs)))
    return out


def berita_acara(lang: str, demo: Path, tmp: Path, n: int) -> Path:
    """The signed minutes' first page, as the report engine prints it."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from judgeapp.reports import render_report
    from judgeapp.store.db import open_workspace

    pdf = tmp / f"berita-acara-{lang}.pdf"
    with open_workspace(demo) as ws:
        render_report(ws, "minutes", EVENT, pdf, lang=lang)
    doc = QPdfDocument()
    doc.load(str(pdf))
    if doc.pageCount() < 1:
        raise SystemExit(f"screenshots: {pdf} has no page")
    page = doc.pagePointSize(0)
    width = 1000
    image = doc.render(0, QSize(width, int(width * page.height() / page.width())))
    path = OUT / f"{lang}-{n:02d}-berita-acara.png"
    image.save(str(path))
    doc.close()
    return path


if __name__ == "__main__":
    raise SystemExit(main())
