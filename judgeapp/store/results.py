"""Read-only queries behind the results and the progress board.

``services.results`` (ranking, sensitivity, agreement, disagreements) and
``services.progress`` (who has scored what) read the workspace only through
these functions.
"""

from __future__ import annotations

import json
import warnings as pywarnings
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from judgeapp.store.db import Workspace

# sheets.score_keys / score_micro (migration 0022): values in millionths, one
# 16-character slot a key; PACK_INVALID marks a value that is not plain decimal
# text within 7 digits before and 6 after the point.
PACK_PLACES = 6
PACK_SLOT = 16
PACK_INVALID = -99999999999999
_INVALID_TEXT = str(PACK_INVALID)


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


def _stage_sheet(head: Sequence, scores: dict[str, str], warned: str | None) -> StageSheet:
    """A ``StageSheet`` from its row's first seven columns (id … source), its
    scores and its stored warnings (JSON or NULL)."""
    sid, judge, sub, status, revision, form_hash, source = head
    warnings = tuple(json.loads(warned)) if warned else ()
    return StageSheet(sid, judge, sub, status, int(revision), form_hash, source, scores, warnings)


def stage_sheets(ws: Workspace, event_id: str, stage_id: str) -> list[StageSheet]:
    """Every sheet of a stage with its scores as decimal text, read from the
    per-sheet JSON copy that triggers keep equal to ``item_scores`` (one row a
    sheet), and its import warnings."""
    out: list[StageSheet] = []
    loads = json.loads
    for *head, scores, warned in ws.conn.execute(
        "SELECT id, judge_id, submission_id, status, revision, form_hash, source, scores_json,"
        " warnings FROM sheets WHERE event_id=? AND stage_id=?",
        (event_id, stage_id),
    ):
        out.append(_stage_sheet(head, loads(scores), warned))
    return out


@dataclass
class PackedScores:
    """A stage's sheets with their scores as integers (``stage_sheets_packed``).

    ``sheets[i]`` has its scores in ``values[starts[i]:starts[i] + len(layouts[i])]``
    (in millionths, keys in ``layouts[i]``'s order) when ``layouts[i]`` is not
    None; otherwise its ``scores`` hold the decimal texts as ``stage_sheets``
    gives them. Identical layouts are the same tuple object.
    """

    sheets: list[StageSheet]
    layouts: list[tuple[str, ...] | None]
    starts: list[int]
    values: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    places: int = PACK_PLACES


def stage_sheets_packed(ws: Workspace, event_id: str, stage_id: str) -> PackedScores:
    """Every sheet of a stage, its scores read from the integer copy that
    triggers keep equal to ``item_scores`` (migration 0022) — no JSON to parse
    — or, for a sheet whose copy is missing or holds a value it cannot carry,
    from ``scores_json``."""
    loads = json.loads
    sheets: list[StageSheet] = []
    layouts: list[tuple[str, ...] | None] = []
    starts: list[int] = []
    texts: list[str] = []
    known: dict[str, tuple[str, ...]] = {}
    at = 0
    for (
        sid,
        judge,
        sub,
        status,
        revision,
        form_hash,
        source,
        keys,
        micro,
        scores,
        warned,
    ) in ws.conn.execute(
        "SELECT id, judge_id, submission_id, status, revision, form_hash, source,"
        " score_keys, score_micro,"
        " CASE WHEN score_keys IS NULL OR score_micro IS NULL"
        f" OR instr(score_micro, '{_INVALID_TEXT},') > 0 THEN scores_json END,"
        " warnings FROM sheets WHERE event_id=? AND stage_id=?",
        (event_id, stage_id),
    ):
        layout: tuple[str, ...] | None = None
        if scores is None:
            layout = known.get(keys)
            if layout is None:
                layout = known[keys] = tuple(keys.split("\x1f")[:-1])
            if len(micro) != PACK_SLOT * len(layout):
                layout = None
                scores = ws.conn.execute(
                    "SELECT scores_json FROM sheets WHERE id=?", (sid,)
                ).fetchone()[0]
        sheets.append(
            _stage_sheet(
                (sid, judge, sub, status, revision, form_hash, source),
                {} if layout is not None else loads(scores),
                warned,
            )
        )
        layouts.append(layout)
        starts.append(at)
        if layout is not None:
            texts.append(micro)
            at += len(layout)
    joined = "".join(texts)
    values = np.zeros(0, dtype=np.int64)
    if joined:
        with pywarnings.catch_warnings():
            pywarnings.simplefilter("ignore")  # a slot that is not a number ends the parse
            try:
                values = np.fromstring(joined, dtype=np.int64, sep=",")
            except ValueError:
                values = np.zeros(0, dtype=np.int64)
    if values.size != at:  # a slot the triggers did not write: verify names the sheet
        plain = stage_sheets(ws, event_id, stage_id)
        return PackedScores(plain, [None] * len(plain), [0] * len(plain))
    return PackedScores(sheets, layouts, starts, values)


def sheet_scores(ws: Workspace, sheet_id: str) -> dict[str, str]:
    """One sheet's scores as decimal text (its ``scores_json``)."""
    row = ws.conn.execute("SELECT scores_json FROM sheets WHERE id=?", (sheet_id,)).fetchone()
    return json.loads(row[0]) if row else {}


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
