"""Progress board: judges × submissions with each sheet's status, and what
is still missing from whom (``services.progress``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.services import progress as progress_service
from judgeapp.ui.secretariat import setup_kit, widgets
from judgeapp.ui.secretariat.models import BAD, GOOD, LOCKED, WARN, Cell
from judgeapp.ui.secretariat.widgets import Context, MessageBar, Page, ProgressStrip, button

COLOURS: dict[str, QColor | None] = {
    "final": GOOD,
    "in_progress": WARN,
    "not_started": QColor("#e7f5ff"),
    "missing": BAD,
    "conflict": LOCKED,
    "unassigned": None,
}


class ProgressTab(Page):
    """The board, a summary line and the list of what is owed."""

    loaded = Signal()
    report_requested = Signal(str, dict)  # kind, scope

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board: progress_service.Board | None = None
        self.stage = setup_kit.stage_combo(ctx, self.tr("Stage"), self)
        self.reload = button(self.tr("Re&fresh"), self)
        self.sheet_button = button(self.tr("&Score sheet of the selected cell…"), self)
        self.blank_button = button(self.tr("&Blank sheets…"), self)
        self.summary = widgets.note("", self)
        self.model, self.view = widgets.listing(self.tr("Progress board"), self)
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectItems)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.missing_model, self.missing_view = widgets.listing(self.tr("Missing from whom"), self)
        self.missing_view.setWordWrap(True)
        self.progress = ProgressStrip(self)
        self.message = MessageBar(self)
        top = QHBoxLayout()
        setup_kit.add_labelled(top, self, [(self.tr("&Stage:"), self.stage)])
        top.addWidget(self.summary, 1)
        top.addWidget(self.sheet_button)
        top.addWidget(self.blank_button)
        top.addWidget(self.reload)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        owed = QWidget(split)
        owed_lay = QVBoxLayout(owed)
        owed_lay.setContentsMargins(0, 0, 0, 0)
        owed_lay.addWidget(QLabel(self.tr("Still missing, by judge:"), owed))
        owed_lay.addWidget(self.missing_view)
        split.addWidget(owed)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        widgets.add_outcome(lay, split, self.progress, self.message)
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reload.clicked.connect(self.refresh)
        self.sheet_button.clicked.connect(lambda: self._ask("sheet"))
        self.blank_button.clicked.connect(lambda: self._ask("blank"))

    def _ask(self, kind: str) -> None:
        scope: dict = {"stage_id": str(self.stage.currentData() or "") or None}
        idx = self.view.currentIndex()
        if self.board is not None and idx.isValid():
            scope["judge_id"] = self.board.judges[idx.row()].id
            scope["submission_id"] = self.board.submissions[idx.column()].id
        self.report_requested.emit(kind, scope)

    def labels(self) -> dict[str, str]:
        return {
            "missing": self.tr("missing"),
            "not_started": self.tr("not started"),
            "in_progress": self.tr("in progress"),
            "final": self.tr("final"),
            "conflict": self.tr("conflict"),
            "unassigned": "",
        }

    def refresh(self) -> None:
        eid, stage = self.ctx.event_id, str(self.stage.currentData() or "") or None
        widgets.run_task(
            self.ctx,
            self.progress,
            self.tr("Reading the sheets…"),
            lambda ws, _p: progress_service.progress_board(ws, eid, stage),
            on_done=self._done,
            on_refused=self._refused,
            key="board",  # the latest choice of stage wins
        )

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")

    def _done(self, board: progress_service.Board) -> None:
        self.board = board
        labels = self.labels()
        rows = []
        for j in board.judges:
            row = []
            for s in board.submissions:
                c = board.cell(j.id, s.id)
                text = labels.get(c.status, c.status)
                if c.status == "in_progress" and c.total_keys:
                    text += f" {c.scored}/{c.total_keys}"
                if c.warnings:
                    text += " ⚠"
                tip = "\n".join(
                    [
                        f"{j.name} × {s.region}: {labels.get(c.status, c.status)}",
                        *c.missing,
                        *("⚠ " + w for w in c.warnings),
                    ]
                )
                if c.source and c.source != "local":
                    tip += "\n" + self.tr("source: %1, revision %2").replace(
                        "%1", c.source
                    ).replace("%2", str(c.revision))
                row.append(
                    Cell(text, tooltip=tip, background=COLOURS.get(c.status), value=c.status)
                )
            rows.append(row)
        self.model.reset(
            [s.region for s in board.submissions],
            rows,
            row_headers=[f"{j.name} ({j.role})" for j in board.judges],
            payload=board.judges,
        )
        names: dict[str, str] = {j.id: j.name for j in board.judges}
        owed = []
        for jid, lines in board.missing_by_judge().items():
            for line in lines:
                region, _, what = line.partition(": ")
                owed.append((names.get(jid, jid), region, what))
        self.missing_model.reset(
            [self.tr("Judge"), self.tr("Region"), self.tr("What is missing")], owed
        )
        counts = board.counts
        summary = " · ".join(
            f"{labels[k]}: {counts.get(k, 0)}"
            for k in ("final", "in_progress", "not_started", "missing", "conflict")
        )
        if board.warned:
            summary += " · " + self.tr("%n sheet(s) with warnings ⚠", "", board.warned)
        self.summary.setText(summary)
        self.loaded.emit()
