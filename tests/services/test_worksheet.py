"""The official worksheet layout: reading, writing with live formulas, and refusals."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter

from judgeapp.domain.scoring import ScoreError, quantize, score_sheet
from judgeapp.services.forms import load_form_file
from judgeapp.services.worksheet import (
    SHEET,
    WorksheetError,
    form_scores,
    form_texts,
    match_form,
    read_worksheet,
    split_title,
    write_worksheet,
)

FORMS = Path(__file__).resolve().parents[2] / "forms"
D = Decimal
MINI_SCORES = {
    "Kota Sukabumi": {
        "ekonomi.1": D("8.25"),
        "ekonomi.2": D(9),
        "kemiskinan.1": D(7),
        "output.1": D("6.5"),
    },
    "Kabupaten Contoh": {"ekonomi.1": D(10), "output.1": D(5), "output.2": D("5.01")},
}
MINI_TEXTS = {
    "Kota Sukabumi": {
        ("ekonomi", "keunggulan"): "Rembug warga\nmelibatkan pemuda",
        ("ekonomi", "rekomendasi"): "Ukur dampak",
    }
}


@pytest.fixture
def mini_sheet(tmp_path, mini_form) -> Path:
    return write_worksheet(
        tmp_path / "mini.xlsx",
        mini_form,
        list(MINI_SCORES),
        MINI_SCORES,
        MINI_TEXTS,
        judge="Penilai Satu",
    )


# ---- formula evaluation, independent of the app's scoring -----------------------
def _evaluate_totals(path: Path, slots: int) -> list[Fraction | None]:
    """Evaluate the workbook's own formulas (only the shapes the layout uses)."""
    ws = openpyxl.load_workbook(path)[SHEET]

    def number(ref: str) -> Fraction | None:
        v = ws[ref].value
        if v is None:
            return None
        if isinstance(v, int | float):
            return Fraction(str(v))
        return cell(ref)

    def cell(ref: str) -> Fraction | None:
        f = ws[ref].value
        if m := re.fullmatch(r'=AVERAGEIF\(([A-Z]+)(\d+):([A-Z]+)(\d+),">0"\)', f):
            col, a, _col2, b = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            vals = [number(f"{col}{r}") for r in range(a, b + 1)]
            vals = [v for v in vals if v is not None and v > 0]
            return sum(vals) / len(vals) if vals else None  # #DIV/0! in a spreadsheet
        if m := re.fullmatch(r"=(\d+(?:\.\d+)?)%", f):
            return Fraction(m.group(1)) / 100
        if m := re.fullmatch(r"=([A-Z]+\d+)\*\$([A-Z]+)\$(\d+)", f):
            x, w = cell(m.group(1)), cell(f"{m.group(2)}{m.group(3)}")
            return None if x is None else x * w
        if re.fullmatch(r"=[A-Z]+\d+(\+[A-Z]+\d+)*", f):
            parts = [cell(p) for p in f[1:].split("+")]
            return None if None in parts else sum(parts)
        raise AssertionError(f"unexpected formula in {ref}: {f}")

    total_row = next(r for r in range(26, ws.max_row + 1) if ws.cell(r, 1).value == "Total")
    cd = column_index_from_string("CD")
    return [cell(f"{get_column_letter(cd + k)}{total_row}") for k in range(slots)]


def test_round_trip_mini(mini_form, mini_sheet):
    sheet = read_worksheet(mini_sheet)
    assert sheet.judge == "Penilai Satu"
    assert [(a.number, a.title, a.weight) for a in sheet.aspects] == [
        (1, "Pencapaian", 60),
        (2, "Inovasi", 40),
    ]
    assert [(i.number, i.title, i.weight, len(i.items)) for i in sheet.indicators] == [
        (1, "Pertumbuhan Ekonomi", 40, 2),
        (2, "Kemiskinan", 20, 1),
        (3, "Output Inovasi", 40, 2),
    ]
    assert [(r.slot, r.name, r.column) for r in sheet.regions] == [
        (1, "Kota Sukabumi", "G"),
        (2, "Kabupaten Contoh", "H"),
    ]
    for region in sheet.regions:
        assert form_scores(sheet, mini_form, region) == MINI_SCORES[region.name]
    kota = sheet.region("kota  sukabumi")
    assert [(t.field, t.cell, t.indicators) for t in kota.texts] == [
        ("keunggulan", "Y26", (1,)),
        ("rekomendasi", "AQ26", (1,)),
    ]
    assert form_texts(sheet, mini_form, kota) == MINI_TEXTS["Kota Sukabumi"]
    assert all(c.total is None for c in sheet.cached.values())  # nothing computed yet


