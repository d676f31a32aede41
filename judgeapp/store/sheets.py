"""Judges' sheets: item scores, texts, evidence links, status — with history.

Every write here is one committed transaction that also appends a history row
and bumps the sheet's revision. Callers may report "saved" only after the
function returned.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from judgeapp.domain.evidence import EvidenceLink
from judgeapp.domain.ids import (
    EventId,
    JudgeId,
    SheetId,
    SheetPlace,
    SheetStatus,
    StageId,
    SubmissionId,
)
from judgeapp.errors import NotFound, Refused
from judgeapp.i18n import t
from judgeapp.store import history as store_history
from judgeapp.store import history_rows
from judgeapp.store.db import Workspace, now
from judgeapp.store.history_rows import HistoryRow
from judgeapp.store.rows import put_or_delete


class SheetLocked(Refused):
    """A final sheet cannot change (re-open it with a reason first)."""


@dataclass(frozen=True)
class SheetData:
    id: SheetId
    event_id: EventId
    stage_id: StageId
    judge_id: JudgeId
    submission_id: SubmissionId
    form_hash: str
    status: SheetStatus
    revision: int
    source: str
    position: str
    timer: dict
    finalised_at: str | None
    updated_at: str
    scores: dict[str, Decimal]
    texts: dict[tuple[str, str], str]
    evidence: tuple[dict, ...]


def sheet_id_for(ws: Workspace, place: SheetPlace) -> str | None:
    row = ws.conn.execute(
        "SELECT id FROM sheets WHERE event_id=? AND stage_id=? AND judge_id=? AND submission_id=?",
        (place.event_id, place.stage_id, place.judge_id, place.submission_id),
    ).fetchone()
    return str(row[0]) if row else None


def ensure_sheet(
    ws: Workspace, place: SheetPlace, form_hash: str, *, source: str = "local", sample: bool = False
) -> str:
    """The sheet's id, creating an empty open sheet when there is none."""
    with ws.transaction():
        existing = sheet_id_for(ws, place)
        if existing:
            return existing
        sid = uuid.uuid4().hex
        ws.conn.execute(
            "INSERT INTO sheets(id, event_id, stage_id, judge_id, submission_id, form_hash,"
            " source, sample, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                sid,
                place.event_id,
                place.stage_id,
                place.judge_id,
                place.submission_id,
                form_hash,
                source,
                int(sample),
                now(),
            ),
        )
        return sid


def form_hash_of(ws: Workspace, sheet_id: str) -> str:
    """The pinned form a sheet is scored on."""
    row = ws.conn.execute("SELECT form_hash FROM sheets WHERE id=?", (sheet_id,)).fetchone()
    if row is None:
        raise NotFound(_no_sheet(sheet_id))
    return str(row[0])


@dataclass(frozen=True)
class SheetHead:
    """A sheet row's revision, status, position and times (no scores): the
    fields of ``SheetData`` of the same names."""

    revision: int
    status: SheetStatus
    position: str
    updated_at: str
    finalised_at: str | None


def sheet_head(ws: Workspace, sheet_id: str) -> SheetHead | None:
    row = ws.conn.execute(
        "SELECT revision, status, position, updated_at, finalised_at FROM sheets WHERE id=?",
        (sheet_id,),
    ).fetchone()
    return None if row is None else SheetHead(int(row[0]), row[1], row[2], row[3], row[4])


def load_sheet(ws: Workspace, sheet_id: str) -> SheetData:
    row = ws.query_one("SELECT * FROM sheets WHERE id=?", (sheet_id,))
    if row is None:
        raise NotFound(_no_sheet(sheet_id))
    scores, texts = sheet_content(ws, sheet_id)
    evidence = tuple(ws.query("SELECT * FROM evidence WHERE sheet_id=? ORDER BY id", (sheet_id,)))
    return SheetData(
        row["id"],
        row["event_id"],
        row["stage_id"],
        row["judge_id"],
        row["submission_id"],
        row["form_hash"],
        row["status"],
        row["revision"],
        row["source"],
        row["position"],
        json.loads(row["timer"] or "{}"),
        row["finalised_at"],
        row["updated_at"],
        scores,
        texts,
        evidence,
    )


def _touch(ws: Workspace, sheet_id: str, *, allow_final: bool = False) -> int:
    row = ws.conn.execute("SELECT status, revision FROM sheets WHERE id=?", (sheet_id,)).fetchone()
    if row is None:
        raise NotFound(_no_sheet(sheet_id))
    if row[0] == "final" and not allow_final:
        raise SheetLocked("the sheet is final; re-open it with a reason to change it")
    revision = int(row[1]) + 1
    ws.conn.execute(
        "UPDATE sheets SET revision=?, updated_at=? WHERE id=?", (revision, now(), sheet_id)
    )
    return revision


