"""Home: which judge, which event and stage, the judge's regions with schedule
and progress; open a region, start its interview, declare a conflict."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgeapp.services import events as event_service
from judgeapp.services import sheets as sheet_service
from judgeapp.services.workspace import workspace_judge
from judgeapp.store.db import Workspace
from judgeapp.ui.judge.models import SUBMISSION_ROLE, RegionsModel
from judgeapp.ui.judge.session import (
    STATUS_CONFLICT,
    STATUS_FINAL,
    STATUS_PROGRESS,
    JudgeSession,
)
from judgeapp.ui.language import Retranslating

LAST_JUDGE = "ui.last_judge"
LAST_STAGE = "ui.last_stage."


class HomeScreen(Retranslating, QWidget):
    open_region = Signal(str)
    start_interview = Signal(str)
    declare_conflict = Signal(str)
    session_changed = Signal(object)  # JudgeSession | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.session: JudgeSession | None = None
        self.fixed_judge: str | None = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4d6; padding: 6px; }")
        self.notice.hide()
        self.sample_banner = QLabel()  # the event holds demo data, not real results
        self.sample_banner.setWordWrap(True)
        self.sample_banner.setStyleSheet(
            "QLabel { background: #fde8e8; color: #8a1c1c; border: 1px solid #c53030;"
            " padding: 4px; font-weight: bold; }"
        )
        self.sample_banner.hide()
        self._sample_events: set[str] = set()
        self.event_label = QLabel()
        self.event_box = QComboBox()
        self.stage_label = QLabel()
        self.stage_box = QComboBox()
        self.judge_label = QLabel()
        self.judge_box = QComboBox()
        self.judge_fixed = QLabel()
        for lbl, box in (
            (self.event_label, self.event_box),
            (self.stage_label, self.stage_box),
            (self.judge_label, self.judge_box),
        ):
            lbl.setBuddy(box)
        self.event_box.setMinimumContentsLength(28)
        self.judge_box.setMinimumContentsLength(20)
        pick = QHBoxLayout()
        pick.addWidget(self.event_label)
        pick.addWidget(self.event_box, 2)
        pick.addWidget(self.stage_label)
        pick.addWidget(self.stage_box, 1)
        pick.addWidget(self.judge_label)
        pick.addWidget(self.judge_box, 1)
        pick.addWidget(self.judge_fixed, 1)
        self.heading = QLabel()
        self.summary = QLabel()
        self.model = RegionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self._emit(self.open_region))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.view_btn = QPushButton()
        self.start_btn = QPushButton()
        self.conflict_btn = QPushButton()
        self.view_btn.clicked.connect(lambda: self._emit(self.open_region))
        self.start_btn.clicked.connect(lambda: self._emit(self.start_interview))
        self.conflict_btn.clicked.connect(lambda: self._emit(self.declare_conflict))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.conflict_btn)
        buttons.addWidget(self.view_btn)
        buttons.addWidget(self.start_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.notice)
        lay.addWidget(self.sample_banner)
        lay.addLayout(pick)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.empty, 1)
        lay.addLayout(buttons)
        self.event_box.currentIndexChanged.connect(self._event_chosen)
        self.stage_box.currentIndexChanged.connect(self._rebuild_session)
        self.judge_box.currentIndexChanged.connect(self._judge_chosen)
        QShortcut(QKeySequence("Ctrl+I"), self, lambda: self._emit(self.start_interview))
        self.retranslate()

    # ---- data -----------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        self.ws = ws
        self.fixed_judge = workspace_judge(ws) if ws is not None else None
        self.event_box.blockSignals(True)
        self.event_box.clear()
        self._sample_events = set()
        if ws is not None:
            for e in event_service.list_events(ws):
                if e.sample:
                    self._sample_events.add(e.id)
                if self.fixed_judge and not any(
                    j.id == self.fixed_judge for j in event_service.list_judges(ws, e.id)
                ):
                    continue
                label = event_service.picker_label(e.name, e.edition)
                self.event_box.addItem(label, e.id)
        self.event_box.blockSignals(False)
        self._event_chosen()

    def _event_chosen(self) -> None:
        eid = self.event_box.currentData()
        self.stage_box.blockSignals(True)
        self.judge_box.blockSignals(True)
        self.stage_box.clear()
        self.judge_box.clear()
        if self.ws is not None and eid:
            event = event_service.get_event(self.ws, eid)
            for st in event.stages:
                self.stage_box.addItem(st.name, st.id)
            judges = event_service.list_judges(self.ws, eid)
            for j in judges:
                self.judge_box.addItem(f"{j.name} ({j.role})", j.id)
            last = self.ws.get_setting(LAST_JUDGE)
            idx = self.judge_box.findData(self.fixed_judge or last)
            self.judge_box.setCurrentIndex(idx if idx >= 0 else (0 if judges else -1))
            judge = self.fixed_judge or self.judge_box.currentData()
            stage = self.ws.get_setting(LAST_STAGE + eid) or sheet_service.stage_with_work(
                self.ws, eid, judge, [st.id for st in event.stages]
            )
            self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(stage)))
        self.stage_box.setVisible(self.stage_box.count() > 1)
        self.stage_label.setVisible(self.stage_box.count() > 1)
        fixed = self.fixed_judge is not None
        self.judge_box.setVisible(not fixed)
        self.judge_fixed.setVisible(fixed)
        if fixed:
            self.judge_fixed.setText(f"<b>{self.judge_box.currentText()}</b>")
        self.stage_box.blockSignals(False)
        self.judge_box.blockSignals(False)
        self._rebuild_session()

    def select_event(self, event_id: str) -> None:
        """Show ``event_id`` (re-reading the workspace's events when it is new)."""
        if self.event_box.findData(event_id) < 0:
            self.set_workspace(self.ws)
        idx = self.event_box.findData(event_id)
        if idx >= 0:
            self.event_box.setCurrentIndex(idx)

    def _judge_chosen(self) -> None:
        if self.ws is not None and self.judge_box.currentData() and not self.fixed_judge:
            self.ws.set_setting(LAST_JUDGE, self.judge_box.currentData())
        self._rebuild_session()

    def choose_judge(self, judge_id: str) -> bool:
        idx = self.judge_box.findData(judge_id)
        if idx < 0 or self.fixed_judge:
            return False
        self.judge_box.setCurrentIndex(idx)
        return True

    def _rebuild_session(self) -> None:
        eid, sid, jid = (
            self.event_box.currentData(),
            self.stage_box.currentData(),
            self.fixed_judge or self.judge_box.currentData(),
        )
        if self.ws is None or not (eid and sid and jid):
            self.session = None
        else:
            if self.sender() is self.stage_box:  # the user's choice, kept for next time
                self.ws.set_setting(LAST_STAGE + eid, sid)
            self.session = JudgeSession(self.ws, eid, sid, jid)
        self.refresh()
        self.session_changed.emit(self.session)

    def refresh(self) -> None:
        rows = self.session.regions() if self.session is not None else []
        selected = self.current_submission()
        self.model.set_rows(rows)
        for r, row in enumerate(rows):
            if row.submission_id == selected:
                self.table.selectRow(r)
                break
        else:
            if rows:
                self.table.selectRow(0)
        self._update_texts()

    def current_submission(self) -> str | None:
        idx = self.table.currentIndex()
        if not idx.isValid():
            return None
        return self.model.data(idx, SUBMISSION_ROLE)

    def select_submission(self, submission_id: str) -> None:
        for r, row in enumerate(self.model.rows):
            if row.submission_id == submission_id:
                self.table.selectRow(r)

    def _emit(self, signal) -> None:
        sub = self.current_submission()
        if sub:
            signal.emit(sub)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # ---- texts -----------------------------------------------------------------------
    def _update_texts(self) -> None:
        self.sample_banner.setVisible(self.event_box.currentData() in self._sample_events)
        rows = self.model.rows
        has = bool(rows)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        for b in (self.view_btn, self.start_btn, self.conflict_btn):
            b.setEnabled(has)
        if self.ws is None:
            self.empty.setText(self.tr("No workspace is open. Use File ▸ Open workspace (Ctrl+O)."))
        elif self.event_box.count() == 0:
            self.empty.setText(
                self.tr(
                    "This workspace holds no event for you yet. Open your judge bundle "
                    "(File ▸ Open judge bundle…, Ctrl+Shift+O) or another workspace (Ctrl+O)."
                )
            )
        else:
            self.empty.setText(self.tr("No region is assigned to this judge at this stage."))
        final = sum(1 for r in rows if r.status == STATUS_FINAL)
        progress = sum(1 for r in rows if r.status == STATUS_PROGRESS)
        conflict = sum(1 for r in rows if r.status == STATUS_CONFLICT)
        self.summary.setText(
            self.tr("%1 regions · %2 final · %3 in progress · %4 conflict")
            .replace("%1", str(len(rows)))
            .replace("%2", str(final))
            .replace("%3", str(progress))
            .replace("%4", str(conflict))
        )
        # "Regions and schedule for" with no one after it read like a broken screen
        self.heading.setVisible(self.session is not None)
        if self.session is not None:
            name = html.escape(self.session.judge_name)
            self.heading.setText(
                "<b>" + self.tr("Regions and schedule for %1").replace("%1", name) + "</b>"
            )

    def retranslate(self) -> None:
        self.sample_banner.setText(
            self.tr(
                "SAMPLE DATA — this event is demo material; its judges, scores and some "
                "figures are invented and are not real results."
            )
        )
        self.event_label.setText(self.tr("&Event:"))
        self.stage_label.setText(self.tr("S&tage:"))
        self.judge_label.setText(self.tr("I am &judge:"))
        self.event_box.setAccessibleName(self.tr("Event"))
        self.stage_box.setAccessibleName(self.tr("Stage"))
        self.judge_box.setAccessibleName(self.tr("Which judge am I"))
        self.table.setAccessibleName(self.tr("My regions"))
        self.view_btn.setText(self.tr("Open documents (Enter)"))
        self.start_btn.setText(self.tr("Start the interview (Ctrl+I)"))
        self.conflict_btn.setText(self.tr("Declare a conflict of interest…"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self.model.layoutChanged.emit()
        self._update_texts()
