"""Set-up pages: judges, conflicts, schedule and bundles write through the services."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest

from judgeapp.services import setup
from judgeapp.store import events as store_events


@pytest.fixture
def panel(qtbot, mini_event, make_panel):
    p = make_panel(mini_event)
    yield p


def test_add_judge_and_role(panel, mini_event):
    page = panel.setup.judges
    panel.setup.setCurrentWidget(page)
    page.add.click()
    assert page.message.kind == "error"  # no name
    page.name.setText("Dewi Kartika")
    page.role.setCurrentText("TPU")
    page.add.click()
    judges = {j.name: j for j in store_events.list_judges(mini_event.ws, mini_event.event_id)}
    assert judges["Dewi Kartika"].role == "TPU"
    row = [j.name for j in page.model.payload].index("Dewi Kartika")
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.role.setCurrentText("asesor")
    page.set_role.click()
    judges = {j.name: j for j in store_events.list_judges(mini_event.ws, mini_event.event_id)}
    assert judges["Dewi Kartika"].role == "asesor"


def test_conflict_drops_assignment_and_needs_reason(panel, mini_event):
    ev = mini_event
    setup.fill(ev.ws, ev.event_id)
    page = panel.setup.conflicts
    panel.setup.setCurrentWidget(page)
    page.judge.setCurrentIndex(page.judge.findData(ev.judges[1]))
    page.submission.setCurrentIndex(page.submission.findData(ev.submissions[2]))
    page.declare.click()  # no reason
    assert page.message.kind == "error"
    assert store_events.conflicts(ev.ws, ev.event_id) == []
    page.reason.setText("mantan pejabat daerah ini")
    page.declare.click()
    assert page.message.kind == "ok"
    assert [(c.judge_id, c.region_id) for c in store_events.conflicts(ev.ws, ev.event_id)] == [
        (ev.judges[1], ev.regions[ev.submissions[2]])
    ]
    held = {(a.judge_id, a.submission_id) for a in store_events.assignments(ev.ws, ev.event_id)}
    assert (ev.judges[1], ev.submissions[2]) not in held
    assert page.model.rowCount() == 1
    # the matrix shows it locked
    panel.setup.setCurrentWidget(panel.setup.matrix)
    m = panel.setup.matrix.model
    assert m.is_conflicted(1, 2) and m.index(1, 2).data(Qt.ItemDataRole.CheckStateRole) is None


def test_schedule_slot(panel, mini_event):
    ev = mini_event
    page = panel.setup.schedule
    panel.setup.setCurrentWidget(page)
    page.submission.setCurrentIndex(page.submission.findData(ev.submissions[1]))
    page.when.setDateTime(QDateTime.fromString("2023-05-02 09:30", "yyyy-MM-dd HH:mm"))
    page.room.setText("Ruang Rapat 2")
    page.save.click()
    rows = setup.schedule(ev.ws, ev.event_id)
    assert [(r.submission_id, r.starts_at, r.room) for r in rows] == [
        (ev.submissions[1], "2023-05-02T09:30", "Ruang Rapat 2")
    ]
    assert page.model.text(0, 2) == "2023-05-02" and page.model.text(0, 3) == "09:30"
    page.remove.click()
    assert setup.schedule(ev.ws, ev.event_id) == []


def test_clicking_a_scheduled_row_fills_the_form_with_its_slot(panel, mini_event):
    ev = mini_event
    page = panel.setup.schedule
    panel.setup.setCurrentWidget(page)
    page.submission.setCurrentIndex(page.submission.findData(ev.submissions[2]))
    page.when.setDateTime(QDateTime.fromString("2023-05-03 13:15", "yyyy-MM-dd HH:mm"))
    page.room.setText("Aula")
    page.save.click()
    page.submission.setCurrentIndex(page.submission.findData(ev.submissions[0]))
    page.when.setDateTime(QDateTime.fromString("2023-05-04 08:00", "yyyy-MM-dd HH:mm"))
    page.room.setText("")
    row = [s.id for s in page.model.payload].index(ev.submissions[2])
    view = page.view
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(page.model.index(row, 0)).center(),
    )
    assert page.submission.currentData() == ev.submissions[2]
    assert page.when.dateTime().toString("yyyy-MM-dd HH:mm") == "2023-05-03 13:15"
    assert page.room.text() == "Aula"


def test_bundles_written_off_thread(panel, mini_event, qtbot, tmp_path):
    from kit.dialogs import wait_shown
    from PySide6.QtWidgets import QMessageBox

    ev = mini_event
    setup.fill(ev.ws, ev.event_id, judge_id=ev.judges[0])
    page = panel.setup.bundles
    panel.setup.setCurrentWidget(page)
    checked = page.chosen()
    assert checked == [ev.judges[0]]  # only judges with assignments are pre-ticked
    page.folder.setText(str(tmp_path / "usb"))
    page.issue.click()
    confirm = wait_shown(qtbot, QMessageBox)
    assert f"{ev.event_id}-{ev.judges[0]}.bundle.zip" in confirm.informativeText()
    assert not (tmp_path / "usb").exists()  # nothing before the confirmation
    with qtbot.waitSignal(page.issued, timeout=60000):
        confirm.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=60000)
    files = list((tmp_path / "usb").iterdir())
    assert [f.name for f in files] == [f"{ev.event_id}-{ev.judges[0]}.bundle.zip"]
    assert zipfile.is_zipfile(files[0])
    assert page.model.text(0, 2) == str(len(ev.submissions))
    assert page.message.kind == "ok"
