"""The assignment matrix writes real rows to ``assignments``; conflicts stay locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from judgeapp.services.setup import declare_conflict
from judgeapp.store import events as store_events


def stored(ev) -> set[tuple[str, str]]:
    return {
        (a.judge_id, a.submission_id)
        for a in store_events.assignments(ev.ws, ev.event_id, ev.stage_id)
    }


@pytest.fixture
def matrix(qtbot, mini_event, make_panel):
    # judge 0 declared a conflict for submission 1's region
    declare_conflict(
        mini_event.ws,
        mini_event.event_id,
        mini_event.judges[0],
        mini_event.submissions[1],
        "tinggal di daerah ini",
        "sekretariat",
    )
    panel = make_panel(mini_event)
    panel.tabs.setCurrentWidget(panel.setup)
    panel.setup.setCurrentWidget(panel.setup.matrix)
    page = panel.setup.matrix
    assert page.model.rowCount() == 3 and page.model.columnCount() == 4
    return page


def test_fill_row_skips_the_conflicted_cell(matrix, mini_event):
    j0 = mini_event.judges[0]
    matrix.select(0, 0)
    matrix.fill_row.click()
    expected = {(j0, s) for i, s in enumerate(mini_event.submissions) if i != 1}
    assert stored(mini_event) == expected
    assert matrix.model.index(0, 1).data(Qt.ItemDataRole.CheckStateRole) is None
    assert matrix.model.index(0, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_fill_column_then_all_then_clear(matrix, mini_event):
    ev = mini_event
    matrix.select(1, 3)
    matrix.fill_col.click()
    assert stored(ev) == {(j, ev.submissions[3]) for j in ev.judges}
    matrix.fill_all.click()
    everything = {(j, s) for j in ev.judges for s in ev.submissions}
    assert stored(ev) == everything - {(ev.judges[0], ev.submissions[1])}
    # column 1 holds the conflict: filling it adds nothing for judge 0
    matrix.select(2, 1)
    matrix.clear_col.click()
    assert {(j, s) for j, s in stored(ev) if s == ev.submissions[1]} == set()
    matrix.clear_all.click()
    assert stored(ev) == set()
    assert "0" in matrix.summary.text()


def test_conflicted_cell_is_refused(matrix, mini_event, qtbot):
    model = matrix.model
    idx = model.index(0, 1)
    assert not (model.flags(idx) & Qt.ItemFlag.ItemIsUserCheckable)
    assert model.data(idx) == matrix.tr("conflict")
    with qtbot.waitSignal(model.refused, timeout=1000):
        ok = model.setData(idx, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert ok is False
    assert stored(mini_event) == set()
    # filling only that column for judge 0's row: the row fill still skips it
    matrix.select(0, 1)
    matrix.fill_row.click()
    assert (mini_event.judges[0], mini_event.submissions[1]) not in stored(mini_event)


def test_space_key_ticks_the_selected_cell(matrix, mini_event, qtbot):
    matrix.view.setFocus()
    matrix.select(2, 0)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Space)
    assert stored(mini_event) == {(mini_event.judges[2], mini_event.submissions[0])}
    qtbot.keyClick(matrix.view, Qt.Key.Key_Space)
    assert stored(mini_event) == set()


def test_reload_shows_what_the_store_holds(matrix, mini_event):
    store_events.assign(
        mini_event.ws,
        mini_event.event_id,
        mini_event.stage_id,
        mini_event.judges[1],
        mini_event.submissions[2],
    )
    matrix.refresh()
    assert matrix.model.index(1, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert matrix.model.index(1, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
