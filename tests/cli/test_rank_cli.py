"""judgeapp rank: table, CSV, JSON, sensitivity, provisional view, refusals."""

from __future__ import annotations

import csv
import io
import json
import uuid
from decimal import Decimal as D

import pytest

from judgeapp.cli import main
from judgeapp.domain.ids import SheetPlace
from judgeapp.i18n import set_language
from judgeapp.services import results
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store.db import now
from judgeapp.store.forms import pin_form

KEYS = ("ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2")


@pytest.fixture
def scored(workspace, mini_form):
    """Three kota, one kabupaten, three judges; two kota tie exactly."""
    ws = workspace
    digest = pin_form(ws, mini_form)
    eid = store_events.create_event(
        ws, "PPD Jawa Barat", "ppd", [store_events.StageSpec("tahap2", "Tahap II", digest)]
    )
    subs = {}
    for name, kind in (
        ("Kota Alpha", "kota"),
        ("Kota Beta", "kota"),
        ("Kota Gamma", "kota"),
        ("Kabupaten Delta", "kabupaten"),
    ):
        rid = store_events.upsert_region(ws, name, kind, "Jawa Barat")
        sid = uuid.uuid4().hex[:10]
        with ws.transaction():
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (sid, eid, rid, kind, name, now()),
            )
        subs[name] = sid
    plan = {
        "Kota Alpha": ("6", "9", "9"),
        "Kota Beta": ("8.5", "8.5", "8.5"),
        "Kota Gamma": ("8.5", "8.5", "8.5"),
        "Kabupaten Delta": ("7", "8", "9"),
    }
    for name, values in plan.items():
        for judge, value in zip("abc", values, strict=True):
            sheet = store_sheets.ensure_sheet(
                ws, SheetPlace(eid, "tahap2", judge, subs[name]), digest
            )
            for key in KEYS:
                store_sheets.set_score(ws, sheet, key, D(value), judge)
            store_sheets.set_status(ws, sheet, "final", judge)
    return ws, eid, subs


