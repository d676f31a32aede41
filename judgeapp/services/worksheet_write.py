"""Writing a worksheet in the official PPD layout (used by ``worksheet.write_worksheet``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from judgeapp.domain.rubric import Form, Indicator
from judgeapp.domain.scoring import check_score, fmt
from judgeapp.services import worksheet as official
from judgeapp.services.worksheet import (
    normalise_text,
)


def write(
    out: Path,
    form: Form,
    regions: Sequence[str],
    scores: Mapping[str, Mapping[str, Decimal]],
    texts: Mapping[str, Mapping[tuple[str, str], str]],
    judge: str,
) -> Path:
    """See ``worksheet.write_worksheet``."""
    names = _checked_names(regions, scores, texts)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = official.SHEET
    _head(ws, form, names, judge)
    sheet = _Sheet(
        ws,
        form,
        names,
        scores={normalise_text(k): v for k, v in scores.items()},
        texts={normalise_text(k): v for k, v in texts.items()},
        weights=form.effective_weights(),
    )
    row = official.FIRST_ROW
    first_rows: list[int] = []
    for a_no, aspect in enumerate(form.aspects, start=1):
        a_first = row
        ws.cell(row, 1, a_no)
        ws.cell(row, 2, f"{aspect.title} ({fmt(form.aspect_weight(aspect))}%)").alignment = WRAP
        for ind in aspect.indicators:
            first_rows.append(row)
            row = sheet.indicator(ind, row, len(first_rows))
        for c in (1, 2):
            if row - 1 > a_first:
                ws.merge_cells(start_row=a_first, start_column=c, end_row=row - 1, end_column=c)
    _total(ws, row, first_rows)
    _formats(ws, form, row)
    wb.save(out)
    return out


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def _checked_names(
    regions: Sequence[str],
    scores: Mapping[str, Mapping[str, Decimal]],
    texts: Mapping[str, Mapping[tuple[str, str], str]],
) -> list[str]:
    """The regions' names as the sheet holds them; ``ValueError`` when they do
    not fit the layout or scores and texts name another region."""
    names = [normalise_text(n) for n in regions]
    if len(names) > official.SLOTS:
        raise ValueError(f"at most {official.SLOTS} regions fit on one worksheet, got {len(names)}")
    if any(not n for n in names) or len({n.casefold() for n in names}) != len(names):
        raise ValueError("region names must be non-empty and distinct")
    for name in list(scores) + list(texts):
        if normalise_text(name) not in names:
            raise ValueError(f"scores or texts for {name!r}, which is not among the regions")
    return names


def _head(ws: Worksheet, form: Form, names: Sequence[str], judge: str) -> None:
    """The title, the judge and the regions, the instructions, the column
    headers and the row of formulas that repeat each region's name."""
    ws["A1"] = f"PENGHARGAAN PEMBANGUNAN DAERAH {form.version}".strip()
    ws["A2"] = normalise_text(form.title).upper()
    ws["A4"], ws["C4"], ws["D4"] = "NAMA PENILAI", ":", judge or None
    for k in range(official.SLOTS):
        ws.cell(official.NAME_ROW + k, 1, f"DAERAH {k + 1} YANG DINILAI")
        ws.cell(official.NAME_ROW + k, 3, ":")
        ws.cell(official.NAME_ROW + k, 4, names[k] if k < len(names) else None)
    ws["F4"] = "Petunjuk Penilaian:"
    ws["F5"] = "Nilai item 5 sampai 10; nilai indikator = rata-rata item yang dinilai."
    ws["F6"] = "Total = jumlah nilai indikator x bobot indikator."
    for ref, text in official.HEADERS.items():
        ws[ref] = text
        ws[ref].font = BOLD
    for start, end in (("G", "X"), ("Y", "AP"), ("AQ", "BH"), ("BI", "BZ"), ("CD", "CU")):
        ws.merge_cells(f"{start}24:{end}24")
    for k in range(official.SLOTS):
        ws.cell(25, official.COL_SCORE + k, f"=D{official.NAME_ROW + k}")
        for base in (official.COL_KEUNGGULAN, official.COL_REKOMENDASI, official.COL_AVERAGE):
            ws.cell(25, base + k, f"={get_column_letter(official.COL_SCORE + k)}25")
        ws.cell(25, official.COL_WEIGHTED + k, f"={get_column_letter(official.COL_AVERAGE + k)}25")


