"""A judge's whole interview, driven by the keyboard alone, then checked
against the stored sheet and the domain engine."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from kit.qt import FakeClock, focus
from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
pytestmark = pytest.mark.gui


def typed_value(n: int) -> str:
    """A varied score 5.00–10.00 for the n-th item; every fourth with a comma."""
    value = Decimal(500 + (n * 37) % 501) / 100
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if n % 4 == 0 else text


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), k, mods)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def test_whole_interview_by_keyboard(qtbot, judge_world, open_app):
    from judgeapp.domain.ids import SheetPlace
    from judgeapp.domain.scoring import score_sheet
    from judgeapp.store import sheets as store_sheets
    from judgeapp.store.db import open_workspace
    from judgeapp.ui.judge.rubric_panel import ScoreEdit, TextEdit
    from judgeapp.ui.numbers import fmt  # shown with the language's decimal mark

    w = open_app(judge_world.folder)
    home = w.home
    # "which judge am I": the demo/secretariat workspace asks; pick by keyboard
    home.judge_box.setFocus()
    while home.judge_box.currentData() != judge_world.judge:
        key(qtbot, Qt.Key.Key_Down)
    rows = {r.submission_id: r for r in home.model.rows}
    first = judge_world.submissions[0]
    # another judge's 9.99 on this region is not visible to this judge
    assert rows[first].scored == 0 and rows[first].status == "new"
    home.table.setFocus()
    assert home.current_submission() == first
    key(qtbot, Qt.Key.Key_Return)  # region view
    assert w.region is not None
    qtbot.waitUntil(lambda: w.region.viewer.page_total() == 4, timeout=10000)
    key(qtbot, Qt.Key.Key_I, CTRL)  # start the interview
    iv = w.interview
    assert iv is not None and isinstance(focus(), ScoreEdit)
    clock = FakeClock()
    iv.timer.clock = clock
    qtbot.waitUntil(lambda: iv.viewer.page_total() == 4, timeout=10000)

    # ---- the timer: start, last-minute warning, overrun, pause, next phase ----
    key(qtbot, Qt.Key.Key_F5)
    assert iv.timer.running
    first_phase = iv.timer.current
    clock.now += first_phase.seconds - 55
    iv.timer.refresh()
    assert iv.timer.level() == "warning"
    clock.now += 100
    iv.timer.refresh()
    assert iv.timer.level() == "overrun" and iv.timer.time_label.text() == "+0:45"
    key(qtbot, Qt.Key.Key_F5)
    assert not iv.timer.running
    key(qtbot, Qt.Key.Key_F5, SHIFT)
    assert iv.timer.current.id != first_phase.id

    form = iv.form
    typed: dict[str, Decimal] = {}
    texts: dict[tuple[str, str], str] = {}
    n = 0
    evidence_at = form.aspects[0].indicators[2].id  # Kemiskinan
    for number, (_aspect, ind) in enumerate(form.indicators(), start=1):
        assert iv.current_ind == ind.id
        for item in ind.items:
            edit = focus()
            assert isinstance(edit, ScoreEdit) and edit.key == item.id
            text = typed_value(n)
            n += 1
            type_text(qtbot, text)
            key(qtbot, Qt.Key.Key_Return)
            typed[item.id] = Decimal(text.replace(",", "."))
            assert iv.saved_label.text()  # shown once the call returned
        # after the last item Enter lands in the first required text
        for f in ind.fields:
            if not f.required:
                continue
            edit = focus()
            assert isinstance(edit, TextEdit) and (edit.target, edit.field) == (ind.id, f.id)
            words = f"{f.label} indikator {number}"
            type_text(qtbot, words)
            key(qtbot, Qt.Key.Key_Tab)
            texts[(ind.id, f.id)] = words
        if ind.id == evidence_at:
            was = focus()
            key(qtbot, Qt.Key.Key_F6)  # to the viewer (the reading layout)
            assert iv.viewer.isAncestorOf(focus())
            key(qtbot, Qt.Key.Key_F, CTRL)
            assert focus() is iv.viewer.search
            type_text(qtbot, "Kemiskinan")
            key(qtbot, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: iv.viewer.current_page() == 3, timeout=10000)
            key(qtbot, Qt.Key.Key_F6)  # back to the rubric, where the judge was
            assert focus() is was
            key(qtbot, Qt.Key.Key_E, CTRL)
            assert iv.panel.evidence_list.count() == 1
        key(qtbot, Qt.Key.Key_PageDown, CTRL)

    assert n == len(form.score_keys()) == 195
    assert iv.state.completeness.complete
    expected = score_sheet(form, typed)
    assert iv.total_text() == fmt(expected.total)
    assert (
        f"Total {fmt(expected.total)}" in iv.totals.text()
        or fmt(expected.total) in iv.totals.text()
    )

    # ---- finalise and sign ----
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    box = iv.dialog
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: iv.state.final)
    assert iv.reopen_btn.isVisible() and not iv.finalise_btn.isVisible()
    edit = next(iter(iv.panel.rows.values())).edit
    assert edit.isReadOnly()

    # ---- what is stored, read back through a fresh connection ----
    ws = open_workspace(judge_world.folder)
    try:
        sid = store_sheets.sheet_id_for(
            ws, SheetPlace(judge_world.event_id, judge_world.stage_id, judge_world.judge, first)
        )
        data = store_sheets.load_sheet(ws, sid)
        assert data.status == "final"
        assert data.scores == typed
        for k, v in texts.items():
            assert data.texts[k] == v
        assert [(e["doc_id"], e["page"]) for e in data.evidence] == [("docs/profil.pdf", 3)]
        timer = data.timer
        assert [s["event"] for s in timer["stamps"]] == ["start", "pause", "phase"]
        assert timer["phases"][first_phase.id]["elapsed"] == pytest.approx(first_phase.seconds + 45)
        stored_total = score_sheet(form, data.scores).total
        assert stored_total == expected.total
        # the other judge's sheet is untouched and separate
        other = store_sheets.load_sheet(ws, judge_world.other_sheet)
        assert list(other.scores.values()) == [Decimal("9.99")]
        assert json.loads(json.dumps(timer))  # stored as JSON
    finally:
        ws.close()

    # the region list shows it final with the same total
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    row = next(r for r in w.home.model.rows if r.submission_id == first)
    assert row.status == "final" and row.total == expected.total
