"""The official worksheet's totals, exactly: worksheets built for each case in the
official layout, saved with the results a spreadsheet application stores.

* a total landing exactly on a half (7.54705) imports and rounds up (7.5471);
* two regions equal when rounded (7.999965 and 8) rank in the worksheet's order;
* a blank or 0 cell keeps the judge in the ranking, with a visible warning.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal as D
from fractions import Fraction

import pytest
from kit.worksheet import recalculate, set_cell

from judgeapp.domain.judges import NewJudge
from judgeapp.resources import forms_dir
from judgeapp.services import moderation, progress, results, setup
from judgeapp.services.events import create_event
from judgeapp.services.forms import load_form_file
from judgeapp.services.judges import add_judge
from judgeapp.services.worksheet import read_worksheet, write_worksheet
from judgeapp.services.worksheet_import import WorksheetImportRefused, import_worksheet
from judgeapp.store.setup import NewRegionSubmission

PPD2 = forms_dir() / "ppd-tahap2.yaml"
FORM = load_form_file(PPD2)
KEYS = FORM.score_keys()

# A fill of the 195 items (hundredths, in form order) whose exact total is 7.54705:
# a spreadsheet stores 7.5470500000000005, the 28-digit Decimal sum gave
# 7.547049999999999999999999999 (means of 6, 7 and 9 items) and rounded it to 7.5470.
HALF = (
    "755 755 745 745 745 755 750 760 745 750 745 760 745 760 755 760 760 760 755 750 750 750"
    " 755 755 750 745 745 745 750 760 745 750 760 745 755 750 755 760 750 750 760 750 760 750"
    " 750 760 760 750 745 745 745 750 750 760 755 755 750 760 750 760 760 755 755 750 745 750"
    " 760 750 755 760 760 745 755 760 760 755 760 750 745 760 750 745 755 755 755 755 745 750"
    " 745 745 760 755 745 760 750 755 755 750 760 755 752 755 745 755 745 745 745 755 760 755"
    " 755 755 750 750 745 760 745 760 760 755 745 760 750 750 755 760 760 750 755 778 778 773"
    " 773 783 778 773 768 768 750 760 745 750 760 750 755 750 750 750 750 745 745 745 745 760"
    " 750 755 750 750 755 760 755 750 750 750 760 760 760 755 750 760 760 760 760 750 760 760"
    " 760 745 755 760 760 760 750 760 745 745 760 750 750 745 750 760 755 750 755"
)


def half_fill() -> dict[str, D]:
    cents = [int(c) for c in HALF.split()]
    assert len(cents) == len(KEYS) == 195
    return {k: D(c).scaleb(-2) for k, c in zip(KEYS, cents, strict=True)}


def event(ws, judges=("Ani",)):
    eid = create_event(ws, "PPD 2023", [str(PPD2)])
    for name in judges:
        add_judge(ws, eid, NewJudge(name, "TPI"))
    return eid


def saved(path, regions, scores, judge="Ani"):
    """A worksheet as a spreadsheet application saves it (formulas and results)."""
    write_worksheet(path, FORM, regions, scores, {}, judge=judge)
    recalculate(path)
    return path


def test_total_exactly_on_a_half_imports_and_rounds_up(workspace, tmp_path):
    scores = half_fill()
    path = saved(tmp_path / "lembar.xlsx", ["Kota Uji"], {"Kota Uji": scores})
    cached = read_worksheet(path).cached[1]
    assert cached.total == D("7.5470500000000005")  # the double the spreadsheet stored
    eid = event(workspace)
    res = import_worksheet(workspace, eid, path, "ani", create_missing=True)
    (region,) = res.regions
    assert region.exact_total == Fraction("7.54705")
    assert region.total == D("7.5471") and region.cached_agrees and region.status == "final"
    ranking = results.rank(workspace, eid)
    assert ranking.rows[0].score == D("7.5471") and ranking.rows[0].exact == Fraction("7.54705")


def test_stored_total_just_below_the_half_is_the_same_total(workspace, tmp_path):
    """Another application may store 7.547049999999999 for the same cells: it is
    the same total (compared exactly within the stored double's precision)."""
    path = saved(tmp_path / "lembar.xlsx", ["Kota Uji"], {"Kota Uji": half_fill()})
    total_cell = read_worksheet(path).cached[1].total_cell
    set_formula_result(path, total_cell, "7.547049999999999")
    eid = event(workspace)
    (region,) = import_worksheet(workspace, eid, path, "ani", create_missing=True).regions
    assert region.total == D("7.5471") and region.cached_agrees


def test_stored_total_of_other_scores_is_refused(workspace, tmp_path):
    scores = half_fill()
    path = saved(tmp_path / "lembar.xlsx", ["Kota Uji"], {"Kota Uji": scores})
    sheet = read_worksheet(path)
    item = sheet.items[0]
    # one item changed by 0.01 after the results were stored: off by 3 × 10⁻⁵
    set_cell(path, f"G{item.row}", float(scores[KEYS[0]] + D("0.01")))
    eid = event(workspace)
    with pytest.raises(WorksheetImportRefused, match=sheet.cached[1].total_cell) as err:
        import_worksheet(workspace, eid, path, "ani", create_missing=True)
    assert "7.54708" in str(err.value) and "7.54705" in str(err.value)
    assert results.rank(workspace, eid).rows == ()


def set_formula_result(path, ref, text):
    import re
    import zipfile

    from kit.worksheet import SHEET_XML, _rewrite

    assert ref in zipfile.ZipFile(path).read(SHEET_XML).decode()

    def change(xml: str) -> str:
        pat = re.compile(r'(<c r="' + ref + r'"[^>]*>.*?<v>)([^<]*)(</v>)', re.S)
        out, n = pat.subn(lambda m: m.group(1) + text + m.group(3), xml)
        assert n == 1
        return out

    _rewrite(path, change)


# ---- defect 2: equal when rounded, ranked exactly -------------------------------------------


def near_eight() -> tuple[dict[str, D], dict[str, D]]:
    """Kota B: every item 8 (total 8). Kota A: every item 8 except 8.01 in
    indicator 9 (1.5 %, 10 items) and 7.98 in indicator 19 (2 %, 8 items):
    total 8 + 0.0000015 − 0.00005 = 7.999965."""
    b = dict.fromkeys(KEYS, D(8))
    a = dict(b)
    a["9.1"] = D("8.01")
    a["19.1"] = D("7.98")
    return a, b


def test_rounded_equal_totals_rank_in_the_worksheets_order(workspace, tmp_path):
    a, b = near_eight()
    path = saved(tmp_path / "lembar.xlsx", ["Kota A", "Kota B"], {"Kota A": a, "Kota B": b})
    cached = read_worksheet(path).cached
    # doubles: 7.999964999999999 and 7.999999999999999 — the same totals, not exactly
    assert abs(cached[1].total - D("7.999965")) < D("1e-12")
    assert abs(cached[2].total - 8) < D("1e-12")
    eid = event(workspace)
    for name in ("Kota A", "Kota B"):
        setup.add_submission(workspace, eid, NewRegionSubmission(name, "kota"))
    imported = import_worksheet(workspace, eid, path, "ani").regions
    assert [r.total for r in imported] == [D("8.0000"), D("8.0000")]
    ranking = results.rank(workspace, eid)
    rows = ranking.rows_in("kota")
    assert [(r.region, r.rank, r.tied, r.trail) for r in rows] == [
        ("Kota B", 1, False, ()),
        ("Kota A", 2, False, ()),
    ]
    assert [r.score for r in rows] == [D("8.0000"), D("8.0000")]
    assert [r.score_text() for r in rows] == ["8.00000*", "7.99997*"]
    assert any("nilai eksak" in n for n in ranking.notes)


def test_judgeapp_rank_prints_the_places_that_show_the_order(workspace, tmp_path):
    a, b = near_eight()
    path = saved(tmp_path / "lembar.xlsx", ["Kota A", "Kota B"], {"Kota A": a, "Kota B": b})
    eid = event(workspace)
    import_worksheet(workspace, eid, path, "ani", create_missing=True)
    folder = str(workspace.folder)
    workspace.close()

    def run(*args: str) -> str:
        cmd = [sys.executable, "-m", "judgeapp", *args, "--workspace", folder]
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout

    table = run("rank", "--event", eid)
    assert table.index("Kota B") < table.index("Kota A")
    assert "8.00000*" in table and "7.99997*" in table and "nilai eksak" in table
    data = json.loads(run("rank", "--event", eid, "--format", "json"))
    by_region = {r["region"]: r for r in data["rows"]}
    assert by_region["Kota B"]["rank"] == 1 and by_region["Kota A"]["rank"] == 2
    assert by_region["Kota A"]["score"] == "8.0000" and by_region["Kota A"]["shown"] == "7.99997"
    assert by_region["Kota A"]["exact"] == "7.999965"


# ---- defect 3: a blank or 0 cell keeps the judge counted, with a warning ------------------------


def test_blank_and_zero_cells_count_with_a_warning_and_can_be_moderated(workspace, tmp_path):
    eid = event(workspace, judges=("Ani", "Budi", "Citra"))
    sub = setup.add_submission(workspace, eid, NewRegionSubmission("Kota Uji", "kota"))
    fills = {
        "ani": dict.fromkeys(KEYS, D(8)),
        "budi": dict.fromkeys(KEYS, D("8.5")),
        "citra": dict.fromkeys(KEYS, D("7.6")),
    }
    for judge, scores in fills.items():
        path = saved(tmp_path / f"{judge}.xlsx", ["Kota Uji"], {"Kota Uji": scores}, judge)
        if judge == "citra":
            rows = {it.key: it.row for it in read_worksheet(path).items}
            set_cell(path, f"G{rows['1.2']}", None)  # left blank
            set_cell(path, f"G{rows['1.3']}", 0)  # 0: out of the 5–10 scale, not scored
            fills[judge] = {k: v for k, v in scores.items() if k not in ("1.2", "1.3")}
            recalculate(path)
        (region,) = import_worksheet(workspace, eid, path, judge).regions
        assert region.status == "final"
        if judge == "citra":
            assert region.warnings == (
                {"kind": "blank", "cell": f"G{rows['1.2']}", "key": "1.2"},
                {"kind": "zero", "cell": f"G{rows['1.3']}", "key": "1.3"},
            )
            assert f"G{rows['1.2']}" in region.warning and "(0)" in region.warning
            assert region.cached_agrees  # the worksheet's own total of the scored items

    row = results.rank(workspace, eid).row(sub)
    assert row.judges == 3  # Citra still counts: the median is over three totals
    assert row.score == D("8.0000")
    assert len(row.warnings) == 1 and "Citra" in row.warnings[0]
    assert f"G{rows['1.2']}" in row.warnings[0]

    board = progress.progress_board(workspace, eid)
    cell = board.cell("citra", sub)
    assert cell.status == "final" and board.warned == 1
    assert f"G{rows['1.3']} (0)" in progress.label_of(cell)
    assert "citra" in board.missing_by_judge()

    listed = results.disagreements(workspace, eid)
    warned = [d for d in listed if d.warning]
    assert [(d.target, d.flagged) for d in warned] == [("i01", False)]
    assert "Citra" in warned[0].warning
    moderation.record_moderation(
        workspace,
        eid,
        warned[0].stage_id,
        sub,
        "i01",
        "7.5",
        "Citra menilai ulang indikator 1 di rapat pleno",
        ["Ani", "Budi", "Citra"],
    )
    again = results.rank(workspace, eid).row(sub)
    assert [(m.target, m.value) for m in again.moderated] == [("i01", D("7.5"))]
    # every judge's indicator 1 is 7.5 now: 7.985, 8.47, 7.597 → median 7.985
    assert again.score == D("7.9850")


def test_indicator_without_any_scored_item_leaves_the_sheet_open(workspace, tmp_path):
    """The worksheet itself computes no total then (#DIV/0!): the sheet does
    not count, and the board says which cells are blank."""
    eid = event(workspace)
    sub = setup.add_submission(workspace, eid, NewRegionSubmission("Kota Uji", "kota"))
    path = saved(tmp_path / "lembar.xlsx", ["Kota Uji"], {"Kota Uji": dict.fromkeys(KEYS, D(8))})
    rows = [it.row for it in read_worksheet(path).items if it.indicator == 1]
    for row in rows:
        set_cell(path, f"G{row}", None)
    assert recalculate(path)[read_worksheet(path).cached[1].total_cell] == "#DIV/0!"
    (region,) = import_worksheet(workspace, eid, path, "ani").regions
    assert region.status == "open" and len(region.warnings) == 10
    assert results.rank(workspace, eid).row(sub).rank is None
    assert results.rank(workspace, eid, provisional=True).row(sub).warnings


def test_ranking_pdf_prints_the_places_that_show_the_order(workspace, tmp_path):
    import shutil

    from judgeapp.reports import render_report

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    a, b = near_eight()
    path = saved(tmp_path / "lembar.xlsx", ["Kota A", "Kota B"], {"Kota A": a, "Kota B": b})
    eid = event(workspace)
    import_worksheet(workspace, eid, path, "ani", create_missing=True)
    pdf = render_report(workspace, "ranking", eid, tmp_path / "peringkat.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.index("Kota B") < text.index("Kota A")
    assert "8,00000*" in text and "7,99997*" in text  # Indonesian decimal comma
    assert "nilai eksak" in " ".join(text.split())
