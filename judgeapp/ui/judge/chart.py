"""A small line chart of one key figure over the years, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from judgeapp.ui.judge.session import Figure
from judgeapp.ui.numbers import fmt


class SeriesChart(QWidget):
    """Years on the x axis, the figure's values on y, each point labelled."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[Figure] = []
        self.title = ""
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_series(self, title: str, points: list[Figure]) -> None:
        self.title = title
        self.points = list(points)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            ", ".join(f"{p.year}: {fmt(p.value)} {p.unit}".strip() for p in self.points)
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(280, 140)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = p.fontMetrics()
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        p.setPen(pal.text().color())
        p.drawText(rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, self.title)
        if len(self.points) < 2:
            return
        plot = rect.adjusted(24, fm.height() * 2 + 4, -24, -fm.height() - 6)
        values = [float(pt.value) for pt in self.points]
        lo, hi = min(values), max(values)
        if hi == lo:
            lo, hi = lo - 1, hi + 1
        pad = (hi - lo) * 0.15
        lo, hi = lo - pad, hi + pad
        n = len(values)

        def at(i: int, v: float) -> QPointF:
            x = plot.left() + plot.width() * (i / (n - 1))
            y = plot.bottom() - plot.height() * ((v - lo) / (hi - lo))
            return QPointF(x, y)

        axis = QPen(pal.mid().color())
        p.setPen(axis)
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        line = QPen(QColor("#1f5fa8"), 2)
        p.setPen(line)
        pts = [at(i, v) for i, v in enumerate(values)]
        for a, b in zip(pts, pts[1:], strict=False):
            p.drawLine(a, b)
        for pt, fig in zip(pts, self.points, strict=True):
            p.setBrush(QColor("#1f5fa8"))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(pt, 3.5, 3.5)
            p.setPen(pal.text().color())
            label = fmt(fig.value)
            w = fm.horizontalAdvance(label)
            p.drawText(QPointF(pt.x() - w / 2, pt.y() - 6), label)
            year = str(fig.year)
            wy = fm.horizontalAdvance(year)
            p.drawText(QPointF(pt.x() - wy / 2, plot.bottom() + fm.height() + 2), year)
        p.end()
