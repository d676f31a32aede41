"""Parsing the official PPD worksheet layout (used by ``worksheet.read_worksheet``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from judgeapp.domain import bounds
from judgeapp.domain.rubric import Scale
from judgeapp.domain.scoring import ScoreError, check_score, fmt
from judgeapp.i18n import t
from judgeapp.services import worksheet as official
from judgeapp.services import xlsx_read
from judgeapp.services.worksheet import (
    CachedResult,
    SheetAspect,
    SheetIndicator,
    SheetItem,
    SheetRegion,
    SheetText,
    WorksheetError,
    normalise_text,
)


def _cell_position(ref: str) -> tuple[int, int]:
    pos = xlsx_read.parse_ref(ref)
    assert pos is not None, ref  # only the layout's own references come here
    return pos


get_column_letter = xlsx_read.column_letter


@dataclass
class _OpenIndicator:
    """An indicator while its item rows are read."""

    no: int
    raw: str
    weight: Decimal
    row: int
    items: list[SheetItem] = field(default_factory=list)

    def frozen(self) -> SheetIndicator:
        return SheetIndicator(
            self.no, self.raw, self.weight, self.row, self.items[-1].row, tuple(self.items)
        )


@dataclass
class _OpenAspect:
    """An aspect while its rows are read."""

    no: int
    raw: str
    title: str
    weight: Decimal | None
    inds: list[_OpenIndicator] = field(default_factory=list)

    def frozen(self) -> SheetAspect:
        return SheetAspect(
            self.no, self.raw, self.title, self.weight, tuple(i.frozen() for i in self.inds)
        )


class Reader:
    def __init__(self, path: Path, scale: Scale):
        self.file = str(path)
        self.scale = scale
        if not path.exists():
            raise WorksheetError(self.file, "", "", t("berkas tidak ada", "file not found"))
        try:
            sheet = xlsx_read.read_sheet(
                path,
                sheet=official.SHEET,
                max_rows=bounds.MAX_WORKSHEET_ROWS,
                max_cols=bounds.MAX_WORKSHEET_COLUMNS,
                label=self.file,
            )
        except xlsx_read.SheetRefused as exc:
            where, _, ref = (exc.place or "").partition("!")
            raise WorksheetError(self.file, where, ref, exc.reason) from None
        # Formulas read as "=<text>", as a spreadsheet shows them when editing; the
        # value Excel last computed is in ``cache``.
        self.grid: dict[tuple[int, int], Any] = {}
        self.cache: dict[tuple[int, int], Any] = {}
        for pos, cell in sheet.cells.items():
            if cell.formula is not None:
                self.grid[pos] = "=" + cell.formula
            elif cell.value is not None:
                self.grid[pos] = cell.value
            if cell.value is not None:
                self.cache[pos] = cell.value
        # (first row, column) of each merged range -> its last row
        self.spans = {(r1, c1): r2 for r1, c1, r2, _c2 in sheet.merges}
        self.max_row = max((r for r, _c in self.grid), default=0)

    def fail(self, row: int, col: int, reason: str) -> WorksheetError:
        return WorksheetError(self.file, official.SHEET, f"{get_column_letter(col)}{row}", reason)

    def value(self, row: int, col: int) -> Any:
        return self.grid.get((row, col))

    def cached(self, row: int, col: int) -> Any:
        return self.cache.get((row, col))

    # structure -------------------------------------------------------------------
    def headers(self) -> None:
        for ref, expected in official.HEADERS.items():
            row, col = _cell_position(ref)
            got = self.value(row, col)
            if not isinstance(got, str) or normalise_text(got).upper() != expected:
                raise WorksheetError(
                    self.file,
                    official.SHEET,
                    ref,
                    t("kepala kolom hilang: diharapkan", "missing column header: expected")
                    + f" {expected!r}, "
                    + t("isi", "found")
                    + f" {got!r}",
                )

    def number(self, row: int, col: int, what: str) -> int | None:
        v = self.value(row, col)
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        if isinstance(v, bool) or not isinstance(v, int | float) or int(v) != v:
            raise self.fail(
                row,
                col,
                t(f"nomor {what} bukan bilangan bulat", f"{what} number is not an integer")
                + f": {v!r}",
            )
        return int(v)

    def text(self, row: int, col: int, what: str) -> str:
        v = self.value(row, col)
        if not isinstance(v, str) or not v.strip():
            raise self.fail(row, col, t(f"teks {what} kosong", f"{what} text missing"))
        return v

    def weight(self, row: int) -> Decimal:
        raw = self.value(row, official.COL_WEIGHT)
        value: Decimal | None = None
        if isinstance(raw, str) and (m := official.PERCENT_FORMULA.match(raw)):
            value = Decimal(m.group(1))
        else:
            source = raw if isinstance(raw, int | float) and not isinstance(raw, bool) else None
            if source is None:
                cached = self.cached(row, official.COL_WEIGHT)
                if isinstance(cached, int | float) and not isinstance(cached, bool):
                    source = cached
            if source is not None:
                value = (Decimal(repr(source)) * 100).quantize(Decimal("0.000001")).normalize()
        if value is None or value < 0:
            raise self.fail(
                row,
                official.COL_WEIGHT,
                t("bobot tidak terbaca", "unreadable weight") + f": {raw!r}",
            )
        return value

    def structure(self) -> tuple[tuple[SheetAspect, ...], int | None, int]:
        """The aspects, indicators and items from the first row down to the total
        row or the first empty one: the aspects, the total's row (None when the
        sheet has none) and the last row read."""
        aspects: list[_OpenAspect] = []
        row = official.FIRST_ROW
        total_row: int | None = None
        last = self.max_row
        while row <= last:
            a_cell = self.value(row, 1)
            if isinstance(a_cell, str) and a_cell.strip().casefold() == "total":
                total_row = row
                break
            if all(self.value(row, c) in (None, "") for c in range(1, 7)):
                break
            held = sum(len(a.inds) for a in aspects)
            aspect = self._aspect_at(row, aspects)
            ind = self._indicator_at(row, aspect, held)
            self._item_at(row, aspect, ind)
            row += 1
        if not aspects:
            raise self.fail(
                official.FIRST_ROW, 1, t("tidak ada item penilaian", "no items to score")
            )
        out = tuple(a.frozen() for a in aspects)
        total = sum((ind.weight for a in out for ind in a.indicators), Decimal(0))
        if total != 100:
            first = out[0].indicators[0].first_row
            raise self.fail(
                first,
                official.COL_WEIGHT,
                t("bobot indikator berjumlah", "indicator weights sum to")
                + f" {fmt(total)}%, "
                + t("bukan 100%", "not 100%"),
            )
        return out, total_row, row - 1

    def _aspect_at(self, row: int, aspects: list[_OpenAspect]) -> _OpenAspect:
        """The aspect the row belongs to: a new one when the row numbers it."""
        a_no = self.number(row, 1, "aspek")
        if a_no is not None:
            if a_no != len(aspects) + 1:
                raise self.fail(
                    row, 1, t("nomor aspek tidak berurutan", "aspect numbers out of sequence")
                )
            raw = self.text(row, 2, "aspek")
            m = official.ASPECT_TITLE.match(raw)
            title = normalise_text(m.group(1) if m else raw)
            weight = Decimal(m.group(2).replace(",", ".")) if m else None
            aspects.append(_OpenAspect(a_no, raw, title, weight))
        elif not aspects:
            raise self.fail(
                row,
                1,
                t("baris pertama harus memulai aspek", "the first row must start an aspect"),
            )
        return aspects[-1]

    def _indicator_at(self, row: int, aspect: _OpenAspect, held: int) -> _OpenIndicator:
        """The indicator the row belongs to: a new one when the row numbers it
        (``held`` indicators come before it on the sheet)."""
        i_no = self.number(row, 3, "indikator")
        if i_no is not None:
            if i_no != held + 1:
                raise self.fail(
                    row,
                    3,
                    t("nomor indikator tidak berurutan", "indicator numbers out of sequence")
                    + f" ({held + 1})",
                )
            raw = self.text(row, 4, "indikator")
            aspect.inds.append(_OpenIndicator(i_no, raw, self.weight(row), row))
        elif not aspect.inds:
            raise self.fail(
                row,
                3,
                t(
                    "aspek harus dimulai dengan indikator",
                    "an aspect must start with an indicator",
                ),
            )
        return aspect.inds[-1]

    def _item_at(self, row: int, aspect: _OpenAspect, ind: _OpenIndicator) -> None:
        """The row's item, numbered next in its indicator."""
        n = self.number(row, 5, "item")
        if n is None:
            raise self.fail(row, 5, t("nomor item kosong", "item number missing"))
        if n != len(ind.items) + 1:
            raise self.fail(row, 5, t("nomor item tidak berurutan", "item numbers out of sequence"))
        ind.items.append(SheetItem(row, aspect.no, ind.no, n, self.text(row, 6, "item")))

    # regions ---------------------------------------------------------------------
    def score(self, row: int, col: int) -> Decimal | None:
        v = self.value(row, col)
        if isinstance(v, str) and v.startswith("="):
            v = self.cached(row, col)
            if v is None:
                raise self.fail(
                    row, col, t("rumus tanpa nilai tersimpan", "formula without a stored value")
                )
        if v is None or (isinstance(v, str) and not v.strip()):
            return None
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise self.fail(row, col, t("teks di sel nilai", "text in a score cell") + f": {v!r}")
        value = Decimal(v) if isinstance(v, int) else Decimal(repr(v))
        if value == 0:  # the sheet's AVERAGEIF(">0") ignores zeros: not scored
            return None
        try:
            return check_score(self.scale, value)
        except ScoreError as exc:
            raise self.fail(row, col, str(exc)) from None

    def is_zero(self, row: int, col: int) -> bool:
        """The score cell holds 0 (typed, or a formula's stored result)."""
        v = self.value(row, col)
        if isinstance(v, str) and v.startswith("="):
            v = self.cached(row, col)
        return isinstance(v, int | float) and not isinstance(v, bool) and v == 0

    def regions(self, aspects: tuple[SheetAspect, ...], last_row: int) -> tuple[SheetRegion, ...]:
        items = [it for a in aspects for ind in a.indicators for it in ind.items]
        ind_rows = [
            (ind.number, ind.first_row, ind.last_row) for a in aspects for ind in a.indicators
        ]
        out: list[SheetRegion] = []
        seen: dict[str, str] = {}
        for k in range(official.SLOTS):
            name_raw = self.value(official.NAME_ROW + k, 4)
            name = normalise_text(str(name_raw)) if name_raw is not None else ""
            col = official.COL_SCORE + k
            scores, zeros, first_cell = self._slot_scores(col, items)
            texts = self._slot_texts(k, last_row, ind_rows)
            if not name:
                if first_cell or texts:
                    row, c = first_cell or _cell_position(texts[0].cell)
                    raise self.fail(
                        row,
                        c,
                        t(
                            "nilai/teks untuk daerah tanpa nama di",
                            "scores/texts for a region with no name in",
                        )
                        + f" D{official.NAME_ROW + k}",
                    )
                continue
            if len(name) > bounds.MAX_NAME_CHARS:
                raise self.fail(
                    official.NAME_ROW + k,
                    4,
                    t(
                        f"nama daerah terlalu panjang ({len(name)} karakter; paling banyak"
                        f" {bounds.MAX_NAME_CHARS})",
                        f"region name too long ({len(name)} characters; at most"
                        f" {bounds.MAX_NAME_CHARS})",
                    ),
                )
            if name.casefold() in seen:
                raise self.fail(
                    official.NAME_ROW + k,
                    4,
                    t("nama daerah ganda", "duplicate region name") + f" ({seen[name.casefold()]})",
                )
            seen[name.casefold()] = f"D{official.NAME_ROW + k}"
            out.append(
                SheetRegion(
                    k + 1, name, get_column_letter(col), scores, tuple(texts), frozenset(zeros)
                )
            )
        return tuple(out)

    def _slot_scores(
        self, col: int, items: list[SheetItem]
    ) -> tuple[dict[str, Decimal], set[str], tuple[int, int] | None]:
        """A region's column: its scores by item key, the items left at 0 and
        the first scored cell."""
        scores: dict[str, Decimal] = {}
        zeros: set[str] = set()
        first_cell: tuple[int, int] | None = None
        for it in items:
            s = self.score(it.row, col)
            if s is not None:
                scores[it.key] = s
                first_cell = first_cell or (it.row, col)
            elif self.is_zero(it.row, col):
                zeros.add(it.key)
        return scores, zeros, first_cell

    def _slot_texts(
        self, k: int, last_row: int, ind_rows: list[tuple[int, int, int]]
    ) -> list[SheetText]:
        """The texts in the ``k``th region's text columns, each with the
        indicators its (merged) cell covers."""
        texts: list[SheetText] = []
        for fid, base in official.TEXT_COLUMNS:
            for row in range(official.FIRST_ROW, last_row + 1):
                raw = self.value(row, base + k)
                if raw is None:
                    continue
                text = str(raw).replace("\xa0", " ").strip()
                if not text:
                    continue
                end = self.spans.get((row, base + k), row)
                covered = tuple(n for n, a, b in ind_rows if a <= end and b >= row)
                texts.append(SheetText(fid, f"{get_column_letter(base + k)}{row}", text, covered))
        return texts

    def cached_results(
        self, aspects: tuple[SheetAspect, ...], total_row: int | None, slot: int
    ) -> CachedResult:
        def num(row: int, col: int) -> Decimal | None:
            v = self.cached(row, col)
            if isinstance(v, bool) or not isinstance(v, int | float):
                return None  # empty, never computed, or an error such as #DIV/0!
            return Decimal(v) if isinstance(v, int) else Decimal(repr(v))

        k = slot - 1
        inds = [ind for a in aspects for ind in a.indicators]
        averages = {ind.number: num(ind.first_row, official.COL_AVERAGE + k) for ind in inds}
        weighted = {ind.number: num(ind.first_row, official.COL_WEIGHTED + k) for ind in inds}
        if total_row is not None:
            cell = f"{get_column_letter(official.COL_WEIGHTED + k)}{total_row}"
            return CachedResult(averages, weighted, num(total_row, official.COL_WEIGHTED + k), cell)
        present = [v for v in weighted.values() if v is not None]
        return CachedResult(averages, weighted, sum(present, Decimal(0)) if present else None, None)
