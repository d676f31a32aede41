"""Event set-up: judges and roles, the assignment matrix, conflicts, schedule, keys."""

from __future__ import annotations

import pytest
from kit.judging import make_event, snapshot

from judgeapp.domain.exchange import generate_keypair
from judgeapp.domain.judges import NewJudge
from judgeapp.services import setup
from judgeapp.services.judges import add_judge
from judgeapp.services.setup import SetupRefused
from judgeapp.store.setup import NewRegionSubmission


@pytest.fixture
def ev(workspace):
    eid = make_event(workspace)
    subs = [
        setup.add_submission(workspace, eid, NewRegionSubmission(name, kind, province="Jawa Barat"))
        for name, kind in (
            ("Kota Alpha", "kota"),
            ("Kabupaten Beta", "kabupaten"),
            ("Jawa Barat", "provinsi"),
        )
    ]
    judges = [
        add_judge(workspace, eid, NewJudge("Ani", "TPI")),
        add_judge(workspace, eid, NewJudge("Budi", "TPU")),
        add_judge(workspace, eid, NewJudge("Citra", "asesor")),
    ]
    return workspace, eid, subs, judges


def test_judges_with_roles(ev):
    ws, eid, _subs, judges = ev
    rows = {j.id: j.role for j in setup.list_judges(ws, eid)}
    assert rows == {"ani": "TPI", "budi": "TPU", "citra": "asesor"}
    setup.set_role(ws, eid, "citra", "TPI", "secretariat")
    assert {j.id: j.role for j in setup.list_judges(ws, eid)}["citra"] == "TPI"


def test_unknown_role_refused_and_nothing_changed(ev):
    ws, eid, _subs, _judges = ev
    before = snapshot(ws)
    with pytest.raises(SetupRefused, match="ketua"):
        add_judge(ws, eid, NewJudge("Dedi", "ketua"))
    with pytest.raises(SetupRefused):
        add_judge(ws, eid, NewJudge("  ", "TPI"))
    with pytest.raises(SetupRefused, match="nope"):
        add_judge(ws, "nope", NewJudge("Dedi", "TPI"))
    assert snapshot(ws) == before


def test_categories_default_to_kind_and_can_change(ev):
    ws, eid, subs, _ = ev
    cats = {s["id"]: s["category"] for s in ws.query("SELECT id, category FROM submissions")}
    assert sorted(cats.values()) == ["kabupaten", "kota", "provinsi"]
    setup.set_category(ws, eid, subs[0], "kota-besar", "secretariat")
    assert (
        ws.query_one("SELECT category FROM submissions WHERE id=?", (subs[0],))["category"]
        == "kota-besar"
    )


def test_fill_row_column_all_and_clear(ev):
    ws, eid, subs, judges = ev
    r = setup.fill(ws, eid, judge_id="ani")
    assert r.changed == 3
    m = setup.assignment_matrix(ws, eid)
    assert m.row("ani") == ["assigned"] * 3
    assert m.row("budi") == ["free"] * 3
    r = setup.fill(ws, eid, submission_id=subs[1])
    assert r.changed == 2  # ani already had it
    m = setup.assignment_matrix(ws, eid)
    assert sum(1 for v in m.cells.values() if v == "assigned") == 5
    r = setup.fill(ws, eid)
    assert r.changed == 4
    assert set(setup.assignment_matrix(ws, eid).cells.values()) == {"assigned"}
    r = setup.fill(ws, eid, judge_id="budi", on=False)
    assert r.changed == 3
    assert setup.assignment_matrix(ws, eid).row("budi") == ["free"] * 3
    r = setup.set_assignment(ws, eid, "budi", subs[2])
    assert r.changed == 1
    assert setup.set_assignment(ws, eid, "budi", subs[2]).changed == 0


