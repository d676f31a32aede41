"""Set-up ▸ Judge bundles through the real widgets: the folder chosen in the
file dialog, a confirmation naming every file (and the one it replaces) before
anything is written, Cancel writes nothing, then a confirmation naming the
files written; each bundle opens on a judge's laptop; a retired judge is not
offered."""

from __future__ import annotations

import pytest
from kit.dialogs import answer_file_dialog, wait_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from judgeapp.services import bundles, judges, setup
from judgeapp.store.db import open_workspace


@pytest.fixture
def page(qtbot, mini_event, make_panel):
    panel = make_panel(mini_event)
    panel.show()
    qtbot.waitExposed(panel)
    panel.tabs.setCurrentWidget(panel.setup)
    panel.setup.setCurrentWidget(panel.setup.bundles)
    return panel.setup.bundles


def _click(qtbot, box, which):
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_confirm_names_the_files_then_they_are_written(qtbot, page, mini_event, tmp_path):
    ev = mini_event
    setup.fill(ev.ws, ev.event_id)
    page.refresh()
    usb = tmp_path / "USB"
    usb.mkdir()
    names = [bundles.bundle_name(ev.event_id, j) for j in ev.judges]
    (usb / names[1]).write_bytes(b"an older bundle")
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)
    answer_file_dialog(qtbot, usb)
    assert page.folder.text() == str(usb)

    qtbot.mouseClick(page.issue, Qt.MouseButton.LeftButton)
    assert page.message.kind != "error", page.message.text()
    box = wait_shown(qtbot, QMessageBox)
    assert str(usb) in box.text()
    for name in names:
        assert name in box.informativeText()
    assert "1" in box.informativeText().split("\n\n")[-1]  # one file replaced
    _click(qtbot, box, QMessageBox.StandardButton.Cancel)
    assert sorted(p.name for p in usb.iterdir()) == [names[1]]  # Cancel wrote nothing
    assert (usb / names[1]).read_bytes() == b"an older bundle"

    qtbot.mouseClick(page.issue, Qt.MouseButton.LeftButton)
    box = wait_shown(qtbot, QMessageBox)
    with qtbot.waitSignal(page.issued, timeout=60000) as blocker:
        _click(qtbot, box, QMessageBox.StandardButton.Ok)
    written = blocker.args[0]
    assert sorted(p.name for p in written) == sorted(names)
    done = wait_shown(qtbot, QMessageBox)
    assert done.objectName() == "bundles-written"
    assert str(usb) in done.text()
    for name in names:
        assert name in done.informativeText()
    assert done.icon() == QMessageBox.Icon.Information
    _click(qtbot, done, QMessageBox.StandardButton.Ok)
    laptop = open_workspace(tmp_path / "laptop")
    try:
        opened = bundles.open_bundle(laptop, usb / names[1])
        assert opened.judge_id == ev.judges[1] and len(opened.added) == len(ev.submissions)
    finally:
        laptop.close()


def test_a_retired_judge_gets_no_bundle(qtbot, page, mini_event, enter_scores):
    ev = mini_event
    setup.fill(ev.ws, ev.event_id)
    enter_scores(ev, ev.judges[0], ev.submissions[0], [8, 8, 8, 8, 8], final=False)
    judges.remove_judge(ev.ws, ev.event_id, ev.judges[0], "mengundurkan diri")
    page.refresh()
    assert ev.judges[0] not in page.chosen()
    assert page.judges.count() == len(ev.judges) - 1


def test_no_folder_is_refused_in_place(qtbot, page, mini_event):
    setup.fill(mini_event.ws, mini_event.event_id)
    page.refresh()
    qtbot.mouseClick(page.issue, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
