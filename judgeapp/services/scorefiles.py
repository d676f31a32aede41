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
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from judgeapp import __version__ as app_version
from judgeapp.atomic import atomic_file, output_folder
from judgeapp.domain import bounds
from judgeapp.domain.exchange import (
    SCORE_FORMAT,
    Check,
    ScorePayload,
    SheetEntry,
    Verification,
    build_score_file,
    enrolment_proof,
    enrolment_proof_valid,
    file_revision,
    fingerprint,
    is_private_field,
    verify_score_file,
)
from judgeapp.domain.ids import SheetPlace
from judgeapp.domain.rubric import Form, canonical_json
from judgeapp.domain.safeparse import InputRefused
from judgeapp.domain.scoring import ScoreError, check_score
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.bundles import judge_identity
from judgeapp.services.reading import read_regular_file
from judgeapp.store import events as store_events
from judgeapp.store import history as store_history
from judgeapp.store import keys as store_keys
from judgeapp.store import scorefiles as store_files
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace, WorkspaceError, now
from judgeapp.store.forms import load_pinned


class ScoreFileRefused(Refused):
    """A score file refused: names the file, the place and the reason."""

    def __init__(self, source: str, place: str, reason: str):
        self.source = source
        super().__init__(reason, file=source, place=place)


Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class KeyConsent:
    """What the secretariat said of a judge's key for an import: a changed key
    accepted, with the reason (both needed), or the fingerprint of a first key
    it confirmed with the judge (where the bundle's enrolment secret does not
    vouch for it)."""

    accept_change: bool = False
    reason: str = ""
    confirmed: str = ""


NO_CONSENT = KeyConsent()


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
    refusal: Refused | None = None  # what refused the file (status refused)


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
    judge = store_events.find_judge(ws, event_id, judge_id)
    sheets = store_files.sheets_for_export(ws, event_id, judge_id)
    for sh in sheets:  # the judge's private notes never leave the laptop
        sh["texts"] = [x for x in sh["texts"] if not is_private_field(x["field"])]
    rows, head = store_history.head(ws)
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
        "judge_name": judge.name if judge else "",
        "public_key": key.public_key,
        "exported_at": now(),
        "revision": file_revision(sheets),
        "app_version": app_version,
        "sheets": sheets,
        "conflicts": conflicts,
        "history": {"rows": rows, "head": head},
        "enrolment_proof": _proof(ws, event_id, judge_id, key.public_key),
    }


