"""A judge's saved edit against a bare SQLite commit, in the same run.

The edit goes through the whole save path of the interview screen:
``services.sheets.record_score`` (parse against the scale, one transaction
writing the score, the revision and the history row, synced with WAL +
synchronous=FULL) and the sheet state the screen shows, moved on from the
state before by the one value (``before=``, as the interview screen calls
it). The
baseline is a bare ``INSERT … ; COMMIT`` of one row into a table in a database
with the same pragmas, on the same disk. Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judgeapp.services import sheets  # noqa: E402
from judgeapp.services.forms import find_form  # noqa: E402
from judgeapp.store import events as store_events  # noqa: E402
from judgeapp.store.db import open_workspace  # noqa: E402
from judgeapp.store.forms import pin_form  # noqa: E402


def bare(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)")
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO t VALUES (?, ?)", (f"k{i % 195}", str(i)))
        conn.execute("COMMIT")
        out.append(time.perf_counter() - t0)
    conn.close()
    return out


def app(folder: Path, n: int, form_id: str, incremental: bool = True) -> list[float]:
    ws = open_workspace(folder / ("ws" if incremental else "ws-full"))
    form = find_form(form_id)
    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws, "Bench", form.competition, [store_events.StageSpec(form.stage, "S", digest)]
    )
    store_events.add_judge(ws, eid, "J", judge_id="j1")
    rid = store_events.upsert_region(ws, "Kota Bench", "kota", "P")
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
            " VALUES ('s1', ?, ?, 'kota', 'now')",
            (eid, rid),
        )
    state = sheets.open_sheet(ws, eid, form.stage, "j1", "s1")
    sheet = state.data.id
    keys = form.score_keys()
    out = []
    for i in range(n):
        key = keys[i % len(keys)]
        text = f"{5 + (i * 37) % 500 / 100:.2f}"
        t0 = time.perf_counter()
        # as the interview screen does: the state it shows is moved on by the edit
        state = sheets.record_score(
            ws, sheet, key, text, "j1", before=state if incremental else None
        )
        out.append(time.perf_counter() - t0)
    ws.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--edits", type=int, default=400)
    ap.add_argument("--form", default="ppd-tahap2")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        folder = Path(tmp)
        base = bare(folder, args.edits)
        edit = app(folder, args.edits, args.form)
        full = app(folder, args.edits, args.form, incremental=False)
    b, e = statistics.median(base), statistics.median(edit)
    b99, e99 = p99(base), p99(edit)
    print(f"{args.edits} edits, form {args.form} ({len(find_form(args.form).score_keys())} items)")
    print(f"bare SQLite commit (WAL, FULL): median {b * 1000:.2f} ms")
    print(f"saved edit (record_score):      median {e * 1000:.2f} ms")
    print(f"ratio {e / b:.2f}×")
    f = statistics.median(full)
    print(f"saved edit, sheet read again:   median {f * 1000:.2f} ms, ratio {f / b:.2f}×")
    print(f"p99: bare {b99 * 1000:.2f} ms, saved edit {e99 * 1000:.2f} ms, ratio {e99 / b99:.2f}×")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "edits": args.edits,
                    "form": args.form,
                    "bare_ms": {"p50": b * 1000, "p99": b99 * 1000},
                    "edit_ms": {"p50": e * 1000, "p99": e99 * 1000},
                    "ratio": {"p50": e / b, "p99": e99 / b99},
                    "read_again_ms": {"p50": f * 1000, "p99": p99(full) * 1000},
                    "read_again_ratio": {"p50": f / b, "p99": p99(full) / b99},
                },
                indent=2,
            )
        )
    return 0


def p99(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=100)[98]


if __name__ == "__main__":
    raise SystemExit(main())
