"""Set-up, judges: the event's judges with their roles and profile; add one,
edit the selected one, remove it (a judge who has scored is retired, never
deleted: the dialog says so and asks why), import a list from CSV or XLSX.

Everything goes through ``services.judges``; a refusal is shown in the
message line with the file, row and column it names, and nothing changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from judgeapp.domain.judges import NewJudge
from judgeapp.errors import Refused
from judgeapp.i18n import local_time
from judgeapp.services import judges as svc
from judgeapp.ui.secretariat import setup_kit as kit
from judgeapp.ui.secretariat.models import LOCKED, Cell
from judgeapp.ui.secretariat.widgets import Context, MessageBar, Page, button, listing, note


class JudgesPage(Page):
    """The event's judges; add, edit, remove or retire, import a list."""

    changed = Signal()  # a judge was added, edited, removed or retired

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QWidget | None = None
        self.model, self.view = listing(self.tr("Judges"), self)
        self.view.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Judge's name"))
        self.name.setPlaceholderText(self.tr("Full name, with title"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItems(svc.ROLES)
        self.province = QLineEdit(self)
        self.province.setAccessibleName(self.tr("Province"))
        self.institution = QLineEdit(self)
        self.institution.setAccessibleName(self.tr("Institution"))
        self.add = button(self.tr("&Add judge"), self)
        self.save = button(
            self.tr("&Save changes"), self, tip=self.tr("Save the form into the selected judge")
        )
        # the old name of the role button, kept for callers that change a role
        self.set_role = self.save
        self.remove = button(
            self.tr("&Remove…"),
            self,
            tip=self.tr("Remove the selected judge; one who has scored is retired, not deleted"),
        )
        self.import_list = button(
            self.tr("&Import list (CSV/XLSX)…"),
            self,
            tip=self.tr("Columns: nama, peran, provinsi, instansi (first row: the headers)"),
        )
        self.new = button(self.tr("&New"), self, tip=self.tr("Empty the form to add a judge"))
        self.message = MessageBar(self)
        form = QGridLayout()
        for col, (text, widget) in enumerate(
            (
                (self.tr("&Name:"), self.name),
                (self.tr("R&ole:"), self.role),
                (self.tr("&Province:"), self.province),
                (self.tr("Ins&titution:"), self.institution),
            )
        ):
            form.addWidget(kit.buddy_label(text, widget, self), 0, col * 2)
            form.addWidget(widget, 0, col * 2 + 1)
        form.setColumnStretch(1, 3)
        form.setColumnStretch(5, 2)
        form.setColumnStretch(7, 2)
        buttons = QHBoxLayout()
        for b in (self.add, self.save, self.new):
            buttons.addWidget(b)
        buttons.addSpacing(24)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.import_list)
        self.hint = note(
            self.tr(
                "Select a judge to edit them. Two judges never share a name. A judge who has "
                "scored is retired instead of deleted: their sheets and history stay."
            ),
            self,
        )
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.hint)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self.add.clicked.connect(self.add_judge)
        self.name.returnPressed.connect(self._enter)
        self.save.clicked.connect(self.save_judge)
        self.remove.clicked.connect(self.remove_judge)
        self.import_list.clicked.connect(self.choose_list)
        self.new.clicked.connect(self.clear_form)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._pick(cur.row()))
        self._update_buttons()

    # ---- the list ---------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_id()
        rows = svc.judges(self.ctx.ws, self.ctx.event_id)
        table = []
        for j in rows:
            retired = bool(j.retired_at)
            bg = LOCKED if retired else None
            status = (
                self.tr("retired %1: %2")
                .replace("%1", local_time(j.retired_at)[:10])
                .replace("%2", j.retired_reason)
                if retired
                else self.tr("active")
            )
            table.append(
                [
                    Cell(j.name, background=bg),
                    Cell(j.role, background=bg),
                    Cell(j.province or "", background=bg),
                    Cell(j.institution or "", background=bg),
                    Cell(str(j.sheets), align_right=True, background=bg),
                    Cell(j.fingerprint or self.tr("not registered"), background=bg),
                    Cell(status, background=bg, tooltip=status),
                    Cell(j.id, background=bg),
                ]
            )
        self.model.reset(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Province"),
                self.tr("Institution"),
                self.tr("Sheets"),
                self.tr("Key fingerprint"),
                self.tr("Status"),
                self.tr("Id"),
            ],
            table,
            payload=rows,
        )
        if keep:
            self.select_judge(keep)
        self._update_buttons()

    def selected(self) -> svc.JudgeWork | None:
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.model.payload):
            return self.model.payload[row]  # type: ignore[no-any-return]
        return None

    def selected_id(self) -> str:
        j = self.selected()
        return str(j.id) if j else ""

    def select_judge(self, judge_id: str) -> None:
        for row, j in enumerate(self.model.payload):
            if j.id == judge_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.model.payload):
            j = self.model.payload[row]
            self.name.setText(j.name)
            self.role.setCurrentText(j.role)
            self.province.setText(j.province or "")
            self.institution.setText(j.institution or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        j = self.selected()
        self.save.setEnabled(j is not None)
        self.remove.setEnabled(j is not None and not j.retired_at)

    def clear_form(self) -> None:
        self.view.selectionModel().clearCurrentIndex()
        self.view.clearSelection()
        for w in (self.name, self.province, self.institution):
            w.clear()
        self.role.setCurrentIndex(0)
        self._update_buttons()
        self.name.setFocus()

    def _enter(self) -> None:
        """Enter in the name box: save the selected judge when its name was
        being edited, otherwise add a new one."""
        j = self.selected()
        if j is not None and self.name.text().strip() and j.name != self.name.text().strip():
            self.save_judge()
        else:
            self.add_judge()

    # ---- add, edit --------------------------------------------------------------------
    def add_judge(self) -> None:
        name = self.name.text().strip()
        if not name:
            kit.refuse(self.message, self.tr("Type the judge's name first."), self.name)
            return
        try:
            judge = NewJudge(
                name,
                self.role.currentText(),
                province=self.province.text(),
                institution=self.institution.text(),
            )
            jid = svc.add_judge(self.ctx.ws, self.ctx.event_id, judge, actor=self.ctx.actor)
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            self.name.setFocus()
            return
        self.refresh()
        self.clear_form()
        self.message.show_message(
            self.tr("Judge added: %1 (%2)").replace("%1", name).replace("%2", jid), "ok"
        )
        self.changed.emit()

    def _chosen(self) -> svc.JudgeWork | None:
        """The selected judge, or None after saying that one must be selected."""
        j = self.selected()
        if j is None:
            kit.refuse(self.message, self.tr("Select a judge in the list first."))
        return j

    def save_judge(self) -> None:
        j = self._chosen()
        if j is None:
            return
        try:
            fields: dict[str, str | None] = {
                "name": self.name.text(),
                "role": self.role.currentText(),
                "province": self.province.text(),
                "institution": self.institution.text(),
            }
            changed = svc.edit_judge(
                self.ctx.ws, self.ctx.event_id, j.id, fields, actor=self.ctx.actor
            )
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        self.refresh()
        if changed:
            self.message.show_message(
                self.tr("Saved: %1.").replace("%1", self.name.text().strip()), "ok"
            )
            self.changed.emit()
        else:
            self.message.show_message(self.tr("Nothing to change."), "info")

    # ---- remove or retire -----------------------------------------------------------------
    def remove_judge(self) -> None:
        j = self._chosen()
        if j is None:
            return
        try:
            plan = svc.removal_of(self.ctx.ws, self.ctx.event_id, j.id)
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        if plan.retired:
            from judgeapp.ui.judge.dialogs import ReasonDialog

            dlg = ReasonDialog(
                self.tr("Retire judge"),
                self.tr(
                    "%1 has already scored (%2 sheets, %3 score files), so they cannot be "
                    "deleted. They will be retired: their sheets and the history stay, they get "
                    "no new assignment or bundle. Why is %1 retired?"
                )
                .replace("%1", plan.name)
                .replace("%2", str(plan.sheets))
                .replace("%3", str(plan.files)),
                self,
            )
            dlg.setObjectName("retire-judge")
            dlg.accepted.connect(lambda: self._remove(plan.judge_id, dlg.text()))
            self.dialog = dlg
            dlg.open()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove judge"),
            self.tr(
                "Remove %1 from the event? They have no sheet yet; their assignments go "
                "with them. The history keeps a record of the removal."
            ).replace("%1", plan.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("remove-judge")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._remove(plan.judge_id, ""))
        self.dialog = box
        box.open()

    def _remove(self, judge_id: str, reason: str) -> None:
        try:
            res = svc.remove_judge(
                self.ctx.ws, self.ctx.event_id, judge_id, reason, actor=self.ctx.actor
            )
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        self.refresh()
        if res.retired:
            text = (
                self.tr(
                    "%1 retired: %2 sheets kept, %3 open assignments dropped. The history "
                    "records it."
                )
                .replace("%1", res.name)
                .replace("%2", str(res.sheets))
                .replace("%3", str(res.dropped_assignments))
            )
        else:
            self.clear_form()
            text = self.tr("%1 removed from the event.").replace("%1", res.name)
        self.message.show_message(text, "ok")
        self.changed.emit()

    # ---- a list from a file -----------------------------------------------------------------
    def choose_list(self) -> None:
        from judgeapp.ui.filedialogs import choose_open_file

        self.dialog = choose_open_file(
            self,
            self.tr("Judge list"),
            self.tr("Judge list (*.csv *.xlsx);;All files (*)"),
            lambda path: self.import_file(Path(path)),
        )

    def import_file(self, path: Path) -> None:
        eid, actor = self.ctx.event_id, self.ctx.actor

        def job(ws: Any, _state: Any) -> svc.ImportedList:
            return svc.import_judges(ws, eid, path, actor)

        self.import_list.setEnabled(False)
        self.message.show_message(self.tr("Reading %1 …").replace("%1", path.name), "info")
        self.ctx.runner.start(
            job,
            on_done=self._imported,
            on_refused=self._list_refused,
            on_end=lambda: self.import_list.setEnabled(True),
        )

    def _imported(self, res: svc.ImportedList) -> None:
        self.refresh()
        self.message.show_message(
            self.tr("%n judge(s) added from %1.", "", len(res.judge_ids)).replace("%1", res.file),
            "ok",
        )
        self.changed.emit()

    def _list_refused(self, exc: Refused) -> None:
        self.message.show_message(
            self.tr("%1\nNothing was added: correct the file and import it again.").replace(
                "%1", str(exc)
            ),
            "error",
        )
