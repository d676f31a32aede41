"""Setting up an event at the secretariat: judges and roles, submissions and
categories, the assignment matrix (fill by cell, row, column or all),
conflicts of interest, the interview schedule and judges' signing keys.

A conflicted judge is never assigned: declaring a conflict drops the judge's
assignments to that region, and every fill skips conflicted cells (reported
back so a screen can show them). Refusals raise ``SetupRefused`` with a message
in the user's language and change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from judgeapp.domain import bounds
from judgeapp.errors import NotFound, Refused
from judgeapp.i18n import t
from judgeapp.store import events as store_events
from judgeapp.store import judges as store_judges
from judgeapp.store import keys as store_keys
from judgeapp.store import setup as store_setup
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace
from judgeapp.store.events import Conflict as Conflict
from judgeapp.store.events import Judge as Judge
from judgeapp.store.setup import NewRegionSubmission
from judgeapp.store.setup import ScheduleSlot as ScheduleSlot

ROLES = ("TPI", "TPU", "asesor", "TPT")
KINDS = ("provinsi", "kabupaten", "kota", "instansi")


class SetupRefused(Refused):
    """A set-up request refused (message for the user)."""


# ---- lookups the set-up, judges, assignment and event services share -----------------
def event_of(
    ws: Workspace, event_id: str, refused: type[Refused] = SetupRefused
) -> store_events.Event:
    """The event, or ``refused`` (the calling service's refusal) naming it."""
    try:
        return store_events.get_event(ws, event_id)
    except KeyError:
        raise refused(t(f"tidak ada acara {event_id!r}", f"no event {event_id!r}")) from None


def stage_of(
    ws: Workspace, event_id: str, stage_id: str | None, refused: type[Refused] = SetupRefused
) -> store_events.Stage:
    """The event's stage (``None``: its default one), or ``refused`` listing the known ones."""
    event = event_of(ws, event_id, refused)
    try:
        return event.stage(stage_id)
    except KeyError:
        known = ", ".join(s.id for s in event.stages)
        raise refused(
            t(
                f"acara {event_id} tidak punya tahap {stage_id!r} (ada: {known})",
                f"event {event_id} has no stage {stage_id!r} (known: {known})",
            )
        ) from None


def judge_of(
    ws: Workspace, event_id: str, judge_id: str, refused: type[Refused] = SetupRefused
) -> Judge:
    """The judge's row (retired ones too), or ``refused`` naming the judge."""
    try:
        return store_judges.judge(ws, event_id, judge_id)
    except NotFound as exc:
        raise refused(exc.reason) from None


def _active(ws: Workspace, event_id: str) -> list[Judge]:
    """The judges who may be assigned: every judge but the retired ones."""
    return [j for j in store_events.list_judges(ws, event_id) if not j.retired_at]


def _assignable(ws: Workspace, event_id: str, judge_id: str, on: bool) -> Judge:
    """The judge's row; a retired judge is refused when assigning (``on``), not
    when unassigning."""
    row = judge_of(ws, event_id, judge_id)
    if on and row.retired_at:
        raise SetupRefused(
            t(
                f"{row.name} sudah dinonaktifkan dan tidak mendapat penugasan baru",
                f"{row.name} is retired and gets no new assignment",
            )
        )
    return row


def _submission(ws: Workspace, event_id: str, submission_id: str) -> store_submissions.Submission:
    try:
        sub = store_submissions.get_submission(ws, submission_id)
    except KeyError:
        sub = None
    if sub is None or sub.event_id != event_id:
        raise SetupRefused(
            t(
                f"tidak ada berkas peserta {submission_id!r} di acara {event_id}",
                f"no submission {submission_id!r} in event {event_id}",
            )
        )
    return sub


# ---- judges and submissions ---------------------------------------------------
def set_role(ws: Workspace, event_id: str, judge_id: str, role: str, actor: str) -> None:
    judge_of(ws, event_id, judge_id)
    if role not in ROLES:
        raise SetupRefused(t(f"peran tidak dikenal: {role!r}", f"unknown role: {role!r}"))
    store_setup.set_judge_role(ws, event_id, judge_id, role, actor)


def list_judges(ws: Workspace, event_id: str) -> list[Judge]:
    return store_events.list_judges(ws, event_id)


def add_submission(
    ws: Workspace, event_id: str, new: NewRegionSubmission, *, actor: str = "secretariat"
) -> str:
    """A region's submission without a package (its package may come later)."""
    event_of(ws, event_id)
    if not new.region_name.strip():
        raise SetupRefused(t("nama daerah kosong", "the region needs a name"))
    if new.kind not in KINDS:
        raise SetupRefused(
            t(f"jenis daerah tidak dikenal: {new.kind!r}", f"unknown region kind: {new.kind!r}")
        )
    for what_id, what_en, value in (
        ("nama daerah", "region name", new.region_name),
        ("provinsi", "province", new.province),
        ("kategori", "category", new.category or ""),
        ("judul", "title", new.title),
    ):
        if len(value) > bounds.MAX_NAME_CHARS:
            raise SetupRefused(
                t(
                    f"{what_id} terlalu panjang ({len(value)} karakter; paling banyak"
                    f" {bounds.MAX_NAME_CHARS})",
                    f"{what_en} too long ({len(value)} characters; at most"
                    f" {bounds.MAX_NAME_CHARS})",
                )
            )
    region_name = " ".join(new.region_name.split())
    return store_setup.add_submission(
        ws, event_id, replace(new, region_name=region_name), actor=actor
    )


def set_category(
    ws: Workspace, event_id: str, submission_id: str, category: str, actor: str
) -> None:
    _submission(ws, event_id, submission_id)
    if not category.strip():
        raise SetupRefused(t("kategori kosong", "empty category"))
    store_setup.set_category(ws, submission_id, category.strip(), actor)


# ---- the assignment matrix ---------------------------------------------------------
@dataclass(frozen=True)
class AssignmentMatrix:
    """Judges (rows) × current submissions (columns) of one stage.

    ``cells[(judge_id, submission_id)]`` is ``"assigned"``, ``"free"`` or
    ``"conflict"``."""

    event_id: str
    stage_id: str
    judges: list[Judge]
    submissions: list[store_submissions.CurrentSubmission]
    cells: dict[tuple[str, str], str]

    def row(self, judge_id: str) -> list[str]:
        return [self.cells[(judge_id, s.id)] for s in self.submissions]


@dataclass(frozen=True)
class FillResult:
    changed: int
    skipped_conflicts: tuple[tuple[str, str], ...]


def assignment_matrix(
    ws: Workspace, event_id: str, stage_id: str | None = None
) -> AssignmentMatrix:
    stage = stage_of(ws, event_id, stage_id).id
    judges = _active(ws, event_id)
    subs = store_submissions.current_submissions(ws, event_id)
    assigned = store_setup.assigned_cells(ws, event_id, stage)
    conflicts = store_setup.conflict_pairs(ws, event_id)
    cells: dict[tuple[str, str], str] = {}
    for j in judges:
        for s in subs:
            if (j.id, s.region_id) in conflicts:
                cells[(j.id, s.id)] = "conflict"
            elif (j.id, s.id) in assigned:
                cells[(j.id, s.id)] = "assigned"
            else:
                cells[(j.id, s.id)] = "free"
    return AssignmentMatrix(event_id, stage, judges, subs, cells)


def _fill(
    ws: Workspace,
    event_id: str,
    stage_id: str | None,
    pairs: list[tuple[str, str]],
    on: bool,
    actor: str,
) -> FillResult:
    matrix = assignment_matrix(ws, event_id, stage_id)
    wanted = [p for p in pairs if matrix.cells.get(p) != "conflict"]
    skipped = tuple(p for p in pairs if matrix.cells.get(p) == "conflict")
    changed = store_setup.set_cells(ws, event_id, matrix.stage_id, wanted, on, actor)
    return FillResult(changed, skipped if on else ())


def set_assignment(
    ws: Workspace,
    event_id: str,
    judge_id: str,
    submission_id: str,
    on: bool = True,
    *,
    stage_id: str | None = None,
    actor: str = "secretariat",
) -> FillResult:
    """One cell. Assigning a conflicted or retired judge is refused."""
    _assignable(ws, event_id, judge_id, on)
    sub = _submission(ws, event_id, submission_id)
    if on and (judge_id, sub.region_id) in store_setup.conflict_pairs(ws, event_id):
        raise SetupRefused(
            t(
                f"juri {judge_id} menyatakan konflik kepentingan dengan {sub.region}",
                f"judge {judge_id} declared a conflict of interest with {sub.region}",
            )
        )
    return _fill(ws, event_id, stage_id, [(judge_id, submission_id)], on, actor)


def fill(
    ws: Workspace,
    event_id: str,
    on: bool = True,
    *,
    judge_id: str | None = None,
    submission_id: str | None = None,
    stage_id: str | None = None,
    actor: str = "secretariat",
) -> FillResult:
    """A judge's row (``judge_id``: every current submission), a submission's
    column (``submission_id``: every judge), or with neither every cell gets
    (or loses) its assignment, conflicts skipped. Assigning a retired judge's
    row is refused."""
    if judge_id is not None:
        _assignable(ws, event_id, judge_id, on)
    if submission_id is not None:
        _submission(ws, event_id, submission_id)
    judges = [judge_id] if judge_id is not None else [j.id for j in _active(ws, event_id)]
    subs = (
        [submission_id]
        if submission_id is not None
        else [s.id for s in store_submissions.current_submissions(ws, event_id)]
    )
    return _fill(ws, event_id, stage_id, [(j, s) for j in judges for s in subs], on, actor)


# ---- conflicts ---------------------------------------------------------------------
def declare_conflict(
    ws: Workspace,
    event_id: str,
    judge_id: str,
    submission_id: str,
    reason: str,
    actor: str = "secretariat",
) -> int:
    """Record a conflict for the submission's region; the judge's assignments
    to that region are dropped (returned: how many)."""
    judge_of(ws, event_id, judge_id)
    sub = _submission(ws, event_id, submission_id)
    if not reason.strip():
        raise SetupRefused(t("alasan konflik wajib diisi", "a reason is required"))
    return store_setup.add_conflict(ws, event_id, judge_id, sub.region_id, reason.strip(), actor)


def withdraw_conflict(
    ws: Workspace, event_id: str, judge_id: str, submission_id: str, reason: str, actor: str
) -> bool:
    sub = _submission(ws, event_id, submission_id)
    if not reason.strip():
        raise SetupRefused(t("alasan wajib diisi", "a reason is required"))
    return store_setup.remove_conflict(ws, event_id, judge_id, sub.region_id, reason, actor)


def conflicts(ws: Workspace, event_id: str) -> list[Conflict]:
    return store_events.conflicts(ws, event_id)


# ---- schedule ----------------------------------------------------------------------
_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def parse_when(text: str) -> str:
    """``YYYY-MM-DD HH:MM`` (local time) normalised to ``YYYY-MM-DDTHH:MM``."""
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).strftime("%Y-%m-%dT%H:%M")
        except ValueError:
            continue
    raise SetupRefused(
        t(
            f"waktu tidak sah: {text!r} (contoh 2023-05-02 09:30)",
            f"invalid time: {text!r} (example 2023-05-02 09:30)",
        )
    )


