"""Events, stages, regions, submissions (lookup side), judges."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from judgeapp.domain.ids import EventId, JudgeId, StageId, SubmissionId
from judgeapp.errors import NotFound
from judgeapp.i18n import t
from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace, now


def slugify(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    return slug[:48] or "x"


@dataclass(frozen=True)
class StageSpec:
    id: StageId
    name: str
    form_hash: str
    weight: Decimal = Decimal(100)
    date: str = ""
    settings: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    event_id: EventId
    id: StageId
    seq: int
    name: str
    form_hash: str
    weight: Decimal
    date: str
    settings: dict


@dataclass(frozen=True)
class Signatory:
    """Who signs the event's berita acara: ``role`` is ``chair`` or ``member``."""

    role: str
    name: str
    position: str = ""


@dataclass(frozen=True)
class Event:
    id: EventId
    name: str
    competition: str
    edition: str
    place: str
    sample: bool
    settings: dict
    created_at: str
    stages: tuple[Stage, ...]
    starts_on: str = ""  # ISO dates ('' when not set; migration 0019)
    ends_on: str = ""
    categories: tuple[str, ...] = ()  # () : any category
    signatories: tuple[Signatory, ...] = ()

    @property
    def chair(self) -> Signatory | None:
        return next((s for s in self.signatories if s.role == "chair"), None)

    @property
    def members(self) -> tuple[Signatory, ...]:
        return tuple(s for s in self.signatories if s.role == "member")

    def stage(self, stage_id: str | None = None) -> Stage:
        if stage_id is None:
            return self.stages[-1] if len(self.stages) == 1 else self.stages[0]
        for st in self.stages:
            if st.id == stage_id:
                return st
        raise NotFound(
            t(
                f"acara {self.id} tidak punya tahap {stage_id!r}",
                f"event {self.id} has no stage {stage_id!r}",
            )
        )


@dataclass(frozen=True)
class Judge:
    """A row of ``judges``: every column, ``sample`` as a flag."""

    event_id: EventId
    id: JudgeId
    name: str
    role: str
    public_key: str  # base64 Ed25519 public key once registered ('' before)
    fingerprint: str
    sample: bool
    province: str
    institution: str
    capacity: int | None  # most submissions per stage (None: no limit)
    expertise: str  # JSON list of preferred categories, as stored
    enrol_secret: str
    enrolled: str
    retired_at: str  # '' : not retired
    retired_reason: str


@dataclass(frozen=True)
class Conflict:
    """A row of ``conflicts``: a judge's declared conflict with a region."""

    event_id: EventId
    judge_id: JudgeId
    region_id: str
    reason: str
    declared_by: str
    declared_at: str


@dataclass(frozen=True)
class Assignment:
    """A row of ``assignments``: the judge scores the submission at the stage."""

    event_id: EventId
    stage_id: StageId
    judge_id: JudgeId
    submission_id: SubmissionId


def columns(record: type) -> str:
    """The columns of a row dataclass, by name, for a ``SELECT``."""
    return ", ".join(f.name for f in fields(record))


def judge_from_row(row: Mapping[str, Any]) -> Judge:
    """The ``Judge`` of a row holding every column of ``judges``."""
    return Judge(**{**row, "sample": bool(row["sample"])})


_JUDGE_SQL = f"SELECT {columns(Judge)} FROM judges WHERE event_id=?"


def _first_free(base: str, taken: Callable[[str], object]) -> str:
    """``base``, else ``base-2``, ``base-3``, … : the first that is not ``taken``."""
    candidate = base
    n = 2
    while taken(candidate):
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def unique_id(ws: Workspace, table: str, base: str, column: str = "id") -> str:
    sql = f"SELECT 1 FROM {table} WHERE {column}=?"
    return _first_free(base, lambda c: ws.conn.execute(sql, (c,)).fetchone())


