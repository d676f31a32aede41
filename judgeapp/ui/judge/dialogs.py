"""Small dialogs: a reason (re-open, conflict of interest), what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judgeapp.ui.language import Retranslating


class ReasonDialog(QDialog):
    """Asks for a reason; OK stays disabled while it is empty."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(prompt)
        self.prompt.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(420)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))

    def text(self) -> str:
        return self.reason.text().strip()


class MissingDialog(Retranslating, QDialog):
    """What still blocks finalising; Enter on a line jumps to it."""

    jump = Signal(str)  # score key or target id

    def __init__(self, entries: list[tuple[str, str]], parent: QWidget | None = None):
        """``entries``: (key to jump to, text shown)."""
        super().__init__(parent)
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long item name is read whole, not cut at the edge
        for key, text in entries:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(self._activated)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.buttons)
        self.resize(720, 460)
        self.count = len(entries)
        self.retranslate()

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cannot finalise yet"))
        self.intro.setText(
            self.tr("%1 entries are still missing. Press Enter on one to go to it.").replace(
                "%1", str(self.count)
            )
        )
        self.list.setAccessibleName(self.tr("Missing entries"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
