"""The figures a judge's list of regions shows (services.sheets.progress):
read from what the store remembered only while the sheet still holds the
scores and form they were computed from, whoever changed it and however —
so they always equal the sheet scored again."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgeapp.domain.ids import SheetPlace
from judgeapp.services import sheets
from judgeapp.services.forms import find_form
from judgeapp.store import events as store_events
from judgeapp.store import scorefiles as store_scorefiles
from judgeapp.store import sheet_progress
from judgeapp.store.forms import pin_form

FORM = find_form("ppd-tahap2")


@pytest.fixture
def two_sheets(workspace):
    ws = workspace
    digest = pin_form(ws, FORM)
    eid = store_events.create_event(
        ws, "Uji", FORM.competition, [store_events.StageSpec(FORM.stage, "S", digest)]
    )
    store_events.add_judge(ws, eid, "J", judge_id="j1")
    ids = []
    for n in (1, 2):
        rid = store_events.upsert_region(ws, f"Kota Uji {n}", "kota", "P")
        with ws.transaction():
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
                " VALUES (?, ?, ?, 'kota', 'now')",
                (f"s{n}", eid, rid),
            )
        ids.append(sheets.open_sheet(ws, eid, FORM.stage, "j1", f"s{n}").data.id)
    return ws, eid, ids


def scored_again(ws, sid) -> sheet_progress.Progress:
    state = sheets.state(ws, sid)
    r = state.result
    return sheet_progress.Progress(state.data.status, r.scored_keys, r.total_keys, r.total)


def remembered_rows(ws) -> int:
    return ws.conn.execute("SELECT count(*) FROM sheet_progress").fetchone()[0]


KEYS = FORM.score_keys()


def value_for(key: str, pick: int) -> str:
    _aspect, ind, item = FORM.target(key)
    scale = FORM.scale_of(ind, item)
    if scale.kind == "levels":
        return format(Decimal(str(scale.levels[pick % len(scale.levels)].value)), "f")
    lo, hi = Decimal(str(scale.min)), Decimal(str(scale.max))
    return format(lo + (hi - lo) * Decimal(pick % 5) / 4, "f")


OPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("score"),
            st.integers(0, 1),
            st.integers(0, len(KEYS) - 1),
            st.integers(-1, 9),
        ),
        st.tuples(st.just("file"), st.integers(0, 1), st.integers(0, len(KEYS) - 1)),
        st.tuples(st.just("list")),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=30, deadline=None)
@given(ops=OPS)
def test_the_figures_shown_equal_the_sheet_scored_again(two_sheets, ops):
    ws, eid, ids = two_sheets
    for op in ops:
        if op[0] == "score":  # the judge types (-1: clears) through the service
            _op, n, k, pick = op
            text = "" if pick < 0 else value_for(KEYS[k], pick)
            sheets.record_score(ws, ids[n], KEYS[k], text, "judge:j1")
        elif op[0] == "file":  # a score file rewrites the sheet keeping its revision
            _op, n, k = op
            data = sheets.load_sheet(ws, ids[n])
            scores = dict(data.scores)
            if KEYS[k] in scores:
                del scores[KEYS[k]]
            else:
                scores[KEYS[k]] = Decimal(value_for(KEYS[k], k))
            store_scorefiles.replace_sheet(
                ws,
                SheetPlace(eid, FORM.stage, "j1", data.submission_id),
                form_hash=data.form_hash,
                source="file",
                revision=data.revision,
                status=data.status,
                scores=scores,
                texts=data.texts,
                actor="secretariat",
                reason="score file",
            )
        else:
            shown = sheets.progress(ws, ids)
            assert list(shown) == ids
            assert shown == {sid: scored_again(ws, sid) for sid in ids}
            assert remembered_rows(ws) == 2
    # and once more from the store's memory alone, for every sheet
    sheets.progress(ws, ids)
    assert sheet_progress.remembered(ws, ids) == {sid: scored_again(ws, sid) for sid in ids}


def test_a_sheet_unchanged_is_read_without_scoring_it(two_sheets, monkeypatch):
    ws, _eid, ids = two_sheets
    sheets.record_score(ws, ids[0], KEYS[0], value_for(KEYS[0], 1), "judge:j1")
    first = sheets.progress(ws, ids)
    assert first[ids[0]].scored_keys == 1

    def no_scoring(*_a, **_k):
        raise AssertionError("scored again although unchanged")

    monkeypatch.setattr(sheets, "state", no_scoring)
    assert sheets.progress(ws, ids) == first


def test_figures_that_do_not_parse_are_not_believed(two_sheets):
    ws, _eid, ids = two_sheets
    sheets.record_score(ws, ids[0], KEYS[0], value_for(KEYS[0], 2), "judge:j1")
    truth = sheets.progress(ws, ids)
    for column, bad in (
        ("total", "not a number"),
        ("total", "NaN"),
        ("total", "9" * 60),
        ("scored_keys", -1),
        ("total_keys", 10**9),
        ("scored_keys", "three"),
        ("total_keys", 2.5),
    ):
        with ws.transaction():
            ws.conn.execute(f"UPDATE sheet_progress SET {column}=?", (bad,))
        assert sheet_progress.remembered(ws, ids) == {}, (column, bad)
        assert sheets.progress(ws, ids) == truth  # scored again and remembered anew
        assert sheet_progress.remembered(ws, ids) == truth


def test_figures_of_a_sheet_changed_after_reading_are_not_kept(two_sheets):
    ws, _eid, ids = two_sheets
    state = sheets.state(ws, ids[0])
    r = state.result
    computed = sheet_progress.Computed(
        ids[0], state.data.form_hash, state.data.scores, r.scored_keys, r.total_keys, r.total
    )
    sheets.record_score(ws, ids[0], KEYS[1], value_for(KEYS[1], 3), "judge:j1")
    assert sheet_progress.remember(ws, [computed]) == 0
    assert remembered_rows(ws) == 0
