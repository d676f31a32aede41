"""The current indicator: its items and scales, questions, texts, evidence.

Widgets here only display and forward: a score edit emits what was typed and
in which direction the judge wants to move; the interview screen commits it
through the sheet service and reports back (``show_error`` / ``set_value``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judgeapp.domain.rubric import Aspect, Form, Indicator, Scale, TextField
from judgeapp.i18n import language
from judgeapp.ui.language import Retranslating
from judgeapp.ui.numbers import fmt

NOTE_FIELD = "note"
ERROR_STYLE = "color: #b00020;"


class ScoreEdit(QLineEdit):
    """A score box: Enter/Tab submit and move on, Shift+Tab moves back."""

    submit = Signal(str, int)  # key, direction (+1 next, -1 previous, 0 stay)
    focused = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.stored = ""
        self.setMaximumWidth(72)
        self.setMinimumWidth(56)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            mods = e.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if not mods:
                if e.key() == Qt.Key.Key_Backtab or (
                    e.key() == Qt.Key.Key_Tab and e.modifiers() & Qt.KeyboardModifier.ShiftModifier
                ):
                    self.submit.emit(self.key, -1)
                    return True
                if e.key() == Qt.Key.Key_Tab:
                    self.submit.emit(self.key, 1)
                    return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            e.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit.emit(self.key, 1)
            return
        if e.key() == Qt.Key.Key_Escape and self.text() != self.stored:
            self.setText(self.stored)
            return
        super().keyPressEvent(e)

    def focusInEvent(self, e: QFocusEvent) -> None:
        # Tab/Shift+Tab/Enter from the box before selects its value (the line edit
        # does that itself), so the judge moving box by box can retype it. Arriving any
        # other way — the sheet re-opened, another indicator, back from the document —
        # never selects a saved value: the next digit must not overwrite it.
        super().focusInEvent(e)
        if e.reason() not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.deselect()
            self.end(False)
        self.focused.emit(self.key)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        if self.text().strip() != self.stored and not self.isReadOnly():
            self.submit.emit(self.key, 0)


class TextEdit(QPlainTextEdit):
    """A free-text field committed after a short pause in typing and on leaving."""

    commit = Signal(str, str, str)  # target, field, text
    typing = Signal()

    def __init__(self, target: str, field: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.target = target
        self.field = field
        self.stored = ""
        self.setTabChangesFocus(True)
        self.setMinimumHeight(52)
        self.setMaximumHeight(84)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(600)
        self.idle.timeout.connect(self.flush)
        self.textChanged.connect(self._changed)

    def set_stored(self, text: str) -> None:
        self.stored = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def _changed(self) -> None:
        if not self.isReadOnly():
            self.typing.emit()
            self.idle.start()

    def dirty(self) -> bool:
        return self.toPlainText() != self.stored

    def flush(self) -> None:
        self.idle.stop()
        if self.dirty() and not self.isReadOnly():
            self.commit.emit(self.target, self.field, self.toPlainText())

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.flush()


class ItemRow(QObject):
    """One scored line: number, text, score edit, scale hint, in-place error."""

    def __init__(self, key: str, number: str, text: str, scale: Scale, grid: QGridLayout, row: int):
        super().__init__()
        self.key = key
        self.scale = scale
        self.number = QLabel(number)
        self.number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit = ScoreEdit(key)
        self.edit.setAccessibleName(f"{number} {text}")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.descriptors = QLabel()
        self.descriptors.setWordWrap(True)
        self.descriptors.setStyleSheet("color: #444;")
        grid.addWidget(self.number, row, 0)
        grid.addWidget(self.text, row, 1)
        grid.addWidget(self.edit, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.hint, row, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.descriptors, row + 1, 1, 1, 3)
        grid.addWidget(self.error, row + 2, 1, 1, 3)
        self.retranslate()

    def retranslate(self) -> None:
        sc = self.scale
        if sc.kind == "range":
            hint = f"{fmt(sc.low)}–{fmt(sc.high)}"
            levels = tuple(getattr(sc, "anchors", ()) or ())
        else:
            hint = " / ".join(fmt(lv.value) for lv in sc.levels)
            levels = sc.levels
        lines = []
        for lv in levels:
            label = f" {lv.label}" if lv.label else ""
            desc = f": {lv.descriptor}" if lv.descriptor else ""
            lines.append(f"<b>{fmt(lv.value)}</b>{label}{desc}")
        self.descriptors.setText("<br>".join(lines))
        self.descriptors.setVisible(bool(lines))
        self.hint.setText(hint)
        self.edit.setToolTip(hint)

    def set_value(self, text: str) -> None:
        self.edit.stored = text
        if not self.edit.isModified() or self.edit.text().strip() == text:
            self.edit.setText(text)  # also clears the modified flag
            self.clear_error()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setStyleSheet("border: 2px solid #b00020;")
        self.edit.setAccessibleDescription(message)

    def clear_error(self) -> None:
        self.error.hide()
        self.edit.setStyleSheet("")
        self.edit.setAccessibleDescription("")


def field_label(f: TextField) -> str:
    return f.label_en if language() == "en" and f.label_en else f.label


class IndicatorPanel(Retranslating, QWidget):
    """Everything a judge fills for one indicator."""

    def __init__(self, form: Form, aspect: Aspect, ind: Indicator, number: int, parent=None):
        super().__init__(parent)
        self.form = form
        self.aspect = aspect
        self.ind = ind
        self.rows: dict[str, ItemRow] = {}
        self.texts: dict[tuple[str, str], TextEdit] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 8)
        self.heading = QLabel(f"<b>{number}. {ind.title}</b>")
        self.heading.setWordWrap(True)
        self.aspect_label = QLabel()
        self.aspect_label.setWordWrap(True)
        lay.addWidget(self.aspect_label)
        lay.addWidget(self.heading)
        if ind.description:
            d = QLabel(ind.description)
            d.setWordWrap(True)
            lay.addWidget(d)
        self.questions_box = QLabel()
        self.questions_box.setWordWrap(True)
        self.questions_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.questions_box.setStyleSheet("QLabel { background: #eef4fb; padding: 6px; }")
        lay.addWidget(self.questions_box)
        self.questions_box.setVisible(bool(ind.questions))
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        targets = [(it.id, it.text, form.scale_of(ind, it)) for it in ind.items] or [
            (ind.id, ind.title, form.scale_of(ind))
        ]
        for n, (key, text, scale) in enumerate(targets, start=1):
            assert scale is not None
            self.rows[key] = ItemRow(key, f"{number}.{n}", text, scale, grid, (n - 1) * 3)
        lay.addWidget(grid_host)
        self.field_labels: list[tuple[QLabel, TextField | None, str, TextEdit]] = []
        fields: list[tuple[str, TextField, str]] = []
        for it in ind.items:
            fields.extend((it.id, f, it.text) for f in it.fields)
        fields.extend((ind.id, f, "") for f in ind.fields)
        fields.extend((aspect.id, f, aspect.title) for f in aspect.fields)
        for target, f, owner in fields:
            self._add_text(lay, target, f.id, f, owner)
        self._add_text(lay, ind.id, NOTE_FIELD, None, "")
        self.evidence_btn = QPushButton(self)
        self.evidence_list = QListWidget(self)
        self.evidence_list.setMaximumHeight(80)
        self.evidence_label = QLabel()
        lay.addWidget(self.evidence_label)
        lay.addWidget(self.evidence_list)
        lay.addWidget(self.evidence_btn)
        lay.addStretch(1)
        self.retranslate()

    def _add_text(self, lay, target: str, field: str, f: TextField | None, owner: str) -> None:
        label = QLabel(self)
        label.setWordWrap(True)
        edit = TextEdit(target, field, self)
        label.setBuddy(edit)
        lay.addWidget(label)
        lay.addWidget(edit)
        self.texts[(target, field)] = edit
        self.field_labels.append((label, f, owner, edit))

    def retranslate(self) -> None:
        self.aspect_label.setText(self.tr("Aspect: %1").replace("%1", self.aspect.title))
        if self.ind.questions:
            qs = "".join(f"<li>{q}</li>" for q in self.ind.questions)
            self.questions_box.setText(
                "<b>" + self.tr("Questions to ask") + f"</b><ul style='margin:0'>{qs}</ul>"
            )
        for label, f, owner, edit in self.field_labels:
            if f is None:
                text = self.tr("Note (only for you)")
            else:
                text = field_label(f) + (" *" if f.required else "")
                if owner:
                    text += f" — {owner}"
            label.setText(text)
            edit.setAccessibleName(text)
        self.evidence_label.setText(self.tr("Evidence"))
        self.evidence_btn.setText(self.tr("Link evidence: page shown (Ctrl+E)"))
        self.evidence_list.setAccessibleName(self.tr("Linked evidence"))
        for row in self.rows.values():
            row.retranslate()

    def set_evidence(self, entries: list[tuple[str, str, int, str]]) -> None:
        """(label, doc_id, page, target) per linked page."""
        self.evidence_list.clear()
        for label, doc_id, page, target in entries:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (doc_id, page, target))
            self.evidence_list.addItem(item)
        self.evidence_list.setVisible(bool(entries))

    def set_read_only(self, read_only: bool) -> None:
        for r in self.rows.values():
            r.edit.setReadOnly(read_only)
        for e in self.texts.values():
            e.setReadOnly(read_only)
        self.evidence_btn.setEnabled(not read_only)
