"""Event set-up rows the core event store lacks: submissions without a package,
categories, judge roles, assignment cells, conflicts, the interview schedule.
Every write is one transaction with a history row."""

from __future__ import annotations

from dataclasses import dataclass

from judgeapp.domain.ids import EventId, StageId, SubmissionId
from judgeapp.errors import NotFound
from judgeapp.i18n import t
from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace, now
from judgeapp.store.events import Judge, find_judge, judge_value, upsert_region
from judgeapp.store.rows import put_or_delete
from judgeapp.store.submissions import NewSubmission, insert_submission


def record(
    ws: Workspace,
    actor: str,
    action: str,
    event_id: str,
    target: str,
    old: str | None,
    new: str | None,
    reason: str = "",
) -> None:
    store_history.append(
        ws, action, actor=actor, event_id=event_id, target=target, old=old, new=new, reason=reason
    )


# ---- submissions -------------------------------------------------------------
@dataclass(frozen=True)
class NewRegionSubmission:
    """A region's submission without a package, as the set-up and a worksheet
    import give it (``category`` None: the region's kind)."""

    region_name: str
    kind: str
    province: str = ""
    category: str | None = None
    title: str = ""


def add_submission(
    ws: Workspace,
    event_id: str,
    new: NewRegionSubmission,
    *,
    actor: str = "secretariat",
) -> str:
    """A submission with no package yet (e.g. a region known only from a
    worksheet or a paper sheet); returns its id. Ids follow the package
    import's scheme, so a package imported later becomes its next version."""
    with ws.transaction():
        region_id = upsert_region(ws, new.region_name, new.kind, new.province)
        return insert_submission(
            ws,
            NewSubmission(
                event_id=event_id,
                region_id=region_id,
                category=new.category or new.kind,
                title=new.title,
                package_sha256="",
                manifest={"created_by": actor},
            ),
            actor=actor,
        )


def set_category(ws: Workspace, submission_id: str, category: str, actor: str) -> None:
    with ws.transaction():
        row = ws.conn.execute(
            "SELECT event_id, category FROM submissions WHERE id=?", (submission_id,)
        ).fetchone()
        if row is None:
            raise NotFound(
                t(f"tidak ada peserta {submission_id!r}", f"no submission {submission_id!r}")
            )
        if row[1] == category:
            return
        ws.conn.execute("UPDATE submissions SET category=? WHERE id=?", (category, submission_id))
        record(ws, actor, "category", row[0], submission_id, row[1], category)


# ---- judges --------------------------------------------------------------------
def set_judge_role(ws: Workspace, event_id: str, judge_id: str, role: str, actor: str) -> None:
    with ws.transaction():
        old = judge_value(ws, event_id, judge_id, "role")
        if old == role:
            return
        ws.conn.execute(
            "UPDATE judges SET role=? WHERE event_id=? AND id=?", (role, event_id, judge_id)
        )
        record(ws, actor, "judge", event_id, judge_id, old, role)


def judge_row(ws: Workspace, event_id: str, judge_id: str) -> Judge | None:
    return find_judge(ws, event_id, judge_id)


# ---- assignments -----------------------------------------------------------------
def set_cells(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    cells: list[tuple[str, str]],
    on: bool,
    actor: str,
) -> int:
    """Assign (or unassign) (judge, submission) cells; returns how many changed.
    The caller filters out conflicted cells."""
    changed = 0
    with ws.transaction():
        for judge_id, submission_id in cells:
            if on:
                cur = ws.conn.execute(
                    "INSERT OR IGNORE INTO assignments(event_id, stage_id, judge_id, submission_id)"
                    " VALUES (?, ?, ?, ?)",
                    (event_id, stage_id, judge_id, submission_id),
                )
            else:
                cur = ws.conn.execute(
                    "DELETE FROM assignments WHERE event_id=? AND stage_id=? AND judge_id=?"
                    " AND submission_id=?",
                    (event_id, stage_id, judge_id, submission_id),
                )
            if cur.rowcount:
                changed += 1
                record(
                    ws,
                    actor,
                    "assign" if on else "unassign",
                    event_id,
                    f"{stage_id}/{judge_id}/{submission_id}",
                    None,
                    None,
                )
    return changed


