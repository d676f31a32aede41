"""The embedded document viewer: thumbnails, contents, zoom, search, page jump.

Documents are opened on a pool thread (``TaskRunner.call``) and handed back to
the UI thread; thumbnails are rendered by ``QPdfPageRenderer`` in its
multi-threaded mode. The viewer knows nothing of scores: it exposes the
document and page shown (``current_doc_id``, ``current_page``) and can be told
to show one (``show_page``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused
from judgeapp.ui.judge.session import DocInfo
from judgeapp.ui.language import Retranslating
from judgeapp.ui.pdf_pages import PageView
from judgeapp.ui.tasks import TaskRunner

THUMB_WIDTH = 80

Index = QModelIndex | QPersistentModelIndex


def _tool_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


def load_pdf(path: Path, target_thread) -> QPdfDocument:  # QThread
    """Open a PDF (called on a pool thread); the document moves to ``target_thread``.
    A file Qt cannot read is refused with its name and Qt's reason."""
    doc = QPdfDocument()
    error = doc.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise Refused(_load_error(error), file=path.name)
    doc.moveToThread(target_thread)
    return doc


def _load_error(error: QPdfDocument.Error) -> str:
    """Qt's reason for not opening a PDF, as a sentence (never the enum's name)."""
    from judgeapp.i18n import t

    E = QPdfDocument.Error
    return {
        E.FileNotFound: t("berkas tidak ditemukan", "the file is not there"),
        E.InvalidFileFormat: t(
            "bukan PDF yang dapat dibaca (rusak atau terpotong)",
            "not a readable PDF (damaged or cut short)",
        ),
        E.IncorrectPassword: t(
            "PDF ini dikunci dengan kata sandi; minta daerah mengirim versi tanpa kunci",
            "this PDF is locked with a password; ask the region for an unlocked copy",
        ),
        E.UnsupportedSecurityScheme: t(
            "PDF ini memakai perlindungan yang tidak didukung; minta versi tanpa kunci",
            "this PDF uses a protection that is not supported; ask for an unlocked copy",
        ),
    }.get(error, t("PDF tidak dapat dibuka", "the PDF could not be opened"))