def _proof(ws: Workspace, event_id: str, judge_id: str, public_key: str) -> str:
    from judgeapp.services.bundles import ENROLMENT_KEY

    secret = ws.get_setting(ENROLMENT_KEY)
    return enrolment_proof(secret, event_id, judge_id, public_key) if secret else ""


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
    create_folder: bool = True,
) -> ExportedFile:
    """Sign every sheet of this judge and write the file (atomically).

    ``out`` may be a folder — anything not ending in ``.json`` is taken as one —
    where the file is named ``<event>-<judge>-r<rev>.scores.json``. Missing
    parents are never made; ``create_folder=False`` (a folder the user picked)
    refuses a folder that is no longer there rather than making it."""
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
        target = output_folder(target, create=create_folder) / name
    existed = target.exists()
    with atomic_file(target, prefix=".scores-", make_parents=False) as fh:
        fh.write(raw)
    try:
        with ws.transaction():
            store_history.append(
                ws,
                "export",
                actor=judge_id,
                event_id=event_id,
                target=judge_id,
                new=f"{target.name} rev {payload['revision']}",
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
    """Every check on one file. With a workspace, exactly the checks
    ``import_score_file`` makes (event, judge, key, order, every sheet on the
    event's pinned forms and scales, conflicts), reading only: what verify calls
    valid, import accepts, and what import refuses, verify names."""
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
    try:
        plan = check_score_file(ws, event_id or v.payload.event_id, raw, v)
    except ScoreFileRefused as exc:
        v.add(exc.place or "?", False, exc.reason)
        return v
    if plan.already_imported:
        v.add(
            t("impor", "import"),
            True,
            t("berkas ini sudah diimpor; impor ulang tidak mengubah apa pun",
              "already imported; importing it again changes nothing"),
        )  # fmt: skip
    else:
        v.add(
            t("impor", "import"),
            True,
            t(f"akan diterima: {len(plan.sheets)} lembar",
              f"would be accepted: {len(plan.sheets)} sheets"),
        )  # fmt: skip
    return v


@dataclass
class ImportPlan:
    """What importing one file would do, decided by reading only."""

    verification: Verification
    raw: bytes
    sheets: list[tuple[SheetEntry, dict[str, Decimal]]]
    held_key: store_keys.JudgeKey | None = None
    key_change: bool = False
    already_imported: bool = False
    how: str = ""  # how a first key gets bound: bundle | confirmed (see store.keys)

    @property
    def payload(self) -> ScorePayload:
        assert self.verification.payload is not None
        return self.verification.payload


def _event_and_judge(ws: Workspace, event_id: str, p: ScorePayload, v: Verification) -> None:
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
    judge = store_events.find_judge(ws, event_id, p.judge_id)
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


def _first_key(
    ws: Workspace, event_id: str, p: ScorePayload, fp: str, v: Verification, confirm_key: str
) -> str:
    """A judge's first file: its key is bound to the bundle issued to that judge
    when the file proves the bundle's one-time secret, or when the secretariat
    confirmed the fingerprint the judge read out; otherwise refused."""
    secret = store_keys.enrol_secret(ws, event_id, p.judge_id)
    name = t("kunci terdaftar", "registered key")
    if enrolment_proof_valid(secret, event_id, p.judge_id, p.public_key, p.enrolment_proof):
        v.add(
            name,
            True,
            t(
                f"kunci pertama {fp} membuktikan rahasia bundel juri {p.judge_id}; akan"
                " didaftarkan",
                f"first key {fp} proves the secret of the bundle issued to {p.judge_id}; will be"
                " registered",
            ),
        )
        return "bundle"
    if confirm_key and _same_fingerprint(confirm_key, fp):
        v.add(
            name,
            True,
            t(
                f"kunci pertama {fp} dikonfirmasi sekretariat; akan didaftarkan",
                f"first key {fp} confirmed by the secretariat; will be registered",
            ),
        )
        return "confirmed"
    raise ScoreFileRefused(
        v.source,
        "payload.enrolment_proof",
        t(
            f"berkas pertama juri {p.judge_id} ditandatangani kunci {fp} yang tidak terikat pada"
            f" bundel yang diterbitkan untuk {p.judge_id} (tanpa bukti rahasia pendaftarannya)."
            f" Minta {p.judge_id} membacakan Bantuan ▸ Kunci tanda tangan saya; bila sama dengan"
            f" {fp}, konfirmasikan (di aplikasi: daftarkan kuncinya pada tab Persiapan; atau"
            f" judgeapp scores import … --confirm-key {fp}), lalu impor lagi",
            f"the first file of judge {p.judge_id} is signed by key {fp}, which is not bound to"
            f" the bundle issued to {p.judge_id} (no proof of its enrolment secret). Ask"
            f" {p.judge_id} to read out Help ▸ My signing key; if it is {fp}, confirm it (in the"
            f" app: register the key on the Set-up tab; or judgeapp scores import …"
            f" --confirm-key {fp}), then import again",
        ),
    )


def _same_fingerprint(a: str, b: str) -> bool:
    def norm(x: str) -> str:
        return "".join(c for c in x.upper() if c in "0123456789ABCDEF")

    return bool(norm(a)) and norm(a) == norm(b)


def check_score_file(
    ws: Workspace,
    event_id: str,
    raw: bytes,
    v: Verification,
    keys: KeyConsent = NO_CONSENT,
) -> ImportPlan:
    """Every check import makes on a verified file (``v.payload`` set), in
    import's order, adding a line to ``v`` for each; ``ScoreFileRefused`` at
    the first that fails. Writes nothing."""
    assert v.payload is not None
    p = v.payload
    _event_and_judge(ws, event_id, p, v)
    if store_files.file_known(ws, v.sha256):
        return ImportPlan(v, raw, [], already_imported=True)
    fp = fingerprint(p.public_key)
    held_key = store_keys.judge_key(ws, event_id, p.judge_id)
    key_change = held_key is not None and held_key.fingerprint != fp
    how = _key_checks(ws, event_id, v, fp, held_key, keys)
    _not_older_than_held(ws, event_id, p, v.source)
    event = store_events.get_event(ws, event_id)
    ctx = _SheetContext(
        source=v.source,
        stages={st.id: st for st in event.stages},
        conflicts={(r.judge_id, r.region_id) for r in store_events.conflicts(ws, event_id)},
        declared={c.region for c in p.conflicts},
    )
    plans = [  # a format-1 file's private notes: dropped
        _sheet_plan(ws, event_id, p, sh, f"sheets[{i}] ({sh.stage}/{sh.submission})", ctx)
        for i, sh in enumerate(p.shared_sheets())
    ]
    _declared_conflicts_in_event(ws, event_id, p, v.source)
    v.add(
        t("lembar", "sheets"),
        True,
        t(
            f"{len(plans)} lembar: tahap, formulir, peserta, butir dan skala sesuai acara",
            f"{len(plans)} sheets: stage, form, submission, items and scales match the event",
        ),
    )
    return ImportPlan(v, raw, plans, held_key, key_change, how=how)


def _key_checks(
    ws: Workspace,
    event_id: str,
    v: Verification,
    fp: str,
    held_key: store_keys.JudgeKey | None,
    keys: KeyConsent,
) -> str:
    """The file's key against the judge's registered key: a change refused
    unless accepted with a reason; a first key vouched for (``_first_key``,
    whose ``how`` is returned) or confirmed."""
    assert v.payload is not None
    p, source = v.payload, v.source
    key_change = held_key is not None and held_key.fingerprint != fp
    if key_change and not keys.accept_change:
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
    if key_change and not keys.reason.strip():
        raise ScoreFileRefused(
            source,
            "payload.public_key",
            t("alasan penggantian kunci wajib diisi", "a reason is required"),
        )
    if held_key is None:
        return _first_key(ws, event_id, p, fp, v, keys.confirmed)
    if key_change:
        v.add(
            t("kunci terdaftar", "registered key"),
            True,
            t(
                f"penggantian disetujui: {held_key.fingerprint} → {fp}",
                f"change accepted: {held_key.fingerprint} → {fp}",
            ),
        )
    else:
        v.add(t("kunci terdaftar", "registered key"), True, fp)
    return ""


def _not_older_than_held(ws: Workspace, event_id: str, p: ScorePayload, source: str) -> None:
    """A file older (revision, exported at) than the judge's current one is refused."""
    current = store_files.current_file(ws, event_id, p.judge_id)
    if current is not None and p.order_key() < (current.revision, current.exported_at):
        raise ScoreFileRefused(
            source,
            "payload.revision",
            t(
                f"revisi lebih lama ({p.revision}, {p.exported_at}) dari yang dipegang"
                f" ({current.revision}, {current.exported_at})",
                f"older revision ({p.revision}, {p.exported_at}) than the one held"
                f" ({current.revision}, {current.exported_at})",
            ),
        )


@dataclass(frozen=True)
class _SheetContext:
    """What every sheet of one file is checked against."""

    source: str
    stages: dict[str, store_events.Stage]
    conflicts: set[tuple[str, str]]  # (judge, region) declared at the secretariat
    declared: set[str]  # regions the file itself declares a conflict with


def _sheet_plan(
    ws: Workspace,
    event_id: str,
    p: ScorePayload,
    sh: SheetEntry,
    place: str,
    ctx: _SheetContext,
) -> tuple[SheetEntry, dict[str, Decimal]]:
    """One sheet of the file checked against the event — its stage and pinned
    form, its submission, the judge's conflicts, every score in its item's
    scale, the sheet held — and its scores."""
    source = ctx.source
    stage = ctx.stages.get(sh.stage)
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
        sub = store_submissions.get_submission(ws, sh.submission)
    except KeyError:
        sub = None
    if sub is None or sub.event_id != event_id:
        raise ScoreFileRefused(
            source,
            place,
            t(
                f"berkas peserta {sh.submission!r} tidak ada di acara ini",
                f"no submission {sh.submission!r} in this event",
            ),
        )
    if (
        (p.judge_id, sub.region_id) in ctx.conflicts
        and sub.region_id not in ctx.declared
        and sh.scores
    ):
        raise ScoreFileRefused(
            source,
            place,
            t(
                f"juri {p.judge_id} berkonflik kepentingan dengan {sub.region}",
                f"judge {p.judge_id} has a conflict of interest with {sub.region}",
            ),
        )
    scores = sh.decimal_scores()
    _scores_in_form(load_pinned(ws, stage.form_hash), scores, source, place)
    held = store_files.held_sheet(ws, event_id, sh.stage, p.judge_id, sh.submission)
    if held is not None and held.source != "file":
        raise ScoreFileRefused(
            source,
            place,
            t(
                f"lembar ini sudah dimasukkan dari sumber lain ({held.source})",
                f"this sheet was already entered from another source ({held.source})",
            ),
        )
    if held is not None and sh.revision < held.revision:
        raise ScoreFileRefused(
            source,
            place,
            t(
                f"revisi lembar {sh.revision} lebih lama dari yang dipegang ({held.revision})",
                f"sheet revision {sh.revision} is older than the one held ({held.revision})",
            ),
        )
    return sh, scores


def _scores_in_form(form: Form, scores: dict[str, Decimal], source: str, place: str) -> None:
    """Every score names an item of the form and lies in that item's scale."""
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


def _declared_conflicts_in_event(
    ws: Workspace, event_id: str, p: ScorePayload, source: str
) -> None:
    """Each conflict the file declares names a submission of this event and its region."""
    for i, c in enumerate(p.conflicts):
        try:
            sub = store_submissions.get_submission(ws, c.submission)
        except KeyError:
            sub = None
        if sub is None or sub.event_id != event_id or sub.region_id != c.region:
            raise ScoreFileRefused(
                source,
                f"conflicts[{i}]",
                t(
                    f"daerah {c.region!r} tidak ada di acara ini",
                    f"no region {c.region!r} in this event",
                ),
            )


def _kept_body(raw: bytes, p: ScorePayload) -> str:
    """The file as the secretariat keeps it: as received — unless it is a
    format-1 file holding private notes, which are never stored here; then its
    payload without them, marked ``redacted`` (its signature was checked on
    import and cannot be checked again)."""
    if p.shared_sheets() == p.sheets:
        return raw.decode("utf-8")
    doc = json.loads(raw)
    for sh in doc["payload"]["sheets"]:
        sh["texts"] = [x for x in sh.get("texts", []) if not is_private_field(x.get("field", ""))]
    doc["redacted"] = True
    return canonical_json(doc)


# ---- import (secretariat) --------------------------------------------------------------------
def import_score_files(
    ws: Workspace,
    event_id: str,
    paths: Sequence[Path | str],
    *,
    actor: str = "secretariat",
    keys: KeyConsent = NO_CONSENT,
    confirmed: Mapping[Path, str] | None = None,
    catch: tuple[type[Refused], ...] = (ScoreFileRefused,),
    progress: Progress | None = None,
) -> ImportReport:
    """Import each file atomically (a refused one changes nothing), after one
    backup taken before the first; a refusal of the kinds ``catch`` names is the
    file's outcome (``refusal``), any other is raised. ``confirmed``: per file,
    the fingerprint the secretariat confirmed with its judge, in place of
    ``keys.confirmed``."""
    report = ImportReport()
    if paths:
        ws.backup("before-scores-import")
    for n, p in enumerate(paths):
        path = Path(p)
        if progress is not None:
            progress(n, len(paths), path.name)
        try:
            report.outcomes.append(
                import_score_file(
                    ws,
                    event_id,
                    path,
                    actor=actor,
                    keys=keys
                    if confirmed is None
                    else replace(keys, confirmed=confirmed.get(path, "")),
                    backup=False,
                )
            )
        except catch as exc:
            report.outcomes.append(ImportOutcome(path, "refused", message=str(exc), refusal=exc))
    if progress is not None:
        progress(len(paths), len(paths), "")
    return report


def import_score_file(
    ws: Workspace,
    event_id: str,
    path: Path | str,
    *,
    actor: str = "secretariat",
    keys: KeyConsent = NO_CONSENT,
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
    plan = check_score_file(ws, event_id, raw, v, keys)
    p = plan.payload
    if plan.already_imported:
        return ImportOutcome(
            path,
            "unchanged",
            p.judge_id,
            p.revision,
            0,
            t("berkas ini sudah diimpor", "this file was already imported"),
        )
    plans, held_key, key_change = plan.sheets, plan.held_key, plan.key_change
    changed = 0
    why = f"score file {v.sha256[:12]}"
    if backup:
        ws.backup("before-scores-import")
    with ws.transaction():
        for sh, scores in plans:
            _sid, n = store_files.replace_sheet(
                ws,
                SheetPlace(event_id, sh.stage, p.judge_id, sh.submission),
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
                keys.reason.strip()
                if key_change
                else t(
                    "berkas pertama, rahasia bundel terbukti",
                    "first file, bundle secret proven",
                )
                if plan.how == "bundle"
                else t(
                    "berkas pertama, sidik jari dikonfirmasi sekretariat",
                    "first file, fingerprint confirmed by the secretariat",
                ),
                how="changed" if key_change else plan.how,
            )
        store_files.record_file(
            ws, v.sha256, event_id, p.judge_id, p.revision, _kept_body(raw, p), actor
        )
    return ImportOutcome(path, "imported", p.judge_id, p.revision, changed, "", registered)
