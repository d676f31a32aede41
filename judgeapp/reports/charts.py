"""Charts for the reports, written as SVG by hand.

Two kinds, both for an aspect (or dimension) profile: a radar with three or
more axes, grouped bars otherwise. The SVG is a few dozen elements; WeasyPrint
draws it, and its text with the reports' own font (``JA Sans``, the bundled
DejaVu Sans of ``print.css``), so the text is real text in the PDF and the
same on every machine. The same data always gives the same bytes.
"""

from __future__ import annotations

import base64
import math
import textwrap
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

FONT = "JA Sans, DejaVu Sans, sans-serif"
AXIS = "#555555"
GRID = "#c8c8c8"


def _float(v: Any) -> float | None:
    if v is None or v == "":
        return None
    return float(Decimal(str(v)))


def svg_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def nice_ticks(low: float, high: float, target: int = 5) -> list[float]:
    """Round tick values from ``low`` to ``high`` (both included when round)."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / target
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw - 1e-12)
    first = math.ceil(low / step - 1e-9) * step
    ticks = []
    k = 0
    while first + k * step <= high + step * 1e-9:
        ticks.append(round(first + k * step, 10))
        k += 1
    return ticks


def _fmt(value: float, ticks: list[float], lang: str) -> str:
    decimals = 0
    for tv in ticks:
        while decimals < 3 and abs(round(tv, decimals) - tv) > 1e-9:
            decimals += 1
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if lang == "id" else text


def _n(x: float) -> str:
    """A coordinate: two decimals, no trailing zeros (stable bytes)."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _text(
    x: float, y: float, body: str, *, size: float = 8, anchor: str = "middle", **attrs: str
) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" text-anchor="{anchor}"{extra}>'
        f"{escape(body)}</text>"
    )


def _lines(label: str, width: int = 18, most: int = 3) -> list[str]:
    return textwrap.wrap(str(label), width)[:most] or ["-"]


