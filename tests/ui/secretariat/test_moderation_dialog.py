"""Disagreement list and moderation dialog on real scores."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judgeapp.services import moderation as mod_service
from judgeapp.services import results
from judgeapp.store import sheets as store_sheets
from judgeapp.ui.numbers import fmt


@pytest.fixture
def tab(qtbot, scored_event, make_panel):
    panel = make_panel(scored_event)
    with qtbot.waitSignal(panel.disagreement.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.disagreement)
    yield panel.disagreement


def all_scores(ev) -> dict:
    return {
        s.sheet_id: (s.revision, dict(s.scores))
        for s in store_sheets.stage_scores(ev.ws, ev.event_id, ev.stage_id)
    }


def test_flagged_rows_match_the_service(tab, scored_event):
    expected = results.disagreements(scored_event.ws, scored_event.event_id)
    assert expected, "the fixture must produce a flagged disagreement"
    assert tab.model.rowCount() == len(expected)
    assert [(d.submission, d.target) for d in tab.items] == [
        (d.submission, d.target) for d in expected
    ]
    assert all(d.submission == scored_event.submissions[0] for d in expected)
    assert tab.model.text(0, 3) == fmt(expected[0].range, 4)  # the mini form's decimals
    assert tab.model.text(0, 4) == fmt(expected[0].threshold, 4)
    assert tab.model.text(0, 5) == fmt(expected[0].combined, 4)


def test_dialog_records_a_moderation_and_keeps_originals(tab, scored_event, qtbot):
    ev = scored_event
    before = all_scores(ev)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    item = tab.selected()
    dialog = tab.dialog_for(item)
    qtbot.addWidget(dialog)
    # the judges' originals are shown
    shown = {
        dialog.originals.model().text(r, 1) for r in range(dialog.originals.model().rowCount())
    }
    assert len(shown) >= 2
    dialog.value.setText("7.5")
    dialog.reason.setPlainText("Konsensus setelah diskusi panel")
    dialog.others.setText("Ketua Panel")
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
        tab.after_moderation(dialog)
    rows = ev.ws.query("SELECT * FROM moderations")
    assert len(rows) == 1
    row = rows[0]
    assert (row["submission_id"], row["target"], row["value"]) == (
        item.submission,
        item.target,
        "7.5",
    )
    assert row["reason"] == "Konsensus setelah diskusi panel"
    agreed = mod_service.list_moderations(ev.ws, ev.event_id)[0].agreed_by
    assert "Ketua Panel" in agreed and "Ani Wijaya" in agreed
    assert all_scores(ev) == before  # originals untouched
    # the list now shows the moderated value for that row
    again = [
        i
        for i, d in enumerate(tab.items)
        if (d.submission, d.target) == (item.submission, item.target)
    ]
    assert tab.items[again[0]].moderation.value == Decimal("7.5")
    assert tab.model.text(again[0], 6) == "7,5"  # the decimal comma of Indonesian


def test_dialog_refuses_without_reason(tab, scored_event, qtbot):
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    dialog = tab.dialog_for(tab.selected())
    qtbot.addWidget(dialog)
    dialog.value.setText("7.5")
    dialog.reason.setPlainText("   ")
    dialog.save()
    assert dialog.recorded is None
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.message.kind == "error" and dialog.message.text()
    assert scored_event.ws.query("SELECT * FROM moderations") == []


def test_dialog_refuses_value_out_of_scale(tab, scored_event, qtbot):
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    dialog = tab.dialog_for(tab.selected())
    qtbot.addWidget(dialog)
    dialog.value.setText("12")
    dialog.reason.setPlainText("alasan")
    dialog.save()
    assert dialog.recorded is None and dialog.message.kind == "error"
    assert scored_event.ws.query("SELECT * FROM moderations") == []
