"""SQLite's own checks of a workspace file (``judgeapp verify WORKSPACE``)."""

from __future__ import annotations

from judgeapp.store.db import Workspace


def integrity_check(ws: Workspace) -> str:
    """``"ok"``, or SQLite's first complaint about the database file."""
    return str(ws.conn.execute("PRAGMA integrity_check").fetchone()[0])


def foreign_key_problems(ws: Workspace) -> int:
    """How many rows point at a row that does not exist."""
    return len(ws.conn.execute("PRAGMA foreign_key_check").fetchall())
