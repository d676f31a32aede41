"""Qt item models of the secretariat's screens, over plain Python data.

Nothing here touches the workspace: a model is given rows (tuples, dicts,
dataclasses from the services) and, where it can change something, a function
to call. That keeps them testable without widgets and keeps SQL in the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from judgeapp.errors import Refused
from judgeapp.ui.numbers import shown

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Colours readable on light themes, with text kept black.
LOCKED = QColor("#d9d9d9")
FLAG = QColor("#ffd8a8")
GOOD = QColor("#c8e6c9")
WARN = QColor("#fff3bf")
BAD = QColor("#ffc9c9")


@dataclass
class Cell:
    """One displayed cell: text plus optional decoration."""

    text: str = ""
    tooltip: str = ""
    background: QColor | None = None
    align_right: bool = False
    bold: bool = False
    value: Any = None  # the raw value (for sorting and tests)


def warning_cell(warning: str) -> Cell:
    """A row's warning after a ⚠ sign, highlighted, with the whole text as its
    tooltip; an empty plain cell when there is none."""
    return Cell(warning and "⚠ " + warning, tooltip=warning, background=WARN if warning else None)


def cell(value: Any, **kw: Any) -> Cell:
    """A cell for a raw value; a decimal is shown with the language's mark."""
    if isinstance(value, Cell):
        return value
    if isinstance(value, Decimal):
        return Cell(text=shown(str(value)), value=value, **kw)
    return Cell(text="" if value is None else str(value), value=value, **kw)


class GridModel(QAbstractTableModel):
    """A table that names its row count and labels; the counts and the
    headers (numbered rows where it has no row labels) are answered here."""

    HEADER_ROLES: tuple[Qt.ItemDataRole, ...] = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
    )

    def row_total(self) -> int:
        raise NotImplementedError

    def column_labels(self) -> Sequence[str]:
        raise NotImplementedError

    def row_labels(self) -> Sequence[str] | None:
        return None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.column_labels())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in self.HEADER_ROLES:
            return None
        if orientation == Qt.Orientation.Horizontal:
            labels = self.column_labels()
            return labels[section] if section < len(labels) else None
        rows = self.row_labels()
        if rows is not None and section < len(rows):
            return rows[section]
        return str(section + 1)


