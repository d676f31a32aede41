"""Benchmark: rank a national event (3,000 submissions × 5 judges × 195 items).

Two measurements, each against a bare baseline timed in the same run on the
same numbers:

* in memory — the domain engine (score every sheet, combine each panel, rank
  per category) vs a plain Python loop summing the same Decimal scores;
* through a real workspace — ``services.results.rank`` on a workspace file
  holding the same scores vs a bare SQLite SELECT of the same item rows, and
  vs a bare SELECT of the sheets' integer score copy the ranking reads
  (migration 0022).

Usage: ``python bench/bench_rank.py [--submissions N] [--judges J] [--sensitivity]``
(``--submissions 300`` for a quick look). Prints seconds and ratios; asserts
nothing. Times are this process's CPU seconds (``time.process_time``), which
other work on a shared machine does not inflate; wall-clock seconds follow in
brackets.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judgeapp.domain.panel import combine_panel, plan_for  # noqa: E402
from judgeapp.domain.ranking import Entry, rank_entries  # noqa: E402
from judgeapp.domain.rubric import Form, parse_form  # noqa: E402

# PPD Tahap II shape: (aspect, [(indicator weight, item count), ...]) — 22
# indicators, 195 items, weights summing to 100.
SHAPE = [
    ("pencapaian", [(3, 10), (3, 10), (4.5, 10), (3.75, 10), (3, 10)]
     + [(3, 10), (2.25, 10), (3, 10), (1.5, 10), (3, 10)]),
    ("dokumen", [(4, 7), (6, 6), (4, 8), (6, 8)]),
    ("proses", [(9, 9), (6, 9), (9, 9), (6, 8)]),
    ("inovasi", [(2, 8), (4, 9), (5, 7), (9, 7)]),
]  # fmt: skip


class Clock:
    """CPU and wall seconds of a block."""

    cpu = 0.0
    wall = 0.0

    def __str__(self) -> str:
        return f"{self.cpu:.2f} s [{self.wall:.2f} s]"


@contextlib.contextmanager
def timed():
    clock = Clock()
    c0, w0 = time.process_time(), time.perf_counter()
    try:
        yield clock
    finally:
        clock.cpu = time.process_time() - c0
        clock.wall = time.perf_counter() - w0


def synthetic_form() -> Form:
    aspects = []
    n = 0
    for a_id, inds in SHAPE:
        indicators = []
        for weight, items in inds:
            n += 1
            indicators.append(
                {
                    "id": f"i{n}",
                    "title": f"Indikator {n}",
                    "weight": str(weight),
                    "items": [
                        {"id": f"i{n}.{k}", "text": f"Butir {k}"} for k in range(1, items + 1)
                    ],
                }
            )
        aspects.append({"id": a_id, "title": a_id.title(), "indicators": indicators})
    return parse_form(
        {
            "format": "judgeapp.form/1",
            "id": "bench-ppd2",
            "version": "1",
            "competition": "ppd",
            "stage": "tahap2",
            "title": "Benchmark form (PPD Tahap II shape)",
            "scale": {"kind": "range", "min": 5, "max": 10, "decimals": 2},
            "rollup": "mean_scored",
            "total_decimals": 4,
            "judges": {"rule": "median"},
            "aspects": aspects,
        }
    )


def load_form() -> Form:
    """The shipped ppd-tahap2 form when it is there and valid, else the same shape."""
    path = ROOT / "forms" / "ppd-tahap2.yaml"
    if path.exists():
        try:
            from judgeapp.services.forms import load_form_file

            form = load_form_file(path)
            if len(form.score_keys()) == 195:
                return form
        except Exception:  # a form being edited: use the built-in shape
            pass
    return synthetic_form()


CATEGORIES = ("provinsi", "kabupaten", "kota")


def build_data(form: Form, n_subs: int, n_judges: int, seed: int = 7):
    rnd = random.Random(seed)
    keys = form.score_keys()
    cents = [Decimal(c).scaleb(-2) for c in range(500, 1001)]
    subs = [(f"s{i:05}", f"Daerah {i:05}", CATEGORIES[i % 3]) for i in range(n_subs)]
    judges = [f"j{k}" for k in range(n_judges)]
    sheets = {
        sub: {j: {k: cents[rnd.randrange(len(cents))] for k in keys} for j in judges}
        for sub, _n, _c in subs
    }
    return subs, judges, sheets


def in_memory(form: Form, subs, sheets) -> tuple[Clock, Clock, int]:
    with timed() as baseline:
        acc = Decimal(0)
        for per_judge in sheets.values():
            for scores in per_judge.values():
                for v in scores.values():
                    acc += v

    with timed() as engine:
        entries = []
        plan = plan_for(form)
        for sub, name, cat in subs:
            results = {j: plan.score(s) for j, s in sheets[sub].items()}
            panel = combine_panel(form, results)
            entries.append(
                Entry(
                    sub,
                    name,
                    cat,
                    panel.total,
                    {"tahap2": panel.total},
                    panel.aspects,
                    panel.indicators,
                    panel.total_spread.range,
                    len(panel.judges),
                )
            )
        rows = rank_entries(entries, ("spread",), decimals=form.total_decimals)
    return baseline, engine, len(rows)


def build_workspace(folder: Path, form: Form, subs, judges, sheets):
    from judgeapp.store import events as store_events
    from judgeapp.store.db import now, open_workspace
    from judgeapp.store.forms import pin_form

    ws = open_workspace(folder)
    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws, "Benchmark nasional", "ppd", [store_events.StageSpec("tahap2", "Tahap II", digest)]
    )
    stamp = now()
    with ws.transaction():
        for j in judges:
            ws.conn.execute(
                "INSERT INTO judges(event_id, id, name) VALUES (?, ?, ?)", (eid, j, j.upper())
            )
        for sub, name, cat in subs:
            ws.conn.execute(
                "INSERT INTO regions(id, name, kind) VALUES (?, ?, ?)", (f"r-{sub}", name, cat)
            )
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (sub, eid, f"r-{sub}", cat, stamp),
            )
            for j, scores in sheets[sub].items():
                sid = uuid.uuid4().hex
                ws.conn.execute(
                    "INSERT INTO sheets(id, event_id, stage_id, judge_id, submission_id,"
                    " form_hash, status, updated_at) VALUES (?, ?, 'tahap2', ?, ?, ?, 'final', ?)",
                    (sid, eid, j, sub, digest, stamp),
                )
                ws.conn.executemany(
                    "INSERT INTO item_scores(sheet_id, key, value, updated_at) VALUES (?, ?, ?, ?)",
                    [(sid, k, format(v, "f"), stamp) for k, v in scores.items()],
                )
    return ws, eid


def through_store(ws, eid: str, sensitivity: bool) -> tuple[int, dict[str, Clock]]:
    from judgeapp.services import results

    out: dict[str, Clock] = {}
    with timed() as out["baseline"]:
        rows = ws.conn.execute(
            "SELECT i.sheet_id, i.key, i.value FROM item_scores i"
            " JOIN sheets s ON s.id = i.sheet_id WHERE s.event_id=? AND s.stage_id=?",
            (eid, "tahap2"),
        ).fetchall()
    n = len(rows)
    del rows
    with timed() as out["copy"]:
        copies = ws.conn.execute(
            "SELECT id, score_keys, score_micro FROM sheets WHERE event_id=? AND stage_id=?",
            (eid, "tahap2"),
        ).fetchall()
    del copies
    with timed() as out["rank"]:
        results.rank(ws, eid)
    if sensitivity:
        with timed() as out["sensitivity"]:
            results.sensitivity(ws, eid)
    return n, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--submissions", type=int, default=3000)
    ap.add_argument("--judges", type=int, default=5)
    ap.add_argument("--sensitivity", action="store_true", help="also time the sensitivity view")
    ap.add_argument("--skip-store", action="store_true")
    args = ap.parse_args(argv)

    form = load_form()
    n_items = len(form.score_keys())
    print(
        f"event: {args.submissions} submissions × {args.judges} judges × {n_items} items"
        f" = {args.submissions * args.judges * n_items:,} scores (form {form.id})"
    )
    t0 = time.perf_counter()
    subs, judges, sheets = build_data(form, args.submissions, args.judges)
    print(f"data built in {time.perf_counter() - t0:.1f} s")

    base, engine, n_rows = in_memory(form, subs, sheets)
    print(
        f"in memory: Decimal sum loop {base} | score + combine + rank {engine}"
        f" | ratio {engine.cpu / base.cpu:.1f}× ({n_rows} rows)"
    )
    if args.skip_store:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        ws, eid = build_workspace(Path(tmp) / "ws", form, subs, judges, sheets)
        print(f"workspace written in {time.perf_counter() - t0:.1f} s")
        del sheets
        try:
            n, m = through_store(ws, eid, args.sensitivity)
        finally:
            ws.close()
    base_cpu = m["baseline"].cpu
    copy_cpu = m["copy"].cpu
    print(
        f"workspace: bare SELECT of {n:,} item rows {m['baseline']}"
        f" | bare SELECT of the sheets' integer score copy {m['copy']}"
    )
    print(
        f"workspace: results.rank {m['rank']} | ratio {m['rank'].cpu / base_cpu:.1f}× the item"
        f" rows, {m['rank'].cpu / copy_cpu:.1f}× the score copy"
    )
    if "sensitivity" in m:
        print(
            f"workspace: results.sensitivity (5 rankings) {m['sensitivity']}"
            f" | ratio {m['sensitivity'].cpu / base_cpu:.1f}× the item rows,"
            f" {m['sensitivity'].cpu / copy_cpu:.1f}× the score copy"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
