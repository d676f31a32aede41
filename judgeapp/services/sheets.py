"""A judge's sheet as use cases: score, write, link evidence, finalise, re-open.

Both the interview screen and the command line call these. Every call that
changes something returns a ``SheetState`` computed *after* the store has
committed, so a caller that shows it may say "saved". The store's reading
queries the screens and reports need (a sheet's id and contents, a stage's
scores, the stage with work left) are handed on from here.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from judgeapp.domain.evidence import EvidenceLink
from judgeapp.domain.ids import SheetPlace
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.store import events as store_events
from judgeapp.store import sheet_progress as store_progress
from judgeapp.store import sheets as store_sheets
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace, WorkspaceError
from judgeapp.store.forms import load_pinned
from judgeapp.store.sheet_progress import Progress as Progress
from judgeapp.store.sheets import SheetData as SheetData
from judgeapp.store.sheets import load_sheet as load_sheet
from judgeapp.store.sheets import sheet_id_for as sheet_id_for
from judgeapp.store.sheets import stage_scores as stage_scores
from judgeapp.store.sheets import stage_with_work as stage_with_work

if TYPE_CHECKING:
    from judgeapp.domain.rubric import Form
    from judgeapp.domain.scoring import Completeness, SheetResult

# The scoring engine (numpy) and the rubric models (pydantic) are imported where a
# sheet is scored, not with this module: the home screen imports it at start-up
# and needs them only once the first sheet is read (docs/PERFORMANCE.md, Start).

# A fault of the machine while committing (full disk, another program's lock, a
# failing drive): the change was rolled back and is NOT saved; the caller keeps
# what was typed and tries again. Raised by every call here that writes.
SaveFailed = WorkspaceError


class SheetRefused(Refused):
    """A request the sheet cannot take (message for the user)."""


@dataclass(frozen=True)
class SheetState:
    data: store_sheets.SheetData
    form: Form
    result: SheetResult
    completeness: Completeness

    @property
    def final(self) -> bool:
        return self.data.status == "final"


@contextlib.contextmanager
def _unless_final() -> Iterator[None]:
    """Turn the store's refusal to change a final sheet into the user's message."""
    try:
        yield
    except store_sheets.SheetLocked:
        raise SheetRefused(
            t(
                "lembar sudah final; buka kembali dengan alasan",
                "the sheet is final; re-open it with a reason",
            )
        ) from None


def is_conflicted(ws: Workspace, event_id: str, judge_id: str, submission_id: str) -> bool:
    from judgeapp.store import setup as store_setup  # bundle models: loaded on use

    sub = store_submissions.get_submission(ws, submission_id)
    return sub.region_id in store_setup.conflicted_regions(ws, event_id, judge_id)


def open_sheet(
    ws: Workspace, event_id: str, stage_id: str, judge_id: str, submission_id: str
) -> SheetState:
    """The judge's sheet for a submission (created empty when new).

    Refused when the judge declared a conflict of interest for the region.
    """
    if is_conflicted(ws, event_id, judge_id, submission_id):
        raise SheetRefused(
            t("konflik kepentingan telah dinyatakan", "conflict of interest declared")
        )
    event = store_events.get_event(ws, event_id)
    stage = event.stage(stage_id)
    sid = store_sheets.ensure_sheet(
        ws, SheetPlace(event_id, stage.id, judge_id, submission_id), stage.form_hash
    )
    return state(ws, sid)


def state(ws: Workspace, sheet_id: str) -> SheetState:
    from judgeapp.domain.scoring import completeness, score_sheet

    data = store_sheets.load_sheet(ws, sheet_id)
    form = load_pinned(ws, data.form_hash)
    return SheetState(
        data, form, score_sheet(form, data.scores), completeness(form, data.scores, data.texts)
    )


def record_score(
    ws: Workspace,
    sheet_id: str,
    key: str,
    text: str,
    actor: str,
    *,
    before: SheetState | None = None,
) -> SheetState:
    """Parse what the judge typed for ``key`` and commit it.

    An empty text clears the score. Raises ``ScoreError`` (nothing written)
    for a value the scale does not allow, ``SheetRefused`` for a final sheet.

    ``before``, the sheet's state the caller shows: when given and nobody else
    changed the sheet since (its revision moved by exactly this commit), the
    state returned is ``before`` moved on by the one value — the indicator
    that holds it, the total and the completeness computed from that change,
    the sheet row read back for its revision — instead of reading and scoring
    the whole sheet again. The commit comes first either way.
    """
    from judgeapp.domain.scoring import ScoreError, parse_score

    if before is not None and before.data.id == sheet_id:
        form = before.form
    else:
        before = None
        form = load_pinned(ws, store_sheets.form_hash_of(ws, sheet_id))
    try:
        _aspect, ind, item = form.target(key)
    except KeyError:
        raise ScoreError(t("butir tidak dikenal", "unknown item") + f": {key!r}") from None
    value: Decimal | None
    if text.strip() == "":
        value = None
    else:
        scale = form.scale_of(ind, item)
        assert scale is not None
        value = parse_score(scale, text)
    with _unless_final():
        revision = store_sheets.set_score(ws, sheet_id, key, value, actor)
    if before is not None:
        moved = _moved_on(ws, before, key, value, revision)
        if moved is not None:
            return moved
    return state(ws, sheet_id)


def _moved_on(
    ws: Workspace, before: SheetState, key: str, value: Decimal | None, revision: int
) -> SheetState | None:
    """``before`` after this one committed change of ``key``, or None when the
    sheet changed otherwise too (another writer): then it is read again."""
    from judgeapp.domain.scoring import completeness_after, rescore_after

    data = before.data
    if revision == data.revision and data.scores.get(key) == value:
        return before  # nothing changed
    if revision != data.revision + 1:
        return None
    head = store_sheets.sheet_head(ws, data.id)
    if head is None or head.revision != revision:
        return None
    scores = dict(data.scores)
    was_scored = key in scores
    if value is None:
        scores.pop(key, None)
    else:
        scores[key] = value
    new = dataclasses.replace(data, scores=scores, **vars(head))  # the revision checked above
    form = before.form
    return SheetState(
        new,
        form,
        rescore_after(form, before.result, scores, key, was_scored),
        completeness_after(form, before.completeness, scores, key),
    )


def record_text(
    ws: Workspace, sheet_id: str, target: str, field: str, text: str, actor: str
) -> SheetState:
    with _unless_final():
        store_sheets.set_text(ws, sheet_id, target, field, text, actor)
    return state(ws, sheet_id)


def link_evidence(ws: Workspace, sheet_id: str, link: EvidenceLink, actor: str) -> SheetState:
    if link.page < 1:
        raise SheetRefused(t("halaman tidak sah", "invalid page") + f": {link.page}")
    with _unless_final():
        store_sheets.add_evidence(ws, sheet_id, link, actor)
    return state(ws, sheet_id)


def finalise(ws: Workspace, sheet_id: str, actor: str) -> SheetState:
    """Finalise and sign; refused (listing what is missing) while incomplete."""
    current = state(ws, sheet_id)
    if current.final:
        return current
    if not current.completeness.complete:
        n = len(current.completeness.missing)
        raise SheetRefused(
            t(f"belum lengkap: {n} isian kosong", f"incomplete: {n} entries missing")
        )
    store_sheets.set_status(ws, sheet_id, "final", actor)
    return state(ws, sheet_id)


def reopen(ws: Workspace, sheet_id: str, actor: str, reason: str) -> SheetState:
    if not reason.strip():
        raise SheetRefused(
            t("alasan wajib diisi untuk membuka kembali", "a reason is required to re-open")
        )
    current = state(ws, sheet_id)
    if not current.final:
        return current
    store_sheets.set_status(ws, sheet_id, "open", actor, reason.strip())
    return state(ws, sheet_id)


def remember_position(ws: Workspace, sheet_id: str, key: str) -> None:
    store_sheets.set_position(ws, sheet_id, key)


def save_timer(ws: Workspace, sheet_id: str, timer: dict, actor: str) -> None:
    store_sheets.set_timer(ws, sheet_id, timer, actor)


def declare_conflict(
    ws: Workspace, event_id: str, judge_id: str, submission_id: str, reason: str, actor: str
) -> None:
    """Record a conflict of interest for the submission's region.

    Refused once the judge has scored anything for it (the secretariat must
    then handle it)."""
    sub = store_submissions.get_submission(ws, submission_id)
    with ws.transaction():
        if store_sheets.has_scores(ws, event_id, judge_id, submission_id):
            raise SheetRefused(
                t("sudah ada nilai untuk daerah ini", "scores already entered for this region")
            )
        store_sheets.declare_conflict(ws, event_id, judge_id, sub.region_id, reason, actor)


def progress(ws: Workspace, sheet_ids: Iterable[str]) -> dict[str, Progress]:
    """Status, items scored, items in all and total of each sheet, as a
    judge's list of regions shows them, in the order asked.

    A sheet unchanged since its figures were last computed is read from what
    the store remembered (no form, no scoring engine); the others are scored
    and remembered for the next time, in one transaction after all are read.
    A fault of the machine while remembering loses only that shortcut.
    """
    ids = list(dict.fromkeys(sheet_ids))
    known = store_progress.remembered(ws, ids)
    out: dict[str, Progress] = {}
    computed: list[store_progress.Computed] = []
    for sid in ids:
        if sid not in known:
            st = state(ws, sid)
            r = st.result
            known[sid] = Progress(st.data.status, r.scored_keys, r.total_keys, r.total)
            computed.append(
                store_progress.Computed(
                    sid, st.data.form_hash, st.data.scores, r.scored_keys, r.total_keys, r.total
                )
            )
        out[sid] = known[sid]
    if computed:
        with contextlib.suppress(WorkspaceError):
            store_progress.remember(ws, computed)
    return out
