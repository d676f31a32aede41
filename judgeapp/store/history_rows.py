"""The history as read back: its rows, one by id or every row of a sheet.

``store.history`` writes the rows (``append``), chains and signs them; this
module only reads them, as ``HistoryRow``.
"""

from __future__ import annotations

from dataclasses import dataclass

from judgeapp.domain.ids import EventId, SheetId
from judgeapp.store.db import Workspace


@dataclass(frozen=True)
class HistoryRow:
    """One row of the ``history`` table: who did what, old → new, and why
    (an empty event or sheet id: the row is not about one)."""

    id: int
    at: str
    actor: str
    action: str
    event_id: EventId
    sheet_id: SheetId
    target: str
    old: str | None
    new: str | None
    reason: str


def _rows(ws: Workspace, where: str, value: object) -> list[HistoryRow]:
    sql = f"SELECT * FROM history WHERE {where} ORDER BY id"
    return [HistoryRow(**r) for r in ws.query(sql, (value,))]


def row(ws: Workspace, history_id: int) -> HistoryRow | None:
    found = _rows(ws, "id=?", history_id)
    return found[0] if found else None


def of_sheet(ws: Workspace, sheet_id: str) -> list[HistoryRow]:
    """The sheet's history rows, oldest first."""
    return _rows(ws, "sheet_id=?", sheet_id)
