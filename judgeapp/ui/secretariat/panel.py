"""The secretariat's panel: an event picker (with "New event…" and "Edit
event…") above one tab each for the chosen event: set-up, submissions, import,
progress, disagreement and moderation, ranking, reports.

The host (the main window) creates ``SecretariatPanel(ws, event_id)`` —
``event_id`` None picks the workspace's first event, or shows "no event yet"
with a button to create one — and may pass ``reports=`` (see
``reports_tab.ReportServices``) to enable rendering. ``event_changed(id)`` is
emitted when the secretariat picks or creates another event; ``set_event(id)``
shows one. Long work runs on the panel's own thread pool; results come back
by signal.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.services import events as event_service
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat.reports_tab import ReportServices
from judgeapp.ui.secretariat.widgets import Context
from judgeapp.ui.tasks import TaskRunner


class SecretariatPanel(QWidget):
    """A tabbed panel for one event (see the module docstring)."""

    data_changed = Signal()  # scores, submissions or moderations changed
    event_changed = Signal(str)  # the secretariat picked or created another event

    def __init__(
        self,
        ws: Workspace,
        event_id: str | None,
        parent: QWidget | None = None,
        *,
        reports: ReportServices | None = None,
        runner: TaskRunner | None = None,
        actor: str = "secretariat",
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor = actor
        self._reports = reports
        if event_id is None:
            events = event_service.list_events(ws)
            event_id = events[0].id if events else None
        self.event_id = event_id or ""
        self._event_id = event_id  # the main window compares it when switching events
        self.runner = runner or TaskRunner(ws.folder, self, threads=1)  # writes stay in order
        self.ctx = Context(ws, self.event_id, self.runner, actor=actor, reports=reports)
        self.setObjectName("secretariat-panel")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self.picker_label = QLabel(self)
        self.picker = QComboBox(self)
        self.picker.setObjectName("event-picker")
        self.picker.setMinimumContentsLength(40)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker_label.setBuddy(self.picker)
        self.new_btn = QPushButton(self)
        self.new_btn.setObjectName("event-new")
        self.edit_btn = QPushButton(self)
        self.edit_btn.setObjectName("event-edit")
        self.title = QLabel(self)
        self.title.setObjectName("event-summary")
        self.title.setWordWrap(True)  # a long name or venue wraps, never widens the window
        self.title.setMinimumWidth(200)
        head = QHBoxLayout()
        head.addWidget(self.picker_label)
        head.addWidget(self.picker)
        head.addWidget(self.new_btn)
        head.addWidget(self.edit_btn)
        head.addSpacing(12)
        head.addWidget(self.title, 1)
        self.tabs = QTabWidget(self)
        self.empty = QWidget(self)  # no event yet: what to do, and the button to do it
        self.empty_text = QLabel(self.empty)
        self.empty_text.setObjectName("no-event")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_btn = QPushButton(self.empty)
        self.empty_btn.setObjectName("event-new-first")
        self.empty_btn.clicked.connect(lambda _c=False: self.new_event())
        empty_lay = QVBoxLayout(self.empty)
        empty_lay.addStretch(1)
        empty_lay.addWidget(self.empty_text)
        empty_lay.addWidget(self.empty_btn, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_lay.addStretch(2)
        self._layout.addLayout(head)
        self._layout.addWidget(self.tabs, 1)
        self._layout.addWidget(self.empty, 1)
        self.dialog: QWidget | None = None
        self._rebuild_pending = False
        self._tab_connected = False
        self.runner.idle.connect(self._rebuild)
        self.picker.activated.connect(self._picked)
        self.new_btn.clicked.connect(lambda _c=False: self.new_event())
        self.edit_btn.clicked.connect(lambda _c=False: self.edit_event())
        self._build()

    # ---- construction --------------------------------------------------------
    def _build(self, current: int = 0) -> None:
        from judgeapp.ui.secretariat.import_tab import ImportTab
        from judgeapp.ui.secretariat.moderation import DisagreementTab
        from judgeapp.ui.secretariat.progress_tab import ProgressTab
        from judgeapp.ui.secretariat.ranking_tab import RankingTab
        from judgeapp.ui.secretariat.reports_tab import ReportsTab
        from judgeapp.ui.secretariat.setup_tab import SetupTab
        from judgeapp.ui.secretariat.submissions_tab import SubmissionsTab

        self._retranslate_head()
        events = self._fill_picker()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            w = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if w is not None:
                w.deleteLater()
        self.tabs.blockSignals(False)
        event = next((e for e in events if e.id == self.event_id), None)
        self.tabs.setVisible(event is not None)
        self.empty.setVisible(event is None)
        self.edit_btn.setEnabled(event is not None)
        if event is None:
            self.title.setText("")
            return
        self.title.setText(self._summary(event))
        self.title.setAccessibleName(event.name)
        self.tabs.blockSignals(True)
        self.setup = SetupTab(self.ctx, self)
        self.submissions = SubmissionsTab(self.ctx, self)
        self.imports = ImportTab(self.ctx, self)
        self.progress = ProgressTab(self.ctx, self)
        self.disagreement = DisagreementTab(self.ctx, self)
        self.ranking = RankingTab(self.ctx, self)
        self.reports = ReportsTab(self.ctx, self)
        self.tabs.addTab(self.setup, self.tr("Set-up"))
        self.tabs.addTab(self.submissions, self.tr("Submissions"))
        self.tabs.addTab(self.imports, self.tr("Import"))
        self.tabs.addTab(self.progress, self.tr("Progress"))
        self.tabs.addTab(self.disagreement, self.tr("Disagreement"))
        self.tabs.addTab(self.ranking, self.tr("Ranking"))
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.setAccessibleName(self.tr("Secretariat"))
        self.imports.imported.connect(self._on_data_changed)
        self.disagreement.moderated.connect(self._on_data_changed)
        for tab in (self.progress, self.disagreement, self.ranking):
            tab.report_requested.connect(self.show_report)
        self.tabs.blockSignals(False)
        self.tabs.currentChanged.connect(self._on_tab)
        self._tab_connected = True
        self.tabs.setCurrentIndex(current)
        self._on_tab(current)

    def _summary(self, event: event_service.Event) -> str:
        """The chosen event in one line: dates, venue, chair (what the berita acara prints)."""
        parts = []
        if event.starts_on:
            days = _day(event.starts_on)
            if event.ends_on and event.ends_on != event.starts_on:
                days += " – " + _day(event.ends_on)
            parts.append(days)
        if event.place:
            parts.append(_html(event.place))
        if event.chair is not None:
            parts.append(self.tr("chair: %1").replace("%1", _html(event.chair.name)))
        sample = self.tr(" — sample data") if event.sample else ""
        return f"<b>{_html(event.name)}</b>{sample}" + (" · " + " · ".join(parts) if parts else "")

    # ---- the event picker ----------------------------------------------------
    def _fill_picker(self) -> list:
        events = event_service.list_events(self.ws)
        self.picker.blockSignals(True)
        self.picker.clear()
        for e in events:
            label = event_service.picker_label(e.name, e.edition)
            if e.sample:
                label += self.tr(" — sample data")
            self.picker.addItem(label, e.id)
        i = self.picker.findData(self.event_id)
        self.picker.setCurrentIndex(i)
        self.picker.setEnabled(bool(events))
        self.picker.blockSignals(False)
        return events

    def _retranslate_head(self) -> None:
        self.picker_label.setText(self.tr("&Event:"))
        self.new_btn.setText(self.tr("&New event…"))
        self.edit_btn.setText(self.tr("E&dit event…"))
        self.picker.setAccessibleName(self.tr("Event"))
        self.empty_btn.setText(self.tr("Create the first event…"))
        self.empty_text.setText(
            self.tr(
                "This workspace holds no event yet. Create one with “New event…”: its "
                "name, edition, dates, venue, stages and who signs the berita acara."
            )
        )

    def _picked(self, index: int) -> None:
        eid = self.picker.itemData(index)
        if eid and eid != self.event_id:
            self.set_event(eid)
            self.event_changed.emit(eid)

    def set_event(self, event_id: str) -> None:
        """Show ``event_id`` (also re-reads the events: one may be new or renamed)."""
        self.event_id = event_id
        self._event_id = event_id
        self.ctx = Context(self.ws, event_id, self.runner, actor=self.actor, reports=self._reports)
        if self.runner.busy:  # a task's result must never land in a deleted tab
            self._rebuild_pending = True
            self._fill_picker()
            return
        self._rebuild_pending = True
        self._rebuild(keep_tab=False)

    def new_event(self) -> None:
        self._open_dialog(None)

    def edit_event(self) -> None:
        if self.event_id:
            self._open_dialog(self.event_id)

    def _open_dialog(self, event_id: str | None) -> None:
        from judgeapp.ui.secretariat.event_dialog import EventDialog

        dlg = EventDialog(self.ws, event_id, self, actor=self.actor)
        dlg.saved.connect(self._saved)
        self.dialog = dlg
        dlg.open()

    def _saved(self, event_id: str) -> None:
        self.set_event(event_id)
        self.event_changed.emit(event_id)

    def show_report(self, kind: str, scope: dict) -> None:
        """Another screen asked for a report: open the Reports tab, preselected."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentWidget(self.reports)
        self.tabs.blockSignals(False)
        self.reports.request(kind, **scope)

    def _on_tab(self, _index: int) -> None:
        self.refresh_current()

    def refresh_current(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None:
            page.refresh()  # type: ignore[attr-defined]

    def _on_data_changed(self) -> None:
        self.data_changed.emit()
        self.refresh_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            # Rebuild in the new language — once the running task (if any) has
            # reported, so that its result never lands in a deleted screen.
            self._rebuild_pending = True
            if not self.runner.busy:
                self._rebuild()
        super().changeEvent(event)

    def _rebuild(self, keep_tab: bool = True) -> None:
        if not self._rebuild_pending:
            return
        self._rebuild_pending = False
        if self._tab_connected:
            self.tabs.currentChanged.disconnect(self._on_tab)
            self._tab_connected = False
        self._build(max(self.tabs.currentIndex(), 0) if keep_tab else 0)


def _day(iso: str) -> str:
    """An ISO date in the interface's language (``12 Juni 2024``)."""
    day = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(day, "d MMMM yyyy") if day.isValid() else iso


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