class ChartMaker:
    """Called from templates: ``charts.profile(labels, series, lo, hi)``."""

    PALETTE = ("#1f4e79", "#c0504d", "#9bbb59", "#8064a2", "#f79646", "#4bacc6", "#7f7f7f")

    def __init__(self, lang: str = "id"):
        self.lang = lang

    def color(self, k: int, main: bool) -> str:
        return self.PALETTE[0] if main else self.PALETTE[(k % (len(self.PALETTE) - 1)) + 1]

    def profile(
        self,
        labels: list[str],
        series: list[dict],
        lo: Any,
        hi: Any,
        title: str = "",
    ) -> str:
        """Aspect (or dimension) profile: radar with 3+ axes, else bars.

        ``series``: [{"name": str, "values": [number|None, …], "main": bool}].
        Returns a data: URI of the SVG.
        """
        low = _float(lo) or 0.0
        high = _float(hi) or 1.0
        if high <= low:
            high = low + 1.0
        if len(labels) >= 3:
            width, height, body = self._radar(labels, series, low, high)
        else:
            width, height, body = self._bars(labels, series, low, high)
        top = 0
        if title:
            top = 18
            body = (
                [_text(width / 2, 12, title, size=9, font_weight="bold")]
                + [f'<g transform="translate(0 {top})">']
                + body
                + ["</g>"]
            )
        svg = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + top}"'
            f' viewBox="0 0 {width} {height + top}" font-family="{FONT}">'
            + "".join(body)
            + "</svg>"
        )
        return svg_uri(svg.encode("utf-8"))

    # ---- legend ---------------------------------------------------------------------------
    def _legend_item(self, x: float, y: float, k: int, s: dict, kind: str) -> list[str]:
        color = self.color(k, bool(s.get("main")))
        if kind == "bar":
            mark = f'<rect x="{_n(x)}" y="{_n(y - 8)}" width="16" height="9" fill="{color}"/>'
        else:
            dash = "" if s.get("main") else ' stroke-dasharray="4 2"'
            width = 2.2 if s.get("main") else 1.2
            mark = (
                f'<line x1="{_n(x)}" y1="{_n(y - 3)}" x2="{_n(x + 16)}" y2="{_n(y - 3)}"'
                f' stroke="{color}" stroke-width="{width}"{dash}/>'
            )
        name = str(s["name"])
        if len(name) > 30:
            name = name[:29] + "…"
        return [mark, _text(x + 21, y, name, size=9.5, anchor="start")]

    # ---- radar -----------------------------------------------------------------------------
    def _radar(
        self, labels: list[str], series: list[dict], low: float, high: float
    ) -> tuple[int, int, list[str]]:
        n = len(labels)
        legend = len(series) > 1
        width, height = 620, 330
        cx, cy, radius = (215.0 if legend else 310.0), 165.0, 118.0
        ticks = nice_ticks(low, high)
        angles = [-math.pi / 2 + 2 * math.pi * i / n for i in range(n)]

        def point(angle: float, value: float) -> tuple[float, float]:
            r = radius * (min(max(value, low), high) - low) / (high - low)
            return cx + r * math.cos(angle), cy + r * math.sin(angle)

        out: list[str] = []
        for tv in ticks:  # rings
            if tv <= low:
                continue
            pts = " ".join(f"{_n(x)},{_n(y)}" for x, y in (point(a, tv) for a in angles))
            out.append(f'<polygon points="{pts}" fill="none" stroke="{GRID}" stroke-width="0.6"/>')
        for angle in angles:  # spokes
            x, y = point(angle, high)
            out.append(
                f'<line x1="{_n(cx)}" y1="{_n(cy)}" x2="{_n(x)}" y2="{_n(y)}"'
                f' stroke="{GRID}" stroke-width="0.6"/>'
            )
        outer = " ".join(f"{_n(x)},{_n(y)}" for x, y in (point(a, high) for a in angles))
        out.append(f'<polygon points="{outer}" fill="none" stroke="{AXIS}" stroke-width="0.9"/>')
        for k, s in enumerate(series):  # the series, main one last so it is on top
            if s.get("main"):
                continue
            out += self._radar_series(k, s, angles, point)
        for k, s in enumerate(series):
            if s.get("main"):
                out += self._radar_series(k, s, angles, point)
        for tv in ticks:  # scale along the first spoke, with a white halo
            x, y = point(angles[0], tv)
            out.append(
                _text(x - 4, y + 3, _fmt(tv, ticks, self.lang), size=8, anchor="end", fill=AXIS)
            )
        for angle, label in zip(angles, labels, strict=True):  # axis labels
            lx = cx + (radius + 10) * math.cos(angle)
            ly = cy + (radius + 10) * math.sin(angle)
            cos = math.cos(angle)
            anchor = "middle" if abs(cos) < 0.2 else ("start" if cos > 0 else "end")
            lines = _lines(label)
            sin = math.sin(angle)
            first = ly + 4 - (len(lines) - 1) * 6 + sin * (len(lines) * 6 + 2)
            for i, line in enumerate(lines):
                out.append(_text(lx, first + 12 * i, line, size=10, anchor=anchor))
        if legend:
            for k, s in enumerate(series):
                out += self._legend_item(420, 40 + 17 * k, k, s, "line")
        return width, height, out

    def _radar_series(self, k: int, s: dict, angles: list[float], point: Any) -> list[str]:
        vals = [_float(v) for v in s["values"]]
        pts = [point(a, v) for a, v in zip(angles, vals, strict=True) if v is not None]
        if not pts:
            return []
        main = bool(s.get("main"))
        color = self.color(k, main)
        coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in pts)
        if main:
            return [
                f'<polygon points="{coords}" fill="{color}" fill-opacity="0.15"'
                f' stroke="{color}" stroke-width="2.2" stroke-linejoin="round"/>'
            ] + [f'<circle cx="{_n(x)}" cy="{_n(y)}" r="2" fill="{color}"/>' for x, y in pts]
        return [
            f'<polygon points="{coords}" fill="none" stroke="{color}" stroke-width="1"'
            ' stroke-dasharray="4 2" stroke-linejoin="round"/>'
        ]

    # ---- bars ------------------------------------------------------------------------------
    def _bars(
        self, labels: list[str], series: list[dict], low: float, high: float
    ) -> tuple[int, int, list[str]]:
        base = min(low, 0.0)
        ticks = nice_ticks(base, high)
        left, right, top, bottom = 50.0, 600.0, 10.0, 220.0
        rows = math.ceil(len(series) / 3) if len(series) > 1 else 0
        label_lines = max((len(_lines(lb, 28)) for lb in labels), default=1)
        height = int(bottom + 10 + 13 * label_lines + 18 * rows + 8)

        def y_of(value: float) -> float:
            v = min(max(value, base), high)
            return bottom - (bottom - top) * (v - base) / (high - base)

        out: list[str] = []
        for tv in ticks:
            y = y_of(tv)
            out.append(
                f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{_n(right)}" y2="{_n(y)}"'
                f' stroke="{GRID}" stroke-width="0.5"/>'
            )
            out.append(
                f'<line x1="{_n(left - 4)}" y1="{_n(y)}" x2="{_n(left)}" y2="{_n(y)}"'
                f' stroke="{AXIS}" stroke-width="0.8"/>'
            )
            out.append(_text(left - 7, y + 3.5, _fmt(tv, ticks, self.lang), size=9.5, anchor="end"))
        groups = max(len(labels), 1)
        group_w = (right - left) / groups
        n = max(len(series), 1)
        bar_w = group_w * 0.8 / n
        for k, s in enumerate(series):
            color = self.color(k, bool(s.get("main")))
            for i, v in enumerate(s["values"]):
                value = _float(v)
                if value is None:
                    continue
                x = left + group_w * i + group_w * 0.1 + bar_w * k
                y0, y1 = y_of(max(value, base)), y_of(base)
                out.append(
                    f'<rect x="{_n(x)}" y="{_n(y0)}" width="{_n(bar_w)}"'
                    f' height="{_n(max(y1 - y0, 0))}" fill="{color}"/>'
                )
        out.append(
            f'<line x1="{_n(left)}" y1="{_n(top)}" x2="{_n(left)}" y2="{_n(bottom)}"'
            f' stroke="{AXIS}" stroke-width="0.8"/>'
        )
        out.append(
            f'<line x1="{_n(left)}" y1="{_n(bottom)}" x2="{_n(right)}" y2="{_n(bottom)}"'
            f' stroke="{AXIS}" stroke-width="0.8"/>'
        )
        for i, label in enumerate(labels):
            cx = left + group_w * (i + 0.5)
            for j, line in enumerate(_lines(label, 28)):
                out.append(_text(cx, bottom + 15 + 12 * j, line, size=10))
        if rows:
            y = bottom + 10 + 13 * label_lines + 14
            col_w = (right - left) / min(len(series), 3)
            for k, s in enumerate(series):
                row, col = divmod(k, 3)
                out += self._legend_item(left + col * col_w, y + 18 * row, k, s, "bar")
        return 620, height, out