def test_conflict_drops_assignments_and_fills_skip_it(ev):
    ws, eid, subs, _ = ev
    setup.fill(ws, eid)
    dropped = setup.declare_conflict(ws, eid, "ani", subs[0], "lahir di sana")
    assert dropped == 1
    m = setup.assignment_matrix(ws, eid)
    assert m.cells[("ani", subs[0])] == "conflict"
    setup.fill(ws, eid, on=False)
    r = setup.fill(ws, eid)
    assert r.skipped_conflicts == (("ani", subs[0]),)
    assert r.changed == 8
    r = setup.fill(ws, eid, submission_id=subs[0])
    assert r.skipped_conflicts == (("ani", subs[0]),)
    assert not ws.query(
        "SELECT 1 FROM assignments WHERE judge_id='ani' AND submission_id=?", (subs[0],)
    )
    hist = ws.query("SELECT * FROM history WHERE action='conflict'")
    assert hist and hist[0]["reason"] == "lahir di sana"


def test_assigning_conflicted_judge_refused(ev):
    ws, eid, subs, _ = ev
    setup.declare_conflict(ws, eid, "ani", subs[0], "keluarga")
    before = snapshot(ws)
    with pytest.raises(SetupRefused, match="ani"):
        setup.set_assignment(ws, eid, "ani", subs[0])
    assert snapshot(ws) == before


def test_conflict_needs_reason_and_known_judge(ev):
    ws, eid, subs, _ = ev
    before = snapshot(ws)
    with pytest.raises(SetupRefused):
        setup.declare_conflict(ws, eid, "ani", subs[0], " ")
    with pytest.raises(SetupRefused, match="zed"):
        setup.declare_conflict(ws, eid, "zed", subs[0], "x")
    with pytest.raises(SetupRefused, match="nope"):
        setup.declare_conflict(ws, eid, "ani", "nope", "x")
    assert snapshot(ws) == before


def test_withdraw_conflict(ev):
    ws, eid, subs, _ = ev
    setup.declare_conflict(ws, eid, "ani", subs[0], "keluarga")
    assert setup.withdraw_conflict(ws, eid, "ani", subs[0], "salah catat", "secretariat")
    assert setup.assignment_matrix(ws, eid).cells[("ani", subs[0])] == "free"


def test_schedule(ev):
    ws, eid, subs, _ = ev
    setup.set_schedule(ws, eid, subs[1], "2023-05-02 09:30", "Ruang A")
    setup.set_schedule(ws, eid, subs[0], "2023-05-02T08:00", "Ruang B")
    rows = setup.schedule(ws, eid)
    assert [(r.submission_id, r.starts_at, r.room) for r in rows] == [
        (subs[0], "2023-05-02T08:00", "Ruang B"),
        (subs[1], "2023-05-02T09:30", "Ruang A"),
    ]
    setup.set_schedule(ws, eid, subs[0], "", "")
    assert len(setup.schedule(ws, eid)) == 1


def test_bad_schedule_refused(ev):
    ws, eid, subs, _ = ev
    before = snapshot(ws, ("schedule", "history"))
    with pytest.raises(SetupRefused, match="besok pagi"):
        setup.set_schedule(ws, eid, subs[0], "besok pagi", "A")
    with pytest.raises(SetupRefused, match="tahap9"):
        setup.set_schedule(ws, eid, subs[0], "2023-05-02 09:00", "A", stage_id="tahap9")
    assert snapshot(ws, ("schedule", "history")) == before


def test_register_key_and_explicit_change(ev):
    ws, eid, _subs, _ = ev
    k1, k2 = generate_keypair(), generate_keypair()
    assert setup.register_key(ws, eid, "ani", k1.public_key) == k1.fingerprint
    assert setup.register_key(ws, eid, "ani", k1.public_key) == k1.fingerprint
    before = snapshot(ws)
    with pytest.raises(SetupRefused, match=k1.fingerprint):
        setup.register_key(ws, eid, "ani", k2.public_key)
    with pytest.raises(SetupRefused):
        setup.register_key(ws, eid, "ani", k2.public_key, accept_change=True)
    with pytest.raises(SetupRefused):
        setup.register_key(ws, eid, "ani", "rubbish")
    assert snapshot(ws) == before
    fp = setup.register_key(ws, eid, "ani", k2.public_key, accept_change=True, reason="laptop baru")
    assert fp == k2.fingerprint
    h = ws.query("SELECT * FROM history WHERE action='key' ORDER BY id")
    assert h[-1]["old"] == k1.fingerprint and h[-1]["new"] == k2.fingerprint
    assert h[-1]["reason"] == "laptop baru"
