"""An empty workspace: the three ways in, each one click; no command line
offered to a user of the app; nothing breaks (Ctrl+2 crashed with KeyError)."""

from __future__ import annotations

import importlib.util

import pytest
from kit.dialogs import answer_file_dialog
from kit.judging import setup_event
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from judgeapp.services.bundles import issue_bundle
from judgeapp.store.db import open_workspace

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def visible_texts(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.isVisibleTo(root) and isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
    return [t for t in out if t]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_empty_workspace_offers_three_ways_in(qtbot, tmp_path, open_app, lang):
    w = open_app(tmp_path / "kosong", lang)
    page = w.stack.currentWidget()
    assert page is w.first_run
    for b in (page.bundle_btn, page.event_btn, page.demo_btn):
        assert b.isVisibleTo(w) and b.isEnabled() and b.text()
    texts = visible_texts(w)
    assert not [t for t in texts if "judgeapp demo" in t or "judgeapp " in t]
    words = {"id": "Daerah dan jadwal untuk", "en": "Regions and schedule for"}[lang]
    assert not [t for t in texts if words in t]


def test_home_heading_never_ends_with_nobody(qtbot, tmp_path, open_app):
    w = open_app(tmp_path / "kosong")
    assert not w.home.heading.isVisibleTo(w.home)
    assert not w.home.heading.text().strip().endswith("untuk</b>")


def test_ctrl_2_in_an_empty_workspace_opens_the_secretariat_view(qtbot, tmp_path, open_app):
    w = open_app(tmp_path / "kosong")
    qtbot.keyClick(w, Qt.Key.Key_2, CTRL)  # crashed: KeyError "no event '' in this workspace"
    assert w.stack.currentWidget() is w.secretariat
    assert w.secretariat.isVisible()
    qtbot.keyClick(w, Qt.Key.Key_1, CTRL)
    assert w.stack.currentWidget() is w.first_run


def test_first_run_opens_a_judge_bundle_in_one_click(qtbot, tmp_path, open_app):
    secretariat = open_workspace(tmp_path / "sekretariat")
    world = setup_event(secretariat, tmp_path, packaged=1)
    bundle = issue_bundle(secretariat, world["event"], world["judges"][0], tmp_path / "juri.zip")
    secretariat.close()
    w = open_app(tmp_path / "laptop")
    qtbot.mouseClick(w.first_run.bundle_btn, Qt.MouseButton.LeftButton)
    answer_file_dialog(qtbot, bundle.path)
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.home)
    assert w.home.fixed_judge == world["judges"][0]
    assert w.home.model.rows  # the judge's regions
    assert w.ws.folder == tmp_path / "laptop"  # opened into this empty workspace


def test_first_run_starts_a_new_event_in_one_click(qtbot, tmp_path, open_app):
    w = open_app(tmp_path / "kosong")
    qtbot.mouseClick(w.first_run.event_btn, Qt.MouseButton.LeftButton)
    if importlib.util.find_spec("judgeapp.ui.secretariat.event_dialog") is not None:
        qtbot.waitUntil(lambda: getattr(w, "dialog", None) is not None and w.dialog.isVisible())
        assert type(w.dialog).__name__ == "EventDialog"
    else:
        assert w.stack.currentWidget() is w.secretariat


def test_first_run_explores_the_demo_in_one_click(qtbot, tmp_path, open_app):
    w = open_app(tmp_path / "kosong")
    w.demo_folder = tmp_path / "demo"
    qtbot.mouseClick(w.first_run.demo_btn, Qt.MouseButton.LeftButton)
    assert w.first_run.busy.isVisibleTo(w)  # building, off the UI thread
    qtbot.waitUntil(lambda: w.ws.folder == tmp_path / "demo", timeout=120000)
    assert w.stack.currentWidget() is w.home
    assert w.home.event_box.count() == 3
    assert w.home.sample_banner.isVisibleTo(w)
