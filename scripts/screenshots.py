"""Screenshots for the user's guide, taken from the real app (never drawn).

Run by ``scripts/screenshots``: builds the demo workspace in a temporary
folder, opens the real main window at 1366×768 on Qt's offscreen platform, in
Indonesian and in English, walks through the screens a judge and a
secretariat use (the same methods the menus and buttons call) and saves each
one as ``docs/images/guide/<lang>-<nn>-<name>.png``; the berita acara is
rendered by the report engine and its first page drawn by QtPdf. The event
set-up dialog shows the demo's own dates, venue and signatories (which the
berita acara prints); the folder import of score files runs on a
copy of the demo, with two new judges who scored on laptops of their own and
one file altered after signing. Any screen
that cannot be reached stops the script with the reason, so a changed screen
is noticed rather than skipped.
"""

from __future__ import annotations

import json
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


def settle(app, pool, rounds: int = 30) -> None:
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


def shoot(app, pool, lang: str, demo: Path, empty: Path, tmp: Path) -> list[Path]:
    """Every screen of the guide; each file is named by its screen and its
    place in the guide (``<lang>-<nn>-<name>.png``, the order of ``SHOTS``),
    so a screen that gains a tab does not shift the names of the others."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

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

    def save(w, name: str, *, resize: bool = True) -> None:
        settle(app, pool)
        if resize:
            w.resize(*SIZE)
        settle(app, pool, 3)
        image = w.grab()
        if image.isNull():
            raise SystemExit(f"screenshots: {name}: nothing drawn")
        n = SHOTS.index(name) + 1
        path = OUT / f"{lang}-{n:02d}-{name}.png"
        image.save(str(path))
        out.append(path)

    def done(w: MainWindow) -> None:
        """Closed and gone: a window left behind would rebuild its screens on a
        closed workspace when the next language is switched on."""
        w.close()
        settle(app, pool, 3)
        if w.ws is not None:
            w.ws.close()
        w.deleteLater()
        # the deferred deletes run here: processEvents() alone leaves them queued
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settle(app, pool, 3)

    # The very first start: no workspace yet.
    first = window()
    first.load_workspace(str(empty))
    save(first, "first-start")
    done(first)

    w = window()
    if not w.load_workspace(str(demo)):
        raise SystemExit("screenshots: the demo workspace did not open")

    # The event set-up dialog, on the demo's PPD event (File ▸ Edit event…).
    w.act_secr.trigger()
    settle(app, pool, 3)
    w.edit_event(EVENT)
    dialog = getattr(w, "dialog", None)
    if dialog is None or not dialog.isVisible():
        raise SystemExit("screenshots: the event set-up dialog did not open")
    # the demo's PPD event already holds its days, place, chair and members
    # (set through the set-up service), which the berita acara below prints
    dialog.resize(1180, 640)
    save(dialog, "event-setup", resize=False)
    dialog.save_btn.click()
    settle(app, pool, 3)
    if dialog.isVisible():
        raise SystemExit("screenshots: the event set-up dialog refused the demo's details")
    w.act_judge.trigger()
    settle(app, pool, 3)

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
    save(w, "judge-home")
    w.open_region(submission)
    save(w, "region")
    w.open_interview(submission)
    iv = w.interview
    if iv is None:
        raise SystemExit("screenshots: the interview screen did not open")
    save(w, "interview")
    iv.toggle_layout()  # F6: the document gets the room
    save(w, "interview-reading")
    iv.toggle_layout()
    w.show_home()

    w.act_secr.trigger()
    panel = w.secretariat
    if panel is None or not hasattr(panel, "tabs"):
        raise SystemExit("screenshots: the secretariat view did not open")
    panel.tabs.setCurrentWidget(panel.setup)
    panel.setup.setCurrentWidget(panel.setup.judges)
    save(w, "secretariat-judges")
    auto = panel.setup.auto
    panel.setup.setCurrentWidget(auto)
    settle(app, pool, 3)
    auto.stage.setCurrentIndex(auto.stage.count() - 1)  # Tahap III: nothing scored yet
    auto.per_submission.setValue(2)
    settle(app, pool, 3)
    auto.preview_button.click()
    save(w, "secretariat-auto-assignment")
    auto.discard_button.click()
    panel.setup.setCurrentWidget(panel.setup.bundles)
    save(w, "secretariat-bundles")
    for name, tab in (
        ("secretariat-submissions", panel.submissions),
        ("secretariat-progress", panel.progress),
        ("secretariat-disagreement", panel.disagreement),
        ("secretariat-ranking", panel.ranking),
    ):
        panel.tabs.setCurrentWidget(tab)
        save(w, name)
    panel.ranking.inner.setCurrentWidget(panel.ranking.calibration_view)
    save(w, "secretariat-calibration")
    panel.ranking.inner.setCurrentIndex(0)
    panel.tabs.setCurrentWidget(panel.reports)
    panel.reports.select_kind("minutes")
    save(w, "secretariat-reports")
    done(w)
    out.append(berita_acara(lang, demo, tmp))

    # Score files brought back on a USB stick, imported as a folder, on a copy
    # of the demo (two new judges scored on their own laptops, one file altered).
    copy, stick = score_returns(demo, tmp / f"returns-{lang}")
    w = window()
    if not w.load_workspace(str(copy)):
        raise SystemExit("screenshots: the demo copy did not open")
    w.act_secr.trigger()
    panel = w.secretariat
    panel.tabs.setCurrentWidget(panel.imports)
    panel.imports.start_score_folder(stick)
    save(w, "secretariat-import")
    done(w)
    return out


SHOTS = [
    "first-start",
    "judge-home",
    "region",
    "interview",
    "interview-reading",
    "event-setup",
    "secretariat-judges",
    "secretariat-submissions",
    "secretariat-auto-assignment",
    "secretariat-bundles",
    "secretariat-import",
    "secretariat-progress",
    "secretariat-disagreement",
    "secretariat-ranking",
    "secretariat-calibration",
    "secretariat-reports",
    "berita-acara",
]


def score_returns(demo: Path, folder: Path) -> tuple[Path, Path]:
    """A copy of the demo with two new judges of the PPD event who scored their
    regions on laptops of their own and exported signed score files to one
    folder (the USB stick), plus a copy of one file altered by hand."""
    import shutil

    from judgeapp.domain.judges import NewJudge
    from judgeapp.services import bundles, scorefiles, setup, sheets
    from judgeapp.services import events as event_service
    from judgeapp.services.judges import add_judge
    from judgeapp.store.db import open_workspace

    copy, stick = folder / "secretariat", folder / "USB"
    shutil.copytree(demo, copy)
    stick.mkdir(parents=True)
    with open_workspace(copy) as ws:
        event = event_service.get_event(ws, EVENT)
        stage = next(s.id for s in event.stages if s.id == "tahap2")
        judges = [
            add_judge(ws, EVENT, NewJudge(name, "TPU"))
            for name in ("Dr. Hendra Gunawan (contoh)", "Ir. Maya Sari, M.T. (contoh)")
        ]
        for jid in judges:
            setup.fill(ws, EVENT, judge_id=jid, stage_id=stage)
        issued = [
            bundles.issue_bundle(ws, EVENT, jid, folder / bundles.bundle_name(EVENT, jid))
            for jid in judges
        ]
    files = []
    for n, (jid, bundle) in enumerate(zip(judges, issued, strict=True)):
        with open_workspace(folder / f"laptop-{n}") as laptop:
            bundles.open_bundle(laptop, bundle.path)
            for m, sub in enumerate(event_service.current_submissions(laptop, EVENT)):
                st = sheets.open_sheet(laptop, EVENT, stage, jid, sub.id)
                for k, item in enumerate(st.form.score_keys()):
                    value = 7 + ((n * 3 + m * 5 + k) % 9) / 4
                    sheets.record_score(laptop, st.data.id, item, f"{value:.2f}", jid)
                for miss in sheets.state(laptop, st.data.id).completeness.missing:
                    if miss.kind == "text":
                        sheets.record_text(
                            laptop, st.data.id, miss.key, miss.field, "[data contoh]", jid
                        )
                sheets.finalise(laptop, st.data.id, jid)
            files.append(scorefiles.export_scores(laptop, stick).path)
    data = json.loads(files[0].read_text(encoding="utf-8"))
    scores = data["payload"]["sheets"][0]["scores"]
    scores[next(iter(scores))] = "9.75"  # one score changed after signing
    (stick / "salinan-diubah.scores.json").write_text(json.dumps(data), encoding="utf-8")
    return copy, stick


def berita_acara(lang: str, demo: Path, tmp: Path) -> Path:
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
    path = OUT / f"{lang}-{SHOTS.index('berita-acara') + 1:02d}-berita-acara.png"
    image.save(str(path))
    doc.close()
    return path


if __name__ == "__main__":
    raise SystemExit(main())
