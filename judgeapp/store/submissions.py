"""Submissions and what a package brings: documents, blobs, key figures, innovations.

A submission row is one imported package version. The current version of a
region's submission to an event has ``superseded_by`` NULL; older versions stay,
pointing at the version that replaced them. Documents live in a
content-addressed store, ``blobs/<first two hex>/<sha256>``, one file per
distinct content; the ``blobs`` table lists the files that are committed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from judgeapp.domain.ids import EventId, SubmissionId
from judgeapp.errors import NotFound
from judgeapp.i18n import t
from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace, now

if TYPE_CHECKING:  # pydantic models: the store reads their fields only
    from judgeapp.domain.package import Innovation, KeyFigure


@dataclass(frozen=True)
class DocumentRow:
    doc_id: str  # the manifest's file path
    title: str
    kind: str
    sha256: str
    media_type: str
    pages: int | None = None
    warning: str = ""


@dataclass(frozen=True)
class NewSubmission:
    event_id: str
    region_id: str
    category: str
    title: str
    package_sha256: str
    manifest: dict
    sample: bool = False
    documents: list[DocumentRow] = field(default_factory=list)
    # the manifest's own key figures and innovations, stored as they are
    key_figures: Sequence[KeyFigure] = ()
    innovations: Sequence[Innovation] = ()


# ---- blobs -------------------------------------------------------------------------
def blob_path(ws: Workspace, sha256: str) -> Path:
    return ws.blobs_dir / sha256[:2] / sha256


def blob_known(ws: Workspace, sha256: str) -> bool:
    row = ws.conn.execute("SELECT 1 FROM blobs WHERE sha256=?", (sha256,)).fetchone()
    return row is not None


def add_blob(ws: Workspace, sha256: str, size: int) -> None:
    with ws.transaction():
        ws.conn.execute(
            "INSERT OR IGNORE INTO blobs(sha256, size, added_at) VALUES (?, ?, ?)",
            (sha256, size, now()),
        )


def all_blobs(ws: Workspace) -> set[str]:
    return {r[0] for r in ws.conn.execute("SELECT sha256 FROM blobs").fetchall()}


# ---- submissions -------------------------------------------------------------------
@dataclass(frozen=True)
class SubmissionRow:
    """The columns of a ``submissions`` row that every reading of one lists."""

    id: SubmissionId
    event_id: EventId
    region_id: str
    category: str
    title: str
    version: int
    package_sha256: str
    sample: bool
    imported_at: str


@dataclass(frozen=True)
class SubmissionVersion(SubmissionRow):
    """One stored version of a region's submission to an event."""

    superseded_by: SubmissionId | None = None  # None: the current version


def _typed_row(row: dict) -> dict:
    """A row of ``submissions`` with ``version`` as an int and ``sample`` as a bool."""
    return {**row, "version": int(row["version"]), "sample": bool(row["sample"])}


def submission_versions(ws: Workspace, event_id: str, region_id: str) -> list[SubmissionVersion]:
    """Every version of the region's submission to the event, oldest first."""
    rows = ws.query(
        "SELECT id, event_id, region_id, category, title, version, package_sha256, sample,"
        " imported_at, superseded_by FROM submissions WHERE event_id=? AND region_id=?"
        " ORDER BY version",
        (event_id, region_id),
    )
    return [SubmissionVersion(**_typed_row(r)) for r in rows]


def current_version(ws: Workspace, event_id: str, region_id: str) -> SubmissionVersion | None:
    """The region's current (not superseded) submission to the event, or None."""
    row = ws.query_one(
        "SELECT id, event_id, region_id, category, title, version, package_sha256, sample,"
        " imported_at FROM submissions WHERE event_id=? AND region_id=? AND superseded_by IS NULL"
        " ORDER BY version DESC LIMIT 1",
        (event_id, region_id),
    )
    return None if row is None else SubmissionVersion(**_typed_row(row))


@dataclass(frozen=True)
class CurrentSubmission(SubmissionRow):
    """One of an event's current (not superseded) submissions, with its region."""

    region: str  # the region's name
    region_kind: str
    province: str
    code: str


@dataclass(frozen=True)
class Submission(SubmissionRow):
    """One stored submission, any version: its whole row, with its region."""

    manifest: str  # JSON of the package manifest
    superseded_by: SubmissionId | None
    region: str
    region_kind: str
    province: str
    code: str


