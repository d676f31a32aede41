"""Reading spreadsheets (``.xlsx``) received from others: bounded, sparse, hardened.

One small reader for the paper re-keying files and the official worksheet, so
that no spreadsheet can make the app hang, fill its memory or crash:

* the file must be a regular file of at most ``bounds.MAX_XLSX_BYTES``; its zip
  at most ``MAX_XLSX_MEMBERS`` parts declaring at most ``MAX_XLSX_UNCOMPRESSED``
  bytes in total (checked from the central directory before anything is
  inflated; the zip module never inflates more than a part declares);
* every XML part is parsed by ``defusedxml`` (no DTD, no entities, no external
  references) and streamed, element by element;
* only the cells that are present are kept (a cell at XFD1048576 is one entry,
  not 1.7×10¹⁰), at most ``MAX_SHEET_CELLS``; cells beyond the rows and columns
  the caller reads are counted and reported, never walked;
* every value is checked: numbers must be finite, shared-string indexes must
  exist, merged-cell references must be well formed.

Each cell keeps its typed value (the value Excel last computed, for a formula)
and its formula text, so a caller can refuse a formula that has no stored value.
Problems raise ``SheetRefused`` naming the file, the sheet and cell, and the reason.
"""

from __future__ import annotations

import math
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

from judgeapp.domain import bounds
from judgeapp.domain.safeparse import InputRefused, too_large_reason
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.reading import ZIP_DAMAGE, ZIP_OR_DISK, check_regular, zip_damage_reason

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")
_INT = re.compile(r"^-?[0-9]{1,18}$")
_FLOAT = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$")
MAX_COLUMN = 16384
MAX_ROW = 1048576
XML_ERRORS: tuple[type[BaseException], ...] = (ParseError, DefusedXmlException)
_UNREADABLE: tuple[type[BaseException], ...] = (*XML_ERRORS, *ZIP_OR_DISK)


class SheetRefused(Refused):
    """A spreadsheet refused: the file, ``sheet!cell`` (or the part), the reason."""


def column_letter(col: int) -> str:
    out = ""
    while col > 0:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def cell_ref(row: int, col: int) -> str:
    return f"{column_letter(col)}{row}"


def parse_ref(ref: str) -> tuple[int, int] | None:
    """(row, column) of ``B12``; None when it is not a cell reference Excel could hold."""
    m = _REF.match(ref.strip().upper()) if len(ref) <= 16 else None
    if m is None:
        return None
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    row = int(m.group(2))
    if not (1 <= col <= MAX_COLUMN and 1 <= row <= MAX_ROW):
        return None
    return row, col


@dataclass(frozen=True)
class Cell:
    value: Any  # str | int | float | bool | None: the stored (for a formula: cached) value
    formula: str | None = None  # formula text without "=", "" when only shared; None: no formula
    kind: str = "n"  # n (number), s (text), b (boolean), e (error), d (date text)


@dataclass
class Sheet:
    file: str
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    outside: tuple[int, int] | None = None  # first cell holding something beyond the area read
    outside_count: int = 0

    def fail(self, row: int, col: int, reason: str) -> SheetRefused:
        return SheetRefused(reason, file=self.file, place=f"{self.name}!{cell_ref(row, col)}")

    @property
    def max_row(self) -> int:
        return max((r for r, _c in self.cells), default=0)