@dataclass(frozen=True)
class _Sheet:
    """What writing an indicator's rows needs: the sheet, the form, the
    regions' names and their scores and texts by name, the indicators' weights."""

    ws: Worksheet
    form: Form
    names: Sequence[str]
    scores: Mapping[str, Mapping[str, Decimal]]
    texts: Mapping[str, Mapping[tuple[str, str], str]]
    weights: Mapping[str, Decimal]

    def indicator(self, ind: Indicator, first: int, ind_no: int) -> int:
        """Write the indicator's item rows from ``first``; the row after them."""
        if not ind.items:
            raise ValueError(f"indicator {ind.id} has no items; the worksheet scores items")
        ws = self.ws
        last = first + len(ind.items) - 1
        title = ind.title + (f"*\n**{ind.description}" if ind.description else "")
        ws.cell(first, 3, ind_no)
        ws.cell(first, 4, title).alignment = WRAP
        for n, item in enumerate(ind.items, start=1):
            row = first + n - 1
            ws.cell(row, 5, n)
            ws.cell(row, 6, item.text).alignment = WRAP
            for k, name in enumerate(self.names):
                value = self.scores.get(name, {}).get(item.id)
                if value is not None:
                    scale = self.form.scale_of(ind, item) or official.OFFICIAL_SCALE
                    check_score(scale, Decimal(value))
                    num = Decimal(value)
                    ws.cell(
                        row,
                        official.COL_SCORE + k,
                        int(num) if num == num.to_integral() else float(num),
                    )
        for k in range(official.SLOTS):
            sc = get_column_letter(official.COL_SCORE + k)
            ws.cell(first, official.COL_AVERAGE + k, f'=AVERAGEIF({sc}{first}:{sc}{last},">0")')
            avg = get_column_letter(official.COL_AVERAGE + k)
            ws.cell(first, official.COL_WEIGHTED + k, f"={avg}{first}*$CC${first}")
        ws.cell(first, official.COL_WEIGHT, f"={fmt(self.weights[ind.id])}%")
        for k, name in enumerate(self.names):
            for fid, base in official.TEXT_COLUMNS:
                note = self.texts.get(name, {}).get((ind.id, fid))
                if note:
                    ws.cell(first, base + k, note).alignment = WRAP
        if last > first:
            self._merge_rows(first, last)
        return last + 1

    def _merge_rows(self, first: int, last: int) -> None:
        """Merged like the official sheet, for the slots in use only (openpyxl
        merges slowly: all 18 slots would take seconds)."""
        cols = [3, 4, official.COL_WEIGHT] + [
            base + k
            for base in (
                official.COL_KEUNGGULAN,
                official.COL_REKOMENDASI,
                official.COL_AVERAGE,
                official.COL_WEIGHTED,
            )
            for k in range(len(self.names))
        ]
        for c in cols:
            self.ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)


def _total(ws: Worksheet, row: int, first_rows: Sequence[int]) -> None:
    """The total row: each region's weighted indicator scores added up."""
    ws.cell(row, 1, "Total").font = BOLD
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=official.COL_WEIGHT)
    for k in range(official.SLOTS):
        col = get_column_letter(official.COL_WEIGHTED + k)
        ws.cell(row, official.COL_WEIGHTED + k, "=" + "+".join(f"{col}{r}" for r in first_rows))


def _formats(ws: Worksheet, form: Form, last_row: int) -> None:
    """Two decimals in the number columns, the scale's range on the score cells,
    column widths and the frozen panes."""
    for r in range(official.FIRST_ROW, last_row + 1):
        for c in [
            *range(official.COL_SCORE, official.COL_SCORE + official.SLOTS),
            *range(official.COL_AVERAGE, official.COL_AVERAGE + official.SLOTS),
            official.COL_WEIGHT,
            *range(official.COL_WEIGHTED, official.COL_WEIGHTED + official.SLOTS),
        ]:
            ws.cell(r, c).number_format = "0.00"
    scale = form.scale or official.OFFICIAL_SCALE
    dv = DataValidation(
        type="decimal",
        operator="between",
        formula1=fmt(scale.low),
        formula2=fmt(scale.high),
        allow_blank=True,
    )
    dv.add(f"G{official.FIRST_ROW}:X{last_row - 1}")
    ws.add_data_validation(dv)
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["D"].width = 30
    ws.column_dimensions["F"].width = 60
    ws.freeze_panes = f"G{official.FIRST_ROW}"
