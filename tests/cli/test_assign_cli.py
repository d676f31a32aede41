"""judgeapp assign --auto on a real workspace: per-judge loads, the rules kept,
JSON, --dry-run writes nothing, exit 1 and nothing written when the hard rules
cannot hold, messages in both languages, usage errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from kit.judging import make_event, mini_values, score_all, snapshot

from judgeapp.cli import main
from judgeapp.domain.judges import NewJudge
from judgeapp.services import assignment, setup
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
    ("Ani", "Jawa Barat", "Pemerintah Kota Bandung", ["kota"]),
    ("Budi", "Bali", "", ["kabupaten"]),
    ("Citra", "Aceh", "", []),
    ("Dewi", "", "", ["kota"]),
)


@pytest.fixture
def ev(tmp_path):
    from judgeapp.store.db import open_workspace

    folder = tmp_path / "ws"
    ws = open_workspace(folder)
    eid = make_event(ws)
    subs = {
        name: setup.add_submission(ws, eid, NewRegionSubmission(name, kind, province=prov))
        for name, kind, prov in REGIONS
    }
    judges = {}
    for name, prov, inst, cats in JUDGES:
        jid = add_judge(ws, eid, NewJudge(name, "TPI"))
        assignment.set_judge_profile(ws, eid, jid, province=prov, institution=inst, expertise=cats)
        judges[name] = jid
    yield ws, str(folder), eid, subs, judges
    ws.close()


def _assigned(ws, eid):
    return {k for k, v in setup.assignment_matrix(ws, eid).cells.items() if v == "assigned"}


def test_auto_assigns_prints_loads_and_writes_one_history_row(ev, capsys):
    ws, folder, eid, subs, judges = ev
    code = main(
        [
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "2",
            "--avoid-same-province",
            "--seed",
            "7",
            "--workspace",
            folder,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    for name, *_ in JUDGES:
        assert name in out
    assert "Beban 3–3" in out and "Ditulis: 12 penugasan" in out
    assert f"{len(subs)} peserta × 2 juri" in out and "berkas" not in out  # as in the app
    pairs = _assigned(ws, eid)
    assert len(pairs) == 12
    province = {judges[n]: p for n, p, _i, _c in JUDGES}
    region_province = {subs[n]: p for n, _k, p in REGIONS}
    assert all(province[j] != region_province[s] for j, s in pairs)
    rows = ws.query("SELECT * FROM history WHERE action='auto-assign'")
    assert len(rows) == 1 and json.loads(rows[0]["new"])["seed"] == 7
    # the same seed on the same data gives the same matrix: nothing changes
    assert (
        main(
            [
                "assign",
                "--event",
                eid,
                "--auto",
                "--per-submission",
                "2",
                "--avoid-same-province",
                "--seed",
                "7",
                "--dry-run",
                "--format",
                "json",
                "--workspace",
                folder,
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["added"] == 0 and data["removed"] == 0 and data["written"] is False


def test_json_carries_loads_assignments_and_rules(ev, capsys):
    ws, folder, eid, subs, judges = ev
    before = snapshot(ws)
    code = main(
        [
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "3",
            "--max-load",
            "5",
            "--dry-run",
            "--format",
            "json",
            "--workspace",
            folder,
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert snapshot(ws) == before  # --dry-run: nothing written
    assert data["feasible"] is True and data["written"] is False
    assert data["rules"]["max_load"] == 5 and data["rules"]["per_submission"] == 3
    assert data["total"] == 18 and sum(x["load"] for x in data["loads"]) == 18
    assert all(x["load"] <= 5 for x in data["loads"])
    assert {x["name"] for x in data["loads"]} == {"Ani", "Budi", "Citra", "Dewi"}
    assert {a["region"] for a in data["assignments"]} == {r[0] for r in REGIONS}
    assert all(len(a["judges"]) == 3 for a in data["assignments"])


def test_started_sheet_kept_and_noted(ev, capsys):
    ws, folder, eid, subs, judges = ev
    bandung = subs["Kota Bandung"]
    setup.set_assignment(ws, eid, judges["Ani"], bandung)
    score_all(ws, eid, judges["Ani"], bandung, mini_values(Decimal("7")), final=False)
    code = main(
        [
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "1",
            "--avoid-same-province",
            "--workspace",
            folder,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert (judges["Ani"], bandung) in _assigned(ws, eid)
    assert "Catatan:" in out and "Kota Bandung" in out


def test_rules_that_cannot_hold_exit_1_naming_them_and_write_nothing(ev, capsys):
    ws, folder, eid, subs, judges = ev
    before = snapshot(ws)
    # four judges, and each region has one of them from its own province: k = 4 cannot hold
    code = main(
        [
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "4",
            "--avoid-same-province",
            "--workspace",
            folder,
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "tidak ada yang ditugaskan" in err
    assert "bukan provinsi sendiri" in err and "Kota Bandung" in err
    assert snapshot(ws) == before
    # the same in English, and as JSON on stdout for automation
    code = main(
        [
            "--lang",
            "en",
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "4",
            "--avoid-same-province",
            "--format",
            "json",
            "--workspace",
            folder,
        ]
    )
    captured = capsys.readouterr()
    assert code == 1
    assert "nothing was assigned" in captured.err and "not their own province" in captured.err
    data = json.loads(captured.out)
    assert data["feasible"] is False and data["written"] is False
    assert data["problems"][0]["rule"] == "province"
    # each region has a judge of its own province among the four: all six short
    assert set(data["problems"][0]["submissions"]) == set(subs.values())
    assert snapshot(ws) == before


def test_capacity_too_small_exit_1(ev, capsys):
    ws, folder, eid, subs, judges = ev
    before = snapshot(ws)
    code = main(
        [
            "--lang",
            "en",
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "2",
            "--max-load",
            "2",
            "--workspace",
            folder,
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "capacities add up to 8 but 12 assignments are needed" in err
    assert snapshot(ws) == before


def test_english_table(ev, capsys):
    _ws, folder, eid, _subs, _judges = ev
    code = main(
        [
            "--lang",
            "en",
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "2",
            "--dry-run",
            "--workspace",
            folder,
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Judge" in out and "Load" in out and "Dry run: nothing was written." in out
    assert "Expertise:" in out


@pytest.mark.parametrize(
    "extra",
    [
        ["--auto"],  # no --per-submission
        ["--auto", "--per-submission", "2", "--all"],
        ["--per-submission", "2", "--all"],  # an --auto option without --auto
    ],
)
def test_usage_errors_exit_2(ev, capsys, extra):
    ws, folder, eid, _subs, _judges = ev
    before = snapshot(ws)
    assert main(["assign", "--event", eid, *extra, "--workspace", folder]) == 2
    assert "judgeapp assign" in capsys.readouterr().err
    assert snapshot(ws) == before


def test_bad_k_and_unknown_stage_refused(ev, capsys):
    _ws, folder, eid, _subs, _judges = ev
    args = ["assign", "--event", eid, "--auto", "--workspace", folder]
    assert main([*args, "--per-submission", "0"]) == 1
    assert "1–50" in capsys.readouterr().err
    assert main([*args, "--per-submission", "2", "--stage", "nope"]) == 1
    assert "nope" in capsys.readouterr().err


def test_the_installed_command_exits_1_on_refusal(ev):
    """The real entry point in its own process: exit code and stderr."""
    _ws, folder, eid, _subs, _judges = ev
    env = {**os.environ, "JUDGEAPP_LANG": "en"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "judgeapp",
            "assign",
            "--event",
            eid,
            "--auto",
            "--per-submission",
            "5",
            "--workspace",
            folder,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Every submission needs 5 judges but the event has only 4" in proc.stderr


def test_judge_edit_sets_capacity_and_preferred_categories_used_by_auto(ev, capsys):
    ws, folder, eid, _subs, judges = ev
    args = ["judge", "edit", "--event", eid, "--judge", judges["Citra"], "--workspace", folder]
    assert main([*args, "--capacity", "1", "--prefer", "kabupaten, kota"]) == 0
    assert "kapasitas" in capsys.readouterr().out
    prof = {p.id: p for p in assignment.judge_profiles(ws, eid)}[judges["Citra"]]
    assert prof.capacity == 1 and prof.expertise == ("kabupaten", "kota")
    assert main([*args, "--capacity", "satu"]) == 1
    assert "satu" in capsys.readouterr().err
    assert (
        main(
            [
                "assign",
                "--event",
                eid,
                "--auto",
                "--per-submission",
                "2",
                "--dry-run",
                "--format",
                "json",
                "--workspace",
                folder,
            ]
        )
        == 0
    )
    loads = {x["name"]: x for x in json.loads(capsys.readouterr().out)["loads"]}
    assert loads["Citra"]["load"] == 1 and loads["Citra"]["capacity"] == 1
    assert main([*args, "--capacity", ""]) == 0
    capsys.readouterr()
    prof = {p.id: p for p in assignment.judge_profiles(ws, eid)}[judges["Citra"]]
    assert prof.capacity is None
