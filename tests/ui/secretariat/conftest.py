"""An event on the mini form with regions, submissions and judges (real workspace)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "data"


@dataclass
class MiniEvent:
    ws: object
    event_id: str
    stage_id: str
    judges: list[str]
    submissions: list[str]  # ordered like current_submissions (by region name)
    regions: dict[str, str]  # submission id -> region id


def add_submission(ws, event_id: str, name: str, kind: str, province: str = "") -> str:
    from judgeapp.store import events as store_events
    from judgeapp.store.db import now

    rid = store_events.upsert_region(ws, name, kind, province)
    sid = uuid.uuid4().hex[:12]
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (sid, event_id, rid, kind, f"Paparan {name}", now()),
        )
    return sid


@pytest.fixture
def mini_event(workspace) -> MiniEvent:
    from judgeapp.services.events import create_event
    from judgeapp.store import events as store_events

    eid = create_event(workspace, "Uji Sekretariat", [str(DATA / "mini-form.yaml")])
    stage = store_events.get_event(workspace, eid).stages[0].id
    for name, kind, prov in [
        ("Kota Alpha", "kota", "Jawa Barat"),
        ("Kota Beta", "kota", "Jawa Tengah"),
        ("Kota Gamma", "kota", "Bali"),
        ("Kabupaten Delta", "kabupaten", "Aceh"),
    ]:
        add_submission(workspace, eid, name, kind, prov)
    for name, role in [("Ani Wijaya", "TPI"), ("Budi Santoso", "TPU"), ("Citra Lestari", "asesor")]:
        store_events.add_judge(workspace, eid, name, role)
    subs = store_events.current_submissions(workspace, eid)
    return MiniEvent(
        workspace,
        eid,
        stage,
        [j["id"] for j in store_events.list_judges(workspace, eid)],
        [s["id"] for s in subs],
        {s["id"]: s["region_id"] for s in subs},
    )