def test_written_formulas_compute_the_apps_totals(mini_form, mini_sheet):
    evaluated = _evaluate_totals(mini_sheet, 2)
    res = score_sheet(mini_form, MINI_SCORES["Kota Sukabumi"])
    assert Fraction(sum(res.weighted.values(), D(0))) == evaluated[0]
    # by hand: (8.625*40 + 7*20 + 6.5*40) / 100
    assert evaluated[0] == Fraction("7.45") and res.total == D("7.45")
    # Kemiskinan unscored in the second region: the sheet's total is #DIV/0!,
    # the app totals what is scored (and completeness reports the gap)
    assert evaluated[1] is None
    assert score_sheet(mini_form, MINI_SCORES["Kabupaten Contoh"]).total == D("6.002")


def test_written_ppd_tahap2_formulas_compute_the_apps_totals(tmp_path):
    form = load_form_file(FORMS / "ppd-tahap2.yaml")
    keys = form.score_keys()
    scores = {
        "Provinsi A": {k: D(5) + D((i * 37) % 501) / 100 for i, k in enumerate(keys)},
        "Provinsi B": {k: D(6) + D(i % 5) for i, k in enumerate(keys) if i % 3},
        "Provinsi C": {k: D(8) for k in keys[:40]},
    }
    path = write_worksheet(tmp_path / "ppd.xlsx", form, list(scores), scores)
    evaluated = _evaluate_totals(path, 3)
    sheet = read_worksheet(path)
    for region, value in zip(sheet.regions, evaluated, strict=True):
        got = form_scores(sheet, form, region)
        assert got == scores[region.name]
        res = score_sheet(form, got)
        if region.name == "Provinsi C":
            assert value is None  # unscored indicators: #DIV/0! in the sheet's total
            assert res.total is not None  # the app totals what is scored
        else:
            # Decimal keeps 28 significant digits; the sheet's value is exact here
            assert abs(Fraction(sum(res.weighted.values(), D(0))) - value) < Fraction(1, 10**24)
            assert res.total == quantize(D(value.numerator) / D(value.denominator), 4)


def test_zero_counts_as_not_scored(tmp_path, mini_form, mini_sheet):
    def zero(ws):
        ws["G27"] = 0

    sheet = read_worksheet(_mutate(mini_sheet, tmp_path, zero))
    assert "ekonomi.2" not in form_scores(sheet, mini_form, sheet.regions[0])


# ---- refusals ------------------------------------------------------------------------
def _mutate(src: Path, tmp_path: Path, fn, name: str = "bad.xlsx") -> Path:
    wb = openpyxl.load_workbook(src)
    fn(wb[SHEET] if SHEET in wb.sheetnames else wb.active)
    out = tmp_path / name
    wb.save(out)
    return out


def _set(ref, value):
    def fn(ws):
        ws[ref] = value

    return fn


def _rename(ws):
    ws.title = "Sheet1"


@pytest.mark.parametrize(
    ("mutation", "sheet", "cell", "reason"),
    [
        (_set("G26", 11), SHEET, "G26", "di luar rentang 5–10: 11"),
        (_set("G26", 3), SHEET, "G26", "di luar rentang"),
        (_set("H29", -1), SHEET, "H29", "di luar rentang"),
        (_set("G26", 7.123), SHEET, "G26", "maksimal 2 desimal"),
        (_set("G27", "delapan"), SHEET, "G27", "teks di sel nilai: 'delapan'"),
        (_set("G27", "8,5"), SHEET, "G27", "teks di sel nilai"),
        (_set("G26", "=4+4"), SHEET, "G26", "rumus tanpa nilai tersimpan"),
        (_set("G24", None), SHEET, "G24", "kepala kolom hilang: diharapkan 'NILAI'"),
        (_set("CC24", "BOBOT %"), SHEET, "CC24", "kepala kolom hilang"),
        (_set("D6", None), SHEET, "H26", "daerah tanpa nama di D6"),
        (_set("D6", "kota sukabumi"), SHEET, "D6", "nama daerah ganda (D5)"),
        (_set("CC26", "=39%"), SHEET, "CC26", "bobot indikator berjumlah 99%, bukan 100%"),
        (_set("CC26", "tiga"), SHEET, "CC26", "bobot tidak terbaca"),
        (_set("E27", 3), SHEET, "E27", "nomor item tidak berurutan"),
        (_set("E27", "dua"), SHEET, "E27", "nomor item bukan bilangan bulat"),
        (_set("F27", None), SHEET, "F27", "teks item kosong"),
        (_set("C28", 5), SHEET, "C28", "nomor indikator tidak berurutan"),
        (_rename, SHEET, "", "lembar tidak ada; yang ada: Sheet1"),
    ],
)
def test_bad_spreadsheets_are_refused(tmp_path, mini_sheet, mutation, sheet, cell, reason):
    bad = _mutate(mini_sheet, tmp_path, mutation)
    with pytest.raises(WorksheetError) as exc:
        read_worksheet(bad)
    err = exc.value
    assert (err.file, err.sheet, err.cell) == (str(bad), sheet, cell)
    assert reason in err.reason
    place = f"{sheet}!{cell}" if cell else sheet
    assert str(err) == f"{bad}: {place}: {err.reason}"


