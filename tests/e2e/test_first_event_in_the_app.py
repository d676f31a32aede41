"""A first event in the app alone, as a secretariat and three judges do it.

From an empty workspace, driving only the widgets, keys and menu actions
(dialogs answered by finding the one shown): the secretariat creates the event
with the set-up dialog, adds three judges, imports the regions' packages,
assigns everyone and issues the bundles to a stick; three judges' laptops
open their bundles from the menu, one sheet is scored entirely by keyboard
(the others through services.sheets, as the issue allows), each judge exports
the signed score file from the menu; the secretariat imports the stick's
folder, ranks and prints the berita acara. Then the files, the ranking
(against services.results.rank) and the berita acara's text are checked.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from kit.dialogs import answer_file_dialog, close_message, shown, wait_shown
from kit.pdf import write_pdf
from kit.qt import close_app, focus
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
REGIONS = (
    ("Kota Sukamaju", "kota", "Jawa Barat"),
    ("Kabupaten Lembah Hijau", "kabupaten", "Jawa Barat"),
    ("Kota Tepi Laut", "kota", "Jawa Barat"),
)
JUDGES = ("Dr. Ani Wijaya", "Budi Santoso, M.Si.", "Prof. Citra Lestari")
VENUE = "Hotel Savoy Homann, Bandung"
CHAIR = "Dr. Ir. Bambang Prasetyo, M.Si."


def make_package(root: Path, name: str, kind: str, province: str) -> Path:
    """A region's PPD 2023 package (two real PDFs), zipped by the package service."""
    from judgeapp.services.packages import build_package

    folder = root / name.replace(" ", "-")
    (folder / "docs").mkdir(parents=True)
    write_pdf(folder / "docs" / "profil.pdf", [f"Profil {name}", "Kemiskinan turun 7,1 persen"])
    manifest = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2023",
        "region": {"name": name, "kind": kind, "province": province},
        "title": f"Paparan {name}",
        "documents": [{"file": "docs/profil.pdf", "title": "Profil daerah", "kind": "profil"}],
    }
    (folder / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), "utf-8")
    out = root / f"{folder.name}.zip"
    build_package(folder, out)
    return out


class Opened(QObject):
    """Stands in for the desktop's PDF viewer: records what the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


@pytest.fixture
def app_window(qtbot):
    """Open a main window on a folder as the app does, report engine included."""
    from judgeapp.app import report_services
    from judgeapp.ui.language import Language
    from judgeapp.ui.main_window import MainWindow
    from judgeapp.ui.tasks import TaskRunner

    made = []

    def _open(folder: Path):
        app = QApplication.instance()
        language = Language(app)
        language.set_language("id")
        window = MainWindow(language, TaskRunner(parent=app), reports=report_services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        assert window.load_workspace(folder)
        made.append(window)
        return window

    yield _open
    for w in made:
        close_app(w)


def activate(qtbot, window) -> None:
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow)


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), k, mods)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_files(qtbot, folder: Path, names: list[str]) -> None:
    """In the shown file dialog: go to ``folder``, then choose ``names`` there."""
    dlg = wait_shown(qtbot, QFileDialog)
    edit = dlg.findChild(QLineEdit, "fileNameEdit")
    edit.setFocus()
    edit.setText(str(folder))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: Path(dlg.directory().absolutePath()).resolve() == folder.resolve(), timeout=15000
    )
    for _try in range(40):  # the dialog lists the folder's files in the background
        edit.setText(" ".join(f'"{n}"' for n in names))
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.wait(250)
        if shown(QFileDialog) is not dlg:  # closed (and deleted once it finished)
            return
    raise AssertionError(f"the file dialog did not accept {names}")


def typed_value(n: int) -> str:
    value = Decimal(500 + (n * 37) % 501) / 100
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if n % 4 == 0 else text


def score_by_keyboard(qtbot, window) -> dict[str, Decimal]:
    """The first region on the judge's home, scored and finalised by keys alone."""
    from judgeapp.ui.judge.rubric_panel import ScoreEdit, TextEdit

    home = window.home
    home.table.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Return)  # the region view
    qtbot.waitUntil(lambda: window.region is not None)
    key(qtbot, Qt.Key.Key_I, CTRL)  # start the interview
    iv = window.interview
    assert iv is not None and isinstance(focus(), ScoreEdit)
    typed: dict[str, Decimal] = {}
    n = 0
    for number, (_aspect, ind) in enumerate(iv.form.indicators(), start=1):
        for item in ind.items:
            edit = focus()
            assert isinstance(edit, ScoreEdit) and edit.key == item.id
            text = typed_value(n)
            n += 1
            qtbot.keyClicks(edit, text)
            key(qtbot, Qt.Key.Key_Return)
            typed[item.id] = Decimal(text.replace(",", "."))
        for f in ind.fields:
            if f.required:
                edit = focus()
                assert isinstance(edit, TextEdit) and (edit.target, edit.field) == (ind.id, f.id)
                qtbot.keyClicks(edit, f"{f.label} indikator {number}")
                key(qtbot, Qt.Key.Key_Tab)
        key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert iv.state.completeness.complete
    key(qtbot, Qt.Key.Key_F, CTRL | SHIFT)  # finalise and sign
    box = iv.dialog
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: iv.state.final)
    key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the region list
    qtbot.waitUntil(lambda: window.interview is None)
    return typed


