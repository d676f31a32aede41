"""Nothing typed is lost, nothing wrong is stored, nothing final is changed
without a reason; conflicts lock the region."""

from __future__ import annotations

import pytest
from kit.qt import close_app, focus
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
pytestmark = pytest.mark.gui


def _interview(open_app, world, lang="id"):
    w = open_app(world.folder, lang)
    assert w.home.choose_judge(world.judge)
    w.open_interview(world.submissions[1])
    assert w.interview is not None
    return w, w.interview


def _stored(world, submission):
    from judgeapp.domain.ids import SheetPlace
    from judgeapp.store import sheets as store_sheets
    from judgeapp.store.db import open_workspace

    ws = open_workspace(world.folder)
    try:
        sid = store_sheets.sheet_id_for(
            ws, SheetPlace(world.event_id, world.stage_id, world.judge, submission)
        )
        data = store_sheets.load_sheet(ws, sid) if sid else None
        hist = store_sheets.history(ws, sid) if sid else []
        return data, hist
    finally:
        ws.close()


def test_closing_mid_sheet_loses_nothing_and_returns_to_the_same_item(qtbot, judge_world, open_app):
    w, iv = _interview(open_app, judge_world)
    qtbot.keyClick(focus(), Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(focus(), Qt.Key.Key_PageDown, CTRL)  # indicator 3
    ind = iv.current_ind
    keys = list(iv.panel.rows)
    for value in ("7", "8,5"):
        qtbot.keyClicks(focus(), value)
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert focus().key == keys[2]
    qtbot.keyClicks(focus(), "9.25")  # typed, not yet confirmed with Enter
    note = iv.panel.texts[(ind, "note")]
    note.setFocus()  # leaving the box commits it
    qtbot.keyClicks(note, "Tanyakan data 2019")  # closes before the idle save fires
    close_app(w)

    data, _ = _stored(judge_world, judge_world.submissions[1])
    assert {k: str(v) for k, v in data.scores.items()} == {
        keys[0]: "7",
        keys[1]: "8.5",
        keys[2]: "9.25",
    }
    assert data.texts[(ind, "note")] == "Tanyakan data 2019"

    w2, iv2 = _interview(open_app, judge_world)
    assert iv2.current_ind == ind
    assert iv2.panel.rows[keys[0]].edit.text() == "7"
    assert iv2.panel.texts[(ind, "note")].toPlainText() == "Tanyakan data 2019"
    assert focus() is iv2.panel.rows[iv2.last_key].edit
    assert iv2.last_key in keys


@pytest.mark.parametrize("text", ["11", "4.99", "abc", "7.123", "1e1", "-6"])
def test_bad_score_is_refused_in_place_and_nothing_stored(qtbot, judge_world, open_app, text):
    w, iv = _interview(open_app, judge_world)
    edit = focus()
    key = edit.key
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    row = iv.panel.rows[key]
    assert focus() is edit  # did not move on
    assert row.error.isVisibleTo(iv) and row.error.text()
    assert edit.text() == text  # not clamped, not rewritten
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert focus() is edit
    data, hist = _stored(judge_world, judge_world.submissions[1])
    assert data.scores == {}
    assert not [h for h in hist if h.action == "score"]
    # a good value then goes through and clears the message
    edit.selectAll()
    qtbot.keyClicks(edit, "6,5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not row.error.isVisibleTo(iv)
    data, _ = _stored(judge_world, judge_world.submissions[1])
    assert str(data.scores[key]) == "6.5"


def test_finalising_is_refused_while_incomplete(qtbot, judge_world, open_app):
    from judgeapp.ui.judge.dialogs import MissingDialog

    w, iv = _interview(open_app, judge_world)
    for value in ("7", "8"):
        qtbot.keyClicks(focus(), value)
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.keyClick(focus(), Qt.Key.Key_F, CTRL | SHIFT)
    dlg = iv.dialog
    assert isinstance(dlg, MissingDialog)
    qtbot.waitUntil(dlg.isVisible)
    missing = iv.state.completeness.missing
    assert dlg.list.count() == len(missing) == 195 - 2 + 22 * 2
    assert not iv.state.final
    data, _ = _stored(judge_world, judge_world.submissions[1])
    assert data.status == "open"
    # Enter on the first line jumps to the first missing item
    qtbot.keyClick(dlg.list, Qt.Key.Key_Return)
    assert focus().key == missing[0].key
    # the service refuses too, even if asked directly
    iv.finalise_now()
    assert not iv.state.final and iv.message.text()


def test_final_sheet_reopens_only_with_a_reason(qtbot, judge_world, open_app):
    from judgeapp.services import sheets as svc

    w, iv = _interview(open_app, judge_world)
    st = iv.state
    for k in st.form.score_keys():
        svc.record_score(iv.ws, iv.sid, k, "8", "test")
    for _a, ind in st.form.indicators():
        for f in ind.fields:
            svc.record_text(iv.ws, iv.sid, ind.id, f.id, "ada", "test")
    iv.apply_state(svc.state(iv.ws, iv.sid))
    iv.request_finalise()
    qtbot.keyClick(iv.dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: iv.state.final)
    edit = focus() if hasattr(focus(), "key") else next(iter(iv.panel.rows.values())).edit
    edit.setText("9")
    iv._submit(edit.key, 1)
    data, _ = _stored(judge_world, judge_world.submissions[1])
    assert data.status == "final" and str(data.scores[edit.key]) == "8"
    iv.request_reopen()
    dlg = iv.dialog
    ok = dlg.buttons.buttons()[0]
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    del ok
    qtbot.keyClicks(dlg.reason, "Salah ketik nilai 1.1")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not iv.state.final)
    data, hist = _stored(judge_world, judge_world.submissions[1])
    assert data.status == "open"
    assert [h.reason for h in hist if h.action == "status"][-1] == "Salah ketik nilai 1.1"


def test_conflict_of_interest_locks_the_region(qtbot, judge_world, open_app):
    w = open_app(judge_world.folder)
    w.home.choose_judge(judge_world.judge)
    target = judge_world.submissions[2]
    w.home.select_submission(target)
    w.home.declare_conflict.emit(target)
    dlg = w.dialog
    qtbot.keyClicks(dlg.reason, "Saudara kandung bekerja di Bappeda")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: next(r for r in w.home.model.rows if r.submission_id == target).status == "conflict"
    )
    w.open_interview(target)
    assert w.interview is None
    assert "konflik" in w.dialog.text().lower()


