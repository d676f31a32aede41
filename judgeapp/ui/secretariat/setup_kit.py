"""Small builders the set-up pages share: named inputs, labelled rows and a
refusal that puts the cursor where the user has to act.

The texts come translated from the page that calls (``self.tr`` there), so
each string stays in its page's catalogue context.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)

from judgeapp.services import events as event_service
from judgeapp.ui.secretariat.widgets import Context, MessageBar, refill_combo


def named_combo(name: str, parent: QWidget) -> QComboBox:
    """An empty combo box that screen readers announce as ``name``."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    return combo


def named_line(name: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
    """A line edit announced as ``name``, with an optional placeholder."""
    line = QLineEdit(parent)
    line.setAccessibleName(name)
    if placeholder:
        line.setPlaceholderText(placeholder)
    return line


def stage_combo(ctx: Context, name: str, parent: QWidget) -> QComboBox:
    """The event's stages (data: the stage's id); disabled when there is one."""
    combo = named_combo(name, parent)
    for st in event_service.get_event(ctx.ws, ctx.event_id).stages:
        combo.addItem(st.name, st.id)
    combo.setEnabled(combo.count() > 1)
    return combo


def refill_judge_and_stage(
    ctx: Context, judge: QComboBox, stage: QComboBox, any_stage: str
) -> None:
    """The event's judges into ``judge``; ``any_stage`` (data "") then the
    stages into ``stage``, which is disabled when the event has one stage."""
    ws, eid = ctx.ws, ctx.event_id
    refill_combo(judge, [(j.id, j.name) for j in event_service.list_judges(ws, eid)])
    stages = event_service.get_event(ws, eid).stages
    refill_combo(stage, [("", any_stage)] + [(s.id, s.name) for s in stages])
    stage.setEnabled(len(stages) > 1)


def buddy_label(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    """A label whose mnemonic (``&``) moves the focus to ``widget``."""
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label


def add_labelled(
    layout: QBoxLayout, parent: QWidget, rows: Iterable[tuple[str, QWidget]], stretch: int = 0
) -> None:
    """Each (label text, widget) as a buddy label followed by its widget."""
    for text, widget in rows:
        layout.addWidget(buddy_label(text, widget, parent))
        layout.addWidget(widget, stretch)


def row_of(left: Sequence[QWidget], right: Sequence[QWidget] = ()) -> QHBoxLayout:
    """A row: ``left`` from the left edge, ``right`` against the right one."""
    row = QHBoxLayout()
    for w in left:
        row.addWidget(w)
    row.addStretch(1)
    for w in right:
        row.addWidget(w)
    return row


def file_row(line: QWidget, browse: QWidget) -> QHBoxLayout:
    """A path's line edit, taking the spare width, and its Browse button."""
    row = QHBoxLayout()
    row.addWidget(line, 1)
    row.addWidget(browse)
    return row


def browse_file(parent: QWidget, line: QLineEdit, title: str, filters: str) -> None:
    """Ask for an existing file, starting at the path in ``line``; the chosen
    path goes into ``line`` (a cancelled dialog leaves it as it was)."""
    path, _f = QFileDialog.getOpenFileName(parent, title, line.text(), filters)
    if path:
        line.setText(path)


def narrow_form(
    rows: Iterable[tuple[str, QWidget | QLayout]], width: int, parent: QWidget
) -> QWidget:
    """A form of (label, field) rows, no wider than ``width`` pixels."""
    form = QFormLayout()
    for text, field in rows:
        form.addRow(text, field)
    box = QWidget(parent)
    box.setLayout(form)
    box.setMaximumWidth(width)
    return box


def refuse(message: MessageBar, text: str, focus: QWidget | None = None) -> None:
    """Show ``text`` as an error and put the cursor on ``focus``."""
    message.show_message(text, "error")
    if focus is not None:
        focus.setFocus()
