"""The secretariat's panel for one event: set-up, import, progress,
disagreement and moderation, ranking, reports — one tab each.

The host (the main window) creates ``SecretariatPanel(ws, event_id)`` and may
pass ``reports=`` (see ``reports_tab.ReportServices``) to enable rendering.
Long work runs on the panel's own thread pool; results come back by signal.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from judgeapp.services import events as event_service
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat.reports_tab import ReportServices
from judgeapp.ui.secretariat.widgets import Context
from judgeapp.ui.tasks import TaskRunner


class SecretariatPanel(QWidget):
    """A tabbed panel for one event (see the module docstring)."""

    data_changed = Signal()  # scores, submissions or moderations changed

    def __init__(
        self,
        ws: Workspace,
        event_id: str,
        parent: QWidget | None = None,
        *,
        reports: ReportServices | None = None,
        runner: TaskRunner | None = None,
        actor: str = "secretariat",
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.event_id = event_id
        self._event_id = event_id  # the main window compares it when switching events
        self.runner = runner or TaskRunner(ws.folder, self, threads=1)  # writes stay in order
        self.ctx = Context(ws, event_id, self.runner, actor=actor, reports=reports)
        self.setObjectName("secretariat-panel")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(self)
        self.tabs = QTabWidget(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.tabs, 1)
        self._rebuild_pending = False
        self.runner.idle.connect(self._rebuild)
        self._build()

    # ---- construction --------------------------------------------------------
    def _build(self, current: int = 0) -> None:
        from judgeapp.ui.secretariat.import_tab import ImportTab
        from judgeapp.ui.secretariat.moderation import DisagreementTab
        from judgeapp.ui.secretariat.progress_tab import ProgressTab
        from judgeapp.ui.secretariat.ranking_tab import RankingTab
        from judgeapp.ui.secretariat.reports_tab import ReportsTab
        from judgeapp.ui.secretariat.setup_tab import SetupTab

        event = event_service.get_event(self.ws, self.event_id)
        sample = self.tr(" — sample data") if event.sample else ""
        self.title.setText(f"<b>{_html(event.name)}</b>{sample}")
        self.title.setAccessibleName(event.name)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            w = self.tabs.widget(0)
            self.tabs.removeTab(0)
            w.deleteLater()
        self.setup = SetupTab(self.ctx, self)
        self.imports = ImportTab(self.ctx, self)
        self.progress = ProgressTab(self.ctx, self)
        self.disagreement = DisagreementTab(self.ctx, self)
        self.ranking = RankingTab(self.ctx, self)
        self.reports = ReportsTab(self.ctx, self)
        self.tabs.addTab(self.setup, self.tr("Set-up"))
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
        self.tabs.setCurrentIndex(current)
        self._on_tab(current)

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
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "setup"):
            # Rebuild in the new language — once the running task (if any) has
            # reported, so that its result never lands in a deleted screen.
            self._rebuild_pending = True
            if not self.runner.busy:
                self._rebuild()
        super().changeEvent(event)

    def _rebuild(self) -> None:
        if not self._rebuild_pending:
            return
        self._rebuild_pending = False
        self.tabs.currentChanged.disconnect(self._on_tab)
        self._build(self.tabs.currentIndex())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
