"""Sheet writes: one transaction each, revision and history, final sheets locked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judgeapp.domain.evidence import EvidenceLink
from judgeapp.domain.ids import SheetPlace
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store.forms import load_pinned, pin_form


@pytest.fixture
def sheet(workspace, mini_form):
    digest = pin_form(workspace, mini_form)
    eid = store_events.create_event(
        workspace, "E", "ppd", [store_events.StageSpec("tahap2", "T2", digest)]
    )
    rid = store_events.upsert_region(workspace, "Kota Bogor", "kota", "Jawa Barat")
    with workspace.transaction():
        workspace.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
            " VALUES ('s1', ?, ?, 'kota', 'now')",
            (eid, rid),
        )
    return store_sheets.ensure_sheet(workspace, SheetPlace(eid, "tahap2", "j1", "s1"), digest)


def test_pinned_form_round_trips_by_hash(workspace, mini_form):
    digest = pin_form(workspace, mini_form)
    assert pin_form(workspace, mini_form) == digest  # idempotent
    assert load_pinned(workspace, digest).hash == digest


def test_score_writes_revision_and_history(workspace, sheet):
    r1 = store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("8.25"), "j1")
    r2 = store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("9"), "j1")
    assert r2 == r1 + 1
    # same value again: no new revision, no history row
    assert store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("9"), "j1") == r2
    data = store_sheets.load_sheet(workspace, sheet)
    assert data.scores == {"ekonomi.1": Decimal("9")}
    assert data.position == "ekonomi.1"
    hist = store_sheets.history(workspace, sheet)
    assert [(h.old, h.new) for h in hist if h.action == "score"] == [
        (None, "8.25"),
        ("8.25", "9"),
    ]


def test_clearing_a_score(workspace, sheet):
    store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("7"), "j1")
    store_sheets.set_score(workspace, sheet, "ekonomi.1", None, "j1")
    assert store_sheets.load_sheet(workspace, sheet).scores == {}


def test_final_sheet_refuses_changes_until_reopened(workspace, sheet):
    store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("7"), "j1")
    store_sheets.set_status(workspace, sheet, "final", "j1")
    with pytest.raises(store_sheets.SheetLocked):
        store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("8"), "j1")
    with pytest.raises(store_sheets.SheetLocked):
        store_sheets.set_text(workspace, sheet, "ekonomi", "keunggulan", "x", "j1")
    assert store_sheets.load_sheet(workspace, sheet).scores["ekonomi.1"] == Decimal("7")
    store_sheets.set_status(workspace, sheet, "open", "j1", "typo in item 1")
    store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("8"), "j1")
    reasons = [h.reason for h in store_sheets.history(workspace, sheet)]
    assert "typo in item 1" in reasons


def test_texts_and_evidence(workspace, sheet):
    store_sheets.set_text(workspace, sheet, "ekonomi", "keunggulan", "<b>Kuat</b>", "j1")
    eid = store_sheets.add_evidence(
        workspace, sheet, EvidenceLink("ekonomi.1", "docs/profil.pdf", 3), "j1"
    )
    data = store_sheets.load_sheet(workspace, sheet)
    assert data.texts[("ekonomi", "keunggulan")] == "<b>Kuat</b>"
    assert [(e["doc_id"], e["page"]) for e in data.evidence] == [("docs/profil.pdf", 3)]
    store_sheets.remove_evidence(workspace, sheet, eid, "j1")
    assert store_sheets.load_sheet(workspace, sheet).evidence == ()


def test_stage_scores_collects_every_sheet(workspace, sheet):
    store_sheets.set_score(workspace, sheet, "output.1", Decimal("6.5"), "j1")
    rows = store_sheets.stage_scores(workspace, *_ids(workspace, sheet))
    assert rows[0].scores == {"output.1": Decimal("6.5")}


def _ids(ws, sheet_id):
    row = ws.conn.execute(
        "SELECT event_id, stage_id FROM sheets WHERE id=?", (sheet_id,)
    ).fetchone()
    return row[0], row[1]


def test_scores_json_follows_item_scores_through_every_write(workspace, sheet):
    """The per-sheet copy the ranking reads equals item_scores after any change."""
    import json

    def both():
        copy = json.loads(
            workspace.conn.execute(
                "SELECT scores_json FROM sheets WHERE id=?", (sheet,)
            ).fetchone()[0]
        )
        rows = dict(
            workspace.conn.execute(
                "SELECT key, value FROM item_scores WHERE sheet_id=?", (sheet,)
            ).fetchall()
        )
        return copy, rows

    store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("8.25"), "j1")
    store_sheets.set_score(workspace, sheet, "output.2", Decimal("6"), "j1")
    store_sheets.set_score(workspace, sheet, "ekonomi.1", Decimal("9.5"), "j1")
    copy, rows = both()
    assert copy == rows == {"ekonomi.1": "9.5", "output.2": "6"}
    store_sheets.set_score(workspace, sheet, "output.2", None, "j1")
    # a raw write by any other module (imports) is followed too
    with workspace.transaction():
        workspace.conn.execute(
            "UPDATE item_scores SET key='output.1' WHERE sheet_id=? AND key='ekonomi.1'", (sheet,)
        )
    copy, rows = both()
    assert copy == rows == {"output.1": "9.5"}


def test_stage_with_work_skips_stages_where_everything_is_final(workspace, mini_form):
    digest = pin_form(workspace, mini_form)
    eid = store_events.create_event(
        workspace,
        "Dua tahap",
        "ppd",
        [
            store_events.StageSpec("t1", "T1", digest, Decimal(50)),
            store_events.StageSpec("t2", "T2", digest, Decimal(50)),
        ],
    )
    rid = store_events.upsert_region(workspace, "Kota X", "kota", "P")
    with workspace.transaction():
        workspace.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, imported_at)"
            " VALUES ('sx', ?, ?, 'kota', 'now')",
            (eid, rid),
        )
    for stage in ("t1", "t2"):
        store_events.assign(workspace, eid, stage, "j1", "sx")
    assert store_sheets.stage_with_work(workspace, eid, "j1", ["t1", "t2"]) == "t1"
    sid = store_sheets.ensure_sheet(workspace, SheetPlace(eid, "t1", "j1", "sx"), digest)
    store_sheets.set_status(workspace, sid, "final", "j1")
    assert store_sheets.stage_with_work(workspace, eid, "j1", ["t1", "t2"]) == "t2"
    assert store_sheets.stage_with_work(workspace, eid, "nobody", ["t1", "t2"]) == "t1"
