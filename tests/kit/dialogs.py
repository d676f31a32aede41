"""Answering the app's dialogs the way a person does: find the one shown,
type into it, press a key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget


def shown(cls: type[QWidget]) -> QWidget | None:
    """The visible top-level window of type ``cls`` (the newest when several)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def wait_shown(qtbot, cls: type[QWidget], timeout: int = 10000) -> QWidget:
    qtbot.waitUntil(lambda: shown(cls) is not None, timeout=timeout)
    dlg = shown(cls)
    assert dlg is not None
    return dlg


def answer_file_dialog(qtbot, path: Path | str) -> QFileDialog:
    """Put ``path`` into the shown file dialog's name box (as pasted) and press Enter."""
    dlg = wait_shown(qtbot, QFileDialog)
    assert isinstance(dlg, QFileDialog)
    edit = dlg.findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.setFocus()
    edit.setText(str(path))  # typed key by key, the dialog's list would select as it goes
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    return dlg


def close_message(qtbot, button=QMessageBox.StandardButton.Ok) -> QMessageBox:
    box = wait_shown(qtbot, QMessageBox)
    assert isinstance(box, QMessageBox)
    text = box.text()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    box.setProperty("seen_text", text)
    return box
