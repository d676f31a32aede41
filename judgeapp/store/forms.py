"""Pinned form snapshots (canonical JSON by hash)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from judgeapp.store.db import Workspace, now

if TYPE_CHECKING:  # the rubric models (pydantic) load when a form is first read
    from judgeapp.domain.rubric import Form


def pin_form(ws: Workspace, form: Form) -> str:
    """Store the form's canonical snapshot (idempotent); return its hash."""
    digest = form.hash
    with ws.transaction():
        ws.conn.execute(
            "INSERT OR IGNORE INTO forms(hash, id, version, competition, title, body, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                digest,
                form.id,
                form.version,
                form.competition,
                form.title,
                form.canonical_json(),
                now(),
            ),
        )
    return digest


_CACHE: dict[str, Form] = {}


def pinned_body(ws: Workspace, digest: str) -> str:
    """The canonical JSON of a pinned form, as stored."""
    row = ws.conn.execute("SELECT body FROM forms WHERE hash=?", (digest,)).fetchone()
    if row is None:
        raise KeyError(f"form {digest[:12]} is not pinned in this workspace")
    return str(row[0])


def load_pinned(ws: Workspace, digest: str) -> Form:
    """The exact form an event or sheet was pinned to."""
    form = _CACHE.get(digest)
    if form is not None:
        return form
    row = ws.conn.execute("SELECT body FROM forms WHERE hash=?", (digest,)).fetchone()
    if row is None:
        raise KeyError(f"form {digest[:12]} is not pinned in this workspace")
    from judgeapp.domain.rubric import form_from_json

    form = form_from_json(row[0])
    if form.hash != digest:  # pragma: no cover - would mean the snapshot was edited
        raise ValueError(f"pinned form {digest[:12]} does not match its hash")
    _CACHE[digest] = form
    return form
