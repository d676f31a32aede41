"""Signed score files: export on the judge's laptop, verify, import at the
secretariat.

Import order for one file: read → verify (JSON, canonical bytes, structure,
key, signature, revision) → event → judge → same file already held (no-op) →
key (registered, first file, or an explicitly accepted change) → not older
than the judge's current file → every sheet (stage, pinned form hash,
submission, conflicts, values on the form's scales, not older than the held
sheet) → one transaction writing the sheets (``source='file'``), the judge's
conflicts, the key and the file record. A refused file changes nothing.
Each file of a batch is atomic on its own; a backup is taken before the batch.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from judgeapp import __version__ as app_version
from judgeapp.domain import bounds
from judgeapp.domain.exchange import (
    SCORE_FORMAT,
    Check,
    ScorePayload,
    Verification,
    build_score_file,
    file_revision,
    fingerprint,
    verify_score_file,
)
from judgeapp.domain.safeparse import InputRefused
from judgeapp.domain.scoring import ScoreError, check_score
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.atomic import atomic_file
from judgeapp.services.bundles import judge_identity
from judgeapp.services.reading import read_regular_file
from judgeapp.store import events as store_events
from judgeapp.store import keys as store_keys
from judgeapp.store import scorefiles as store_files
from judgeapp.store.db import Workspace, WorkspaceError, now
from judgeapp.store.forms import load_pinned


class ScoreFileRefused(Refused):
    """A score file refused: names the file, the place and the reason."""

    def __init__(self, source: str, place: str, reason: str):
        self.source = source
        super().__init__(reason, file=source, place=place)


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    event_id: str
    judge_id: str
    revision: int
    sheets: int
    sha256: str
    fingerprint: str


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # imported | unchanged | refused
    judge_id: str = ""
    revision: int = 0
    sheets_changed: int = 0
    message: str = ""
    key_registered: bool = False


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)

    @property
    def refused(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.status == "refused"]


# ---- export (judge workspace) -----------------------------------------------------------
def build_payload(ws: Workspace, event_id: str, judge_id: str) -> dict:
    key = store_keys.ensure_own_key(ws)
    event = store_events.get_event(ws, event_id)
    judge = ws.query_one("SELECT name FROM judges WHERE event_id=? AND id=?", (event_id, judge_id))
    sheets = store_files.sheets_for_export(ws, event_id, judge_id)
    conflicts = [
        {
            "submission": c["submission"],
            "region": c["region"],
            "reason": c["reason"],
            "declared_at": c["declared_at"],
        }
        for c in store_files.conflicts_for_export(ws, event_id, judge_id)
    ]
    return {
        "format": SCORE_FORMAT,
        "event_id": event_id,
        "event_name": event.name,
        "judge_id": judge_id,
        "judge_name": judge["name"] if judge else "",
        "public_key": key.public_key,
        "exported_at": now(),
        "revision": file_revision(sheets),
        "app_version": app_version,
        "sheets": sheets,
        "conflicts": conflicts,
    }


def own_fingerprint(ws: Workspace) -> str:
    """This workspace's signing-key fingerprint (the key is made once, on first use),
    for the judge to read out to the secretariat."""
    return store_keys.ensure_own_key(ws).fingerprint


def export_scores(
    ws: Workspace,
    out: Path | str | None = None,
    *,
    event_id: str | None = None,
    judge_id: str | None = None,
) -> ExportedFile:
    """Sign every sheet of this judge and write the file (atomically).

    ``out`` may be a folder — anything not ending in ``.json`` is taken as one —
    where the file is named ``<event>-<judge>-r<rev>.scores.json``."""
    identity = judge_identity(ws)
    if event_id is None or judge_id is None:
        if identity is None:
            raise ScoreFileRefused(
                str(ws.folder),
                "<workspace>",
                t(
                    "ini bukan ruang kerja juri (buka bundel juri dulu)",
                    "this is not a judge workspace (open a judge bundle first)",
                ),
            )
        event_id, judge_id = identity
    payload = build_payload(ws, event_id, judge_id)
    key = store_keys.ensure_own_key(ws)
    raw = build_score_file(payload, key.private_key)
    name = f"{event_id}-{judge_id}-r{payload['revision']}.scores.json"
    target = Path(out) if out is not None else Path.cwd() / name
    if target.is_dir() or target.suffix.lower() != ".json":
        target.mkdir(parents=True, exist_ok=True)
        target = target / name
    existed = target.exists()
    with atomic_file(target, prefix=".scores-") as fh:
        fh.write(raw)
    try:
        with ws.transaction():
            ws.conn.execute(
                "INSERT INTO history(at, actor, action, event_id, target, new) VALUES (?, ?,"
                " 'export', ?, ?, ?)",
                (now(), judge_id, event_id, judge_id, f"{target.name} rev {payload['revision']}"),
            )
    except WorkspaceError:  # the workspace's disk is full: no export the history lacks
        if not existed:
            target.unlink(missing_ok=True)
        raise
    return ExportedFile(
        target,
        event_id,
        judge_id,
        payload["revision"],
        len(payload["sheets"]),
        hashlib.sha256(raw).hexdigest(),
        key.fingerprint,
    )


# ---- verification ----------------------------------------------------------------------------
def verify_file(
    path: Path | str, ws: Workspace | None = None, event_id: str | None = None
) -> Verification:
    """Every check on one file; with a workspace, also event, judge and key."""
    path = Path(path)
    try:
        raw = read_regular_file(path, bounds.MAX_SCORE_FILE_BYTES)
    except InputRefused as exc:
        v = Verification(str(path))
        v.add(t("berkas", "file"), False, exc.reason)
        return v
    v = verify_score_file(raw, str(path))
    if ws is None or v.payload is None:
        return v
    p = v.payload
    try:
        _check_against(ws, event_id or p.event_id, p, v)
    except ScoreFileRefused as exc:
        v.add(exc.place, False, exc.reason)
    return v


def _check_against(ws: Workspace, event_id: str, p: ScorePayload, v: Verification) -> None:
    if p.event_id != event_id:
        raise ScoreFileRefused(
            v.source,
            "payload.event_id",
            t(
                f"berkas untuk acara lain ({p.event_id}), bukan {event_id}",
                f"file is for another event ({p.event_id}), not {event_id}",
            ),
        )
    try:
        store_events.get_event(ws, event_id)
    except KeyError:
        raise ScoreFileRefused(
            v.source,
            "payload.event_id",
            t(f"tidak ada acara {event_id!r}", f"no event {event_id!r}"),
        ) from None
    v.add(t("acara", "event"), True, event_id)
    judge = ws.query_one("SELECT id FROM judges WHERE event_id=? AND id=?", (event_id, p.judge_id))
    if judge is None:
        raise ScoreFileRefused(
            v.source,
            "payload.judge_id",
            t(
                f"juri {p.judge_id!r} tidak dikenal di acara ini",
                f"judge {p.judge_id!r} unknown in this event",
            ),
        )
    v.add(t("juri", "judge"), True, p.judge_id)
    held = store_keys.judge_key(ws, event_id, p.judge_id)
    fp = fingerprint(p.public_key)
    if held is None:
        v.add(
            t("kunci terdaftar", "registered key"),
            True,
            t(f"belum ada; {fp} akan didaftarkan", f"none yet; {fp} will be registered"),
        )
    elif held.fingerprint != fp:
        v.add(
            t("kunci terdaftar", "registered key"),
            False,
            t(
                f"kunci berubah: terdaftar {held.fingerprint}, berkas {fp}",
                f"key changed: registered {held.fingerprint}, file {fp}",
            ),
        )
    else:
        v.add(t("kunci terdaftar", "registered key"), True, fp)


# ---- import (secretariat) --------------------------------------------------------------------
def import_score_files(
    ws: Workspace,
    event_id: str,
    paths: list[Path | str],
    *,
    actor: str = "secretariat",
    accept_key_change: bool = False,
    reason: str = "",
) -> ImportReport:
    """Import each file atomically (a refused one changes nothing)."""
    report = ImportReport()
    if paths:
        ws.backup("before-scores-import")
    for p in paths:
        try:
            report.outcomes.append(
                import_score_file(
                    ws,
                    event_id,
                    p,
                    actor=actor,
                    accept_key_change=accept_key_change,
                    reason=reason,
                    backup=False,
                )
            )
        except ScoreFileRefused as exc:
            report.outcomes.append(ImportOutcome(Path(p), "refused", message=str(exc)))
    return report


def import_score_file(
    ws: Workspace,
    event_id: str,
    path: Path | str,
    *,
    actor: str = "secretariat",
    accept_key_change: bool = False,
    reason: str = "",
    backup: bool = True,
) -> ImportOutcome:
    """Verify and import one signed score file; ``ScoreFileRefused`` otherwise."""
    path = Path(path)
    source = path.name
    try:
        raw = read_regular_file(path, bounds.MAX_SCORE_FILE_BYTES)
    except InputRefused as exc:
        raise ScoreFileRefused(source, "<file>", exc.reason) from None
    v = verify_score_file(raw, source)
    if v.payload is None:
        bad = v.failure or Check("?", False, "?")
        raise ScoreFileRefused(source, bad.name, bad.detail)
    p = v.payload
    _check_against(ws, event_id, p, v)
    if store_files.file_by_sha(ws, v.sha256) is not None:
        return ImportOutcome(
            path,
            "unchanged",
            p.judge_id,
            p.revision,
            0,
            t("berkas ini sudah diimpor", "this file was already imported"),
        )
    fp = fingerprint(p.public_key)
    held_key = store_keys.judge_key(ws, event_id, p.judge_id)
    key_change = held_key is not None and held_key.fingerprint != fp
    if key_change and not accept_key_change:
        assert held_key is not None
        raise ScoreFileRefused(
            source,
            "payload.public_key",
            t(
                f"kunci juri {p.judge_id} berubah (terdaftar {held_key.fingerprint}, berkas {fp});"
                " sekretariat harus menyetujui penggantian kunci secara tegas",
                f"judge {p.judge_id}'s key changed (registered {held_key.fingerprint}, file {fp});"
                " the secretariat must accept the key change explicitly",
            ),
        )
    if key_change and not reason.strip():
        raise ScoreFileRefused(
            source,
            "payload.public_key",
            t("alasan penggantian kunci wajib diisi", "a reason is required"),
        )
    current = store_files.current_file(ws, event_id, p.judge_id)
    if current is not None and p.order_key() < (current["revision"], current["exported_at"]):
        raise ScoreFileRefused(
            source,
            "payload.revision",
            t(
                f"revisi lebih lama ({p.revision}, {p.exported_at}) dari yang dipegang"
                f" ({current['revision']}, {current['exported_at']})",
                f"older revision ({p.revision}, {p.exported_at}) than the one held"
                f" ({current['revision']}, {current['exported_at']})",
            ),
        )
    event = store_events.get_event(ws, event_id)
    stages = {st.id: st for st in event.stages}
    conflicts = {(r["judge_id"], r["region_id"]) for r in store_events.conflicts(ws, event_id)}
    declared = {c.region for c in p.conflicts}
    plans = []
    for i, sh in enumerate(p.sheets):
        place = f"sheets[{i}] ({sh.stage}/{sh.submission})"
        stage = stages.get(sh.stage)
        if stage is None:
            raise ScoreFileRefused(
                source,
                place,
                t(f"acara tidak punya tahap {sh.stage!r}", f"event has no stage {sh.stage!r}"),
            )
        if sh.form_hash != stage.form_hash:
            raise ScoreFileRefused(
                source,
                place,
                t(
                    f"hash formulir {sh.form_hash[:12]} bukan formulir tahap ini ({stage.form_hash[:12]})",
                    f"form hash {sh.form_hash[:12]} is not this stage's pinned form ({stage.form_hash[:12]})",
                ),
            )
        try:
            sub = store_events.get_submission(ws, sh.submission)
        except KeyError:
            sub = None
        if sub is None or sub["event_id"] != event_id:
            raise ScoreFileRefused(
                source,
                place,
                t(
                    f"berkas peserta {sh.submission!r} tidak ada di acara ini",
                    f"no submission {sh.submission!r} in this event",
                ),
            )
        if (
            (p.judge_id, sub["region_id"]) in conflicts
            and sub["region_id"] not in declared
            and sh.scores
        ):
            raise ScoreFileRefused(
                source,
                place,
                t(
                    f"juri {p.judge_id} berkonflik kepentingan dengan {sub['region']}",
                    f"judge {p.judge_id} has a conflict of interest with {sub['region']}",
                ),
            )
        form = load_pinned(ws, stage.form_hash)
        scores = sh.decimal_scores()
        for key, value in scores.items():
            try:
                _a, ind, item = form.target(key)
            except KeyError:
                raise ScoreFileRefused(
                    source,
                    f"{place}.scores.{key}",
                    t("butir tidak ada di formulir", "no such item in the form"),
                ) from None
            scale = form.scale_of(ind, item)
            assert scale is not None
            try:
                check_score(scale, value)
            except ScoreError as exc:
                raise ScoreFileRefused(source, f"{place}.scores.{key}", str(exc)) from None
        held = store_files.held_sheet(ws, event_id, sh.stage, p.judge_id, sh.submission)
        if held is not None and held["source"] != "file":
            raise ScoreFileRefused(
                source,
                place,
                t(
                    f"lembar ini sudah dimasukkan dari sumber lain ({held['source']})",
                    f"this sheet was already entered from another source ({held['source']})",
                ),
            )
        if held is not None and sh.revision < held["revision"]:
            raise ScoreFileRefused(
                source,
                place,
                t(
                    f"revisi lembar {sh.revision} lebih lama dari yang dipegang ({held['revision']})",
                    f"sheet revision {sh.revision} is older than the one held ({held['revision']})",
                ),
            )
        plans.append((sh, scores))
    for i, c in enumerate(p.conflicts):
        try:
            sub = store_events.get_submission(ws, c.submission)
        except KeyError:
            sub = None
        if sub is None or sub["event_id"] != event_id or sub["region_id"] != c.region:
            raise ScoreFileRefused(
                source,
                f"conflicts[{i}]",
                t(
                    f"daerah {c.region!r} tidak ada di acara ini",
                    f"no region {c.region!r} in this event",
                ),
            )
    changed = 0
    why = f"score file {v.sha256[:12]}"
    if backup:
        ws.backup("before-scores-import")
    with ws.transaction():
        for sh, scores in plans:
            _sid, n = store_files.replace_sheet(
                ws,
                event_id=event_id,
                stage_id=sh.stage,
                judge_id=p.judge_id,
                submission_id=sh.submission,
                form_hash=sh.form_hash,
                source="file",
                revision=sh.revision,
                status=sh.status,
                scores=scores,
                texts={(x.target, x.field): x.value for x in sh.texts},
                evidence=[e.model_dump() for e in sh.evidence],
                timer=sh.timer,
                finalised_at=sh.finalised_at,
                signed_by=sh.signed_by,
                actor=p.judge_id,
                reason=why,
            )
            changed += n
        for c in p.conflicts:
            store_files.add_conflict_from_file(
                ws, event_id, p.judge_id, c.region, c.reason, c.declared_at
            )
        registered = held_key is None or key_change
        if registered:
            store_keys.set_judge_key(
                ws,
                event_id,
                p.judge_id,
                p.public_key,
                actor,
                reason.strip() if key_change else t("berkas pertama", "first file"),
            )
        store_files.record_file(
            ws, v.sha256, event_id, p.judge_id, p.revision, raw.decode("utf-8"), actor
        )
    return ImportOutcome(path, "imported", p.judge_id, p.revision, changed, "", registered)
