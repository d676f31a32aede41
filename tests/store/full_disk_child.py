"""Child process for the real full-disk test. Usage: full_disk_child.py WORKSPACE OUT

Builds a judge's sheet in WORKSPACE (on a small file system), fills the file
system with a ``filler`` file beside it, then keeps saving scores and texts
through the real sheet service, and tries every export (score file, Excel,
PDF report) into OUT on the same full disk. Prints ``K key value`` for each
score the service committed (what the screen shows saved), ``F message`` for
each refusal of a save and ``E message`` for each refused export. Any other
exception escapes (a traceback: the test fails); a SIGBUS kills the process
(the test sees the signal).
"""

from __future__ import annotations

import sys
from pathlib import Path

from judgeapp.errors import Refused
from judgeapp.services import sheets as svc
from judgeapp.services.forms import load_form_file
from judgeapp.store import events as store_events
from judgeapp.store.db import WorkspaceFull, open_workspace
from judgeapp.store.forms import pin_form

FORM = Path(__file__).resolve().parent.parent / "data" / "mini-form.yaml"


def main() -> None:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    form = load_form_file(FORM)
    ws = open_workspace(folder)
    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws, "Disk penuh", form.competition, [store_events.StageSpec(form.stage, "S", digest)]
    )
    store_events.add_judge(ws, eid, "Judge", judge_id="j1")
    rid = store_events.upsert_region(ws, "Kota Alpha", "kota", "P")
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
            " VALUES ('s1', ?, ?, 'kota', '2026-01-01')",
            (eid, rid),
        )
    stage = store_events.get_event(ws, eid).stages[0].id
    sid = svc.open_sheet(ws, eid, stage, "j1", "s1").data.id
    keys = form.score_keys()
    for n in range(30):  # saved while there is room
        key = keys[n % len(keys)]
        text = f"{6 + n % 4}.{n % 4 * 25:02d}".rstrip("0").rstrip(".")
        svc.record_score(ws, sid, key, text, "j1")
        print(f"K {key} {svc.state(ws, sid).data.scores[key]}", flush=True)
    with open(folder.parent / "filler", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
        try:  # the last few bytes too
            while True:
                fh.write(b"\0" * 512)
        except OSError:
            pass
    refused = 0
    for i in range(400):
        key = keys[i % len(keys)]
        text = f"{5 + i % 6}"
        try:
            svc.record_score(ws, sid, key, text, "j1")
            svc.record_text(ws, sid, "ekonomi", "rekomendasi", "catatan " * (50 + i), "j1")
        except WorkspaceFull as exc:
            refused += 1
            print(f"F {exc}", flush=True)
            continue
        print(f"K {key} {svc.state(ws, sid).data.scores[key]}", flush=True)
    from judgeapp.reports.render import render_report
    from judgeapp.reports.xlsx import export_xlsx
    from judgeapp.services import scorefiles

    for attempt in (
        lambda: scorefiles.export_scores(ws, out, event_id=eid, judge_id="j1"),
        lambda: export_xlsx(ws, eid, out / "nilai.xlsx"),
        lambda: render_report(ws, "ranking", eid, out / "peringkat.pdf"),
    ):
        try:
            attempt()
        except Refused as exc:
            print(f"E {exc}", flush=True)
        else:
            print("E exported (the disk had room after all)", flush=True)
    ws.close()


if __name__ == "__main__":
    main()
