"""The sheets' integer copy of the scores (migration 0022): triggers keep it
equal to ``item_scores`` through every insert, change, key move and delete;
existing sheets are filled by the migration; values it cannot carry send the
sheet to ``scores_json``; a tampered copy is named by verify's audit."""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judgeapp.domain.ids import SheetPlace
from judgeapp.store import audit
from judgeapp.store import events as store_events
from judgeapp.store import results as store_results
from judgeapp.store import sheets as store_sheets
from judgeapp.store.db import _migrations, _split_sql, now
from judgeapp.store.forms import pin_form


@pytest.fixture
def stage(workspace, mini_form):
    """A real event with one stage and one judge: (workspace, event id, form hash)."""
    ws = workspace
    digest = pin_form(ws, mini_form)
    eid = store_events.create_event(
        ws, "Uji", "ppd", [store_events.StageSpec("s", "S", digest, Decimal(100))]
    )
    store_events.add_judge(ws, eid, "Juri", judge_id="j")
    return ws, eid, digest


def _sheet(stage):
    ws, eid, digest = stage
    rid = store_events.upsert_region(ws, f"Kota {uuid.uuid4().hex[:6]}", "kota", "Jawa Barat")
    sub = uuid.uuid4().hex[:10]
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
            " VALUES (?, ?, ?, 'kota', 't', ?)",
            (sub, eid, rid, now()),
        )
    return store_sheets.ensure_sheet(ws, SheetPlace(eid, "s", "j", sub), digest)


def _held(ws, sid):
    return dict(ws.conn.execute("SELECT key, value FROM item_scores WHERE sheet_id=?", (sid,)))


def _copy(ws, sid):
    return ws.conn.execute(
        "SELECT score_keys, score_micro FROM sheets WHERE id=?", (sid,)
    ).fetchone()


VALUES = ["8.25", "10", "5", "-0.5", ".5", "8.", "0", "7.123456", "9999999.999999",
          "1e5", "", "+5", " 8", "12345678", "0.1234567", "1.2.3", "-", "--1"]  # fmt: skip
KEYS = ["a.1", "a.2", "b.1", "c", "ü.1", "x"]
op = st.tuples(
    st.sampled_from(["upsert", "delete", "rekey", "move", "set"]),
    st.sampled_from([0, 1]),
    st.sampled_from(KEYS),
    st.sampled_from(KEYS),
    st.sampled_from(VALUES),
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, max_size=40))
def test_triggers_keep_the_copy_equal_to_the_item_scores(stage, ops):
    ws = stage[0]
    sheets = [_sheet(stage), _sheet(stage)]
    for kind, which, key, other, value in ops:
        sid = sheets[which]
        with ws.transaction():
            if kind == "upsert":
                ws.conn.execute(
                    "INSERT INTO item_scores(sheet_id, key, value, updated_at) VALUES (?, ?, ?, 'n')"
                    " ON CONFLICT(sheet_id, key) DO UPDATE SET value=excluded.value",
                    (sid, key, value),
                )
            elif kind == "delete":
                ws.conn.execute("DELETE FROM item_scores WHERE sheet_id=? AND key=?", (sid, key))
            elif kind == "set":
                ws.conn.execute(
                    "UPDATE item_scores SET value=? WHERE sheet_id=? AND key=?", (value, sid, key)
                )
            else:
                column, new = ("key", other) if kind == "rekey" else ("sheet_id", sheets[1 - which])
                ws.conn.execute(
                    f"UPDATE OR IGNORE item_scores SET {column}=? WHERE sheet_id=? AND key=?",
                    (new, sid, key),
                )
        for s in sheets:
            keys, micro = _copy(ws, s)
            assert keys is not None and micro is not None  # plain keys: never given up
            assert audit._pack_matches(keys, micro, _held(ws, s))
    assert not set(sheets) & set(audit.scores_json_mismatches(ws))


def test_slots_hold_millionths_in_key_order(stage):
    ws, eid, _h = stage
    sid = _sheet(stage)
    with ws.transaction():
        for key, value in (("b", "8.25"), ("a", "-0.5"), ("c", "1e5")):
            ws.conn.execute(
                "INSERT INTO item_scores(sheet_id, key, value, updated_at) VALUES (?, ?, ?, 'n')",
                (sid, key, value),
            )
    keys, micro = _copy(ws, sid)
    assert keys == "b\x1fa\x1fc\x1f"
    assert micro == f"{8250000:15d},{-500000:15d},{store_results.PACK_INVALID:15d},"


def test_the_migration_fills_sheets_scored_before_it(stage):
    ws, eid, _h = stage
    sid = _sheet(stage)
    with ws.transaction():
        for key, value in (("b", "8.25"), ("a", "7"), ("c", "x")):
            ws.conn.execute(
                "INSERT INTO item_scores(sheet_id, key, value, updated_at) VALUES (?, ?, ?, 'n')",
                (sid, key, value),
            )
        ws.conn.execute("UPDATE sheets SET score_keys='', score_micro=''")
    ((_n, _name, sql),) = [m for m in _migrations() if m[0] == 22]
    (backfill,) = [s for s in _split_sql(sql) if re.match(r"UPDATE sheets SET\s+score_keys", s)]
    with ws.transaction():
        ws.conn.execute(backfill)
    keys, micro = _copy(ws, sid)
    assert keys == "a\x1fb\x1fc\x1f"
    assert audit._pack_matches(keys, micro, _held(ws, sid))


def test_values_it_cannot_carry_are_read_from_the_json_copy(stage):
    ws, eid, _h = stage
    good, odd = _sheet(stage), _sheet(stage)
    with ws.transaction():
        for sid, value in ((good, "8.25"), (odd, "8.2500001")):
            ws.conn.execute(
                "INSERT INTO item_scores(sheet_id, key, value, updated_at) VALUES (?, 'k', ?, 'n')",
                (sid, value),
            )
    pack = store_results.stage_sheets_packed(ws, eid, "s")
    by_id = {s.id: n for n, s in enumerate(pack.sheets)}
    assert pack.layouts[by_id[good]] == ("k",)
    assert pack.values[pack.starts[by_id[good]]] == 8250000
    assert pack.layouts[by_id[odd]] is None
    assert pack.sheets[by_id[odd]].scores == {"k": "8.2500001"}


def test_a_tampered_copy_is_named_and_not_trusted_when_unreadable(stage):
    ws, eid, _h = stage
    sid = _sheet(stage)
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO item_scores(sheet_id, key, value, updated_at) VALUES (?, 'k', '6', 'n')",
            (sid,),
        )
    assert audit.scores_json_mismatches(ws) == []
    with ws.transaction():
        ws.conn.execute("UPDATE sheets SET score_micro=? WHERE id=?", (f"{9000000:15d},", sid))
    assert audit.scores_json_mismatches(ws) == [sid]
    with ws.transaction():
        ws.conn.execute("UPDATE sheets SET score_micro='   garbage here,' WHERE id=?", (sid,))
    assert audit.scores_json_mismatches(ws) == [sid]
    pack = store_results.stage_sheets_packed(ws, eid, "s")
    assert pack.layouts == [None] and pack.sheets[0].scores == {"k": "6"}
