"""Set-up ▸ Judges through the real widgets: add by typing, a second judge of
the same name refused in the message line, edit the selected judge, remove
one who never scored (a confirmation), retire one who has (a reason asked,
the status says so), import a CSV list through the file dialog — and a
refused list names its row and adds nothing."""

from __future__ import annotations

import pytest
from kit.dialogs import answer_file_dialog, wait_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from judgeapp.services import judges


@pytest.fixture
def page(qtbot, mini_event, make_panel):
    panel = make_panel(mini_event)
    panel.show()
    qtbot.waitExposed(panel)
    panel.tabs.setCurrentWidget(panel.setup)
    panel.setup.setCurrentWidget(panel.setup.judges)
    return panel.setup.judges


def _names(ev):
    return [j.name for j in judges.judges(ev.ws, ev.event_id)]


def _type(qtbot, widget, text):
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_add_then_the_same_name_is_refused(qtbot, page, mini_event):
    ev = mini_event
    _type(qtbot, page.name, "Dewi Kartika")
    _type(qtbot, page.institution, "Bappeda Bali")
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok" and "dewi-kartika" in page.message.text()
    assert "Dewi Kartika" in page.model.column_texts(0)
    _type(qtbot, page.name, "dewi  kartika")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.message.kind == "error"
    assert "sudah ada juri bernama 'Dewi Kartika'" in page.message.text()
    assert _names(ev).count("Dewi Kartika") == 1 and len(_names(ev)) == 4


def test_edit_the_selected_judge(qtbot, page, mini_event):
    ev = mini_event
    row = page.model.column_texts(0).index("Budi Santoso")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert page.name.text() == "Budi Santoso" and page.role.currentText() == "TPU"
    _type(qtbot, page.name, "Dr. Budi Santoso")
    _type(qtbot, page.province, "Jawa Tengah")
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.message.kind == "ok"
    row = next(j for j in judges.judges(ev.ws, ev.event_id) if j.id == "budi-santoso")
    assert (row.name, row.province) == ("Dr. Budi Santoso", "Jawa Tengah")
    _type(qtbot, page.name, "Ani Wijaya")  # another judge's name
    qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error" and "Ani Wijaya" in page.message.text()


def test_remove_one_who_never_scored(qtbot, page, mini_event):
    ev = mini_event
    page.view.setCurrentIndex(
        page.model.index(page.model.column_texts(0).index("Citra Lestari"), 0)
    )
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    box = wait_shown(qtbot, QMessageBox)
    assert "Citra Lestari" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Citra Lestari" not in page.model.column_texts(0))
    assert "Citra Lestari" not in _names(ev)
    assert page.message.kind == "ok"


def test_retire_one_who_has_scored(qtbot, page, mini_event, enter_scores):
    from judgeapp.services import setup

    ev = mini_event
    setup.fill(ev.ws, ev.event_id, judge_id="ani-wijaya")
    enter_scores(ev, "ani-wijaya", ev.submissions[0], [8, 8, 8, 8, 8], final=False)
    page.refresh()
    row = page.model.column_texts(0).index("Ani Wijaya")
    assert page.model.text(row, 4) == "1"  # sheets
    page.view.setCurrentIndex(page.model.index(row, 0))
    qtbot.mouseClick(page.remove, Qt.MouseButton.LeftButton)
    dlg = wait_shown(qtbot, QDialog)
    assert dlg.objectName() == "retire-judge" and "1" in dlg.prompt.text()
    ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    qtbot.keyClicks(dlg.reason, "mengundurkan diri")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "mengundurkan diri" in page.model.text(row, 6))
    assert "dinonaktifkan" in page.model.text(row, 6) or "retired" in page.model.text(row, 6)
    assert "Ani Wijaya" in _names(ev)  # never deleted
    assert not page.remove.isEnabled()
    assert page.message.kind == "ok" and "1" in page.message.text()


def test_import_a_list_through_the_file_dialog(qtbot, page, mini_event, tmp_path):
    ev = mini_event
    bad = tmp_path / "salah.csv"
    bad.write_text("nama,peran\nEka Putri,TPI\nFajar,ketua\n", encoding="utf-8")
    qtbot.mouseClick(page.import_list, Qt.MouseButton.LeftButton)
    answer_file_dialog(qtbot, bad)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=20000)
    assert "salah.csv: baris 3, kolom B (peran)" in page.message.text()
    assert "Eka Putri" not in _names(ev)  # all or nothing
    good = tmp_path / "juri.csv"
    good.write_text("nama,peran,instansi\nEka Putri,TPI,BPS\nFajar Nugroho,TPU,\n", "utf-8")
    qtbot.mouseClick(page.import_list, Qt.MouseButton.LeftButton)
    answer_file_dialog(qtbot, good)
    qtbot.waitUntil(lambda: page.message.kind == "ok", timeout=20000)
    assert {"Eka Putri", "Fajar Nugroho"} <= set(page.model.column_texts(0))
    assert "2" in page.message.text() and "juri.csv" in page.message.text()
