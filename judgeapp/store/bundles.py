"""A judge workspace receiving its bundle: the event, the judge, the
submissions with their material, the assignments and the schedule the bundle
holds, in one transaction with a history row; and a submission's material as
a bundle gives it."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from judgeapp.store.db import Workspace, now
from judgeapp.store.setup import record

if TYPE_CHECKING:  # the bundle models (pydantic, cryptography) load with a bundle, not here
    from judgeapp.domain.exchange import BundleManifest


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
