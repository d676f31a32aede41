"""Run every benchmark and write ``bench/results.json``.

    .venv/bin/python -m bench            # every benchmark, the sizes of docs/PERFORMANCE.md
    .venv/bin/python -m bench --quick    # smaller sizes, for a look while developing
    .venv/bin/python -m bench --only save,parts

Each benchmark runs as its own process (one at a time, so they do not compete
with each other); its printed lines and, where it writes them, its figures
(``--json``) go into ``results.json`` with the machine they ran on (cores,
CPU model, Python, the load average before and after). Nothing here asserts a
time: the figures are ratios against a bare baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (script, arguments, quick arguments, whether it writes --json)
BENCHES: dict[str, tuple[str, list[str], list[str], bool]] = {
    "save": ("bench_save.py", ["--edits", "400"], ["--edits", "100"], True),
    "startup": ("bench_startup.py", ["--runs", "7"], ["--runs", "3"], True),
    "startup_demo": (
        "bench_startup.py",
        ["--runs", "7", "--demo"],
        ["--runs", "3", "--demo"],
        True,
    ),
    "parts": ("bench_parts.py", ["--repeat", "3"], ["--repeat", "1", "--judge", "juri-1"], True),
    "memory": ("bench_memory.py", [], ["--edits", "50"], True),
    "report": (
        "bench_report.py",
        ["--n", "500", "--repeat", "2"],
        ["--n", "100", "--repeat", "1"],
        False,
    ),
    "rank": ("bench_rank.py", ["--submissions", "3000"], ["--submissions", "300"], False),
    "assign": ("bench_assign.py", ["--submissions", "3000"], ["--submissions", "300"], False),
    "package_import": ("bench_package_import.py", ["--mb", "200"], ["--mb", "50"], False),
}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 1
    return {
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "cpu": cpu_model(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def run_one(name: str, quick: bool) -> dict:
    script, full, short, writes_json = BENCHES[name]
    path = HERE / script
    if not path.exists():
        return {"skipped": f"{script} is not there"}
    args = list(short if quick else full)
    with tempfile.TemporaryDirectory() as tmp:
        figures = Path(tmp) / "figures.json"
        if writes_json:
            args += ["--json", str(figures)]
        cmd = [sys.executable, str(path), *args]
        started, before = time.perf_counter(), load()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent)
        entry: dict = {
            "command": " ".join(
                ["python", f"bench/{script}", *args[: len(args) - 2 * writes_json]]
            ),
            "returncode": proc.returncode,
            "seconds": round(time.perf_counter() - started, 1),
            "load_before": before,
            "load_after": load(),
            "output": [line for line in proc.stdout.splitlines() if line.strip()],
        }
        if proc.returncode != 0:
            entry["stderr_tail"] = proc.stderr.splitlines()[-15:]
        if writes_json and figures.exists():
            entry["figures"] = json.loads(figures.read_text())
    return entry


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    ap.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(BENCHES)}")
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    args = ap.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(BENCHES)
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        ap.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": machine(),
        "benchmarks": {},
    }
    for name in names:
        print(f"== {name}", flush=True)
        entry = run_one(name, args.quick)
        results["benchmarks"][name] = entry
        for line in entry.get("output", []):
            print("   " + line)
        if entry.get("returncode"):
            print(f"   (exit code {entry['returncode']})")
            for line in entry.get("stderr_tail", []):
                print("   ! " + line)
        args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"written: {args.out}")
    failed = [n for n, e in results["benchmarks"].items() if e.get("returncode")]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
