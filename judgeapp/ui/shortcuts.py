"""Help ▸ Keyboard shortcuts (the list a judge needs, in the current language), and
the guard that keeps a screen's shortcuts working while a text box has focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def _first(seq: QKeySequence) -> int:
    """The first key combination of ``seq`` as one integer (Qt's ``toCombined``)."""
    return seq[0].toCombined()  # type: ignore[index]  # QKeySequence is indexable in Qt


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            ("0–9 , .", self.tr("type a score")),
            ("Enter / Tab", self.tr("save the score and go to the next item")),
            ("Shift+Tab", self.tr("save and go back one item")),
            ("Esc", self.tr("undo what was typed in the box")),
            ("Ctrl+PgDown / Ctrl+↓", self.tr("next indicator")),
            ("Ctrl+PgUp / Ctrl+↑", self.tr("previous indicator")),
            ("Ctrl+M", self.tr("go to the next missing entry")),
            ("F6", self.tr("reading layout (the document has the room) ⇄ scoring layout")),
            ("F7", self.tr("go to the rubric tree")),
            ("Ctrl+F", self.tr("search in the document")),
            ("Ctrl+E", self.tr("link the page shown as evidence")),
            ("F5 / Shift+F5", self.tr("start or pause the timer / next phase")),
            ("Ctrl+Shift+F", self.tr("finalise and sign")),
            ("Ctrl+I", self.tr("start the interview of the selected region")),
            ("Alt+Left", self.tr("back to the region list")),
            ("Ctrl+1 / Ctrl+2", self.tr("judge view / secretariat view")),
            ("Ctrl+O", self.tr("open a workspace")),
        ]
        html = (
            "<table cellspacing='4'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
        label = QLabel(html)
        label.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(buttons)


class ShortcutGuard(QObject):
    """Keeps a screen's shortcuts working from every field inside it.

    A text box claims some Ctrl keys for itself before shortcuts are looked at
    (on Linux, Ctrl+E moves a line edit's cursor to the end of the line), so a
    screen's Ctrl+E would never fire while the cursor is in a score box. The
    guard filters the fields of ``host`` that receive focus: for the key
    sequences given, the field's claim (``ShortcutOverride``) is withheld and
    the screen's shortcut runs.
    """

    def __init__(self, host: QWidget, sequences: list[QKeySequence]):
        super().__init__(host)
        self.host = host
        self.combos = {_first(seq) for seq in sequences if not seq.isEmpty()}
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        focused = QApplication.focusWidget()
        if focused is not None:
            self._focus_changed(None, focused)

    def add(self, seq: QKeySequence) -> None:
        if not seq.isEmpty():
            self.combos.add(_first(seq))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.host.isAncestorOf(new):
            new.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # not claimed by the field: the shortcut map then runs the screen's shortcut
        return (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() in self.combos
        )
