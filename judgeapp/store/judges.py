"""The judges of an event: edit, remove or retire, add a list in one
transaction. Every write is one transaction with a history row."""

from __future__ import annotations

from dataclasses import dataclass

from judgeapp.domain.judges import NewJudge
from judgeapp.errors import NotFound
from judgeapp.i18n import t
from judgeapp.store.db import Workspace, now
from judgeapp.store.events import (
    Judge,
    columns,
    find_judge,
    judge_from_row,
    slugify,
    unique_id_in_event,
)
from judgeapp.store.setup import record

PROFILE = ("name", "role", "province", "institution")


@dataclass(frozen=True)
class JudgeWork(Judge):
    """A judge's row with the sheets and score files they have in the event."""

    sheets: int
    files: int


def judge(ws: Workspace, event_id: str, judge_id: str) -> Judge:
    row = find_judge(ws, event_id, judge_id)
    if row is None:
        raise NotFound(
            t(
                f"tidak ada juri {judge_id!r} di acara {event_id}",
                f"no judge {judge_id!r} in event {event_id}",
            )
        )
    return row


def all_judges(ws: Workspace, event_id: str) -> list[Judge]:
    """Every judge of the event, retired ones too, by name."""
    rows = ws.query(
        f"SELECT {columns(Judge)} FROM judges WHERE event_id=? ORDER BY name, id", (event_id,)
    )
    return [judge_from_row(r) for r in rows]


def judge_has_id(ws: Workspace, event_id: str, judge_id: str) -> bool:
    return (
        ws.conn.execute(
            "SELECT 1 FROM judges WHERE event_id=? AND id=?", (event_id, judge_id)
        ).fetchone()
        is not None
    )


def work_of(ws: Workspace, event_id: str, judge_id: str) -> tuple[int, int]:
    """(sheets, score files) the judge has in the event."""
    sheets = ws.conn.execute(
        "SELECT COUNT(*) FROM sheets WHERE event_id=? AND judge_id=?", (event_id, judge_id)
    ).fetchone()[0]
    files = ws.conn.execute(
        "SELECT COUNT(*) FROM score_files WHERE event_id=? AND judge_id=?", (event_id, judge_id)
    ).fetchone()[0]
    return int(sheets), int(files)


def add_judges(ws: Workspace, event_id: str, judges: list[NewJudge], actor: str) -> list[str]:
    """Insert new judges (the caller checked names and ids); one transaction."""
    ids: dict[int, str] = {}
    # rows with their own id first, so that a generated id never takes one of theirs
    order = sorted(range(len(judges)), key=lambda i: judges[i].judge_id is None)
    with ws.transaction():
        for i in order:
            j = judges[i]
            jid = j.judge_id or unique_id_in_event(ws, "judges", event_id, slugify(j.name))
            ws.conn.execute(
                "INSERT INTO judges(event_id, id, name, role, province, institution)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (event_id, jid, j.name, j.role, j.province, j.institution),
            )
            record(ws, actor, "judge-added", event_id, jid, None, f"{j.name} ({j.role})")
            ids[i] = jid
    return [ids[i] for i in range(len(judges))]


def update_judge(
    ws: Workspace, event_id: str, judge_id: str, changes: dict[str, str], actor: str
) -> list[str]:
    """Change profile fields (name, role, province, institution); returns the
    fields that changed, each with its history row."""
    changed: list[str] = []
    with ws.transaction():
        row = judge(ws, event_id, judge_id)
        for key, value in changes.items():
            if key not in PROFILE or (getattr(row, key) or "") == value:
                continue
            ws.conn.execute(
                f"UPDATE judges SET {key}=? WHERE event_id=? AND id=?",  # key from PROFILE
                (value, event_id, judge_id),
            )
            action = "judge" if key == "role" else f"judge-{key}"
            record(ws, actor, action, event_id, judge_id, getattr(row, key) or "", value)
            changed.append(key)
    return changed


def delete_judge(ws: Workspace, event_id: str, judge_id: str, reason: str, actor: str) -> None:
    """Remove a judge who has no sheet and no score file: the row, their
    assignments and conflicts; the history keeps who it was."""
    with ws.transaction():
        row = judge(ws, event_id, judge_id)
        sheets, files = work_of(ws, event_id, judge_id)
        if sheets or files:  # the service checked; a race must not delete scores
            raise NotFound(t("juri ini sudah menilai", "this judge has already scored"))
        ws.conn.execute(
            "DELETE FROM assignments WHERE event_id=? AND judge_id=?", (event_id, judge_id)
        )
        ws.conn.execute(
            "DELETE FROM conflicts WHERE event_id=? AND judge_id=?", (event_id, judge_id)
        )
        ws.conn.execute("DELETE FROM judges WHERE event_id=? AND id=?", (event_id, judge_id))
        record(
            ws,
            actor,
            "judge-removed",
            event_id,
            judge_id,
            f"{row.name} ({row.role})",
            None,
            reason,
        )


def retire_judge(ws: Workspace, event_id: str, judge_id: str, reason: str, actor: str) -> int:
    """Retire a judge who has scored: sheets and history kept, the
    assignments with no sheet dropped (returned: how many)."""
    with ws.transaction():
        row = judge(ws, event_id, judge_id)
        at = now()
        ws.conn.execute(
            "UPDATE judges SET retired_at=?, retired_reason=? WHERE event_id=? AND id=?",
            (at, reason, event_id, judge_id),
        )
        dropped = ws.conn.execute(
            "DELETE FROM assignments WHERE event_id=? AND judge_id=? AND NOT EXISTS ("
            " SELECT 1 FROM sheets s WHERE s.event_id=assignments.event_id"
            " AND s.stage_id=assignments.stage_id AND s.judge_id=assignments.judge_id"
            " AND s.submission_id=assignments.submission_id)",
            (event_id, judge_id),
        ).rowcount
        sheets, files = work_of(ws, event_id, judge_id)
        record(
            ws,
            actor,
            "judge-retired",
            event_id,
            judge_id,
            f"{row.name} ({row.role})",
            f"{sheets} sheets, {files} score files kept; {dropped} open assignments dropped",
            reason,
        )
    return int(dropped)


def reinstate_judge(ws: Workspace, event_id: str, judge_id: str, reason: str, actor: str) -> None:
    with ws.transaction():
        row = judge(ws, event_id, judge_id)
        ws.conn.execute(
            "UPDATE judges SET retired_at='', retired_reason='' WHERE event_id=? AND id=?",
            (event_id, judge_id),
        )
        record(ws, actor, "judge-reinstated", event_id, judge_id, row.retired_at, "", reason)
