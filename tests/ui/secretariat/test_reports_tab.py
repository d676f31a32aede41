"""A report rendered from the panel, off the UI thread, is a real PDF."""

from __future__ import annotations

import threading

import pytest

from judgeapp.domain.scoring import fmt
from judgeapp.reports import render_report
from judgeapp.reports.xlsx import export_xlsx
from judgeapp.services import results
from judgeapp.ui.secretariat.reports_tab import ReportServices


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def panel(qtbot, scored_event, make_panel):
    threads: list[str] = []

    def render(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return render_report(*args, **kwargs)

    p = make_panel(
        scored_event,
        reports=ReportServices(render=render, export_xlsx=export_xlsx),
    )
    p.render_threads = threads
    p.tabs.setCurrentWidget(p.reports)
    yield p


def test_ranking_report_renders_off_thread(panel, scored_event, qtbot, tmp_path):
    tab = panel.reports
    tab.select_kind("ranking")
    tab.lang.setCurrentIndex(tab.lang.findData("en"))  # decimals with a point, as the view
    out = tmp_path / "ranking.pdf"
    progress: list[int] = []
    tab.progress.bar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(tab.rendered, timeout=120000) as blocker:
        tab.render_to(out)
    assert blocker.args == [str(out)]
    assert panel.render_threads and panel.render_threads[0] != threading.main_thread().name
    assert progress and max(progress) == 100
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    text = pdf_text(out)
    ranking = results.rank(scored_event.ws, scored_event.event_id)
    for row in ranking.rows:
        assert row.region in text
        assert fmt(row.score, ranking.decimals) in text
    assert tab.message.kind == "ok"
    qtbot.waitUntil(tab.open_button.isEnabled, timeout=5000)  # ready for the next one


def test_refusal_is_shown(panel, qtbot, tmp_path):
    tab = panel.reports
    tab.select_kind("sheet")
    tab.judge.addItem("nobody", "no-such-judge")
    tab.judge.setCurrentIndex(tab.judge.count() - 1)
    out = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(tab.failed, timeout=60000):
        tab.render_to(out)
    assert tab.message.kind == "error"
    assert not out.exists()


def test_without_engine_the_buttons_are_off(qtbot, scored_event, make_panel):
    p = make_panel(scored_event)
    p.tabs.setCurrentWidget(p.reports)
    assert not p.reports.open_button.isEnabled()
    assert p.reports.message.kind == "error"


def test_excel_export(panel, scored_event, qtbot, tmp_path):
    from openpyxl import load_workbook

    tab = panel.reports
    tab.select_kind("xlsx")
    assert not tab.judge.isEnabled() and tab.open_button.isEnabled()
    out = tmp_path / "rekap.xlsx"
    with qtbot.waitSignal(tab.rendered, timeout=120000):
        tab.render_to(out)
    wb = load_workbook(out)
    cells = {str(c.value) for sheet in wb.worksheets for row in sheet.iter_rows() for c in row}
    for sub in scored_event.submissions:
        region = scored_event.ws.query_one(
            "SELECT r.name FROM submissions s JOIN regions r ON r.id=s.region_id WHERE s.id=?",
            (sub,),
        )["name"]
        assert region in cells


def test_progress_board_asks_for_the_sheet_of_a_cell(panel, scored_event, qtbot, tmp_path):
    ev = scored_event
    with qtbot.waitSignal(panel.progress.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.progress)
    view = panel.progress.view
    view.setCurrentIndex(panel.progress.model.index(1, 2))
    panel.progress.sheet_button.click()
    tab = panel.reports
    assert panel.tabs.currentWidget() is tab
    assert tab.kind() == "sheet"
    assert tab.judge.currentData() == ev.judges[1]
    assert tab.submission.currentData() == ev.submissions[2]
    out = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(tab.rendered, timeout=120000):
        tab.render_to(out)
    text = pdf_text(out)
    assert "Budi Santoso" in text and "Kota Beta" in text


def test_ranking_screen_asks_for_the_ranking_report(panel, qtbot):
    with qtbot.waitSignal(panel.ranking.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.ranking)
    panel.ranking.print_button.click()
    assert panel.tabs.currentWidget() is panel.reports
    assert panel.reports.kind() == "ranking"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_long_rendering_shows_its_parts_and_can_be_stopped(
    scored_event, make_panel, qtbot, tmp_path, workers
):
    """The progress strip names the parts (or pages) laid out; Stop ends the
    rendering: no file, no worker left, the buttons back."""
    import multiprocessing

    from judgeapp.reports import parts

    reached, clicked = threading.Event(), threading.Event()

    def render(*args, **kwargs):
        shown = kwargs["progress"]

        def progress(fraction, message):
            shown(fraction, message)
            if message.startswith(("pdf ", "page ")) and not reached.is_set():
                reached.set()
                clicked.wait(30)  # hold the rendering here until Stop was pressed

        kwargs["progress"] = progress
        return render_report(*args, **{**kwargs, "workers": workers})

    old = parts.MIN_SECTIONS
    parts.MIN_SECTIONS = 2
    try:
        panel = make_panel(scored_event, reports=ReportServices(render=render))
        panel.tabs.setCurrentWidget(panel.reports)
        tab = panel.reports
        tab.select_kind("blank")
        tab.lang.setCurrentIndex(tab.lang.findData("en"))
        out = tmp_path / "out" / "blank.pdf"
        out.parent.mkdir()
        tab.render_to(out)
        assert tab.cancel_button.isVisibleTo(tab)
        qtbot.waitUntil(reached.is_set, timeout=120000)
        qtbot.waitUntil(lambda: "laid out" in tab.progress.label.text(), timeout=10000)
        assert not tab.open_button.isEnabled()
        tab.cancel_button.click()
        clicked.set()
        assert not tab.cancel_button.isVisibleTo(tab)
        assert "no file was written" in tab.message.text()
        qtbot.waitUntil(lambda: not panel.runner.busy, timeout=60000)
        qtbot.waitUntil(tab.open_button.isEnabled, timeout=5000)
        assert list(out.parent.iterdir()) == []
        qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=10000)
    finally:
        parts.MIN_SECTIONS = old


@pytest.mark.parametrize(
    ("lang", "kind", "word"),
    [
        ("id", "minutes", "berita-acara-"),
        ("id", "sheet", "lembar-penilaian-"),
        ("id", "xlsx", "rekap-nilai-"),
        ("en", "minutes", "minutes-"),
        ("en", "feedback", "feedback-letters-"),
    ],
)
def test_save_as_suggests_a_file_name_in_the_reports_language(panel, qtbot, lang, kind, word):
    """Seen: the berita acara in Indonesian was offered as "minutes-….pdf"."""
    from kit.dialogs import shown
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    tab = panel.reports
    tab.select_kind(kind)
    tab.lang.setCurrentIndex(tab.lang.findData(lang))
    seen: list[str] = []

    def read_and_cancel() -> None:
        dlg = shown(QFileDialog)
        if dlg is None:
            QTimer.singleShot(50, read_and_cancel)
            return
        seen.append(dlg.findChild(QLineEdit, "fileNameEdit").text())
        dlg.reject()

    QTimer.singleShot(50, read_and_cancel)
    assert tab.save_button.isEnabled()
    tab.save_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    name = seen[0]
    assert name.startswith(word), name
    assert panel.ctx.event_id in name
    assert name.endswith(".xlsx" if kind == "xlsx" else ".pdf")
