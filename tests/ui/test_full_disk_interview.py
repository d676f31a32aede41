"""A full disk in the middle of an interview: never "saved" for what is not
committed, the value stays in its field marked, the judge is told, it is
retried, nothing saved before is lost.

The workspace is opened through a SQLite VFS that makes every write fail with
SQLITE_FULL on demand (``tests/faultvfs.py``), so the real save path meets a
real SQLite "database or disk is full" at the chosen keystroke.
"""

from __future__ import annotations

import sqlite3

import faultvfs
import pytest
from kit.qt import close_app, focus
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not faultvfs.available(), reason="apsw (Debian python3-apsw) missing"),
]


@pytest.fixture
def full_disk():
    vfs = faultvfs.FullDisk()
    yield vfs
    vfs.close()


def _open(qtbot, folder, vfs, lang):
    from PySide6.QtWidgets import QApplication

    from judgeapp.store.db import Workspace
    from judgeapp.ui.language import Language
    from judgeapp.ui.main_window import MainWindow
    from judgeapp.ui.tasks import TaskRunner

    app = QApplication.instance()
    language = Language(app)
    language.set_language(lang)
    window = MainWindow(language, TaskRunner(parent=app))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.set_workspace(Workspace(folder, connect=vfs.connect))
    return window, language


def _stored(folder, submission_key):
    """What is committed, read by a plain connection of its own."""
    conn = sqlite3.connect(str(folder / "workspace.sqlite"))
    try:
        scores = dict(
            conn.execute(
                "SELECT i.key, i.value FROM item_scores i JOIN sheets s ON s.id = i.sheet_id"
                " WHERE s.submission_id = ?",
                (submission_key,),
            )
        )
        texts = dict(
            conn.execute(
                "SELECT x.target || '/' || x.field, x.value FROM sheet_texts x"
                " JOIN sheets s ON s.id = x.sheet_id WHERE s.submission_id = ?",
                (submission_key,),
            )
        )
        return scores, texts
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_full_disk_mid_interview_is_never_called_saved(qtbot, judge_world, full_disk, lang):
    w, language = _open(qtbot, judge_world.folder, full_disk, lang)
    try:
        assert w.home.choose_judge(judge_world.judge)
        sub = judge_world.submissions[1]
        w.open_interview(sub)
        iv = w.interview
        keys = list(iv.panel.rows)
        qtbot.keyClicks(focus(), "7")
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        saved_word = "Tersimpan" if lang == "id" else "Saved"
        assert iv.saved_label.text().startswith(saved_word)

        full_disk.full = True
        qtbot.keyClicks(focus(), "8")
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        assert full_disk.refused_writes > 0
        row = iv.panel.rows[keys[1]]
        not_saved = "TIDAK tersimpan" if lang == "id" else "NOT saved"
        assert iv.saved_label.text().startswith(not_saved)
        assert not iv.saved_label.text().startswith(saved_word)
        assert row.edit.text() == "8"  # the typed value stays in its field …
        assert row.error.isVisibleTo(iv)  # … marked
        assert ("Belum tersimpan" if lang == "id" else "Not saved yet") in row.error.text()
        assert iv.message.isVisibleTo(iv)
        assert ("penuh" if lang == "id" else "full") in iv.message.text()
        assert focus() is iv.panel.rows[keys[2]].edit  # the judge can go on
        # a text typed meanwhile is kept too
        ind = iv.current_ind
        note = iv.panel.texts[(ind, "note")]
        note.setFocus()
        qtbot.keyClicks(note, "cek data BPS")
        note.flush()
        assert iv.unsaved_count() == 2
        assert iv.saved_label.text().startswith(not_saved)
        # committed: the first score only; the second and the text are not
        scores, texts = _stored(judge_world.folder, sub)
        assert scores == {keys[0]: "7"} and texts == {}

        # moving away and back: the unsaved value is still there, still marked
        qtbot.keyClick(focus(), Qt.Key.Key_PageDown, CTRL)
        assert iv.current_ind != ind
        qtbot.keyClick(focus(), Qt.Key.Key_PageUp, CTRL)
        assert iv.current_ind == ind
        assert iv.panel.rows[keys[1]].edit.text() == "8"
        assert iv.panel.rows[keys[1]].error.isVisibleTo(iv)
        assert iv.panel.texts[(ind, "note")].toPlainText() == "cek data BPS"

        # leaving asks first; the default keeps the judge here
        qtbot.keyClick(focus(), Qt.Key.Key_Left, ALT)
        box = iv.dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # default button: stay
        assert w.interview is iv
        # an automatic retry while the disk is still full changes nothing
        iv.retry_timer.timeout.emit()
        assert iv.unsaved_count() == 2 and iv.saved_label.text().startswith(not_saved)

        # room again: the retry commits both, and only then "saved"
        full_disk.full = False
        assert iv.retry_timer.isActive()
        qtbot.waitUntil(lambda: iv.unsaved_count() == 0, timeout=20000)
        assert iv.saved_label.text().startswith(saved_word)
        assert not iv.panel.rows[keys[1]].error.isVisibleTo(iv)
        scores, texts = _stored(judge_world.folder, sub)
        assert scores == {keys[0]: "7", keys[1]: "8"}
        assert texts == {f"{ind}/note": "cek data BPS"}
    finally:
        language.set_language("en")
        close_app(w)


def test_closing_the_app_with_unsaved_values_asks(qtbot, judge_world, full_disk):
    w, language = _open(qtbot, judge_world.folder, full_disk, "id")
    try:
        assert w.home.choose_judge(judge_world.judge)
        w.open_interview(judge_world.submissions[1])
        iv = w.interview
        full_disk.full = True
        qtbot.keyClicks(focus(), "9")
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
        assert iv.unsaved_count() == 1
        w.close()
        assert w.isVisible()  # not closed: asked first
        box = iv.dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
        leave = next(b for b in box.buttons() if b is not box.defaultButton())
        leave.click()
        qtbot.waitUntil(lambda: not w.isVisible())
    finally:
        full_disk.full = False
        language.set_language("en")
        close_app(w)