def run(capsys, ws, *args: str) -> tuple[int, str, str]:
    code = main(["rank", "--workspace", str(ws.folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_rows_match_the_service(scored, capsys):
    ws, eid, subs = scored
    code, out, _ = run(capsys, ws, "--event", eid, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["event"] == eid and data["provisional"] is False
    rows = {r["region"]: r for r in data["rows"]}
    for key in ("rank", "submission", "region", "score", "judges", "trail", "tied"):
        assert key in rows["Kota Alpha"]
    assert rows["Kota Alpha"]["rank"] == 1 and rows["Kota Alpha"]["score"] == "9.0000"
    assert rows["Kota Alpha"]["judges"] == 3
    assert rows["Kota Beta"]["rank"] == rows["Kota Gamma"]["rank"] == 2
    assert rows["Kota Beta"]["tied"] is True
    assert rows["Kota Beta"]["trail"][0]["outcome"] == "tied"
    assert rows["Kota Beta"]["trail"][0]["other_region"] == "Kota Gamma"
    service = results.rank(ws, eid)
    for row in service.rows:
        assert rows[row.region]["score"] == format(row.score, "f")
        assert rows[row.region]["rank"] == row.rank


def test_table_is_readable(scored, capsys):
    ws, eid, _subs = scored
    code, out, _ = run(capsys, ws, "--event", eid)
    assert code == 0
    assert "PPD Jawa Barat" in out
    assert out.index("Kabupaten\n") < out.index("Kota\n")
    assert "Peringkat" in out and "Daerah" in out
    alpha = next(line for line in out.splitlines() if "Kota Alpha" in line)
    assert alpha.split()[0] == "1" and "9.0000" in alpha and "beda pendapat" in alpha
    beta = next(line for line in out.splitlines() if "Kota Beta" in line)
    assert beta.startswith("2=") and "seri dengan Kota Gamma" in beta


def test_table_in_english(scored, capsys):
    ws, eid, _subs = scored
    try:
        code = main(["--lang", "en", "rank", "--workspace", str(ws.folder), "--event", eid])
    finally:
        set_language("id")
    out = capsys.readouterr().out
    assert code == 0 and "Rank" in out and "tied with Kota Gamma" in out


def test_csv(scored, capsys):
    ws, eid, _subs = scored
    code, out, _ = run(capsys, ws, "--event", eid, "--format", "csv", "--rule", "mean")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    by = {r["region"]: r for r in rows}
    # mean: Beta and Gamma 8.5 each, Alpha 8.0
    assert by["Kota Alpha"]["score"] == "8.0000" and by["Kota Alpha"]["rank"] == "3"
    assert by["Kota Beta"]["tied"] == "yes" and by["Kota Beta"]["rank"] == "1"
    assert "stage:tahap2" in rows[0]


def test_sensitivity_json_and_table(scored, capsys):
    ws, eid, _subs = scored
    code, out, _ = run(capsys, ws, "--event", eid, "--sensitivity", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["rules"] == ["median", "mean", "trimmed_mean", "zscore"]
    alpha = next(r for r in data["rows"] if r["region"] == "Kota Alpha")
    assert alpha["rank"] == 1 and alpha["ranks"]["mean"] == 3 and "mean" in alpha["changed"]
    code, out, _ = run(capsys, ws, "--event", eid, "--sensitivity")
    assert code == 0
    alpha_line = next(line for line in out.splitlines() if "Kota Alpha" in line)
    assert "3*" in alpha_line
    code, out, _ = run(capsys, ws, "--event", eid, "--sensitivity", "--format", "csv")
    assert code == 0 and "rank:zscore" in out.splitlines()[0]


def test_provisional_is_marked(scored, capsys):
    ws, eid, subs = scored
    sheet = store_sheets.sheet_id_for(ws, SheetPlace(eid, "tahap2", "a", subs["Kota Alpha"]))
    store_sheets.set_status(ws, sheet, "open", "a", "koreksi")
    code, out, _ = run(capsys, ws, "--event", eid, "--format", "json")
    alpha = next(r for r in json.loads(out)["rows"] if r["region"] == "Kota Alpha")
    assert alpha["judges"] == 2 and alpha["provisional"] is False
    code, out, _ = run(capsys, ws, "--event", eid, "--provisional")
    assert code == 0 and "SEMENTARA" in out
    code, out, _ = run(capsys, ws, "--event", eid, "--provisional", "--format", "json")
    data = json.loads(out)
    assert data["provisional"] is True
    alpha = next(r for r in data["rows"] if r["region"] == "Kota Alpha")
    assert alpha["judges"] == 3 and alpha["provisional"] is True


def test_unknown_event_and_stage_exit_1(scored, capsys):
    ws, eid, _subs = scored
    code, out, err = run(capsys, ws, "--event", "tidak-ada")
    assert code == 1 and "tidak-ada" in err and out == ""
    code, _out, err = run(capsys, ws, "--event", eid, "--stage", "tahap9")
    assert code == 1 and "tahap9" in err


def test_usage_error_exit_2(scored, capsys):
    ws, eid, _subs = scored
    with pytest.raises(SystemExit) as exc:
        main(["rank", "--workspace", str(ws.folder), "--event", eid, "--rule", "mode"])
    assert exc.value.code == 2


def test_table_header_names_the_stage_and_the_rule_in_words(scored, capsys):
    ws, eid, _subs = scored
    code, out, _ = run(capsys, ws, "--event", eid, "--rule", "trimmed_mean")
    head = out.splitlines()[0]
    assert code == 0 and "[Tahap II 100% (rata-rata terpangkas)]" in head, head
    assert "tahap2" not in head and "trimmed_mean" not in head
    try:
        code = main(["--lang", "en", "rank", "--workspace", str(ws.folder), "--event", eid])
    finally:
        set_language("id")
    head = capsys.readouterr().out.splitlines()[0]
    assert code == 0 and "[Tahap II 100% (median)]" in head, head
    code, out, _ = run(capsys, ws, "--event", eid, "--format", "json")
    assert json.loads(out)["stages"][0]["id"] == "tahap2"  # machines keep the ids
