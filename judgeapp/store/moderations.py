"""The moderations table: values the panel agreed on in place of the combined
one (``services.moderation`` holds the rules; this module the SQL and the row)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from judgeapp.store.db import Workspace


@dataclass(frozen=True)
class Moderation:
    """One row of the moderations table, with its value and its agreeing
    judges read back."""

    id: int
    event_id: str
    stage_id: str
    submission_id: str
    target: str  # indicator id or "total"
    value: Decimal | None  # None: the moderation was withdrawn
    reason: str
    agreed_by: tuple[str, ...]
    at: str

    @property
    def withdrawn(self) -> bool:
        return self.value is None


def _row(row: dict) -> Moderation:
    """``agreed_by`` holds a JSON list of names; other text is read as one name."""
    raw = row["agreed_by"]
    try:
        names = json.loads(raw)
        agreed = tuple(str(n) for n in names) if isinstance(names, list) else (str(raw),)
    except ValueError:
        agreed = (raw,) if raw else ()
    return Moderation(
        int(row["id"]),
        row["event_id"],
        row["stage_id"],
        row["submission_id"],
        row["target"],
        Decimal(row["value"]) if row["value"] != "" else None,
        row["reason"],
        agreed,
        row["at"],
    )


def rows(
    ws: Workspace, event_id: str, stage_id: str | None = None, submission_id: str | None = None
) -> list[Moderation]:
    """Every moderation row of the event (withdrawals included), oldest first."""
    return [
        _row(r)
        for r in ws.query_where(
            "moderations", "id", event_id=event_id, stage_id=stage_id, submission_id=submission_id
        )
    ]


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
