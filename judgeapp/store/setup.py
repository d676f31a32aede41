"""Event set-up rows the core event store lacks: submissions without a package,
categories, judge roles, assignment cells, conflicts, the interview schedule.
Every write is one transaction with a history row."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from judgeapp.errors import NotFound
from judgeapp.i18n import t
from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace, now
from judgeapp.store.events import judge_value, upsert_region
from judgeapp.store.rows import put_or_delete
from judgeapp.store.submissions import NewSubmission, insert_submission

if TYPE_CHECKING:  # the bundle models (pydantic, cryptography) load with a bundle, not here
    from judgeapp.domain.exchange import BundleManifest


def record(
    ws: Workspace,
    actor: str,
    action: str,
    event_id: str,
    target: str,
    old: str | None,
    new: str | None,
    reason: str = "",
) -> None:
    store_history.append(
        ws, action, actor=actor, event_id=event_id, target=target, old=old, new=new, reason=reason
    )


# ---- submissions -------------------------------------------------------------
@dataclass(frozen=True)
class NewRegionSubmission:
    """A region's submission without a package, as the set-up and a worksheet
    import give it (``category`` None: the region's kind)."""

    region_name: str
    kind: str
    province: str = ""
    category: str | None = None
    title: str = ""


def add_submission(
    ws: Workspace,
    event_id: str,
    new: NewRegionSubmission,
    *,
    actor: str = "secretariat",
) -> str:
    """A submission with no package yet (e.g. a region known only from a
    worksheet or a paper sheet); returns its id. Ids follow the package
    import's scheme, so a package imported later becomes its next version."""
    with ws.transaction():
        region_id = upsert_region(ws, new.region_name, new.kind, new.province)
        return insert_submission(
            ws,
            NewSubmission(
                event_id=event_id,
                region_id=region_id,
                category=new.category or new.kind,
                title=new.title,
                package_sha256="",
                manifest={"created_by": actor},
            ),
            actor=actor,
        )


def set_category(ws: Workspace, submission_id: str, category: str, actor: str) -> None:
    with ws.transaction():
        row = ws.conn.execute(
            "SELECT event_id, category FROM submissions WHERE id=?", (submission_id,)
        ).fetchone()
        if row is None:
            raise NotFound(
                t(f"tidak ada peserta {submission_id!r}", f"no submission {submission_id!r}")
            )
        if row[1] == category:
            return
        ws.conn.execute("UPDATE submissions SET category=? WHERE id=?", (category, submission_id))
        record(ws, actor, "category", row[0], submission_id, row[1], category)


# ---- judges --------------------------------------------------------------------
def set_judge_role(ws: Workspace, event_id: str, judge_id: str, role: str, actor: str) -> None:
    with ws.transaction():
        old = judge_value(ws, event_id, judge_id, "role")
        if old == role:
            return
        ws.conn.execute(
            "UPDATE judges SET role=? WHERE event_id=? AND id=?", (role, event_id, judge_id)
        )
        record(ws, actor, "judge", event_id, judge_id, old, role)


def judge_row(ws: Workspace, event_id: str, judge_id: str) -> dict | None:
    return ws.query_one("SELECT * FROM judges WHERE event_id=? AND id=?", (event_id, judge_id))


# ---- assignments -----------------------------------------------------------------
def set_cells(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    cells: list[tuple[str, str]],
    on: bool,
    actor: str,
) -> int:
    """Assign (or unassign) (judge, submission) cells; returns how many changed.
    The caller filters out conflicted cells."""
    changed = 0
    with ws.transaction():
        for judge_id, submission_id in cells:
            if on:
                cur = ws.conn.execute(
                    "INSERT OR IGNORE INTO assignments(event_id, stage_id, judge_id, submission_id)"
                    " VALUES (?, ?, ?, ?)",
                    (event_id, stage_id, judge_id, submission_id),
                )
            else:
                cur = ws.conn.execute(
                    "DELETE FROM assignments WHERE event_id=? AND stage_id=? AND judge_id=?"
                    " AND submission_id=?",
                    (event_id, stage_id, judge_id, submission_id),
                )
            if cur.rowcount:
                changed += 1
                record(
                    ws,
                    actor,
                    "assign" if on else "unassign",
                    event_id,
                    f"{stage_id}/{judge_id}/{submission_id}",
                    None,
                    None,
                )
    return changed


def assigned_cells(ws: Workspace, event_id: str, stage_id: str) -> set[tuple[str, str]]:
    return {
        (r[0], r[1])
        for r in ws.conn.execute(
            "SELECT judge_id, submission_id FROM assignments WHERE event_id=? AND stage_id=?",
            (event_id, stage_id),
        )
    }


# ---- conflicts -------------------------------------------------------------------
def add_conflict(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, actor: str
) -> int:
    """Record the conflict and drop the judge's assignments to any submission of
    that region (every stage); returns how many assignments were dropped."""
    with ws.transaction():
        cur = ws.conn.execute(
            "INSERT OR IGNORE INTO conflicts(event_id, judge_id, region_id, reason, declared_by,"
            " declared_at) VALUES (?, ?, ?, ?, ?, ?)",
            (event_id, judge_id, region_id, reason, actor, now()),
        )
        if cur.rowcount:
            record(ws, actor, "conflict", event_id, region_id, None, judge_id, reason)
        dropped = ws.conn.execute(
            "DELETE FROM assignments WHERE event_id=? AND judge_id=? AND submission_id IN"
            " (SELECT id FROM submissions WHERE event_id=? AND region_id=?)",
            (event_id, judge_id, event_id, region_id),
        ).rowcount
        if dropped:
            record(ws, actor, "unassign", event_id, f"{judge_id}/{region_id}", None, None, reason)
    return int(dropped)


def remove_conflict(
    ws: Workspace, event_id: str, judge_id: str, region_id: str, reason: str, actor: str
) -> bool:
    with ws.transaction():
        cur = ws.conn.execute(
            "DELETE FROM conflicts WHERE event_id=? AND judge_id=? AND region_id=?",
            (event_id, judge_id, region_id),
        )
        if cur.rowcount:
            record(ws, actor, "conflict-withdrawn", event_id, region_id, judge_id, None, reason)
        return bool(cur.rowcount)


def conflicted_regions(ws: Workspace, event_id: str, judge_id: str) -> set[str]:
    return {
        r[0]
        for r in ws.conn.execute(
            "SELECT region_id FROM conflicts WHERE event_id=? AND judge_id=?", (event_id, judge_id)
        )
    }


def conflict_pairs(ws: Workspace, event_id: str) -> set[tuple[str, str]]:
    """(judge, region) pairs with a declared conflict."""
    return {
        (r[0], r[1])
        for r in ws.conn.execute(
            "SELECT judge_id, region_id FROM conflicts WHERE event_id=?", (event_id,)
        )
    }


# ---- schedule --------------------------------------------------------------------
def set_slot(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    submission_id: str,
    starts_at: str,
    room: str,
    actor: str,
) -> None:
    with ws.transaction():
        old = ws.conn.execute(
            "SELECT starts_at, room FROM schedule WHERE event_id=? AND stage_id=?"
            " AND submission_id=?",
            (event_id, stage_id, submission_id),
        ).fetchone()
        key = {"event_id": event_id, "stage_id": stage_id, "submission_id": submission_id}
        slot = {"starts_at": starts_at, "room": room} if starts_at != "" else None
        put_or_delete(ws, "schedule", key, slot)
        record(
            ws,
            actor,
            "schedule",
            event_id,
            f"{stage_id}/{submission_id}",
            f"{old[0]} {old[1]}".strip() if old else None,
            f"{starts_at} {room}".strip() or None,
        )


def schedule_rows(ws: Workspace, event_id: str, stage_id: str | None = None) -> list[dict]:
    sql = (
        "SELECT sc.*, r.name AS region FROM schedule sc JOIN submissions s"
        " ON s.id = sc.submission_id JOIN regions r ON r.id = s.region_id WHERE sc.event_id=?"
    )
    params: list = [event_id]
    if stage_id is not None:
        sql += " AND sc.stage_id=?"
        params.append(stage_id)
    return ws.query(sql + " ORDER BY sc.starts_at, sc.room, r.name", tuple(params))


# ---- a judge workspace receiving its bundle ------------------------------------------
def receive_bundle(ws: Workspace, manifest: BundleManifest, actor: str = "judge") -> dict:
    """Write what a judge bundle holds (forms must already be pinned and blob
    files in place). Sheets are never touched. Returns counts:
    ``{"added": [...submission ids], "updated": [...], "kept": [...]}``."""
    ev = manifest.event
    added: list[str] = []
    updated: list[str] = []
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO events(id, name, competition, edition, place, sample, settings,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " name=excluded.name, edition=excluded.edition, place=excluded.place,"
            " settings=excluded.settings",
            (
                ev.id,
                ev.name,
                ev.competition,
                ev.edition,
                ev.place,
                int(ev.sample),
                json.dumps(ev.settings, sort_keys=True),
                ev.created_at or now(),
            ),
        )
        for st in ev.stages:
            ws.conn.execute(
                "INSERT INTO stages(event_id, id, seq, name, form_hash, weight, date, settings)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(event_id, id) DO UPDATE SET"
                " seq=excluded.seq, name=excluded.name, weight=excluded.weight,"
                " date=excluded.date, settings=excluded.settings",
                (
                    ev.id,
                    st.id,
                    st.seq,
                    st.name,
                    st.form_hash,
                    st.weight,
                    st.date,
                    json.dumps(st.settings, sort_keys=True),
                ),
            )
        j = manifest.judge
        ws.conn.execute(
            "INSERT INTO judges(event_id, id, name, role) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(event_id, id) DO UPDATE SET name=excluded.name, role=excluded.role",
            (ev.id, j.id, j.name, j.role),
        )
        for sub in manifest.submissions:
            reg = sub.region
            ws.conn.execute(
                "INSERT INTO regions(id, name, kind, province, code) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind,"
                " province=excluded.province, code=excluded.code",
                (reg.id, reg.name, reg.kind, reg.province, reg.code),
            )
            held = ws.conn.execute(
                "SELECT package_sha256, category, title FROM submissions WHERE id=?", (sub.id,)
            ).fetchone()
            if held is None:
                ws.conn.execute(
                    "INSERT INTO submissions(id, event_id, region_id, category, title, version,"
                    " package_sha256, manifest, sample, imported_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        sub.id,
                        ev.id,
                        reg.id,
                        sub.category,
                        sub.title,
                        sub.version,
                        sub.package_sha256,
                        json.dumps(sub.manifest, sort_keys=True, ensure_ascii=False),
                        int(sub.sample),
                        sub.imported_at or now(),
                    ),
                )
                added.append(sub.id)
            else:
                ws.conn.execute(
                    "UPDATE submissions SET category=?, title=?, package_sha256=?, manifest=?,"
                    " superseded_by=NULL WHERE id=?",
                    (
                        sub.category,
                        sub.title,
                        sub.package_sha256,
                        json.dumps(sub.manifest, sort_keys=True, ensure_ascii=False),
                        sub.id,
                    ),
                )
                if tuple(held) != (sub.package_sha256, sub.category, sub.title):
                    updated.append(sub.id)
            # an older version of the same region's submission gives way
            ws.conn.execute(
                "UPDATE submissions SET superseded_by=? WHERE event_id=? AND region_id=?"
                " AND id<>? AND superseded_by IS NULL",
                (sub.id, ev.id, reg.id, sub.id),
            )
            for table in ("documents", "key_figures", "innovations"):
                ws.conn.execute(f"DELETE FROM {table} WHERE submission_id=?", (sub.id,))
            for d in sub.documents:
                ws.conn.execute(
                    "INSERT OR IGNORE INTO blobs(sha256, size, added_at) VALUES (?, ?, ?)",
                    (d.sha256, d.size, now()),
                )
                ws.conn.execute(
                    "INSERT INTO documents(submission_id, doc_id, title, kind, sha256, media_type,"
                    " pages, warning, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        sub.id,
                        d.doc_id,
                        d.title,
                        d.kind,
                        d.sha256,
                        d.media_type,
                        d.pages,
                        d.warning,
                        d.seq,
                    ),
                )
            for k in sub.key_figures:
                ws.conn.execute(
                    "INSERT INTO key_figures(submission_id, id, label, value, unit, year, source,"
                    " seq, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        sub.id,
                        k.id,
                        k.label,
                        k.value,
                        k.unit,
                        k.year,
                        k.source,
                        k.seq,
                        int(k.sample),
                    ),
                )
            for inn in sub.innovations:
                ws.conn.execute(
                    "INSERT INTO innovations(submission_id, seq, title, summary, started, sample)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (sub.id, inn.seq, inn.title, inn.summary, inn.started, int(inn.sample)),
                )
        # assignments and schedule say what this bundle says
        ws.conn.execute("DELETE FROM assignments WHERE event_id=? AND judge_id=?", (ev.id, j.id))
        for slot in manifest.assignments:
            ws.conn.execute(
                "INSERT OR IGNORE INTO assignments(event_id, stage_id, judge_id, submission_id)"
                " VALUES (?, ?, ?, ?)",
                (ev.id, slot.stage_id, j.id, slot.submission_id),
            )
        ws.conn.execute("DELETE FROM schedule WHERE event_id=?", (ev.id,))
        for slot in manifest.schedule:
            ws.conn.execute(
                "INSERT OR IGNORE INTO schedule(event_id, stage_id, submission_id, starts_at, room)"
                " VALUES (?, ?, ?, ?, ?)",
                (ev.id, slot.stage_id, slot.submission_id, slot.starts_at, slot.room),
            )
        kept = [s.id for s in manifest.submissions if s.id not in added and s.id not in updated]
        record(
            ws,
            actor,
            "bundle",
            ev.id,
            j.id,
            None,
            f"{manifest.issued_at}: +{len(added)} ~{len(updated)} ={len(kept)}",
        )
    return {"added": added, "updated": updated, "kept": kept}


def bundle_material(ws: Workspace, submission_id: str) -> dict:
    """A submission's documents (with blob size), key figures and innovations, as bundle rows."""
    docs = ws.query(
        "SELECT d.doc_id, d.title, d.kind, d.sha256, d.media_type, d.pages, d.warning, d.seq,"
        " b.size FROM documents d JOIN blobs b ON b.sha256 = d.sha256"
        " WHERE d.submission_id=? ORDER BY d.seq, d.doc_id",
        (submission_id,),
    )
    figures = ws.query(
        "SELECT * FROM key_figures WHERE submission_id=? ORDER BY seq, id, year", (submission_id,)
    )
    innovations = ws.query(
        "SELECT * FROM innovations WHERE submission_id=? ORDER BY seq", (submission_id,)
    )
    return {"documents": docs, "key_figures": figures, "innovations": innovations}
