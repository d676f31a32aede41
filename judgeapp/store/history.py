"""The verifiable history: each row chained to the one before by SHA-256.

Every connection registers ``judgeapp_chain()`` (``db.configure``); a trigger
(migration 0012) stores each new row's digest in ``history_chain``.
``verify_history`` recomputes the whole chain from the rows.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from judgeapp.store.db import Workspace

FIELDS = ("id", "at", "actor", "action", "event_id", "sheet_id", "target", "old", "new", "reason")


def chain_digest(previous: str | None, *fields: object) -> str:
    """SHA-256 of the previous digest and the row's fields (canonical JSON)."""
    body = json.dumps([previous or "", *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class HistoryCheck:
    rows: int
    ok: bool
    first_bad: int | None = None  # history id where the chain breaks
    reason: str = ""
    head: str = ""  # digest of the last row


def head(ws: Workspace) -> tuple[int, str]:
    """(rows, digest of the last row) of this workspace's history now."""
    row = ws.conn.execute(
        "SELECT (SELECT count(*) FROM history),"
        " (SELECT digest FROM history_chain ORDER BY id DESC LIMIT 1)"
    ).fetchone()
    return int(row[0]), row[1] or ""


def verify_history(ws: Workspace) -> HistoryCheck:
    cols = ", ".join(f"h.{f}" for f in FIELDS)
    previous = ""
    n = 0
    for row in ws.conn.execute(
        f"SELECT {cols}, c.digest FROM history h LEFT JOIN history_chain c ON c.id = h.id"
        " ORDER BY h.id"
    ):
        *fields, stored = row
        n += 1
        expected = chain_digest(previous, *fields)
        if stored is None:
            return HistoryCheck(n, False, fields[0], "row has no chain digest", previous)
        if stored != expected:
            return HistoryCheck(n, False, fields[0], "row differs from its chain digest", previous)
        previous = expected
    orphans = ws.conn.execute(
        "SELECT min(c.id) FROM history_chain c LEFT JOIN history h ON h.id = c.id"
        " WHERE h.id IS NULL"
    ).fetchone()[0]
    if orphans is not None:
        return HistoryCheck(n, False, int(orphans), "a chained row was removed", previous)
    return HistoryCheck(n, True, None, "", previous)
