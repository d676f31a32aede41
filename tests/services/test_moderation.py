"""Recording, validating, listing and withdrawing moderated values (real workspace)."""

from __future__ import annotations

import uuid
from decimal import Decimal as D

import pytest

from judgeapp.i18n import set_language
from judgeapp.services import moderation as mod
from judgeapp.store import events as store_events
from judgeapp.store.db import now
from judgeapp.store.forms import pin_form


@pytest.fixture
def setup(workspace, mini_form):
    ws = workspace
    digest = pin_form(ws, mini_form)
    eid = store_events.create_event(
        ws, "PPD Uji", "ppd", [store_events.StageSpec("tahap2", "Tahap II", digest)]
    )
    rid = store_events.upsert_region(ws, "Kota Alpha", "kota", "Jawa Barat")
    sid = uuid.uuid4().hex[:10]
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
            " VALUES (?, ?, ?, 'kota', 'Alpha', ?)",
            (sid, eid, rid, now()),
        )
    return ws, eid, sid


def counts(ws) -> tuple[int, int]:
    m = ws.query_one("SELECT COUNT(*) AS n FROM moderations")["n"]
    h = ws.query_one("SELECT COUNT(*) AS n FROM history WHERE action='moderate'")["n"]
    return m, h


def test_record_keeps_history_and_latest_counts(setup):
    ws, eid, sid = setup
    first = mod.record_moderation(
        ws, eid, "tahap2", sid, "ekonomi", "8,5", " rapat pleno ", ["Juri A", " Juri B "]
    )
    assert first.value == D("8.5") and first.reason == "rapat pleno"
    assert first.agreed_by == ("Juri A", "Juri B")
    mod.record_moderation(ws, eid, "tahap2", sid, "ekonomi", D("8.75"), "koreksi", "Juri A")
    mod.record_moderation(ws, eid, "tahap2", sid, "total", "8.1234", "konsensus", ["Juri C"])
    current = mod.current_moderations(ws, eid, "tahap2")[sid]
    assert current["ekonomi"].value == D("8.75") and current["total"].value == D("8.1234")
    rows = mod.list_moderations(ws, eid, "tahap2", sid)
    assert [r.value for r in rows] == [D("8.5"), D("8.75"), D("8.1234")]
    hist = ws.query("SELECT * FROM history WHERE action='moderate' ORDER BY id")
    assert [(h["old"], h["new"]) for h in hist] == [
        (None, "8.5"),
        ("8.5", "8.75"),
        (None, "8.1234"),
    ]
    assert hist[0]["target"] == f"tahap2/{sid}/ekonomi" and hist[0]["reason"] == "rapat pleno"


def test_withdraw_restores_and_keeps_rows(setup):
    ws, eid, sid = setup
    mod.record_moderation(ws, eid, "tahap2", sid, "total", "9", "konsensus", "Juri A")
    w = mod.withdraw_moderation(ws, eid, "tahap2", sid, "total", "salah ketik")
    assert w.withdrawn
    assert mod.current_moderations(ws, eid, "tahap2") == {}
    assert len(mod.list_moderations(ws, eid)) == 2
    with pytest.raises(mod.ModerationRefused):
        mod.withdraw_moderation(ws, eid, "tahap2", sid, "total", "lagi")


@pytest.mark.parametrize(
    "target, value, reason, agreed, message",
    [
        ("ekonomi", "11", "r", "A", "di luar rentang"),
        ("ekonomi", "4.99", "r", "A", "di luar rentang"),
        ("ekonomi", "abc", "r", "A", "bukan angka"),
        ("ekonomi", "", "r", "A", "kosong"),
        ("ekonomi", "nan", "r", "A", "bukan angka"),
        ("ekonomi", "8.12345", "r", "A", "desimal"),
        ("ekonomi", "8", "   ", "A", "alasan"),
        ("ekonomi", "8", "r", ["", " "], "menyetujui"),
        ("nope", "8", "r", "A", "bukan indikator"),
        ("total", "10.5", "r", "A", "di luar rentang"),
    ],
)
def test_refusals_change_nothing(setup, target, value, reason, agreed, message):
    ws, eid, sid = setup
    before = counts(ws)
    with pytest.raises(mod.ModerationRefused, match=message):
        mod.record_moderation(ws, eid, "tahap2", sid, target, value, reason, agreed)
    assert counts(ws) == before


def test_unknown_event_stage_submission(setup):
    ws, eid, sid = setup
    with pytest.raises(mod.ModerationRefused, match="acara"):
        mod.record_moderation(ws, "nope", "tahap2", sid, "total", "8", "r", "A")
    with pytest.raises(mod.ModerationRefused, match="tahap"):
        mod.record_moderation(ws, eid, "tahap9", sid, "total", "8", "r", "A")
    with pytest.raises(mod.ModerationRefused, match="usulan"):
        mod.record_moderation(ws, eid, "tahap2", "zzz", "total", "8", "r", "A")
    assert counts(ws) == (0, 0)


def test_messages_in_english(setup):
    ws, eid, sid = setup
    set_language("en")
    try:
        with pytest.raises(mod.ModerationRefused, match="a reason is required"):
            mod.record_moderation(ws, eid, "tahap2", sid, "total", "8", "", "A")
    finally:
        set_language("id")
