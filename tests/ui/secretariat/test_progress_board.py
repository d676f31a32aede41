"""The progress board shows the statuses the store holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from judgeapp.services import setup
from judgeapp.services import sheets as sheet_service
from judgeapp.services.progress import progress_board


@pytest.fixture
def varied(mini_event, enter_scores):
    """Judge 0: final / in progress / not started / conflict; judge 1: assigned,
    nothing received; judge 2: unassigned except one final sheet."""
    ev = mini_event
    score = enter_scores
    j0, j1, j2 = ev.judges
    s0, s1, s2, s3 = ev.submissions
    setup.declare_conflict(ev.ws, ev.event_id, j0, s3, "keluarga", "sekretariat")
    setup.fill(ev.ws, ev.event_id, judge_id=j0)
    setup.fill(ev.ws, ev.event_id, judge_id=j1)
    setup.set_assignment(ev.ws, ev.event_id, j2, s0)
    score(ev, j0, s0, [8, 8, 8, 8, 8])
    score(ev, j0, s1, [7, 7], final=False)
    sheet_service.open_sheet(ev.ws, ev.event_id, ev.stage_id, j0, s2)
    score(ev, j2, s0, [9, 9, 9, 9, 9])
    return ev


@pytest.fixture
def tab(qtbot, varied, make_panel):
    panel = make_panel(varied)
    with qtbot.waitSignal(panel.progress.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.progress)
    yield panel.progress


def test_statuses_match_the_store(tab, varied):
    ev = varied
    board = progress_board(ev.ws, ev.event_id)
    model = tab.model
    assert model.rowCount() == len(ev.judges) and model.columnCount() == len(ev.submissions)
    for r, j in enumerate(board.judges):
        assert model.headerData(r, Qt.Orientation.Vertical).startswith(j.name)
        for c, s in enumerate(board.submissions):
            assert (
                model.data(model.index(r, c), Qt.ItemDataRole.UserRole)
                == board.cell(j.id, s.id).status
            )
    j0, j1, j2 = ev.judges
    s0, s1, s2, s3 = ev.submissions
    expect = {
        (0, 0): "final",
        (0, 1): "in_progress",
        (0, 2): "not_started",
        (0, 3): "conflict",
        (1, 0): "missing",
        (2, 0): "final",
        (2, 1): "unassigned",
    }
    for (r, c), status in expect.items():
        assert model.data(model.index(r, c), Qt.ItemDataRole.UserRole) == status, (r, c)
    assert model.text(0, 1).startswith(tab.labels()["in_progress"])
    assert "2/5" in model.text(0, 1)


def test_missing_from_whom(tab, varied):
    owed = tab.missing_model
    rows = [(owed.text(i, 0), owed.text(i, 1)) for i in range(owed.rowCount())]
    # judge 1 owes all four regions; judge 0 owes two (in progress, not started)
    assert sum(1 for name, _ in rows if name == "Budi Santoso") == 4
    assert {region for name, region in rows if name == "Ani Wijaya"} == {"Kota Alpha", "Kota Beta"}
    assert not any(name == "Citra Lestari" for name, _ in rows)


def test_refresh_follows_new_scores(tab, varied, qtbot, enter_scores):
    ev = varied
    enter_scores(ev, ev.judges[1], ev.submissions[0], [6, 6, 6, 6, 6])
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        tab.reload.click()
    assert tab.model.data(tab.model.index(1, 0), Qt.ItemDataRole.UserRole) == "final"
