"""Worksheets in the official PPD layout as a spreadsheet application leaves them.

``write_worksheet`` (the project's writer) stores live formulas without results,
as openpyxl does. A worksheet a judge sends back was saved by Excel or
LibreOffice, which store each formula's last result beside it. ``recalculate``
does what such an application does on save, for the formulas of this layout —
``AVERAGEIF(G26:G35,">0")``, ``BI26*$CC$26``, ``=3%`` and the Total row's sum —
in binary floating point (IEEE doubles, as spreadsheets compute), and writes the
results into the file. ``set_cell`` puts a value into one cell (e.g. a 0 the
writer would refuse). Both edit the sheet's XML, nothing else.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

SHEET_XML = "xl/worksheets/sheet1.xml"
_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_FORMULA = re.compile(r"<f>(.*?)</f>", re.S)
_VALUE = re.compile(r"<v>(.*?)</v>", re.S)


def _rewrite(path: Path, change) -> None:
    tmp = Path(tempfile.mkdtemp()) / path.name
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == SHEET_XML:
                data = change(data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    shutil.move(tmp, path)


def _cells(xml: str) -> dict[str, tuple[str, str | None, str | None]]:
    """ref → (attributes, formula, stored value)."""
    out = {}
    for m in _CELL.finditer(xml):
        body = m.group(3) or ""
        f = _FORMULA.search(body)
        v = _VALUE.search(body)
        out[m.group(1)] = (m.group(2), f.group(1) if f else None, v.group(1) if v else None)
    return out


def _range(ref: str) -> list[str]:
    a, b = ref.replace("$", "").split(":")
    col, r1 = coordinate_from_string(a)
    _c, r2 = coordinate_from_string(b)
    return [f"{col}{r}" for r in range(r1, r2 + 1)]


def _number(text: str | None) -> float | None:
    if text is None or text == "":
        return None
    return float(text)


def recalculate(path: Path) -> dict[str, float | str]:
    """Compute every formula of the layout in doubles, store the results in the
    file, and return them (ref → value, or "#DIV/0!")."""
    xml = zipfile.ZipFile(path).read(SHEET_XML).decode("utf-8")
    cells = _cells(xml)
    results: dict[str, float | str] = {}

    def value(ref: str) -> float | str | None:
        ref = ref.replace("$", "")
        if ref in results:
            return results[ref]
        attrs, formula, stored = cells.get(ref, ("", None, None))
        if formula is None:
            return _number(stored) if 't="n"' in attrs or stored else None
        results[ref] = evaluate(formula)
        return results[ref]

    def evaluate(formula: str) -> float | str:
        formula = formula.replace("&gt;", ">").replace("&quot;", '"')
        if m := re.fullmatch(r'AVERAGEIF\(([A-Z$0-9:]+),">0"\)', formula):
            vals = [v for r in _range(m.group(1)) if isinstance(v := value(r), float) and v > 0]
            return sum(vals) / len(vals) if vals else "#DIV/0!"
        if m := re.fullmatch(r"([0-9.]+)%", formula):
            return float(m.group(1)) / 100
        if m := re.fullmatch(r"([A-Z$0-9]+)\*([A-Z$0-9]+)", formula):
            a, b = value(m.group(1)), value(m.group(2))
            if isinstance(a, str) or isinstance(b, str):
                return "#DIV/0!"
            return (a or 0.0) * (b or 0.0)
        if re.fullmatch(r"[A-Z$0-9]+(\+[A-Z$0-9]+)+", formula):
            total = 0.0
            for r in formula.split("+"):
                v = value(r)
                if isinstance(v, str):
                    return v
                total += v or 0.0
            return total
        return ""  # text formulas (=D5 headers): not needed

    for ref, (_a, formula, _v) in cells.items():
        if formula is not None:
            value(ref)

    def store(m: re.Match) -> str:
        ref = m.group(1)
        got = results.get(ref)
        if got is None or got == "" or m.group(3) is None or "<f>" not in m.group(3):
            return m.group(0)
        body = re.sub(r"<v\s*/>|<v>.*?</v>", "", m.group(3))
        attrs = re.sub(r'\s*t="[^"]*"', "", m.group(2))
        if isinstance(got, str):
            return f'<c r="{ref}"{attrs} t="e">{body}<v>{got}</v></c>'
        return f'<c r="{ref}"{attrs}>{body}<v>{got!r}</v></c>'

    _rewrite(path, lambda text: _CELL.sub(store, text))
    return results


def set_cell(path: Path, ref: str, number: float | int | None) -> None:
    """Put a number into one cell (None: empty it), as a person typing would."""
    col, row = coordinate_from_string(ref)
    column_index_from_string(col)  # a valid reference

    def change(text: str) -> str:
        new = f'<c r="{ref}" t="n"><v>{number}</v></c>' if number is not None else f'<c r="{ref}"/>'
        pattern = re.compile(r'<c r="' + ref + r'"(?:[^>]*?/>|[^>]*>.*?</c>)', re.S)
        out, n = pattern.subn(new, text, count=1)
        if not n:
            raise ValueError(f"cell {ref} not in the sheet")
        return out

    _rewrite(path, change)
