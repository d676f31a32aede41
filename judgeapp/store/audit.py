"""What ``judgeapp verify WORKSPACE`` reads to hold the tables against the
history and against the signed score files (queries only; the judging is in
``services.integrity``)."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from judgeapp.store.db import Workspace
from judgeapp.store.results import PACK_INVALID, PACK_PLACES, PACK_SLOT

# every change of a score, a text or a status writes a history row whose
# ``new`` is the value after it; the newest row per (sheet, kind, target) is
# what the tables must hold now
_LAST = (
    "SELECT h.sheet_id, h.action, h.target, h.new, h.id FROM history h JOIN ("
    " SELECT max(id) AS id FROM history WHERE sheet_id <> '' AND action IN ('score', 'text',"
    " 'status') GROUP BY sheet_id, action, target) m ON m.id = h.id"
)


def last_recorded(ws: Workspace) -> dict[tuple[str, str, str], tuple[str | None, int]]:
    """(sheet, 'score'|'text'|'status', target) → (value the history last recorded, row id)."""
    return {(s, a, tg): (new, int(i)) for s, a, tg, new, i in ws.conn.execute(_LAST)}


def held_values(ws: Workspace) -> dict[tuple[str, str, str], str]:
    """(sheet, 'score'|'text'|'status', target) → what the tables hold now."""
    out: dict[tuple[str, str, str], str] = {}
    for sid, key, value in ws.conn.execute("SELECT sheet_id, key, value FROM item_scores"):
        out[(sid, "score", key)] = value
    for sid, target, fld, value in ws.conn.execute(
        "SELECT sheet_id, target, field, value FROM sheet_texts"
    ):
        out[(sid, "text", f"{target}/{fld}")] = value
    for sid, status in ws.conn.execute("SELECT id, status FROM sheets"):
        out[(sid, "status", "")] = status
    return out


@dataclass(frozen=True)
class DescribedSheet:
    """A sheet with what names it for a person (stage, region, judge) and
    what its signed file is held against (source, revision)."""

    id: str
    event_id: str
    stage_id: str
    judge_id: str
    submission_id: str
    source: str
    revision: int
    region: str  # the region's name, or the submission id when it has none


def sheets_described(ws: Workspace) -> dict[str, DescribedSheet]:
    """Every sheet by id."""
    return {
        sid: DescribedSheet(sid, eid, stage, judge, sub, source, int(revision), region)
        for sid, eid, stage, judge, sub, source, revision, region in ws.conn.execute(
            "SELECT s.id, s.event_id, s.stage_id, s.judge_id, s.submission_id, s.source,"
            " s.revision, COALESCE(r.name, s.submission_id) AS region"
            " FROM sheets s LEFT JOIN submissions sub ON sub.id = s.submission_id"
            " LEFT JOIN regions r ON r.id = sub.region_id"
        )
    }


def current_file_bodies(ws: Workspace) -> dict[tuple[str, str], tuple[str, str]]:
    """(event, judge) → (sha256, body) of the judge's current score file."""
    return {
        (e, j): (sha, body)
        for e, j, sha, body in ws.conn.execute(
            "SELECT event_id, judge_id, sha256, body FROM score_files WHERE status='current'"
        )
    }


@dataclass(frozen=True)
class JudgeKey:
    """A judge's registered key (``""``/None: none) and the fingerprint the
    history last registered for the judge."""

    event_id: str
    judge_id: str
    public_key: str | None
    fingerprint: str | None
    recorded: str | None


def judge_keys(ws: Workspace) -> list[JudgeKey]:
    """Every judge's key, as held and as the history registered it."""
    return [
        JudgeKey(*row)
        for row in ws.conn.execute(
            "SELECT j.event_id, j.id, j.public_key, j.fingerprint,"
            " (SELECT h.new FROM history h WHERE h.action='key' AND h.event_id=j.event_id"
            "  AND h.target=j.id ORDER BY h.id DESC LIMIT 1) AS recorded"
            " FROM judges j"
        )
    ]


def backup_checkpoints(ws: Workspace) -> list[tuple[Path, tuple | None]]:
    """For each backup: its newest checkpoint (seq, history_id, body, signature), or
    None when it has none (or cannot be read)."""
    out: list[tuple[Path, tuple | None]] = []
    if not ws.backups_dir.is_dir():
        return out
    for path in sorted(ws.backups_dir.glob("*.sqlite")):
        uri = f"file:{urllib.parse.quote(str(path))}?mode=ro&immutable=1"
        row = None
        with contextlib.suppress(sqlite3.Error):
            conn = sqlite3.connect(uri, uri=True)
            try:
                row = conn.execute(
                    "SELECT seq, history_id, body, signature FROM checkpoints"
                    " ORDER BY seq DESC LIMIT 1"
                ).fetchone()
            finally:
                conn.close()
        out.append((path, tuple(row) if row else None))
    return out


def scores_json_mismatches(ws: Workspace) -> list[str]:
    """Sheets whose JSON copy of the scores (what ranking reads) differs from
    ``item_scores``."""
    held: dict[str, dict[str, str]] = {}
    for sid, key, value in ws.conn.execute("SELECT sheet_id, key, value FROM item_scores"):
        held.setdefault(sid, {})[key] = value
    out = []
    for sid, text, keys, micro in ws.conn.execute(
        "SELECT id, scores_json, score_keys, score_micro FROM sheets"
    ):
        try:
            copy = json.loads(text or "{}")
        except ValueError:
            copy = None
        mine = held.get(sid, {})
        if copy != mine or not _pack_matches(keys, micro, mine):
            out.append(sid)
    return out


_PLAIN = re.compile(r"(-?)([0-9]{0,7})(?:\.([0-9]{0,6}))?")


def pack_value(text: str) -> int:
    """The integer copy of one score (migration 0022's slot): millionths, or
    ``PACK_INVALID`` for text that is not a plain decimal within 7 digits
    before and 6 after the point."""
    m = _PLAIN.fullmatch(text)
    if m is None or not any(c.isdigit() for c in text):
        return PACK_INVALID
    sign, whole, frac = m.groups()
    value = int((whole or "0") + ((frac or "") + "000000")[:PACK_PLACES])
    return -value if sign else value


def _pack_matches(keys: str | None, micro: str | None, held: dict[str, str]) -> bool:
    """The integer copy equals the item scores (a sheet without one — NULL —
    is read from the JSON copy, checked above)."""
    if keys is None or micro is None:
        return True
    names = keys.split("\x1f")
    if names[-1] != "" or len(micro) != PACK_SLOT * (len(names) - 1):
        return False
    if micro[PACK_SLOT - 1 :: PACK_SLOT] != "," * (len(names) - 1):
        return False
    try:
        copy = {
            k: int(micro[PACK_SLOT * n : PACK_SLOT * n + PACK_SLOT - 1])
            for n, k in enumerate(names[:-1])
        }
    except ValueError:
        return False
    return copy == {k: pack_value(v) for k, v in held.items()}
