"""Import ▸ a folder of score files through the real widgets: the folder
picked in the file dialog, each file listed accepted or refused with its
reason, a first-seen judge's key fingerprint shown, a tampered file refused,
a bundle on the same stick skipped, and a first file whose key the bundle does
not vouch for waits until the secretariat confirms the fingerprint."""

from __future__ import annotations

from decimal import Decimal

import pytest
from kit.dialogs import answer_file_dialog, wait_shown
from kit.judging import mini_values, score_all, setup_event
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from judgeapp.domain.exchange import build_score_file, generate_keypair
from judgeapp.services import bundles, scorefiles
from judgeapp.services.score_folder import import_score_folder
from judgeapp.store.db import open_workspace


@pytest.fixture
def world(workspace, tmp_path):
    """Three judges scored on their laptops; their files (and a stray bundle,
    a tampered copy and a file signed by a key of nobody's bundle) on one stick."""
    info = setup_event(workspace, tmp_path)
    eid = info["event"]
    usb = tmp_path / "USB"
    usb.mkdir()
    files, prints = {}, {}
    for j, jid in enumerate(info["judges"]):
        b = bundles.issue_bundle(workspace, eid, jid, usb / bundles.bundle_name(eid, jid))
        laptop = open_workspace(tmp_path / f"laptop-{jid}")
        try:
            bundles.open_bundle(laptop, b.path)
            for s, sub in enumerate(info["subs"]):
                score_all(laptop, eid, jid, sub, mini_values(Decimal(6 + j) + Decimal(s) / 4))
            if j < 2:
                exported = scorefiles.export_scores(laptop, usb)
                files[jid], prints[jid] = exported.path, exported.fingerprint
            else:  # signed with a key the bundle's secret does not vouch for
                payload = scorefiles.build_payload(laptop, eid, jid)
                other = generate_keypair()
                payload["public_key"] = other.public_key
                payload["enrolment_proof"] = ""
                path = usb / f"{eid}-{jid}-laptop-baru.scores.json"
                path.write_bytes(build_score_file(payload, other.private_key))
                files[jid], prints[jid] = path, other.fingerprint
        finally:
            laptop.close()
    tampered = usb / "salinan-diubah.scores.json"
    tampered.write_bytes(files[info["judges"][0]].read_bytes().replace(b'"6.25"', b'"9.25"'))
    (usb / ".hidden.scores.json").write_bytes(b"{}")
    return workspace, info, usb, files, prints, tampered


@pytest.fixture
def panel(qtbot, world, make_panel):
    ws, info, *_ = world

    class Ev:  # what make_panel reads
        pass

    ev = Ev()
    ev.ws, ev.event_id = ws, info["event"]
    p = make_panel(ev)
    p.show()
    qtbot.waitExposed(p)
    p.tabs.setCurrentWidget(p.imports)
    return p


def _row(tab, name):
    return next(i for i, o in enumerate(tab.outcomes) if o.file == name)


