"""A report of many parts laid out by 1, 2 and every core, same run.

Builds the demo workspace (``judgeapp demo``) in a temporary folder, then
renders one report of many sections (default: every score sheet of the PPD
demo event) with ``workers=1`` (the single-process rendering: one WeasyPrint
document) and with the report cut into parts laid out by 2 and by every
core's worth of worker processes, joined with pypdf. Wall-clock seconds
(the workers' time is wall time by nature) and CPU seconds of the process
and its workers, median of ``--repeat``; the ratio of each to the
single-process time; the pages must be the same count. On a shared machine
the wall-clock ratio is only as good as the idle cores: the load average is
printed with the figures.

    .venv/bin/python bench/bench_parts.py [--kind sheet] [--repeat 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENT = "ppd-jabar-2022"


def cpu() -> float:
    """CPU seconds of this process and of its finished children (the workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", default="sheet", choices=("sheet", "blank", "feedback", "recap"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--judge", default=None, help="one judge's sheets only (a shorter run)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pypdf import PdfReader

    from judgeapp.reports import parts
    from judgeapp.reports.render import render_report
    from judgeapp.store.db import open_workspace

    cores = parts.available_cores()
    counts = sorted({1, 2, cores})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ws"
        subprocess.run(
            [sys.executable, "-m", "judgeapp", "demo", "--no-gui", "--workspace", str(folder)],
            check=True,
            capture_output=True,
            env={**os.environ, "JUDGEAPP_LANG": "id"},
        )
        ws = open_workspace(folder, create=False)
        times: dict[int, list[float]] = {n: [] for n in counts}
        cpus: dict[int, list[float]] = {n: [] for n in counts}
        pages: dict[int, int] = {}
        for r in range(args.repeat):
            for n in counts:  # interleaved, so a busy spell touches every count alike
                out = Path(tmp) / f"r{n}.pdf"
                c0, t0 = cpu(), time.perf_counter()
                render_report(ws, args.kind, EVENT, out, workers=n, judge_id=args.judge)
                times[n].append(time.perf_counter() - t0)
                while multiprocessing.active_children():  # the workers exit unwaited for:
                    time.sleep(0.01)  # their CPU counts once they are reaped
                cpus[n].append(cpu() - c0)
                pages[n] = len(PdfReader(out).pages)
            print(f"round {r + 1}: " + ", ".join(f"{n}: {times[n][-1]:.1f} s" for n in counts))
        ws.close()
    single = statistics.median(times[1])
    result = {
        "kind": args.kind,
        "event": EVENT,
        "pages": pages[1],
        "cores": cores,
        "repeat": args.repeat,
        "seconds": {str(n): statistics.median(times[n]) for n in counts},
        "all_seconds": {str(n): times[n] for n in counts},
        "ratio_to_single": {str(n): statistics.median(times[n]) / single for n in counts},
        "cpu_seconds": {str(n): statistics.median(cpus[n]) for n in counts},
        "load_average": os.getloadavg(),
    }
    print(f"{args.kind} report, {pages[1]} pages, {cores} cores, median of {args.repeat}:")
    for n in counts:
        med = statistics.median(times[n])
        label = "single process" if n == 1 else f"{n} workers"
        c = statistics.median(cpus[n])
        print(
            f"  {label:15s} {med:6.1f} s   ×{med / single:.2f}   CPU {c:6.1f} s   ({pages[n]} pages)"
        )
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    if len(set(pages.values())) != 1:
        print("PAGE COUNTS DIFFER", pages)
        return 1
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