class TableModel(GridModel):
    """A read-only table of ``Cell`` rows with fixed headers."""

    def __init__(
        self,
        headers: Sequence[str] = (),
        rows: Iterable[Sequence[Any]] = (),
        parent: QObject | None = None,
        *,
        row_headers: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[Cell]] = [[cell(v) for v in r] for r in rows]
        self._row_headers = list(row_headers) if row_headers is not None else None
        self.payload: list[Any] = []  # per-row object the view may ask for

    def reset(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        payload: Sequence[Any] | None = None,
        row_headers: Sequence[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [[cell(v) for v in r] for r in rows]
        self.payload = list(payload) if payload is not None else []
        self._row_headers = list(row_headers) if row_headers is not None else None
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def column_labels(self) -> Sequence[str]:
        return self._headers

    def row_labels(self) -> Sequence[str] | None:
        return self._row_headers

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column].text

    def column_texts(self, column: int) -> list[str]:
        return [r[column].text for r in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() >= len(row):
            return None
        c = row[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return c.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole and c.background is not None:
            return QBrush(c.background)
        if role == Qt.ItemDataRole.ForegroundRole and c.background is not None:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.TextAlignmentRole and c.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and c.bold:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.UserRole:
            return c.value
        return None


Pair = tuple[str, str]  # (judge_id, submission_id)


@dataclass
class MatrixData:
    """Judges (rows) × submissions (columns) for one stage."""

    judges: list[tuple[str, str]]  # (id, label)
    submissions: list[tuple[str, str]]  # (id, label)
    assigned: set[Pair] = field(default_factory=set)
    conflicted: set[Pair] = field(default_factory=set)


class MatrixBackend(Protocol):
    """Where the matrix reads and writes (the set-up service, in the app)."""

    def load(self) -> MatrixData: ...
    def set_cell(self, judge_id: str, submission_id: str, on: bool) -> int: ...
    def fill_row(self, judge_id: str, on: bool) -> int: ...
    def fill_column(self, submission_id: str, on: bool) -> int: ...
    def fill_all(self, on: bool) -> int: ...


class AssignmentMatrixModel(GridModel):
    """Checkable judges × submissions cells; conflicted cells are locked.

    Every change goes to the backend first; the cells are then re-read from it,
    so what is shown is what the store holds. A refusal (the backend raised
    ``Refused``) changes nothing and is emitted as ``refused(message)``.
    """

    refused = Signal(str)
    changed = Signal(int)  # how many cells changed

    def __init__(
        self,
        backend: MatrixBackend,
        parent: QObject | None = None,
        *,
        conflict_text: str = "konflik",
        refusal_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self._d = MatrixData([], [])
        self.conflict_text = conflict_text
        self.refusal_text = refusal_text

    # ---- data ------------------------------------------------------------
    def reload(self) -> None:
        new = self.backend.load()
        same_shape = new.judges == self._d.judges and new.submissions == self._d.submissions
        if same_shape:
            self._d = new
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )
        else:
            self.beginResetModel()
            self._d = new
            self.endResetModel()

    @property
    def matrix(self) -> MatrixData:
        return self._d

    def pair(self, row: int, column: int) -> Pair:
        return (self._d.judges[row][0], self._d.submissions[column][0])

    def is_conflicted(self, row: int, column: int) -> bool:
        return self.pair(row, column) in self._d.conflicted

    def is_assigned(self, row: int, column: int) -> bool:
        return self.pair(row, column) in self._d.assigned

    def row_total(self) -> int:
        return len(self._d.judges)

    def column_labels(self) -> Sequence[str]:
        return [label for _, label in self._d.submissions]

    def row_labels(self) -> Sequence[str] | None:
        return [label for _, label in self._d.judges]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_conflicted(index.row(), index.column()):
            return Qt.ItemFlag.ItemIsSelectable  # visible, never checkable
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        conflicted = self.is_conflicted(r, c)
        if role == Qt.ItemDataRole.CheckStateRole:
            if conflicted:
                return None
            return Qt.CheckState.Checked if self.is_assigned(r, c) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.conflict_text if conflicted else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            who = f"{self._d.judges[r][1]} × {self._d.submissions[c][1]}"
            if conflicted:
                return f"{who}: {self.conflict_text}"
            return f"{who}: {'✓' if self.is_assigned(r, c) else '–'}"
        if role == Qt.ItemDataRole.BackgroundRole and conflicted:
            return QBrush(LOCKED)
        if role == Qt.ItemDataRole.ForegroundRole and conflicted:
            return QBrush(QColor("#333333"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        r, c = index.row(), index.column()
        if self.is_conflicted(r, c):
            self.refused.emit(self.refusal_text or self.conflict_text)
            return False
        judge, sub = self.pair(r, c)
        return self._run(lambda: self.backend.set_cell(judge, sub, _checked(value)))

    # ---- bulk ------------------------------------------------------------
    def fill_row(self, row: int, on: bool = True) -> bool:
        judge = self._d.judges[row][0]
        return self._run(lambda: self.backend.fill_row(judge, on))

    def fill_column(self, column: int, on: bool = True) -> bool:
        sub = self._d.submissions[column][0]
        return self._run(lambda: self.backend.fill_column(sub, on))

    def fill_all(self, on: bool = True) -> bool:
        return self._run(lambda: self.backend.fill_all(on))

    def _run(self, write: Callable[[], int]) -> bool:
        try:
            n = write()
        except Refused as exc:  # refused: nothing changed, say why
            self.refused.emit(str(exc))
            return False
        self.reload()
        self.changed.emit(n)
        return True


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return bool(value)
