"""Set-up, judge bundles: one bundle file per chosen judge into a folder the
secretariat picks (a USB stick). Before writing, a confirmation names every
file (and says which replace a file already there); after writing, another
names the files written and any refused. The writing runs on the task runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.services import bundles
from judgeapp.ui.secretariat import setup_kit as kit
from judgeapp.ui.secretariat import widgets
from judgeapp.ui.secretariat.models import BAD, WARN, Cell
from judgeapp.ui.secretariat.widgets import (
    Context,
    MessageBar,
    ProgressStrip,
    button,
    listing,
    note,
    run_task,
)

SHOWN = 12  # files listed in a confirmation; the rest in its details


class BundlesPage(widgets.Page):
    """Write one bundle file per chosen judge into a folder (e.g. a USB stick)."""

    issued = Signal(list)  # paths written by the last run

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QWidget | None = None
        self.written: list[Path] = []
        self.judges = QListWidget(self)
        self.judges.setAccessibleName(self.tr("Judges to issue bundles for"))
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setPlaceholderText(self.tr("A folder or a USB stick"))
        self.browse = button(self.tr("&Browse…"), self)
        self.issue = button(self.tr("&Issue bundles…"), self)
        self.select_all = button(self.tr("Select a&ll"), self)
        self.model, self.view = listing(self.tr("Issued bundles"), self)
        self.progress = ProgressStrip(self)
        self.message = MessageBar(self)
        explain = note(
            self.tr(
                "Each bundle holds the event, its forms, the schedule and only the judge's "
                "assigned regions without conflicts. Re-issuing later updates the judge's "
                "workspace without touching scores already entered."
            ),
            self,
        )
        where = QHBoxLayout()
        kit.add_labelled(where, self, [(self.tr("&Folder:"), self.folder)], 1)
        where.addWidget(self.browse)
        row = kit.row_of([self.select_all], [self.issue])
        top = QHBoxLayout()
        top.addWidget(self.judges, 1)
        top.addWidget(self.view, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addLayout(top, 1)
        lay.addLayout(where)
        lay.addLayout(row)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        self.browse.clicked.connect(self._browse)
        self.issue.clicked.connect(self.issue_bundles)
        self.folder.returnPressed.connect(self.issue_bundles)
        self.select_all.clicked.connect(self._select_all)

    def refresh(self) -> None:
        # a tick the user set stays while the judge's regions stay the same
        keep = {}
        for i in range(self.judges.count()):
            it = self.judges.item(i)
            keep[str(it.data(Qt.ItemDataRole.UserRole))] = (
                it.data(Qt.ItemDataRole.UserRole + 1),
                it.checkState(),
            )
        self.judges.clear()
        for b in bundles.bundle_judges(self.ctx.ws, self.ctx.event_id):
            it = QListWidgetItem(
                self.tr("%1 (%2) — %3 regions")
                .replace("%1", b.name)
                .replace("%2", b.role)
                .replace("%3", str(b.submissions)),
                self.judges,
            )
            it.setData(Qt.ItemDataRole.UserRole, b.judge_id)
            it.setData(Qt.ItemDataRole.UserRole + 1, b.submissions)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if b.submissions else Qt.CheckState.Unchecked
            held = keep.get(b.judge_id)
            if held is not None and held[0] == b.submissions:
                state = held[1]
            it.setCheckState(state)

    def _select_all(self) -> None:
        for i in range(self.judges.count()):
            self.judges.item(i).setCheckState(Qt.CheckState.Checked)

    def _browse(self) -> None:
        from judgeapp.ui.filedialogs import choose_folder

        self.dialog = choose_folder(
            self, self.tr("Folder for the bundles"), self.folder.setText, self.folder.text()
        )

    def chosen(self) -> list[str]:
        return [
            str(self.judges.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.judges.count())
            if self.judges.item(i).checkState() == Qt.CheckState.Checked
        ]

    # ---- confirm, then write ---------------------------------------------------------------
    def issue_bundles(self) -> None:
        """Ask to confirm the files about to be written, naming each."""
        folder = self.folder.text().strip()
        judges = self.chosen()
        if not folder or not judges:
            self.message.show_message(self.tr("Choose a folder and at least one judge."), "error")
            (self.folder if not folder else self.judges).setFocus()
            return
        try:
            plan = bundles.plan_bundles(self.ctx.ws, self.ctx.event_id, judges, Path(folder))
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        lines = [self._plan_line(b) for b in plan]
        replaced = sum(1 for b in plan if b.replaces)
        text = self.tr("Write %n bundle(s) into %1?", "", len(plan)).replace("%1", folder)
        info = "\n".join(_shortened(lines, self.tr("… and %1 more (see the details)")))
        if replaced:
            info += "\n\n" + self.tr("%n file(s) already there will be replaced.", "", replaced)
        empty = [b.name for b in plan if not b.submissions]
        if empty:
            info += "\n\n" + self.tr("No region assigned yet: %1.").replace("%1", ", ".join(empty))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Issue judge bundles"),
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm-bundles")
        box.setInformativeText(info)
        if len(lines) > SHOWN:
            box.setDetailedText("\n".join(lines))
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Write bundles"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        _wide(box)
        box.accepted.connect(lambda: self.write(judges, Path(folder)))
        box.rejected.connect(lambda: self.message.show_message(self.tr("Nothing written."), "info"))
        self.dialog = box
        box.open()

    def _plan_line(self, b: bundles.PlannedBundle) -> str:
        line = (
            self.tr("%1 — %2, %3 regions")
            .replace("%1", b.path.name)
            .replace("%2", b.name)
            .replace("%3", str(b.submissions))
        )
        return line + (self.tr(" (replaces the file there)") if b.replaces else "")

    def write(self, judges: list[str], out: Path) -> None:
        eid, actor = self.ctx.event_id, self.ctx.actor

        def job(ws: Any, progress: Any) -> list[tuple[str, Any]]:
            return bundles.issue_bundles(ws, eid, judges, out, actor, progress)

        run_task(
            self.ctx,
            self.progress,
            self.tr("Writing bundles…"),
            job,
            on_done=lambda done: self._done(done, out),
            on_refused=self._refused,
            hold=[self.issue],
        )

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")

    def _done(self, done: list[tuple[str, Any]], out: Path) -> None:
        names = {b.judge_id: b.name for b in bundles.bundle_judges(self.ctx.ws, self.ctx.event_id)}
        rows: list[tuple[str, Cell, Cell | str, Cell | str, str]] = []
        lines: list[str] = []
        refused_lines: list[str] = []
        self.written = []
        for jid, result in done:
            name = names.get(jid, jid)
            if isinstance(result, Refused):
                reason = str(result)
                rows.append((name, Cell(self.tr("refused"), background=BAD), "", "", reason))
                refused_lines.append(f"{name}: {reason}")
                continue
            self.written.append(result.path)
            bg = WARN if not result.submissions else None
            rows.append(
                (
                    name,
                    Cell(self.tr("written"), background=bg),
                    Cell(str(result.submissions), align_right=True, background=bg),
                    Cell(str(result.documents), align_right=True),
                    str(result.path),
                )
            )
            lines.append(
                self.tr("%1 — %2, %3 regions, %4 documents")
                .replace("%1", result.path.name)
                .replace("%2", name)
                .replace("%3", str(result.submissions))
                .replace("%4", str(result.documents))
            )
        self.model.reset(
            [
                self.tr("Judge"),
                self.tr("Result"),
                self.tr("Regions"),
                self.tr("Documents"),
                self.tr("File / reason"),
            ],
            rows,
        )
        ok, refused = len(lines), len(refused_lines)
        self.message.show_message(
            self.tr("%1 bundle(s) written, %2 refused.")
            .replace("%1", str(ok))
            .replace("%2", str(refused)),
            "error" if refused else "ok",
        )
        text = self.tr("%n bundle(s) written into %1:", "", ok).replace("%1", str(out))
        info = "\n".join(_shortened(lines, self.tr("… and %1 more (see the details)")))
        if refused_lines:
            info += "\n\n" + self.tr("Refused:") + "\n" + "\n".join(refused_lines)
        info += "\n\n" + self.tr(
            "Give each judge their own file; it opens with File ▸ Open judge bundle."
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
            self.tr("Judge bundles"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("bundles-written")
        box.setInformativeText(info)
        if len(lines) > SHOWN:
            box.setDetailedText("\n".join(lines))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _wide(box)
        self.dialog = box
        box.open()
        self.issued.emit(list(self.written))


def _wide(box: QMessageBox) -> None:
    """Room for a file name and a judge's name on one line."""
    info = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if info is not None:
        info.setMinimumWidth(640)


def _shortened(lines: list[str], more: str) -> list[str]:
    if len(lines) <= SHOWN:
        return lines
    return [*lines[:SHOWN], more.replace("%1", str(len(lines) - SHOWN))]
