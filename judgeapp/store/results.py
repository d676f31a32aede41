"""Read-only queries behind the results and the progress board.

``services.results`` (ranking, sensitivity, agreement, disagreements) and
``services.progress`` (who has scored what) read the workspace only through
these functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from judgeapp.store.db import Workspace


@dataclass(frozen=True)
class StageSheet:
    """One sheet of a stage with its scores as stored (key → decimal text)."""

    id: str
    judge_id: str
    submission_id: str
    status: str
    revision: int
    form_hash: str
    source: str
    scores: dict[str, str]
    warnings: tuple[dict, ...] = ()  # see migration 0016


@dataclass(frozen=True)
class SheetHead:
    """A sheet's row without its content (the progress board's cells)."""

    id: str
    judge_id: str
    submission_id: str
    status: str
    revision: int
    source: str
    form_hash: str


def submission_versions(ws: Workspace, event_id: str) -> dict[str, tuple[str | None, int]]:
    """Every submission of the event (superseded ones too): id → (the id of
    the version that replaced it or None, its version number)."""
    return {
        sid: (nxt, int(version))
        for sid, version, nxt in ws.conn.execute(
            "SELECT id, version, superseded_by FROM submissions WHERE event_id=?", (event_id,)
        )
    }


def stage_sheets(ws: Workspace, event_id: str, stage_id: str) -> list[StageSheet]:
    """Every sheet of a stage with its scores as decimal text, read from the
    per-sheet JSON copy that triggers keep equal to ``item_scores`` (one row a
    sheet), and its import warnings."""
    out: list[StageSheet] = []
    loads = json.loads
    for sid, judge, sub, status, revision, form_hash, source, scores, warnings in ws.conn.execute(
        "SELECT id, judge_id, submission_id, status, revision, form_hash, source, scores_json,"
        " warnings FROM sheets WHERE event_id=? AND stage_id=?",
        (event_id, stage_id),
    ):
        out.append(
            StageSheet(
                sid,
                judge,
                sub,
                status,
                int(revision),
                form_hash,
                source,
                loads(scores),
                tuple(loads(warnings)) if warnings else (),
            )
        )
    return out


def stage_sheet_heads(ws: Workspace, event_id: str, stage_id: str) -> list[SheetHead]:
    return [
        SheetHead(sid, judge, sub, status, int(revision), source, form_hash)
        for sid, judge, sub, status, revision, source, form_hash in ws.conn.execute(
            "SELECT id, judge_id, submission_id, status, revision, source, form_hash FROM sheets"
            " WHERE event_id=? AND stage_id=?",
            (event_id, stage_id),
        )
    ]


def stage_score_keys(ws: Workspace, event_id: str, stage_id: str) -> dict[str, set[str]]:
    """Sheet id → the keys it holds a score for, for every sheet of a stage."""
    out: dict[str, set[str]] = {}
    for sid, scores in ws.conn.execute(
        "SELECT id, scores_json FROM sheets WHERE event_id=? AND stage_id=?",
        (event_id, stage_id),
    ):
        keys = json.loads(scores)
        if keys:
            out[sid] = set(keys)
    return out


def stage_texts(
    ws: Workspace, event_id: str, stage_id: str
) -> dict[str, dict[tuple[str, str], str]]:
    """Sheet id → (target, field) → text, for every sheet of a stage."""
    out: dict[str, dict[tuple[str, str], str]] = {}
    for sid, target, fld, value in ws.conn.execute(
        "SELECT x.sheet_id, x.target, x.field, x.value FROM sheet_texts x JOIN sheets s"
        " ON s.id=x.sheet_id WHERE s.event_id=? AND s.stage_id=?",
        (event_id, stage_id),
    ):
        out.setdefault(sid, {})[(target, fld)] = value
    return out


def stage_warnings(ws: Workspace, event_id: str, stage_id: str) -> dict[str, tuple[dict, ...]]:
    """Sheet id → its import warnings (migration 0016), for sheets that have any."""
    return {
        sid: tuple(json.loads(warnings))
        for sid, warnings in ws.conn.execute(
            "SELECT id, warnings FROM sheets WHERE event_id=? AND stage_id=? AND warnings <> ''",
            (event_id, stage_id),
        )
    }


def set_warnings(ws: Workspace, sheet_id: str, warnings: list[dict]) -> None:
    """Replace a sheet's import warnings (inside the caller's transaction)."""
    ws.conn.execute(
        "UPDATE sheets SET warnings=? WHERE id=?",
        (json.dumps(warnings, ensure_ascii=False, sort_keys=True) if warnings else "", sheet_id),
    )