class _Book:
    def __init__(self, path: Path, label: str):
        self.label = label
        try:
            size = check_regular(path)
        except InputRefused as exc:
            raise SheetRefused(exc.reason, file=label, place=exc.place) from None
        if size > bounds.MAX_XLSX_BYTES:
            raise SheetRefused(
                too_large_reason(size, bounds.MAX_XLSX_BYTES), file=label, place="<file>"
            )
        try:
            self.zf = zipfile.ZipFile(path)
        except ZIP_OR_DISK as exc:
            raise self._unreadable("<file>", exc) from None
        try:
            infos = self.zf.infolist()
            if len(infos) > bounds.MAX_XLSX_MEMBERS:
                raise SheetRefused(
                    t(
                        f"terlalu banyak bagian zip: {len(infos)} (paling banyak"
                        f" {bounds.MAX_XLSX_MEMBERS})",
                        f"too many zip parts: {len(infos)} (at most {bounds.MAX_XLSX_MEMBERS})",
                    ),
                    file=label,
                    place="<zip>",
                )
            total = sum(i.file_size for i in infos)
            if total > bounds.MAX_XLSX_UNCOMPRESSED:
                raise SheetRefused(
                    t(
                        f"isi zip mengembang menjadi {total} bita (paling banyak"
                        f" {bounds.MAX_XLSX_UNCOMPRESSED}); bukan lembar kerja biasa",
                        f"the zip inflates to {total} bytes (at most"
                        f" {bounds.MAX_XLSX_UNCOMPRESSED}); not an ordinary workbook",
                    ),
                    file=label,
                    place="<zip>",
                )
            self.names = {i.filename for i in infos}
        except BaseException:
            self.zf.close()
            raise

    def close(self) -> None:
        self.zf.close()

    def _unreadable(self, place: str, exc: BaseException | None = None) -> SheetRefused:
        reason = t("bukan berkas Excel .xlsx yang terbaca", "not a readable .xlsx workbook")
        if isinstance(exc, DefusedXmlException):
            reason += t(
                " (XML memuat DTD atau entitas, yang tidak diizinkan)",
                " (the XML holds a DTD or entities, which are not allowed)",
            )
        elif exc is not None and isinstance(exc, (*ZIP_DAMAGE, OSError)):
            reason += f" ({zip_damage_reason(exc)})"
        elif isinstance(exc, XML_ERRORS):
            reason += t(" (XML di dalamnya rusak)", " (the XML inside is damaged)")
        return SheetRefused(reason, file=self.label, place=place)

    def part(self, name: str) -> bytes:
        """A small part read whole (workbook, relationships)."""
        if name not in self.names:
            raise self._unreadable(name, None)
        size = self.zf.getinfo(name).file_size
        if size > bounds.MAX_XLSX_PART_BYTES:
            raise SheetRefused(
                too_large_reason(size, bounds.MAX_XLSX_PART_BYTES), file=self.label, place=name
            )
        try:
            return self.zf.read(name)
        except ZIP_OR_DISK as exc:
            raise self._unreadable(name, exc) from None

    def xml(self, name: str) -> Any:
        data = self.part(name)
        try:
            return fromstring(data, forbid_dtd=True)
        except XML_ERRORS as exc:
            raise self._unreadable(name, exc) from None

    def sheets(self) -> dict[str, str]:
        """Sheet name → its part, in workbook order."""
        book = self.xml("xl/workbook.xml")
        targets: dict[str, str] = {}
        if "xl/_rels/workbook.xml.rels" in self.names:
            for rel in self.xml("xl/_rels/workbook.xml.rels").iter(f"{PKG_REL}Relationship"):
                target = rel.get("Target", "")
                target = target[1:] if target.startswith("/") else "xl/" + target
                targets[rel.get("Id", "")] = target
        out: dict[str, str] = {}
        for i, sh in enumerate(book.iter(f"{MAIN}sheet"), start=1):
            name = sh.get("name", "")
            out[name] = targets.get(sh.get(f"{REL}id", ""), f"xl/worksheets/sheet{i}.xml")
        return out

    def shared_strings(self) -> list[str]:
        name = "xl/sharedStrings.xml"
        if name not in self.names:
            return []
        out: list[str] = []
        try:
            with self.zf.open(name) as src:
                for _ev, el in iterparse(src, forbid_dtd=True):
                    if el.tag == f"{MAIN}si":
                        text = _si_text(el)
                        if len(text) > bounds.MAX_STRING_CHARS or len(out) > bounds.MAX_SHEET_CELLS:
                            raise SheetRefused(
                                t(
                                    "teks bersama terlalu banyak atau terlalu panjang",
                                    "shared texts too many or too long",
                                ),
                                file=self.label,
                                place=name,
                            )
                        out.append(text)
                        el.clear()
        except _UNREADABLE as exc:
            raise self._unreadable(name, exc) from None
        return out


