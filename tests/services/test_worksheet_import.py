"""Official PPD worksheet import: regions by name, texts, totals = the sheet's own."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from fractions import Fraction

import pytest
from kit.judging import MINI, make_event, snapshot

from judgeapp.domain.judges import NewJudge
from judgeapp.domain.scoring import quantize, score_sheet
from judgeapp.resources import forms_dir
from judgeapp.services import setup
from judgeapp.services.forms import load_form_file
from judgeapp.services.judges import add_judge
from judgeapp.services.sheets import state
from judgeapp.services.worksheet import read_worksheet, write_worksheet
from judgeapp.services.worksheet_import import (
    WorksheetImportRefused,
    guess_kind,
    import_worksheet,
    match_key,
)
from judgeapp.store.forms import load_pinned
from judgeapp.store.setup import NewRegionSubmission

PPD2 = str(forms_dir() / "ppd-tahap2.yaml")
REGIONS = ("Kota Alpha", "Kabupaten Beta", "Jawa Tengah")
KEYS = ["ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2"]


def _scores(i: int) -> dict[str, Decimal]:
    return {
        k: Decimal("5.5") + Decimal(i) + Decimal(n) * Decimal("0.75") for n, k in enumerate(KEYS)
    }


@pytest.fixture
def generated(tmp_path):
    form = load_form_file(MINI)
    scores = {r: _scores(i) for i, r in enumerate(REGIONS)}
    scores["Jawa Tengah"].pop("output.2")  # one item left blank
    texts = {
        r: {("ekonomi", "keunggulan"): f"Kuat di {r}", ("ekonomi", "rekomendasi"): "Lanjutkan"}
        for r in REGIONS
    }
    path = write_worksheet(tmp_path / "lembar.xlsx", form, REGIONS, scores, texts, judge="Ani")
    return path, form, scores


@pytest.fixture
def ev(workspace):
    eid = make_event(workspace)
    add_judge(workspace, eid, NewJudge("Ani", "TPI"))
    return workspace, eid


def test_generated_worksheet_imported_by_name(ev, generated):
    ws, eid = ev
    path, form, scores = generated
    a = setup.add_submission(ws, eid, NewRegionSubmission("KOTA  alpha", "kota"))
    with pytest.raises(WorksheetImportRefused, match="Kabupaten Beta"):
        import_worksheet(ws, eid, path, "ani")
    res = import_worksheet(ws, eid, path, "ani", create_missing=True)
    assert [r.name for r in res.regions] == list(REGIONS)
    assert res.regions[0].submission_id == a and not res.regions[0].created
    assert res.regions[1].created and res.regions[2].created
    kinds = {
        r["region"]: r["region_kind"]
        for r in ws.query(
            "SELECT r.name AS region, r.kind AS region_kind FROM submissions s JOIN regions r ON r.id=s.region_id"
        )
    }
    assert kinds["Kabupaten Beta"] == "kabupaten" and kinds["Jawa Tengah"] == "provinsi"
    for r in res.regions:
        sheet = ws.query_one(
            "SELECT id, source, status FROM sheets WHERE submission_id=?", (r.submission_id,)
        )
        st = state(ws, sheet["id"])
        assert sheet["source"] == "worksheet"
        assert st.result.total == score_sheet(form, scores[r.name]).total == r.total
        assert st.data.texts[("ekonomi", "keunggulan")] == f"Kuat di {r.name}"
        assert r.cached_total is None  # openpyxl writes formulas without results
    # a blank cell does not stop a sheet from counting: final, with the cell listed
    assert [r.status for r in res.regions] == ["final", "final", "final"]
    assert res.regions[0].warnings == ()
    (blank,) = res.regions[2].warnings
    assert blank["kind"] == "blank" and blank["key"] == "output.2"
    assert len(ws.query("SELECT * FROM assignments WHERE judge_id='ani'")) == 3
    before = snapshot(ws)
    again = import_worksheet(ws, eid, path, "ani")
    assert all(r.changed == 0 for r in again.regions)
    assert snapshot(ws)["item_scores"] == before["item_scores"]


def test_refusals_change_nothing(ev, generated, tmp_path):
    ws, eid = ev
    path, _form, _scores = generated
    subs = [setup.add_submission(ws, eid, NewRegionSubmission(r, guess_kind(r))) for r in REGIONS]
    before = snapshot(ws)
    with pytest.raises(WorksheetImportRefused, match="zed"):
        import_worksheet(ws, eid, path, "zed")
    with pytest.raises(WorksheetImportRefused, match="nope"):
        import_worksheet(ws, "nope", path, "ani")
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(WorksheetImportRefused, match="junk.xlsx"):
        import_worksheet(ws, eid, junk, "ani")
    setup.declare_conflict(ws, eid, "ani", subs[1], "keluarga")
    before = snapshot(ws)
    with pytest.raises(WorksheetImportRefused, match="D6"):
        import_worksheet(ws, eid, path, "ani")
    assert snapshot(ws) == before


def test_form_mismatch_refused(workspace, generated):
    from judgeapp.services.events import create_event

    eid = create_event(workspace, "Sinovik", [str(forms_dir() / "sinovik-presentasi.yaml")])
    add_judge(workspace, eid, NewJudge("Ani", "TPI"))
    path, _f, _s = generated
    before = snapshot(workspace)
    with pytest.raises(WorksheetImportRefused, match="lembar.xlsx"):
        import_worksheet(workspace, eid, path, "ani", create_missing=True)
    assert snapshot(workspace) == before


def test_match_key_and_kind():
    assert match_key("  Provinsi   Bali ") == match_key("bali")
    assert guess_kind("Kabupaten Ogan Komering Ulu Timur") == "kabupaten"
    assert guess_kind("Kota Sukabumi") == "kota"
    assert guess_kind("Banten") == "provinsi"


def test_official_worksheet_totals_equal_cached_results(workspace, official_worksheet):
    from judgeapp.services.events import create_event

    eid = create_event(workspace, "PPD 2023", [PPD2])
    add_judge(workspace, eid, NewJudge("Penilai", "TPI"))
    setup.add_submission(workspace, eid, NewRegionSubmission("Bali", "provinsi"))
    res = import_worksheet(workspace, eid, official_worksheet, "penilai", create_missing=True)
    sheet = read_worksheet(official_worksheet)
    form = load_pinned(workspace, workspace.query_one("SELECT form_hash FROM stages")["form_hash"])
    assert [r.name for r in res.regions] == ["Bali", "Banten", "Kabupaten Ogan Komering Ulu Timur"]
    assert [r.created for r in res.regions] == [False, True, True]
    for r in res.regions:
        cached = sheet.cached[r.slot].total
        assert cached is not None
        expected = quantize(Decimal(cached), form.total_decimals)
        row = workspace.query_one("SELECT id FROM sheets WHERE submission_id=?", (r.submission_id,))
        assert state(workspace, row["id"]).result.total == expected == r.total
        assert r.cached_total == Decimal(cached) and r.cached_agrees
        assert abs(r.exact_total - Fraction(cached)) < Fraction(1, 10**12)
        assert r.status == "final"
    texts = workspace.query("SELECT field FROM sheet_texts")
    assert {t["field"] for t in texts} == {"keunggulan", "rekomendasi"}


def test_official_worksheet_with_altered_cached_total_refused(
    workspace, official_worksheet, tmp_path
):
    """A cached total that disagrees with the scores is refused, naming the cell."""
    from judgeapp.services.events import create_event

    eid = create_event(workspace, "PPD 2023", [PPD2])
    add_judge(workspace, eid, NewJudge("Penilai", "TPI"))
    total_cell = read_worksheet(official_worksheet).cached[1].total_cell
    bad = tmp_path / "altered.xlsx"
    with (
        zipfile.ZipFile(official_worksheet) as src,
        zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                pat = re.compile(r'(<c r="' + total_cell + r'"[^>]*>.*?<v>)([^<]*)(</v>)', re.S)
                text, n = pat.subn(lambda m: m.group(1) + "9.5" + m.group(3), text)
                data = text.encode("utf-8") if n else data
            dst.writestr(info, data)
    before = snapshot(workspace)
    with pytest.raises(WorksheetImportRefused, match=total_cell):
        import_worksheet(workspace, eid, bad, "penilai", create_missing=True)
    assert snapshot(workspace) == before


def test_worksheet_region_name_over_the_bound_refused_nothing_written(ev, tmp_path):
    from judgeapp import i18n

    ws, eid = ev
    form = load_form_file(MINI)
    name = "K" * 1_000  # a cell holds at most 32,767 characters
    path = write_worksheet(tmp_path / "panjang.xlsx", form, (name,), {name: _scores(0)}, {})
    before = snapshot(ws)
    i18n.set_language("en")
    with pytest.raises(WorksheetImportRefused) as exc:
        import_worksheet(ws, eid, path, "ani", create_missing=True)
    assert str(exc.value).endswith(
        "panjang.xlsx: LEMBAR PENILAIAN!D5: region name too long (1000 characters; at most 300)"
    )
    assert snapshot(ws) == before


def test_add_submission_refuses_overlong_names(ev):
    from judgeapp import i18n
    from judgeapp.services.setup import SetupRefused

    ws, eid = ev
    before = snapshot(ws)
    i18n.set_language("en")
    with pytest.raises(SetupRefused) as exc:
        setup.add_submission(ws, eid, NewRegionSubmission("K" * 500_000, "kota"))
    assert exc.value.reason == "region name too long (500000 characters; at most 300)"
    with pytest.raises(SetupRefused, match="province too long"):
        setup.add_submission(ws, eid, NewRegionSubmission("Kota Alpha", "kota", province="P" * 301))
    assert snapshot(ws) == before
