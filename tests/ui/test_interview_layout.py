"""The interview screen on a 1366×768 laptop: F6 gives the document the room
to be read and gives it back to the rubric to score, without losing a thing
typed; the judge's splitter widths and layout come back next session; the
rubric tree shows every indicator's full name."""

from __future__ import annotations

import pytest
from kit.qt import focus
from PySide6.QtCore import Qt

from judgeapp import settings
from judgeapp.services import sheets as svc
from judgeapp.ui.judge.interview import READ, SCORE
from judgeapp.ui.judge.rubric_panel import ScoreEdit, TextEdit

pytestmark = pytest.mark.gui


def interview(qtbot, judge_world, open_app, lang="id"):
    w = open_app(judge_world.folder, lang)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.resize(1366, 768)
    assert w.home.choose_judge(judge_world.judge)
    w.open_interview(judge_world.submissions[1])
    iv = w.interview
    qtbot.waitUntil(lambda: iv.viewer.page_total() > 0, timeout=10000)
    qtbot.wait(50)
    return w, iv


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, mods)


def stored(w, iv):
    return svc.state(w.ws, iv.sid).data


@pytest.mark.parametrize("lang", ["id", "en"])
def test_f6_gives_the_document_the_room_then_the_rubric(qtbot, judge_world, open_app, lang):
    w, iv = interview(qtbot, judge_world, open_app, lang)
    assert iv.mode == SCORE and iv.tree.isVisible()
    assert "F6" in iv.layout_btn.text() and iv.layout_btn.isVisible()
    scoring_text = iv.layout_btn.text()
    doc_scoring = iv.viewer.width()
    page_scoring = iv.viewer.view.viewport().width()
    assert isinstance(focus(), ScoreEdit)
    press(qtbot, Qt.Key.Key_F6)  # from a score box
    assert iv.mode == READ
    qtbot.waitUntil(lambda: iv.viewer.width() > doc_scoring)
    assert not iv.tree.isVisible()
    assert iv.viewer.width() >= 0.55 * iv.splitter.width()  # the document has the room
    assert iv.viewer.view.viewport().width() > 1.5 * page_scoring
    assert iv.panel_area.isVisible()  # the indicator and its score boxes stay at hand
    assert iv.viewer.isAncestorOf(focus())  # arrow keys and PgDown scroll the page
    assert iv.layout_btn.text() != scoring_text and "F6" in iv.layout_btn.text()
    doc_reading = iv.viewer.width()
    press(qtbot, Qt.Key.Key_F6)
    assert iv.mode == SCORE and iv.tree.isVisible()
    qtbot.waitUntil(lambda: iv.viewer.width() < doc_reading - 200)
    assert iv.tree.width() >= 250 and iv.tree.width() + iv.panel_area.width() > iv.viewer.width()
    assert isinstance(focus(), ScoreEdit)
    iv.layout_btn.click()  # the button does the same
    assert iv.mode == READ


def test_switching_loses_nothing_typed(qtbot, judge_world, open_app):
    w, iv = interview(qtbot, judge_world, open_app)
    keys = list(iv.panel.rows)
    first, second = iv.panel.rows[keys[0]].edit, iv.panel.rows[keys[1]].edit
    assert focus() is first
    qtbot.keyClicks(first, "8,5")  # typed, not yet confirmed with Enter
    press(qtbot, Qt.Key.Key_F6)
    assert iv.mode == READ
    assert str(stored(w, iv).scores[keys[0]]) == "8.5"  # committed on leaving the box
    assert first.text() == "8,5"  # shown as typed, with the decimal comma
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is first  # back where the judge was
    # a refused value stays in its box, with the reason, through both switches
    press(qtbot, Qt.Key.Key_Tab)
    assert focus() is second
    qtbot.keyClicks(second, "11")
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is second and second.text() == "11"
    assert keys[1] not in stored(w, iv).scores
    assert iv.panel.rows[keys[1]].error.isVisibleTo(iv.panel)
    second.clear()
    # a text field: typed, switched away, switched back
    edit = next(e for (_t, f), e in iv.panel.texts.items() if f != "note")
    edit.setFocus()
    qtbot.keyClicks(edit, "Program unggulan terukur")
    press(qtbot, Qt.Key.Key_F6)
    texts = stored(w, iv).texts
    assert texts[(edit.target, edit.field)] == "Program unggulan terukur"
    press(qtbot, Qt.Key.Key_F6)
    assert focus() is edit and isinstance(edit, TextEdit)
    assert edit.toPlainText() == "Program unggulan terukur"


def test_layout_and_splitter_widths_come_back_next_session(qtbot, judge_world, open_app):
    w, iv = interview(qtbot, judge_world, open_app)
    iv.splitter.moveSplitter(700, 1)  # the judge drags the document wider (scoring)
    qtbot.waitUntil(lambda: settings.load().get("ui.interview.score_sizes") != "")
    dragged = iv.splitter.sizes()
    press(qtbot, Qt.Key.Key_F6)
    iv.splitter.moveSplitter(1000, 2)  # … and in the reading layout
    qtbot.waitUntil(lambda: settings.load().get("ui.interview.read_sizes") != "")
    read_sizes = iv.splitter.sizes()
    iv.leave()
    qtbot.waitUntil(lambda: w.interview is None)
    saved = settings.load()
    assert saved.get("ui.interview.layout") == READ
    assert [int(n) for n in saved.get("ui.interview.score_sizes").split(",")] == dragged
    # a new session: the app starts again and the judge opens the sheet
    w.open_interview(judge_world.submissions[1])
    iv = w.interview
    qtbot.wait(50)
    assert iv.mode == READ and not iv.tree.isVisible()
    assert abs(iv.splitter.sizes()[0] - read_sizes[0]) <= 2
    press(qtbot, Qt.Key.Key_F6)
    assert iv.mode == SCORE
    assert all(abs(a - b) <= 2 for a, b in zip(iv.splitter.sizes(), dragged, strict=True))


def test_every_indicator_name_is_shown_whole(qtbot, judge_world, open_app):
    from PySide6.QtCore import QModelIndex

    w, iv = interview(qtbot, judge_world, open_app)
    model, tree = iv.model, iv.tree
    titles = {ind.id: ind.title for _a, ind in iv.form.indicators()}
    heights = {}

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            idx = model.index(r, 0, parent)
            node = model.node(idx)
            if node.kind == "indicator":
                assert model.data(idx, Qt.ItemDataRole.ToolTipRole) == titles[node.ident]
                assert titles[node.ident] in model.data(idx)
                heights[node.ident] = tree.visualRect(idx).height()
            walk(idx)

    walk(QModelIndex())
    assert set(heights) == set(titles)
    font = tree.fontMetrics()
    width = tree.columnWidth(0)
    one_line = min(heights.values())
    for ind_id, title in titles.items():
        if font.horizontalAdvance(title) > 1.2 * width:  # longer than the column: wrapped
            assert heights[ind_id] >= one_line + font.height() * 0.75, title
