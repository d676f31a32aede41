"""Progress board: statuses per judge × submission and what is missing from whom."""

from __future__ import annotations

from decimal import Decimal

from kit.judging import mini_values, score_all, setup_event

from judgeapp.domain.ids import SheetPlace
from judgeapp.services import bundles, progress, scorefiles, setup, sheets
from judgeapp.store.db import open_workspace


def test_board_statuses_at_the_secretariat(workspace, tmp_path):
    info = setup_event(
        workspace, tmp_path, regions=("Kota Alpha", "Kota Beta", "Kota Gamma", "Kota Delta")
    )
    eid, subs = info["event"], info["subs"]
    setup.declare_conflict(workspace, eid, "citra", subs[3], "keluarga")
    setup.set_assignment(workspace, eid, "budi", subs[3], on=False)
    jws = open_workspace(tmp_path / "ani")
    bundles.open_bundle(jws, bundles.issue_bundle(workspace, eid, "ani", tmp_path / "a.zip").path)
    score_all(jws, eid, "ani", subs[0], mini_values(Decimal(8)))  # final
    score_all(jws, eid, "ani", subs[1], {"ekonomi.1": "7"}, final=False)  # in progress
    sheets.open_sheet(jws, eid, None, "ani", subs[2])  # opened, nothing typed
    scorefiles.import_score_file(workspace, eid, scorefiles.export_scores(jws, tmp_path).path)

    board = progress.progress_board(workspace, eid)
    assert [board.cell("ani", s).status for s in subs] == [
        "final",
        "in_progress",
        "not_started",
        "missing",
    ]
    assert [s.region for s in board.submissions] == sorted(s.region for s in board.submissions)
    assert board.cell("budi", subs[0]).status == "missing"
    assert board.cell("budi", subs[3]).status == "unassigned"
    assert board.cell("citra", subs[3]).status == "conflict"
    assert board.counts == {
        "missing": 1 + 3 + 3,
        "not_started": 1,
        "in_progress": 1,
        "final": 1,
        "conflict": 1,
        "unassigned": 1,
    }
    ip = board.cell("ani", subs[1])
    assert ip.scored == 1 and ip.total_keys == 5 and ip.source == "file"
    assert "4" in ip.missing[0] and "ekonomi.2" in ip.missing[0]
    assert len(ip.missing) == 1  # the kit filled the required texts
    owed = board.missing_by_judge()
    assert set(owed) == {"ani", "budi", "citra"}
    assert len(owed["ani"]) == 3 and owed["ani"][0].startswith("Kota Beta")
    assert len(owed["citra"]) == 3  # the conflicted one is not owed
    jws.close()


def test_board_in_a_judge_workspace_shows_only_that_judge(workspace, tmp_path):
    info = setup_event(workspace, tmp_path)
    eid, subs = info["event"], info["subs"]
    jws = open_workspace(tmp_path / "budi")
    bundles.open_bundle(jws, bundles.issue_bundle(workspace, eid, "budi", tmp_path / "b.zip").path)
    score_all(jws, eid, "budi", subs[1], mini_values(Decimal(6)))
    board = progress.progress_board(jws, eid)
    assert [j.id for j in board.judges] == ["budi"]
    assert [c.status for c in board.row("budi")] == ["not_started", "final", "not_started"]
    assert board.cell("budi", subs[0]).source == ""
    assert progress.status_label("final")
    jws.close()


def test_paper_sheet_counts_as_final_on_the_board(workspace, tmp_path):
    info = setup_event(workspace, tmp_path, packaged=0)
    eid, subs = info["event"], info["subs"]
    from judgeapp.store import scorefiles as sf

    form_hash = workspace.query_one("SELECT form_hash FROM stages")["form_hash"]
    sf.replace_sheet(
        workspace,
        SheetPlace(eid, "tahap2", "citra", subs[0]),
        form_hash=form_hash,
        source="paper",
        revision=1,
        status="final",
        scores={k: Decimal(v) for k, v in mini_values(Decimal(7)).items()},
        texts={},
        actor="op",
        reason="t",
    )
    cell = progress.progress_board(workspace, eid).cell("citra", subs[0])
    assert (cell.status, cell.source, cell.missing) == ("final", "paper", ())
