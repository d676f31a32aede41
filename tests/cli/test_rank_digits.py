"""Where rounding hides the order between two shown scores, every output of
``judgeapp rank`` shows the places that tell them apart and says so: the
table marks them ``*`` with the note, JSON gives ``shown``/``digits`` and the
note, CSV gives ``shown`` and ``more_digits``."""

from __future__ import annotations

import csv
import io
import json
import uuid
from decimal import Decimal as D

from judgeapp.cli import main
from judgeapp.domain.ids import SheetPlace
from judgeapp.domain.rubric import parse_form
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store.db import now
from judgeapp.store.forms import pin_form

KEYS = ("ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2")


def _event(ws, mini_form):
    """Two kota on a form rounding totals to 2 places: Kota A 8.0000 exactly,
    Kota B 8.00 shown but exactly 7.998 (one item 7.99)."""
    data = mini_form.model_dump(mode="json")
    data.update(total_decimals=2)
    form = parse_form(data)
    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws, "Uji", "ppd", [store_events.StageSpec("tahap2", "Tahap II", digest, D(100))]
    )
    store_events.add_judge(ws, eid, "Juri A", judge_id="a")
    for name, low in (("Kota A", "8"), ("Kota B", "7.99")):
        rid = store_events.upsert_region(ws, name, "kota", "Jawa Barat")
        sid = uuid.uuid4().hex[:10]
        with ws.transaction():
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
                " VALUES (?, ?, ?, 'kota', 't', ?)",
                (sid, eid, rid, now()),
            )
        sheet = store_sheets.ensure_sheet(ws, SheetPlace(eid, "tahap2", "a", sid), digest)
        for key in KEYS:
            store_sheets.set_score(ws, sheet, key, D(low if key == "output.1" else "8"), "a")
        store_sheets.set_status(ws, sheet, "final", "a")
    return eid


def _run(capsys, ws, *args):
    code = main(["rank", "--workspace", str(ws.folder), *args])
    out = capsys.readouterr().out
    assert code == 0
    return out


def test_every_format_shows_and_says_the_extra_places(workspace, mini_form, capsys):
    ws = workspace
    eid = _event(ws, mini_form)
    table = _run(capsys, ws, "--event", eid)
    a = next(line for line in table.splitlines() if "Kota A" in line)
    b = next(line for line in table.splitlines() if "Kota B" in line)
    assert table.index("Kota A") < table.index("Kota B")
    assert "8.000*" in a and "7.998*" in b
    assert "nilai eksak" in table  # the note says why

    data = json.loads(_run(capsys, ws, "--event", eid, "--format", "json"))
    rows = {r["region"]: r for r in data["rows"]}
    assert rows["Kota A"]["score"] == rows["Kota B"]["score"] == "8.00"
    assert (rows["Kota A"]["shown"], rows["Kota B"]["shown"]) == ("8.000", "7.998")
    assert rows["Kota B"]["digits"] == 3 and rows["Kota B"]["exact"] == "7.998"
    assert any("nilai eksak" in n for n in data["notes"])

    listed = list(csv.DictReader(io.StringIO(_run(capsys, ws, "--event", eid, "--format", "csv"))))
    got = {r["region"]: (r["rank"], r["score"], r["shown"], r["more_digits"]) for r in listed}
    assert got == {"Kota A": ("1", "8.00", "8.000", "yes"), "Kota B": ("2", "8.00", "7.998", "yes")}
