"""Judge bundles: one zip per judge from the secretariat, opened on the judge's
laptop to create or update that judge's workspace.

A bundle holds the event and its stages, the pinned forms (canonical JSON,
named by their hash), only the judge's assigned and non-conflicted current
submissions with their documents, key figures and innovations, and the
schedule. Opening a re-issued bundle updates the workspace (new regions,
new documents, a moved slot) and never touches a sheet.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from judgeapp.domain.exchange import (
    BUNDLE_FORMAT,
    BUNDLE_MANIFEST,
    BUNDLE_MAX_BYTES,
    BUNDLE_MAX_MEMBERS,
    BUNDLE_MAX_RATIO,
    BundleManifest,
    member_problem,
    parse_bundle_manifest,
)
from judgeapp.domain.rubric import FormError, canonical_json, form_from_json
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.atomic import atomic_file
from judgeapp.store import events as store_events
from judgeapp.store import keys as store_keys
from judgeapp.store import setup as store_setup
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace, now
from judgeapp.store.forms import pin_form

ROLE_KEY = "role"
JUDGE_KEY = "judge_id"
EVENT_KEY = "event_id"
ISSUED_KEY = "bundle_issued_at"


class BundleRefused(Refused):
    """A bundle that cannot be issued or opened (message names file and reason)."""


@dataclass(frozen=True)
class IssuedBundle:
    path: Path
    judge_id: str
    submissions: int
    documents: int
    size: int


@dataclass(frozen=True)
class OpenedBundle:
    event_id: str
    judge_id: str
    created: bool
    added: tuple[str, ...]
    updated: tuple[str, ...]
    kept: tuple[str, ...]
    unchanged: bool = False
    fingerprint: str = ""


def judge_identity(ws: Workspace) -> tuple[str, str] | None:
    """(event id, judge id) when this is a judge workspace."""
    if ws.get_setting(ROLE_KEY) != "judge":
        return None
    return ws.get_setting(EVENT_KEY), ws.get_setting(JUDGE_KEY)


# ---- issuing (secretariat) ---------------------------------------------------------------
def bundle_submissions(ws: Workspace, event_id: str, judge_id: str) -> list[dict]:
    """The judge's assigned, current, non-conflicted submissions."""
    conflicted = store_setup.conflicted_regions(ws, event_id, judge_id)
    assigned = {
        a["submission_id"] for a in store_events.assignments(ws, event_id, judge_id=judge_id)
    }
    return [
        s
        for s in store_events.current_submissions(ws, event_id)
        if s["id"] in assigned and s["region_id"] not in conflicted
    ]


