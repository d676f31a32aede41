"""Qt models over domain data: the judge's regions, the rubric tree, key figures.

Models only present what the services and the domain computed; no scoring
arithmetic happens here (values are formatted with ``domain.scoring.fmt``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from judgeapp.ui.judge.session import (
    STATUS_CONFLICT,
    STATUS_FINAL,
    STATUS_NEW,
    STATUS_PROGRESS,
    Figure,
    RegionRow,
)
from judgeapp.ui.numbers import fmt, shown

if TYPE_CHECKING:  # the rubric models load with the first sheet, not at start-up
    from judgeapp.domain.rubric import Form

Index = QModelIndex | QPersistentModelIndex

MARK_DONE = "\u2714"  # ✔
MARK_PART = "\u25d0"  # ◐
MARK_NONE = "\u25cb"  # ○
SUBMISSION_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2


class _RowsModel(QAbstractTableModel):
    """A table of plain rows, replaced whole; subclasses name the columns
    (``headers``, translated in their own context) and draw the cells."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[section]


class RegionsModel(_RowsModel):
    """The judge's regions: schedule, region, category, progress, status."""

    rows: list[RegionRow]

    def headers(self) -> list[str]:
        return [
            self.tr("Schedule"),
            self.tr("Region"),
            self.tr("Category"),
            self.tr("Progress"),
            self.tr("Total"),
            self.tr("Status"),
        ]

    def status_text(self, status: str) -> str:
        return {
            STATUS_NEW: self.tr("Not started"),
            STATUS_PROGRESS: self.tr("In progress"),
            STATUS_FINAL: self.tr("Final"),
            STATUS_CONFLICT: self.tr("Conflict of interest"),
        }.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == SUBMISSION_ROLE:
            return row.submission_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                when = row.starts_at.replace("T", " ")[:16]
                return f"{when}  {row.room}".strip()
            if col == 1:
                return row.region
            if col == 2:
                return row.category
            if col == 3:
                return f"{row.scored}/{row.total_keys}" if row.total_keys else "—"
            if col == 4:
                # as rounded, with the language's decimal mark
                return shown(format(row.total, "f")) if row.total is not None else "—"
            if col == 5:
                return self.status_text(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and col == 5:
            colour = {
                STATUS_FINAL: "#1b6e2a",
                STATUS_PROGRESS: "#8a5a00",
                STATUS_CONFLICT: "#a11d1d",
            }.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _Node:
    __slots__ = ("kind", "ident", "title", "parent", "children", "row")

    def __init__(self, kind: str, ident: str, title: str, parent: _Node | None, row: int):
        self.kind = kind  # "root" | "aspect" | "indicator"
        self.ident = ident
        self.title = title
        self.parent = parent
        self.children: list[_Node] = []
        self.row = row


class RubricModel(QAbstractItemModel):
    """Aspects → indicators, with a completion mark and the live value.

    ``update(state)`` takes a ``SheetState``; marks come from its completeness
    and values from its ``SheetResult`` (the domain engine's numbers).
    """

    def __init__(self, form: Form, parent: QObject | None = None):
        super().__init__(parent)
        self.form = form
        self.root = _Node("root", "", "", None, 0)
        for a_i, aspect in enumerate(form.aspects):
            a = _Node("aspect", aspect.id, aspect.title, self.root, a_i)
            self.root.children.append(a)
            for i_i, ind in enumerate(aspect.indicators):
                a.children.append(_Node("indicator", ind.id, ind.title, a, i_i))
        self._numbers = {ind.id: n for n, (_a, ind) in enumerate(form.indicators(), start=1)}
        self.values: dict[str, Any] = {}
        self.marks: dict[str, str] = {}

    def update(self, state) -> None:  # services.sheets.SheetState
        missing_by_target: dict[str, int] = {}
        for m in state.completeness.missing:
            missing_by_target[m.key] = missing_by_target.get(m.key, 0) + 1
        marks: dict[str, str] = {}
        for aspect in self.form.aspects:
            a_missing = missing_by_target.get(aspect.id, 0)
            a_started = False
            for ind in aspect.indicators:
                keys = [it.id for it in ind.items] or [ind.id]
                missing = sum(missing_by_target.get(k, 0) for k in keys)
                if ind.items:
                    missing += missing_by_target.get(ind.id, 0)
                started = any(k in state.data.scores for k in keys)
                a_started = a_started or started
                a_missing += missing
                marks[ind.id] = MARK_DONE if not missing else (MARK_PART if started else MARK_NONE)
            marks[aspect.id] = (
                MARK_DONE if not a_missing else (MARK_PART if a_started else MARK_NONE)
            )
        self.marks = marks
        self.values = {**state.result.indicators, **state.result.aspects}
        if self.root.children:
            last = self.root.children[-1]
            self.dataChanged.emit(
                self.index(0, 0), self.createIndex(last.row, 1, last), [Qt.ItemDataRole.DisplayRole]
            )
            for a in self.root.children:
                if a.children:
                    self.dataChanged.emit(
                        self.createIndex(0, 0, a.children[0]),
                        self.createIndex(len(a.children) - 1, 1, a.children[-1]),
                    )

    # ---- navigation helpers -------------------------------------------------------
    def index_of(self, ident: str) -> QModelIndex:
        for a in self.root.children:
            if a.ident == ident:
                return self.createIndex(a.row, 0, a)
            for i in a.children:
                if i.ident == ident:
                    return self.createIndex(i.row, 0, i)
        return QModelIndex()

    def node(self, index: Index) -> _Node | None:
        return index.internalPointer() if index.isValid() else None

    # ---- QAbstractItemModel --------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        pnode = parent.internalPointer() if parent.isValid() else self.root
        if 0 <= row < len(pnode.children) and 0 <= column < 2:
            return self.createIndex(row, column, pnode.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        p = node.parent
        if p is None or p is self.root:
            return QModelIndex()
        return self.createIndex(p.row, 0, p)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        pnode = parent.internalPointer() if parent.isValid() else self.root
        return len(pnode.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Aspect / indicator"), self.tr("Score")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == KEY_ROLE:
            return node.ident
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                mark = self.marks.get(node.ident, MARK_NONE)
                if node.kind == "indicator":
                    return f"{mark} {self._numbers[node.ident]}. {node.title}"
                return f"{mark} {node.title}"
            value = self.values.get(node.ident)
            return fmt(value, 2) if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.title
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            mark = self.marks.get(node.ident, MARK_NONE)
            if mark == MARK_DONE:
                return QBrush(QColor("#1b6e2a"))
        if role == Qt.ItemDataRole.FontRole and node.kind == "aspect":
            from PySide6.QtGui import QFont

            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FiguresModel(_RowsModel):
    """Key figures of a submission: label, year, value, unit, source."""

    rows: list[Figure]

    def headers(self) -> list[str]:
        return [self.tr("Figure"), self.tr("Year"), self.tr("Value"), self.tr("Source")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        f = self.rows[index.row()]
        return [
            f.label,
            "" if f.year is None else str(f.year),
            f"{fmt(f.value)} {f.unit}".strip(),
            f.source,
        ][index.column()]