def _si_text(si: Any) -> str:
    """A shared string: its plain text or its rich-text runs (phonetic hints left out)."""
    plain = "".join(tx.text or "" for tx in si.findall(f"{MAIN}t"))
    runs = "".join(tx.text or "" for r in si.findall(f"{MAIN}r") for tx in r.findall(f"{MAIN}t"))
    return plain + runs


def sheet_names(path: Path | str, label: str | None = None) -> list[str]:
    """The workbook's sheet names (bounded like any read)."""
    p = Path(path)
    book = _Book(p, label or p.name)
    try:
        return list(book.sheets())
    finally:
        book.close()


def read_sheet(
    path: Path | str,
    *,
    sheet: str | None = None,
    max_rows: int,
    max_cols: int,
    label: str | None = None,
) -> Sheet:
    """The cells present in one sheet (the first when ``sheet`` is None), within
    ``max_rows`` × ``max_cols``; ``SheetRefused`` for anything unreadable."""
    p = Path(path)
    book = _Book(p, label or p.name)
    try:
        sheets = book.sheets()
        if not sheets:
            raise book._unreadable("xl/workbook.xml")
        name = sheet if sheet is not None else next(iter(sheets))
        if name not in sheets:
            raise SheetRefused(
                t("lembar tidak ada; yang ada: ", "sheet missing; found: ") + ", ".join(sheets),
                file=book.label,
                place=name,
            )
        part = sheets[name]
        if part not in book.names:
            raise SheetRefused(
                t(
                    f"bagian lembar {part} tidak ada di berkas (berkas rusak)",
                    f"the sheet's part {part} is missing from the file (damaged file)",
                ),
                file=book.label,
                place=name,
            )
        strings = book.shared_strings()
        out = Sheet(book.label, name)
        try:
            with book.zf.open(part) as src:
                _parse_sheet(src, out, strings, max_rows, max_cols)
        except _UNREADABLE as exc:
            raise book._unreadable(f"{name} ({part})", exc) from None
        return out
    finally:
        book.close()


def _row_number(el: Any, previous: int, out: Sheet) -> int:
    """A ``<row>``'s number: its ``r`` attribute (bounded), else the next one."""
    r = el.get("r")
    if r is None:
        return previous + 1
    if not r.isdigit() or not 1 <= int(r) <= MAX_ROW:
        raise SheetRefused(
            t(f"nomor baris tidak sah: {r[:20]!r}", f"invalid row number: {r[:20]!r}"),
            file=out.file,
            place=out.name,
        )
    return int(r)


def _cell_position(el: Any, row_no: int, col_no: int, out: Sheet) -> tuple[int, int]:
    """A ``<c>``'s (row, column): its ``r`` reference, else after the previous cell."""
    ref = el.get("r")
    if ref is None:
        return max(row_no, 1), col_no + 1
    pos = parse_ref(ref)
    if pos is None:
        raise SheetRefused(
            t(f"alamat sel tidak sah: {ref[:20]!r}", f"invalid cell reference: {ref[:20]!r}"),
            file=out.file,
            place=out.name,
        )
    return pos


def _merge_range(el: Any, out: Sheet) -> tuple[int, int, int, int]:
    """A ``<mergeCell>``'s (first row, first column, last row, last column)."""
    ref = el.get("ref", "")
    first, colon, last = ref.partition(":")
    a, b = parse_ref(first), parse_ref(last if colon else first)
    if a is None or b is None or a[0] > b[0] or a[1] > b[1]:
        raise SheetRefused(
            t(
                f"rentang sel gabungan tidak sah: {ref[:40]!r}",
                f"invalid merged-cell range: {ref[:40]!r}",
            ),
            file=out.file,
            place=out.name,
        )
    return a[0], a[1], b[0], b[1]