def sheet_content(
    ws: Workspace, sheet_id: str
) -> tuple[dict[str, Decimal], dict[tuple[str, str], str]]:
    """The sheet's item scores and its texts keyed by (target, field)."""
    scores = {
        k: Decimal(v)
        for k, v in ws.conn.execute(
            "SELECT key, value FROM item_scores WHERE sheet_id=?", (sheet_id,)
        )
    }
    texts = {
        (t, f): v
        for t, f, v in ws.conn.execute(
            "SELECT target, field, value FROM sheet_texts WHERE sheet_id=?", (sheet_id,)
        )
    }
    return scores, texts


def write_score(ws: Workspace, sheet_id: str, key: str, value: str | None) -> None:
    """Store one item score as its decimal text; None deletes it."""
    row = None if value is None else {"value": value, "updated_at": now()}
    put_or_delete(ws, "item_scores", {"sheet_id": sheet_id, "key": key}, row)


def write_text(ws: Workspace, sheet_id: str, target: str, field: str, value: str | None) -> None:
    """Store one text field; an empty text (or None) deletes it."""
    row = {"value": value, "updated_at": now()} if value else None
    put_or_delete(ws, "sheet_texts", {"sheet_id": sheet_id, "target": target, "field": field}, row)


def insert_evidence(ws: Workspace, sheet_id: str, link: EvidenceLink) -> int:
    """One evidence link of the sheet; returns its id."""
    cur = ws.conn.execute(
        "INSERT INTO evidence(sheet_id, target, doc_id, page, note, grid_cell, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (sheet_id, link.target, link.doc_id, int(link.page), link.note, link.grid_cell, now()),
    )
    return int(cur.lastrowid or 0)


def set_score(ws: Workspace, sheet_id: str, key: str, value: Decimal | None, actor: str) -> int:
    """Write (or clear, with None) one score; returns the new revision."""
    with ws.transaction():
        old_row = ws.conn.execute(
            "SELECT value FROM item_scores WHERE sheet_id=? AND key=?", (sheet_id, key)
        ).fetchone()
        old = old_row[0] if old_row else None
        new = None if value is None else format(value, "f")
        if old == new:
            row = ws.conn.execute("SELECT revision FROM sheets WHERE id=?", (sheet_id,)).fetchone()
            return int(row[0])
        revision = _touch(ws, sheet_id)
        write_score(ws, sheet_id, key, new)
        ws.conn.execute("UPDATE sheets SET position=? WHERE id=?", (key, sheet_id))
        store_history.append(
            ws, "score", actor=actor, sheet_id=sheet_id, target=key, old=old, new=new
        )
        return revision


def set_text(ws: Workspace, sheet_id: str, target: str, field: str, value: str, actor: str) -> int:
    with ws.transaction():
        old_row = ws.conn.execute(
            "SELECT value FROM sheet_texts WHERE sheet_id=? AND target=? AND field=?",
            (sheet_id, target, field),
        ).fetchone()
        old = old_row[0] if old_row else None
        if (old or "") == value:
            row = ws.conn.execute("SELECT revision FROM sheets WHERE id=?", (sheet_id,)).fetchone()
            return int(row[0])
        revision = _touch(ws, sheet_id)
        write_text(ws, sheet_id, target, field, value)
        where = f"{target}/{field}"
        store_history.append(
            ws, "text", actor=actor, sheet_id=sheet_id, target=where, old=old, new=value
        )
        return revision


def add_evidence(ws: Workspace, sheet_id: str, link: EvidenceLink, actor: str) -> int:
    with ws.transaction():
        _touch(ws, sheet_id)
        evidence_id = insert_evidence(ws, sheet_id, link)
        new = f"{link.doc_id}#{link.page}"
        store_history.append(
            ws, "evidence", actor=actor, sheet_id=sheet_id, target=link.target, new=new
        )
        return evidence_id


def remove_evidence(ws: Workspace, sheet_id: str, evidence_id: int, actor: str) -> None:
    with ws.transaction():
        row = ws.conn.execute(
            "SELECT target, doc_id, page FROM evidence WHERE id=? AND sheet_id=?",
            (evidence_id, sheet_id),
        ).fetchone()
        if row is None:
            return
        _touch(ws, sheet_id)
        ws.conn.execute("DELETE FROM evidence WHERE id=?", (evidence_id,))
        old = f"{row[1]}#{row[2]}"
        store_history.append(ws, "evidence", actor=actor, sheet_id=sheet_id, target=row[0], old=old)


def set_status(
    ws: Workspace, sheet_id: str, status: SheetStatus, actor: str, reason: str = ""
) -> int:
    if status not in ("open", "final"):
        raise ValueError(status)
    with ws.transaction():
        row = ws.conn.execute("SELECT status FROM sheets WHERE id=?", (sheet_id,)).fetchone()
        if row is None:
            raise NotFound(_no_sheet(sheet_id))
        old = row[0]
        revision = _touch(ws, sheet_id, allow_final=True)
        ws.conn.execute(
            "UPDATE sheets SET status=?, finalised_at=?, signed_by=? WHERE id=?",
            (
                status,
                now() if status == "final" else None,
                actor if status == "final" else "",
                sheet_id,
            ),
        )
        store_history.append(
            ws, "status", actor=actor, sheet_id=sheet_id, old=old, new=status, reason=reason
        )
        return revision


