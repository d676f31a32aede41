"""End to end: five judges on five laptops (separate folders), bundles, signed
score files, a tampered file and a replayed old revision refused, one judge on
paper by double entry, ranking equal to the domain engine's and stable under
re-import; the official worksheet imported with its own totals."""

from __future__ import annotations

import csv
import statistics
from decimal import Decimal

import pytest
from kit.judging import MINI, package_zip, snapshot

from judgeapp.domain.judges import NewJudge
from judgeapp.domain.scoring import quantize, score_sheet
from judgeapp.resources import forms_dir
from judgeapp.services import bundles, paper, progress, results, scorefiles, setup, sheets
from judgeapp.services.events import create_event
from judgeapp.services.judges import add_judge
from judgeapp.services.packages import import_package
from judgeapp.services.paper import PaperMismatch
from judgeapp.services.scorefiles import ScoreFileRefused
from judgeapp.store.db import open_workspace
from judgeapp.store.forms import load_pinned
from judgeapp.store.setup import NewRegionSubmission

KEYS = ["ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2"]
REGIONS = (
    ("Kota Alpha", "kota"),
    ("Kota Beta", "kota"),
    ("Kabupaten Gamma", "kabupaten"),
    ("Kabupaten Delta", "kabupaten"),
)


def value(judge: int, region: int, key: int) -> str:
    """A deterministic but uneven score in 5–10 with two decimals."""
    raw = Decimal(5) + Decimal((judge * 37 + region * 101 + key * 53) % 500) / 100
    return format(raw, "f")


def score_sheet_for(jws, eid, jid, sub, j, r):
    st = sheets.open_sheet(jws, eid, None, jid, sub)
    for k, key in enumerate(KEYS):
        sheets.record_score(jws, st.data.id, key, value(j, r, k), jid)
    sheets.record_text(jws, st.data.id, "ekonomi", "keunggulan", f"Kuat ({jid})", jid)
    sheets.record_text(jws, st.data.id, "ekonomi", "rekomendasi", "Pertahankan", jid)
    return sheets.finalise(jws, st.data.id, jid)


