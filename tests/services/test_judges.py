"""Judges at the secretariat: a name held twice is refused (never made ``…-2``),
edits keep the id, removing one who has scored retires them (history says so),
a CSV/XLSX list is added whole or not at all, its refused row named."""

from __future__ import annotations

import openpyxl
import pytest
from kit.judging import MINI

from judgeapp.cli import main
from judgeapp.domain.judges import NewJudge
from judgeapp.services import bundles, judges, setup, sheets
from judgeapp.services.events import create_event
from judgeapp.services.judges import JudgeRefused
from judgeapp.store.setup import NewRegionSubmission


@pytest.fixture
def event(workspace):
    eid = create_event(workspace, "PPD Uji Juri", [str(MINI)])
    return workspace, eid


def _names(ws, eid):
    return [j.name for j in judges.judges(ws, eid)]


def _history(ws, eid, action):
    return ws.query(
        "SELECT target, old, new, reason FROM history WHERE event_id=? AND action=?",
        (eid, action),
    )


def test_a_second_judge_with_the_same_name_is_refused(event):
    ws, eid = event
    assert judges.add_judge(ws, eid, NewJudge("Dr. Ani Wijaya", "TPI")) == "dr-ani-wijaya"
    for same in ("Dr. Ani Wijaya", "  dr. ani   WIJAYA "):
        with pytest.raises(JudgeRefused, match="sudah ada juri bernama 'Dr. Ani Wijaya'"):
            judges.add_judge(ws, eid, NewJudge(same, "TPU"))
    with pytest.raises(JudgeRefused, match="sudah dipakai"):
        # never overwritten
        judges.add_judge(ws, eid, NewJudge("Ani Lain", judge_id="dr-ani-wijaya"))
    assert _names(ws, eid) == ["Dr. Ani Wijaya"]
    assert not ws.query("SELECT 1 FROM judges WHERE id LIKE '%-2'")


@pytest.mark.parametrize(
    ("name", "match"),
    [("   ", "nama juri kosong"), ("Ani\x00", "U\\+0000"), ("A" * 301, "terlalu panjang")],
)
def test_a_bad_name_is_refused(event, name, match):
    ws, eid = event
    with pytest.raises(JudgeRefused, match=match):
        judges.add_judge(ws, eid, NewJudge(name))
    assert _names(ws, eid) == []


def test_edit_keeps_the_id_and_refuses_another_judges_name(event):
    ws, eid = event
    ani = judges.add_judge(ws, eid, NewJudge("Ani", "TPI"))
    judges.add_judge(ws, eid, NewJudge("Budi", "TPU"))
    changed = judges.edit_judge(
        ws, eid, ani, {"name": "Ani Wijaya", "role": "asesor", "province": "Bali"}
    )
    assert changed == ["name", "role", "province"]
    row = next(j for j in judges.judges(ws, eid) if j.id == ani)
    assert (row.name, row.role, row.province) == ("Ani Wijaya", "asesor", "Bali")
    with pytest.raises(JudgeRefused, match="Budi"):
        judges.edit_judge(ws, eid, ani, {"name": "budi"})
    assert judges.edit_judge(ws, eid, ani, {"name": "Ani Wijaya"}) == []
    assert [h["new"] for h in _history(ws, eid, "judge-name")] == ["Ani Wijaya"]


def test_a_judge_who_never_scored_is_deleted(event):
    ws, eid = event
    sub = setup.add_submission(ws, eid, NewRegionSubmission("Kota Alpha", "kota"))
    jid = judges.add_judge(ws, eid, NewJudge("Citra", "TPI"))
    setup.set_assignment(ws, eid, jid, sub)
    res = judges.remove_judge(ws, eid, jid)
    assert not res.retired
    assert _names(ws, eid) == []
    assert not ws.query("SELECT 1 FROM assignments WHERE judge_id=?", (jid,))
    assert _history(ws, eid, "judge-removed")[0]["old"] == "Citra (TPI)"


