"""The document page is drawn from a picture rendered at exactly the size it is
shown — also when the view changes size while a page is being rendered (the
window is maximised, a splitter moves). A picture rendered for the old size and
stretched into the new place drops pixel columns: "Uraian" read "Jraian"."""

from __future__ import annotations

import pytest
from kit.pdf import write_pdf
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def on_white(image: QImage) -> QImage:
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    p = QPainter(out)
    p.drawImage(0, 0, image)
    p.end()
    return out


def page_area(shot: QImage) -> tuple[int, int, int]:
    """Left, top and width of the first page (the white area) in a view's picture."""
    y = 30
    row = [shot.pixelColor(x, y).name() for x in range(shot.width())]
    left = row.index("#ffffff")
    right = max(i for i, c in enumerate(row) if c == "#ffffff")
    column = [shot.pixelColor(left + 2, yy).name() for yy in range(shot.height())]
    return left, column.index("#ffffff"), right - left + 1


def shown_as_rendered(viewer, doc: QPdfDocument) -> bool:
    """Whether the page on screen equals the page rendered at its on-screen size."""
    shot = viewer.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    left, top, width = page_area(shot)
    pts = doc.pagePointSize(0)
    height = width * pts.height() / pts.width()
    for h in {int(height), round(height), int(height) + 1}:
        rows = min(h, shot.height() - top)
        seen = shot.copy(left, top, width, rows)
        direct = on_white(doc.render(0, QSize(width, h))).copy(0, 0, width, rows)
        if direct == seen:
            return True
    return False


def test_page_drawn_at_its_own_size_when_opened_and_after_resizing(qtbot, tmp_path):
    from judgeapp.ui.judge.session import DocInfo
    from judgeapp.ui.pdf_viewer import DocumentViewer
    from judgeapp.ui.tasks import TaskRunner

    pdf = tmp_path / "uraian.pdf"
    write_pdf(pdf, ["Uraian (contoh)\nUsulan pembangunan dihimpun\nInovasi daerah " * 3, "2"])
    doc = QPdfDocument()
    doc.load(str(pdf))
    viewer = DocumentViewer(TaskRunner(parent=QApplication.instance()), lambda _d: pdf)
    qtbot.addWidget(viewer)
    viewer.resize(1100, 700)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.set_documents([DocInfo("uraian", "Uraian", "proposal", 2)])
    qtbot.waitUntil(lambda: viewer.page_total() == 2, timeout=10000)
    # opened: the view's own width settles while the first picture is rendered
    # (the scroll bar appears once the pages are laid out)
    qtbot.waitUntil(lambda: shown_as_rendered(viewer, doc), timeout=10000)
    for width in (700, 900, 640):
        viewer.resize(width, 700)  # … a splitter moves, the window is maximised
        QApplication.processEvents()
        qtbot.waitUntil(lambda: shown_as_rendered(viewer, doc), timeout=10000)
    viewer.runner.wait(5000)
