"""What a judge's list of regions shows of each sheet, remembered with the
scores and form it was computed from (migration 0023).

A remembered row counts only while its sheet still holds exactly the scores
(``scores_json``) and the pinned form it was computed from, so writers never
keep it up to date and a stale row is never shown: the sheet is scored
again instead, as it is when a row's figures do not parse. Nothing but the
list of regions reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from judgeapp.store.db import Workspace

_MAX_KEYS = 1_000_000  # a count beyond any form: the row is not believed
_CHUNK = 500  # sheet ids per query (SQLite's variable limit is far above it)


@dataclass(frozen=True)
class Progress:
    """A sheet's status with the figures the list of regions shows."""

    status: str
    scored_keys: int
    total_keys: int
    total: Decimal | None


def _count(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _MAX_KEYS:
        return value
    return None


def _total(value: object) -> tuple[bool, Decimal | None]:
    """(believed, total) of a stored total: decimal text or NULL."""
    if value is None:
        return True, None
    if not isinstance(value, str) or len(value) > 40:
        return False, None
    try:
        parsed = Decimal(value)
    except InvalidOperation:
        return False, None
    return parsed.is_finite(), parsed


def remembered(ws: Workspace, sheet_ids: Iterable[str]) -> dict[str, Progress]:
    """The remembered figures of those sheets that still hold the scores and
    form they were computed from; the others are missing from the answer."""
    ids = list(dict.fromkeys(sheet_ids))
    out: dict[str, Progress] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = ws.conn.execute(
            "SELECT s.id, s.status, p.scored_keys, p.total_keys, p.total"
            " FROM sheets s JOIN sheet_progress p ON p.sheet_id = s.id"
            " AND p.form_hash = s.form_hash AND p.scores_json = s.scores_json"
            f" WHERE s.id IN ({marks})",
            chunk,
        ).fetchall()
        for sheet_id, status, scored, keys, total in rows:
            scored_keys, total_keys = _count(scored), _count(keys)
            believed, value = _total(total)
            if scored_keys is None or total_keys is None or not believed:
                continue
            out[str(sheet_id)] = Progress(str(status), scored_keys, total_keys, value)
    return out


@dataclass(frozen=True)
class Computed:
    """Figures computed from one reading of a sheet: its form and scores."""

    sheet_id: str
    form_hash: str
    scores: Mapping[str, Decimal]
    scored_keys: int
    total_keys: int
    total: Decimal | None


def remember(ws: Workspace, computed: Iterable[Computed]) -> int:
    """Keep figures for the sheets that still hold the scores and form they
    were computed from (one transaction); returns how many were kept."""
    kept = 0
    with ws.transaction():
        for c in computed:
            row = ws.conn.execute(
                "SELECT form_hash, scores_json FROM sheets WHERE id=?", (c.sheet_id,)
            ).fetchone()
            if row is None or row[0] != c.form_hash:
                continue
            held = dict(
                ws.conn.execute(
                    "SELECT key, value FROM item_scores WHERE sheet_id=?", (c.sheet_id,)
                ).fetchall()
            )
            if held != {k: format(v, "f") for k, v in c.scores.items()}:
                continue  # changed since it was read: scored again next time
            ws.conn.execute(
                "INSERT OR REPLACE INTO sheet_progress"
                "(sheet_id, form_hash, scores_json, scored_keys, total_keys, total)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    c.sheet_id,
                    c.form_hash,
                    row[1],
                    c.scored_keys,
                    c.total_keys,
                    None if c.total is None else format(c.total, "f"),
                ),
            )
            kept += 1
    return kept
