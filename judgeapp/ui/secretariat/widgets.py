"""Small shared widgets of the secretariat panel (display only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat.models import TableModel
from judgeapp.ui.tasks import TaskRunner


@dataclass
class Context:
    """What every tab of the panel needs; built once by the panel."""

    ws: Workspace
    event_id: str
    runner: TaskRunner
    actor: str = "secretariat"
    reports: Any = None  # a ReportServices (see reports_tab) or None

    @property
    def folder(self) -> Path:
        return self.ws.folder


class MessageBar(QLabel):
    """An inline message line: information, success or refusal (never modal)."""

    STYLES = {
        "info": "background:#e7f5ff; color:#0b3d66; border:1px solid #a5d8ff;",
        "ok": "background:#ebfbee; color:#1b4d1f; border:1px solid #8ce99a;",
        "error": "background:#fff5f5; color:#7d1a1a; border:1px solid #ffa8a8;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ {self.STYLES.get(kind, '')} padding:6px; }}")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class ProgressStrip(QWidget):
    """A progress bar with a line of text, shown while a task runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(260)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        lay.addWidget(self.bar)
        lay.addWidget(self.label, 1)
        self.hide()

    def begin(self, text: str) -> None:
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.label.setText(text)
        self.show()

    def update_progress(self, done: int, total: int, text: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text:
            self.label.setText(text)

    def end(self) -> None:
        self.hide()


def table_view(model: QAbstractItemModel, name: str, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setObjectName(name)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def button(text: str, parent: QWidget | None = None, *, tip: str = "") -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(text.replace("&", ""))
    if tip:
        b.setToolTip(tip)
    return b


def refill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace a combo's (data, label) items, keeping the current choice if still there."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, label in items:
        combo.addItem(label, key)
    i = combo.findData(keep) if keep is not None else -1
    if i >= 0:
        combo.setCurrentIndex(i)
    combo.blockSignals(False)


def named_combo(name: str, parent: QWidget) -> QComboBox:
    """An empty combo box with its accessible name."""
    box = QComboBox(parent)
    box.setAccessibleName(name)
    return box


def line_edit(name: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
    """A line edit with its accessible name (and a placeholder, when given)."""
    line = QLineEdit(parent)
    line.setAccessibleName(name)
    if placeholder:
        line.setPlaceholderText(placeholder)
    return line


def note(text: str, parent: QWidget) -> QLabel:
    """A word-wrapped label: an explanation, a summary, a description."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def add_labelled(row: QBoxLayout, text: str, widget: QWidget, parent: QWidget) -> QLabel:
    """Add a mnemonic label for ``widget`` and the widget itself to ``row``."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    return label


def outcome_parts(
    name: str, parent: QWidget
) -> tuple[TableModel, QTableView, ProgressStrip, MessageBar]:
    """A task page's result table (wrapping its text), progress strip and message line."""
    model = TableModel(parent=parent)
    view = table_view(model, name, parent)
    view.setWordWrap(True)
    return model, view, ProgressStrip(parent), MessageBar(parent)


def add_outcome(lay: QVBoxLayout, view: QWidget, progress: QWidget, message: QWidget) -> None:
    """The foot of a page that runs a task: its result table, progress and message."""
    lay.addWidget(view, 1)
    lay.addWidget(progress)
    lay.addWidget(message)
