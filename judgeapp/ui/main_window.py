"""The main window: menus, the judge's screens and the secretariat view.

Screens are pages of a stacked widget: home (regions), a region view, the
interview screen, and the secretariat panel (built by its own module, imported
only when the user switches to it). Dependencies arrive through the
constructor; the workspace is opened after the window is on screen.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.ui.language import Language, Retranslating
from judgeapp.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the screens load on first use, not at start-up
    from judgeapp.store.db import Workspace
    from judgeapp.ui.first_run import FirstRunScreen
    from judgeapp.ui.judge.home import HomeScreen
    from judgeapp.ui.judge.interview import InterviewScreen
    from judgeapp.ui.judge.region_view import RegionView


class MainWindow(Retranslating, QMainWindow):
    export_done = Signal(str)  # path of a signed score file just written

    # Qt::AlignCenter, set as a property: PySide6 builds its whole ``Qt`` enum
    # namespace on first use (tens of ms), which nothing before the window shows
    # needs; the screens that follow import ``Qt`` where they use it.
    _LOADING_ALIGN = 0x0084

    def __init__(
        self,
        language: Language,
        runner: TaskRunner,
        crash=None,
        parent=None,
        *,
        reports=None,
        demo_folder: Path | None = None,
    ):  # () -> ReportServices, built on first use
        super().__init__(parent)
        self.language = language
        self.demo_folder = demo_folder  # None: the per-user demo folder
        self.reports_factory = reports
        self.runner = runner
        self.crash = crash
        self.ws: Workspace | None = None
        self._home: HomeScreen | None = None  # built on first use (see `home`)
        self.region: RegionView | None = None
        self.interview: InterviewScreen | None = None
        self.first_run: FirstRunScreen | None = None
        self.dialog: QWidget | None = None  # the file or message dialog open now
        self.secretariat: QWidget | None = None
        self.stack = QStackedWidget()
        self.loading = QLabel()
        self.loading.setProperty("alignment", self._LOADING_ALIGN)
        self.stack.addWidget(self.loading)
        self.setCentralWidget(self.stack)
        self._menus()
        self.retranslate()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Fill a small laptop screen (1366×768); a roomy size on larger ones."""
        screen = self.screen()
        self._maximize = False
        if screen is None:
            self.resize(1366, 740)
            return
        avail = screen.availableGeometry()
        self.resize(min(1366, avail.width()), min(800, avail.height()))
        self._maximize = avail.width() <= 1440 or avail.height() <= 800

    def show(self) -> None:
        """Shown maximized on a small screen (see ``_fit_screen``)."""
        if self._maximize:
            self.showMaximized()
        else:
            super().show()

    # ---- menus ------------------------------------------------------------------------
    def _action(self, keys: str, *, checkable: bool = False) -> QAction:
        """An action with its shortcut. Set through ``setShortcuts``: the shortcut
        keyword and ``setShortcut`` build the whole ``Qt`` namespace (see
        ``_LOADING_ALIGN``) to tell their overloads apart."""
        action = QAction(self, checkable=True) if checkable else QAction(self)
        action.setShortcuts([QKeySequence(keys)])
        return action

    def _menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.act_open = self._action("Ctrl+O")
        self.act_open.triggered.connect(self.choose_workspace)
        self.act_bundle = self._action("Ctrl+Shift+O")
        self.act_bundle.triggered.connect(self.choose_bundle)
        self.act_quit = self._action("Ctrl+Q")
        self.act_quit.triggered.connect(self.close)
        self.act_new_event = self._action("Ctrl+N")
        self.act_new_event.triggered.connect(self.start_new_event)
        self.act_edit_event = QAction(self)
        self.act_edit_event.triggered.connect(lambda _checked=False: self.edit_event())
        self.act_export = self._action("Ctrl+Shift+E")
        # triggered(bool) must not reach export_score_file's folder argument
        self.act_export.triggered.connect(lambda _checked=False: self.export_score_file())
        self.file_menu.addActions(
            [self.act_open, self.act_bundle, self.act_new_event, self.act_edit_event]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.view_menu = mb.addMenu("")
        self.act_judge = self._action("Ctrl+1", checkable=True)
        self.act_secr = self._action("Ctrl+2", checkable=True)
        group = QActionGroup(self)
        for a in (self.act_judge, self.act_secr):
            group.addAction(a)
            self.view_menu.addAction(a)
        self.act_judge.setChecked(True)
        self.act_judge.triggered.connect(self.show_judge_view)
        self.act_secr.triggered.connect(self.show_secretariat)
        self.lang_menu = mb.addMenu("")
        self.act_id = QAction("Bahasa Indonesia", self, checkable=True)
        self.act_en = QAction("English", self, checkable=True)
        lgroup = QActionGroup(self)
        for a, code in ((self.act_id, "id"), (self.act_en, "en")):
            lgroup.addAction(a)
            self.lang_menu.addAction(a)
            a.triggered.connect(lambda _c=False, code=code: self.set_language(code))
        (self.act_en if self.language.current == "en" else self.act_id).setChecked(True)
        self.help_menu = mb.addMenu("")
        self.act_keys = self._action("F1")
        self.act_keys.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.act_keys)
        self.act_my_key = QAction(self)
        self.act_my_key.triggered.connect(self.show_my_key)
        self.help_menu.addAction(self.act_my_key)

    # ---- workspace --------------------------------------------------------------------
    def load_workspace(self, folder: str | Path | None) -> bool:
        from judgeapp.errors import WorkspaceError
        from judgeapp.services.workspace import open_workspace

        try:
            ws = open_workspace(folder)
        except WorkspaceError as exc:
            self.loading.setText(str(exc))
            self.warn(self.tr("Workspace"), str(exc))
            return False
        if (ws.blobs_dir / ".incoming").exists():  # an import was interrupted by a crash
            from judgeapp.services.packages import clean_incoming

            clean_incoming(ws)
        self.set_workspace(ws)
        return True

    def set_workspace(self, ws) -> None:  # store.db.Workspace
        from judgeapp.services.workspace import workspace_judge

        self._close_screens()
        if self.secretariat is not None:  # it shows the workspace that was open
            self.stack.removeWidget(self.secretariat)
            self.secretariat.deleteLater()
            self.secretariat = None
        self.act_judge.setChecked(True)
        if self.ws is not None and self.ws is not ws:
            self.ws.close()
        self.ws = ws
        self.act_new_event.setEnabled(workspace_judge(ws) is None)
        self.act_edit_event.setEnabled(workspace_judge(ws) is None)
        self.runner.folder = ws.folder
        if self.crash is not None:
            self.crash.set_folder(ws.logs_dir)
        if self._home is not None:  # else built with this workspace on first use
            self._home.set_workspace(ws)
        self._report_crashes()
        self._show_start()
        self.setWindowTitle(f"JudgeApp — {ws.folder.name}")

    @property
    def home(self) -> HomeScreen:
        """The home screen, built on first use with the open workspace: a new
        workspace shows the first-run screen without it (and its services)."""
        if self._home is None:
            from judgeapp.ui.judge.home import HomeScreen

            home = HomeScreen()
            home.open_region.connect(self.open_region)
            home.start_interview.connect(self.open_interview)
            home.declare_conflict.connect(self.declare_conflict)
            self.stack.addWidget(home)
            home.set_workspace(self.ws)
            self._home = home
        return self._home

    def _is_first_run(self) -> bool:
        """A workspace with no event yet (not a judge's): the three ways in."""
        from judgeapp.services.workspace import workspace_judge

        if self.ws is None or workspace_judge(self.ws) is not None:
            return False
        if self._home is not None:  # the events the home screen lists
            return self._home.event_box.count() == 0
        from judgeapp.services.workspace import holds_event

        return not holds_event(self.ws)  # not a judge's: home would list every event

    def _show_start(self) -> None:
        """Home, or the first-run screen while the workspace holds no event."""
        if self._is_first_run():
            if self.first_run is None:
                from judgeapp.ui.first_run import FirstRunScreen

                self.first_run = FirstRunScreen()
                self.first_run.open_bundle.connect(self.choose_bundle)
                self.first_run.new_event.connect(self.start_new_event)
                self.first_run.explore_demo.connect(self.explore_demo)
                self.stack.addWidget(self.first_run)
            self.first_run.set_busy("")
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.bundle_btn.setFocus()
            return
        self.stack.setCurrentWidget(self.home)
        self.home.table.setFocus()

    def _report_crashes(self) -> None:
        from judgeapp.ui.crash import mark_reported, pending_reports, user_log_dir

        own = pending_reports(self.ws.logs_dir) if self.ws is not None else []
        logs = own + pending_reports(user_log_dir())
        if logs:
            self.home.show_notice(
                self.tr(
                    "JudgeApp stopped unexpectedly last time. Nothing saved was lost. "
                    "The error log is at: %1"
                ).replace("%1", str(logs[-1]))
            )
            mark_reported(logs)

    def choose_workspace(self) -> None:
        from judgeapp.ui.filedialogs import choose_folder

        self.dialog = choose_folder(self, self.tr("Open workspace"), self.load_workspace)

    def choose_bundle(self) -> None:
        from judgeapp.ui.filedialogs import choose_open_file

        self.dialog = choose_open_file(
            self,
            self.tr("Open a judge bundle"),
            self.tr("Judge bundle (*.zip *.judge);;All files (*)"),
            self._bundle_chosen,
        )

    def _bundle_chosen(self, path: str) -> None:
        from judgeapp.ui.filedialogs import choose_folder

        if self.ws is None or self._holds_other_events(self.ws):
            self.dialog = choose_folder(
                self,
                self.tr("Choose an empty folder for your judge workspace"),
                lambda folder: self.open_bundle_file(Path(path), folder),
            )
            return
        self.open_bundle_file(Path(path))

    def _holds_other_events(self, ws: Workspace) -> bool:
        from judgeapp.services import events as event_service

        return ws.get_setting("role") != "judge" and bool(event_service.list_events(ws))

    def open_bundle_file(self, path: Path, folder: str | Path | None = None) -> bool:
        """Open a judge bundle into ``folder`` (a new judge workspace) or the open one."""

        bundles = importlib.import_module("judgeapp.services.bundles")
        if folder is not None and not self.load_workspace(folder):
            return False
        try:
            bundles.open_bundle(self.ws, path)
        except Refused as exc:  # a sentence for the user; anything else is a bug
            self.warn(self.tr("Judge bundle"), str(exc))
            return False
        self.set_workspace(self.ws)
        return True

    # ---- the judge's score file ---------------------------------------------------------
    def export_score_file(self, folder: str | None = None) -> None:
        """Write the signed score file of this judge workspace into a folder
        (a USB stick): ask for the folder, write off the UI thread, then name the
        file written in a confirmation."""
        from judgeapp.services.bundles import judge_identity

        if self.ws is None or judge_identity(self.ws) is None:
            self.warn(
                self.tr("Signed score file"),
                self.tr(
                    "Only a judge's workspace (opened from a judge bundle) exports a signed "
                    "score file."
                ),
            )
            return
        if folder is None:
            from judgeapp.ui.filedialogs import choose_folder

            self.dialog = choose_folder(
                self,
                self.tr("Folder for the signed score file (e.g. a USB stick)"),
                self.export_score_file,
            )
            return
        self.flush_interview()

        def job(ws, _state):  # a pool thread, its own connection
            from judgeapp.services.scorefiles import export_scores

            return export_scores(ws, folder, create_folder=False)  # picked: never re-made

        def done(exported) -> None:  # services.scorefiles.ExportedFile
            self.statusBar().showMessage(
                self.tr("Signed score file written: %1").replace("%1", str(exported.path)),
                15000,
            )
            self.inform(
                self.tr("Signed score file"),
                self.tr(
                    "The signed score file was written:\n%1\n\n%2 sheets, signed with the "
                    "key %3. Hand this file to the secretariat."
                )
                .replace("%1", str(exported.path))
                .replace("%2", str(exported.sheets))
                .replace("%3", exported.fingerprint),
            )
            self.export_done.emit(str(exported.path))

        self.runner.start(
            job,
            on_done=done,
            on_refused=lambda exc: self.warn(self.tr("Signed score file"), str(exc)),
        )

    def show_my_key(self) -> None:
        from judgeapp.services.bundles import judge_identity
        from judgeapp.services.scorefiles import own_fingerprint

        if self.ws is None or judge_identity(self.ws) is None:
            self.warn(
                self.tr("My signing key"),
                self.tr("This is not a judge's workspace: it has no signing key."),
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("My signing key"),
            self.tr(
                "Fingerprint of the key that signs your score files — read it out to the "
                "secretariat when they register you:"
            )
            + f"\n\n{own_fingerprint(self.ws)}",
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.dialog = box
        box.open()

    def flush_interview(self) -> None:
        if self.interview is not None:
            self.interview.flush()

    def inform(self, title: str, text: str) -> None:
        """A confirmation the user reads, without blocking the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        from PySide6.QtCore import Qt

        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dialog = box
        box.open()

    def warn(self, title: str, text: str) -> None:
        """A refusal the user must see, without blocking the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        self.dialog = box
        box.open()

    # ---- screens ------------------------------------------------------------------------
    def _close_screens(self) -> None:
        for attr in ("interview", "region"):
            w = getattr(self, attr)
            if w is not None:
                if attr == "interview":
                    w.suspend()
                self.stack.removeWidget(w)
                w.deleteLater()
                setattr(self, attr, None)

    def show_home(self) -> None:
        sub = self.interview.submission_id if self.interview else None
        self._close_screens()
        if self.ws is not None:
            if self._home is not None:  # else built (and read) fresh when shown
                self._home.refresh()
                if sub:
                    self._home.select_submission(sub)
            self._show_start()

    def open_region(self, submission_id: str) -> None:
        from judgeapp.ui.judge.region_view import RegionView

        session = self.home.session
        if session is None:
            return
        self._close_screens()
        self.region = RegionView(session, submission_id, self.runner)
        self.region.back.connect(self.show_home)
        self.region.interview.connect(self.open_interview)
        self.region.conflict.connect(self.declare_conflict)
        self.stack.addWidget(self.region)
        self.stack.setCurrentWidget(self.region)
        self.region.start_btn.setFocus()

    def open_interview(self, submission_id: str) -> None:
        from judgeapp.services.sheets import SaveFailed, SheetRefused
        from judgeapp.ui.judge.interview import InterviewScreen

        session = self.home.session
        if session is None:
            return
        from judgeapp import settings

        try:
            screen = InterviewScreen(session, submission_id, self.runner, prefs=settings.load())
        except (SheetRefused, SaveFailed) as exc:  # SaveFailed: a new sheet on a full disk
            self.warn(self.tr("Interview"), str(exc))
            return
        self._close_screens()
        self.interview = screen
        screen.back.connect(self.show_home)
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        screen.focus_current()

    def declare_conflict(self, submission_id: str) -> None:
        from judgeapp.ui.judge.dialogs import ReasonDialog

        dlg = ReasonDialog(
            self.tr("Conflict of interest"),
            self.tr(
                "State why you cannot judge this region. It is then locked for you and "
                "the secretariat is told."
            ),
            self,
        )
        dlg.accepted.connect(lambda: self.conflict_now(submission_id, dlg.text()))
        self.dialog = dlg
        dlg.open()

    def conflict_now(self, submission_id: str, reason: str) -> bool:
        from judgeapp.services.sheets import SheetRefused, declare_conflict

        s = self.home.session
        if s is None or self.ws is None:  # the workspace closed meanwhile
            return False
        try:
            declare_conflict(self.ws, s.event.id, s.judge_id, submission_id, reason, s.actor)
        except SheetRefused as exc:
            self.warn(self.tr("Conflict of interest"), str(exc))
            return False
        self.show_home()
        return True

    def show_judge_view(self) -> None:
        self.act_judge.setChecked(True)
        if self.interview is not None:
            self.stack.setCurrentWidget(self.interview)
        elif self.region is not None:
            self.stack.setCurrentWidget(self.region)
        elif self.ws is not None:
            self._show_start()

    def show_secretariat(self) -> None:
        self.act_secr.setChecked(True)
        if self.ws is None:
            return
        if self.interview is not None:
            self.interview.suspend()
        event_id = self.home.event_box.currentData() or None
        panel = self.secretariat
        # a panel with its own event picker keeps its choice; an older one follows home
        if (
            panel is not None
            and not hasattr(panel, "event_changed")
            and getattr(panel, "_event_id", None) != event_id
        ):
            self.stack.removeWidget(panel)
            panel.deleteLater()
            self.secretariat = None
        if self.secretariat is None:
            self.secretariat = self._secretariat_page(event_id)
            self.stack.addWidget(self.secretariat)
        self.stack.setCurrentWidget(self.secretariat)

    def _secretariat_page(self, event_id: str | None) -> QWidget:
        """The secretariat panel, loaded on first use (a missing module is a bug)."""
        mod = importlib.import_module("judgeapp.ui.secretariat.panel")
        if event_id is None and not hasattr(mod.SecretariatPanel, "event_changed"):
            return self._no_event_page()
        reports = self.reports_factory() if self.reports_factory else None
        widget = mod.SecretariatPanel(self.ws, event_id, self, reports=reports)
        widget._event_id = event_id  # type: ignore[attr-defined]
        if hasattr(widget, "event_changed"):
            widget.event_changed.connect(self._secretariat_event)
        return widget

    def _no_event_page(self) -> QWidget:
        from PySide6.QtCore import Qt

        page = QWidget()
        label = QLabel(self.tr("This workspace holds no event yet."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("New event… (Ctrl+N)"))
        button.clicked.connect(self.start_new_event)
        lay = QVBoxLayout(page)
        lay.addStretch(1)
        lay.addWidget(label)
        lay.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        page._event_id = None  # type: ignore[attr-defined]
        return page

    def _secretariat_event(self, event_id: str) -> None:
        """The secretariat chose, created or edited an event in the panel: home
        follows (re-reading the events: a name may have changed)."""
        if self.ws is not None:
            if self._home is not None:  # else built with the events as they are now
                self._home.set_workspace(self.ws)
            self.home.select_event(event_id)

    # ---- first run: a new event, the demo ------------------------------------------------
    def start_new_event(self) -> None:
        """The secretariat's event set-up dialog (File ▸ New event…, first run)."""
        if self.ws is None:
            return
        if importlib.util.find_spec("judgeapp.ui.secretariat.event_dialog") is None:
            self.show_secretariat()
            return
        self._open_event_dialog(None)

    def edit_event(self, event_id: str | None = None) -> None:
        """The set-up dialog on the secretariat's current event (File ▸ Edit event…)."""
        if self.ws is None:
            return
        panel = self.secretariat
        event_id = event_id or getattr(panel, "event_id", None) or None
        if event_id is None and self.ws is not None:
            event_id = self.home.event_box.currentData() or None
        if event_id is None:
            self.start_new_event()
            return
        self._open_event_dialog(event_id)

    def _open_event_dialog(self, event_id: str | None) -> None:
        """The secretariat's event set-up dialog: a new event (None) or that one."""
        mod = importlib.import_module("judgeapp.ui.secretariat.event_dialog")
        dlg = mod.EventDialog(self.ws, event_id, parent=self)
        dlg.saved.connect(self._event_saved)
        self.dialog = dlg
        dlg.open()

    def _event_saved(self, event_id: str) -> None:
        self.home.select_event(event_id)
        panel = self.secretariat
        if panel is not None and hasattr(panel, "set_event"):
            panel.set_event(event_id)
        elif panel is not None:
            self.stack.removeWidget(panel)
            panel.deleteLater()
            self.secretariat = None
        self.show_secretariat()

    def explore_demo(self) -> None:
        """Build (or reuse) the demo workspace off the UI thread, then open it."""
        from judgeapp.services.demo import default_demo_dir

        folder = Path(self.demo_folder or default_demo_dir())
        if self.first_run is not None:
            self.first_run.set_busy(
                self.tr("Preparing the demo workspace in %1 … (about ten seconds)").replace(
                    "%1", str(folder)
                )
            )

        def job(_state):  # a pool thread; the demo opens its own
            from judgeapp.services.demo import build_demo

            return build_demo(folder)

        def done(result) -> None:  # services.demo.DemoResult
            if self.load_workspace(result.folder):
                self.statusBar().showMessage(
                    self.tr("Demo workspace %1 — sample data, not real results.").replace(
                        "%1", str(result.folder)
                    ),
                    15000,
                )

        def ended() -> None:
            if self.first_run is not None:
                self.first_run.set_busy("")

        self.runner.call(
            job,
            on_done=done,
            on_end=ended,
            on_refused=lambda exc: self.warn(self.tr("Demo"), str(exc)),
        )

    # ---- language, help, closing ----------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.language.set_language(code)
        (self.act_en if code == "en" else self.act_id).setChecked(True)
        if self.ws is not None:
            self.ws.set_setting("ui.language", code)
        import contextlib

        from judgeapp import settings
        from judgeapp.errors import Refused

        # the user's choice, for every workspace and the command line; an
        # unwritable settings folder must not stop the switch
        with contextlib.suppress(Refused):
            settings.load().set("ui.language", code)

    def show_shortcuts(self) -> None:
        from judgeapp.ui.shortcuts import ShortcutsDialog

        dlg = ShortcutsDialog(self)
        self.dialog = dlg
        dlg.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.interview is not None:
            self.interview.suspend()
            if self.interview.unsaved_count():  # a full disk kept something from saving
                event.ignore()
                self.interview.confirm_discard(self.close)
                return
        self.runner.wait(5000)
        event.accept()

    def retranslate(self) -> None:
        self.loading.setText(self.tr("Opening the workspace…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.act_open.setText(self.tr("&Open workspace…"))
        self.act_bundle.setText(self.tr("Open judge &bundle…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.act_judge.setText(self.tr("&Judge"))
        self.act_secr.setText(self.tr("&Secretariat"))
        self.lang_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_keys.setText(self.tr("&Keyboard shortcuts"))
        self.act_export.setText(self.tr("&Export signed score file…"))
        self.act_new_event.setText(self.tr("&New event…"))
        self.act_edit_event.setText(self.tr("E&dit event…"))
        self.act_my_key.setText(self.tr("My &signing key…"))
        if self.ws is None:
            self.setWindowTitle("JudgeApp")
