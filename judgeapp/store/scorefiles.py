"""Score files: what a judge workspace exports, and the secretariat's record of
accepted files and of its own copy of every judge's sheet.

The secretariat's copy of a judge's sheet is an ordinary ``sheets`` row keyed
by (event, stage, judge, submission) with ``source`` ``file``, ``paper`` or
``worksheet``; ``replace_sheet`` overwrites its content (scores, texts,
evidence, status, timer, revision) and writes one history row per changed
score or text, inside the caller's transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from judgeapp.domain.evidence import EvidenceLink
from judgeapp.domain.ids import SheetId, SheetPlace, SheetStatus
from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace, now
from judgeapp.store.sheets import (
    conflict_history,
    ensure_sheet,
    insert_conflict,
    insert_evidence,
    write_score,
    write_text,
)
from judgeapp.store.sheets import sheet_content as sheet_content


# ---- export side (judge workspace) --------------------------------------------------
def sheets_for_export(ws: Workspace, event_id: str, judge_id: str) -> list[dict]:
    """Every sheet of the judge for the event, as plain data in a stable order."""
    rows = ws.query(
        "SELECT s.*, COALESCE(r.name, '') AS region FROM sheets s"
        " LEFT JOIN submissions sub ON sub.id = s.submission_id"
        " LEFT JOIN regions r ON r.id = sub.region_id"
        " WHERE s.event_id=? AND s.judge_id=? ORDER BY s.stage_id, s.submission_id",
        (event_id, judge_id),
    )
    out: list[dict] = []
    for row in rows:
        sid = row["id"]
        scores = {
            k: v
            for k, v in ws.conn.execute(
                "SELECT key, value FROM item_scores WHERE sheet_id=? ORDER BY key", (sid,)
            )
        }
        texts = [
            {"target": t, "field": f, "value": v}
            for t, f, v in ws.conn.execute(
                "SELECT target, field, value FROM sheet_texts WHERE sheet_id=?"
                " ORDER BY target, field",
                (sid,),
            )
        ]
        evidence = [
            {"target": t, "doc_id": d, "page": int(p), "note": n, "grid_cell": g}
            for t, d, p, n, g in ws.conn.execute(
                "SELECT target, doc_id, page, note, grid_cell FROM evidence WHERE sheet_id=?"
                " ORDER BY id",
                (sid,),
            )
        ]
        out.append(
            {
                "stage": row["stage_id"],
                "submission": row["submission_id"],
                "region": row["region"],
                "form_hash": row["form_hash"],
                "status": row["status"],
                "revision": int(row["revision"]),
                "finalised_at": row["finalised_at"],
                "signed_by": row["signed_by"],
                "updated_at": row["updated_at"],
                "timer": json.loads(row["timer"] or "{}"),
                "scores": scores,
                "texts": texts,
                "evidence": evidence,
            }
        )
    return out


def conflicts_for_export(ws: Workspace, event_id: str, judge_id: str) -> list[dict]:
    """The judge's declared conflicts, named by a submission of that region."""
    return ws.query(
        "SELECT MIN(s.id) AS submission, c.region_id AS region, c.reason, c.declared_at"
        " FROM conflicts c JOIN submissions s ON s.region_id = c.region_id AND s.event_id = c.event_id"
        " WHERE c.event_id=? AND c.judge_id=? GROUP BY c.region_id ORDER BY c.region_id",
        (event_id, judge_id),
    )


# ---- accepted files (secretariat) -----------------------------------------------------
def file_known(ws: Workspace, sha256: str) -> bool:
    """Whether a score file of these bytes was imported before (current or not)."""
    return (
        ws.conn.execute("SELECT 1 FROM score_files WHERE sha256=?", (sha256,)).fetchone()
        is not None
    )


@dataclass(frozen=True)
class CurrentFile:
    """A judge's current score file and its order key (revision, exported_at)."""

    sha256: str
    revision: int
    imported_at: str
    exported_at: str


def current_file(ws: Workspace, event_id: str, judge_id: str) -> CurrentFile | None:
    """The judge's current file with its order key (revision, exported_at)."""
    row = ws.query_one(
        "SELECT sha256, revision, body, imported_at FROM score_files"
        " WHERE event_id=? AND judge_id=? AND status='current'",
        (event_id, judge_id),
    )
    if row is None:
        return None
    payload = json.loads(row["body"])["payload"]
    return CurrentFile(
        row["sha256"], row["revision"], row["imported_at"], payload.get("exported_at", "")
    )


def record_file(
    ws: Workspace, sha256: str, event_id: str, judge_id: str, revision: int, body: str, actor: str
) -> None:
    """The new current file of the judge; the previous one becomes superseded."""
    with ws.transaction():
        ws.conn.execute(
            "UPDATE score_files SET status='superseded' WHERE event_id=? AND judge_id=?"
            " AND status='current'",
            (event_id, judge_id),
        )
        ws.conn.execute(
            "INSERT INTO score_files(sha256, event_id, judge_id, revision, body, status,"
            " imported_at) VALUES (?, ?, ?, ?, ?, 'current', ?)",
            (sha256, event_id, judge_id, revision, body, now()),
        )
        store_history.append(
            ws,
            "import",
            actor=actor,
            event_id=event_id,
            target=judge_id,
            new=f"score file {sha256[:12]} rev {revision}",
        )


