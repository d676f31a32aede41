"""Small shared widgets of the secretariat panel (display only)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat.models import TableModel
from judgeapp.ui.tasks import Task, TaskRunner


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


class Page(QWidget):
    """A page or tab of the secretariat panel, over the event in ``ctx``."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx


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


def run_task(
    ctx: Context,
    progress: ProgressStrip,
    text: str,
    job: Callable[[Workspace, Any], Any],
    *,
    on_done: Callable[[Any], None],
    on_refused: Callable[[Refused], None],
    hold: Sequence[QWidget] = (),
    key: Hashable | None = None,
    on_end: Callable[[], None] | None = None,
) -> Task:
    """Run ``job`` on the panel's runner, ``progress`` showing ``text`` and then
    the job's reports; the ``hold`` widgets stay disabled until it ends, and
    ``on_end`` runs after they are enabled again."""
    for w in hold:
        w.setEnabled(False)
    progress.begin(text)

    def end() -> None:
        progress.end()
        for w in hold:
            w.setEnabled(True)
        if on_end is not None:
            on_end()

    return ctx.runner.start(
        job,
        key=key,
        on_done=on_done,
        on_refused=on_refused,
        on_progress=progress.update_progress,
        on_end=end,
    )


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


def note(text: str, parent: QWidget) -> QLabel:
    """A word-wrapped label: an explanation, a summary, a description."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def listing(name: str, parent: QWidget) -> tuple[TableModel, QTableView]:
    """A read-only table (its model and view) announced as ``name``."""
    model = TableModel(parent=parent)
    return model, table_view(model, name, parent)


def outcome_parts(
    name: str, explanation: str, parent: QWidget
) -> tuple[TableModel, QTableView, ProgressStrip, MessageBar, QLabel]:
    """A task page's result table (wrapping its text), progress strip, message
    line and the note that explains the task."""
    model, view = listing(name, parent)
    view.setWordWrap(True)
    progress, message = ProgressStrip(parent), MessageBar(parent)
    return model, view, progress, message, note(explanation, parent)


def add_outcome(lay: QVBoxLayout, view: QWidget, progress: QWidget, message: QWidget) -> None:
    """The foot of a page that runs a task: its result table, progress and message."""
    lay.addWidget(view, 1)
    lay.addWidget(progress)
    lay.addWidget(message)