def test_five_judges_end_to_end(tmp_path):
    sec = open_workspace(tmp_path / "secretariat")
    eid = create_event(sec, "PPD Uji Lima Juri", [str(MINI)])
    subs = []
    for i, (name, kind) in enumerate(REGIONS):
        if i < 2:  # two regions come with a real package and a document
            subs.append(
                import_package(sec, package_zip(tmp_path / "pk", name, kind), eid).submission_id
            )
        else:
            subs.append(
                setup.add_submission(
                    sec, eid, NewRegionSubmission(name, kind, province="Sumatera Selatan")
                )
            )
    names = ["Ani", "Budi", "Citra", "Dedi", "Eka"]
    jids = [
        add_judge(sec, eid, NewJudge(n, "TPI" if i < 3 else "TPU")) for i, n in enumerate(names)
    ]
    setup.fill(sec, eid)
    setup.declare_conflict(sec, eid, "dedi", subs[3], "berasal dari daerah ini")
    for r, sub in enumerate(subs):
        setup.set_schedule(sec, eid, sub, f"2023-05-0{2 + r} 09:00", f"Ruang {r + 1}")

    # ---- bundles to five laptops -------------------------------------------------------
    laptops = {}
    for jid in jids:
        b = bundles.issue_bundle(sec, eid, jid, tmp_path / "usb" / f"{jid}.zip")
        laptop = open_workspace(tmp_path / "laptops" / jid)
        opened = bundles.open_bundle(laptop, b.path)
        assert opened.created
        laptops[jid] = laptop
    assert len(laptops["dedi"].query("SELECT id FROM submissions")) == 3  # no conflicted region
    assert not laptops["dedi"].query("SELECT 1 FROM regions WHERE name='Kabupaten Delta'")

    # ---- four judges score on their laptops, Eka on paper --------------------------------
    expected_totals: dict[tuple[str, str], Decimal] = {}
    for j, jid in enumerate(jids[:4]):
        for r, sub in enumerate(subs):
            if jid == "dedi" and r == 3:
                continue
            st = score_sheet_for(laptops[jid], eid, jid, sub, j, r)
            expected_totals[(jid, sub)] = st.result.total
    files = {jid: scorefiles.export_scores(laptops[jid], tmp_path / "usb") for jid in jids[:4]}

    # Citra changes her mind after a first export: the first file is now an old revision
    old_citra = files["citra"]
    old_copy = tmp_path / "usb" / "citra-old.scores.json"
    old_copy.write_bytes(old_citra.path.read_bytes())
    sid = laptops["citra"].query_one("SELECT id FROM sheets WHERE submission_id=?", (subs[0],))[
        "id"
    ]
    sheets.reopen(laptops["citra"], sid, "citra", "salah ketik pada butir ekonomi.1")
    sheets.record_score(laptops["citra"], sid, "ekonomi.1", "9.75", "citra")
    st = sheets.finalise(laptops["citra"], sid, "citra")
    expected_totals[("citra", subs[0])] = st.result.total
    files["citra"] = scorefiles.export_scores(laptops["citra"], tmp_path / "usb" / "new")

    # ---- import at the secretariat -----------------------------------------------------------
    rep = scorefiles.import_score_files(sec, eid, [f.path for f in files.values()])
    assert [o.status for o in rep.outcomes] == ["imported"] * 4
    # a tampered file: one byte changed
    raw = bytearray(files["budi"].path.read_bytes())
    pos = raw.index(b'"scores":{') + 25
    raw[pos] = ord("1") if raw[pos] != ord("1") else ord("2")
    tampered = tmp_path / "usb" / "budi-tampered.scores.json"
    tampered.write_bytes(bytes(raw))
    before = snapshot(sec)
    with pytest.raises(ScoreFileRefused, match="budi-tampered"):
        scorefiles.import_score_file(sec, eid, tampered)
    # a replayed old revision
    with pytest.raises(ScoreFileRefused, match="citra-old"):
        scorefiles.import_score_file(sec, eid, old_copy)
    assert snapshot(sec) == before

    # ---- Eka on paper, double entry -------------------------------------------------------------
    tpl = paper.export_template(sec, eid, tmp_path / "paper" / "eka.csv", judge_id="eka")
    rows = list(csv.DictReader(tpl.open(encoding="utf-8")))
    sub_index = {s: i for i, s in enumerate(subs)}
    for row in rows:
        if row["field"] == "score":
            row["value"] = value(4, sub_index[row["submission"]], KEYS.index(row["target"]))
        else:
            row["value"] = "Ditulis tangan"

    def keyed(name, rows_):
        path = tmp_path / "paper" / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(paper.COLUMNS))
            w.writeheader()
            w.writerows(rows_)
        return path

    op_a = keyed("operator-a.csv", rows)
    slip = [dict(r) for r in rows]
    slip[2]["value"] = "6.66" if slip[2]["value"] != "6.66" else "6.67"
    op_b_wrong = keyed("operator-b.csv", slip)
    before = snapshot(sec)
    with pytest.raises(PaperMismatch) as mm:
        paper.import_paper(sec, eid, [op_a, op_b_wrong], double_entry=True)
    assert len(mm.value.mismatches) == 1
    assert snapshot(sec) == before
    op_b = keyed("operator-b-fixed.csv", rows)
    res = paper.import_paper(sec, eid, [op_a, op_b], double_entry=True)
    assert res.changed == 4 and res.final == 4
    form = load_pinned(sec, sec.query_one("SELECT form_hash FROM stages")["form_hash"])
    for r, sub in enumerate(subs):
        vals = {k: Decimal(value(4, r, i)) for i, k in enumerate(KEYS)}
        expected_totals[("eka", sub)] = score_sheet(form, vals).total

    # ---- every cell accounted for -----------------------------------------------------------------
    board = progress.progress_board(sec, eid)
    assert board.counts["final"] == 19 and board.counts["conflict"] == 1
    assert board.missing_by_judge() == {}

    # ---- ranking equals the domain engine's (median of judge totals) --------------------------------
    ranking = results.rank(sec, eid)
    held = {}
    for row in sec.query("SELECT id, judge_id, submission_id FROM sheets"):
        held[(row["judge_id"], row["submission_id"])] = sheets.state(sec, row["id"]).result.total
    assert held == expected_totals  # the secretariat holds exactly what the judges scored
    for sub in subs:
        totals = [t for (j, s), t in expected_totals.items() if s == sub]
        median = quantize(statistics.median(totals), ranking.decimals)
        row = ranking.row(sub)
        assert row.score == median
        assert row.judges == len(totals)
    for category in ranking.categories():
        in_cat = ranking.rows_in(category)
        assert [r.score for r in in_cat] == sorted((r.score for r in in_cat), reverse=True)
        assert sorted(r.rank for r in in_cat) == list(range(1, len(in_cat) + 1))
    assert set(ranking.categories()) == {"kota", "kabupaten"}

    # ---- stable under re-import ---------------------------------------------------------------------
    before = snapshot(sec)
    again = scorefiles.import_score_files(sec, eid, [f.path for f in files.values()])
    assert {o.status for o in again.outcomes} == {"unchanged"}
    again_paper = paper.import_paper(sec, eid, [op_a, op_b], double_entry=True)
    assert again_paper.changed == 0
    assert snapshot(sec) == before
    assert results.rank(sec, eid).rows == ranking.rows

    for laptop in laptops.values():
        laptop.close()
    sec.close()


def test_official_worksheet_in_the_event(tmp_path, official_worksheet):
    from judgeapp.services.worksheet import read_worksheet
    from judgeapp.services.worksheet_import import import_worksheet

    sec = open_workspace(tmp_path / "secretariat")
    eid = create_event(sec, "PPD 2023 Tahap II", [str(forms_dir() / "ppd-tahap2.yaml")])
    add_judge(sec, eid, NewJudge("Penilai Satu", "TPI"))
    imported = import_worksheet(sec, eid, official_worksheet, "penilai-satu", create_missing=True)
    cached = read_worksheet(official_worksheet).cached
    form = load_pinned(sec, sec.query_one("SELECT form_hash FROM stages")["form_hash"])
    assert len(imported.regions) == 3
    for r in imported.regions:
        row = sec.query_one("SELECT id FROM sheets WHERE submission_id=?", (r.submission_id,))
        total = sheets.state(sec, row["id"]).result.total
        assert total == quantize(Decimal(cached[r.slot].total), form.total_decimals)
    ranking = results.rank(sec, eid)
    assert {row.submission for row in ranking.rows} == {r.submission_id for r in imported.regions}
    sec.close()
