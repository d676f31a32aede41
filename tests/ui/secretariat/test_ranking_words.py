"""The ranking screen names the tie-break rules in words and shows numbers with
the language's decimal mark, never rule ids such as ``aspect:capaian``."""

from __future__ import annotations

import json

import pytest

LADDER = ["aspect:capaian", "spread"]


@pytest.fixture
def tie_panel(qtbot, mini_event, enter_scores, make_panel):
    """Kota Alpha and Kota Beta equal on the total, Beta ahead on Pencapaian."""
    from judgeapp.services import setup

    ev = mini_event
    with ev.ws.transaction():
        ev.ws.conn.execute(
            "UPDATE events SET settings=? WHERE id=?",
            (json.dumps({"tie_break": LADDER}), ev.event_id),
        )
    setup.fill(ev.ws, ev.event_id)
    values = {
        "Kota Alpha": [8, 8, 8, 8, 8],
        "Kota Beta": [9, 9, 8, 7, 7],
        "Kota Gamma": [7, 7.25, 7, 7, 7],
        "Kabupaten Delta": [6, 6, 6, 6, 6],
    }
    from judgeapp.store import submissions as store_submissions

    names = {s.id: s.region for s in store_submissions.current_submissions(ev.ws, ev.event_id)}
    for judge in ev.judges:
        for sub in ev.submissions:
            enter_scores(ev, judge, sub, values[names[sub]])

    from PySide6.QtWidgets import QApplication

    from judgeapp.ui.language import Language

    language = Language(QApplication.instance())

    def make(lang: str):
        language.set_language(lang)
        panel = make_panel(ev)
        with qtbot.waitSignal(panel.ranking.loaded, timeout=20000):
            panel.tabs.setCurrentWidget(panel.ranking)
        return panel.ranking

    yield make
    language.set_language("en")


def row_of(tab, region: str) -> int:
    m = tab.ranking_model
    return next(i for i in range(m.rowCount()) if m.text(i, 2) == region)


def test_trail_and_ladder_in_indonesian_words(tie_panel):
    tab = tie_panel("id")
    notes = tab.ranking_model.text(row_of(tab, "Kota Beta"), 6)
    assert "di atas Kota Alpha menurut aspek Pencapaian (8,6667 lawan 8,0000)" in notes, notes
    assert "aspect:" not in notes
    assert "Urutan penentu seri: aspek Pencapaian → sebaran nilai" in tab.notes.text()
    assert "aspect:capaian" not in tab.notes.text()


def test_trail_and_ladder_in_english_words(tie_panel):
    tab = tie_panel("en")
    notes = tab.ranking_model.text(row_of(tab, "Kota Alpha"), 6)
    assert "behind Kota Beta on aspect Pencapaian (8.0000 vs 8.6667)" in notes, notes
    assert "aspect:" not in notes
    assert "Tie-break ladder: aspect Pencapaian → spread of scores" in tab.notes.text()


@pytest.mark.parametrize(
    ("lang", "beta", "gamma"), [("id", "8,0000", "7,0500"), ("en", "8.0000", "7.0500")]
)
def test_scores_shown_with_the_languages_decimal_mark(tie_panel, lang, beta, gamma):
    tab = tie_panel(lang)
    m = tab.ranking_model
    assert m.text(row_of(tab, "Kota Beta"), 3) == beta
    assert m.text(row_of(tab, "Kota Gamma"), 3) == gamma
    sens = tab.sensitivity_model
    shown = [sens.text(i, 3) for i in range(sens.rowCount())]
    assert beta in shown and gamma in shown


def test_a_moderated_value_is_named_by_its_indicator_title(
    qtbot, mini_event, enter_scores, make_panel
):
    from judgeapp.services import setup
    from judgeapp.services.moderation import record_moderation

    ev = mini_event
    setup.fill(ev.ws, ev.event_id)
    for judge in ev.judges:
        for sub in ev.submissions:
            enter_scores(ev, judge, sub, [8, 8, 8, 8, 8])
    record_moderation(
        ev.ws, ev.event_id, ev.stage_id, ev.submissions[0], "output", "9", "Disepakati", ["Ani"]
    )
    panel = make_panel(ev)
    with qtbot.waitSignal(panel.ranking.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.ranking)
    tab = panel.ranking
    notes = [tab.ranking_model.text(i, 6) for i in range(tab.ranking_model.rowCount())]
    # the panel's widgets speak English here (no catalogue installed), numbers Indonesian
    assert sum("moderated Output Inovasi: 9,0000 (was 8,0000)" in n for n in notes) == 1, notes
    assert not any("moderated output:" in n for n in notes)
