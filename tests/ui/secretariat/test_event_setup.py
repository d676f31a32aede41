"""A secretariat sets up an event entirely in the app: from an empty workspace,
File ▸ New event… opens the set-up dialog, filled as a person fills it (found
by its object names, typed into with QTest); then Edit event… changes it, and
the panel's event picker chooses between two events. Checked against the
workspace through the services."""

from __future__ import annotations

import pytest
from kit.dialogs import wait_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from judgeapp.services import events as event_service
from judgeapp.ui.secretariat.event_dialog import EventDialog

pytestmark = pytest.mark.gui


def field(dlg, name: str, cls=QLineEdit):
    w = dlg.findChild(cls, name)
    assert w is not None, name
    return w


def type_into(qtbot, dlg, name: str, text: str) -> None:
    edit = field(dlg, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def choose(dlg, name: str, data: str) -> None:
    combo = field(dlg, name, QComboBox)
    i = combo.findData(data)
    assert i >= 0, (name, data)
    combo.setCurrentIndex(i)


def click(qtbot, dlg, name: str) -> None:
    qtbot.mouseClick(field(dlg, name, QPushButton), Qt.MouseButton.LeftButton)


def fill_new_event(qtbot, dlg) -> None:
    type_into(qtbot, dlg, "event-name", "PPD 2024 Provinsi Jawa Barat")
    choose(dlg, "event-competition", "ppd")
    type_into(qtbot, dlg, "event-edition", "2024")
    type_into(qtbot, dlg, "event-starts-on", "12-06-2024")
    type_into(qtbot, dlg, "event-ends-on", "2024-06-14")
    type_into(qtbot, dlg, "event-place", "Hotel Savoy Homann, Bandung")
    choose(dlg, "stage-form-1", "ppd-tahap2")
    click(qtbot, dlg, "stage-add")
    choose(dlg, "stage-form-2", "ppd-tahap3")
    type_into(qtbot, dlg, "stage-weight-1", "40")
    type_into(qtbot, dlg, "stage-weight-2", "60")
    type_into(qtbot, dlg, "stage-date-2", "14-06-2024")
    type_into(qtbot, dlg, "chair-name", "Dr. Ir. Bambang Prasetyo, M.Si.")
    type_into(qtbot, dlg, "chair-position", "Direktur Perencanaan")
    type_into(qtbot, dlg, "member-name-1", "Siti Rahmawati")
    type_into(qtbot, dlg, "member-position-1", "Sekretaris")
    type_into(qtbot, dlg, "member-name-2", "Agus Hidayat")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_create_edit_and_pick_an_event_from_an_empty_workspace(qtbot, tmp_path, open_app, lang):
    w = open_app(tmp_path / "kosong", lang)
    assert w.stack.currentWidget() is w.first_run
    w.act_new_event.trigger()
    dlg = wait_shown(qtbot, EventDialog)
    fill_new_event(qtbot, dlg)
    # a weight that breaks the sum is refused in the dialog, nothing written
    type_into(qtbot, dlg, "stage-weight-2", "50")
    click(qtbot, dlg, "event-save")
    message = field(dlg, "event-message", QLabel)
    assert dlg.isVisible() and message.isVisible()
    assert ("bukan 100" if lang == "id" else "not 100") in message.text()
    assert event_service.list_events(w.ws) == []
    type_into(qtbot, dlg, "stage-weight-2", "60")
    click(qtbot, dlg, "event-save")
    qtbot.waitUntil(lambda: not dlg.isVisible())

    (event,) = event_service.list_events(w.ws)
    assert (event.name, event.competition, event.edition) == (
        "PPD 2024 Provinsi Jawa Barat",
        "ppd",
        "2024",
    )
    assert (event.starts_on, event.ends_on) == ("2024-06-12", "2024-06-14")
    assert event.place == "Hotel Savoy Homann, Bandung"
    assert [(s.id, str(s.weight), s.date) for s in event.stages] == [
        ("tahap2", "40", ""),
        ("tahap3", "60", "2024-06-14"),
    ]
    assert event.categories == ("provinsi", "kabupaten", "kota")
    assert event.chair is not None
    assert (event.chair.name, event.chair.position) == (
        "Dr. Ir. Bambang Prasetyo, M.Si.",
        "Direktur Perencanaan",
    )
    assert [(m.name, m.position) for m in event.members] == [
        ("Siti Rahmawati", "Sekretaris"),
        ("Agus Hidayat", ""),
    ]
    # the secretariat panel shows it, chosen in its picker
    panel = w.secretariat
    assert w.stack.currentWidget() is panel
    picker = panel.findChild(QComboBox, "event-picker")
    assert picker.currentData() == event.id
    assert "Hotel Savoy Homann" in panel.title.text()

    # Edit event… from the panel: the dialog opens filled; change venue, chair, a member
    click(qtbot, panel, "event-edit")
    dlg = wait_shown(qtbot, EventDialog)
    assert field(dlg, "event-name").text() == event.name
    assert field(dlg, "stage-weight-2").text() == "60"
    assert field(dlg, "member-name-2").text() == "Agus Hidayat"
    type_into(qtbot, dlg, "event-place", "Gedung Sate, Bandung")
    type_into(qtbot, dlg, "chair-name", "Dr. Ratna Dewi")
    type_into(qtbot, dlg, "member-name-2", "")
    type_into(qtbot, dlg, "member-name-3", "Hendra Gunawan")
    click(qtbot, dlg, "event-save")
    qtbot.waitUntil(lambda: not dlg.isVisible())
    edited = event_service.get_event(w.ws, event.id)
    assert edited.place == "Gedung Sate, Bandung"
    assert edited.chair is not None and edited.chair.name == "Dr. Ratna Dewi"
    assert [m.name for m in edited.members] == ["Siti Rahmawati", "Hendra Gunawan"]
    assert edited.stages == event.stages  # forms, weights and pins unchanged
    assert "Gedung Sate" in panel.title.text()

    # a second event from the menu, then the picker goes back to the first
    w.act_new_event.trigger()
    dlg = wait_shown(qtbot, EventDialog)
    type_into(qtbot, dlg, "event-name", "Sinovik 2024")
    choose(dlg, "event-competition", "sinovik")
    type_into(qtbot, dlg, "event-edition", "2024")
    click(qtbot, dlg, "event-save")
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert len(event_service.list_events(w.ws)) == 2
    second = next(e for e in event_service.list_events(w.ws) if e.id != event.id)
    assert second.competition == "sinovik"
    assert picker.currentData() == second.id
    assert panel.event_id == second.id
    with qtbot.waitSignal(panel.event_changed, timeout=5000) as changed:
        picker.setCurrentIndex(picker.findData(event.id))
        picker.activated.emit(picker.currentIndex())
    assert changed.args == [event.id]
    assert panel.event_id == event.id
    assert panel.ctx.event_id == event.id
    assert "Gedung Sate" in panel.title.text()
    assert w.home.event_box.currentData() == event.id  # the judge view follows

    # File ▸ Edit event… opens the picked event
    w.act_edit_event.trigger()
    dlg = wait_shown(qtbot, EventDialog)
    assert field(dlg, "event-name").text() == event.name
    click(qtbot, dlg, "event-cancel")
    qtbot.waitUntil(lambda: not dlg.isVisible())


def test_hostile_fields_are_refused_at_their_field(qtbot, tmp_path, open_app):
    w = open_app(tmp_path / "kosong")
    w.act_new_event.trigger()
    dlg = wait_shown(qtbot, EventDialog)
    message = field(dlg, "event-message", QLabel)
    click(qtbot, dlg, "event-save")  # no name
    assert "Nama acara" in message.text() and "wajib" in message.text()
    assert dlg.focusWidget() is field(dlg, "event-name")
    type_into(qtbot, dlg, "event-name", "PPD 2024")
    type_into(qtbot, dlg, "event-starts-on", "31-02-2024")
    click(qtbot, dlg, "event-save")
    assert "bukan tanggal" in message.text()
    assert dlg.focusWidget() is field(dlg, "event-starts-on")
    type_into(qtbot, dlg, "event-starts-on", "14-06-2024")
    type_into(qtbot, dlg, "event-ends-on", "12-06-2024")
    click(qtbot, dlg, "event-save")
    assert "sebelum" in message.text()
    type_into(qtbot, dlg, "event-ends-on", "")
    field(dlg, "member-position-1").setText("Sekretaris")  # a position without a name
    click(qtbot, dlg, "event-save")
    assert "anggota 1" in message.text()
    assert event_service.list_events(w.ws) == []
    field(dlg, "member-name-1").setText("Siti")
    click(qtbot, dlg, "event-save")
    qtbot.waitUntil(lambda: not dlg.isVisible())
    (event,) = event_service.list_events(w.ws)
    assert (event.starts_on, event.ends_on) == ("2024-06-14", "2024-06-14")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_package_of_another_edition_is_refused_in_the_import_tab(qtbot, tmp_path, open_app, lang):
    from kit.dialogs import answer_file_dialog
    from kit.packages import default_files, manifest, write_zip

    w = open_app(tmp_path / "kosong", lang)
    w.act_new_event.trigger()
    dlg = wait_shown(qtbot, EventDialog)
    type_into(qtbot, dlg, "event-name", "PPD 2022 Jawa Barat")
    type_into(qtbot, dlg, "event-edition", "2022")
    click(qtbot, dlg, "event-save")
    qtbot.waitUntil(lambda: not dlg.isVisible())
    files = default_files()
    package = write_zip(tmp_path / "kota-contoh.zip", files, manifest(files, edition="2023"))
    panel = w.secretariat
    panel.tabs.setCurrentWidget(panel.imports)
    with qtbot.waitSignal(panel.imports.finished, timeout=60000):
        qtbot.mouseClick(panel.imports.packages_button, Qt.MouseButton.LeftButton)
        answer_file_dialog(qtbot, package)
    model = panel.imports.model
    reasons = [model.data(model.index(r, model.columnCount() - 1)) for r in range(model.rowCount())]
    expected = {"id": "mengharapkan edisi 2022", "en": "expects edition 2022"}[lang]
    assert any(expected in (r or "") for r in reasons), reasons
    assert event_service.current_submissions(w.ws, panel.event_id) == []


def test_ctrl_2_in_an_empty_workspace_offers_the_first_event(qtbot, tmp_path, open_app):
    w = open_app(tmp_path / "kosong")
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = w.secretariat
    assert w.stack.currentWidget() is panel
    assert not panel.tabs.isVisible()
    assert "belum berisi acara" in panel.findChild(QLabel, "no-event").text()
    assert not panel.findChild(QPushButton, "event-edit").isEnabled()
    click(qtbot, panel, "event-new-first")
    dlg = wait_shown(qtbot, EventDialog)
    assert dlg.windowTitle() == "Acara baru"
    type_into(qtbot, dlg, "event-name", "Smart City 2024")
    field(dlg, "event-competition", QComboBox).setCurrentIndex(
        field(dlg, "event-competition", QComboBox).findData("smartcity")
    )
    qtbot.keyClick(field(dlg, "event-name"), Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dlg.isVisible())
    (event,) = event_service.list_events(w.ws)
    assert event.competition == "smartcity" and event.categories == ("kabupaten", "kota")
    assert panel.tabs.isVisible() and panel.event_id == event.id
