"""A judge exports the signed score file from the app's menu to a folder they
choose (a USB stick); a confirmation names the file; the secretariat's check
passes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from kit.dialogs import answer_file_dialog, wait_shown
from kit.judging import mini_values, score_all, setup_event
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from judgeapp.services.bundles import issue_bundle, open_bundle
from judgeapp.services.scorefiles import own_fingerprint, verify_file
from judgeapp.store.db import open_workspace

pytestmark = pytest.mark.gui


def _judge_laptop(tmp_path):
    secretariat = open_workspace(tmp_path / "sekretariat")
    world = setup_event(secretariat, tmp_path, packaged=1)
    eid, judge = world["event"], world["judges"][0]
    bundle = issue_bundle(secretariat, eid, judge, tmp_path / "juri.zip").path
    laptop = open_workspace(tmp_path / "laptop")
    open_bundle(laptop, bundle)
    score_all(laptop, eid, judge, world["subs"][0], mini_values(Decimal("8")))
    fingerprint = own_fingerprint(laptop)
    laptop.close()
    return secretariat, eid, fingerprint


@pytest.mark.parametrize("how", ["menu", "keys"])
def test_export_from_the_menu_to_a_chosen_folder(qtbot, tmp_path, open_app, how):
    secretariat, eid, fingerprint = _judge_laptop(tmp_path)
    window = open_app(tmp_path / "laptop")
    usb = tmp_path / "usb"
    usb.mkdir()
    with qtbot.waitSignal(window.export_done, timeout=20000) as blocker:
        if how == "menu":
            window.act_export.trigger()  # Berkas ▸ Ekspor berkas nilai…
        else:
            qtbot.keyClick(
                window,
                Qt.Key.Key_E,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
        answer_file_dialog(qtbot, usb)
    written = blocker.args[0]
    assert written.startswith(str(usb))
    box = wait_shown(qtbot, QMessageBox)
    assert written in box.text() and fingerprint in box.text()
    assert box.icon() == QMessageBox.Icon.Information
    check = verify_file(written, secretariat, eid)
    assert check.ok, check.failure
    secretariat.close()


def test_export_cancelled_writes_nothing(qtbot, tmp_path, open_app):
    secretariat, _eid, _fp = _judge_laptop(tmp_path)
    secretariat.close()
    window = open_app(tmp_path / "laptop")
    window.act_export.trigger()
    from PySide6.QtWidgets import QFileDialog

    dlg = wait_shown(qtbot, QFileDialog)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert not window.runner.busy
    assert not list(tmp_path.rglob("*.scores.json"))


def test_export_refused_outside_a_judge_workspace(qtbot, tmp_path, open_app):
    window = open_app(tmp_path / "not-a-judge")
    window.act_export.trigger()
    box = wait_shown(qtbot, QMessageBox)
    assert "bundel juri" in box.text()
    assert not list(tmp_path.glob("*.json"))


@pytest.mark.parametrize("chosen", ["USB", "USB/nilai"])
def test_export_to_a_pulled_usb_stick_is_refused_and_never_recreated(
    qtbot, tmp_path, open_app, chosen
):
    secretariat, _eid, _fp = _judge_laptop(tmp_path)
    secretariat.close()
    window = open_app(tmp_path / "laptop")
    media = tmp_path / "media"
    folder = media / chosen
    folder.mkdir(parents=True)
    (media / "USB").rename(tmp_path / "pulled")  # the stick is pulled after the folder was chosen
    window.export_score_file(str(folder))  # what the folder dialog calls back
    box = wait_shown(qtbot, QMessageBox)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "sudah tidak ada" in box.text() and "flashdisk" in box.text()
    assert str(media / "USB") in box.text()
    assert "Errno" not in box.text()
    assert not (media / "USB").exists()  # never re-created on the local disk
    assert not list(tmp_path.rglob("*.scores.json")) and not list(tmp_path.rglob(".scores-*"))