def set_schedule(
    ws: Workspace,
    event_id: str,
    submission_id: str,
    starts_at: str,
    room: str = "",
    *,
    stage_id: str | None = None,
    actor: str = "secretariat",
) -> None:
    """Interview slot of a region (an empty time removes the slot)."""
    stage = stage_of(ws, event_id, stage_id).id
    _submission(ws, event_id, submission_id)
    when = parse_when(starts_at) if starts_at.strip() else ""
    store_setup.set_slot(ws, event_id, stage, submission_id, when, room.strip(), actor)


def schedule(ws: Workspace, event_id: str, stage_id: str | None = None) -> list[ScheduleSlot]:
    return store_setup.schedule_rows(ws, event_id, stage_id)


# ---- judges' keys ------------------------------------------------------------------
def register_key(
    ws: Workspace,
    event_id: str,
    judge_id: str,
    public_key: str,
    *,
    actor: str = "secretariat",
    accept_change: bool = False,
    reason: str = "",
) -> str:
    """Record a judge's public key before their first file (returns the
    fingerprint). Replacing a different registered key needs
    ``accept_change`` and a reason; it is kept in the history."""
    judge_of(ws, event_id, judge_id)
    from judgeapp.domain.exchange import fingerprint

    try:
        fp = fingerprint(public_key.strip())
    except ValueError as exc:
        raise SetupRefused(str(exc)) from None
    held = store_keys.judge_key(ws, event_id, judge_id)
    if held is not None and held.fingerprint != fp:
        if not accept_change:
            raise SetupRefused(
                t(
                    f"juri {judge_id} sudah punya kunci {held.fingerprint}; "
                    "penggantian kunci harus disetujui secara tegas",
                    f"judge {judge_id} already has key {held.fingerprint}; "
                    "a key change must be accepted explicitly",
                )
            )
        if not reason.strip():
            raise SetupRefused(t("alasan penggantian kunci wajib diisi", "a reason is required"))
    how = "changed" if held is not None else "confirmed"  # the fingerprint was read out
    return store_keys.set_judge_key(
        ws, event_id, judge_id, public_key.strip(), actor, reason, how=how
    )
