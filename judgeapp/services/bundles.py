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
import os
import shutil
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judgeapp.atomic import atomic_file, output_folder
from judgeapp.domain import bounds
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
from judgeapp.domain.rubric import Form, FormError, canonical_json, form_from_json
from judgeapp.domain.safeparse import InputRefused, too_large_reason
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.reading import ZIP_DAMAGE, ZIP_OR_DISK, check_regular, zip_damage_reason
from judgeapp.store import bundles as store_bundles
from judgeapp.store import events as store_events
from judgeapp.store import history as store_history
from judgeapp.store import keys as store_keys
from judgeapp.store import setup as store_setup
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import DB_NAME, Workspace, default_workspace_dir, now, open_workspace
from judgeapp.store.forms import pin_form, pinned_body

ROLE_KEY = "role"
JUDGE_KEY = "judge_id"
EVENT_KEY = "event_id"
ISSUED_KEY = "bundle_issued_at"
ENROLMENT_KEY = "enrolment_secret"

# what a bundle carries of a submission's documents, key figures and innovations
_DOCUMENT_COLUMNS = (
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
_KEY_FIGURE_COLUMNS = ("id", "label", "value", "unit", "year", "source", "seq")
_INNOVATION_COLUMNS = ("seq", "title", "summary", "started")


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
def bundle_submissions(
    ws: Workspace, event_id: str, judge_id: str
) -> list[store_submissions.CurrentSubmission]:
    """The judge's assigned, current, non-conflicted submissions."""
    conflicted = store_setup.conflicted_regions(ws, event_id, judge_id)
    assigned = {a.submission_id for a in store_events.assignments(ws, event_id, judge_id=judge_id)}
    return [
        s
        for s in store_submissions.current_submissions(ws, event_id)
        if s.id in assigned and s.region_id not in conflicted
    ]


def _columns(row: dict, columns: tuple[str, ...]) -> dict:
    return {c: row[c] for c in columns}


def _with_sample(row: dict, columns: tuple[str, ...]) -> dict:
    """The row's ``columns`` and, last, whether it is sample data."""
    return {**_columns(row, columns), "sample": bool(row.get("sample", 0))}


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
    if judge.retired_at:
        raise BundleRefused(
            t(
                f"{judge.name} sudah dinonaktifkan: tidak ada bundel baru",
                f"{judge.name} is retired: no new bundle",
            )
        )
    subs = bundle_submissions(ws, event_id, judge_id)
    ids = {s.id for s in subs}
    blobs: dict[str, Path] = {}
    out_subs = []
    for s in subs:
        sub = store_submissions.get_submission(ws, s.id)
        material = store_bundles.bundle_material(ws, s.id)
        docs = []
        for d in material["documents"]:
            path = store_submissions.blob_path(ws, d["sha256"])
            if not path.exists():
                raise BundleRefused(
                    t(
                        f"berkas dokumen {d['doc_id']} ({s.region}) hilang dari ruang kerja",
                        f"document file {d['doc_id']} ({s.region}) is missing from the workspace",
                    )
                )
            blobs[d["sha256"]] = path
            docs.append(_columns(d, _DOCUMENT_COLUMNS))
        out_subs.append(
            {
                "id": s.id,
                "region": {
                    "id": s.region_id,
                    "name": s.region,
                    "kind": s.region_kind,
                    "province": s.province,
                    "code": s.code,
                },
                "category": s.category,
                "title": s.title,
                "version": s.version,
                "package_sha256": s.package_sha256,
                "manifest": json.loads(sub.manifest or "{}"),
                "sample": s.sample,
                "imported_at": s.imported_at,
                "documents": docs,
                "key_figures": [
                    _with_sample(k, _KEY_FIGURE_COLUMNS) for k in material["key_figures"]
                ],
                "innovations": [
                    _with_sample(i, _INNOVATION_COLUMNS) for i in material["innovations"]
                ],
            }
        )
    assignments = [
        {"stage_id": a.stage_id, "submission_id": a.submission_id}
        for a in store_events.assignments(ws, event_id, judge_id=judge_id)
        if a.submission_id in ids
    ]
    schedule = [
        {
            "stage_id": r.stage_id,
            "submission_id": r.submission_id,
            "starts_at": r.starts_at,
            "room": r.room,
        }
        for r in store_setup.schedule_rows(ws, event_id)
        if r.submission_id in ids
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
        "judge": {"id": judge.id, "name": judge.name, "role": judge.role},
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
    output_folder(out.parent)  # its missing parents are never made (a pulled USB stick)
    members: dict[str, bytes | Path] = {}
    for f in manifest["forms"]:
        members[f["file"]] = pinned_body(ws, f["hash"]).encode("utf-8")
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
    if store_keys.judge_key(ws, event_id, judge_id) is None:
        # until the judge's key is registered, the bundle carries the one-time
        # secret the first score file must prove (docs/score-files.md, Keys)
        manifest["enrolment"] = store_keys.ensure_enrol_secret(ws, event_id, judge_id, actor)
    parse_bundle_manifest(canonical_json(manifest))  # never write a bundle we would refuse
    with (
        atomic_file(out, prefix=".bundle-", make_parents=False) as fh,
        zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf,
    ):
        zf.writestr(BUNDLE_MANIFEST, canonical_json(manifest) + "\n")
        for name, data in sorted(members.items()):
            if isinstance(data, Path):
                zf.write(data, name)
            else:
                zf.writestr(name, data)
    with ws.transaction():
        store_history.append(
            ws,
            "bundle",
            actor=actor,
            event_id=event_id,
            target=judge_id,
            new=f"{out.name}: {len(manifest['submissions'])}",
        )
    return IssuedBundle(
        out,
        judge_id,
        len(manifest["submissions"]),
        sum(len(s["documents"]) for s in manifest["submissions"]),
        out.stat().st_size,
    )


def bundle_name(event_id: str, judge_id: str) -> str:
    """The file name of a judge's bundle in a folder of bundles."""
    return f"{event_id}-{judge_id}.bundle.zip"


@dataclass(frozen=True)
class PlannedBundle:
    """A bundle about to be written: whose, where, how many regions, and
    whether it replaces a file already there."""

    judge_id: str
    name: str
    role: str
    path: Path
    submissions: int
    replaces: bool


def bundle_judges(ws: Workspace, event_id: str) -> list[PlannedBundle]:
    """The judges who can get a bundle (retired ones cannot), with the number
    of regions theirs would hold; ``path`` is the bare file name."""
    out = []
    for j in store_events.list_judges(ws, event_id):
        if j.retired_at:
            continue
        n = len(bundle_submissions(ws, event_id, j.id))
        out.append(PlannedBundle(j.id, j.name, j.role, Path(bundle_name(event_id, j.id)), n, False))
    return out


def plan_bundles(
    ws: Workspace, event_id: str, judge_ids: list[str], folder: Path | str
) -> list[PlannedBundle]:
    """What ``issue_bundles`` would write into ``folder`` (nothing is written)."""
    known = {b.judge_id: b for b in bundle_judges(ws, event_id)}
    out = []
    for jid in judge_ids:
        b = known.get(jid)
        if b is None:
            build_manifest(ws, event_id, jid)  # names the reason (unknown or retired)
            continue
        path = Path(folder) / b.path.name
        out.append(PlannedBundle(jid, b.name, b.role, path, b.submissions, path.exists()))
    return out


def issue_bundles(
    ws: Workspace,
    event_id: str,
    judge_ids: list[str],
    folder: Path | str,
    actor: str = "secretariat",
    progress: Callable[[int, int, str], None] | None = None,
) -> list[tuple[str, IssuedBundle | Refused]]:
    """One bundle per judge into ``folder`` (created if missing, but never its
    missing parents), each written atomically; a judge's refusal (or a full
    drive's) is returned in place of their bundle."""
    out_dir = output_folder(folder)
    done: list[tuple[str, IssuedBundle | Refused]] = []
    for i, jid in enumerate(judge_ids):
        if progress is not None:
            progress(i, len(judge_ids), jid)
        try:
            done.append(
                (jid, issue_bundle(ws, event_id, jid, out_dir / bundle_name(event_id, jid), actor))
            )
        except Refused as exc:
            done.append((jid, exc))
    if progress is not None:
        progress(len(judge_ids), len(judge_ids), "")
    return done


# ---- opening (judge laptop) ------------------------------------------------------------------
def _refuse(path: Path, place: str, reason: str) -> BundleRefused:
    return BundleRefused(reason, file=path.name, place=place)


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> str:
    """SHA-256 of one member, streamed (a bundle is never held in memory)."""
    h = hashlib.sha256()
    try:
        with zf.open(info) as src:
            for chunk in iter(lambda: src.read(bounds.CHUNK), b""):
                h.update(chunk)
    except ZIP_OR_DISK as exc:
        raise _refuse(path, info.filename, zip_damage_reason(exc)) from None
    return h.hexdigest()


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, limit: int) -> bytes:
    if info.file_size > limit:
        raise _refuse(path, info.filename, too_large_reason(info.file_size, limit))
    try:
        with zf.open(info) as src:
            return src.read(limit + 1)
    except ZIP_OR_DISK as exc:
        raise _refuse(path, info.filename, zip_damage_reason(exc)) from None


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        check_regular(path)
    except InputRefused as exc:
        raise _refuse(path, "<file>", exc.reason) from None
    try:
        return zipfile.ZipFile(path)
    except ZIP_OR_DISK as exc:
        reason = getattr(exc, "strerror", None) or t("bukan berkas zip", "not a zip file")
        raise _refuse(path, "<file>", reason) from None


def read_bundle(path: Path | str) -> tuple[BundleManifest, dict[str, Form]]:
    """Check a bundle file completely, streaming every member once; return its
    manifest and its pinned forms (by hash). Memory stays bounded whatever the size."""
    path = Path(path)
    zf = _open_zip(path)
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
        by_name: dict[str, zipfile.ZipInfo] = {}
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
            by_name[name] = info
            total += info.file_size
            if info.file_size > BUNDLE_MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(
                    path, name, t("rasio kompresi mencurigakan", "suspicious compression ratio")
                )
        if total > BUNDLE_MAX_BYTES:
            raise _refuse(path, "<zip>", t("terlalu besar", "too large"))
        if BUNDLE_MANIFEST not in by_name:
            raise _refuse(path, BUNDLE_MANIFEST, t("tidak ada", "missing"))
        raw = _read_small(zf, by_name[BUNDLE_MANIFEST], path, bounds.MAX_BUNDLE_MANIFEST_BYTES)
        try:
            manifest = parse_bundle_manifest(raw)
        except ValueError as exc:
            raise _refuse(path, BUNDLE_MANIFEST, str(exc)) from None
        for name, info in by_name.items():
            if name == BUNDLE_MANIFEST:
                continue
            if name not in manifest.files:
                raise _refuse(
                    path, name, t("tidak tercantum di bundle.json", "not listed in bundle.json")
                )
            digest = _hash_member(zf, info, path)
            if digest != manifest.files[name]:
                raise _refuse(path, name, t("checksum tidak cocok", "checksum mismatch"))
            if name.startswith("blobs/") and name != f"blobs/{digest}":
                raise _refuse(
                    path,
                    name,
                    t("nama dokumen bukan checksum isinya", "document name is not its checksum"),
                )
        for name in manifest.files:
            if name not in by_name:
                raise _refuse(path, name, t("tercantum tetapi tidak ada", "listed but missing"))
        forms: dict[str, Form] = {}
        form_files = {f.hash: f.file for f in manifest.forms}
        for digest, name in form_files.items():
            if name not in by_name:
                raise _refuse(path, name, t("formulir tidak ada", "form missing"))
            body = _read_small(zf, by_name[name], path, bounds.MAX_BUNDLE_FORM_BYTES)
            try:
                form = form_from_json(body, source=name)
            except FormError as exc:
                raise _refuse(
                    path, name, t("formulir tidak sah", "invalid form") + f": {exc}"
                ) from None
            if form.hash != digest:
                raise _refuse(
                    path,
                    name,
                    t("hash formulir tidak cocok", "form hash does not match")
                    + f" ({digest[:12]})",
                )
            forms[digest] = form
    for st in manifest.event.stages:
        if st.form_hash not in form_files:
            raise _refuse(
                path, f"event.stages[{st.id}]", t("formulir tahap tidak ada", "stage form missing")
            )
    ids = {s.id for s in manifest.submissions}
    for s in manifest.submissions:
        for d in s.documents:
            if f"blobs/{d.sha256}" not in by_name:
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
    return manifest, forms


def _copy_blob(zf: zipfile.ZipFile, name: str, sha: str, target: Path, path: Path) -> None:
    """Stream one document out of the bundle into the blob store, durably, hashing
    again on the way (the file may have changed since it was checked)."""
    h = hashlib.sha256()
    if name not in zf.NameToInfo:
        raise _refuse(path, name, t("dokumen tidak ada", "document missing"))
    try:
        with zf.open(name) as src, atomic_file(target, prefix=".blob-") as fh:
            for chunk in iter(lambda: src.read(bounds.CHUNK), b""):
                h.update(chunk)
                fh.write(chunk)
            if h.hexdigest() != sha:
                raise _refuse(path, name, t("checksum tidak cocok", "checksum mismatch"))
    except ZIP_DAMAGE as exc:
        raise _refuse(path, name, zip_damage_reason(exc)) from None


def open_bundle(ws: Workspace, path: Path | str, actor: str = "judge") -> OpenedBundle:
    """Create or update this judge workspace from a bundle; sheets untouched.
    A refused bundle changes nothing (document files it had copied are removed)."""
    path = Path(path)
    manifest, forms = read_bundle(path)
    return _open_checked(ws, path, manifest, forms, actor)


def open_bundle_at(
    folder: Path | str | None, path: Path | str, actor: str = "judge"
) -> OpenedBundle:
    """Open a bundle into the workspace at ``folder`` (created when new). The bundle
    is checked before anything is created, and a refusal after that removes what
    was created: a refused bundle leaves no workspace, no database, no blobs behind."""
    path = Path(path)
    manifest, forms = read_bundle(path)
    target = Path(folder) if folder is not None else default_workspace_dir()
    existed = target.exists()
    before = set(os.listdir(target)) if existed and target.is_dir() else set()
    fresh = not (target / DB_NAME).exists()
    ws = open_workspace(target)
    try:
        return _open_checked(ws, path, manifest, forms, actor)
    except BaseException:
        ws.close()
        if fresh:
            _remove_new(target, existed, before)
        raise
    finally:
        ws.close()


def _remove_new(target: Path, existed: bool, before: set[str]) -> None:
    if not existed:
        shutil.rmtree(target, ignore_errors=True)
        return
    for name in set(os.listdir(target)) - before:
        p = target / name
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


def _open_checked(
    ws: Workspace,
    path: Path,
    manifest: BundleManifest,
    forms: dict[str, Form],
    actor: str,
) -> OpenedBundle:
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
            held_hash = store_events.stage_form_hash(ws, ev.id, st.id)
            if held_hash is not None and held_hash != st.form_hash:
                raise _refuse(
                    path,
                    f"event.stages[{st.id}]",
                    t(
                        "formulir tahap ini berbeda dari yang sudah dipakai menilai",
                        "this stage's form differs from the one already used for scoring",
                    ),
                )
        ws.backup("before-bundle")
    # document files first, durable before the commit that refers to them; removed
    # again if anything fails before that commit
    written: list[Path] = []
    try:
        with _open_zip(path) as zf:
            for s in manifest.submissions:
                for d in s.documents:
                    target = store_submissions.blob_path(ws, d.sha256)
                    if target.exists():
                        continue
                    _copy_blob(zf, f"blobs/{d.sha256}", d.sha256, target, path)
                    written.append(target)
        with ws.transaction():
            for f in manifest.forms:
                pin_form(ws, forms[f.hash])
            counts = store_bundles.receive_bundle(ws, manifest, actor)
            ws.set_setting(ROLE_KEY, "judge")
            ws.set_setting(EVENT_KEY, ev.id)
            ws.set_setting(JUDGE_KEY, judge.id)
            ws.set_setting("judge_name", judge.name)
            ws.set_setting(ISSUED_KEY, manifest.issued_at)
            if manifest.enrolment:  # proven by the score files; never shown, never exported
                ws.set_setting(ENROLMENT_KEY, manifest.enrolment)
    except BaseException:
        for target in written:
            target.unlink(missing_ok=True)
        raise
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