def test_a_judge_with_a_sheet_is_retired_never_deleted(event):
    ws, eid = event
    a = setup.add_submission(ws, eid, NewRegionSubmission("Kota Alpha", "kota"))
    b = setup.add_submission(ws, eid, NewRegionSubmission("Kota Beta", "kota"))
    jid = judges.add_judge(ws, eid, NewJudge("Dedi", "TPI"))
    setup.fill(ws, eid, judge_id=jid)
    st = sheets.open_sheet(ws, eid, None, jid, a)
    sheets.record_score(ws, st.data.id, "ekonomi.1", "8", jid)
    with pytest.raises(JudgeRefused, match="alasannya wajib"):
        judges.remove_judge(ws, eid, jid, "")
    res = judges.remove_judge(ws, eid, jid, "sakit, diganti")
    assert res.retired and res.sheets == 1 and res.dropped_assignments == 1
    row = judges.judges(ws, eid)[0]
    assert row.retired_at and row.retired_reason == "sakit, diganti"
    assert ws.query("SELECT 1 FROM sheets WHERE id=?", (st.data.id,))  # the sheet stays
    kept = ws.query("SELECT submission_id FROM assignments WHERE judge_id=?", (jid,))
    assert [r["submission_id"] for r in kept] == [a]  # the scored one stays assigned
    hist = _history(ws, eid, "judge-retired")
    assert hist[0]["reason"] == "sakit, diganti" and "1 sheets" in hist[0]["new"]
    # retired: no new assignment, not in the matrix, no bundle; the name stays taken
    with pytest.raises(setup.SetupRefused, match="dinonaktifkan"):
        setup.set_assignment(ws, eid, jid, b)
    assert setup.assignment_matrix(ws, eid).judges == []
    with pytest.raises(bundles.BundleRefused, match="dinonaktifkan"):
        bundles.build_manifest(ws, eid, jid)
    with pytest.raises(JudgeRefused, match="dinonaktifkan"):
        judges.add_judge(ws, eid, NewJudge("Dedi"))
    with pytest.raises(JudgeRefused, match="sudah dinonaktifkan"):
        judges.remove_judge(ws, eid, jid, "lagi")
    judges.reinstate_judge(ws, eid, jid, "sembuh")
    assert not judges.judges(ws, eid)[0].retired_at


