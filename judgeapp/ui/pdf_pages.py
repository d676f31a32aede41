"""The page view of the document viewer: pages one below the other, rendered at
exactly the size they are drawn.

Qt's own ``QPdfView`` keeps the first picture that arrives for a page even when
it was rendered for an earlier size (a render still in flight while the window
is maximised or a splitter moves), then stretches it into the new place with
nearest-neighbour sampling: whole pixel columns are dropped and thin strokes
vanish — "Uraian" read "Jraian". Here a rendered picture is kept only if it is
still the size the page is drawn at; while the exact one is being rendered, an
older one is shown smoothly scaled, never as the final picture.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfLink, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

MARGIN = 6
SPACING = 6
CACHE_PAGES = 12
HIT = QColor(255, 200, 0, 90)
CURRENT_HIT = QColor(255, 120, 0, 140)


class PageView(QAbstractScrollArea):
    """Pages of one ``QPdfDocument`` in a vertical strip; fit to width or a zoom."""

    currentPageChanged = Signal(int)  # 0-based
    pageRendered = Signal(int)  # a page picture of the exact size arrived

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc: QPdfDocument | None = None
        self.fit_width = True
        self.zoom = 1.0
        self.search: QPdfSearchModel | None = None
        self.current_result = -1
        self._page = 0
        self._geometry: list[QRect] = []  # per page, in document coordinates
        self._size = QSize()  # whole strip
        self._cache: dict[int, QImage] = {}  # page -> picture (device pixels)
        self._order: list[int] = []  # least recently painted first
        self._asked: set[tuple[int, int, int]] = set()  # (page, width, height) in flight
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.pageRendered.connect(self._rendered)
        self.verticalScrollBar().setSingleStep(20)
        self.horizontalScrollBar().setSingleStep(20)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.viewport().setBackgroundRole(self.viewport().backgroundRole())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # ---- document and zoom ------------------------------------------------------------
    def set_document(self, doc: QPdfDocument | None) -> None:
        self.doc = doc
        self.renderer.setDocument(doc)  # type: ignore[arg-type]  # None: no document (Qt takes it)
        self._page = 0
        self.current_result = -1
        self._drop_pictures()
        self._layout()
        self.verticalScrollBar().setValue(0)
        self.currentPageChanged.emit(0)

    def set_search_model(self, model: QPdfSearchModel | None) -> None:
        self.search = model
        if model is not None:
            model.modelReset.connect(self.viewport().update)
            model.rowsInserted.connect(self.viewport().update)

    def set_fit_width(self) -> None:
        self.fit_width = True
        self._relayout_keeping_page()

    def set_zoom(self, factor: float) -> None:
        self.fit_width = False
        self.zoom = factor
        self._relayout_keeping_page()

    def zoom_factor(self) -> float:
        """Pixels per point over the screen's 96-dpi-like base (1.0 = 100 %)."""
        if self.doc is None or not self._geometry:
            return self.zoom
        page = self._geometry[self._page]
        pts = self.doc.pagePointSize(self._page)
        return page.width() / (pts.width() * self._base()) if pts.width() > 0 else self.zoom

    # ---- pages ------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.doc.pageCount() if self.doc is not None else 0

    def current_page(self) -> int:
        return self._page

    def jump(self, page: int, location: QPointF | None = None) -> None:
        """Show ``page`` (0-based) at the top, or the point ``location`` (in points)
        of it a little below the top."""
        if not 0 <= page < len(self._geometry):
            return
        top = self._geometry[page].top() - MARGIN
        if location is not None and not location.isNull():
            top = self._geometry[page].top() + int(location.y() * self._scale(page)) - 40
        self.verticalScrollBar().setValue(max(0, top))
        self._set_page(page)

    def set_current_result(self, index: int) -> None:
        """Highlight the search result ``index`` and show it."""
        self.current_result = index
        if self.search is None or index < 0:
            self.viewport().update()
            return
        link: QPdfLink = self.search.resultAtIndex(index)
        self.jump(link.page(), link.location())
        self.viewport().update()

    # ---- layout -----------------------------------------------------------------------
    def _base(self) -> float:
        return self.logicalDpiX() / 72.0

    def _scale(self, page: int) -> float:
        """Pixels per point of ``page`` as drawn."""
        assert self.doc is not None
        pts = self.doc.pagePointSize(page)
        return self._geometry[page].width() / pts.width() if pts.width() > 0 else 1.0

    def _layout(self) -> None:
        self._geometry = []
        width_avail = max(50, self.viewport().width() - 2 * MARGIN)
        y = MARGIN
        widest = 0
        for page in range(self.page_count()):
            assert self.doc is not None
            pts = self.doc.pagePointSize(page)
            if pts.width() <= 0 or pts.height() <= 0:
                pts = pts.__class__(595.0, 842.0)
            scale = width_avail / pts.width() if self.fit_width else self._base() * self.zoom
            size = QSize(round(pts.width() * scale), round(pts.height() * scale))
            self._geometry.append(QRect(0, y, size.width(), size.height()))
            widest = max(widest, size.width())
            y += size.height() + SPACING
        total_w = widest + 2 * MARGIN
        for rect in self._geometry:
            rect.moveLeft((max(total_w, self.viewport().width()) - rect.width()) // 2)
        self._size = QSize(total_w, y - SPACING + MARGIN if self._geometry else 0)
        vp = self.viewport().size()
        self.verticalScrollBar().setRange(0, max(0, self._size.height() - vp.height()))
        self.verticalScrollBar().setPageStep(vp.height())
        self.horizontalScrollBar().setRange(0, max(0, self._size.width() - vp.width()))
        self.horizontalScrollBar().setPageStep(vp.width())
        self.viewport().update()

    def _relayout_keeping_page(self) -> None:
        page = self._page
        self._layout()
        self.jump(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self._relayout_keeping_page()
        else:
            self._layout()

    def _scrolled(self, _value: int) -> None:
        if not self._geometry:
            return
        line = self.verticalScrollBar().value() + int(self.viewport().height() * 0.4)
        for page, rect in enumerate(self._geometry):
            if rect.top() - SPACING <= line <= rect.bottom() + SPACING:
                self._set_page(page)
                return

    def _set_page(self, page: int) -> None:
        if page != self._page:
            self._page = page
            self.currentPageChanged.emit(page)

    # ---- pictures ---------------------------------------------------------------------
    def _device_size(self, page: int) -> QSize:
        dpr = self.devicePixelRatioF()
        size = self._geometry[page].size()
        return QSize(round(size.width() * dpr), round(size.height() * dpr))

    def _drop_pictures(self) -> None:
        self._cache.clear()
        self._order.clear()
        self._asked.clear()

    def _request(self, page: int, size: QSize) -> None:
        key = (page, size.width(), size.height())
        if key not in self._asked:
            self._asked.add(key)
            self.renderer.requestPage(page, size)

    def _rendered(self, page: int, size: QSize, image: QImage, *_rest: Any) -> None:
        self._asked.discard((page, size.width(), size.height()))
        if not 0 <= page < len(self._geometry) or size != self._device_size(page):
            return  # rendered for a size the page no longer has: never shown stretched
        self._cache[page] = image
        if page in self._order:
            self._order.remove(page)
        self._order.append(page)
        while len(self._order) > CACHE_PAGES:
            self._cache.pop(self._order.pop(0), None)
        self.viewport().update()
        self.pageRendered.emit(page)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().dark())
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        visible = QRect(dx, dy, self.viewport().width(), self.viewport().height())
        for page, rect in enumerate(self._geometry):
            if not rect.intersects(visible):
                continue
            target = rect.translated(-dx, -dy)
            painter.fillRect(target, Qt.GlobalColor.white)
            want = self._device_size(page)
            image = self._cache.get(page)
            if image is not None and image.size() == want:
                painter.drawImage(QRectF(target), image)  # exact: one pixel for one pixel
            else:
                if image is not None:  # the old size, until the exact one arrives
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                    painter.drawImage(QRectF(target), image)
                    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
                self._request(page, want)
            self._paint_hits(painter, page, target)
        painter.end()

    def _paint_hits(self, painter: QPainter, page: int, target: QRect) -> None:
        if self.search is None or self.doc is None:
            return
        scale = self._scale(page)
        current = (
            self.search.resultAtIndex(self.current_result) if self.current_result >= 0 else None
        )
        for link in self.search.resultsOnPage(page):
            colour = HIT
            if (
                current is not None
                and current.page() == page
                and current.location() == link.location()
            ):
                colour = CURRENT_HIT
            for r in link.rectangles():
                painter.fillRect(
                    QRectF(
                        target.left() + r.left() * scale,
                        target.top() + r.top() * scale,
                        r.width() * scale,
                        r.height() * scale,
                    ),
                    colour,
                )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Home and not event.modifiers():
            self.jump(0)
            return
        if event.key() == Qt.Key.Key_End and not event.modifiers():
            self.jump(self.page_count() - 1)
            return
        super().keyPressEvent(event)