def assigned_cells(ws: Workspace, event_id: str, stage_id: str) -> set[tuple[str, str]]:
    return {
        (r[0], r[1])
        for r in ws.conn.execute(
            "SELECT judge_id, submission_id FROM assignments WHERE event_id=? AND stage_id=?",
            (event_id, stage_id),
        )
    }


# ---- conflicts -------------------------------------------------------------------
def add_conflict(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, actor: str
) -> int:
    """Record the conflict and drop the judge's assignments to any submission of
    that region (every stage); returns how many assignments were dropped."""
    with ws.transaction():
        cur = ws.conn.execute(
            "INSERT OR IGNORE INTO conflicts(event_id, judge_id, region_id, reason, declared_by,"
            " declared_at) VALUES (?, ?, ?, ?, ?, ?)",
            (event_id, judge_id, region_id, reason, actor, now()),
        )
        if cur.rowcount:
            record(ws, actor, "conflict", event_id, region_id, None, judge_id, reason)
        dropped = ws.conn.execute(
            "DELETE FROM assignments WHERE event_id=? AND judge_id=? AND submission_id IN"
            " (SELECT id FROM submissions WHERE event_id=? AND region_id=?)",
            (event_id, judge_id, event_id, region_id),
        ).rowcount
        if dropped:
            record(ws, actor, "unassign", event_id, f"{judge_id}/{region_id}", None, None, reason)
    return int(dropped)


def remove_conflict(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, actor: str
) -> bool:
    with ws.transaction():
        cur = ws.conn.execute(
            "DELETE FROM conflicts WHERE event_id=? AND judge_id=? AND region_id=?",
            (event_id, judge_id, region_id),
        )
        if cur.rowcount:
            record(ws, actor, "conflict-withdrawn", event_id, region_id, judge_id, None, reason)
        return bool(cur.rowcount)


def conflicted_regions(ws: Workspace, event_id: str, judge_id: str) -> set[str]:
    return {
        r[0]
        for r in ws.conn.execute(
            "SELECT region_id FROM conflicts WHERE event_id=? AND judge_id=?", (event_id, judge_id)
        )
    }


def conflict_pairs(ws: Workspace, event_id: str) -> set[tuple[str, str]]:
    """(judge, region) pairs with a declared conflict."""
    return {
        (r[0], r[1])
        for r in ws.conn.execute(
            "SELECT judge_id, region_id FROM conflicts WHERE event_id=?", (event_id,)
        )
    }


# ---- schedule --------------------------------------------------------------------
def set_slot(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    submission_id: str,
    starts_at: str,
    room: str,
    actor: str,
) -> None:
    with ws.transaction():
        old = ws.conn.execute(
            "SELECT starts_at, room FROM schedule WHERE event_id=? AND stage_id=?"
            " AND submission_id=?",
            (event_id, stage_id, submission_id),
        ).fetchone()
        key = {"event_id": event_id, "stage_id": stage_id, "submission_id": submission_id}
        slot = {"starts_at": starts_at, "room": room} if starts_at != "" else None
        put_or_delete(ws, "schedule", key, slot)
        record(
            ws,
            actor,
            "schedule",
            event_id,
            f"{stage_id}/{submission_id}",
            f"{old[0]} {old[1]}".strip() if old else None,
            f"{starts_at} {room}".strip() or None,
        )


@dataclass(frozen=True)
class ScheduleSlot:
    """A row of ``schedule`` with the name of the submission's region."""

    event_id: EventId
    stage_id: StageId
    submission_id: SubmissionId
    starts_at: str  # ISO local date-time
    room: str
    region: str


def schedule_rows(ws: Workspace, event_id: str, stage_id: str | None = None) -> list[ScheduleSlot]:
    sql = (
        "SELECT sc.event_id, sc.stage_id, sc.submission_id, sc.starts_at, sc.room,"
        " r.name AS region FROM schedule sc JOIN submissions s"
        " ON s.id = sc.submission_id JOIN regions r ON r.id = s.region_id WHERE sc.event_id=?"
    )
    params: list = [event_id]
    if stage_id is not None:
        sql += " AND sc.stage_id=?"
        params.append(stage_id)
    rows = ws.query(sql + " ORDER BY sc.starts_at, sc.room, r.name", tuple(params))
    return [ScheduleSlot(**r) for r in rows]
