"""Set-up: judges' keys registered (and changed with a reason); conflicts withdrawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from judgeapp.domain.exchange import generate_keypair
from judgeapp.services import setup
from judgeapp.store import events as store_events


@pytest.fixture
def panel(qtbot, mini_event, make_panel):
    return make_panel(mini_event)


def fingerprints(ev):
    return {j.id: j.fingerprint for j in store_events.list_judges(ev.ws, ev.event_id)}


def test_key_registered_then_change_needs_acceptance(panel, mini_event):
    ev = mini_event
    page = panel.setup.keys
    panel.setup.setCurrentWidget(page)
    judge = ev.judges[1]
    first, second = generate_keypair(), generate_keypair()
    page.judge.setCurrentIndex(page.judge.findData(judge))
    page.key.setText("not-a-key")
    assert first.fingerprint not in page.preview.text()
    page.register.click()
    assert page.message.kind == "error" and not fingerprints(ev)[judge]
    page.key.setText(first.public_key)
    assert first.fingerprint in page.preview.text()  # shown before anything is stored
    page.register.click()
    assert page.message.kind == "ok" and first.fingerprint in page.message.text()
    assert fingerprints(ev)[judge] == first.fingerprint
    row = [j.id for j in page.model.payload].index(judge)
    assert page.model.text(row, 3) == first.fingerprint
    # another key: refused unless accepted, and accepted only with a reason
    page.key.setText(second.public_key)
    page.register.click()
    assert page.message.kind == "error" and fingerprints(ev)[judge] == first.fingerprint
    page.key.setText(second.public_key)
    page.accept_change.setChecked(True)
    page.register.click()
    assert page.message.kind == "error" and fingerprints(ev)[judge] == first.fingerprint
    page.reason.setText("laptop juri diganti")
    page.register.click()
    assert page.message.kind == "ok" and fingerprints(ev)[judge] == second.fingerprint
    hist = ev.ws.query(
        "SELECT old, new, reason FROM history WHERE action='key' AND target=?", (judge,)
    )
    assert [(h["old"], h["new"], h["reason"]) for h in hist][-1] == (
        first.fingerprint,
        second.fingerprint,
        "laptop juri diganti",
    )


def test_clicking_a_judge_in_the_list_picks_them(panel, mini_event):
    page = panel.setup.keys
    panel.setup.setCurrentWidget(page)
    judge = mini_event.judges[2]
    row = [j.id for j in page.model.payload].index(judge)
    assert page.judge.currentData() != judge
    view = page.view
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(page.model.index(row, 0)).center(),
    )
    assert page.judge.currentData() == judge


def test_conflict_withdrawn_with_reason(panel, mini_event):
    ev = mini_event
    setup.declare_conflict(ev.ws, ev.event_id, ev.judges[0], ev.submissions[1], "saudara")
    setup.declare_conflict(ev.ws, ev.event_id, ev.judges[2], ev.submissions[3], "mantan staf")
    page = panel.setup.conflicts
    panel.setup.setCurrentWidget(page)
    assert page.model.rowCount() == 2
    page.withdraw.click()  # nothing selected
    assert page.message.kind == "error"
    row = [c.judge_id for c in page.model.payload].index(ev.judges[0])
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.withdraw.click()  # no reason
    assert page.message.kind == "error" and len(store_events.conflicts(ev.ws, ev.event_id)) == 2
    page.withdraw_reason.setText("salah catat")
    page.withdraw.click()
    assert page.message.kind == "ok"
    left = [(c.judge_id, c.region_id) for c in store_events.conflicts(ev.ws, ev.event_id)]
    assert left == [(ev.judges[2], ev.regions[ev.submissions[3]])]
    assert page.model.rowCount() == 1
    hist = ev.ws.query("SELECT reason FROM history WHERE action='conflict-withdrawn'")
    assert [h["reason"] for h in hist] == ["salah catat"]
    # the judge can be assigned there again
    setup.set_assignment(ev.ws, ev.event_id, ev.judges[0], ev.submissions[1])
