"""The state after a saved edit, moved on from the one value that changed,
equals the state read and scored again from the workspace — on every shipped
form, for scores set, changed, cleared and repeated, with texts around."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from judgeapp.domain.scoring import completeness, score_sheet
from judgeapp.services import sheets
from judgeapp.services.forms import find_form, shipped_forms
from judgeapp.store import events as store_events
from judgeapp.store.forms import pin_form

FORMS = sorted(e.form.id for e in shipped_forms())


def new_sheet(ws, form_id):
    form = find_form(form_id)
    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws, "Uji", form.competition, [store_events.StageSpec(form.stage, "S", digest)]
    )
    store_events.add_judge(ws, eid, "J", judge_id="j1")
    rid = store_events.upsert_region(ws, "Kota Uji", "kota", "P")
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
            " VALUES ('s1', ?, ?, 'kota', 'now')",
            (eid, rid),
        )
    return form, sheets.open_sheet(ws, eid, form.stage, "j1", "s1")


def typed(scale, rnd) -> str:
    if scale.kind == "levels":
        return format(Decimal(str(rnd.choice(scale.levels).value)), "f")
    lo, hi = Decimal(str(scale.min)), Decimal(str(scale.max))
    step = Decimal(1).scaleb(-scale.decimals)
    n = int((hi - lo) / step)
    return format(lo + step * rnd.randint(0, n), "f")


def same(a: sheets.SheetState, b: sheets.SheetState) -> None:
    assert a.data == b.data
    assert a.result == b.result
    assert a.result.total_numerator == b.result.total_numerator
    assert a.result.total == b.result.total
    assert a.result.scored_keys == b.result.scored_keys
    assert a.completeness == b.completeness


@pytest.mark.parametrize("form_id", FORMS)
def test_moved_on_state_equals_the_state_read_again(workspace, form_id):
    form, st = new_sheet(workspace, form_id)
    rnd = random.Random(form_id)
    keys = form.score_keys()
    targets = {key: form.target(key) for key in keys}
    for step in range(3 * len(keys) if len(keys) < 40 else 150):
        key = rnd.choice(keys)
        _aspect, ind, item = targets[key]
        scale = form.scale_of(ind, item)
        text = "" if rnd.random() < 0.15 else typed(scale, rnd)
        if step % 17 == 0 and key in st.data.scores:  # the same value again: no change
            text = format(st.data.scores[key], "f")
        moved = sheets.record_score(workspace, st.data.id, key, text, "j1", before=st)
        again = sheets.state(workspace, st.data.id)
        same(moved, again)
        assert moved.result == score_sheet(form, again.data.scores)
        assert moved.completeness == completeness(form, again.data.scores, again.data.texts)
        st = moved


def test_a_sheet_changed_by_someone_else_is_read_again(workspace):
    form, st = new_sheet(workspace, "ppd-tahap2")
    k1, k2 = form.score_keys()[:2]
    st = sheets.record_score(workspace, st.data.id, k1, "7", "j1", before=st)
    sheets.record_score(workspace, st.data.id, k2, "8", "j1")  # another window, say
    moved = sheets.record_score(workspace, st.data.id, k1, "9", "j1", before=st)  # stale before
    again = sheets.state(workspace, st.data.id)
    same(moved, again)
    assert moved.data.scores[k2] == Decimal("8")


def test_a_state_of_another_sheet_is_not_used(workspace):
    form, st = new_sheet(workspace, "ppd-tahap2")
    key = form.score_keys()[0]
    other = sheets.SheetState(
        st.data.__class__(**{**st.data.__dict__, "id": "not-this-sheet"}),
        st.form,
        st.result,
        st.completeness,
    )
    moved = sheets.record_score(workspace, st.data.id, key, "7", "j1", before=other)
    same(moved, sheets.state(workspace, st.data.id))