def _csv(tmp_path, text, name="juri.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_a_csv_list_is_added_whole(event, tmp_path):
    ws, eid = event
    path = _csv(
        tmp_path,
        "\ufeffNama;Peran;Provinsi;Instansi\n"
        "Prof. Ani Wijaya;TPI;Jawa Barat;Universitas Padjadjaran\n"
        "Budi Santoso;tpu;;Bappenas\n"
        ";;;\n"
        "Citra Lestari;;Bali;\n",
    )
    res = judges.import_judges(ws, eid, path)
    assert res.judge_ids == ("prof-ani-wijaya", "budi-santoso", "citra-lestari")
    rows = {j.name: j for j in judges.judges(ws, eid)}
    assert rows["Budi Santoso"].role == "TPU"  # case of the role forgiven
    assert rows["Citra Lestari"].role == "TPI"  # empty role: TPI
    assert rows["Prof. Ani Wijaya"].institution == "Universitas Padjadjaran"
    assert len(_history(ws, eid, "judge-added")) == 3


@pytest.mark.parametrize(
    ("text", "place", "reason"),
    [
        ("nama,peran\nAni,TPI\nBudi,ketua\n", "baris 3, kolom B (peran)", "peran tidak dikenal"),
        ("nama,peran\nAni,TPI\nani ,TPU\n", "baris 3, kolom A (nama)", "sudah ada di baris 2"),
        ("nama,peran\nAni,TPI\nSudah Ada,TPU\n", "baris 3, kolom A (nama)", "sudah ada juri"),
        ("nama,peran\nAni,TPI\n,TPU\n", "baris 3, kolom A (nama)", "nama juri kosong"),
        ("nama,jabatan\nAni,ketua\n", "baris 1, kolom B", "kolom tidak dikenal"),
        ("peran\nTPI\n", "baris 1", "kolom nama"),
        ("nama\n", "baris 2", "tidak ada juri"),
        ("", "baris 1", "berkas kosong"),
        ("nama\nAni,lebih\n", "baris 2", "kolom tanpa judul"),
        ("nama\nAni\u202eWijaya\n", "baris 2, kolom A (nama)", "U\\+202E"),
        ("nama\n" + "x" * 400 + "\n", "baris 2, kolom A (nama)", "terlalu panjang"),
        ("nama,id\nAni,Bukan Id\n", "baris 2, kolom B (id)", "id tidak sah"),
        ('nama\n"=HYPERLINK(""x"")"\n', "baris 2, kolom A (nama)", "rumus"),
        ("nama,instansi\nAni,@SUM(A1)\n", "baris 2, kolom B (instansi)", "rumus"),
        ("nama,id\nAni,a\nBudi,a\n", "baris 3, kolom B (id)", "sudah dipakai"),
        (b"nama\nAn\xffi\n", "byte 7", "bukan UTF-8"),
        ('nama\n"Ani\n', "baris", "CSV tidak sah"),
        ("nama\n" + "J\n" * 2001, "baris 2002", "terlalu banyak baris"),
        ("nama" + ",x" * 40 + "\n", "baris 1", "terlalu banyak kolom"),
    ],
)
def test_a_refused_row_is_named_and_nothing_is_added(event, tmp_path, text, place, reason):
    ws, eid = event
    judges.add_judge(ws, eid, NewJudge("Sudah Ada"))
    before = ws.query("SELECT COUNT(*) AS n FROM history")[0]["n"]
    with pytest.raises(JudgeRefused) as caught:
        judges.import_judges(ws, eid, _csv(tmp_path, text))
    message = str(caught.value)
    assert message.startswith("juri.csv: ") and place in message
    assert pytest.importorskip("re").search(reason, message), message
    assert _names(ws, eid) == ["Sudah Ada"]
    assert ws.query("SELECT COUNT(*) AS n FROM history")[0]["n"] == before


def _xlsx(tmp_path, rows, name="juri.xlsx"):
    wb = openpyxl.Workbook()
    sheet = wb.active
    for r in rows:
        sheet.append(r)
    path = tmp_path / name
    wb.save(path)
    return path


def test_an_xlsx_list_through_the_bounded_reader(event, tmp_path):
    ws, eid = event
    path = _xlsx(tmp_path, [["Nama", "Peran", "ID"], ["Ani", "TPI", 7], ["Budi", "asesor", None]])
    assert judges.import_judges(ws, eid, path).judge_ids == ("7", "budi")
    bad = _xlsx(tmp_path, [["Nama", "Peran"], ["Citra", "TPI"], ["Dedi", "=1/0"]], "rusak.xlsx")
    with pytest.raises(JudgeRefused, match=r"rusak.xlsx: baris 3, kolom B: .*rumus tanpa nilai"):
        judges.import_judges(ws, eid, bad)
    assert _names(ws, eid) == ["Ani", "Budi"]
    fake = _csv(tmp_path, b"PK\x03\x04 not a zip", "palsu.xlsx")
    with pytest.raises(JudgeRefused, match="palsu.xlsx"):
        judges.import_judges(ws, eid, fake)
    with pytest.raises(JudgeRefused, match="bukan berkas .csv atau .xlsx"):
        judges.import_judges(ws, eid, _csv(tmp_path, "nama\nAni\n", "juri.pdf"))
    with pytest.raises(JudgeRefused, match="juri-folder"):
        (tmp_path / "juri-folder.csv").mkdir()
        judges.import_judges(ws, eid, tmp_path / "juri-folder.csv")


def test_the_command_line_refuses_a_second_judge_of_the_same_name(tmp_path, capsys):
    wsdir = str(tmp_path / "sec")
    assert (
        main(["event", "create", "--name", "Uji", "--form", str(MINI), "--workspace", wsdir]) == 0
    )
    eid = capsys.readouterr().out.strip()
    base = ["judge", "add", "--event", eid, "--workspace", wsdir, "--name"]
    assert main([*base, "Ani Wijaya"]) == 0
    assert capsys.readouterr().out.strip() == "ani-wijaya"
    assert main([*base, "ani wijaya", "--role", "TPU"]) == 1
    err = capsys.readouterr().err
    assert "sudah ada juri bernama 'Ani Wijaya'" in err
    path = _csv(tmp_path, "nama,peran\nBudi,TPU\nCitra,asesor\n")
    assert main(["judge", "import", str(path), "--event", eid, "--workspace", wsdir]) == 0
    assert "2 juri ditambahkan" in capsys.readouterr().out
    edit = ["judge", "edit", "--event", eid, "--judge", "citra", "--workspace", wsdir]
    assert main([*edit, "--name", "Citra Lestari", "--role", "TPU"]) == 0
    assert "citra: diubah: nama, peran" in capsys.readouterr().out
    assert main([*edit, "--name", "ani wijaya"]) == 1  # another judge's name
    assert "Ani Wijaya" in capsys.readouterr().err
    assert main(["judge", "remove", "--event", eid, "--judge", "budi", "--workspace", wsdir]) == 0
    capsys.readouterr()
    assert main(["judge", "list", "--event", eid, "--workspace", wsdir]) == 0
    listed = capsys.readouterr().out
    assert "Ani Wijaya" in listed and "Citra" in listed and "Budi" not in listed
