"""Set-up, continued: the interview schedule."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.services import events as event_service
from judgeapp.services import setup
from judgeapp.ui.secretariat import setup_kit as kit
from judgeapp.ui.secretariat.widgets import Context, MessageBar, Page, button, listing


class SchedulePage(Page):
    """Interview slots: date, time and room per region (per stage)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stage = kit.stage_combo(ctx, self.tr("Stage"), self)
        self.model, self.view = listing(self.tr("Interview schedule"), self)
        self.submission = kit.named_combo(self.tr("Region"), self)
        self.when = QDateTimeEdit(self)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.room = kit.named_line(self.tr("Room"), self)
        self.save = button(self.tr("&Save slot"), self)
        self.remove = button(self.tr("Remo&ve slot"), self)
        self.message = MessageBar(self)
        row = kit.row_of([self.save, self.remove])
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        box = kit.narrow_form(
            [
                (self.tr("S&tage:"), self.stage),
                (self.tr("Re&gion:"), self.submission),
                (self.tr("&Date and time:"), self.when),
                (self.tr("R&oom:"), self.room),
            ],
            720,
            self,
        )
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
        slots = {r.submission_id: r for r in setup.schedule(ws, eid, self.stage_id() or None)}
        rows, payload = [], []
        ordered = sorted(
            subs,
            key=lambda s: (
                (slots[s.id].starts_at if s.id in slots else "") or "~",
                s.region,
            ),
        )
        for s in ordered:
            slot = slots.get(s.id)
            when = (slot.starts_at if slot else "").replace("T", " ")
            rows.append(
                (
                    s.region,
                    s.category,
                    when[:10],
                    when[11:16],
                    slot.room if slot else "",
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
            self.submission.addItem(s.region, s.id)
        i = self.submission.findData(keep)
        if i >= 0:
            self.submission.setCurrentIndex(i)

    def _pick(self, index: Any) -> None:
        sub = self.model.payload[index.row()]
        self.submission.setCurrentIndex(self.submission.findData(sub.id))
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
