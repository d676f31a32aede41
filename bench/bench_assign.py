"""Benchmark: automatic assignment of a national event.

3,000 submissions, 40 judges, k = 3, 38 provinces with the "not their own
province" rule, 2 % declared conflicts, one preferred category per judge,
a started sheet on 5 % of the submissions; seeded. Measured, each against a
bare baseline timed in the same run:

* **domain solve** (``domain.assignment.solve``: eligibility, load levels, the
  transportation LP, the 0/1 check, the check of every hard rule) against a
  **bare HiGHS LP** of the same transportation problem built with numpy alone
  (no rules checked, no model objects);
* with ``--milp``, the same problem handed to ``scipy.optimize.milp`` (HiGHS
  branch-and-cut) as a 0/1 programme, for the record of why the LP is solved;
* with ``--workspace``, ``services.assignment.preview`` + ``accept`` on a real
  workspace file holding the event, against a bare SQLite insert of the same
  assignment rows;
* with ``--bundles``, issuing every judge's bundle of that assignment
  (≈ 225 submissions each, one small PDF per submission): seconds and sizes,
  against one judge's share of the whole event's material.

Usage: ``python bench/bench_assign.py [--submissions N] [--judges J] [--k K]
[--seed S] [--milp] [--workspace] [--bundles]`` (``--submissions 300`` for the
small event). Prints seconds and ratios; asserts nothing. Times are CPU
seconds of this process (wall-clock in brackets).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judgeapp.domain.assignment import Instance, Judge, Rules, Submission, solve  # noqa: E402

CATEGORIES = ("provinsi", "kabupaten", "kota")
PROVINCES = tuple(f"Provinsi {i:02}" for i in range(38))


class Clock:
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


def instance(n: int, m: int, k: int, seed: int) -> Instance:
    rnd = random.Random(seed)
    judges = tuple(
        Judge(
            f"j{i:03}",
            f"Juri {i}",
            province=rnd.choice(PROVINCES),
            expertise=frozenset({rnd.choice(CATEGORIES)}),
        )
        for i in range(m)
    )
    subs = tuple(
        Submission(
            f"s{i:05}",
            f"Daerah {i}",
            "kota",
            rnd.choice(PROVINCES),
            category=rnd.choice(CATEGORIES),
        )
        for i in range(n)
    )
    conflicts = frozenset((j.id, s.id) for j in judges for s in subs if rnd.random() < 0.02)
    started = set()
    for s in rnd.sample(subs, n // 20):
        pool = [j for j in judges if j.province != s.province and (j.id, s.id) not in conflicts]
        started.add((rnd.choice(pool).id, s.id))
    return Instance(judges, subs, conflicts, frozenset(started))


def bare_lp(inst: Instance, k: int) -> float:
    """The same transportation LP (same eligible pairs, same kind of costs:
    a preferred-category bonus plus small seeded noise), built with numpy
    only — the floor any formulation through HiGHS pays."""
    import numpy as np
    from scipy import sparse
    from scipy.optimize import linprog

    t0 = time.process_time()
    jp = np.array([hash(j.province) for j in inst.judges])
    sp = np.array([hash(s.province) for s in inst.submissions])
    m, n = len(jp), len(sp)
    ok = jp[:, None] != sp[None, :]
    jidx = {j.id: i for i, j in enumerate(inst.judges)}
    sidx = {s.id: i for i, s in enumerate(inst.submissions)}
    for j, s in inst.conflicts:
        ok[jidx[j], sidx[s]] = False
    jc = np.array([hash(next(iter(j.expertise))) for j in inst.judges])
    sc = np.array([hash(s.category) for s in inst.submissions])
    jj, ss = np.nonzero(ok)
    e = len(jj)
    demand = n * k
    low = -(-demand // m) - 1  # the level the model uses: loads low or low + 1
    high = low + 1
    rows = np.concatenate([ss, n + jj, n + np.arange(m)])
    cols = np.concatenate([np.arange(e), np.arange(e), e + np.arange(m)])
    vals = np.concatenate([np.ones(2 * e), -np.ones(m)])
    a = sparse.csr_array((vals, (rows, cols)), shape=(n + m, e + m))
    b = np.concatenate([np.full(n, k), np.full(m, low)])
    noise = np.random.default_rng(0).random(e) / (demand + 1)
    cost = np.concatenate([noise - (jc[jj] == sc[ss]), np.zeros(m)])
    bounds = np.column_stack(
        [np.zeros(e + m), np.concatenate([np.ones(e), np.full(m, high - low)])]
    )
    linprog(cost, A_eq=a, b_eq=b, bounds=bounds, method="highs-ds")
    return time.process_time() - t0


def milp_time(inst: Instance, k: int) -> Clock:
    import numpy as np
    from scipy import sparse
    from scipy.optimize import Bounds, LinearConstraint, milp

    jidx = {j.id: i for i, j in enumerate(inst.judges)}
    sidx = {s.id: i for i, s in enumerate(inst.submissions)}
    m, n = len(jidx), len(sidx)
    ok = np.array([[j.province != s.province for s in inst.submissions] for j in inst.judges])
    for j, s in inst.conflicts:
        ok[jidx[j], sidx[s]] = False
    jj, ss = np.nonzero(ok)
    e = len(jj)
    demand = n * k
    low = demand // m
    a = sparse.csr_array(
        (np.ones(2 * e), (np.concatenate([ss, n + jj]), np.concatenate([np.arange(e)] * 2))),
        shape=(n + m, e),
    )
    lb = np.concatenate([np.full(n, k), np.full(m, low)])
    ub = np.concatenate([np.full(n, k), np.full(m, low + (1 if demand % m else 0))])
    cost = np.random.default_rng(0).random(e)
    with timed() as clock:
        milp(
            cost,
            constraints=LinearConstraint(a, lb, ub),
            integrality=np.ones(e),
            bounds=Bounds(0, 1),
        )
    return clock


def workspace_run(inst: Instance, k: int, folder: Path, bundles: bool) -> None:
    from judgeapp.services import assignment
    from judgeapp.services import bundles as bundle_service
    from judgeapp.services.events import create_event
    from judgeapp.store import events as store_events
    from judgeapp.store.db import now, open_workspace

    ws = open_workspace(folder / "ws")
    eid = create_event(ws, "Bench", [str(ROOT / "tests" / "data" / "mini-form.yaml")])
    with ws.transaction():
        for j in inst.judges:
            ws.conn.execute(
                "INSERT INTO judges(event_id, id, name, role, province, expertise)"
                " VALUES (?, ?, ?, 'TPI', ?, ?)",
                (eid, j.id, j.name, j.province, f'["{next(iter(j.expertise))}"]'),
            )
        for s in inst.submissions:
            rid = store_events.upsert_region(ws, s.region, "kota", s.province)
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (s.id, eid, rid, s.category, f"Paparan {s.region}", now()),
            )
        by_s = {s.id: s for s in inst.submissions}
        for j, s in inst.conflicts:
            ws.conn.execute(
                "INSERT INTO conflicts(event_id, judge_id, region_id, reason, declared_at)"
                " SELECT ?, ?, region_id, 'bench', ? FROM submissions WHERE id=?",
                (eid, j, now(), by_s[s].id),
            )
    rules = Rules(k, avoid_same_province=True, seed=1)
    with timed() as preview:
        prev = assignment.preview(ws, eid, None, rules)
    with timed() as accept:
        assignment.accept(ws, prev)
    pairs = sorted(prev.proposal.pairs)
    with timed() as bare, ws.transaction():
        ws.conn.execute("CREATE TEMP TABLE bare(e, s, j, x)")
        ws.conn.executemany(
            "INSERT INTO bare VALUES (?, 'tahap2', ?, ?)", [(eid, j, s) for j, s in pairs]
        )
    print(f"  workspace preview (read + solve): {preview}")
    print(
        f"  workspace accept ({len(pairs)} rows, one transaction): {accept}"
        f" — bare insert {bare}, ×{accept.cpu / max(bare.cpu, 1e-9):.1f}"
    )
    if bundles:
        import hashlib

        from judgeapp.store.db import now as stamp

        with ws.transaction():
            for s in inst.submissions:  # one document of its own per submission
                pdf = (
                    b"%PDF-1.4\n%" + s.id.encode() + b"\n" + random.randbytes(20_000) + b"\n%%EOF\n"
                )
                sha = hashlib.sha256(pdf).hexdigest()
                blob = ws.blobs_dir / sha[:2] / sha
                blob.parent.mkdir(parents=True, exist_ok=True)
                blob.write_bytes(pdf)
                ws.conn.execute(
                    "INSERT OR IGNORE INTO blobs(sha256, size, added_at) VALUES (?, ?, ?)",
                    (sha, len(pdf), stamp()),
                )
                ws.conn.execute(
                    "INSERT INTO documents(submission_id, doc_id, title, kind, sha256,"
                    " media_type, pages, warning, seq) VALUES (?, 'proposal', 'Proposal',"
                    " 'proposal', ?, 'application/pdf', 1, '', 0)",
                    (s.id, sha),
                )
        whole = sum(p.stat().st_size for p in ws.blobs_dir.rglob("*") if p.is_file())
        out = folder / "bundles"
        out.mkdir()
        sizes = []
        with timed() as issue:
            for j in inst.judges:
                path = out / f"{j.id}.zip"
                bundle_service.issue_bundle(ws, eid, j.id, path)
                sizes.append(path.stat().st_size)
        # bare baseline: the same documents zipped, no manifest, no reading
        import zipfile

        mine: dict[str, list[str]] = {}
        for jid, sid in pairs:
            mine.setdefault(jid, []).append(sid)
        doc_of = dict(
            ws.conn.execute(
                "SELECT d.submission_id, d.sha256 FROM documents d JOIN submissions s"
                " ON s.id = d.submission_id WHERE s.event_id=?",
                (eid,),
            ).fetchall()
        )
        with timed() as bare_zip:
            for j in inst.judges:
                with zipfile.ZipFile(out / f"bare-{j.id}.zip", "w", zipfile.ZIP_DEFLATED) as zf:
                    for sid in mine.get(j.id, []):
                        sha = doc_of[sid]
                        zf.write(ws.blobs_dir / sha[:2] / sha, f"blobs/{sha}")
        only_own = True
        for j in inst.judges:
            with zipfile.ZipFile(out / f"{j.id}.zip") as zf:
                carried = {s["id"] for s in json.loads(zf.read("bundle.json"))["submissions"]}
            only_own &= carried == set(mine.get(j.id, []))
        per = issue.wall / len(inst.judges)
        share = whole / len(inst.judges) * k
        print(
            f"  bundles: {len(inst.judges)} judges in {issue} ({per:.2f} s each);"
            f" bare zip of the same documents {bare_zip},"
            f" ×{issue.cpu / max(bare_zip.cpu, 1e-9):.1f}; each carries only its judge's"
            f" submissions: {'yes' if only_own else 'NO'};"
            f" sizes {min(sizes) / 1e6:.2f}–{max(sizes) / 1e6:.2f} MB against a judge's"
            f" share of the event's documents {share / 1e6:.2f} MB (all {whole / 1e6:.0f} MB)"
        )
    ws.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--submissions", type=int, default=3000)
    ap.add_argument("--judges", type=int, default=40)
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--milp", action="store_true")
    ap.add_argument("--workspace", action="store_true")
    ap.add_argument("--bundles", action="store_true")
    args = ap.parse_args()
    inst = instance(args.submissions, args.judges, args.k, args.seed)
    print(
        f"{args.submissions} submissions × {args.judges} judges, k={args.k}, province rule,"
        f" {len(inst.conflicts)} conflicts, {len(inst.started)} started sheets"
    )
    import highspy  # noqa: F401 - import time is not the solver's
    import scipy.optimize  # noqa: F401

    bare_lp(inst, args.k)  # warm-up
    bare = min(bare_lp(inst, args.k) for _ in range(3))
    runs = []
    for _ in range(3):
        with timed() as clock:
            proposal = solve(inst, Rules(args.k, avoid_same_province=True, seed=1))
        runs.append(clock)
    best = min(runs, key=lambda c: c.cpu)
    loads = sorted(ld.load for ld in proposal.loads)
    print(f"  bare HiGHS LP (numpy only): {bare:.2f} s")
    inside = proposal.solver_seconds
    print(
        f"  domain solve, best of 3: {best}, of which HiGHS {inside:.2f} s —"
        f" ×{best.cpu / max(inside, 1e-9):.1f} the solver call alone,"
        f" ×{best.cpu / max(bare, 1e-9):.1f} the bare numpy-built LP"
    )
    print(
        f"  loads {loads[0]}–{loads[-1]}, {proposal.preferred} of {len(proposal.pairs)} pairs in"
        f" a preferred category, {proposal.started_kept} started sheets kept; {proposal.solver}"
    )
    if args.milp:
        print(f"  same problem as a 0/1 programme (milp): {milp_time(inst, args.k)}")
    if args.workspace or args.bundles:
        with tempfile.TemporaryDirectory() as tmp:
            workspace_run(inst, args.k, Path(tmp), args.bundles)


if __name__ == "__main__":
    main()
