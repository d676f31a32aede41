"""Automatic assignment on random events in real workspaces (hypothesis):
random numbers of judges and submissions, provinces, capacities, declared
conflicts and sheets already scored through the judge's service. Either every
hard rule holds in what was written (checked here from the workspace, not
from the solver), or the refusal names a rule and nothing at all was written."""

from __future__ import annotations

import itertools
import json
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st
from kit.judging import make_event, snapshot

from judgeapp.domain.assignment import RULES
from judgeapp.domain.judges import NewJudge
from judgeapp.services import assignment, setup, sheets
from judgeapp.services.assignment import AssignmentInfeasible, Rules
from judgeapp.services.judges import add_judge
from judgeapp.store.setup import NewRegionSubmission

PROVINCES = ("Jawa Barat", "Bali", "Aceh")


@st.composite
def events(draw):
    m = draw(st.integers(1, 5))
    n = draw(st.integers(1, 7))
    judges = [
        (
            draw(st.sampled_from(("", *PROVINCES))),
            draw(st.one_of(st.none(), st.integers(0, n))),
        )
        for _ in range(m)
    ]
    subs = [draw(st.sampled_from(PROVINCES)) for _ in range(n)]
    pairs = list(itertools.product(range(m), range(n)))
    started = draw(st.sets(st.sampled_from(pairs), max_size=max(1, len(pairs) // 3)))
    conflicts = draw(st.sets(st.sampled_from(pairs), max_size=max(1, len(pairs) // 4)))
    rules = Rules(
        per_submission=draw(st.integers(1, 3)),
        max_load=draw(st.one_of(st.none(), st.integers(1, n + 1))),
        avoid_same_province=draw(st.booleans()),
        seed=draw(st.integers(0, 1000)),
    )
    return judges, subs, started, conflicts, rules


def _cap(capacity, rules):
    caps = [c for c in (capacity, rules.max_load) if c is not None]
    return min(caps) if caps else float("inf")


@settings(max_examples=30, deadline=None)
@given(events())
def test_every_hard_rule_holds_in_the_workspace_or_nothing_is_written(tmp_path_factory, case):
    from judgeapp.store.db import open_workspace

    judges_spec, subs_spec, started_spec, conflicts_spec, rules = case
    ws = open_workspace(tmp_path_factory.mktemp("ws") / uuid.uuid4().hex)
    try:
        eid = make_event(ws)
        subs = [
            setup.add_submission(ws, eid, NewRegionSubmission(f"Kota R{i}", "kota", province=prov))
            for i, prov in enumerate(subs_spec)
        ]
        judges = []
        for i, (prov, cap) in enumerate(judges_spec):
            jid = add_judge(ws, eid, NewJudge(f"Juri {i}", "TPI"))
            assignment.set_judge_profile(ws, eid, jid, province=prov, capacity=cap)
            judges.append(jid)
        stage = None
        for j, s in sorted(started_spec):  # a sheet with one score: started
            state = sheets.open_sheet(ws, eid, stage, judges[j], subs[s])
            sheets.record_score(ws, state.data.id, "ekonomi.1", "7", judges[j])
        for j, s in sorted(conflicts_spec):  # declared afterwards: the sheet no longer counts
            setup.declare_conflict(ws, eid, judges[j], subs[s], "keluarga")
        before = snapshot(ws)
        try:
            prev, done = assignment.auto_assign(ws, eid, None, rules)
        except AssignmentInfeasible as exc:
            assert snapshot(ws) == before  # nothing written, not even history
            assert exc.problems and exc.problems[0].message
            assert {p.rule for p in exc.problems} <= set(RULES)
            assert exc.problems[0].message in str(exc)
            return
        assert done is not None
        # read back what the workspace now holds
        cells = setup.assignment_matrix(ws, eid).cells
        held = {p for p, v in cells.items() if v == "assigned"}
        assert held == set(prev.proposal.pairs)
        rows = ws.query("SELECT new FROM history WHERE action='auto-assign'")
        assert len(rows) == 1 and json.loads(rows[0]["new"])["total"] == len(held)
        conflicted = {(judges[j], subs[s]) for j, s in conflicts_spec}
        kept = {(judges[j], subs[s]) for j, s in started_spec} - conflicted
        province = {judges[i]: p for i, (p, _c) in enumerate(judges_spec)}
        capacity = {judges[i]: c for i, (_p, c) in enumerate(judges_spec)}
        sub_province = dict(zip(subs, subs_spec, strict=True))
        assert kept <= held  # a started sheet is never moved
        assert not held & conflicted  # a declared conflict is never assigned
        for j, s in held - kept:
            if rules.avoid_same_province:
                assert not province[j] or province[j] != sub_province[s]
        for s in subs:
            need = max(rules.per_submission, sum(1 for _j, x in kept if x == s))
            assert sum(1 for _j, x in held if x == s) == need
        load = {j: sum(1 for x, _s in held if x == j) for j in judges}
        pinned = {j: sum(1 for x, _s in kept if x == j) for j in judges}
        for j in judges:
            assert load[j] <= max(_cap(capacity[j], rules), pinned[j])
        for a, b in itertools.permutations(judges, 2):
            if load[a] >= load[b] + 2:  # only a judge at their cap, or pinned by sheets
                assert load[a] <= pinned[a] or load[b] >= _cap(capacity[b], rules)
    finally:
        ws.close()
