"""Dialogs speak to the user: a refusal is a sentence the user can act on; a
bug shows the crash dialog with the log's place — never an exception's text as
if it were advice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

pytestmark = pytest.mark.gui


def test_a_bug_shows_the_crash_dialog_with_the_log_not_the_exception(qtbot, tmp_path):
    from judgeapp.ui.crash import CrashHandler

    handler = CrashHandler(tmp_path / "logs")
    try:
        {}["workspace"]
    except KeyError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    box = handler.box
    qtbot.waitUntil(lambda: box.isVisible())
    log = next((tmp_path / "logs").glob("crash-*.log"))
    shown = box.text() + box.informativeText()
    assert str(log) in box.informativeText()
    assert "KeyError" not in shown and "workspace" not in shown.replace(str(log), "")
    assert "KeyError: 'workspace'" in box.detailedText()  # behind "Show details"
    assert "KeyError" in log.read_text()
    # a second crash while the dialog is open is logged, not stacked as a second dialog
    before = visible_boxes()
    try:
        raise RuntimeError("again")
    except RuntimeError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    assert len(list((tmp_path / "logs").glob("crash-*.log"))) == 2
    assert visible_boxes() == before
    box.close()


def visible_boxes() -> set[int]:
    return {
        id(w)
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    }


def test_a_damaged_document_is_refused_with_a_sentence(qtbot, tmp_path):
    from judgeapp.ui.judge.session import DocInfo
    from judgeapp.ui.pdf_viewer import DocumentViewer
    from judgeapp.ui.tasks import TaskRunner

    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(b"%PDF-1.7\n this is not really a PDF")
    viewer = DocumentViewer(TaskRunner(parent=QApplication.instance()), lambda _d: bad)
    qtbot.addWidget(viewer)
    viewer.show()
    with qtbot.waitSignal(viewer.documentFailed, timeout=10000):
        viewer.set_documents([DocInfo("rusak", "Rusak", "proposal", None)])
    text = viewer.message.text()
    assert "rusak.pdf" in text and "bukan PDF yang dapat dibaca" in text
    assert "InvalidFileFormat" not in text and "Error" not in text


@pytest.mark.parametrize(
    ("make", "words"),
    [
        ("damaged", ["tidak dapat dibuka", "bukan ruang kerja JudgeApp", "backups"]),
        ("newer", ["JudgeApp yang lebih baru", "perbarui aplikasi"]),
    ],
)
def test_a_workspace_that_cannot_open_is_a_sentence_in_the_app(
    qtbot, tmp_path, open_app, make, words
):
    """Opening a damaged workspace, or one from a newer app, from the window:
    a warning in the user's language that names the file and what to do."""
    import sqlite3

    folder = tmp_path / "ws"
    w = open_app(tmp_path / "kosong")
    folder.mkdir()
    if make == "damaged":
        (folder / "workspace.sqlite").write_bytes(b"bukan sqlite" * 200)
    else:
        conn = sqlite3.connect(folder / "workspace.sqlite")
        conn.execute("PRAGMA user_version=999")
        conn.close()
    assert not w.load_workspace(folder)
    box = w.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning  # a refusal, not the crash dialog
    text = box.text()
    assert str(folder / "workspace.sqlite") in text
    for word in words:
        assert word in text, text
    assert "Traceback" not in text and "Error" not in text
    assert w.ws is not None and w.ws.folder == tmp_path / "kosong"  # the open one stays
    box.reject()
