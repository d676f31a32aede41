"""Child process for the kill -9 test: scores through the real save path.

Usage: saver_child.py WORKSPACE FORM_FILE START_VALUE_INDEX

For every score it prints ``A sheet key value`` *before* calling the service
(attempted) and ``K sheet key value`` right after the service returned — the
moment the interview screen would show "Tersimpan" (acknowledged). Runs until
killed.

``JUDGEAPP_TEST_ACK_EARLY=1`` makes it a broken app that acknowledges before
committing (the negative control). ``JUDGEAPP_TEST_KILL_AT=N`` makes the child
SIGKILL itself at its N-th score, exactly between what the screen showed and
the commit — a deterministic crash in the one window that tells a correct app
from a broken one.
"""

from __future__ import annotations

import os
import signal
import sys
from decimal import Decimal

from judgeapp.services import sheets as sheet_service
from judgeapp.services.forms import load_form_file
from judgeapp.store import events as store_events
from judgeapp.store.db import open_workspace
from judgeapp.store.forms import pin_form

SUBMISSIONS = 20


def setup(ws, form):
    events = store_events.list_events(ws)
    if events:
        return events[0].id
    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws, "Durability", form.competition, [store_events.StageSpec(form.stage, "S", digest)]
    )
    judge = store_events.add_judge(ws, eid, "Judge", judge_id="j1")
    assert judge == "j1"
    for n in range(SUBMISSIONS):
        rid = store_events.upsert_region(ws, f"Region {n:02d}", "kota", "P")
        with ws.transaction():
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
                " VALUES (?, ?, ?, 'kota', '2026-01-01')",
                (f"s{n:02d}", eid, rid),
            )
    return eid


def main() -> None:
    folder, form_file, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
    form = load_form_file(form_file)
    ws = open_workspace(folder)
    eid = setup(ws, form)
    stage = store_events.get_event(ws, eid).stages[0].id
    sheets = [
        sheet_service.open_sheet(ws, eid, stage, "j1", f"s{n:02d}").data.id
        for n in range(SUBMISSIONS)
    ]
    keys = form.score_keys()
    out = sys.stdout
    ack_early = os.environ.get("JUDGEAPP_TEST_ACK_EARLY") == "1"
    kill_at = int(os.environ.get("JUDGEAPP_TEST_KILL_AT", "-1"))
    i = start
    while True:
        sheet = sheets[i % len(sheets)]
        key = keys[(i // len(sheets)) % len(keys)]
        value = Decimal(500 + (i * 37) % 501) / 100  # 5.00 … 10.00
        text = format(value, "f")
        out.write(f"A {sheet} {key} {text}\n")
        out.flush()
        if ack_early:  # negative control: a broken app that says "saved" first
            out.write(f"K {sheet} {key} {text}\n")
            out.flush()
        if i - start == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        sheet_service.record_score(ws, sheet, key, text, "j1")
        if not ack_early:
            out.write(f"K {sheet} {key} {text}\n")
            out.flush()
        i += 1


if __name__ == "__main__":
    main()
