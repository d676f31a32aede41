"""Help ▸ Keyboard shortcuts: the list a judge needs, in the current language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


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
            ("F6", self.tr("switch between the document and the rubric")),
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
