"""Bundles at national scale: 3,000 submissions assigned automatically to 40
judges (k = 3, the province rule, declared conflicts), then one bundle per
judge. Each bundle carries exactly that judge's 225 submissions, their
documents and nothing else, so its size follows the judge's share of the
event, not the event. (Time is measured by bench/bench_assign.py --bundles.)"""

from __future__ import annotations

import hashlib
import json
import random
import zipfile

import pytest

from judgeapp.services import assignment
from judgeapp.services import bundles as bundle_service
from judgeapp.services.assignment import Rules

pytestmark = pytest.mark.slow

N_SUBS, N_JUDGES, K = 3000, 40, 3
PROVINCES = [f"Provinsi {i:02}" for i in range(38)]


@pytest.fixture
def national(workspace, tmp_path):
    from kit.judging import MINI

    from judgeapp.services.events import create_event
    from judgeapp.store import events as store_events
    from judgeapp.store.db import now

    ws = workspace
    rnd = random.Random(15)
    eid = create_event(ws, "Sinovik Nasional", [str(MINI)])
    sizes: dict[str, int] = {}
    with ws.transaction():
        for i in range(N_JUDGES):
            ws.conn.execute(
                "INSERT INTO judges(event_id, id, name, role, province) VALUES (?, ?, ?, 'TPI', ?)",
                (eid, f"j{i:02}", f"Juri {i:02}", PROVINCES[i % len(PROVINCES)]),
            )
        for i in range(N_SUBS):
            sid = f"s{i:04}"
            rid = store_events.upsert_region(ws, f"Kota {i:04}", "kota", rnd.choice(PROVINCES))
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
                " VALUES (?, ?, ?, 'kota', ?, ?)",
                (sid, eid, rid, f"Inovasi {i:04}", now()),
            )
            pdf = b"%PDF-1.4\n%" + sid.encode() + b"\n" + rnd.randbytes(600) + b"\n%%EOF\n"
            sha = hashlib.sha256(pdf).hexdigest()
            blob = ws.blobs_dir / sha[:2] / sha
            blob.parent.mkdir(parents=True, exist_ok=True)
            blob.write_bytes(pdf)
            sizes[sid] = len(pdf)
            ws.conn.execute(
                "INSERT INTO blobs(sha256, size, added_at) VALUES (?, ?, ?)",
                (sha, len(pdf), now()),
            )
            ws.conn.execute(
                "INSERT INTO documents(submission_id, doc_id, title, kind, sha256, media_type,"
                " pages, warning, seq) VALUES (?, 'proposal', 'Proposal', 'proposal', ?,"
                " 'application/pdf', 1, '', 0)",
                (sid, sha),
            )
        for _ in range(400):  # declared conflicts
            j, s = rnd.randrange(N_JUDGES), rnd.randrange(N_SUBS)
            ws.conn.execute(
                "INSERT OR IGNORE INTO conflicts(event_id, judge_id, region_id, reason,"
                " declared_at) SELECT ?, ?, region_id, 'uji', ? FROM submissions WHERE id=?",
                (eid, f"j{j:02}", now(), f"s{s:04}"),
            )
    prev, done = assignment.auto_assign(ws, eid, None, Rules(K, avoid_same_province=True, seed=3))
    assert done is not None and done.total == N_SUBS * K
    return ws, eid, prev, sizes


def test_each_bundle_carries_only_its_judges_submissions(national, tmp_path):
    ws, eid, prev, sizes = national
    mine: dict[str, set[str]] = {}
    for j, s in prev.proposal.pairs:
        mine.setdefault(j, set()).add(s)
    assert {len(v) for v in mine.values()} == {N_SUBS * K // N_JUDGES}  # 225 each
    whole = sum(sizes.values())
    out = tmp_path / "bundles"
    out.mkdir()
    for judge in sorted(mine):
        path = out / f"{judge}.zip"
        issued = bundle_service.issue_bundle(ws, eid, judge, path)
        assert issued.submissions == 225
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("bundle.json"))
            names = zf.namelist()
        carried = {s["id"] for s in manifest["submissions"]}
        assert carried == mine[judge]
        assert {a["submission_id"] for a in manifest["assignments"]} == mine[judge]
        blobs = {n.split("/", 1)[1] for n in names if n.startswith("blobs/")}
        wanted = {d["sha256"] for s in manifest["submissions"] for d in s["documents"]}
        assert blobs == wanted and len(blobs) == 225
        # the judge's share of the documents plus a manifest, never the event's
        share = sum(sizes[s] for s in mine[judge])
        size = path.stat().st_size
        assert share * 0.9 < size < share + 200_000
        assert size < whole / 5