def insert_stage(ws: Workspace, event_id: str, seq: int, st: StageSpec, settings: dict) -> None:
    """One row of ``stages`` (the caller holds the transaction)."""
    ws.conn.execute(
        "INSERT INTO stages(event_id, id, seq, name, form_hash, weight, date, settings)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event_id,
            st.id,
            seq,
            st.name,
            st.form_hash,
            str(st.weight),
            st.date,
            json.dumps(settings, sort_keys=True),
        ),
    )


@dataclass(frozen=True)
class EventOptions:
    """What a new event may be given besides its name, competition and stages."""

    edition: str = ""
    place: str = ""
    sample: bool = False
    settings: dict | None = None
    event_id: str | None = None  # None: an id made from the name


def create_event(
    ws: Workspace,
    name: str,
    competition: str,
    stages: list[StageSpec],
    options: EventOptions = EventOptions(),
) -> str:
    if not stages:
        raise ValueError("an event needs at least one stage")
    with ws.transaction():
        eid = options.event_id or unique_id(ws, "events", slugify(name))
        ws.conn.execute(
            "INSERT INTO events(id, name, competition, edition, place, sample, settings, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                eid,
                name,
                competition,
                options.edition,
                options.place,
                int(options.sample),
                json.dumps(options.settings or {}, sort_keys=True),
                now(),
            ),
        )
        for seq, st in enumerate(stages, start=1):
            insert_stage(ws, eid, seq, st, st.settings)
        store_history.append(ws, "event", actor="secretariat", event_id=eid, new=name)
    return eid


def _stages(ws: Workspace, event_id: str) -> tuple[Stage, ...]:
    rows = ws.query("SELECT * FROM stages WHERE event_id=? ORDER BY seq", (event_id,))
    return tuple(
        Stage(
            r["event_id"],
            r["id"],
            r["seq"],
            r["name"],
            r["form_hash"],
            Decimal(r["weight"]),
            r["date"],
            json.loads(r["settings"] or "{}"),
        )
        for r in rows
    )


def _signatories(ws: Workspace, event_id: str) -> tuple[Signatory, ...]:
    rows = ws.query(
        "SELECT role, name, position FROM event_signatories WHERE event_id=? ORDER BY seq",
        (event_id,),
    )
    return tuple(Signatory(r["role"], r["name"], r["position"]) for r in rows)


def _event(ws: Workspace, row: dict) -> Event:
    return Event(
        row["id"],
        row["name"],
        row["competition"],
        row["edition"],
        row["place"],
        bool(row["sample"]),
        json.loads(row["settings"] or "{}"),
        row["created_at"],
        _stages(ws, row["id"]),
        starts_on=row.get("starts_on", ""),
        ends_on=row.get("ends_on", ""),
        categories=tuple(str(c) for c in json.loads(row.get("categories") or "[]")),
        signatories=_signatories(ws, row["id"]),
    )


def list_events(ws: Workspace) -> list[Event]:
    return [_event(ws, r) for r in ws.query("SELECT * FROM events ORDER BY created_at, id")]


def get_event(ws: Workspace, event_id: str) -> Event:
    row = ws.query_one("SELECT * FROM events WHERE id=?", (event_id,))
    if row is None:
        raise NotFound(
            t(
                f"tidak ada acara {event_id!r} di ruang kerja ini",
                f"no event {event_id!r} in this workspace",
            )
        )
    return _event(ws, row)


def upsert_region(ws: Workspace, name: str, kind: str, province: str = "", code: str = "") -> str:
    """The region's id (created when new); matched by (name, kind, province)."""
    with ws.transaction():
        known = find_region(ws, name, kind, province)
        if known:
            if code:
                ws.conn.execute("UPDATE regions SET code=? WHERE id=? AND code=''", (code, known))
            return known
        rid = unique_id(ws, "regions", slugify(f"{kind} {name}"))
        ws.conn.execute(
            "INSERT INTO regions(id, name, kind, province, code) VALUES (?, ?, ?, ?, ?)",
            (rid, name, kind, province, code),
        )
        return rid


