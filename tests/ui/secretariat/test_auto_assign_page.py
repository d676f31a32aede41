"""Set-up › Automatic assignment, driven through its widgets: judges' profiles
typed into the table, the preview solved in the background (nothing written),
accept (one transaction, one history row), discard, cancel, the refusal when
the rules cannot hold, and a preview gone stale."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from judgeapp.services import assignment, setup


def _assigned(ev):
    return {
        k for k, v in setup.assignment_matrix(ev.ws, ev.event_id).cells.items() if v == "assigned"
    }


def _history(ev):
    return ev.ws.query("SELECT * FROM history WHERE action='auto-assign' ORDER BY id")


@pytest.fixture
def page(qtbot, mini_event, make_panel):
    panel = make_panel(mini_event)
    panel.tabs.setCurrentWidget(panel.setup)
    panel.setup.setCurrentWidget(panel.setup.auto)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel.setup.auto


def _type_into(qtbot, view, row: int, column: int, text: str) -> None:
    """Select a cell, type over it and press Enter — as a person would."""
    from PySide6.QtWidgets import QLineEdit

    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == view.State.EditingState
    (editor,) = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=5000)
    qtbot.wait(10)


def _preview(qtbot, page):
    with qtbot.waitSignal(page.previewed, timeout=30000):
        page.preview_button.click()


def test_profiles_typed_in_the_table_reach_the_service(qtbot, page, mini_event):
    ev = mini_event
    page.inner.setCurrentIndex(1)
    names = [page.profiles.text(r, 0) for r in range(page.profiles.rowCount())]
    ani = names.index("Ani Wijaya")
    _type_into(qtbot, page.profile_view, ani, 2, "Jawa Barat")
    _type_into(qtbot, page.profile_view, ani, 4, "2")
    _type_into(qtbot, page.profile_view, ani, 5, "kota, kabupaten")
    prof = {p.name: p for p in assignment.judge_profiles(ev.ws, ev.event_id)}["Ani Wijaya"]
    assert (prof.province, prof.capacity, prof.expertise) == (
        "Jawa Barat",
        2,
        ("kabupaten", "kota"),
    )
    assert page.message.kind == "ok"
    # a capacity that is not a number is refused in place and nothing changes
    _type_into(qtbot, page.profile_view, ani, 4, "dua")
    assert page.message.kind == "error" and "dua" in page.message.text()
    prof = {p.name: p for p in assignment.judge_profiles(ev.ws, ev.event_id)}["Ani Wijaya"]
    assert prof.capacity == 2
    assert page.profiles.text(ani, 4) == "2"


def test_preview_writes_nothing_then_accept_writes_once(qtbot, page, mini_event):
    ev = mini_event
    by_name = {p.name: p.id for p in assignment.judge_profiles(ev.ws, ev.event_id)}
    assignment.set_judge_profile(ev.ws, ev.event_id, by_name["Ani Wijaya"], province="Jawa Barat")
    assignment.set_judge_profile(ev.ws, ev.event_id, by_name["Budi Santoso"], province="Bali")
    page.refresh()
    page.per_submission.setValue(2)
    page.province.setChecked(True)
    _preview(qtbot, page)
    assert _assigned(ev) == set() and _history(ev) == []
    m = page.matrix
    assert m.rowCount() == 3 and m.columnCount() == m.LEAD + 4
    prev = page.current
    assert prev is not None and len(prev.proposal.pairs) == 8
    # the matrix shows what the preview holds, and each judge's load
    for r in range(m.rowCount()):
        jid = m._judges[r].id
        assert m.index(r, 0).data() == str(m.load_of(jid).load)
        for c in range(m.LEAD, m.columnCount()):
            shown = m.index(r, c).data()
            assert (shown == "+") == (m.pair(r, c) in prev.proposal.pairs)
    # no judge on their own province
    province = {s.id: s.province for s in prev.submissions}
    assert (
        by_name["Ani Wijaya"],
        next(k for k, v in province.items() if v == "Jawa Barat"),
    ) not in (prev.proposal.pairs)
    assert "8" in page.summary.text() and page.accept_button.isEnabled()
    with qtbot.waitSignal(page.accepted, timeout=30000):
        page.accept_button.click()
    assert _assigned(ev) == set(prev.proposal.pairs)
    (row,) = _history(ev)
    assert json.loads(row["new"])["avoid_same_province"] is True
    assert page.message.kind == "ok" and not page.accept_button.isEnabled()
    # the manual matrix tab shows the same cells
    tab = page.parent()
    while tab is not None and not hasattr(tab, "matrix"):
        tab = tab.parent()
    tab.setCurrentWidget(tab.matrix)
    assert tab.matrix.model.matrix.assigned == set(prev.proposal.pairs)


def test_discard_writes_nothing(qtbot, page, mini_event):
    page.per_submission.setValue(1)
    _preview(qtbot, page)
    assert page.discard_button.isEnabled()
    page.discard_button.click()
    assert page.current is None and page.matrix.rowCount() == 0
    assert not page.accept_button.isEnabled()
    assert _assigned(mini_event) == set() and _history(mini_event) == []


def test_rules_that_cannot_hold_are_named_and_nothing_is_written(qtbot, page, mini_event):
    page.per_submission.setValue(4)  # three judges only
    _preview(qtbot, page)
    assert page.current is None and not page.accept_button.isEnabled()
    assert page.message.kind == "error"
    assert "4 juri" in page.message.text() and "3 juri" in page.message.text()
    assert _assigned(mini_event) == set() and _history(mini_event) == []


def test_cancel_reports_nothing(qtbot, page, mini_event, make_panel):
    page.per_submission.setValue(2)
    page.preview_button.click()
    assert page.cancel_button.isEnabled() and not page.preview_button.isEnabled()
    page.cancel_button.click()
    runner = page.ctx.runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=30000)
    runner.wait(30000)
    qtbot.wait(50)
    assert page.current is None and page.matrix.rowCount() == 0
    assert page.preview_button.isEnabled() and not page.accept_button.isEnabled()
    assert _assigned(mini_event) == set()


def test_a_stale_preview_is_refused_on_accept(qtbot, page, mini_event):
    ev = mini_event
    page.per_submission.setValue(1)
    _preview(qtbot, page)
    setup.set_assignment(ev.ws, ev.event_id, ev.judges[0], ev.submissions[0])  # changed since
    before = _assigned(ev)
    page.accept_button.click()
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=30000)
    assert "pratinjau" in page.message.text()
    assert _assigned(ev) == before and _history(ev) == []


def _mnemonics(page) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = []
    for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        text = w.text().replace("&&", "")
        if "&" in text and text.index("&") + 1 < len(text):
            out.append(text[text.index("&") + 1].casefold())
    return out


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_accelerator_of_the_page_is_unique(qtbot, mini_event, make_panel, lang):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from judgeapp.resources import translations_dir

    app = QCoreApplication.instance()
    translator = QTranslator()
    if lang == "id":
        assert translator.load(str(translations_dir() / "secretariat_id.qm"))
        app.installTranslator(translator)
    try:
        panel = make_panel(mini_event)
        keys = _mnemonics(panel.setup.auto)
        assert len(keys) >= 12
        assert len(keys) == len(set(keys)), sorted(keys)
    finally:
        app.removeTranslator(translator)


def test_indonesian_words_for_a_submission_match_the_submissions_tab(qtbot, mini_event, make_panel):
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QLabel

    from judgeapp.resources import translations_dir

    app = QCoreApplication.instance()
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "secretariat_id.qm"))
    app.installTranslator(translator)
    try:
        panel = make_panel(mini_event)
        panel.tabs.setCurrentWidget(panel.submissions)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: bool(panel.submissions.count.text()), timeout=5000)
        word = panel.submissions.count.text().split()[-1]  # "3 peserta"
        assert word == "peserta", panel.submissions.count.text()
        page = panel.setup.auto
        panel.tabs.setCurrentWidget(panel.setup)
        panel.setup.setCurrentWidget(page)
        labels = [w.text() for w in page.findChildren(QLabel) if w.buddy() is page.per_submission]
        assert labels == [f"&Juri per {word}:"]
        assert page.per_submission.accessibleName() == f"Juri per {word}"
        assert f"Setiap {word} mendapat" in page.summary.text()
        page.per_submission.setValue(2)
        _preview(qtbot, page)
        n = len(page.current.submissions)
        assert f"{n} {word} × 2 juri = {2 * n} penugasan" in page.summary.text()
        texts = " ".join(w.text() for w in page.findChildren(QLabel))
        assert "berkas" not in texts, texts
    finally:
        app.removeTranslator(translator)