def current_submissions(ws: Workspace, event_id: str) -> list[CurrentSubmission]:
    """The event's current (not superseded) submissions with region data."""
    rows = ws.query(
        "SELECT s.id, s.event_id, s.region_id, s.category, s.title, s.version, s.sample,"
        " s.package_sha256, s.imported_at, r.name AS region, r.kind AS region_kind,"
        " r.province, r.code"
        " FROM submissions s JOIN regions r ON r.id = s.region_id"
        " WHERE s.event_id=? AND s.superseded_by IS NULL ORDER BY r.name, s.id",
        (event_id,),
    )
    return [CurrentSubmission(**_typed_row(r)) for r in rows]


def get_submission(ws: Workspace, submission_id: str) -> Submission:
    row = ws.query_one(
        "SELECT s.id, s.event_id, s.region_id, s.category, s.title, s.version,"
        " s.package_sha256, s.manifest, s.sample, s.imported_at, s.superseded_by,"
        " r.name AS region, r.kind AS region_kind, r.province, r.code"
        " FROM submissions s JOIN regions r ON r.id = s.region_id WHERE s.id=?",
        (submission_id,),
    )
    if row is None:
        raise NotFound(
            t(f"tidak ada peserta {submission_id!r}", f"no submission {submission_id!r}")
        )
    return Submission(**_typed_row(row))


def submission_in_event(ws: Workspace, event_id: str, submission_id: str) -> bool:
    """Whether ``submission_id`` is one of the event's submissions (any version)."""
    row = ws.query_one(
        "SELECT 1 FROM submissions WHERE id=? AND event_id=?", (submission_id, event_id)
    )
    return row is not None


def submission_id_for(event_id: str, region_id: str, version: int) -> str:
    """Deterministic ids: the same package imported into a fresh workspace gets
    the same id (the demo relies on it)."""
    base = f"{event_id}--{region_id}"
    return base if version == 1 else f"{base}-v{version}"


def insert_submission(ws: Workspace, new: NewSubmission, actor: str = "secretariat") -> str:
    """Add a version of the region's submission; the previous current version
    (if any) becomes superseded and its assignments and schedule carry over.
    Blobs named by the documents must be added first (same transaction)."""
    with ws.transaction():
        previous = current_version(ws, new.event_id, new.region_id)
        row = ws.conn.execute(
            "SELECT COALESCE(MAX(version), 0) FROM submissions WHERE event_id=? AND region_id=?",
            (new.event_id, new.region_id),
        ).fetchone()
        version = int(row[0]) + 1
        sid = submission_id_for(new.event_id, new.region_id, version)
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, title, version,"
            " package_sha256, manifest, sample, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                sid,
                new.event_id,
                new.region_id,
                new.category,
                new.title,
                version,
                new.package_sha256,
                json.dumps(new.manifest, sort_keys=True, ensure_ascii=False),
                int(new.sample),
                now(),
            ),
        )
        for seq, d in enumerate(new.documents):
            ws.conn.execute(
                "INSERT INTO documents(submission_id, doc_id, title, kind, sha256, media_type,"
                " pages, warning, seq) VALUES (?,?,?,?,?,?,?,?,?)",
                (sid, d.doc_id, d.title, d.kind, d.sha256, d.media_type, d.pages, d.warning, seq),
            )
        for seq, k in enumerate(new.key_figures):
            ws.conn.execute(
                "INSERT INTO key_figures(submission_id, id, label, value, unit, year, source, seq,"
                " sample) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    sid,
                    k.id,
                    k.label,
                    format(k.value, "f"),
                    k.unit,
                    k.year,
                    k.source,
                    seq,
                    int(k.sample),
                ),
            )
        for seq, inn in enumerate(new.innovations):
            ws.conn.execute(
                "INSERT INTO innovations(submission_id, seq, title, summary, started, sample)"
                " VALUES (?,?,?,?,?,?)",
                (sid, seq, inn.title, inn.summary, inn.started, int(inn.sample)),
            )
        if previous is not None:
            old = previous.id
            ws.conn.execute("UPDATE submissions SET superseded_by=? WHERE id=?", (sid, old))
            ws.conn.execute(
                "INSERT OR IGNORE INTO assignments(event_id, stage_id, judge_id, submission_id)"
                " SELECT event_id, stage_id, judge_id, ? FROM assignments WHERE submission_id=?",
                (sid, old),
            )
            ws.conn.execute(
                "INSERT OR IGNORE INTO schedule(event_id, stage_id, submission_id, starts_at, room)"
                " SELECT event_id, stage_id, ?, starts_at, room FROM schedule WHERE submission_id=?",
                (sid, old),
            )
        store_history.append(
            ws,
            "import",
            actor=actor,
            event_id=new.event_id,
            target=sid,
            old=previous.id if previous else None,
            new=new.package_sha256,
        )
    return sid


# ---- what a submission holds ---------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class Document(DocumentRow):
    """A stored document of a submission: as it was imported, with its place in
    the manifest and the size of its file."""

    seq: int
    size: int


