"""Start the desktop app: QApplication, translators, crash handler, main window.

Only Qt and the UI modules are imported here; the workspace (SQLite, forms)
is opened right after the window is on screen, and nothing heavy (WeasyPrint,
openpyxl, scipy) is on this path — see ``bench/bench_startup.py``.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable

READY_ENV = "JUDGEAPP_EXIT_WHEN_READY"  # benchmark hook: print ready marks, then quit
NO_DISPLAY_EXIT = 3  # the window cannot open: no screen (documented in docs/ui.md)
_UNIX_DISPLAY = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


def display_missing(env: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """True when no screen can be reached, known before Qt is asked: on Linux and
    the BSDs, neither ``DISPLAY`` nor ``WAYLAND_DISPLAY`` is set and no Qt
    platform was chosen (``QT_QPA_PLATFORM``, e.g. offscreen). A display that is
    set but does not answer is caught when Qt fails (see ``_open_application``)."""
    env = dict(os.environ) if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith(_UNIX_DISPLAY):
        return False  # Windows and macOS always have their own window system
    if env.get("QT_QPA_PLATFORM", "").strip():
        return False
    return not (env.get("DISPLAY", "").strip() or env.get("WAYLAND_DISPLAY", "").strip())


def no_display_message(demo_folder: str | None = None, qt_said: str | None = None) -> str:
    """One line: no display (or, ``qt_said``, Qt could not use the one set), where
    the demo workspace is and how to open it."""
    from pathlib import Path

    from judgeapp.i18n import t

    if demo_folder is None:
        from judgeapp.services.demo import default_demo_dir

        folder = default_demo_dir()
    else:
        folder = Path(demo_folder)
    if qt_said is None:
        head = t(
            "tidak ada layar (DISPLAY dan WAYLAND_DISPLAY tidak diatur)",
            "no display found (DISPLAY and WAYLAND_DISPLAY are not set)",
        )
    else:
        head = t("layar tidak bisa dipakai", "no usable display") + (
            f" (Qt: {qt_said})" if qt_said else ""
        )
    if (folder / "workspace.sqlite").exists():
        where = t(
            f"workspace demo ada di {folder}; buka dengan "
            f"'judgeapp --workspace {folder}' di komputer yang berlayar",
            f"the demo workspace is at {folder}; open it with "
            f"'judgeapp --workspace {folder}' on a computer with a screen",
        )
    else:
        where = t(
            f"workspace demo dibuat di {folder} dengan 'judgeapp demo --no-gui' dan dibuka "
            f"dengan 'judgeapp --workspace {folder}' di komputer yang berlayar",
            f"the demo workspace is built in {folder} by 'judgeapp demo --no-gui' and "
            f"opened with 'judgeapp --workspace {folder}' on a computer with a screen",
        )
    return t(
        f"judgeapp: {head}, jendela aplikasi tidak bisa dibuka; {where} "
        "(perintah baris tetap bisa dipakai di sini).",
        f"judgeapp: {head}, the app window cannot open; {where} (the command line works here).",
    )


def _open_application(demo_folder: str | None):  # QApplication
    """The QApplication, or exit ``NO_DISPLAY_EXIT`` with one line when Qt's
    platform plugin cannot start (a display set but not answering, a missing
    system library): Qt would otherwise abort the process (exit 134). Qt's own
    warnings meanwhile are held back, and passed on once the application runs."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    held: list[str] = []

    def on_message(kind, _context, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            held.append(message)
            return
        said = next((m for m in held if "display" in m.lower()), "")
        said = said or next((m for m in held if "needed" in m.lower()), "")
        print(no_display_message(demo_folder, said.strip()), file=sys.stderr, flush=True)
        os._exit(NO_DISPLAY_EXIT)  # Qt aborts right after this handler returns

    qInstallMessageHandler(on_message)
    try:
        app = QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(None)
    for message in held:
        print(message, file=sys.stderr)
    return app


def _pick_language(lang: str | None) -> str:
    from judgeapp.i18n import LANGUAGES

    if lang in LANGUAGES:
        return lang  # type: ignore[return-value]
    env = os.environ.get("JUDGEAPP_LANG", "")
    if env in LANGUAGES:
        return env
    from judgeapp.settings import load

    saved = load().get("ui.language")
    return saved if saved in LANGUAGES else "id"


def report_services():  # ui.secretariat.reports_tab.ReportServices
    """The report engine handed to the secretariat panel (ui and reports are
    siblings, so the application joins them). Built when the panel first opens;
    WeasyPrint and openpyxl load only when a report is rendered."""
    from judgeapp.reports import render_report
    from judgeapp.ui.secretariat.reports_tab import ReportServices

    def export_xlsx(*args, **kwargs):
        from judgeapp.reports.xlsx import export_xlsx as run

        return run(*args, **kwargs)

    return ReportServices(render=render_report, export_xlsx=export_xlsx)


def _collector_paused() -> Callable[[], None]:
    """Pause the cycle collector while the app starts; returns what resumes it.

    What start-up makes (modules, classes, widgets, the workspace's forms) lives
    as long as the app, so collecting it is only work: about 55 collections
    before the workspace is open, and each later full one would scan it all
    again. Resuming moves it out of the collector's sight (``gc.freeze``).
    Only the first call resumes, and a collector someone else had paused
    stays paused."""
    pending = [gc.isenabled()]
    gc.disable()

    def resume() -> None:
        if pending and pending.pop():
            gc.freeze()  # what start-up made is never scanned again
            gc.enable()

    return resume


def run_gui(
    workspace: str | None = None, lang: str | None = None, demo_folder: str | None = None
) -> int:
    """Open the main window on ``workspace`` (default: the per-user one).

    With no display, says so in one line on stderr (where the demo workspace
    is — ``demo_folder`` when the demo was just built — and how to open it)
    and returns ``NO_DISPLAY_EXIT`` before Qt is started."""
    resume_collector = _collector_paused()
    try:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None and display_missing():
            print(no_display_message(demo_folder), file=sys.stderr)
            return NO_DISPLAY_EXIT
        return _run_window(workspace, lang, demo_folder, resume_collector)
    finally:
        resume_collector()


def _run_window(
    workspace: str | None,
    lang: str | None,
    demo_folder: str | None,
    resume_collector: Callable[[], None],
) -> int:
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from judgeapp.ui.crash import CrashHandler, user_log_dir
    from judgeapp.ui.language import Language
    from judgeapp.ui.main_window import MainWindow
    from judgeapp.ui.tasks import TaskRunner

    app = QApplication.instance() or _open_application(demo_folder)
    app.setApplicationName("JudgeApp")
    app.setOrganizationName("JudgeApp")
    crash = CrashHandler(user_log_dir())
    crash.install()
    language = Language(app)
    chosen = _pick_language(lang)
    language.set_language(chosen)
    runner = TaskRunner(parent=app, pool=QThreadPool(app), crash=crash.handle)
    window = MainWindow(language, runner, crash, reports=report_services)
    window.show()
    bench = os.environ.get(READY_ENV) == "1"

    def open_ws() -> None:
        if bench:
            print("JUDGEAPP_READY window", flush=True)
        try:
            if window.load_workspace(workspace) and lang is None and window.ws is not None:
                saved = window.ws.get_setting("ui.language")
                if saved in ("id", "en") and saved != language.current:
                    window.set_language(saved)
        finally:
            resume_collector()
        if bench:
            print("JUDGEAPP_READY workspace", flush=True)
            QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, open_ws)
    try:
        return int(app.exec())
    finally:
        if window.ws is not None:
            window.ws.close()
        crash.uninstall()
