"""Set-up, continued: the interview schedule and the judges' bundles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.services import bundles, setup
from judgeapp.services import events as event_service
from judgeapp.ui.secretariat.models import BAD, Cell, TableModel
from judgeapp.ui.secretariat.widgets import Context, MessageBar, ProgressStrip, button, table_view


class SchedulePage(QWidget):
    """Interview slots: date, time and room per region (per stage)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stage = QComboBox(self)
        self.stage.setAccessibleName(self.tr("Stage"))
        for st in event_service.get_event(ctx.ws, ctx.event_id).stages:
            self.stage.addItem(st.name, st.id)
        self.stage.setEnabled(self.stage.count() > 1)
        self.model = TableModel(parent=self)
        self.view = table_view(self.model, self.tr("Interview schedule"), self)
        self.submission = QComboBox(self)
        self.submission.setAccessibleName(self.tr("Region"))
        self.when = QDateTimeEdit(self)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.room = QLineEdit(self)
        self.room.setAccessibleName(self.tr("Room"))
        self.save = button(self.tr("&Save slot"), self)
        self.remove = button(self.tr("Remo&ve slot"), self)
        self.message = MessageBar(self)
        form = QFormLayout()
        form.addRow(self.tr("S&tage:"), self.stage)
        form.addRow(self.tr("Re&gion:"), self.submission)
        form.addRow(self.tr("&Date and time:"), self.when)
        form.addRow(self.tr("R&oom:"), self.room)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.remove)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        box = QWidget(self)
        box.setLayout(form)
        box.setMaximumWidth(720)
        lay.addWidget(box)
        lay.addLayout(row)
        lay.addWidget(self.message)
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.save.clicked.connect(self.save_slot)
        self.remove.clicked.connect(self.remove_slot)
        self.view.clicked.connect(self._pick)

    def stage_id(self) -> str:
        return str(self.stage.currentData() or "")

    def refresh(self) -> None:
        ws, eid = self.ctx.ws, self.ctx.event_id
        subs = event_service.current_submissions(ws, eid)
        slots = {r["submission_id"]: r for r in setup.schedule(ws, eid, self.stage_id() or None)}
        rows, payload = [], []
        ordered = sorted(
            subs, key=lambda s: (slots.get(s["id"], {}).get("starts_at") or "~", s["region"])
        )
        for s in ordered:
            slot = slots.get(s["id"])
            when = (slot["starts_at"] if slot else "").replace("T", " ")
            rows.append(
                (
                    s["region"],
                    s["category"],
                    when[:10],
                    when[11:16],
                    slot["room"] if slot else "",
                )
            )
            payload.append(s)
        self.model.reset(
            [
                self.tr("Region"),
                self.tr("Category"),
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Room"),
            ],
            rows,
            payload=payload,
        )
        keep = self.submission.currentData()
        self.submission.clear()
        for s in subs:
            self.submission.addItem(s["region"], s["id"])
        i = self.submission.findData(keep)
        if i >= 0:
            self.submission.setCurrentIndex(i)

    def _pick(self, index: Any) -> None:
        sub = self.model.payload[index.row()]
        self.submission.setCurrentIndex(self.submission.findData(sub["id"]))
        date, time, room = (self.model.text(index.row(), c) for c in (2, 3, 4))
        if date:
            self.when.setDateTime(QDateTime.fromString(f"{date} {time}", "yyyy-MM-dd HH:mm"))
        self.room.setText(room)

    def save_slot(self, *, clear: bool = False) -> None:
        sid = self.submission.currentData()
        if not sid:
            self.message.show_message(self.tr("Choose a region."), "error")
            return
        when = "" if clear else self.when.dateTime().toString("yyyy-MM-dd HH:mm")
        try:
            setup.set_schedule(
                self.ctx.ws,
                self.ctx.event_id,
                sid,
                when,
                "" if clear else self.room.text(),
                stage_id=self.stage_id() or None,
                actor=self.ctx.actor,
            )
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        self.refresh()
        self.message.show_message(
            self.tr("Slot removed.") if clear else self.tr("Slot saved: %1").replace("%1", when),
            "ok",
        )

    def remove_slot(self) -> None:
        self.save_slot(clear=True)