@dataclass(frozen=True)
class HeldKeyFigure:
    """One key figure a submission holds; a series is one of these a year."""

    id: str
    label: str
    value: Decimal
    unit: str
    year: int | None
    source: str
    sample: bool
    seq: int


@dataclass(frozen=True)
class HeldInnovation:
    """One innovation a submission holds, in manifest order."""

    seq: int
    title: str
    summary: str
    started: int | None
    sample: bool


_DOCUMENT = (
    "SELECT d.doc_id, d.title, d.kind, d.sha256, d.media_type, d.pages, d.warning, d.seq,"
    " b.size FROM documents d JOIN blobs b ON b.sha256 = d.sha256 WHERE d.submission_id=?"
)


def documents(ws: Workspace, submission_id: str) -> list[Document]:
    """The submission's documents in manifest order."""
    return [Document(**r) for r in ws.query(_DOCUMENT + " ORDER BY d.seq", (submission_id,))]


def document(ws: Workspace, submission_id: str, doc_id: str) -> Document:
    row = ws.query_one(_DOCUMENT + " AND d.doc_id=?", (submission_id, doc_id))
    if row is None:
        raise NotFound(
            t(
                f"peserta {submission_id!r} tidak punya dokumen {doc_id!r}",
                f"submission {submission_id!r} has no document {doc_id!r}",
            )
        )
    return Document(**row)


def document_path(ws: Workspace, submission_id: str, doc_id: str) -> Path:
    """The stored file of one document (read-only: never write to it)."""
    return blob_path(ws, document(ws, submission_id, doc_id).sha256)


def key_figures(ws: Workspace, submission_id: str) -> list[HeldKeyFigure]:
    """Key figures in manifest order. A series (same id over several years) is
    several rows."""
    return [
        HeldKeyFigure(**{**r, "value": Decimal(r["value"])})
        for r in _held_rows(
            ws,
            "SELECT id, label, value, unit, year, source, sample, seq FROM key_figures"
            " WHERE submission_id=? ORDER BY seq",
            submission_id,
        )
    ]


def key_figure_series(ws: Workspace, submission_id: str) -> dict[str, list[HeldKeyFigure]]:
    """Key figures grouped by id, each list sorted by year (None last)."""
    out: dict[str, list[HeldKeyFigure]] = {}
    for r in key_figures(ws, submission_id):
        out.setdefault(r.id, []).append(r)
    for rows in out.values():
        rows.sort(key=lambda r: (r.year is None, r.year or 0))
    return out


def innovations(ws: Workspace, submission_id: str) -> list[HeldInnovation]:
    return [
        HeldInnovation(**r)
        for r in _held_rows(
            ws,
            "SELECT seq, title, summary, started, sample FROM innovations WHERE submission_id=?"
            " ORDER BY seq",
            submission_id,
        )
    ]


def _held_rows(ws: Workspace, sql: str, submission_id: str) -> list[dict]:
    """The submission's rows that ``sql`` selects, with ``sample`` as a bool."""
    return [{**r, "sample": bool(r["sample"])} for r in ws.query(sql, (submission_id,))]


def event_documents(ws: Workspace, event_id: str) -> dict[str, list[Document]]:
    """Every current submission's documents, by submission id, in manifest
    order — one query for the whole list."""
    rows = ws.query(
        "SELECT d.submission_id, d.doc_id, d.title, d.kind, d.sha256, d.media_type, d.pages,"
        " d.warning, d.seq, b.size"
        " FROM documents d JOIN submissions s ON s.id = d.submission_id"
        " JOIN blobs b ON b.sha256 = d.sha256"
        " WHERE s.event_id=? AND s.superseded_by IS NULL ORDER BY d.submission_id, d.seq",
        (event_id,),
    )
    out: dict[str, list[Document]] = {}
    for r in rows:
        out.setdefault(r.pop("submission_id"), []).append(Document(**r))
    return out


def version_of(ws: Workspace, submission_id: str) -> int:
    """The version number of a stored submission."""
    row = ws.query_one("SELECT version FROM submissions WHERE id=?", (submission_id,))
    if row is None:
        raise NotFound(
            t(f"tidak ada peserta {submission_id!r}", f"no submission {submission_id!r}")
        )
    return int(row["version"])


def current_ids(ws: Workspace, event_id: str) -> list[str]:
    """The ids of the event's current (not superseded) submissions, in id order."""
    return [
        r["id"]
        for r in ws.query(
            "SELECT id FROM submissions WHERE event_id=? AND superseded_by IS NULL ORDER BY id",
            (event_id,),
        )
    ]
