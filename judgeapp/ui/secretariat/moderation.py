"""Disagreement list and the moderation dialog.

The list shows every indicator and total whose judges' spread passes the
form's threshold (``services.results.disagreements``); the dialog records a
consensus value with a reason and who agreed (``services.moderation``). The
judges' original values are shown beside it and never change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.i18n import local_time
from judgeapp.services import events as event_service
from judgeapp.services import moderation as mod_service
from judgeapp.services import results
from judgeapp.services.forms import load_pinned
from judgeapp.ui.numbers import fmt
from judgeapp.ui.secretariat import setup_kit, widgets
from judgeapp.ui.secretariat.models import FLAG, GOOD, Cell, TableModel, warning_cell
from judgeapp.ui.secretariat.widgets import Context, MessageBar, ProgressStrip, button, table_view

Record = Callable[[str, str, list[str]], mod_service.Moderation]


class ModerationDialog(QDialog):
    """Record a moderated value for one flagged indicator or total.

    ``record(value_text, reason, agreed_by)`` writes it (raising
    ``ModerationRefused`` when refused: the dialog stays open and says why).
    """

    def __init__(
        self,
        item: results.Disagreement,
        judges: dict[str, str],
        history: list[mod_service.Moderation],
        record: Record,
        parent: QWidget | None = None,
        *,
        decimals: int = 2,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._record = record
        self.recorded: mod_service.Moderation | None = None
        self.setWindowTitle(
            self.tr("Moderate: %1 — %2").replace("%1", item.region).replace("%2", item.title)
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        head = widgets.note(
            self.tr("%1 · %2 · spread %3 (threshold %4) · combined %5")
            .replace("%1", item.region)
            .replace("%2", item.title)
            .replace("%3", fmt(item.range, decimals))
            .replace("%4", fmt(item.threshold, decimals))
            .replace("%5", fmt(item.combined, decimals)),
            self,
        )
        lay.addWidget(head)
        if item.warning:
            lay.addWidget(widgets.note("⚠ " + item.warning, self))
        originals = TableModel(
            [self.tr("Judge"), self.tr("Original value")],
            [
                (judges.get(j, j), Cell(fmt(v, decimals), value=v, align_right=True))
                for j, v in sorted(item.values.items(), key=lambda kv: judges.get(kv[0], kv[0]))
            ],
            self,
        )
        self.originals = table_view(originals, self.tr("Judges' original values"), self)
        self.originals.setMaximumHeight(150)
        lay.addWidget(QLabel(self.tr("Judges' original values (kept unchanged):"), self))
        lay.addWidget(self.originals)
        if history:
            hist = TableModel(
                [self.tr("At"), self.tr("Value"), self.tr("Reason"), self.tr("Agreed by")],
                [
                    (
                        local_time(m.at),
                        self.tr("withdrawn") if m.value is None else fmt(m.value),
                        m.reason,
                        ", ".join(m.agreed_by),
                    )
                    for m in history
                ],
                self,
            )
            self.history = table_view(hist, self.tr("Earlier moderations"), self)
            self.history.setMaximumHeight(120)
            lay.addWidget(QLabel(self.tr("Earlier moderations:"), self))
            lay.addWidget(self.history)
        form = QFormLayout()
        self.value = QLineEdit(self)
        self.value.setAccessibleName(self.tr("Moderated value"))
        if item.moderation is not None and item.moderation.value is not None:
            self.value.setText(fmt(item.moderation.value))
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(80)
        self.agreed = QListWidget(self)
        self.agreed.setAccessibleName(self.tr("Who agreed"))
        self.agreed.setMaximumHeight(110)
        for jid, name in sorted(judges.items(), key=lambda kv: kv[1]):
            it = QListWidgetItem(name, self.agreed)
            it.setData(Qt.ItemDataRole.UserRole, name)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(
                Qt.CheckState.Checked if jid in item.values else Qt.CheckState.Unchecked
            )
        self.others = QLineEdit(self)
        self.others.setAccessibleName(self.tr("Others who agreed"))
        self.others.setPlaceholderText(self.tr("e.g. chair of the panel (comma separated)"))
        form.addRow(self.tr("Moderated &value:"), self.value)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Agreed by:"), self.agreed)
        form.addRow(self.tr("&Others:"), self.others)
        lay.addLayout(form)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.value.setFocus()

    def agreed_by(self) -> list[str]:
        names = [
            str(self.agreed.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.agreed.count())
            if self.agreed.item(i).checkState() == Qt.CheckState.Checked
        ]
        names += [n.strip() for n in self.others.text().split(",") if n.strip()]
        return names

    def save(self) -> None:
        try:
            self.recorded = self._record(
                self.value.text(), self.reason.toPlainText(), self.agreed_by()
            )
        except mod_service.ModerationRefused as exc:
            self.message.show_message(str(exc), "error")
            return
        self.accept()


class DisagreementTab(widgets.Page):
    """Flagged indicators and totals; moderate the selected one."""

    moderated = Signal()
    loaded = Signal()
    report_requested = Signal(str, dict)  # kind, scope

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list[results.Disagreement] = []
        self.stage = setup_kit.stage_combo(ctx, self.tr("Stage"), self)
        self.all_rows = QCheckBox(self.tr("Show &all indicators, not only flagged"), self)
        self.provisional = QCheckBox(self.tr("Count open sheets too (&provisional)"), self)
        self.model, self.view = widgets.listing(self.tr("Disagreements"), self)
        self.moderate = button(self.tr("&Moderate…"), self)
        self.recap = button(self.tr("Recap of this &region…"), self)
        reason = self.tr("Reason for withdrawing")
        self.withdraw_reason = setup_kit.named_line(reason, self, reason)
        self.withdraw = button(self.tr("&Withdraw moderation"), self)
        self.summary = QLabel(self)
        self.progress = ProgressStrip(self)
        self.message = MessageBar(self)
        stage_label = setup_kit.buddy_label(self.tr("&Stage:"), self.stage, self)
        top = setup_kit.row_of(
            [stage_label, self.stage, self.all_rows, self.provisional], [self.summary]
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.moderate)
        bottom.addWidget(self.recap)
        bottom.addStretch(1)
        bottom.addWidget(self.withdraw_reason, 1)
        bottom.addWidget(self.withdraw)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(bottom)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        self._decimals: dict[str, int] = {}
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.all_rows.toggled.connect(lambda _b: self.refresh())
        self.provisional.toggled.connect(lambda _b: self.refresh())
        self.moderate.clicked.connect(self.open_dialog)
        self.view.doubleClicked.connect(lambda _i: self.open_dialog())
        self.withdraw.clicked.connect(self.withdraw_selected)
        self.recap.clicked.connect(self._ask_recap)

    def stage_id(self) -> str:
        return str(self.stage.currentData() or "")

    def refresh(self) -> None:
        eid, stage = self.ctx.event_id, self.stage_id()
        flagged_only, prov = not self.all_rows.isChecked(), self.provisional.isChecked()
        widgets.run_task(
            self.ctx,
            self.progress,
            self.tr("Comparing the judges' scores…"),
            lambda ws, _p: results.disagreements(
                ws, eid, stage or None, provisional=prov, flagged_only=flagged_only
            ),
            on_done=self._done,
            on_refused=self._refused,
            key="disagreements",  # the latest choice of stage and filters wins
        )

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")

    def _done(self, items: list[results.Disagreement]) -> None:
        self.items = list(items)
        judges = self.judge_names()
        rows = []
        for d in self.items:
            dec = self.decimals_for(d.stage_id)
            bg = FLAG if d.flagged else None
            mod = d.moderation
            values = ", ".join(
                f"{judges.get(j, j)}: {fmt(v, dec)}"
                for j, v in sorted(d.values.items(), key=lambda kv: judges.get(kv[0], kv[0]))
            )
            rows.append(
                [
                    Cell(d.region),
                    Cell(d.category),
                    Cell(d.title, tooltip=f"{d.title} ({d.target})"),
                    Cell(fmt(d.range, dec), value=d.range, align_right=True, background=bg),
                    Cell(fmt(d.threshold, dec), value=d.threshold, align_right=True),
                    Cell(fmt(d.combined, dec), value=d.combined, align_right=True),
                    Cell(
                        "" if mod is None else fmt(mod.value),
                        value=None if mod is None else mod.value,
                        align_right=True,
                        background=GOOD if mod is not None else None,
                        tooltip="" if mod is None else f"{mod.reason} — {', '.join(mod.agreed_by)}",
                    ),
                    Cell(values, tooltip=values.replace(", ", "\n")),
                    warning_cell(d.warning),
                ]
            )
        self.model.reset(
            [
                self.tr("Region"),
                self.tr("Category"),
                self.tr("Indicator"),
                self.tr("Spread"),
                self.tr("Threshold"),
                self.tr("Combined"),
                self.tr("Moderated"),
                self.tr("Judges' values"),
                self.tr("Warning"),
            ],
            rows,
            payload=self.items,
        )
        header = self.view.horizontalHeader()
        if header.count() > 2 and header.sectionSize(2) > 360:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(2, 360)
        flagged = sum(1 for d in self.items if d.flagged or d.warning)
        done = sum(1 for d in self.items if (d.flagged or d.warning) and d.moderation is not None)
        self.summary.setText(
            self.tr("%1 flagged · %2 moderated")
            .replace("%1", str(flagged))
            .replace("%2", str(done))
        )
        self.loaded.emit()

    def decimals_for(self, stage_id: str) -> int:
        if stage_id not in self._decimals:
            stage = event_service.get_event(self.ctx.ws, self.ctx.event_id).stage(stage_id)
            self._decimals[stage_id] = load_pinned(self.ctx.ws, stage.form_hash).total_decimals
        return self._decimals[stage_id]

    def judge_names(self) -> dict[str, str]:
        return {j.id: j.name for j in event_service.list_judges(self.ctx.ws, self.ctx.event_id)}

    def selected(self) -> results.Disagreement | None:
        row = self.view.currentIndex().row()
        return self.items[row] if 0 <= row < len(self.items) else None

    def dialog_for(self, item: results.Disagreement) -> ModerationDialog:
        ws, eid = self.ctx.ws, self.ctx.event_id
        history = [
            m
            for m in mod_service.list_moderations(ws, eid, item.stage_id, item.submission)
            if m.target == item.target
        ]

        def record(value: str, reason: str, agreed_by: list[str]) -> mod_service.Moderation:
            return mod_service.record_moderation(
                ws,
                eid,
                item.stage_id,
                item.submission,
                item.target,
                value,
                reason,
                agreed_by,
                actor=self.ctx.actor,
            )

        return ModerationDialog(
            item,
            self.judge_names(),
            history,
            record,
            self,
            decimals=self.decimals_for(item.stage_id),
        )

    def open_dialog(self) -> None:
        item = self.selected()
        if item is None:
            self.message.show_message(self.tr("Select a row first."), "error")
            return
        dialog = self.dialog_for(item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.after_moderation(dialog)

    def after_moderation(self, dialog: ModerationDialog) -> None:
        if dialog.recorded is None:
            return
        self.message.show_message(
            self.tr("Moderated value recorded: %1 = %2")
            .replace("%1", dialog.item.title)
            .replace("%2", fmt(dialog.recorded.value)),
            "ok",
        )
        self.moderated.emit()
        self.refresh()

    def _ask_recap(self) -> None:
        item = self.selected()
        scope = {"stage_id": self.stage_id() or None}
        if item is not None:
            scope["submission_id"] = item.submission
        self.report_requested.emit("recap", scope)

    def withdraw_selected(self) -> None:
        item = self.selected()
        if item is None:
            self.message.show_message(self.tr("Select a row first."), "error")
            return
        try:
            mod_service.withdraw_moderation(
                self.ctx.ws,
                self.ctx.event_id,
                item.stage_id,
                item.submission,
                item.target,
                self.withdraw_reason.text(),
                actor=self.ctx.actor,
            )
        except mod_service.ModerationRefused as exc:
            self.message.show_message(str(exc), "error")
            return
        self.withdraw_reason.clear()
        self.message.show_message(self.tr("Moderation withdrawn."), "ok")
        self.moderated.emit()
        self.refresh()