def score_by_service(ws, event_id: str, judge_id: str, submission_id: str, base: int) -> None:
    """A sheet entered through services.sheets (allowed for all but one sheet)."""
    from judgeapp.services import sheets

    st = sheets.open_sheet(ws, event_id, None, judge_id, submission_id)
    for n, k in enumerate(st.form.score_keys()):
        value = Decimal(5) + Decimal((base * 131 + n * 29) % 501) / 100
        sheets.record_score(ws, st.data.id, k, format(value, "f"), judge_id)
    for m in sheets.state(ws, st.data.id).completeness.missing:
        if m.kind == "text":
            sheets.record_text(ws, st.data.id, m.key, m.field, f"{m.label} ({judge_id})", judge_id)
    sheets.finalise(ws, st.data.id, judge_id)


def test_a_first_event_entirely_in_the_app(qtbot, tmp_path, app_window):
    from judgeapp.ui.secretariat.event_dialog import EventDialog

    packages = [make_package(tmp_path / "paket", *r) for r in REGIONS]
    usb = tmp_path / "USB"
    usb.mkdir()
    back = tmp_path / "USB-kembali"
    back.mkdir()

    # ---- the secretariat: an empty workspace, File ▸ New event… ------------------------------
    sec = app_window(tmp_path / "sekretariat")
    assert sec.stack.currentWidget() is sec.first_run
    click(qtbot, sec.first_run.event_btn)
    dlg = wait_shown(qtbot, EventDialog)
    for name, text in (
        ("event-name", "PPD 2023 Provinsi Jawa Barat"),
        ("event-edition", "2023"),
        ("event-starts-on", "12-06-2024"),
        ("event-place", VENUE),
        ("chair-name", CHAIR),
        ("chair-position", "Ketua Tim Penilai"),
        ("member-name-1", "Siti Rahmawati"),
    ):
        type_into(qtbot, dlg.findChild(QLineEdit, name), text)
    click(qtbot, dlg.findChild(QPushButton, "event-save"))
    qtbot.waitUntil(lambda: not dlg.isVisible())
    panel = sec.secretariat
    assert sec.stack.currentWidget() is panel
    eid = panel.event_id

    # three judges, typed into the judges page (Enter adds)
    panel.tabs.setCurrentWidget(panel.setup)
    panel.setup.setCurrentWidget(panel.setup.judges)
    page = panel.setup.judges
    for name in JUDGES:
        type_into(qtbot, page.name, name)
        qtbot.keyClick(page.name, Qt.Key.Key_Return)
        assert page.message.kind == "ok", page.message.text()
    assert page.model.rowCount() == 3

    # the regions' packages, chosen in the file dialog
    imports = panel.imports
    panel.tabs.setCurrentWidget(imports)
    with qtbot.waitSignal(imports.finished, timeout=120000) as done:
        click(qtbot, imports.packages_button)
        answer_files(qtbot, packages[0].parent, [p.name for p in packages])
    assert [o.status for o in done.args[0]] == ["imported"] * 3, done.args[0]

    # everyone assigned everywhere, then the bundles to the stick
    panel.tabs.setCurrentWidget(panel.setup)
    panel.setup.setCurrentWidget(panel.setup.matrix)
    click(qtbot, panel.setup.matrix.fill_all)
    assert "9" in panel.setup.matrix.summary.text()
    panel.setup.setCurrentWidget(panel.setup.bundles)
    bpage = panel.setup.bundles
    type_into(qtbot, bpage.folder, str(usb))
    click(qtbot, bpage.issue)
    confirm = wait_shown(qtbot, QMessageBox)
    with qtbot.waitSignal(bpage.issued, timeout=120000) as issued:
        click(qtbot, confirm.button(QMessageBox.StandardButton.Ok))
    bundles_written = sorted(Path(p) for p in issued.args[0])
    assert len(bundles_written) == 3 and all(p.parent == usb for p in bundles_written)
    close_message(qtbot)

    # ---- three judges' laptops -----------------------------------------------------------------
    keyboard_sheet: dict[str, Decimal] = {}
    exported: list[str] = []
    for j, bundle in enumerate(bundles_written):
        jw = app_window(tmp_path / f"laptop-{j}")
        assert jw.stack.currentWidget() is jw.first_run
        jw.act_bundle.trigger()  # Berkas ▸ Buka bundel juri…
        answer_file_dialog(qtbot, bundle)
        qtbot.waitUntil(lambda jw=jw: jw.home.model.rowCount() == 3, timeout=30000)
        assert jw.stack.currentWidget() is jw.home
        from judgeapp.services.bundles import judge_identity

        _eid, jid = judge_identity(jw.ws)
        subs = [r.submission_id for r in jw.home.model.rows]
        start = 0
        if j == 0:
            keyboard_sheet = score_by_keyboard(qtbot, jw)
            kb_judge, kb_sub = jid, subs[0]
            start = 1
        for s, sub in enumerate(subs[start:], start=start):
            score_by_service(jw.ws, eid, jid, sub, j * 3 + s)
        with qtbot.waitSignal(jw.export_done, timeout=60000) as blocker:
            jw.act_export.trigger()  # Berkas ▸ Ekspor berkas nilai…
            answer_file_dialog(qtbot, back)
        exported.append(blocker.args[0])
        box = close_message(qtbot)
        assert blocker.args[0] in box.property("seen_text")
        close_app(jw)

    # ---- the secretariat: the stick's folder, the ranking, the berita acara -----------------
    activate(qtbot, sec)
    panel = sec.secretariat  # its tabs were rebuilt when a laptop's window set the language
    imports = panel.imports
    panel.tabs.setCurrentWidget(imports)
    with qtbot.waitSignal(imports.finished, timeout=120000) as done:
        click(qtbot, imports.score_folder_button)
        answer_file_dialog(qtbot, back)
    outcomes = done.args[0]
    assert sorted(o.file for o in outcomes) == sorted(Path(p).name for p in exported)
    assert all(o.status == "imported" and o.first_key and o.fingerprint for o in outcomes)

    panel.tabs.setCurrentWidget(panel.ranking)
    with qtbot.waitSignal(panel.ranking.loaded, timeout=120000):
        click(qtbot, panel.ranking.recompute)
    shown = [
        [panel.ranking.ranking_model.text(r, c) for c in range(4)]
        for r in range(panel.ranking.ranking_model.rowCount())
    ]

    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        reports = panel.reports
        panel.tabs.setCurrentWidget(reports)
        reports.kinds.setFocus()
        while reports.kind() != "minutes":
            qtbot.keyClick(reports.kinds, Qt.Key.Key_Down)
        with qtbot.waitSignal(reports.rendered, timeout=180000) as rendered:
            click(qtbot, reports.open_button)
        qtbot.waitUntil(lambda: bool(opened.urls))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    minutes = Path(rendered.args[0])

    # ---- checks: files, ranking, berita acara ------------------------------------------------------
    from pypdf import PdfReader

    from judgeapp.domain.ids import SheetPlace
    from judgeapp.domain.scoring import score_sheet
    from judgeapp.services import events as event_service
    from judgeapp.services import results, scorefiles
    from judgeapp.services import sheets as sheet_service

    ws = sec.ws
    for path in exported:
        check = scorefiles.verify_file(path, ws, eid)
        assert check.ok, check.failure
    assert opened.urls == [str(minutes)] and minutes.read_bytes().startswith(b"%PDF-")
    held = ws.query("SELECT judge_id, status FROM sheets WHERE event_id=?", (eid,))
    assert len(held) == 9 and {h["status"] for h in held} == {"final"}
    ranking = results.rank(ws, eid)
    expected = [
        [r.category, "" if r.rank is None else str(r.rank), r.region, r.score_text()]
        for r in ranking.rows
    ]
    # the app shows the decimal comma (Indonesian); the service's text has the point
    assert [[*r[:3], r[3].replace(",", ".")] for r in shown] == expected
    assert len(shown) == 3 and all("," in r[3] for r in shown)
    # the sheet typed on the keyboard reached the secretariat exactly as typed
    stage = event_service.get_event(ws, eid).stages[0].id
    st = sheet_service.state(
        ws, sheet_service.sheet_id_for(ws, SheetPlace(eid, stage, kb_judge, kb_sub))
    )
    assert st.final and len(keyboard_sheet) == len(st.form.score_keys())
    assert score_sheet(st.form, keyboard_sheet).total == st.result.total

    # the berita acara: the panel, then the event's date, venue and chair
    text = " ".join(
        "\n".join(page.extract_text() or "" for page in PdfReader(str(minutes)).pages).split()
    )
    assert "BERITA ACARA" in text and "PPD 2023 Provinsi Jawa Barat" in text
    for name in JUDGES:
        assert name in text
    assert f"Tempat {VENUE}" in text
    assert "12 Juni 2024" in text
    assert CHAIR in text and "Ketua Tim Penilai" in text
