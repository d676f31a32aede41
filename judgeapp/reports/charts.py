"""Charts for the reports, drawn by matplotlib as SVG (imported lazily).

No pyplot and no global backend switch: a bare ``Figure`` saved as SVG, so a
GUI process that also uses matplotlib is not disturbed. Text is drawn as paths
with the bundled DejaVu Sans, and ids are salted, so the same data always
gives the same bytes.
"""

from __future__ import annotations

import base64
import io
import math
import textwrap
from decimal import Decimal
from typing import Any


def _float(v: Any) -> float | None:
    if v is None or v == "":
        return None
    return float(Decimal(str(v)))


def svg_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


class ChartMaker:
    """Called from templates: ``charts.profile(labels, series, lo, hi)``."""

    PALETTE = ("#1f4e79", "#c0504d", "#9bbb59", "#8064a2", "#f79646", "#4bacc6", "#7f7f7f")

    def __init__(self, lang: str = "id"):
        self.lang = lang

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
        import matplotlib
        from matplotlib.figure import Figure

        low = _float(lo) or 0.0
        high = _float(hi) or 1.0
        wrapped = ["\n".join(textwrap.wrap(str(lb), 18)[:3]) or "-" for lb in labels]
        with matplotlib.rc_context(
            {
                "svg.fonttype": "path",
                "svg.hashsalt": "judgeapp",
                "font.family": "DejaVu Sans",
                "font.size": 8,
            }
        ):
            fig = Figure(figsize=(6.2, 3.0))
            if len(labels) >= 3:
                self._radar(fig, wrapped, series, low, high)
            else:
                self._bars(fig, wrapped, series, low, high)
            if title:
                fig.suptitle(title, fontsize=9)
            buf = io.BytesIO()
            fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
        return svg_uri(buf.getvalue())

    def _radar(self, fig: Any, labels: list[str], series: list[dict], low: float, high: float):
        n = len(labels)
        angles = [2 * math.pi * i / n for i in range(n)]
        ax = fig.add_subplot(111, projection="polar")
        ax.set_theta_offset(math.pi / 2)
        ax.set_theta_direction(-1)
        ax.set_xticks(angles)
        ax.set_xticklabels(labels, fontsize=7)
        ax.set_ylim(low, high)
        ax.tick_params(axis="y", labelsize=6)
        for k, s in enumerate(series):
            vals = [_float(v) for v in s["values"]]
            pts = [(a, v) for a, v in zip(angles, vals, strict=True) if v is not None]
            if not pts:
                continue
            xs = [p[0] for p in pts] + [pts[0][0]]
            ys = [p[1] for p in pts] + [pts[0][1]]
            main = s.get("main", False)
            color = "#1f4e79" if main else self.PALETTE[(k % (len(self.PALETTE) - 1)) + 1]
            ax.plot(
                xs,
                ys,
                color=color,
                linewidth=2.2 if main else 0.9,
                linestyle="-" if main else "--",
                label=s["name"],
            )
            if main:
                ax.fill(xs, ys, color=color, alpha=0.15)
        if len(series) > 1:
            ax.legend(loc="upper left", bbox_to_anchor=(1.15, 1.0), fontsize=7, frameon=False)

    def _bars(self, fig: Any, labels: list[str], series: list[dict], low: float, high: float):
        ax = fig.add_subplot(111)
        n = max(len(series), 1)
        width = 0.8 / n
        for k, s in enumerate(series):
            vals = [_float(v) or 0.0 for v in s["values"]]
            xs = [i + (k - (n - 1) / 2) * width for i in range(len(labels))]
            color = "#1f4e79" if s.get("main") else self.PALETTE[(k % (len(self.PALETTE) - 1)) + 1]
            ax.bar(xs, vals, width=width, color=color, label=s["name"])
        ax.set_xticks(list(range(len(labels))))
        ax.set_xticklabels(labels, fontsize=7)
        ax.set_ylim(min(low, 0.0), high)
        ax.spines[["top", "right"]].set_visible(False)
        if len(series) > 1:
            ax.legend(
                loc="upper center",
                bbox_to_anchor=(0.5, -0.12),
                ncol=min(len(series), 4),
                fontsize=7,
                frameon=False,
            )
