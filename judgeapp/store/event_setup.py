"""Writing what the secretariat sets up for an event (migration 0019): its
details, its signatories, its stages. Values arrive already checked by
``services.events``; every change writes a history row."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace
from judgeapp.store.events import Event, Signatory, StageSpec, get_event, insert_stage


def _history(
    ws: Workspace, actor: str, event_id: str, target: str, old: str | None, new: str | None
) -> None:
    store_history.append(
        ws, "event", actor=actor, event_id=event_id, target=target, old=old, new=new
    )


def _people(signatories: Sequence[Signatory]) -> str:
    return "; ".join(
        f"{s.role}: {s.name}" + (f" ({s.position})" if s.position else "") for s in signatories
    )


@dataclass(frozen=True)
class EventDetails:
    """An event's details as ``services.events`` checked them, written together."""

    name: str
    edition: str
    place: str
    starts_on: str
    ends_on: str
    categories: tuple[str, ...]
    signatories: tuple[Signatory, ...]


def _columns(details: EventDetails | Event) -> dict[str, str]:
    """The ``events`` columns of the details, as stored (categories as JSON)."""
    return {
        "name": details.name,
        "edition": details.edition,
        "place": details.place,
        "starts_on": details.starts_on,
        "ends_on": details.ends_on,
        "categories": json.dumps(list(details.categories), ensure_ascii=False),
    }


def set_details(ws: Workspace, event_id: str, details: EventDetails, actor: str) -> list[str]:
    """Write the event's details; returns the names of the fields that changed."""
    with ws.transaction():
        before = get_event(ws, event_id)
        new = _columns(details)
        old = _columns(before)
        changed = [k for k in new if new[k] != old[k]]
        if changed:
            ws.conn.execute(
                "UPDATE events SET name=?, edition=?, place=?, starts_on=?, ends_on=?,"
                " categories=? WHERE id=?",
                (*(new[k] for k in new), event_id),
            )
            for k in changed:
                _history(ws, actor, event_id, f"event.{k}", old[k], new[k])
        signatories = details.signatories
        if signatories != before.signatories:
            ws.conn.execute("DELETE FROM event_signatories WHERE event_id=?", (event_id,))
            ws.conn.executemany(
                "INSERT INTO event_signatories(event_id, seq, role, name, position)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (event_id, seq, s.role, s.name, s.position)
                    for seq, s in enumerate(signatories, start=1)
                ],
            )
            _history(
                ws,
                actor,
                event_id,
                "event.signatories",
                _people(before.signatories),
                _people(signatories),
            )
            changed.append("signatories")
        return changed


def usage(ws: Workspace, event_id: str) -> dict[str, int]:
    """How much of the event exists already: sheets and submissions."""
    sheets = ws.conn.execute("SELECT count(*) FROM sheets WHERE event_id=?", (event_id,))
    subs = ws.conn.execute("SELECT count(*) FROM submissions WHERE event_id=?", (event_id,))
    return {"sheets": int(sheets.fetchone()[0]), "submissions": int(subs.fetchone()[0])}


def stage_sheets(ws: Workspace, event_id: str) -> dict[str, int]:
    """Sheets per stage id (stages with none are absent)."""
    rows = ws.query(
        "SELECT stage_id, count(*) AS n FROM sheets WHERE event_id=? GROUP BY stage_id",
        (event_id,),
    )
    return {r["stage_id"]: int(r["n"]) for r in rows}


def set_stages(ws: Workspace, event: Event, specs: Sequence[StageSpec], actor: str) -> bool:
    """Replace the event's stages by ``specs`` (in order). A stage kept (same
    id) keeps its assignments and schedule; those of a stage dropped go with it.
    The service refuses dropping or re-pinning a stage that has sheets.
    Returns whether anything changed."""
    old = {s.id: s for s in event.stages}
    new_ids = [s.id for s in specs]
    same = [(s.id, s.name, s.form_hash, str(s.weight), s.date) for s in event.stages] == [
        (s.id, s.name, s.form_hash, str(s.weight), s.date) for s in specs
    ]
    if same:
        return False
    with ws.transaction():
        for sid in old:
            if sid not in new_ids:
                for table in ("assignments", "schedule"):
                    ws.conn.execute(
                        f"DELETE FROM {table} WHERE event_id=? AND stage_id=?",
                        (event.id, sid),
                    )
        ws.conn.execute("DELETE FROM stages WHERE event_id=?", (event.id,))
        for seq, st in enumerate(specs, start=1):
            prev = old.get(st.id)
            settings = prev.settings if prev is not None else st.settings
            insert_stage(ws, event.id, seq, st, settings)
        _history(
            ws,
            actor,
            event.id,
            "event.stages",
            "; ".join(f"{s.id} {s.weight}% {s.date}".strip() for s in event.stages),
            "; ".join(f"{s.id} {s.weight}% {s.date}".strip() for s in specs),
        )
    return True


def set_competition(ws: Workspace, event_id: str, competition: str, actor: str) -> None:
    """Another competition (the service allows it only before any submission)."""
    with ws.transaction():
        row = ws.conn.execute("SELECT competition FROM events WHERE id=?", (event_id,)).fetchone()
        ws.conn.execute("UPDATE events SET competition=? WHERE id=?", (competition, event_id))
        _history(ws, actor, event_id, "event.competition", row[0] if row else None, competition)