def set_position(ws: Workspace, sheet_id: str, key: str) -> None:
    """Where the judge was (not a scored change: no revision, no history)."""
    with ws.transaction():
        ws.conn.execute("UPDATE sheets SET position=? WHERE id=?", (key, sheet_id))


def set_timer(ws: Workspace, sheet_id: str, timer: dict, actor: str) -> None:
    with ws.transaction():
        ws.conn.execute(
            "UPDATE sheets SET timer=? WHERE id=?", (json.dumps(timer, sort_keys=True), sheet_id)
        )
        new = json.dumps(timer, sort_keys=True)
        store_history.append(ws, "timer", actor=actor, sheet_id=sheet_id, new=new)


def history(ws: Workspace, sheet_id: str) -> list[HistoryRow]:
    return history_rows.of_sheet(ws, sheet_id)


@dataclass(frozen=True)
class SheetScores:
    """One sheet of a stage as merging and ranking read it: whose, of which
    submission, how far along, and its item scores (key → Decimal)."""

    sheet_id: SheetId
    judge_id: JudgeId
    submission_id: SubmissionId
    status: SheetStatus
    revision: int
    form_hash: str
    scores: dict[str, Decimal]


def stage_scores(ws: Workspace, event_id: str, stage_id: str) -> list[SheetScores]:
    """Every sheet of a stage with its scores, for merging and ranking.

    Reads the per-sheet JSON copy that triggers keep equal to ``item_scores``
    (migration 0011): one row a sheet.
    """
    out: list[SheetScores] = []
    cache: dict[str, Decimal] = {}
    for sid, judge, submission, status, revision, form_hash, scores_json in ws.conn.execute(
        "SELECT id, judge_id, submission_id, status, revision, form_hash, scores_json"
        " FROM sheets WHERE event_id=? AND stage_id=?",
        (event_id, stage_id),
    ):
        scores: dict[str, Decimal] = {}
        for key, text in json.loads(scores_json).items():
            value = cache.get(text)
            if value is None:
                value = cache[text] = Decimal(text)
            scores[key] = value
        out.append(SheetScores(sid, judge, submission, status, revision, form_hash, scores))
    return out


def stage_with_work(ws: Workspace, event_id: str, judge_id: str | None, stages: list[str]) -> str:
    """The first stage where this judge has an assigned region whose sheet is
    not final (the interview the judge most likely opened the app for), else
    the first stage."""
    if judge_id:
        for stage in stages:
            row = ws.conn.execute(
                "SELECT 1 FROM assignments a LEFT JOIN sheets s ON s.event_id = a.event_id"
                " AND s.stage_id = a.stage_id AND s.judge_id = a.judge_id"
                " AND s.submission_id = a.submission_id"
                " WHERE a.event_id=? AND a.stage_id=? AND a.judge_id=?"
                " AND COALESCE(s.status, 'open') <> 'final' LIMIT 1",
                (event_id, stage, judge_id),
            ).fetchone()
            if row:
                return stage
    return stages[0] if stages else ""


def has_scores(ws: Workspace, event_id: str, judge_id: str, submission_id: str) -> bool:
    """Whether the judge has entered any score for the submission (any stage)."""
    row = ws.conn.execute(
        "SELECT 1 FROM item_scores i JOIN sheets s ON s.id=i.sheet_id"
        " WHERE s.event_id=? AND s.judge_id=? AND s.submission_id=? LIMIT 1",
        (event_id, judge_id, submission_id),
    ).fetchone()
    return row is not None


def declare_conflict(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, actor: str
) -> None:
    """A conflict of interest the judge declares (on their own laptop) and its history row."""
    with ws.transaction():
        insert_conflict(ws, event_id, judge_id, region_id, reason, by=actor, at=now())
        conflict_history(ws, event_id, judge_id, region_id, reason, actor)


def insert_conflict(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, *, by: str, at: str
) -> bool:
    """Keep a declared conflict of interest (True when it is new); the first
    declaration of a judge and region stays as it was made."""
    cur = ws.conn.execute(
        "INSERT OR IGNORE INTO conflicts(event_id, judge_id, region_id, reason, declared_by,"
        " declared_at) VALUES (?, ?, ?, ?, ?, ?)",
        (event_id, judge_id, region_id, reason, by, at),
    )
    return bool(cur.rowcount)


def conflict_history(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, actor: str
) -> None:
    """The history row of a declared conflict: of the event, aimed at the region."""
    store_history.append(
        ws,
        "conflict",
        actor=actor,
        event_id=event_id,
        target=region_id,
        new=judge_id,
        reason=reason,
    )


def _no_sheet(sheet_id: str) -> str:
    return t(f"tidak ada lembar {sheet_id!r}", f"no sheet {sheet_id!r}")
