"""The official PPD Tahap II judge worksheet (Bappenas Excel layout): read and write.

Layout of sheet ``LEMBAR PENILAIAN`` (one judge, up to 18 regions):

* ``D4`` judge name; ``D5:D22`` region names (slot 1..18); row 24 column headers;
* from row 26 one row per item: ``A``/``B`` aspect number and "Title (30%)" on the
  aspect's first row, ``C``/``D`` indicator number and title on the indicator's
  first row, ``E``/``F`` item number and text;
* scores ``G..X`` (one column per region slot), Keunggulan Daerah ``Y..AP``,
  Rekomendasi ``AQ..BH`` (cells usually merged over an indicator or an aspect);
* formulas: ``BI..BZ`` indicator average ``AVERAGEIF(range, ">0")``, ``CC``
  indicator weight (``=3%``), ``CD..CU`` weighted value, and a ``Total`` row
  summing ``CD..CU``.

``read_worksheet`` returns plain data (items, weights, per-region scores and
texts) plus the results the spreadsheet itself last computed (cached formula
values; ``None`` where the file holds none, e.g. one written by openpyxl).
Anything unexpected raises ``WorksheetError`` naming file, sheet, cell and
reason. ``write_worksheet`` produces the same layout, with real formulas, from a
form. Texts are compared whitespace-normalised (``normalise_text``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from judgeapp.domain.rubric import Form, Scale
from judgeapp.domain.scoring import fmt
from judgeapp.errors import Refused
from judgeapp.i18n import t

SHEET = "LEMBAR PENILAIAN"
FIRST_ROW = 26
NAME_ROW = 5  # D5:D22
SLOTS = 18
COL_SCORE, COL_KEUNGGULAN, COL_REKOMENDASI = 7, 25, 43  # G, Y, AQ
COL_AVERAGE, COL_WEIGHT, COL_WEIGHTED = 61, 81, 82  # BI, CC, CD
TEXT_COLUMNS = (("keunggulan", COL_KEUNGGULAN), ("rekomendasi", COL_REKOMENDASI))
HEADERS = {
    "A24": "NO",
    "B24": "KRITERIA",
    "C24": "INDIKATOR",
    "E24": "ITEM",
    "G24": "NILAI",
    "Y24": "KEUNGGULAN DAERAH",
    "AQ24": "REKOMENDASI",
    "BI24": "SKOR",
    "CC24": "BOBOT",
    "CD24": "NILAI TERBOBOT",
}
OFFICIAL_SCALE = Scale(kind="range", min=Decimal(5), max=Decimal(10), decimals=2)
ASPECT_TITLE = re.compile(r"^(.*?)\s*\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\)\s*$", re.S)
PERCENT_FORMULA = re.compile(r"^=\s*(\d+(?:\.\d+)?)\s*%\s*$")


def normalise_text(text: str) -> str:
    """Runs of whitespace (spaces, newlines, no-break spaces) → one space; ends stripped."""
    return " ".join(text.split())


def split_title(raw: str) -> tuple[str, str]:
    """An indicator title "Title*\\n**note" → ("Title", "note"), both normalised."""
    head, star, rest = raw.partition("*")
    return normalise_text(head), normalise_text(rest.strip("* \n")) if star else ""


class WorksheetError(Refused):
    """A spreadsheet refused: names the file, sheet, cell and reason."""

    def __init__(self, file: str, sheet: str, cell: str, reason: str):
        self.sheet, self.cell = sheet, cell
        super().__init__(reason, file=file, place=f"{sheet}!{cell}" if cell else sheet)


@dataclass(frozen=True)
class SheetItem:
    row: int
    aspect: int
    indicator: int
    number: int
    text: str

    @property
    def key(self) -> str:
        """ "indicator.item", e.g. "1.3" (the ids of the ppd-tahap2 form)."""
        return f"{self.indicator}.{self.number}"


@dataclass(frozen=True)
class SheetIndicator:
    number: int
    raw_title: str
    weight: Decimal  # percent of the total, e.g. 4.5
    first_row: int
    last_row: int
    items: tuple[SheetItem, ...]

    @property
    def title(self) -> str:
        return split_title(self.raw_title)[0]

    @property
    def note(self) -> str:
        return split_title(self.raw_title)[1]


@dataclass(frozen=True)
class SheetAspect:
    number: int
    raw_title: str
    title: str
    weight: Decimal | None
    indicators: tuple[SheetIndicator, ...]


@dataclass(frozen=True)
class SheetText:
    field: str  # "keunggulan" | "rekomendasi"
    cell: str
    text: str
    indicators: tuple[int, ...]  # indicator numbers the (merged) cell spans


@dataclass(frozen=True)
class SheetRegion:
    slot: int  # 1..18
    name: str
    column: str  # score column letter, G..X
    scores: dict[str, Decimal]  # item key "1.3" → score
    texts: tuple[SheetText, ...] = ()
    zeros: frozenset[str] = frozenset()  # item keys whose cell holds 0 (not scored)

    def indicator_texts(self) -> dict[tuple[int, str], str]:
        """(indicator number, field) → text. A cell merged over several
        indicators (the official sheet merges per aspect) counts for the first."""
        return {(tx.indicators[0], tx.field): tx.text for tx in self.texts if tx.indicators}


@dataclass(frozen=True)
class CachedResult:
    """What the spreadsheet application last computed for one region."""

    indicators: dict[int, Decimal | None]  # BI.. averages by indicator number
    weighted: dict[int, Decimal | None]  # CD.. weighted values
    total: Decimal | None
    total_cell: str | None  # the Total row's cell, or None when summed from CD..


@dataclass(frozen=True)
class Worksheet:
    path: str
    judge: str
    aspects: tuple[SheetAspect, ...]
    regions: tuple[SheetRegion, ...]
    cached: dict[int, CachedResult] = field(default_factory=dict)  # by region slot

    @property
    def indicators(self) -> list[SheetIndicator]:
        return [ind for a in self.aspects for ind in a.indicators]

    @property
    def items(self) -> list[SheetItem]:
        return [it for ind in self.indicators for it in ind.items]

    def region(self, name: str) -> SheetRegion:
        for r in self.regions:
            if r.name.casefold() == normalise_text(name).casefold():
                return r
        raise KeyError(name)


def read_worksheet(path: Path | str, scale: Scale = OFFICIAL_SCALE) -> Worksheet:
    """Read an official-layout worksheet; raise ``WorksheetError`` if it is not one.

    Scores are checked against ``scale`` (default: 5–10, two decimals). A 0 counts
    as "not scored", like the sheet's own ``AVERAGEIF(range, ">0")``.
    """
    from judgeapp.services.worksheet_read import Reader

    r = Reader(Path(path), scale)
    r.headers()
    aspects, total_row, last_row = r.structure()
    regions = r.regions(aspects, last_row)
    judge = r.value(4, 4)
    cached = {reg.slot: r.cached_results(aspects, total_row, reg.slot) for reg in regions}
    return Worksheet(
        str(path), normalise_text(str(judge)) if judge else "", aspects, regions, cached
    )


# ---- matching a form -------------------------------------------------------------------
def match_form(sheet: Worksheet, form: Form) -> dict[str, str]:
    """Check the sheet has exactly the form's indicators, weights and item texts
    (whitespace-normalised), in order; return sheet item key → form item id."""
    f_inds = [ind for _a, ind in form.indicators()]
    s_inds = sheet.indicators
    weights = form.effective_weights()

    def refuse(cell: str, reason: str) -> WorksheetError:
        return WorksheetError(sheet.path, SHEET, cell, f"{reason} (form {form.id})")

    if len(f_inds) != len(s_inds):
        return_cell = f"C{s_inds[-1].first_row}" if s_inds else f"C{FIRST_ROW}"
        raise refuse(
            return_cell,
            t("jumlah indikator", "number of indicators") + f" {len(s_inds)} ≠ {len(f_inds)}",
        )
    mapping: dict[str, str] = {}
    for f_ind, s_ind in zip(f_inds, s_inds, strict=True):
        if s_ind.title != normalise_text(f_ind.title):
            raise refuse(
                f"D{s_ind.first_row}",
                t("judul indikator berbeda", "indicator title differs")
                + f": {s_ind.title!r} ≠ {f_ind.title!r}",
            )
        if s_ind.weight != weights[f_ind.id]:
            raise refuse(
                f"CC{s_ind.first_row}",
                t("bobot berbeda", "weight differs")
                + f": {fmt(s_ind.weight)} ≠ {fmt(weights[f_ind.id])}",
            )
        if len(s_ind.items) != len(f_ind.items):
            raise refuse(
                f"E{s_ind.first_row}",
                t("jumlah item", "number of items") + f" {len(s_ind.items)} ≠ {len(f_ind.items)}",
            )
        for s_it, f_it in zip(s_ind.items, f_ind.items, strict=True):
            if normalise_text(s_it.text) != normalise_text(f_it.text):
                raise refuse(
                    f"F{s_it.row}",
                    t("teks item berbeda", "item text differs")
                    + f": {normalise_text(s_it.text)!r} ≠ {f_it.text!r}",
                )
            mapping[s_it.key] = f_it.id
    return mapping


def form_scores(sheet: Worksheet, form: Form, region: SheetRegion) -> dict[str, Decimal]:
    """One region's scores keyed by the form's item ids (after ``match_form``)."""
    mapping = match_form(sheet, form)
    return {mapping[k]: v for k, v in region.scores.items()}


def form_texts(sheet: Worksheet, form: Form, region: SheetRegion) -> dict[tuple[str, str], str]:
    """One region's texts keyed by (form indicator id, field id)."""
    match_form(sheet, form)
    ids = {i + 1: ind.id for i, (_a, ind) in enumerate(form.indicators())}
    return {(ids[n], fid): text for (n, fid), text in region.indicator_texts().items()}


# ---- writing ---------------------------------------------------------------------
def write_worksheet(
    path: Path | str,
    form: Form,
    regions: Sequence[str],
    scores: Mapping[str, Mapping[str, Decimal]] | None = None,
    texts: Mapping[str, Mapping[tuple[str, str], str]] | None = None,
    judge: str = "",
) -> Path:
    """Write a worksheet in the official layout, with live formulas.

    ``scores``: region name → item id → score; ``texts``: region name →
    (indicator id, "keunggulan" | "rekomendasi") → text. Raises ``ValueError``
    for input that does not fit the layout (no items, > 18 regions, bad score).
    """
    from judgeapp.services.worksheet_write import write

    return write(Path(path), form, regions, scores or {}, texts or {}, judge)


__all__ = [
    "CachedResult",
    "SheetAspect",
    "SheetIndicator",
    "SheetItem",
    "SheetRegion",
    "SheetText",
    "Worksheet",
    "WorksheetError",
    "form_scores",
    "form_texts",
    "match_form",
    "normalise_text",
    "read_worksheet",
    "split_title",
    "write_worksheet",
]