def build_manifest(ws: Workspace, event_id: str, judge_id: str) -> tuple[dict, dict[str, Path]]:
    """The bundle's manifest (without ``files``) and the blob files to pack."""
    try:
        event = store_events.get_event(ws, event_id)
    except KeyError:
        raise BundleRefused(t(f"tidak ada acara {event_id!r}", f"no event {event_id!r}")) from None
    judge = store_setup.judge_row(ws, event_id, judge_id)
    if judge is None:
        raise BundleRefused(
            t(
                f"tidak ada juri {judge_id!r} di acara {event_id}",
                f"no judge {judge_id!r} in {event_id}",
            )
        )
    subs = bundle_submissions(ws, event_id, judge_id)
    ids = {s["id"] for s in subs}
    blobs: dict[str, Path] = {}
    out_subs = []
    for s in subs:
        sub = store_events.get_submission(ws, s["id"])
        material = store_setup.bundle_material(ws, s["id"])
        docs = []
        for d in material["documents"]:
            path = store_submissions.blob_path(ws, d["sha256"])
            if not path.exists():
                raise BundleRefused(
                    t(
                        f"berkas dokumen {d['doc_id']} ({s['region']}) hilang dari ruang kerja",
                        f"document file {d['doc_id']} ({s['region']}) is missing from the workspace",
                    )
                )
            blobs[d["sha256"]] = path
            docs.append(
                {
                    k: d[k]
                    for k in (
                        "doc_id",
                        "title",
                        "kind",
                        "sha256",
                        "size",
                        "media_type",
                        "pages",
                        "warning",
                        "seq",
                    )
                }
            )
        out_subs.append(
            {
                "id": s["id"],
                "region": {
                    "id": s["region_id"],
                    "name": s["region"],
                    "kind": s["region_kind"],
                    "province": s["province"],
                    "code": s["code"],
                },
                "category": s["category"],
                "title": s["title"],
                "version": s["version"],
                "package_sha256": s["package_sha256"],
                "manifest": json.loads(sub["manifest"] or "{}"),
                "sample": bool(s["sample"]),
                "imported_at": s["imported_at"],
                "documents": docs,
                "key_figures": [
                    {
                        "id": k["id"],
                        "label": k["label"],
                        "value": k["value"],
                        "unit": k["unit"],
                        "year": k["year"],
                        "source": k["source"],
                        "seq": k["seq"],
                        "sample": bool(k.get("sample", 0)),
                    }
                    for k in material["key_figures"]
                ],
                "innovations": [
                    {
                        "seq": i["seq"],
                        "title": i["title"],
                        "summary": i["summary"],
                        "started": i["started"],
                        "sample": bool(i.get("sample", 0)),
                    }
                    for i in material["innovations"]
                ],
            }
        )
    assignments = [
        {"stage_id": a["stage_id"], "submission_id": a["submission_id"]}
        for a in store_events.assignments(ws, event_id, judge_id=judge_id)
        if a["submission_id"] in ids
    ]
    schedule = [
        {
            "stage_id": r["stage_id"],
            "submission_id": r["submission_id"],
            "starts_at": r["starts_at"],
            "room": r["room"],
        }
        for r in store_setup.schedule_rows(ws, event_id)
        if r["submission_id"] in ids
    ]
    manifest = {
        "format": BUNDLE_FORMAT,
        "issued_at": now(),
        "event": {
            "id": event.id,
            "name": event.name,
            "competition": event.competition,
            "edition": event.edition,
            "place": event.place,
            "sample": event.sample,
            "settings": event.settings,
            "created_at": event.created_at,
            "stages": [
                {
                    "id": st.id,
                    "seq": st.seq,
                    "name": st.name,
                    "form_hash": st.form_hash,
                    "weight": str(st.weight),
                    "date": st.date,
                    "settings": st.settings,
                }
                for st in event.stages
            ],
        },
        "judge": {"id": judge["id"], "name": judge["name"], "role": judge["role"]},
        "forms": [
            {"hash": h, "file": f"forms/{h}.json"}
            for h in sorted({st.form_hash for st in event.stages})
        ],
        "submissions": out_subs,
        "assignments": assignments,
        "schedule": schedule,
    }
    return manifest, blobs


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def issue_bundle(
    ws: Workspace, event_id: str, judge_id: str, out: Path | str, actor: str = "secretariat"
) -> IssuedBundle:
    """Write the judge's bundle to ``out`` (atomically: a temporary file renamed)."""
    manifest, blobs = build_manifest(ws, event_id, judge_id)
    out = Path(out)
    members: dict[str, bytes | Path] = {}
    for f in manifest["forms"]:
        row = ws.conn.execute("SELECT body FROM forms WHERE hash=?", (f["hash"],)).fetchone()
        members[f["file"]] = row[0].encode("utf-8")
    for sha, path in blobs.items():
        members[f"blobs/{sha}"] = path
    files: dict[str, str] = {}
    for name, data in members.items():
        if isinstance(data, Path):
            digest = _file_sha256(data)
            if digest != name.rsplit("/", 1)[1]:
                raise BundleRefused(
                    t(
                        f"berkas dokumen rusak di ruang kerja: {data.name}",
                        f"document file damaged in the workspace: {data.name}",
                    )
                )
            files[name] = digest
        else:
            files[name] = hashlib.sha256(data).hexdigest()
    manifest["files"] = files
    parse_bundle_manifest(canonical_json(manifest))  # never write a bundle we would refuse
    with (
        atomic_file(out, prefix=".bundle-") as fh,
        zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        zf.writestr(BUNDLE_MANIFEST, canonical_json(manifest) + "\n")
        for name, data in sorted(members.items()):
            if isinstance(data, Path):
                zf.write(data, name)
            else:
                zf.writestr(name, data)
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO history(at, actor, action, event_id, target, new) VALUES (?, ?, 'bundle',"
            " ?, ?, ?)",
            (now(), actor, event_id, judge_id, f"{out.name}: {len(manifest['submissions'])}"),
        )
    return IssuedBundle(
        out,
        judge_id,
        len(manifest["submissions"]),
        sum(len(s["documents"]) for s in manifest["submissions"]),
        out.stat().st_size,
    )


# ---- opening (judge laptop) ------------------------------------------------------------------
def _refuse(path: Path, place: str, reason: str) -> BundleRefused:
    return BundleRefused(f"{path.name}: {place}: {reason}")


def read_bundle(path: Path | str) -> tuple[BundleManifest, dict[str, bytes]]:
    """Check a bundle file completely; return its manifest and member bytes."""
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        reason = getattr(exc, "strerror", None) or t("bukan berkas zip", "not a zip file")
        raise _refuse(path, "<file>", reason) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > BUNDLE_MAX_MEMBERS:
            raise _refuse(
                path,
                "<zip>",
                t(f"terlalu banyak isi ({len(infos)})", f"too many members ({len(infos)})"),
            )
        total = 0
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            problem = member_problem(name)
            if problem:
                raise _refuse(path, name, problem)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise _refuse(
                    path, name, t("tautan simbolik tidak diizinkan", "symbolic links not allowed")
                )
            if name.lower() in seen:
                raise _refuse(path, name, t("nama ganda", "duplicate name"))
            seen.add(name.lower())
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > BUNDLE_MAX_RATIO:
                raise _refuse(
                    path, name, t("rasio kompresi mencurigakan", "suspicious compression ratio")
                )
        if total > BUNDLE_MAX_BYTES:
            raise _refuse(path, "<zip>", t("terlalu besar", "too large"))
        if BUNDLE_MANIFEST not in zf.namelist():
            raise _refuse(path, BUNDLE_MANIFEST, t("tidak ada", "missing"))
        try:
            manifest = parse_bundle_manifest(zf.read(BUNDLE_MANIFEST).decode("utf-8"))
        except UnicodeDecodeError:
            raise _refuse(path, BUNDLE_MANIFEST, t("bukan UTF-8", "not UTF-8")) from None
        except ValueError as exc:
            raise _refuse(path, BUNDLE_MANIFEST, str(exc)) from None
        data: dict[str, bytes] = {}
        for name in zf.namelist():
            if name == BUNDLE_MANIFEST:
                continue
            if name not in manifest.files:
                raise _refuse(
                    path, name, t("tidak tercantum di bundle.json", "not listed in bundle.json")
                )
            data[name] = zf.read(name)
    for name, digest in manifest.files.items():
        if name not in data:
            raise _refuse(path, name, t("tercantum tetapi tidak ada", "listed but missing"))
        if hashlib.sha256(data[name]).hexdigest() != digest:
            raise _refuse(path, name, t("checksum tidak cocok", "checksum mismatch"))
    form_files = {f.hash: f.file for f in manifest.forms}
    for digest, name in form_files.items():
        if name not in data:
            raise _refuse(path, name, t("formulir tidak ada", "form missing"))
        try:
            form = form_from_json(data[name].decode("utf-8"))
        except (FormError, ValueError, UnicodeDecodeError) as exc:
            raise _refuse(
                path, name, t("formulir tidak sah", "invalid form") + f": {exc}"
            ) from None
        if form.hash != digest:
            raise _refuse(
                path,
                name,
                t("hash formulir tidak cocok", "form hash does not match") + f" ({digest[:12]})",
            )
    for st in manifest.event.stages:
        if st.form_hash not in form_files:
            raise _refuse(
                path, f"event.stages[{st.id}]", t("formulir tahap tidak ada", "stage form missing")
            )
    ids = {s.id for s in manifest.submissions}
    for s in manifest.submissions:
        for d in s.documents:
            if f"blobs/{d.sha256}" not in data:
                raise _refuse(
                    path, f"{s.id}/{d.doc_id}", t("dokumen tidak ada", "document missing")
                )
    for slot in (*manifest.assignments, *manifest.schedule):
        if slot.submission_id not in ids:
            raise _refuse(
                path,
                slot.submission_id,
                t("berkas peserta tidak ada di bundel", "submission not in bundle"),
            )
    return manifest, data


def open_bundle(ws: Workspace, path: Path | str, actor: str = "judge") -> OpenedBundle:
    """Create or update this judge workspace from a bundle; sheets untouched."""
    path = Path(path)
    manifest, data = read_bundle(path)
    ev, judge = manifest.event, manifest.judge
    identity = judge_identity(ws)
    created = identity is None
    if identity is None:
        if store_events.list_events(ws):
            raise _refuse(
                path,
                "<workspace>",
                t(
                    "ruang kerja ini bukan ruang kerja juri (sudah berisi acara); buka di folder baru",
                    "this workspace is not a judge workspace (it holds events); open it in a new folder",
                ),
            )
    elif identity != (ev.id, judge.id):
        raise _refuse(
            path,
            "<workspace>",
            t(
                f"ruang kerja ini milik juri {identity[1]} pada acara {identity[0]}",
                f"this workspace belongs to judge {identity[1]} of event {identity[0]}",
            ),
        )
    else:
        held = ws.get_setting(ISSUED_KEY)
        if held and manifest.issued_at < held:
            raise _refuse(
                path,
                "issued_at",
                t(
                    f"bundel lebih lama ({manifest.issued_at}) dari yang sudah dibuka ({held})",
                    f"bundle is older ({manifest.issued_at}) than the one already opened ({held})",
                ),
            )
        if held == manifest.issued_at:
            key = store_keys.ensure_own_key(ws, actor)
            return OpenedBundle(ev.id, judge.id, False, (), (), (), True, key.fingerprint)
        for st in ev.stages:
            row = ws.conn.execute(
                "SELECT form_hash FROM stages WHERE event_id=? AND id=?", (ev.id, st.id)
            ).fetchone()
            if row and row[0] != st.form_hash:
                raise _refuse(
                    path,
                    f"event.stages[{st.id}]",
                    t(
                        "formulir tahap ini berbeda dari yang sudah dipakai menilai",
                        "this stage's form differs from the one already used for scoring",
                    ),
                )
        ws.backup("before-bundle")
    # document files first (content-addressed, harmless if the commit fails)
    for s in manifest.submissions:
        for d in s.documents:
            target = store_submissions.blob_path(ws, d.sha256)
            if target.exists():
                continue
            with atomic_file(target, prefix=".blob-") as fh:  # durable before the commit
                fh.write(data[f"blobs/{d.sha256}"])
    with ws.transaction():
        for f in manifest.forms:
            pin_form(ws, form_from_json(data[f.file].decode("utf-8")))
        counts = store_setup.receive_bundle(ws, manifest, actor)
        ws.set_setting(ROLE_KEY, "judge")
        ws.set_setting(EVENT_KEY, ev.id)
        ws.set_setting(JUDGE_KEY, judge.id)
        ws.set_setting("judge_name", judge.name)
        ws.set_setting(ISSUED_KEY, manifest.issued_at)
    key = store_keys.ensure_own_key(ws, actor)
    return OpenedBundle(
        ev.id,
        judge.id,
        created,
        tuple(counts["added"]),
        tuple(counts["updated"]),
        tuple(counts["kept"]),
        False,
        key.fingerprint,
    )
