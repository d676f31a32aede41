"""The Excel export names stages and tie-break rules as people do: "Tahap II",
"aspek Pencapaian" — not "Tahap tahap2" or "aspect:capaian"."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from judgeapp.reports.xlsx import export_xlsx


@pytest.mark.parametrize(
    ("lang", "scores", "trail"),
    [
        ("id", "Nilai Tahap II", "di atas Kota Alpha: aspek Pencapaian 8,6667 / 8,0000"),
        ("en", "Scores Tahap II", "ahead of Kota Alpha: aspect Pencapaian 8.6667 / 8.0000"),
    ],
)
def test_headers_sheets_and_trail_in_words(tie_event, tmp_path, lang, scores, trail):
    out = export_xlsx(tie_event.ws, tie_event.event_id, tmp_path / "e.xlsx", lang=lang)
    wb = load_workbook(out)
    assert scores in wb.sheetnames
    rk = wb["Peringkat" if lang == "id" else "Ranking"]
    header = [c.value for c in rk[1]]
    assert "Tahap II" in header
    assert not any("tahap2" in str(h) for h in header)
    rows = {r[2]: r for r in rk.iter_rows(min_row=2, values_only=True)}
    assert rows["Kota Beta"][-1] == trail
    every = [str(c.value) for sh in wb.worksheets for row in sh.iter_rows() for c in row]
    assert not any("aspect:" in v or "stage:" in v for v in every)
    for name in ("Total", "Butir" if lang == "id" else "Items"):
        stages = {r[0] for r in wb[name].iter_rows(min_row=2, values_only=True)}
        assert stages == {"Tahap II"}, (name, stages)
    items = wb["Butir" if lang == "id" else "Items"]
    assert {r[3] for r in items.iter_rows(min_row=2, values_only=True)} == {"final"}


def test_open_sheets_say_so_in_words(workspace, mini_form, tmp_path):
    from tiekit import build_tie_event

    ev = build_tie_event(workspace, mini_form, final=False)
    wb = load_workbook(export_xlsx(ev.ws, ev.event_id, tmp_path / "e.xlsx"))
    items = wb["Butir"]
    assert {r[3] for r in items.iter_rows(min_row=2, values_only=True)} == {"terbuka"}
    per = wb["Nilai Tahap II"]
    assert {r[4] for r in per.iter_rows(min_row=2, values_only=True)} == {"terbuka"}
