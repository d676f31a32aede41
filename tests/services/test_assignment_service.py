"""Automatic assignment on a real workspace: judges' profiles, preview (nothing
written), accept (one transaction, one history row), started sheets kept,
refusals that change nothing, a preview gone stale."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from kit.judging import make_event, mini_values, score_all, snapshot

from judgeapp.domain.judges import NewJudge
from judgeapp.services import assignment, setup
from judgeapp.services.assignment import AssignmentInfeasible, AssignmentRefused, Rules
from judgeapp.services.judges import add_judge
from judgeapp.store.setup import NewRegionSubmission

REGIONS = (
    ("Kota Bandung", "kota", "Jawa Barat"),
    ("Kota Bogor", "kota", "Jawa Barat"),
    ("Kabupaten Garut", "kabupaten", "Jawa Barat"),
    ("Kota Denpasar", "kota", "Bali"),
    ("Kabupaten Badung", "kabupaten", "Bali"),
    ("Kota Banda Aceh", "kota", "Aceh"),
)
JUDGES = (
    ("Ani", "Jawa Barat", "Pemerintah Kota Bandung"),
    ("Budi", "Bali", ""),
    ("Citra", "Aceh", "Universitas Syiah Kuala"),
    ("Dewi", "", ""),
)


@pytest.fixture
def ev(workspace):
    eid = make_event(workspace)
    subs = {
        name: setup.add_submission(workspace, eid, NewRegionSubmission(name, kind, province=prov))
        for name, kind, prov in REGIONS
    }
    judges = {}
    for name, prov, inst in JUDGES:
        jid = add_judge(workspace, eid, NewJudge(name, "TPI"))
        assignment.set_judge_profile(workspace, eid, jid, province=prov, institution=inst)
        judges[name] = jid
    return workspace, eid, subs, judges


def _history(ws, action):
    return ws.query("SELECT * FROM history WHERE action=? ORDER BY id", (action,))


def test_profiles_round_trip_with_history(ev):
    ws, eid, _subs, judges = ev
    p = assignment.set_judge_profile(
        ws, eid, judges["Dewi"], capacity=3, expertise=["kota", " kota ", "kabupaten"]
    )
    assert (p.capacity, p.expertise) == (3, ("kabupaten", "kota"))
    assert p.province == "" and p.name == "Dewi"
    rows = _history(ws, "judge-profile")
    assert json.loads(rows[-1]["new"])["capacity"] == 3
    n = len(rows)
    assignment.set_judge_profile(ws, eid, judges["Dewi"], capacity=3)  # no change: no row
    assert len(_history(ws, "judge-profile")) == n
    assignment.set_judge_profile(ws, eid, judges["Dewi"], capacity=None)
    assert assignment.judge_profiles(ws, eid)[-1].capacity is None


def test_bad_profile_refused_and_nothing_written(ev):
    ws, eid, _subs, judges = ev
    before = snapshot(ws)
    with pytest.raises(AssignmentRefused):
        assignment.set_judge_profile(ws, eid, judges["Ani"], capacity=-1)
    with pytest.raises(AssignmentRefused):
        assignment.set_judge_profile(ws, eid, "nobody", capacity=1)
    with pytest.raises(AssignmentRefused):
        assignment.parse_capacity("tiga")
    assert assignment.parse_capacity(" 12 ") == 12 and assignment.parse_capacity("") is None
    assert snapshot(ws) == before


def test_preview_writes_nothing_and_accept_writes_once(ev):
    ws, eid, subs, judges = ev
    before = snapshot(ws)
    prev = assignment.preview(ws, eid, None, Rules(2, avoid_same_province=True, seed=3))
    assert snapshot(ws) == before
    p = prev.proposal
    assert len(p.pairs) == 12 and sorted(ld.load for ld in p.loads) == [3, 3, 3, 3]
    province = {j.id: j.province for j in prev.judges}
    region_province = {s.id: s.province for s in prev.submissions}
    assert all(province[j] != region_province[s] for j, s in p.pairs)
    result = assignment.accept(ws, prev, actor="sekretariat")
    assert (result.total, result.added, result.removed) == (12, 12, 0)
    matrix = setup.assignment_matrix(ws, eid)
    assert {k for k, v in matrix.cells.items() if v == "assigned"} == set(p.pairs)
    (row,) = _history(ws, "auto-assign")
    summary = json.loads(row["new"])
    assert summary["per_submission"] == 2 and summary["avoid_same_province"] is True
    assert summary["added"] == 12 and row["actor"] == "sekretariat"
    # the same preview cannot be accepted twice: the stage changed under it
    with pytest.raises(AssignmentRefused, match="pratinjau"):
        assignment.accept(ws, prev)


def test_accept_replaces_earlier_assignments_except_started_sheets(ev):
    ws, eid, subs, judges = ev
    setup.fill(ws, eid)  # everyone on everything
    bandung = subs["Kota Bandung"]
    score_all(ws, eid, judges["Ani"], bandung, mini_values(Decimal("7")), final=False)
    score_all(ws, eid, judges["Budi"], bandung, mini_values(Decimal("8")))
    prev = assignment.preview(ws, eid, None, Rules(1, avoid_same_province=True))
    # Ani is from Jawa Barat but her started sheet on Bandung stays
    assert prev.proposal.judges_of(bandung) == tuple(sorted([judges["Ani"], judges["Budi"]]))
    assert any("Kota Bandung" in n for n in prev.proposal.notes)
    assert prev.proposal.started_kept == 2
    done = assignment.accept(ws, prev)
    assigned = {k for k, v in setup.assignment_matrix(ws, eid).cells.items() if v == "assigned"}
    assert (judges["Ani"], bandung) in assigned and (judges["Budi"], bandung) in assigned
    assert len(assigned) == 7  # five submissions × 1 + Bandung × 2
    assert done.removed == 24 - len(assigned & prev.current)


def test_started_sheet_on_an_older_version_keeps_its_judge(ev, tmp_path):
    import zipfile

    import yaml
    from kit.judging import package_zip

    from judgeapp.services.packages import import_package

    ws, eid, subs, judges = ev
    path = package_zip(tmp_path / "p1", "Kota Sukabumi")
    first = import_package(ws, path, eid).submission_id
    score_all(ws, eid, judges["Citra"], first, mini_values(Decimal("6")), final=False)
    with zipfile.ZipFile(path) as zf:  # the region sends a revised package
        man = yaml.safe_load(zf.read("manifest.yaml"))
        pdf = zf.read("docs/proposal.pdf")
    man["title"] = "Paparan Kota Sukabumi (revisi)"
    revised = tmp_path / "revised.zip"
    with zipfile.ZipFile(revised, "w") as zf:
        zf.writestr("manifest.yaml", yaml.safe_dump(man, allow_unicode=True))
        zf.writestr("docs/proposal.pdf", pdf)
    second = import_package(ws, revised, eid).submission_id
    assert second != first
    prev = assignment.preview(ws, eid, None, Rules(1))
    assert prev.proposal.judges_of(second) == (judges["Citra"],)
    assert prev.proposal.started_kept == 1


def test_infeasible_names_the_rule_and_writes_nothing(ev):
    ws, eid, subs, judges = ev
    setup.fill(ws, eid)
    before = snapshot(ws)
    with pytest.raises(AssignmentInfeasible) as err:
        assignment.auto_assign(ws, eid, None, Rules(4, avoid_same_province=True))
    problem = err.value.problems[0]
    assert problem.rule == "province"
    names = {s.id: s.region for s in assignment._read(ws, eid, None).submissions}
    assert {names[s] for s in problem.submissions} == {
        "Kota Bandung",
        "Kota Bogor",
        "Kabupaten Garut",
        "Kota Denpasar",
        "Kabupaten Badung",
        "Kota Banda Aceh",
    }
    assert snapshot(ws) == before


def test_conflict_declared_after_preview_makes_accept_refuse(ev):
    ws, eid, subs, judges = ev
    prev = assignment.preview(ws, eid, None, Rules(2))
    jid, sid = sorted(prev.proposal.pairs)[0]
    setup.declare_conflict(ws, eid, jid, sid, "kerabat")
    before = snapshot(ws)
    with pytest.raises(AssignmentRefused):
        assignment.accept(ws, prev)
    assert snapshot(ws) == before
    again = assignment.preview(ws, eid, None, Rules(2))
    assert (jid, sid) not in again.proposal.pairs


def test_institution_rule_and_capacity_from_profiles(ev):
    ws, eid, subs, judges = ev
    assignment.set_judge_profile(ws, eid, judges["Dewi"], capacity=1)
    prev = assignment.preview(ws, eid, None, Rules(2, avoid_same_institution=True))
    loads = {ld.judge: ld.load for ld in prev.proposal.loads}
    assert loads[judges["Dewi"]] == 1
    assert (judges["Ani"], subs["Kota Bandung"]) not in prev.proposal.pairs


def test_expertise_from_profiles_is_met(ev):
    ws, eid, subs, judges = ev
    for name in ("Ani", "Budi"):
        assignment.set_judge_profile(ws, eid, judges[name], expertise=["kabupaten"])
    prev = assignment.preview(ws, eid, None, Rules(1))
    kab = [s.id for s in prev.submissions if s.category == "kabupaten"]
    for sid in kab:
        assert prev.proposal.judges_of(sid)[0] in (judges["Ani"], judges["Budi"])
    assert assignment.categories(ws, eid) == ["kabupaten", "kota"]


def test_bad_requests_refused(ev):
    ws, eid, _subs, _judges = ev
    with pytest.raises(AssignmentRefused, match="nope"):
        assignment.preview(ws, "nope", None, Rules(2))
    with pytest.raises(AssignmentRefused, match="tahap"):
        assignment.preview(ws, eid, "tahap-x", Rules(2))
    with pytest.raises(AssignmentRefused):
        assignment.preview(ws, eid, None, Rules(0))
    with pytest.raises(AssignmentRefused):
        assignment.preview(ws, eid, None, Rules(2, max_load=0))


def test_dry_run_writes_nothing(ev):
    ws, eid, _subs, _judges = ev
    before = snapshot(ws)
    prev, done = assignment.auto_assign(ws, eid, None, Rules(2), dry_run=True)
    assert done is None and len(prev.proposal.pairs) == 12
    assert snapshot(ws) == before