def test_crash_is_logged_shown_and_reported_next_time(qtbot, judge_world, open_app, tmp_path):
    from judgeapp.ui.crash import CrashHandler

    w = open_app(judge_world.folder)
    handler = CrashHandler(w.ws.logs_dir, show_dialog=False)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    logs = list(w.ws.logs_dir.glob("crash-*.log"))
    assert len(logs) == 1 and "boom in a slot" in logs[0].read_text()
    close_app(w)
    w2 = open_app(judge_world.folder)
    assert w2.home.notice.isVisibleTo(w2) and str(logs[0]) in w2.home.notice.text()
    assert not list(w2.ws.logs_dir.glob("crash-*.log"))  # reported once
    close_app(w2)
    w3 = open_app(judge_world.folder)
    assert not w3.home.notice.isVisibleTo(w3)


def test_secretariat_view_is_hosted(qtbot, judge_world, open_app):
    w = open_app(judge_world.folder)
    qtbot.keyClick(w, Qt.Key.Key_2, CTRL)
    assert w.stack.currentWidget() is w.secretariat
    qtbot.keyClick(w, Qt.Key.Key_1, CTRL)
    assert w.stack.currentWidget() is w.home


def test_partial_total_says_what_it_covers(qtbot, judge_world, open_app):
    """Mid-sheet the total is a sum over the indicators scored so far; the header
    says so, so that a judge does not read it as a low score."""
    w, iv = _interview(open_app, judge_world)
    qtbot.keyClicks(focus(), "8")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    text = iv.totals.text()
    assert "sementara" in text and "1 dari 22 indikator" in text
    assert (
        iv.total_text() == "0,24"
    )  # item 1.1 = 8, indicator 1 weighs 3 %: 8 × 0.03 (decimal comma)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_reopened_sheet_returns_to_the_item_without_selecting_its_saved_score(
    qtbot, judge_world, open_app, lang
):
    """Seen twice: re-opening a sheet selected the saved value of the item the judge
    was on, and the next digit replaced it (7.25 → 6, 7 → 8)."""
    w, iv = _interview(open_app, judge_world, lang)
    keys = list(iv.panel.rows)
    for value in ("7,25", "7"):
        qtbot.keyClicks(focus(), value)
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.keyClick(focus(), Qt.Key.Key_Backtab, SHIFT)  # back to item 2 to look at it
    assert focus().key == keys[1]
    close_app(w)

    w2, iv2 = _interview(open_app, judge_world, lang)
    edit = focus()
    assert edit is iv2.panel.rows[keys[1]].edit  # where the judge was
    assert edit.text() == "7" and edit.selectedText() == ""
    qtbot.keyClicks(edit, "8")  # a digit meant for the next empty box
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    data, _ = _stored(judge_world, judge_world.submissions[1])
    assert {k: str(v) for k, v in data.scores.items()} == {keys[0]: "7.25", keys[1]: "7"}
    assert iv2.panel.rows[keys[1]].error.isVisibleTo(iv2)  # "78" refused in place
    # a deliberate edit still works: select the value, type the new one
    edit.selectAll()
    qtbot.keyClicks(edit, "8")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    data, _ = _stored(judge_world, judge_world.submissions[1])
    assert str(data.scores[keys[1]]) == "8"
