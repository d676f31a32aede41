"""The Submissions tab: the event's current submissions — region, province,
category, version and documents — with a filter, and the selected one's
documents listed below. Data through ``services.submissions``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from judgeapp.services.submissions import SubmissionInfo, list_submissions
from judgeapp.ui.secretariat.widgets import Context, Page, table_view

Index = QModelIndex | QPersistentModelIndex


class SubmissionsModel(QAbstractTableModel):
    """One row per current submission (``rows``: ``SubmissionInfo``)."""

    COLUMNS = ("region", "province", "category", "version", "documents", "title", "id")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SubmissionInfo] = []
        self._headers: list[str] = []
        self.pages_text: tuple[str, str, str] = ("1", "%1", "?")  # 1 page, %1 pages, unknown

    def set_rows(self, rows: list[SubmissionInfo], headers: list[str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._headers = headers
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        sub = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(sub, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == "documents":
            return "\n".join(doc_line(d, self.pages_text) for d in sub.documents)
        if role == Qt.ItemDataRole.ToolTipRole and col in ("region", "title"):
            return f"{sub.region} — {sub.title}" if sub.title else sub.region
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "version":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return sub.id
        return None

    def text(self, sub: SubmissionInfo, col: str) -> str:
        if col == "documents":
            titles = ", ".join(d.title for d in sub.documents)
            return f"{len(sub.documents)}: {titles}" if sub.documents else "0"
        if col == "version":
            return str(sub.version)
        if col == "category":
            return sub.category
        return str(getattr(sub, col))


def doc_line(d: Any, pages_text: tuple[str, str, str]) -> str:
    """One document: title (file, pages) — warning; ``pages_text`` translated."""
    if not d.pages:
        pages = pages_text[2]
    else:
        pages = pages_text[0] if d.pages == 1 else pages_text[1].replace("%1", str(d.pages))
    warning = f" — {d.warning}" if d.warning else ""
    return f"{d.title} ({d.file}, {pages}){warning}"


class SubmissionsTab(Page):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("submissions-tab")
        self.model = SubmissionsModel(self)
        self.view = table_view(self.model, "submissions", self)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setWordWrap(False)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("submissions-filter")
        self.filter.setClearButtonEnabled(True)
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        self.count = QLabel(self)
        self.count.setObjectName("submissions-count")
        self.docs = QLabel(self)
        self.docs.setObjectName("submission-documents")
        self.docs.setWordWrap(True)
        self.docs.setTextFormat(Qt.TextFormat.PlainText)
        self.docs.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.docs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.docs)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self._all: list[SubmissionInfo] = []
        self.filter.textChanged.connect(self._apply_filter)
        self.view.selectionModel().currentRowChanged.connect(self._show_documents)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter.setPlaceholderText(self.tr("region, province, category or title"))
        self.model.pages_text = (
            self.tr("1 page"),
            self.tr("%1 pages"),
            self.tr("pages unknown"),
        )

    def headers(self) -> list[str]:
        return [
            self.tr("Region"),
            self.tr("Province"),
            self.tr("Category"),
            self.tr("Version"),
            self.tr("Documents"),
            self.tr("Title"),
            self.tr("Id"),
        ]

    def refresh(self) -> None:
        self._all = list_submissions(self.ctx.ws, self.ctx.event_id)
        self._apply_filter()

    def _apply_filter(self) -> None:
        needle = self.filter.text().strip().casefold()
        rows = [
            s
            for s in self._all
            if not needle
            or needle in f"{s.region} {s.province} {s.category} {s.title} {s.id}".casefold()
        ]
        self.model.set_rows(rows, self.headers())
        self.view.resizeColumnsToContents()
        for col, most in ((4, 360), (5, 300)):  # documents and title: long, see the tooltip
            self.view.setColumnWidth(col, min(self.view.columnWidth(col), most))
        if len(rows) == len(self._all):
            text = self.tr("%1 submissions").replace("%1", str(len(rows)))
        else:
            text = (
                self.tr("%1 of %2 submissions")
                .replace("%1", str(len(rows)))
                .replace("%2", str(len(self._all)))
            )
        self.count.setText(text)
        if not self._all:
            self.docs.setText(
                self.tr("No submission yet: import the regions' packages in the Import tab.")
            )
        elif rows:
            self.view.selectRow(0)
            self._show_documents(self.model.index(0, 0))
        else:
            self.docs.setText("")

    def _show_documents(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid() or current.row() >= len(self.model.rows):
            self.docs.setText("")
            return
        sub = self.model.rows[current.row()]
        head = (
            self.tr("Documents of %1 (version %2):")
            .replace("%1", sub.region)
            .replace("%2", str(sub.version))
        )
        lines = [
            f"{n}. {doc_line(d, self.model.pages_text)}"
            for n, d in enumerate(sub.documents, start=1)
        ]
        self.docs.setText("\n".join([head, *lines]) if lines else head + " —")
