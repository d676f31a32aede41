"""A running interview timer is paused — and the pause stamped and stored —
when the judge leaves the screen, switches to the secretariat view or closes
the app; it never runs on unseen."""

from __future__ import annotations

import pytest
from kit.qt import FakeClock, close_app, focus
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def _stored_timer(world):
    from judgeapp.domain.ids import SheetPlace
    from judgeapp.store import sheets as store_sheets
    from judgeapp.store.db import open_workspace

    ws = open_workspace(world.folder)
    try:
        sid = store_sheets.sheet_id_for(
            ws, SheetPlace(world.event_id, world.stage_id, world.judge, world.submissions[0])
        )
        return store_sheets.load_sheet(ws, sid).timer
    finally:
        ws.close()


def _start(qtbot, open_app, world):
    w = open_app(world.folder)
    assert w.home.choose_judge(world.judge)
    w.open_interview(world.submissions[0])
    iv = w.interview
    clock = FakeClock()
    iv.timer.clock = clock
    qtbot.keyClick(focus(), Qt.Key.Key_F5)
    assert iv.timer.running
    clock.now += 95
    return w, iv


def _assert_paused_at(timer, seconds):
    current = timer["current"]
    assert timer["phases"][current]["running_since"] is None
    assert timer["phases"][current]["elapsed"] == pytest.approx(seconds)
    assert [s["event"] for s in timer["stamps"]][-2:] == ["start", "pause"]
    assert timer["stamps"][-1]["elapsed"] == pytest.approx(seconds)


def test_leaving_the_interview_pauses_the_timer(qtbot, judge_world, open_app):
    w, iv = _start(qtbot, open_app, judge_world)
    qtbot.keyClick(focus(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.interview is None
    _assert_paused_at(_stored_timer(judge_world), 95)


def test_closing_the_app_pauses_the_timer(qtbot, judge_world, open_app):
    w, iv = _start(qtbot, open_app, judge_world)
    phase = iv.timer.current
    close_app(w)
    _assert_paused_at(_stored_timer(judge_world), 95)
    # opened again later, it stands where it was paused
    w2 = open_app(judge_world.folder)
    assert w2.home.choose_judge(judge_world.judge)
    w2.open_interview(judge_world.submissions[0])
    timer = w2.interview.timer
    assert not timer.running
    assert timer.remaining() == pytest.approx(phase.seconds - 95)


def test_switching_to_the_secretariat_view_pauses_the_timer(qtbot, judge_world, open_app):
    w, iv = _start(qtbot, open_app, judge_world)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert not iv.timer.running
    _assert_paused_at(_stored_timer(judge_world), 95)
