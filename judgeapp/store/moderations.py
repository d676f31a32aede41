"""The moderations table: values the panel agreed on in place of the combined
one (``services.moderation`` holds the rules; this module the SQL)."""

from __future__ import annotations

from judgeapp.store.db import Workspace


def rows(
    ws: Workspace, event_id: str, stage_id: str | None = None, submission_id: str | None = None
) -> list[dict]:
    """Every moderation row of the event (withdrawals included), oldest first."""
    return ws.query_where(
        "moderations", "id", event_id=event_id, stage_id=stage_id, submission_id=submission_id
    )


def insert(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    submission_id: str,
    target: str,
    *,
    value: str,
    reason: str,
    agreed_by: str,
    at: str,
) -> int:
    """A new moderation row (``value`` '' withdraws); its id. Inside the caller's transaction."""
    cur = ws.conn.execute(
        "INSERT INTO moderations(event_id, stage_id, submission_id, target, value, reason,"
        " agreed_by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, stage_id, submission_id, target, value, reason, agreed_by, at),
    )
    return int(cur.lastrowid or 0)
