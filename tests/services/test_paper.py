"""Paper fallback: the re-keying template, its import, double entry."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from kit.judging import setup_event, snapshot
from openpyxl import load_workbook

from judgeapp.domain.ids import SheetPlace
from judgeapp.services import paper, setup
from judgeapp.services.paper import PaperMismatch, PaperRefused
from judgeapp.services.sheets import state

VALUES = {
    "ekonomi.1": "8.25",
    "ekonomi.2": "9",
    "kemiskinan.1": "7,5",
    "output.1": "6",
    "output.2": "10",
}


@pytest.fixture
def ev(workspace, tmp_path):
    info = setup_event(workspace, tmp_path, packaged=0)
    return workspace, info, tmp_path


def _read(path):
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _write(path, rows, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(paper.COLUMNS), delimiter=delimiter)
        w.writeheader()
        w.writerows(rows)
    return path


def _fill(rows, values=VALUES, text="Baik"):
    out = []
    for r in rows:
        r = dict(r)
        if r["field"] == "score":
            r["value"] = values.get(r["target"], "")
        else:
            r["value"] = text
        out.append(r)
    return out


def test_template_csv_has_ids_for_assigned_sheets(ev):
    ws, info, tmp = ev
    setup.declare_conflict(ws, info["event"], "ani", info["subs"][2], "keluarga")
    p = paper.export_template(ws, info["event"], tmp / "ani.csv", judge_id="ani")
    rows = _read(p)
    assert {r["submission"] for r in rows} == set(info["subs"][:2])
    per_sheet = [r for r in rows if r["submission"] == info["subs"][0]]
    assert [r["target"] for r in per_sheet if r["field"] == "score"] == list(VALUES)
    assert {(r["target"], r["field"]) for r in per_sheet if r["field"] != "score"} == {
        ("ekonomi", "keunggulan"),
        ("ekonomi", "rekomendasi"),
    }
    assert all(r["event"] == info["event"] and r["judge"] == "ani" for r in rows)
    assert "[5–10]" in per_sheet[0]["label"]


def test_template_xlsx_roundtrip(ev):
    ws, info, tmp = ev
    p = paper.export_template(ws, info["event"], tmp / "budi.xlsx", judge_id="budi")
    wb = load_workbook(p)
    sh = wb["Nilai"]
    header = [c.value for c in sh[1]]
    assert tuple(header) == paper.COLUMNS
    vcol = header.index("value") + 1
    for row in sh.iter_rows(min_row=2):
        field, target = row[header.index("field")].value, row[header.index("target")].value
        row[vcol - 1].value = (
            float(VALUES[target].replace(",", ".")) if field == "score" else "Catatan"
        )
    wb.save(p)
    res = paper.import_paper(ws, info["event"], [p])
    assert res.sheets == 3 and res.changed == 3 and res.final == 3
    sheet = ws.query_one("SELECT id, source, status FROM sheets WHERE judge_id='budi' LIMIT 1")
    assert sheet["source"] == "paper" and sheet["status"] == "final"
    st = state(ws, sheet["id"])
    assert st.data.scores["ekonomi.1"] == Decimal("8.25")
    assert st.data.scores["kemiskinan.1"] == Decimal("7.5")


def test_csv_import_semicolons_and_comma_decimals(ev):
    ws, info, tmp = ev
    rows = _fill(_read(paper.export_template(ws, info["event"], tmp / "t.csv", judge_id="ani")))
    p = _write(tmp / "ani-keyed.csv", rows, delimiter=";")
    res = paper.import_paper(ws, info["event"], [p])
    assert res.changed == 3
    again = paper.import_paper(ws, info["event"], [p])
    assert again.changed == 0 and again.unchanged == 3


def test_partial_sheet_stays_open(ev):
    ws, info, tmp = ev
    rows = _fill(
        _read(paper.export_template(ws, info["event"], tmp / "t.csv", judge_id="ani")),
        {"ekonomi.1": "8"},
    )
    res = paper.import_paper(ws, info["event"], [_write(tmp / "k.csv", rows)])
    assert res.final == 0
    assert {r["status"] for r in ws.query("SELECT status FROM sheets")} == {"open"}


BAD = {
    "out of range": (lambda r: r["target"] == "ekonomi.1" and r.update(value="11"), "value", "11"),
    "not a number": (
        lambda r: r["target"] == "ekonomi.2" and r.update(value="delapan"),
        "value",
        "delapan",
    ),
    "too many decimals": (
        lambda r: r["target"] == "output.1" and r.update(value="8.125"),
        "value",
        "8.125",
    ),
    "unknown item": (
        lambda r: r["target"] == "output.2" and r.update(target="output.9"),
        "target",
        "output.9",
    ),
    "unknown judge": (
        lambda r: r["target"] == "output.2" and r.update(judge="zed"),
        "judge",
        "zed",
    ),
    "other event": (
        lambda r: r["target"] == "output.2" and r.update(event="lain"),
        "event",
        "lain",
    ),
    "unknown submission": (
        lambda r: r["target"] == "output.2" and r.update(submission="ghost"),
        "submission",
        "ghost",
    ),
    "unknown text field": (
        lambda r: r["field"] == "keunggulan" and r.update(field="pujian"),
        "field",
        "pujian",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_row_refused_naming_file_row_column(ev, case):
    ws, info, tmp = ev
    change, column, needle = BAD[case]
    rows = _fill(_read(paper.export_template(ws, info["event"], tmp / "t.csv", judge_id="ani")))
    orig = [dict(r) for r in rows]
    for r in rows:
        change(r)
    bad_row = next(i for i, (a, b) in enumerate(zip(rows, orig, strict=True)) if a != b) + 2
    p = _write(tmp / "bad.csv", rows)
    before = snapshot(ws)
    with pytest.raises(PaperRefused) as exc:
        paper.import_paper(ws, info["event"], [p])
    msg = str(exc.value)
    prob = exc.value.problems[0]
    assert (prob.file, prob.row, prob.column) == ("bad.csv", bad_row, column), msg
    assert msg.startswith("bad.csv: ") and needle in msg
    assert snapshot(ws) == before


def test_missing_column_and_conflict_refused(ev):
    ws, info, tmp = ev
    rows = _fill(_read(paper.export_template(ws, info["event"], tmp / "t.csv", judge_id="ani")))
    p = tmp / "nocol.csv"
    with p.open("w", encoding="utf-8") as fh:
        fh.write("event,stage,judge\n" + info["event"] + ",tahap2,ani\n")
    before = snapshot(ws)
    with pytest.raises(PaperRefused, match="submission"):
        paper.import_paper(ws, info["event"], [p])
    setup.declare_conflict(ws, info["event"], "ani", info["subs"][0], "keluarga")
    before = snapshot(ws)
    with pytest.raises(PaperRefused, match="Alpha"):
        paper.import_paper(ws, info["event"], [_write(tmp / "c.csv", rows)])
    assert snapshot(ws) == before


def test_double_entry_mismatches_listed_then_accepted(ev):
    ws, info, tmp = ev
    template = _read(paper.export_template(ws, info["event"], tmp / "t.csv", judge_id="citra"))
    a = _write(tmp / "op-a.csv", _fill(template))
    wrong = dict(VALUES, **{"output.1": "9"})
    b_rows = _fill(template, wrong)
    b_rows[-1]["value"] = "Baik sekali"
    b = _write(tmp / "op-b.csv", b_rows)
    before = snapshot(ws)
    with pytest.raises(PaperMismatch) as exc:
        paper.import_paper(ws, info["event"], [a, b], double_entry=True)
    mm = exc.value.mismatches
    assert len(mm) == 3 + 1  # output.1 on three sheets, one text
    assert {m.target for m in mm} == {"output.1", "ekonomi"}
    assert any(m.first == "6" and m.second == "9" for m in mm)
    assert "op-a.csv" in str(exc.value) and "op-b.csv" in str(exc.value)
    assert snapshot(ws) == before
    b2 = _write(tmp / "op-b2.csv", _fill(template, text="Baik  "))
    res = paper.import_paper(ws, info["event"], [a, b2], double_entry=True)
    assert res.changed == 3 and res.final == 3
    h = ws.query("SELECT reason FROM history WHERE action='score' LIMIT 1")[0]["reason"]
    assert "op-a.csv" in h


def test_double_entry_needs_two_files(ev):
    ws, info, tmp = ev
    p = paper.export_template(ws, info["event"], tmp / "t.csv", judge_id="ani")
    with pytest.raises(PaperRefused):
        paper.import_paper(ws, info["event"], [p], double_entry=True)


def test_paper_does_not_overwrite_signed_file_sheet(ev):
    ws, info, tmp = ev
    from judgeapp.store import scorefiles as sf

    sf.replace_sheet(
        ws,
        SheetPlace(info["event"], "tahap2", "ani", info["subs"][0]),
        form_hash=ws.query_one("SELECT form_hash FROM stages")["form_hash"],
        source="file",
        revision=3,
        status="open",
        scores={"ekonomi.1": Decimal(8)},
        texts={},
        actor="ani",
        reason="test",
    )
    rows = _fill(_read(paper.export_template(ws, info["event"], tmp / "t.csv", judge_id="ani")))
    before = snapshot(ws)
    with pytest.raises(PaperRefused, match="file"):
        paper.import_paper(ws, info["event"], [_write(tmp / "k.csv", rows)])
    assert snapshot(ws) == before