def test_refusal_in_english(tmp_path, mini_sheet, monkeypatch):
    from judgeapp import i18n

    monkeypatch.setitem(i18n._state, "lang", "en")
    bad = _mutate(mini_sheet, tmp_path, _set("G27", "eight"))
    with pytest.raises(WorksheetError, match=r"LEMBAR PENILAIAN!G27: text in a score cell"):
        read_worksheet(bad)


def test_not_a_workbook_and_missing_file(tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a zip file")
    with pytest.raises(WorksheetError, match="bukan berkas Excel") as exc:
        read_worksheet(junk)
    assert exc.value.file == str(junk) and str(exc.value).startswith(f"{junk}: ")
    with pytest.raises(WorksheetError, match="berkas tidak ada"):
        read_worksheet(tmp_path / "absent.xlsx")


def test_match_form_refuses_a_different_form(tmp_path, mini_form, mini_sheet):
    changed = _mutate(mini_sheet, tmp_path, _set("F27", "Peran bupati"))
    sheet = read_worksheet(changed)
    with pytest.raises(WorksheetError) as exc:
        match_form(sheet, mini_form)
    assert exc.value.cell == "F27"
    assert "teks item berbeda" in exc.value.reason and "(form mini)" in exc.value.reason

    def swap(ws):
        ws["CC26"], ws["CC28"] = "=30%", "=30%"

    sheet = read_worksheet(_mutate(mini_sheet, tmp_path, swap, "swap.xlsx"))
    with pytest.raises(WorksheetError, match="bobot berbeda: 30 ≠ 40") as exc:
        form_scores(sheet, mini_form, sheet.regions[0])
    assert exc.value.cell == "CC26"

    tahap2 = load_form_file(FORMS / "ppd-tahap2.yaml")
    with pytest.raises(WorksheetError, match="jumlah indikator 3 ≠ 22"):
        match_form(read_worksheet(mini_sheet), tahap2)


# ---- the writer's own refusals ---------------------------------------------------------------
def test_writer_refuses_what_does_not_fit(tmp_path, mini_form):
    out = tmp_path / "x.xlsx"
    with pytest.raises(ValueError, match="at most 18"):
        write_worksheet(out, mini_form, [f"D{k}" for k in range(19)])
    with pytest.raises(ValueError, match="distinct"):
        write_worksheet(out, mini_form, ["A", " a "])
    with pytest.raises(ValueError, match="not among the regions"):
        write_worksheet(out, mini_form, ["A"], {"B": {}})
    with pytest.raises(ScoreError):
        write_worksheet(out, mini_form, ["A"], {"A": {"ekonomi.1": D(11)}})
    sinovik = load_form_file(FORMS / "sinovik-proposal.yaml")
    with pytest.raises(ValueError, match="has no items"):
        write_worksheet(out, sinovik, ["A"])
    assert not out.exists()


# ---- the official file, when present ------------------------------------------------------
def test_reads_the_official_worksheet(official_worksheet):
    sheet = read_worksheet(official_worksheet)
    assert sheet.judge == ""
    assert [(r.name, r.column, len(r.scores)) for r in sheet.regions] == [
        ("Bali", "G", 195),
        ("Banten", "H", 195),
        ("Kabupaten Ogan Komering Ulu Timur", "I", 195),
    ]
    bali = sheet.region("BALI")
    assert bali.scores["1.1"] == 8 and bali.scores["22.7"] == 8
    assert sheet.region("Banten").scores["22.6"] == 7
    # texts are merged over the whole first aspect (rows 26-125): indicators 1..10
    assert [(t.field, t.cell, t.indicators) for t in bali.texts] == [
        ("keunggulan", "Y26", tuple(range(1, 11))),
        ("rekomendasi", "AQ26", tuple(range(1, 11))),
    ]
    assert set(bali.indicator_texts()) == {(1, "keunggulan"), (1, "rekomendasi")}
    assert sheet.region("Kabupaten Ogan Komering Ulu Timur").texts == ()
    cached = sheet.cached[1]
    assert cached.indicators[1] == 8 and cached.weighted[1] == D("0.24")
    assert cached.total_cell == "CD221"
    ind10 = sheet.indicators[9]
    assert ind10.title == "Capaian Pembangunan Spesifik Daerah"
    assert ind10.note.startswith("Pilih salah satu Indikator Kinerja Utama (IKU)")
    assert split_title(ind10.raw_title) == (ind10.title, ind10.note)
