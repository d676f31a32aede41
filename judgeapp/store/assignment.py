"""Rows automatic assignment reads and writes: the judges' profiles (province,
institution, capacity, preferred categories), which sheets have been started,
and a stage's assignments replaced as a whole in one transaction with one
history row."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace
from judgeapp.store.setup import assigned_cells

Pair = tuple[str, str]


@dataclass(frozen=True)
class JudgeProfile:
    """The profile columns of a judge's row (``expertise`` decoded)."""

    id: str
    name: str
    role: str
    province: str
    institution: str
    capacity: int | None  # most submissions per stage (None: no limit)
    expertise: tuple[str, ...]  # preferred categories


def judge_profiles(ws: Workspace, event_id: str) -> list[JudgeProfile]:
    """The event's judges with their profile columns (``expertise`` decoded)."""
    rows = ws.query(
        "SELECT id, name, role, province, institution, capacity, expertise FROM judges"
        " WHERE event_id=? AND retired_at='' ORDER BY name, id",  # retired: never assigned
        (event_id,),
    )
    return [
        JudgeProfile(
            id=r["id"],
            name=r["name"],
            role=r["role"],
            province=r["province"] or "",
            institution=r["institution"] or "",
            capacity=None if r["capacity"] is None else int(r["capacity"]),
            expertise=tuple(_categories(r["expertise"])),
        )
        for r in rows
    ]


def _categories(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    if not isinstance(value, list):
        return []
    return [str(v) for v in value if isinstance(v, str | int) and str(v).strip()]


def set_judge_profile(
    ws: Workspace,
    event_id: str,
    judge_id: str,
    *,
    province: str,
    institution: str,
    capacity: int | None,
    expertise: list[str],
    actor: str,
) -> bool:
    """Write the four profile fields; one history row when anything changed.
    Returns whether anything changed (``KeyError`` for an unknown judge)."""
    with ws.transaction():
        row = ws.conn.execute(
            "SELECT province, institution, capacity, expertise FROM judges"
            " WHERE event_id=? AND id=?",
            (event_id, judge_id),
        ).fetchone()
        if row is None:
            raise KeyError(judge_id)
        old = {
            "province": row[0],
            "institution": row[1],
            "capacity": row[2],
            "expertise": _categories(row[3]),
        }
        new = {
            "province": province,
            "institution": institution,
            "capacity": capacity,
            "expertise": expertise,
        }
        if old == new:
            return False
        ws.conn.execute(
            "UPDATE judges SET province=?, institution=?, capacity=?, expertise=?"
            " WHERE event_id=? AND id=?",
            (
                province,
                institution,
                capacity,
                json.dumps(expertise, ensure_ascii=False),
                event_id,
                judge_id,
            ),
        )
        store_history.append(
            ws,
            "judge-profile",
            actor=actor,
            event_id=event_id,
            target=judge_id,
            old=json.dumps(old, ensure_ascii=False, sort_keys=True),
            new=json.dumps(new, ensure_ascii=False, sort_keys=True),
        )
        return True


def version_chain(ws: Workspace, event_id: str) -> dict[str, str | None]:
    """Submission id → the id that superseded it (``None`` for a current one)."""
    return {
        r[0]: r[1]
        for r in ws.conn.execute(
            "SELECT id, superseded_by FROM submissions WHERE event_id=?", (event_id,)
        )
    }


def started_pairs(ws: Workspace, event_id: str, stage_id: str) -> set[Pair]:
    """(judge, submission) of the stage's sheets with work in them: final, or
    holding at least one score or text. The submission id is the sheet's own
    (possibly an older version)."""
    return {
        (r[0], r[1])
        for r in ws.conn.execute(
            "SELECT s.judge_id, s.submission_id FROM sheets s WHERE s.event_id=? AND"
            " s.stage_id=? AND (s.status='final'"
            " OR EXISTS (SELECT 1 FROM item_scores i WHERE i.sheet_id = s.id)"
            " OR EXISTS (SELECT 1 FROM sheet_texts x WHERE x.sheet_id = s.id))",
            (event_id, stage_id),
        )
    }


def replace_stage_assignments(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    submissions: Iterable[str],
    pairs: Iterable[Pair],
    summary: dict,
    actor: str,
) -> tuple[int, int]:
    """Make the stage's assignments over ``submissions`` exactly ``pairs``
    (assignments to other submissions stay). Must run inside the caller's
    transaction or opens its own; writes one history row. Returns
    (added, removed)."""
    subs = set(submissions)
    wanted = set(pairs)
    with ws.transaction():
        held = {p for p in assigned_cells(ws, event_id, stage_id) if p[1] in subs}
        gone = sorted(held - wanted)
        new = sorted(wanted - held)
        ws.conn.executemany(
            "DELETE FROM assignments WHERE event_id=? AND stage_id=? AND judge_id=?"
            " AND submission_id=?",
            [(event_id, stage_id, j, s) for j, s in gone],
        )
        ws.conn.executemany(
            "INSERT OR IGNORE INTO assignments(event_id, stage_id, judge_id, submission_id)"
            " VALUES (?, ?, ?, ?)",
            [(event_id, stage_id, j, s) for j, s in new],
        )
        store_history.append(
            ws,
            "auto-assign",
            actor=actor,
            event_id=event_id,
            target=stage_id,
            old=str(len(held)),
            new=json.dumps(
                {**summary, "added": len(new), "removed": len(gone)},
                ensure_ascii=False,
                sort_keys=True,
            ),
        )
    return len(new), len(gone)
