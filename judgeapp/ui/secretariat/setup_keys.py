"""Set-up, judges' signing keys: register a judge's public key before their
first score file, or accept a changed key with a reason (kept in the history).

The judge's laptop shows the public key and its fingerprint
(``judgeapp scores key show``); the secretariat pastes the public key here and
compares the fingerprint computed from it with the one the judge reads aloud.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from judgeapp.domain.exchange import fingerprint
from judgeapp.errors import Refused
from judgeapp.services import events as event_service
from judgeapp.services import setup
from judgeapp.ui.secretariat import setup_kit as kit
from judgeapp.ui.secretariat import widgets
from judgeapp.ui.secretariat.widgets import Context, MessageBar, button, listing, note, refill_combo


class KeysPage(widgets.Page):
    """The judges' registered fingerprints; register or change one."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model, self.view = listing(self.tr("Judges' keys"), self)
        self.judge = kit.named_combo(self.tr("Judge"), self)
        self.key = kit.named_line(
            self.tr("Judge's public key"),
            self,
            self.tr("44 characters, as shown on the judge's laptop"),
        )
        self.preview = QLabel(self)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAccessibleName(self.tr("Fingerprint of the pasted key"))
        self.accept_change = QCheckBox(self.tr("Accept a &changed key"), self)
        self.reason = kit.named_line(
            self.tr("Reason for the key change"),
            self,
            self.tr("Why the judge's key changed (required)"),
        )
        self.register = button(self.tr("&Register key"), self)
        self.message = MessageBar(self)
        explain = note(
            self.tr(
                "A judge's key is recorded with their first score file, or here beforehand. "
                "Paste the public key from the judge's laptop and check that the fingerprint "
                "below is the one the judge reads out. A file signed with another key is "
                "refused unless the change is accepted here or at import, with a reason."
            ),
            self,
        )
        change = QHBoxLayout()
        change.addWidget(self.accept_change)
        change.addWidget(self.reason, 1)
        box = kit.narrow_form(
            [
                (self.tr("&Judge:"), self.judge),
                (self.tr("&Public key:"), self.key),
                (self.tr("Fingerprint:"), self.preview),
                ("", change),
            ],
            820,
            self,
        )
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addWidget(self.view, 1)
        lay.addWidget(box)
        lay.addWidget(self.register, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.message)
        self.key.textChanged.connect(self._preview)
        self.key.returnPressed.connect(self.register_key)
        self.register.clicked.connect(self.register_key)
        self.accept_change.toggled.connect(self.reason.setEnabled)
        self.reason.setEnabled(False)
        self.view.clicked.connect(self._pick)
        self._preview("")

    def refresh(self) -> None:
        judges = event_service.list_judges(self.ctx.ws, self.ctx.event_id)
        self.model.reset(
            [self.tr("Judge"), self.tr("Role"), self.tr("Id"), self.tr("Registered fingerprint")],
            [(j.name, j.role, j.id, j.fingerprint or self.tr("not registered")) for j in judges],
            payload=judges,
        )
        refill_combo(self.judge, [(j.id, j.name) for j in judges])

    def _pick(self, index: object) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < len(self.model.payload):
            self.judge.setCurrentIndex(self.judge.findData(self.model.payload[row].id))

    def _preview(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.preview.setText(self.tr("(paste a key)"))
            return
        try:
            self.preview.setText(f"<b>{fingerprint(text)}</b>")
        except Refused as exc:
            self.preview.setText(self.tr("not a valid key: %1").replace("%1", str(exc)))

    def register_key(self) -> None:
        jid = self.judge.currentData()
        key = self.key.text().strip()
        if not jid or not key:
            self.message.show_message(self.tr("Choose a judge and paste the key."), "error")
            return
        accept = self.accept_change.isChecked()
        reason = self.reason.text().strip()
        if accept and not reason:
            kit.refuse(self.message, self.tr("Give the reason for the key change."), self.reason)
            return
        try:
            fp = setup.register_key(
                self.ctx.ws,
                self.ctx.event_id,
                jid,
                key,
                actor=self.ctx.actor,
                accept_change=accept,
                reason=reason,
            )
        except Refused as exc:
            self.message.show_message(str(exc), "error")
            return
        self.key.clear()
        self.reason.clear()
        self.accept_change.setChecked(False)
        self.refresh()
        self.message.show_message(
            self.tr("Key registered for %1: %2")
            .replace("%1", self.judge.currentText())
            .replace("%2", fp),
            "ok",
        )
