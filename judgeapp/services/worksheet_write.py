"""Writing a worksheet in the official PPD layout (used by ``worksheet.write_worksheet``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from judgeapp.domain.rubric import Form
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
    names = [normalise_text(n) for n in regions]
    if len(names) > official.SLOTS:
        raise ValueError(f"at most {official.SLOTS} regions fit on one worksheet, got {len(names)}")
    if any(not n for n in names) or len({n.casefold() for n in names}) != len(names):
        raise ValueError("region names must be non-empty and distinct")
    for name in list(scores) + list(texts):
        if normalise_text(name) not in names:
            raise ValueError(f"scores or texts for {name!r}, which is not among the regions")
    scores_n = {normalise_text(k): v for k, v in scores.items()}
    texts_n = {normalise_text(k): v for k, v in texts.items()}
    weights = form.effective_weights()
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = official.SHEET
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
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
        ws[ref].font = bold
    for start, end in (("G", "X"), ("Y", "AP"), ("AQ", "BH"), ("BI", "BZ"), ("CD", "CU")):
        ws.merge_cells(f"{start}24:{end}24")
    for k in range(official.SLOTS):
        ws.cell(25, official.COL_SCORE + k, f"=D{official.NAME_ROW + k}")
        for base in (official.COL_KEUNGGULAN, official.COL_REKOMENDASI, official.COL_AVERAGE):
            ws.cell(25, base + k, f"={get_column_letter(official.COL_SCORE + k)}25")
        ws.cell(25, official.COL_WEIGHTED + k, f"={get_column_letter(official.COL_AVERAGE + k)}25")
    row = official.FIRST_ROW
    first_rows: list[int] = []
    ind_no = 0
    for a_no, aspect in enumerate(form.aspects, start=1):
        a_first = row
        a_weight = form.aspect_weight(aspect)
        ws.cell(row, 1, a_no)
        ws.cell(row, 2, f"{aspect.title} ({fmt(a_weight)}%)").alignment = wrap
        for ind in aspect.indicators:
            if not ind.items:
                raise ValueError(f"indicator {ind.id} has no items; the worksheet scores items")
            ind_no += 1
            first, last = row, row + len(ind.items) - 1
            first_rows.append(first)
            title = ind.title + (f"*\n**{ind.description}" if ind.description else "")
            ws.cell(first, 3, ind_no)
            ws.cell(first, 4, title).alignment = wrap
            for n, item in enumerate(ind.items, start=1):
                ws.cell(row, 5, n)
                ws.cell(row, 6, item.text).alignment = wrap
                for k, name in enumerate(names):
                    value = scores_n.get(name, {}).get(item.id)
                    if value is not None:
                        check_score(
                            form.scale_of(ind, item) or official.OFFICIAL_SCALE, Decimal(value)
                        )
                        num = Decimal(value)
                        ws.cell(
                            row,
                            official.COL_SCORE + k,
                            int(num) if num == num.to_integral() else float(num),
                        )
                row += 1
            for k in range(official.SLOTS):
                sc = get_column_letter(official.COL_SCORE + k)
                ws.cell(first, official.COL_AVERAGE + k, f'=AVERAGEIF({sc}{first}:{sc}{last},">0")')
                avg = get_column_letter(official.COL_AVERAGE + k)
                ws.cell(first, official.COL_WEIGHTED + k, f"={avg}{first}*$CC${first}")
            ws.cell(first, official.COL_WEIGHT, f"={fmt(weights[ind.id])}%")
            for k, name in enumerate(names):
                for fid, base in official.TEXT_COLUMNS:
                    note = texts_n.get(name, {}).get((ind.id, fid))
                    if note:
                        ws.cell(first, base + k, note).alignment = wrap
            # merged like the official sheet, for the slots in use only (openpyxl
            # merges slowly: all 18 slots would take seconds)
            cols = [3, 4, official.COL_WEIGHT] + [
                base + k
                for base in (
                    official.COL_KEUNGGULAN,
                    official.COL_REKOMENDASI,
                    official.COL_AVERAGE,
                    official.COL_WEIGHTED,
                )
                for k in range(len(names))
            ]
            if last > first:
                for c in cols:
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
        for c in (1, 2):
            if row - 1 > a_first:
                ws.merge_cells(start_row=a_first, start_column=c, end_row=row - 1, end_column=c)
    ws.cell(row, 1, "Total").font = bold
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=official.COL_WEIGHT)
    for k in range(official.SLOTS):
        col = get_column_letter(official.COL_WEIGHTED + k)
        ws.cell(row, official.COL_WEIGHTED + k, "=" + "+".join(f"{col}{r}" for r in first_rows))
    for r in range(official.FIRST_ROW, row + 1):
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
    dv.add(f"G{official.FIRST_ROW}:X{row - 1}")
    ws.add_data_validation(dv)
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["D"].width = 30
    ws.column_dimensions["F"].width = 60
    ws.freeze_panes = f"G{official.FIRST_ROW}"
    wb.save(out)
    return out
