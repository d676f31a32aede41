"""Report charts are hand-written SVG: well-formed, deterministic, every label
and series drawn, values placed on the scale."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET

from judgeapp.reports.charts import ChartMaker, nice_ticks

NS = {"s": "http://www.w3.org/2000/svg"}


def _svg(uri: str) -> ET.Element:
    assert uri.startswith("data:image/svg+xml;base64,")
    return ET.fromstring(base64.b64decode(uri.split(",", 1)[1]))


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]


SERIES = [
    {"name": "Gabungan", "values": ["3.49", "3.79", None, "3.31", "3.75"], "main": True},
    {"name": "Dr. Ayu <Pramesti> & co", "values": [3, 4, 3.5, 3, 4], "main": False},
]
LABELS = ["Baseline", "Output", "Outcome", "Impact", "Quick Win"]


def test_radar_has_every_axis_label_the_scale_and_a_legend():
    root = _svg(ChartMaker("id").profile(LABELS, SERIES, 1, 5))
    texts = _texts(root)
    for label in LABELS:
        assert label in texts
    assert {"1", "2", "3", "4", "5"} <= set(texts)
    assert "Dr. Ayu <Pramesti> & co" in texts  # escaped in the XML, intact in the text
    polygons = root.findall(".//s:polygon", NS)
    main = [p for p in polygons if p.get("fill-opacity") == "0.15"]
    assert len(main) == 1
    assert len(main[0].get("points", "").split()) == 4  # the missing value is left out


def test_bars_for_two_aspects_with_decimal_comma_in_indonesian():
    labels = ["Substansi", "Presentasi dan wawancara"]
    series = [{"name": "Gabungan", "values": [80.5, 78], "main": True}]
    root = _svg(ChartMaker("id").profile(labels, series, 0, 2.5))
    texts = _texts(root)
    assert "Substansi" in texts and "Presentasi dan wawancara" in texts
    assert "0,5" in texts and "2,5" in texts
    assert "2.5" in _texts(_svg(ChartMaker("en").profile(labels, series, 0, 2.5)))
    rects = root.findall(".//s:rect", NS)
    assert len(rects) == 2
    heights = [float(r.get("height", 0)) for r in rects]
    assert heights[0] == heights[1] > 0  # both clipped to the top of the scale (2.5)


def test_bar_heights_follow_the_values():
    series = [{"name": "x", "values": [25, 100], "main": True}]
    rects = _svg(ChartMaker().profile(["a", "b"], series, 0, 100)).findall(".//s:rect", NS)
    a, b = (float(r.get("height", 0)) for r in rects)
    assert abs(b / a - 4) < 0.01


def test_same_data_same_bytes_and_text_in_the_reports_font():
    one = ChartMaker().profile(LABELS, SERIES, 1, 5)
    assert one == ChartMaker().profile(LABELS, SERIES, 1, 5)
    svg = base64.b64decode(one.split(",", 1)[1]).decode()
    assert re.search(r'font-family="JA Sans', svg)


def test_nice_ticks():
    assert nice_ticks(0, 100) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(1, 5) == [1, 2, 3, 4, 5]
    assert nice_ticks(5, 10) == [5, 6, 7, 8, 9, 10]
    assert nice_ticks(0, 2.5) == [0, 0.5, 1, 1.5, 2, 2.5]