class ThumbnailModel(QAbstractListModel):
    """One row per page; the picture arrives from the renderer when ready."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.doc: QPdfDocument | None = None
        self.images: dict[int, QImage] = {}
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.pageRendered.connect(self._rendered)
        self._asked: set[int] = set()

    def set_document(self, doc: QPdfDocument | None) -> None:
        self.beginResetModel()
        self.doc = doc
        self.images = {}
        self._asked = set()
        self.renderer.setDocument(doc)  # type: ignore[arg-type]  # None: no document
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.doc is None:
            return 0
        return self.doc.pageCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.doc is None:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            image = self.images.get(page)
            if image is None:
                self._request(page)
            return image
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(THUMB_WIDTH + 16, self._thumb_size(page).height() + 24)
        return None

    def _thumb_size(self, page: int) -> QSize:
        assert self.doc is not None
        pts = self.doc.pagePointSize(page)
        if pts.width() <= 0:
            return QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.41))
        return QSize(THUMB_WIDTH, int(THUMB_WIDTH * pts.height() / pts.width()))

    def _request(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        self.renderer.requestPage(page, self._thumb_size(page))

    def _rendered(self, page: int, _size: QSize, image: QImage, *_rest: Any) -> None:
        self.images[page] = image
        idx = self.index(page, 0)
        self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])


class DocumentViewer(Retranslating, QWidget):
    """Documents of one submission in a PDF view."""

    pageChanged = Signal(int)  # 1-based page
    documentReady = Signal(str)  # doc id
    documentFailed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        resolve: Callable[[str], Path | None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.runner = runner
        self.resolve = resolve or (lambda _doc_id: None)
        self.docs: list[DocInfo] = []
        self.doc: QPdfDocument | None = None
        self._doc_id = ""
        self._pending_page: int | None = None

        self.choose = QComboBox()
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_count = QLabel()
        self.zoom_out = _tool_button("−")
        self.zoom_in = _tool_button("+")
        self.fit = QToolButton()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.hits = QLabel()
        self.prev_hit = _tool_button("▲")
        self.next_hit = _tool_button("▼")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        # the document's title takes the room the bar has (the reading layout gives
        # it plenty), up to a limit; whole on hover
        bar.addWidget(self.choose, 4)
        self.choose.setMaximumWidth(420)
        for w in (
            self.page_count,
            self.zoom_out,
            self.zoom_in,
            self.fit,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        for right in (self.search, self.prev_hit, self.next_hit, self.hits):
            bar.addWidget(right)
        self.choose.setMinimumContentsLength(14)
        self.choose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.search.setMaximumWidth(180)
        self.search.setMinimumWidth(110)

        self.view = PageView()  # not QPdfView: see pdf_pages.py (stretched stale pictures)
        self.search_model = QPdfSearchModel(self)
        self.view.set_search_model(self.search_model)
        self.bookmarks = QPdfBookmarkModel(self)
        self.thumbs = ThumbnailModel(self)
        self.thumb_list = QListView()
        self.thumb_list.setModel(self.thumbs)
        self.thumb_list.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.5)))
        self.thumb_list.setViewMode(QListView.ViewMode.IconMode)
        self.thumb_list.setFlow(QListView.Flow.TopToBottom)
        self.thumb_list.setWrapping(False)
        self.thumb_list.setUniformItemSizes(False)
        self.toc = QTreeView()
        self.toc.setModel(self.bookmarks)
        self.toc.setHeaderHidden(True)
        self.side = QTabWidget()
        self.side.setTabPosition(QTabWidget.TabPosition.West)
        self.side.addTab(self.thumb_list, "")
        self.side.addTab(self.toc, "")
        self.side.setMinimumWidth(THUMB_WIDTH + 50)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        split = QSplitter()
        split.addWidget(self.side)
        split.addWidget(self.view)
        # the page takes every pixel the thumbnails do not need (a maximum width on
        # the thumbnails left a blank band between them and the page)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([THUMB_WIDTH + 60, 10_000])
        self.pages_split = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.message)
        lay.addWidget(split, 1)

        self.choose.currentIndexChanged.connect(self._chosen)
        self.page_box.valueChanged.connect(lambda p: self.show_page(p))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(self.view.set_fit_width)
        self.search.returnPressed.connect(self._search)
        self.next_hit.clicked.connect(lambda: self._step_hit(1))
        self.prev_hit.clicked.connect(lambda: self._step_hit(-1))
        self.thumb_list.activated.connect(lambda i: self.show_page(i.row() + 1))
        self.thumb_list.clicked.connect(lambda i: self.show_page(i.row() + 1))
        self.toc.activated.connect(self._toc_jump)
        self.view.currentPageChanged.connect(self._page_moved)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(0.8))
        self._hit = -1
        self._jump_to_first = False
        self.search_model.rowsInserted.connect(self._results)
        self.search_model.modelReset.connect(self._results)
        self.retranslate()

    # ---- public ---------------------------------------------------------------------
    def set_documents(self, docs: list[DocInfo]) -> None:
        self.docs = list(docs)
        self.choose.blockSignals(True)
        self.choose.clear()
        for d in self.docs:
            self.choose.addItem(d.title, d.doc_id)
        self.choose.blockSignals(False)
        if self.docs:
            self.open_document(self.docs[0].doc_id)
        else:
            self._set_doc(None, "")
            self._say(self.tr("This submission has no documents."))

    def current_doc_id(self) -> str:
        return self._doc_id

    def current_page(self) -> int:
        return self.view.current_page() + 1

    def page_total(self) -> int:
        return self.doc.pageCount() if self.doc is not None else 0

    def open_document(self, doc_id: str, page: int | None = None) -> None:
        if doc_id == self._doc_id and self.doc is not None:
            if page:
                self.show_page(page)
            return
        path = self.resolve(doc_id)
        if path is None or not Path(path).exists():
            self._say(self.tr("Document file not found: %1").replace("%1", doc_id))
            self.documentFailed.emit(doc_id)
            return
        self._pending_page = page
        self._say(self.tr("Opening %1 …").replace("%1", Path(path).name))
        thread = self.thread()  # the UI thread, where the document is wanted
        self.runner.call(
            lambda _state: load_pdf(Path(path), thread),
            key=self,  # the latest document asked for wins
            on_done=lambda doc: self._loaded(doc_id, doc),
            on_refused=lambda exc: self._failed(doc_id, str(exc)),
        )

    def show_page(self, page: int) -> None:
        if self.doc is None or not 1 <= page <= self.doc.pageCount():
            return
        if self.view.current_page() != page - 1:
            self.view.jump(page - 1)
        self._sync_page(page)

    # ---- internals ------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _loaded(self, doc_id: str, doc: QPdfDocument) -> None:
        doc.setParent(self)
        self._set_doc(doc, doc_id)
        idx = self.choose.findData(doc_id)
        if idx >= 0 and idx != self.choose.currentIndex():
            self.choose.blockSignals(True)
            self.choose.setCurrentIndex(idx)
            self.choose.blockSignals(False)
        self._say("")
        if self._pending_page:
            self.show_page(self._pending_page)
        self._pending_page = None
        self.documentReady.emit(doc_id)

    def _failed(self, doc_id: str, message: str) -> None:
        first = message.splitlines()[0] if message else doc_id
        self._say(self.tr("The document could not be opened: %1").replace("%1", first))
        self.documentFailed.emit(doc_id)

    def _set_doc(self, doc: QPdfDocument | None, doc_id: str) -> None:
        old = self.doc
        self.doc = doc
        self._doc_id = doc_id
        self.view.set_document(doc)
        self.search_model.setDocument(doc)  # type: ignore[arg-type]  # None: no document
        self.bookmarks.setDocument(doc)  # type: ignore[arg-type]
        self.thumbs.set_document(doc)
        n = doc.pageCount() if doc is not None else 0
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(n, 1))
        self.page_box.setValue(1)
        self.page_box.blockSignals(False)
        self.page_count.setText(f"/ {n}")
        self._hit = -1
        self.hits.setText("")
        if old is not None and old is not doc:
            old.deleteLater()

    def _chosen(self, index: int) -> None:
        self.choose.setToolTip(self.choose.currentText())
        if 0 <= index < len(self.docs):
            self.open_document(self.docs[index].doc_id)

    def _page_moved(self, page0: int) -> None:
        self._sync_page(page0 + 1)

    def _sync_page(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)
        self.thumb_list.setCurrentIndex(self.thumbs.index(page - 1, 0))
        self.pageChanged.emit(page)

    def _zoom(self, factor: float) -> None:
        self.view.set_zoom(max(0.25, min(6.0, self.view.zoom_factor() * factor)))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search(self) -> None:
        """Search runs in the background; the first match is shown when it arrives."""
        self._hit = -1
        if self.search_model.searchString() == self.search.text():
            self._step_hit(1)
            return
        self._jump_to_first = True
        self.hits.setText("…")
        self.search_model.setSearchString(self.search.text())

    def _results(self, *_args: Any) -> None:
        if self._jump_to_first and self.search_model.rowCount(QModelIndex()) > 0:
            self._jump_to_first = False
            self._step_hit(1)
        elif self._hit >= 0:
            n = self.search_model.rowCount(QModelIndex())
            self.hits.setText(f"{self._hit + 1}/{n}")

    def _step_hit(self, step: int) -> None:
        n = self.search_model.rowCount(QModelIndex())
        if n == 0:
            self.hits.setText(self.tr("no match") if self.search.text() else "")
            return
        self._hit = (self._hit + step) % n
        self.view.set_current_result(self._hit)
        self.hits.setText(f"{self._hit + 1}/{n}")

    def _toc_jump(self, index: QModelIndex) -> None:
        page = self.bookmarks.data(index, int(QPdfBookmarkModel.Role.Page))
        if page is not None:
            self.show_page(int(page) + 1)

    def retranslate(self) -> None:
        self.choose.setAccessibleName(self.tr("Document"))
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setToolTip(self.tr("Go to page"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.fit.setText(self.tr("Fit width"))
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search in document"))
        self.prev_hit.setAccessibleName(self.tr("Previous match"))
        self.next_hit.setAccessibleName(self.tr("Next match"))
        self.side.setTabText(0, self.tr("Pages"))
        self.side.setTabText(1, self.tr("Contents"))
        self.view.setAccessibleName(self.tr("Document page"))