class BundlesPage(QWidget):
    """Write one bundle file per chosen judge into a folder (e.g. a USB stick)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.judges = QListWidget(self)
        self.judges.setAccessibleName(self.tr("Judges to issue bundles for"))
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder"))
        self.browse = button(self.tr("&Browse…"), self)
        self.issue = button(self.tr("&Issue bundles"), self)
        self.select_all = button(self.tr("Select a&ll"), self)
        self.model = TableModel(parent=self)
        self.view = table_view(self.model, self.tr("Issued bundles"), self)
        self.progress = ProgressStrip(self)
        self.message = MessageBar(self)
        explain = QLabel(
            self.tr(
                "Each bundle holds the event, its forms, the schedule and only the judge's "
                "assigned regions without conflicts. Re-issuing later updates the judge's "
                "workspace without touching scores already entered."
            ),
            self,
        )
        explain.setWordWrap(True)
        where = QHBoxLayout()
        label = QLabel(self.tr("&Folder:"), self)
        label.setBuddy(self.folder)
        where.addWidget(label)
        where.addWidget(self.folder, 1)
        where.addWidget(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addStretch(1)
        row.addWidget(self.issue)
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
        self.select_all.clicked.connect(self._select_all)

    def refresh(self) -> None:
        ws, eid = self.ctx.ws, self.ctx.event_id
        self.judges.clear()
        for j in event_service.list_judges(ws, eid):
            n = len(event_service.assignments(ws, eid, judge_id=j["id"]))
            it = QListWidgetItem(
                self.tr("%1 (%2) — %3 assigned")
                .replace("%1", j["name"])
                .replace("%2", j["role"])
                .replace("%3", str(n)),
                self.judges,
            )
            it.setData(Qt.ItemDataRole.UserRole, j["id"])
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if n else Qt.CheckState.Unchecked)

    def _select_all(self) -> None:
        for i in range(self.judges.count()):
            self.judges.item(i).setCheckState(Qt.CheckState.Checked)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the bundles"), self.folder.text()
        )
        if path:
            self.folder.setText(path)

    def chosen(self) -> list[str]:
        return [
            str(self.judges.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.judges.count())
            if self.judges.item(i).checkState() == Qt.CheckState.Checked
        ]

    def issue_bundles(self) -> None:
        folder = self.folder.text().strip()
        judges = self.chosen()
        if not folder or not judges:
            self.message.show_message(self.tr("Choose a folder and at least one judge."), "error")
            return
        out = Path(folder)
        eid, actor = self.ctx.event_id, self.ctx.actor

        def job(ws: Any, progress: Any) -> list[tuple[str, Any]]:
            done: list[tuple[str, Any]] = []
            out.mkdir(parents=True, exist_ok=True)
            for i, jid in enumerate(judges):
                progress(i, len(judges), jid)
                try:
                    done.append(
                        (
                            jid,
                            bundles.issue_bundle(
                                ws, eid, jid, out / f"{eid}-{jid}.bundle.zip", actor
                            ),
                        )
                    )
                except Refused as exc:
                    done.append((jid, str(exc)))
            progress(len(judges), len(judges), "")
            return done

        self.issue.setEnabled(False)
        self.progress.begin(self.tr("Writing bundles…"))
        self.ctx.runner.start(
            job,
            on_done=self._done,
            on_refused=self._refused,
            on_progress=self.progress.update_progress,
            on_end=self._end,
        )

    def _end(self) -> None:
        self.progress.end()
        self.issue.setEnabled(True)

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")

    def _done(self, done: list[tuple[str, Any]]) -> None:
        names = {
            j["id"]: j["name"] for j in event_service.list_judges(self.ctx.ws, self.ctx.event_id)
        }
        rows = []
        refused = 0
        for jid, result in done:
            if isinstance(result, str):
                refused += 1
                rows.append(
                    (names.get(jid, jid), Cell(self.tr("refused"), background=BAD), "", "", result)
                )
            else:
                rows.append(
                    (
                        names.get(jid, jid),
                        self.tr("written"),
                        Cell(str(result.submissions), align_right=True),
                        Cell(str(result.documents), align_right=True),
                        str(result.path),
                    )
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
        ok = len(done) - refused
        kind = "error" if refused else "ok"
        self.message.show_message(
            self.tr("%1 bundle(s) written, %2 refused.")
            .replace("%1", str(ok))
            .replace("%2", str(refused)),
            kind,
        )