def add_judge(
    ws: Workspace,
    event_id: str,
    name: str,
    role: str = "TPI",
    *,
    judge_id: str | None = None,
    sample: bool = False,
) -> str:
    with ws.transaction():
        jid = judge_id or unique_id_in_event(ws, "judges", event_id, slugify(name))
        ws.conn.execute(
            "INSERT INTO judges(event_id, id, name, role, sample) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(event_id, id) DO UPDATE SET name=excluded.name, role=excluded.role",
            (event_id, jid, name, role, int(sample)),
        )
    return jid


def unique_id_in_event(ws: Workspace, table: str, event_id: str, base: str) -> str:
    sql = f"SELECT 1 FROM {table} WHERE event_id=? AND id=?"
    return _first_free(base, lambda c: ws.conn.execute(sql, (event_id, c)).fetchone())


def judge_value(ws: Workspace, event_id: str, judge_id: str, column: str) -> str | None:
    """One column of a judge's row (``column`` named by the code); ``NotFound``
    when the event has no such judge."""
    row = ws.conn.execute(
        f"SELECT {column} FROM judges WHERE event_id=? AND id=?", (event_id, judge_id)
    ).fetchone()
    if row is None:
        raise NotFound(
            t(
                f"tidak ada juri {judge_id!r} di acara {event_id!r}",
                f"no judge {judge_id!r} in event {event_id!r}",
            )
        )
    return row[0]


def list_judges(ws: Workspace, event_id: str) -> list[Judge]:
    return [judge_from_row(r) for r in ws.query(_JUDGE_SQL + " ORDER BY name", (event_id,))]


def assign(ws: Workspace, event_id: str, stage_id: str, judge_id: str, submission_id: str) -> None:
    with ws.transaction():
        ws.conn.execute(
            "INSERT OR IGNORE INTO assignments(event_id, stage_id, judge_id, submission_id)"
            " VALUES (?, ?, ?, ?)",
            (event_id, stage_id, judge_id, submission_id),
        )


def assignments(
    ws: Workspace, event_id: str, stage_id: str | None = None, judge_id: str | None = None
) -> list[Assignment]:
    rows = ws.query_where(
        "assignments",
        "stage_id, judge_id, submission_id",
        event_id=event_id,
        stage_id=stage_id,
        judge_id=judge_id,
    )
    return [Assignment(**r) for r in rows]


def conflicts(ws: Workspace, event_id: str) -> list[Conflict]:
    rows = ws.query(
        f"SELECT {columns(Conflict)} FROM conflicts WHERE event_id=? ORDER BY judge_id, region_id",
        (event_id,),
    )
    return [Conflict(**r) for r in rows]


def find_judge(ws: Workspace, event_id: str, judge_id: str) -> Judge | None:
    """The judge's row in the event, or None."""
    row = ws.query_one(_JUDGE_SQL + " AND id=?", (event_id, judge_id))
    return judge_from_row(row) if row else None


def find_region(ws: Workspace, name: str, kind: str, province: str) -> str | None:
    """The id of the region (name, kind, province), or None when it is not known yet."""
    row = ws.query_one(
        "SELECT id FROM regions WHERE name=? AND kind=? AND province=?", (name, kind, province)
    )
    return str(row["id"]) if row else None


def stage_form_hash(ws: Workspace, event_id: str, stage_id: str) -> str | None:
    """The form a stage of this workspace is pinned to, or None when there is no such stage."""
    row = ws.query_one(
        "SELECT form_hash FROM stages WHERE event_id=? AND id=?", (event_id, stage_id)
    )
    return str(row["form_hash"]) if row else None


def event_ids(ws: Workspace) -> list[str]:
    """Every event's id, in id order."""
    return [r["id"] for r in ws.query("SELECT id FROM events ORDER BY id")]
