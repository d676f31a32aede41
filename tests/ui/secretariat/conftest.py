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
    from judgeapp.store import submissions as store_submissions

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
    subs = store_submissions.current_submissions(workspace, eid)
    return MiniEvent(
        workspace,
        eid,
        stage,
        [j.id for j in store_events.list_judges(workspace, eid)],
        [s.id for s in subs],
        {s.id: s.region_id for s in subs},
    )


KEYS = ("ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2")


def score(ev: MiniEvent, judge: str, submission: str, values, *, final: bool = True) -> str:
    """Enter a whole sheet through the judge's service (and finalise it)."""
    from judgeapp.services import sheets

    st = sheets.open_sheet(ev.ws, ev.event_id, ev.stage_id, judge, submission)
    sid = st.data.id
    for key, value in zip(KEYS, values, strict=False):
        sheets.record_score(ev.ws, sid, key, str(value), judge)
    if final:
        for field in ("keunggulan", "rekomendasi"):
            sheets.record_text(ev.ws, sid, "ekonomi", field, f"{field} {submission}", judge)
        sheets.finalise(ev.ws, sid, judge)
    return sid


@pytest.fixture
def scored_event(mini_event) -> MiniEvent:
    """Every judge assigned everywhere; every sheet final. Judge 2 scores the
    first submission far higher than the others (a flagged disagreement)."""
    from judgeapp.services import setup

    ev = mini_event
    setup.fill(ev.ws, ev.event_id)
    base = {0: 8, 1: 7, 2: 9, 3: 6}
    for j, judge in enumerate(ev.judges):
        for s, sub in enumerate(ev.submissions):
            v = base[s] + j * 0.25
            if s == 0 and j == 2:
                v = 5  # far from the others: flagged
            score(ev, judge, sub, [v, v, max(5, round(v - 0.5, 2)), v, v])
    return ev


@pytest.fixture
def enter_scores():
    """The ``score`` helper: enter (and finalise) a sheet through the service."""
    return score


@pytest.fixture
def make_panel(qtbot, workspace):
    """Build ``SecretariatPanel``s; at the end wait for their tasks and delete
    them (before the workspace closes), so no late signal reaches a closed one."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from judgeapp.ui.secretariat.panel import SecretariatPanel

    made = []

    def make(ev, **kw):
        panel = SecretariatPanel(ev.ws, ev.event_id, **kw)
        made.append(panel)
        return panel

    yield make
    for panel in made:
        qtbot.waitUntil(lambda p=panel: not p.runner.busy, timeout=60000)
        panel.runner.wait(60000)
        panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
