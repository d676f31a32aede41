"""The ranking view shows exactly the numbers of ``services.results``."""

from __future__ import annotations

import pytest

from judgeapp.services import results
from judgeapp.ui.numbers import fmt, shown
from judgeapp.ui.secretariat.ranking_tab import statistic_name


@pytest.fixture
def tab(qtbot, scored_event, make_panel):
    panel = make_panel(scored_event)
    with qtbot.waitSignal(panel.ranking.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.ranking)
    yield panel.ranking


def test_ranking_numbers_equal_the_service(tab, scored_event):
    expected = results.rank(scored_event.ws, scored_event.event_id)
    model = tab.ranking_model
    assert model.rowCount() == len(expected.rows) == 4
    for i, row in enumerate(expected.rows):
        assert model.text(i, 0) == row.category
        assert model.text(i, 1) == ("" if row.rank is None else str(row.rank))
        assert model.text(i, 2) == row.region
        assert model.text(i, 3) == fmt(row.score, expected.decimals)
        assert model.text(i, 4) == str(row.judges)
    # the kota category has three ranked rows 1, 2, 3
    kota = [model.text(i, 1) for i in range(model.rowCount()) if model.text(i, 0) == "kota"]
    assert kota == ["1", "2", "3"]


def test_category_filter_and_sensitivity(tab, scored_event, qtbot):
    sens = results.sensitivity(scored_event.ws, scored_event.event_id)
    assert tab.sensitivity_model.rowCount() == len(sens.rows)
    for i, r in enumerate(sens.rows):
        assert tab.sensitivity_model.text(i, 1) == r.region
        assert tab.sensitivity_model.text(i, 3) == fmt(r.score, sens.official.decimals)
        for k, rule in enumerate(sens.rules):
            shown = tab.sensitivity_model.text(i, 4 + k)
            rank_text, _, score_text = shown.partition(" (")
            expected_rank = "–" if r.ranks[rule] is None else str(r.ranks[rule])
            assert rank_text.split(" ")[0] == expected_rank
            assert (" " in rank_text) == (rule in r.changed)  # ▲ / ▼ marks a change
            assert score_text == fmt(r.scores[rule], sens.official.decimals) + ")"
    tab.category.setCurrentIndex(tab.category.findData("kabupaten"))
    assert tab.ranking_model.rowCount() == 1
    assert tab.ranking_model.text(0, 2) == "Kabupaten Delta"


def test_agreement_rows_come_from_the_service(tab, scored_event):
    agreement = results.agreement(scored_event.ws, scored_event.event_id)
    n = sum(len(a.statistics) for a in agreement)
    assert tab.agreement_model.rowCount() == n > 0
    first = agreement[0].statistics[0]
    assert tab.agreement_model.text(0, 4) == statistic_name(first.name)
    assert tab.agreement_model.text(0, 5) == (
        "" if first.value is None else shown(f"{first.value:.3f}")
    )


def test_unresolved_tie_is_flagged(qtbot, mini_event, enter_scores, make_panel):
    score = enter_scores
    ev = mini_event
    from judgeapp.services import setup

    setup.fill(ev.ws, ev.event_id)
    for judge in ev.judges:
        for sub in ev.submissions:
            score(ev, judge, sub, [8, 8, 8, 8, 8])  # everyone equal: ties everywhere
    panel = make_panel(ev)
    with qtbot.waitSignal(panel.ranking.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.ranking)
    tab = panel.ranking
    expected = results.rank(ev.ws, ev.event_id)
    tied = [i for i, r in enumerate(expected.rows) if r.tied]
    assert tied
    for i in tied:
        assert tab.tr("UNRESOLVED TIE") in tab.ranking_model.text(i, 6)
    assert "tie" in tab.notes.text().lower() or "seri" in tab.notes.text().lower()


def test_changed_positions_are_marked(qtbot, mini_event, enter_scores, make_panel):
    """Median puts Alpha first, the mean puts Beta first: both rows marked."""
    from judgeapp.services import setup

    ev = mini_event
    setup.fill(ev.ws, ev.event_id)
    alpha, beta = ev.submissions[1], ev.submissions[2]
    for judge, a in zip(ev.judges, (8, 8, 5), strict=True):
        enter_scores(ev, judge, alpha, [a] * 5)
        enter_scores(ev, judge, beta, [7.5] * 5)
    panel = make_panel(ev)
    with qtbot.waitSignal(panel.ranking.loaded, timeout=20000):
        panel.tabs.setCurrentWidget(panel.ranking)
    sens = results.sensitivity(ev.ws, ev.event_id)
    assert sens.changed_count == 2  # the fixture really moves two rows
    model = panel.ranking.sensitivity_model
    mean_col = 4 + list(sens.rules).index("mean")
    marked = {model.text(i, 1): model.text(i, mean_col) for i in range(model.rowCount())}
    assert marked["Kota Beta"].startswith("1 ▲") and marked["Kota Alpha"].startswith("2 ▼")