def _parse_sheet(src: Any, out: Sheet, strings: list[str], max_rows: int, max_cols: int) -> None:
    row_no = 0
    col_no = 0
    count = 0
    for _ev, el in iterparse(src, events=("start", "end"), forbid_dtd=True):
        tag = el.tag
        if _ev == "start":
            if tag == f"{MAIN}row":
                row_no = _row_number(el, row_no, out)
                col_no = 0
            continue
        if tag == f"{MAIN}c":
            row, col = _cell_position(el, row_no, col_no, out)
            col_no = col
            cell = _cell(el, strings, out, row, col)
            el.clear()
            if cell is None:
                continue
            count += 1
            if count > bounds.MAX_SHEET_CELLS:
                raise SheetRefused(
                    t(
                        f"terlalu banyak sel berisi (paling banyak {bounds.MAX_SHEET_CELLS})",
                        f"too many cells holding something (at most {bounds.MAX_SHEET_CELLS})",
                    ),
                    file=out.file,
                    place=f"{out.name}!{cell_ref(row, col)}",
                )
            if row > max_rows or col > max_cols:
                out.outside_count += 1
                if out.outside is None:
                    out.outside = (row, col)
                continue
            out.cells[(row, col)] = cell
        elif tag == f"{MAIN}mergeCell":
            merge = _merge_range(el, out)
            if len(out.merges) <= bounds.MAX_SHEET_CELLS:
                out.merges.append(merge)
            el.clear()
        elif tag in (f"{MAIN}row", f"{MAIN}sheetData"):
            el.clear()


def _cell(el: Any, strings: list[str], out: Sheet, row: int, col: int) -> Cell | None:
    kind = el.get("t", "n")
    f_el = el.find(f"{MAIN}f")
    formula = None if f_el is None else (f_el.text or "")
    v_el = el.find(f"{MAIN}v")
    raw = v_el.text if v_el is not None else None
    if kind == "inlineStr":
        is_el = el.find(f"{MAIN}is")
        text = "" if is_el is None else _si_text(is_el)
        return _text_cell(text, formula, out, row, col)
    if raw is None or raw == "":
        return None if formula is None else Cell(None, formula, kind)
    if len(raw) > bounds.MAX_STRING_CHARS:
        raise out.fail(row, col, t("isi sel terlalu panjang", "cell content too long"))
    if kind == "n":
        text = raw.strip()
        if _INT.match(text):
            return Cell(int(text), formula, "n")
        if len(text) <= bounds.MAX_NUMBER_CHARS and _FLOAT.match(text):
            number = float(text)
            if math.isfinite(number):
                return Cell(number, formula, "n")
        raise out.fail(
            row,
            col,
            t(
                f"bukan bilangan terhingga: {text[:20]!r}",
                f"not a finite number: {text[:20]!r}",
            ),
        )
    if kind == "s":
        if not raw.strip().isdigit() or int(raw) >= len(strings):
            raise out.fail(
                row,
                col,
                t(
                    f"rujukan teks bersama tidak ada: {raw[:20]!r}",
                    f"no such shared text: {raw[:20]!r}",
                ),
            )
        return _text_cell(strings[int(raw)], formula, out, row, col)
    if kind == "b":
        if raw.strip() not in ("0", "1"):
            raise out.fail(row, col, t("nilai benar/salah tidak sah", "invalid boolean value"))
        return Cell(raw.strip() == "1", formula, "b")
    if kind in ("str", "e", "d"):
        return Cell(raw, formula, "s" if kind == "str" else kind)
    raise out.fail(
        row, col, t(f"jenis sel tidak dikenal: {kind[:10]!r}", f"unknown cell type: {kind[:10]!r}")
    )


def _text_cell(text: str, formula: str | None, out: Sheet, row: int, col: int) -> Cell | None:
    if len(text) > bounds.MAX_STRING_CHARS:
        raise out.fail(row, col, t("isi sel terlalu panjang", "cell content too long"))
    if text == "" and formula is None:
        return None
    return Cell(text, formula, "s")