# ---- the secretariat's copy of a sheet ---------------------------------------------------
@dataclass(frozen=True)
class HeldSheet:
    """A sheet the secretariat already holds: where it came from, its revision and status."""

    id: SheetId
    source: str  # file | paper | worksheet | …
    revision: int
    status: SheetStatus


def held_sheet(
    ws: Workspace, event_id: str, stage_id: str, judge_id: str, submission_id: str
) -> HeldSheet | None:
    row = ws.query_one(
        "SELECT id, source, revision, status FROM sheets WHERE event_id=? AND stage_id=?"
        " AND judge_id=? AND submission_id=?",
        (event_id, stage_id, judge_id, submission_id),
    )
    return (
        None
        if row is None
        else HeldSheet(row["id"], row["source"], int(row["revision"]), row["status"])
    )


def replace_sheet(
    ws: Workspace,
    place: SheetPlace,
    *,
    form_hash: str,
    source: str,
    revision: int,
    status: str,
    scores: dict[str, Decimal],
    texts: dict[tuple[str, str], str],
    evidence: list[dict] | None = None,
    timer: dict | None = None,
    finalised_at: str | None = None,
    signed_by: str = "",
    actor: str,
    reason: str,
) -> tuple[str, int]:
    """Make the held sheet say exactly this; returns (sheet id, number of
    scores/texts changed). ``evidence``/``timer`` None leave them as they are."""
    changes = 0
    with ws.transaction():
        sid = ensure_sheet(ws, place, form_hash, source=source)
        change = partial(
            store_history.append,
            ws,
            actor=actor,
            sheet_id=sid,
            reason=reason,
            event_id=place.event_id,
        )
        old_scores = {
            k: v
            for k, v in ws.conn.execute(
                "SELECT key, value FROM item_scores WHERE sheet_id=?", (sid,)
            )
        }
        new_scores = {k: format(v, "f") for k, v in scores.items()}
        for key in sorted(set(old_scores) | set(new_scores)):
            old, new = old_scores.get(key), new_scores.get(key)
            if old == new:
                continue
            changes += 1
            write_score(ws, sid, key, new)
            change("score", target=key, old=old, new=new)
        old_texts = {
            (t, f): v
            for t, f, v in ws.conn.execute(
                "SELECT target, field, value FROM sheet_texts WHERE sheet_id=?", (sid,)
            )
        }
        new_texts = {k: v for k, v in texts.items() if v != ""}
        for key in sorted(set(old_texts) | set(new_texts)):
            old, new = old_texts.get(key), new_texts.get(key)
            if old == new:
                continue
            changes += 1
            write_text(ws, sid, key[0], key[1], new)
            change("text", target=f"{key[0]}/{key[1]}", old=old, new=new)
        if evidence is not None:
            cols = ("target", "doc_id", "page", "note", "grid_cell")
            old_ev = [
                dict(zip(cols, r, strict=True))
                for r in ws.conn.execute(
                    "SELECT target, doc_id, page, note, grid_cell FROM evidence WHERE sheet_id=?"
                    " ORDER BY id",
                    (sid,),
                )
            ]
            new_ev = [{c: e.get(c, "") for c in cols} for e in evidence]
            if old_ev != new_ev:
                ws.conn.execute("DELETE FROM evidence WHERE sheet_id=?", (sid,))
                for e in new_ev:
                    insert_evidence(ws, sid, EvidenceLink(**e))
                change("evidence", old=str(len(old_ev)), new=str(len(new_ev)))
        row = ws.conn.execute(
            "SELECT status, revision, timer FROM sheets WHERE id=?", (sid,)
        ).fetchone()
        if row[0] != status:
            change("status", old=row[0], new=status)
        new_timer = row[2] if timer is None else json.dumps(timer, sort_keys=True)
        ws.conn.execute(
            "UPDATE sheets SET status=?, revision=?, source=?, form_hash=?, timer=?,"
            " finalised_at=?, signed_by=?, updated_at=? WHERE id=?",
            (
                status,
                revision,
                source,
                form_hash,
                new_timer,
                finalised_at if status == "final" else None,
                signed_by if status == "final" else "",
                now(),
                sid,
            ),
        )
    return sid, changes


def add_conflict_from_file(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, declared_at: str
) -> bool:
    """A conflict the judge declared on their laptop (True when new)."""
    with ws.transaction():
        new = insert_conflict(
            ws, event_id, judge_id, region_id, reason, by=judge_id, at=declared_at or now()
        )
        if new:
            conflict_history(ws, event_id, judge_id, region_id, reason, judge_id)
            ws.conn.execute(
                "DELETE FROM assignments WHERE event_id=? AND judge_id=? AND submission_id IN"
                " (SELECT id FROM submissions WHERE event_id=? AND region_id=?)",
                (event_id, judge_id, event_id, region_id),
            )
        return new