def test_a_folder_of_score_files_imported_from_the_app(qtbot, panel, world):
    ws, info, usb, files, prints, tampered = world
    ani, budi, citra = info["judges"]
    tab = panel.imports
    with qtbot.waitSignal(tab.finished, timeout=60000) as blocker:
        qtbot.mouseClick(tab.score_folder_button, Qt.MouseButton.LeftButton)
        answer_file_dialog(qtbot, usb)
    by = {o.file: o for o in blocker.args[0]}
    assert ".hidden.scores.json" not in by
    assert by[files[ani].name].status == "imported" and by[files[budi].name].status == "imported"
    assert by[files[ani].name].first_key and by[files[ani].name].fingerprint == prints[ani]
    assert by[tampered.name].status == "refused" and by[tampered.name].reason
    assert by[files[citra].name].status == "needs-key"
    for jid in info["judges"]:
        bundle = by[bundles.bundle_name(info["event"], jid)]
        assert bundle.status == "skipped" and "bundel juri" in bundle.reason
    model = tab.model
    r = _row(tab, files[ani].name)
    assert prints[ani] in model.text(r, 4) and model.text(r, 3) == "Ani"
    assert prints[citra] in model.text(_row(tab, files[citra].name), 4)
    assert tampered.name in model.text(_row(tab, tampered.name), 0)
    assert model.text(_row(tab, tampered.name), 6)  # the reason, shown
    assert tab.message.kind == "error" and tab.confirm_key_button.isEnabled()
    held = {r["judge_id"] for r in ws.query("SELECT judge_id FROM sheets")}
    assert held == {ani, budi}

    # the secretariat compares the fingerprint Citra reads out, and says no first
    tab.view.setCurrentIndex(model.index(_row(tab, files[citra].name), 0))
    qtbot.mouseClick(tab.confirm_key_button, Qt.MouseButton.LeftButton)
    box = wait_shown(qtbot, QMessageBox)
    assert prints[citra] in box.informativeText() and "Citra" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert citra not in {r["judge_id"] for r in ws.query("SELECT judge_id FROM sheets")}
    # then yes: only her file is imported again, its line replaced
    qtbot.mouseClick(tab.confirm_key_button, Qt.MouseButton.LeftButton)
    box = wait_shown(qtbot, QMessageBox)
    with qtbot.waitSignal(tab.finished, timeout=60000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    again = tab.outcomes[_row(tab, files[citra].name)]
    assert again.status == "imported" and again.first_key
    assert len(tab.outcomes) == len(blocker.args[0])
    assert not tab.confirm_key_button.isEnabled()
    assert citra in {r["judge_id"] for r in ws.query("SELECT judge_id FROM sheets")}
    key = ws.query("SELECT fingerprint FROM judges WHERE id=?", (citra,))[0]["fingerprint"]
    assert key == prints[citra]
    # the same folder again: every file already held
    with qtbot.waitSignal(tab.finished, timeout=60000) as blocker:
        tab.start_score_folder(usb)
    statuses = {o.file: o.status for o in blocker.args[0]}
    assert statuses[files[ani].name] == statuses[files[citra].name] == "unchanged"


def test_older_revision_in_the_same_folder_imports_first(world, tmp_path):
    ws, info, usb, files, _prints, _t = world
    ani = info["judges"][0]
    laptop = open_workspace(tmp_path / f"laptop-{ani}")
    try:
        from judgeapp.services import sheets

        sheet = laptop.query("SELECT id FROM sheets LIMIT 1")[0]["id"]
        sheets.reopen(laptop, sheet, ani, "salah ketik")
        sheets.record_score(laptop, sheet, "ekonomi.1", "9", ani)
        sheets.finalise(laptop, sheet, ani)
        newer = scorefiles.export_scores(laptop, tmp_path / "dua")
    finally:
        laptop.close()
    stick = tmp_path / "dua"
    older = stick / "z-salinan-lama.scores.json"  # after the newer one by name
    older.write_bytes(files[ani].read_bytes())
    results = import_score_folder(ws, info["event"], stick)
    assert [r.file for r in results] == [newer.path.name, older.name]
    assert [r.status for r in results] == ["imported", "imported"]
    held = ws.query(
        "SELECT revision FROM score_files WHERE judge_id=? AND status='current'", (ani,)
    )
    assert [h["revision"] for h in held] == [newer.revision]


def test_a_missing_folder_is_refused(world, tmp_path):
    from judgeapp.services.score_folder import FolderRefused

    ws, info, *_ = world
    with pytest.raises(FolderRefused, match="tidak-ada"):
        import_score_folder(ws, info["event"], tmp_path / "tidak-ada")


def test_outcome_in_words_when_nothing_was_refused(qtbot, world, make_panel, tmp_path):
    """Seen in Indonesian: "4 berkas: 4 diimpor, 0 ditolak (tidak ada yang berubah
    untuk berkas itu)." and a Details column reading "r1200 · 1183"."""
    from PySide6.QtWidgets import QApplication

    from judgeapp.ui.language import Language

    ws, info, usb, files, prints, tampered = world
    ani, budi, _citra = info["judges"]
    clean = tmp_path / "USB-bersih"
    clean.mkdir()
    for jid in (ani, budi):
        (clean / files[jid].name).write_bytes(files[jid].read_bytes())
    language = Language(QApplication.instance())
    language.set_language("id")
    try:

        class Ev:
            pass

        ev = Ev()
        ev.ws, ev.event_id = ws, info["event"]
        p = make_panel(ev)
        p.show()
        qtbot.waitExposed(p)
        p.tabs.setCurrentWidget(p.imports)
        tab = p.imports
        with qtbot.waitSignal(tab.finished, timeout=60000) as blocker:
            qtbot.mouseClick(tab.score_folder_button, Qt.MouseButton.LeftButton)
            answer_file_dialog(qtbot, clean)
        outcomes = {o.file: o for o in blocker.args[0]}
        assert {o.status for o in outcomes.values()} == {"imported"}
        text = tab.message.text()
        assert text.startswith("2 berkas: 2 diimpor, 0 ditolak"), text
        assert "tidak ada yang berubah" not in text, text
        r = _row(tab, files[ani].name)
        o = outcomes[files[ani].name]
        detail = tab.model.text(r, 5)
        assert o.revision > 0 and o.changes > 0
        assert detail == f"revisi {o.revision}, {o.changes} perubahan", detail
    finally:
        language.set_language("en")


def test_the_reason_keeps_room_to_be_read_at_1366(qtbot, panel, world):
    """Seen at 1366×768: the columns before it took all the width, the refusal's
    reason got ~50 px and wrapped one word a line into a 200-px-tall row."""
    from judgeapp.services.judges import edit_judge

    ws, info, usb, files, prints, tampered = world
    names = (
        "Prof. Dr. Ir. Siti Nurhaliza, M.Sc.",
        "Dr. Bambang Wicaksono, M.Si.",
        "Ir. Citra Dewi",
    )
    for jid, name in zip(info["judges"], names, strict=True):
        edit_judge(ws, info["event"], jid, {"name": name})
    window = panel.window()
    window.resize(1366, 768)
    tab = panel.imports
    with qtbot.waitSignal(tab.finished, timeout=60000):
        tab.start_score_folder(usb)
    qtbot.wait(50)
    view, header = tab.view, tab.view.horizontalHeader()
    last = tab.model.columnCount() - 1
    r = _row(tab, tampered.name)
    reason = tab.model.text(r, last)
    assert len(reason) > 40, reason
    assert header.sectionSize(last) >= 300, [header.sectionSize(c) for c in range(last + 1)]
    line = view.fontMetrics().lineSpacing()
    assert view.rowHeight(r) <= 6 * line, (view.rowHeight(r), line)
    # everything fits the window: no sideways scrolling to read a line
    assert header.length() <= view.viewport().width() + 2
