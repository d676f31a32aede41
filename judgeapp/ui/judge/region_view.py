"""Region view: the package's documents, key figures (with charts), innovations
and the judge's own earlier notes, before the interview starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.services import events as event_service
from judgeapp.ui.judge.chart import SeriesChart
from judgeapp.ui.judge.models import FiguresModel
from judgeapp.ui.judge.session import JudgeSession, series
from judgeapp.ui.language import Retranslating
from judgeapp.ui.pdf_viewer import DocumentViewer
from judgeapp.ui.tasks import TaskRunner


class RegionView(Retranslating, QWidget):
    back = Signal()
    interview = Signal(str)  # submission id
    conflict = Signal(str)  # submission id

    def __init__(
        self,
        session: JudgeSession,
        submission_id: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.submission_id = submission_id
        sub = event_service.get_submission(session.ws, submission_id)
        self.sub = sub
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.back_btn = QPushButton()
        self.start_btn = QPushButton()
        self.start_btn.setDefault(True)
        self.conflict_btn = QPushButton()
        self.back_btn.clicked.connect(self.back)
        self.start_btn.clicked.connect(lambda: self.interview.emit(submission_id))
        self.conflict_btn.clicked.connect(lambda: self.conflict.emit(submission_id))
        head = QHBoxLayout()
        head.addWidget(self.back_btn)
        head.addWidget(self.title, 1)
        head.addWidget(self.conflict_btn)
        head.addWidget(self.start_btn)

        self.viewer = DocumentViewer(
            runner, lambda doc_id: session.document_path(submission_id, doc_id)
        )
        self.figures = FiguresModel(self)
        figs = session.key_figures(submission_id)
        self.figures.set_rows(figs)
        self.fig_table = QTableView()
        self.fig_table.setModel(self.figures)
        self.fig_table.verticalHeader().hide()
        self.fig_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fig_table.setWordWrap(True)
        self.fig_table.resizeColumnsToContents()
        self.fig_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.charts: list[SeriesChart] = []
        charts_box = QWidget()
        charts_lay = QVBoxLayout(charts_box)
        charts_lay.setContentsMargins(0, 0, 0, 0)
        for pts in series(figs).values():
            chart = SeriesChart()
            unit = f" ({pts[0].unit})" if pts[0].unit else ""
            chart.set_series(pts[0].label + unit, pts)
            self.charts.append(chart)
            charts_lay.addWidget(chart)
        fig_page = QWidget()
        fig_lay = QVBoxLayout(fig_page)
        fig_lay.addWidget(self.fig_table, 2)
        if self.charts:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(charts_box)
            fig_lay.addWidget(scroll, 3)
        self.no_figs = QLabel()
        fig_lay.addWidget(self.no_figs)
        self.no_figs.setVisible(not figs)

        self.innovations = QListWidget()
        self.innovations.setWordWrap(True)
        for inn in session.innovations(submission_id):
            started = f" ({inn.started})" if inn.started else ""
            self.innovations.addItem(f"{inn.title}{started}\n{inn.summary}".strip())
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        form_titles = self._target_titles()
        for stage, target, field, text in session.previous_notes(submission_id):
            where = form_titles.get(target, target)
            self.notes.addItem(f"[{stage}] {where} — {field}\n{text}")
        self.tabs = QTabWidget()
        self.tabs.addTab(fig_page, "")
        self.tabs.addTab(self.innovations, "")
        self.tabs.addTab(self.notes, "")

        split = QSplitter()
        split.addWidget(self.viewer)
        split.addWidget(self.tabs)
        split.setSizes([820, 500])
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(head)
        lay.addWidget(split, 1)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.emit)
        QShortcut(QKeySequence("Ctrl+I"), self, lambda: self.interview.emit(submission_id))
        QShortcut(QKeySequence("F6"), self, self._toggle_focus)
        self.viewer.set_documents(session.documents(submission_id))
        self.retranslate()

    def _target_titles(self) -> dict[str, str]:
        from judgeapp.services.forms import load_pinned

        form = load_pinned(self.session.ws, self.session.stage.form_hash)
        out: dict[str, str] = {}
        for n, (aspect, ind) in enumerate(form.indicators(), start=1):
            out[aspect.id] = aspect.title
            out[ind.id] = f"{n}. {ind.title}"
        return out

    def _toggle_focus(self) -> None:
        if self.viewer.isAncestorOf(self.focusWidget()):
            self.tabs.setFocus()
        else:
            self.viewer.view.setFocus()

    def retranslate(self) -> None:
        s = self.sub
        place = ", ".join(x for x in (s.region_kind, s.province) if x)
        self.title.setText(f"<b>{s.region}</b> — {place}<br>{s.title}")
        self.back_btn.setText(self.tr("◀ Regions (Alt+Left)"))
        self.start_btn.setText(self.tr("Start the interview (Ctrl+I)"))
        self.conflict_btn.setText(self.tr("Declare a conflict of interest…"))
        self.tabs.setTabText(0, self.tr("Key figures"))
        self.tabs.setTabText(1, self.tr("Innovations"))
        self.tabs.setTabText(2, self.tr("My notes"))
        self.no_figs.setText(self.tr("The package lists no key figures."))
        self.fig_table.setAccessibleName(self.tr("Key figures"))
        self.innovations.setAccessibleName(self.tr("Innovations"))
        self.notes.setAccessibleName(self.tr("My earlier notes"))
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
