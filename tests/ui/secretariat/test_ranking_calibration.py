"""Ranking › Judge calibration shows exactly ``services.results.calibration``:
each judge's mean and spread against the panel, τ and ρ, the flags beyond the
form's thresholds — in the table the secretariat reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from judgeapp.services import results, setup
from judgeapp.ui.numbers import fmt
from judgeapp.ui.secretariat.ranking_calibration import ratio, signed


@pytest.fixture
def lenient_event(mini_event, enter_scores):
    """Ani scores every region 0.8 points above Budi and Citra."""
    ev = mini_event
    setup.fill(ev.ws, ev.event_id)
    base = [8, 7, 9, 6]
    for j, judge in enumerate(ev.judges):
        for s, sub in enumerate(ev.submissions):
            v = base[s] + (0.8 if j == 0 else 0) + (0.25 if j == 2 and s == 1 else 0)
            enter_scores(ev, judge, sub, [min(v, 10)] * 5)
    return ev


def _open(qtbot, make_panel, ev):
    panel = make_panel(ev)
    with qtbot.waitSignal(panel.ranking.loaded, timeout=30000):
        panel.tabs.setCurrentWidget(panel.ranking)
    tab = panel.ranking
    tab.inner.setCurrentWidget(tab.calibration_view)
    return tab


def test_calibration_table_equals_the_service(qtbot, make_panel, scored_event):
    tab = _open(qtbot, make_panel, scored_event)
    (stage,) = results.calibration(scored_event.ws, scored_event.event_id)
    names = {j.id: j.name for j in setup.list_judges(scored_event.ws, scored_event.event_id)}
    m = tab.calibration_view.model
    assert m.rowCount() == len(stage.judges) == 3
    expected = sorted(stage.judges, key=lambda c: names[c.judge])
    d = stage.decimals
    for i, c in enumerate(expected):
        assert m.text(i, 1) == names[c.judge]
        assert m.text(i, 2) == str(c.scored) and m.text(i, 3) == str(c.shared)
        assert m.text(i, 4) == fmt(c.mean, d)
        assert m.text(i, 5) == fmt(c.panel_mean, d)
        assert m.text(i, 6) == signed(c.difference, d)
        assert m.text(i, 7) == fmt(c.sd, d)
        assert m.text(i, 9) == ratio(c.tau) and m.text(i, 10) == ratio(c.rho)


def test_a_lenient_judge_is_flagged_and_explained(qtbot, make_panel, lenient_event):
    ev = lenient_event
    tab = _open(qtbot, make_panel, ev)
    m = tab.calibration_view.model
    rows = {m.text(i, 1): i for i in range(m.rowCount())}
    ani = rows["Ani Wijaya"]
    (stage,) = results.calibration(ev.ws, ev.event_id)
    mine = {c.judge: c for c in stage.judges}[ev.judges[0]]
    assert mine.flags == ("lenient",)
    assert m.text(ani, 6).startswith("+") and m.text(ani, 11) == "lenient"
    background = Qt.ItemDataRole.BackgroundRole
    assert m.index(ani, 1).data(background) is not None  # the row is marked
    budi = rows["Budi Santoso"]
    assert m.index(budi, 1).data(background) is None
    assert m.text(budi, 6).startswith("−") and m.text(budi, 11) == ""
    notes = tab.calibration_view.notes.text()
    assert "1 judge(s) flagged" in notes
    assert fmt(stage.thresholds.difference) in notes
    assert "z-score" in notes


def test_calibration_in_indonesian(qtbot, make_panel, lenient_event):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from judgeapp.resources import translations_dir

    app = QCoreApplication.instance()
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "secretariat_id.qm"))
    app.installTranslator(translator)
    try:
        tab = _open(qtbot, make_panel, lenient_event)
        inner = [tab.inner.tabText(i) for i in range(tab.inner.count())]
        assert inner[-1] == "Kalibrasi juri"
        m = tab.calibration_view.model
        rows = {m.text(i, 1): i for i in range(m.rowCount())}
        assert m.text(rows["Ani Wijaya"], 11) == "longgar"
        assert "1 juri ditandai" in tab.calibration_view.notes.text()
    finally:
        app.removeTranslator(translator)
