"""Set-up: the assignment matrix, conflicts of interest
(declared and withdrawn); judges are in ``setup_judges``, bundles in
``setup_bundles``, the other pages in ``setup_more`` and ``setup_keys``."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.i18n import local_time
from judgeapp.services import events as event_service
from judgeapp.services import setup
from judgeapp.ui.secretariat import data, widgets
from judgeapp.ui.secretariat import setup_kit as kit
from judgeapp.ui.secretariat.models import AssignmentMatrixModel
from judgeapp.ui.secretariat.setup_judges import JudgesPage
from judgeapp.ui.secretariat.widgets import (
    Context,
    MessageBar,
    button,
    listing,
    note,
    refill_combo,
)

ROLES = setup.ROLES


class MatrixPage(widgets.Page):
    """Judges × submissions of one stage; conflicted cells locked."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stage = kit.named_combo(self.tr("Stage"), self)
        self.model = AssignmentMatrixModel(
            data.SetupMatrix(ctx.ws, ctx.event_id, "", ctx.actor),
            self,
            conflict_text=self.tr("conflict"),
            refusal_text=self.tr("A judge with a declared conflict cannot be assigned."),
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Assignment matrix"))
        self.view.setObjectName("assignment-matrix")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fill_row = button(
            self.tr("Assign &row"), self, tip=self.tr("Every submission to the selected judge")
        )
        self.fill_col = button(
            self.tr("Assign &column"), self, tip=self.tr("Every judge to the selected submission")
        )
        self.fill_all = button(self.tr("Assign a&ll"), self)
        self.clear_row = button(self.tr("Clear row"), self)
        self.clear_col = button(self.tr("Clear column"), self)
        self.clear_all = button(self.tr("Clear all"), self)
        self.summary = QLabel(self)
        self.message = MessageBar(self)
        top = QHBoxLayout()
        kit.add_labelled(top, self, [(self.tr("&Stage:"), self.stage)])
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for b in (self.fill_row, self.fill_col, self.fill_all):
            buttons.addWidget(b)
        buttons.addSpacing(24)
        for b in (self.clear_row, self.clear_col, self.clear_all):
            buttons.addWidget(b)
        buttons.addStretch(1)
        hint = note(
            self.tr(
                "Space ticks the selected cell. Grey cells are declared conflicts and stay empty."
            ),
            self,
        )
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(hint)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.fill_row.clicked.connect(lambda: self._bulk("row", True))
        self.fill_col.clicked.connect(lambda: self._bulk("column", True))
        self.fill_all.clicked.connect(lambda: self._bulk("all", True))
        self.clear_row.clicked.connect(lambda: self._bulk("row", False))
        self.clear_col.clicked.connect(lambda: self._bulk("column", False))
        self.clear_all.clicked.connect(lambda: self._bulk("all", False))
        self.model.refused.connect(lambda m: self.message.show_message(m, "error"))
        self.model.changed.connect(self._changed)
        self._stages_loaded = False

    def stage_id(self) -> str:
        return str(self.stage.currentData() or "")

    def refresh(self) -> None:
        if not self._stages_loaded:
            event = event_service.get_event(self.ctx.ws, self.ctx.event_id)
            self.stage.blockSignals(True)
            for st in event.stages:
                self.stage.addItem(st.name, st.id)
            self.stage.blockSignals(False)
            self.stage.setEnabled(len(event.stages) > 1)
            self._stages_loaded = True
        self.model.backend = data.SetupMatrix(
            self.ctx.ws, self.ctx.event_id, self.stage_id(), self.ctx.actor
        )
        self.model.reload()
        self._summarise()

    def _bulk(self, what: str, on: bool) -> None:
        self.message.clear_message()
        idx = self.view.currentIndex()
        if what != "all" and not idx.isValid():
            self.message.show_message(self.tr("Select a cell of the matrix first."), "error")
            return
        if what == "row":
            self.model.fill_row(idx.row(), on)
        elif what == "column":
            self.model.fill_column(idx.column(), on)
        else:
            self.model.fill_all(on)

    def _changed(self, n: int) -> None:
        self._summarise()
        self.message.show_message(self.tr("%n cell(s) changed.", "", n), "ok")

    def select(self, row: int, column: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _summarise(self) -> None:
        m = self.model.matrix
        self.summary.setText(
            self.tr("%1 judges × %2 submissions · %3 assigned · %4 conflicts")
            .replace("%1", str(len(m.judges)))
            .replace("%2", str(len(m.submissions)))
            .replace("%3", str(len(m.assigned)))
            .replace("%4", str(len(m.conflicted)))
        )


class ConflictsPage(widgets.Page):
    """Declared conflicts of interest; declare one for a judge and a region."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model, self.view = listing(self.tr("Conflicts of interest"), self)
        self.judge = kit.named_combo(self.tr("Judge"), self)
        self.submission = kit.named_combo(self.tr("Region"), self)
        self.reason = kit.named_line(self.tr("Reason"), self)
        self.declare = button(self.tr("&Declare conflict"), self)
        self.withdraw_reason = kit.named_line(
            self.tr("Reason for withdrawing"), self, self.tr("Why the conflict no longer holds")
        )
        self.withdraw = button(
            self.tr("&Withdraw selected"),
            self,
            tip=self.tr("Withdraw the conflict selected in the list (the judge may be assigned)"),
        )
        self.message = MessageBar(self)
        withdraw = QHBoxLayout()
        kit.add_labelled(
            withdraw,
            self,
            [(self.tr("Withdraw the selected conflict, rea&son:"), self.withdraw_reason)],
            1,
        )
        withdraw.addWidget(self.withdraw)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addLayout(withdraw)
        box = kit.narrow_form(
            [
                (self.tr("&Judge:"), self.judge),
                (self.tr("Re&gion:"), self.submission),
                (self.tr("R&eason:"), self.reason),
            ],
            720,
            self,
        )
        lay.addWidget(box)
        lay.addWidget(self.declare, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.message)
        self.declare.clicked.connect(self.declare_conflict)
        self.withdraw.clicked.connect(self.withdraw_conflict)
        self._region_subs: dict[str, str] = {}

    def refresh(self) -> None:
        ws, eid = self.ctx.ws, self.ctx.event_id
        judges = {j.id: j.name for j in event_service.list_judges(ws, eid)}
        subs = event_service.current_submissions(ws, eid)
        regions = {s.region_id: s.region for s in subs}
        rows = event_service.conflicts(ws, eid)
        self.model.reset(
            [
                self.tr("Judge"),
                self.tr("Region"),
                self.tr("Reason"),
                self.tr("Declared by"),
                self.tr("At"),
            ],
            [
                (
                    judges.get(c.judge_id, c.judge_id),
                    regions.get(c.region_id, c.region_id),
                    c.reason,
                    c.declared_by,
                    local_time(c.declared_at),
                )
                for c in rows
            ],
            payload=rows,
        )
        self._region_subs = {s.region_id: s.id for s in subs}
        refill_combo(self.judge, list(judges.items()))
        refill_combo(self.submission, [(s.id, s.region) for s in subs])

    def declare_conflict(self) -> None:
        jid = self.judge.currentData()
        sid = self.submission.currentData()
        if not jid or not sid:
            self.message.show_message(self.tr("Choose a judge and a region."), "error")
            return
        try:
            setup.declare_conflict(
                self.ctx.ws, self.ctx.event_id, jid, sid, self.reason.text().strip(), self.ctx.actor
            )
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        self.reason.clear()
        self.refresh()
        self.message.show_message(
            self.tr("Conflict recorded; the judge is no longer assigned there."), "ok"
        )

    def withdraw_conflict(self) -> None:
        row = self.view.currentIndex().row()
        if row < 0 or row >= len(self.model.payload):
            self.message.show_message(self.tr("Select a conflict in the list first."), "error")
            return
        conflict = self.model.payload[row]
        reason = self.withdraw_reason.text().strip()
        if not reason:
            kit.refuse(
                self.message, self.tr("Give the reason for withdrawing it."), self.withdraw_reason
            )
            return
        sid = self._region_subs.get(conflict.region_id)
        if sid is None:
            self.message.show_message(
                self.tr("This region has no current submission in the event."), "error"
            )
            return
        try:
            setup.withdraw_conflict(
                self.ctx.ws, self.ctx.event_id, conflict.judge_id, sid, reason, self.ctx.actor
            )
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        judge, region = self.model.text(row, 0), self.model.text(row, 1)
        self.withdraw_reason.clear()
        self.refresh()
        self.message.show_message(
            self.tr("Conflict withdrawn: %1 — %2. The judge can now be assigned there.")
            .replace("%1", judge)
            .replace("%2", region),
            "ok",
        )


class SetupTab(QTabWidget):
    """Judges · Assignments · Automatic assignment · Conflicts · Schedule · Bundles · Keys."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from judgeapp.ui.secretariat.setup_auto import AutoAssignPage
        from judgeapp.ui.secretariat.setup_bundles import BundlesPage
        from judgeapp.ui.secretariat.setup_keys import KeysPage
        from judgeapp.ui.secretariat.setup_more import SchedulePage

        self.ctx = ctx
        self.judges = JudgesPage(ctx, self)
        self.matrix = MatrixPage(ctx, self)
        self.auto = AutoAssignPage(ctx, self)
        self.conflicts = ConflictsPage(ctx, self)
        self.schedule = SchedulePage(ctx, self)
        self.bundles = BundlesPage(ctx, self)
        self.keys = KeysPage(ctx, self)
        self.addTab(self.judges, self.tr("Judges"))
        self.addTab(self.matrix, self.tr("Assignments"))
        self.addTab(self.auto, self.tr("Automatic assignment"))
        self.addTab(self.conflicts, self.tr("Conflicts"))
        self.addTab(self.schedule, self.tr("Schedule"))
        self.addTab(self.bundles, self.tr("Judge bundles"))
        self.addTab(self.keys, self.tr("Judges' keys"))
        self.setAccessibleName(self.tr("Set-up"))
        self.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        page = self.currentWidget()
        if page is not None:
            page.refresh()  # type: ignore[attr-defined]
