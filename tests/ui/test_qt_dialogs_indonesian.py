"""Qt's own dialogs speak the app's language: message-box buttons and Qt's file
dialog read Indonesian from ``translations/qtbase_id`` (Qt ships no Indonesian
catalogue), and English again after switching."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QWidget

from judgeapp.resources import translations_dir
from judgeapp.ui.filedialogs import choose_folder, choose_open_file
from judgeapp.ui.language import Language

pytestmark = pytest.mark.gui
TS = translations_dir() / "qtbase_id.ts"
QM = translations_dir() / "qtbase_id.qm"
SB = QMessageBox.StandardButton


def bare(text: str) -> str:
    return text.replace("&", "")


def box_buttons() -> dict:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x")
    wanted = [SB.Ok, SB.Cancel, SB.Yes, SB.No, SB.Save, SB.Close, SB.Discard, SB.Retry]
    for b in wanted:
        box.addButton(b)
    texts = {b: bare(box.button(b).text()) for b in wanted}
    box.setDetailedText("rincian")
    details = [
        bare(b.text())
        for b in box.buttons()
        if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole
    ]
    box.deleteLater()
    return {"buttons": texts, "details": details}


@pytest.fixture
def language(qapp):
    lang = Language(qapp)
    yield lang
    lang.set_language("en")


def test_message_box_buttons_read_indonesian_then_english(qtbot, language):
    assert language.set_language("id")
    shown = box_buttons()
    assert shown["buttons"] == {
        SB.Ok: "OK",
        SB.Cancel: "Batal",
        SB.Yes: "Ya",
        SB.No: "Tidak",
        SB.Save: "Simpan",
        SB.Close: "Tutup",
        SB.Discard: "Buang",
        SB.Retry: "Coba Lagi",
    }
    assert shown["details"] == ["Tampilkan Rincian..."]
    language.set_language("en")
    shown = box_buttons()
    assert shown["buttons"][SB.Cancel] == "Cancel" and shown["buttons"][SB.Yes] == "Yes"


def dialog_texts(dlg: QFileDialog) -> set[str]:
    texts = {bare(w.text()) for w in dlg.findChildren(QLabel) + dlg.findChildren(QAbstractButton)}
    views = [v for v in dlg.findChildren(QWidget) if hasattr(v, "model") and v.isVisibleTo(dlg)]
    for v in views:
        model = v.model()
        if model is not None and hasattr(model, "headerData"):
            from PySide6.QtCore import Qt

            for c in range(model.columnCount()):
                texts.add(str(model.headerData(c, Qt.Orientation.Horizontal)))
    return {t for t in texts if t}


def test_file_dialogs_read_indonesian(qtbot, language, tmp_path):
    language.set_language("id")
    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = choose_open_file(parent, "Buka bundel", "Bundel (*.zip);;Semua (*)", lambda _p: None)
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.testOption(QFileDialog.Option.DontUseNativeDialog)
    texts = dialog_texts(dlg)
    for words in ("Cari di:", "Nama berkas:", "Jenis berkas:", "Buka", "Batal", "Nama", "Ukuran"):
        assert words in texts, (words, sorted(texts))
    for english in ("Look in:", "File name:", "Files of type:", "Open", "Cancel", "Size"):
        assert english not in texts
    dlg.reject()
    folder = choose_folder(parent, "Pilih folder", lambda _p: None, str(tmp_path))
    qtbot.waitUntil(folder.isVisible)
    texts = dialog_texts(folder)
    assert "Folder:" in texts and "Pilih" in texts and "Batal" in texts
    folder.reject()
    language.set_language("en")
    again = choose_folder(parent, "Folder", lambda _p: None, str(tmp_path))
    qtbot.waitUntil(again.isVisible)
    assert "Choose" in dialog_texts(again)
    again.reject()


def messages(path: Path) -> list[tuple[str, str, str]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name"), m.findtext("source"), m.findtext("translation") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def test_every_qt_text_is_translated_and_compiled(tmp_path):
    rows = messages(TS)
    assert len(rows) > 100
    assert not [r for r in rows if not r[2].strip()]
    contexts = {r[0] for r in rows}
    assert {"QPlatformTheme", "QGnomeTheme", "QMessageBox", "QFileDialog"} <= contexts
    out = tmp_path / "qtbase_id.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on translations/qtbase_id.ts"
