"""Automatic assignment of a stage: preview, then accept (or discard).

``preview`` reads the stage (judges and their profiles, current submissions,
declared conflicts, started sheets, current assignments), solves it with
``domain.assignment.solve`` and returns a ``Preview`` — nothing is written.
``accept`` writes a preview in one transaction with one history row, after
checking, inside that transaction, that nothing it rests on has changed
(a score file imported since, a conflict declared, a judge edited): then it
refuses and asks for a new preview. When no assignment satisfies the hard
rules, ``preview`` raises ``AssignmentInfeasible`` naming the rule and the
submissions (or judges), and nothing is written.

Judges' profiles (province, institution, capacity, preferred categories) are
read and written here too (``judge_profiles``, ``set_judge_profile``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from judgeapp.domain import assignment as model
from judgeapp.domain.assignment import AssignmentInfeasible, Proposal, Rules
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services.setup import event_of, stage_of
from judgeapp.store import assignment as store
from judgeapp.store import events as store_events
from judgeapp.store import setup as store_setup
from judgeapp.store import submissions as store_submissions
from judgeapp.store.assignment import JudgeProfile as JudgeProfile
from judgeapp.store.db import Workspace

__all__ = [
    "AssignmentInfeasible",
    "AssignmentRefused",
    "JudgeProfile",
    "Preview",
    "Rules",
    "accept",
    "auto_assign",
    "judge_profiles",
    "preview",
    "set_judge_profile",
]

Progress = Callable[[int, int, str], None]
MAX_PER_SUBMISSION = 50
MAX_CAPACITY = 100_000


class AssignmentRefused(Refused):
    """An assignment request refused (message for the user)."""


@dataclass(frozen=True)
class Preview:
    """A solved, unwritten assignment of one stage and what it rests on."""

    event_id: str
    stage_id: str
    stage_name: str
    proposal: Proposal
    judges: tuple[JudgeProfile, ...]
    submissions: tuple[store_submissions.CurrentSubmission, ...]
    started: frozenset[tuple[str, str]]
    current: frozenset[tuple[str, str]]
    conflicts: frozenset[tuple[str, str]]
    basis: str  # digest of the inputs; accept refuses when it changed

    @property
    def rules(self) -> Rules:
        return self.proposal.rules

    def judge(self, judge_id: str) -> JudgeProfile:
        return next(j for j in self.judges if j.id == judge_id)


@dataclass(frozen=True)
class Accepted:
    stage_id: str
    total: int
    added: int
    removed: int


# ---- judges' profiles ------------------------------------------------------------------
def judge_profiles(ws: Workspace, event_id: str) -> list[JudgeProfile]:
    event_of(ws, event_id, AssignmentRefused)
    return store.judge_profiles(ws, event_id)


_UNSET = object()


def parse_capacity(text: str) -> int | None:
    """A capacity typed by a person: a whole number ≥ 0, or empty for none."""
    text = text.strip()
    if not text or text in ("-", "–"):
        return None
    if not text.isdigit() or int(text) > MAX_CAPACITY:
        raise AssignmentRefused(
            t(
                f"kapasitas harus bilangan bulat 0–{MAX_CAPACITY} atau kosong: {text!r}",
                f"capacity must be a whole number 0–{MAX_CAPACITY} or empty: {text!r}",
            )
        )
    return int(text)


def parse_categories(text: str) -> list[str]:
    """ "kota, kabupaten" → ["kabupaten", "kota"] (sorted, without duplicates)."""
    return sorted({c.strip() for c in text.replace(";", ",").split(",") if c.strip()})


def set_judge_profile(
    ws: Workspace,
    event_id: str,
    judge_id: str,
    *,
    province: str | None = None,
    institution: str | None = None,
    capacity: int | None | object = _UNSET,
    expertise: list[str] | tuple[str, ...] | None = None,
    actor: str = "secretariat",
) -> JudgeProfile:
    """Change some of a judge's profile fields (the others are kept)."""
    current = {p.id: p for p in judge_profiles(ws, event_id)}.get(judge_id)
    if current is None:
        raise AssignmentRefused(
            t(
                f"tidak ada juri {judge_id!r} di acara {event_id}",
                f"no judge {judge_id!r} in event {event_id}",
            )
        )
    cap = current.capacity if capacity is _UNSET else capacity
    if cap is not None and (not isinstance(cap, int) or cap < 0 or cap > MAX_CAPACITY):
        raise AssignmentRefused(
            t(
                f"kapasitas harus bilangan bulat 0–{MAX_CAPACITY}: {cap!r}",
                f"capacity must be a whole number 0–{MAX_CAPACITY}: {cap!r}",
            )
        )
    cats = (
        list(current.expertise)
        if expertise is None
        else sorted({" ".join(c.split()) for c in expertise if c.strip()})
    )
    store.set_judge_profile(
        ws,
        event_id,
        judge_id,
        province=" ".join((current.province if province is None else province).split()),
        institution=" ".join((current.institution if institution is None else institution).split()),
        capacity=cap,  # type: ignore[arg-type]
        expertise=cats,
        actor=actor,
    )
    return {p.id: p for p in judge_profiles(ws, event_id)}[judge_id]


def stages(ws: Workspace, event_id: str) -> list[tuple[str, str]]:
    """The event's stages as (id, name), in order (for choosing one)."""
    return [(s.id, s.name) for s in event_of(ws, event_id, AssignmentRefused).stages]


def categories(ws: Workspace, event_id: str) -> list[str]:
    """The categories of the event's current submissions (for preferences)."""
    event_of(ws, event_id, AssignmentRefused)
    return sorted({s.category for s in store_submissions.current_submissions(ws, event_id)})


# ---- reading a stage ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Read:
    stage: store_events.Stage
    judges: tuple[JudgeProfile, ...]
    submissions: tuple[store_submissions.CurrentSubmission, ...]
    instance: model.Instance
    basis: str


def _current_of(chain: dict[str, str | None]) -> dict[str, str]:
    out: dict[str, str] = {}
    for sid in chain:
        cur, seen = sid, set()
        while chain.get(cur) and cur not in seen:
            seen.add(cur)
            cur = chain[cur]  # type: ignore[assignment]
        out[sid] = cur
    return out


def _read(ws: Workspace, event_id: str, stage_id: str | None) -> _Read:
    stage = stage_of(ws, event_id, stage_id, AssignmentRefused)
    judges = tuple(judge_profiles(ws, event_id))
    subs = tuple(store_submissions.current_submissions(ws, event_id))
    sub_ids = {s.id for s in subs}
    by_region: dict[str, list[str]] = {}
    for s in subs:
        by_region.setdefault(s.region_id, []).append(s.id)
    conflicts = frozenset(
        (j, sid)
        for j, region in store_setup.conflict_pairs(ws, event_id)
        for sid in by_region.get(region, [])
    )
    to_current = _current_of(store.version_chain(ws, event_id))
    started = frozenset(
        (j, to_current.get(s, s))
        for j, s in store.started_pairs(ws, event_id, stage.id)
        if to_current.get(s, s) in sub_ids
    )
    current = frozenset(
        p for p in store_setup.assigned_cells(ws, event_id, stage.id) if p[1] in sub_ids
    )
    instance = model.Instance(
        judges=tuple(
            model.Judge(j.id, j.name, j.province, j.institution, j.capacity, frozenset(j.expertise))
            for j in judges
        ),
        submissions=tuple(
            model.Submission(
                s.id,
                s.region,
                s.region_kind,
                s.province or "",
                s.code or "",
                s.category,
            )
            for s in subs
        ),
        conflicts=conflicts,
        started=started,
        current=current,
    )
    return _Read(stage, judges, subs, instance, _digest(instance))


def _digest(instance: model.Instance) -> str:
    data = {
        "judges": sorted(
            [j.id, j.province, j.institution, j.capacity, sorted(j.expertise)]
            for j in instance.judges
        ),
        "submissions": sorted(
            [s.id, s.region, s.kind, s.province, s.code, s.category] for s in instance.submissions
        ),
        "conflicts": sorted(instance.conflicts),
        "started": sorted(instance.started),
        "current": sorted(instance.current),
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_rules(rules: Rules) -> None:
    k = rules.per_submission
    if not isinstance(k, int) or k < 1 or k > MAX_PER_SUBMISSION:
        raise AssignmentRefused(
            t(
                f"juri per berkas harus 1–{MAX_PER_SUBMISSION}: {k!r}",
                f"judges per submission must be 1–{MAX_PER_SUBMISSION}: {k!r}",
            )
        )
    if rules.max_load is not None and (rules.max_load < 1 or rules.max_load > MAX_CAPACITY):
        raise AssignmentRefused(
            t(
                f"beban maksimum harus 1–{MAX_CAPACITY}: {rules.max_load!r}",
                f"the maximum load must be 1–{MAX_CAPACITY}: {rules.max_load!r}",
            )
        )


# ---- preview and accept ---------------------------------------------------------------------
def preview(
    ws: Workspace,
    event_id: str,
    stage_id: str | None,
    rules: Rules,
    *,
    progress: Progress | None = None,
) -> Preview:
    """Solve the stage's assignment under ``rules``; nothing is written.
    Raises ``AssignmentInfeasible`` when the hard rules cannot all hold."""
    check_rules(rules)
    report = progress or (lambda _d, _t, _m: None)
    report(0, 3, t("membaca data tahap…", "reading the stage…"))
    read = _read(ws, event_id, stage_id)
    if not read.judges:
        raise AssignmentRefused(t("acara ini belum punya juri", "this event has no judges yet"))
    if not read.submissions:
        raise AssignmentRefused(
            t("acara ini belum punya berkas peserta", "this event has no submissions yet")
        )
    report(1, 3, t("menyelesaikan penugasan…", "solving the assignment…"))
    proposal = model.solve(read.instance, rules)
    report(3, 3, t("selesai", "done"))
    return Preview(
        event_id=event_id,
        stage_id=read.stage.id,
        stage_name=read.stage.name,
        proposal=proposal,
        judges=read.judges,
        submissions=read.submissions,
        started=read.instance.started,
        current=read.instance.current,
        conflicts=read.instance.conflicts,
        basis=read.basis,
    )


def accept(ws: Workspace, prev: Preview, *, actor: str = "secretariat") -> Accepted:
    """Write the previewed assignment: one transaction, one history row.
    Refused (nothing written) when the stage changed since the preview."""
    with ws.transaction():
        read = _read(ws, prev.event_id, prev.stage_id)
        if read.basis != prev.basis:
            raise AssignmentRefused(
                t(
                    "data tahap berubah sejak pratinjau (juri, berkas, konflik, lembar yang"
                    " sudah dimulai, atau penugasan); buat pratinjau lagi",
                    "the stage changed since the preview (judges, submissions, conflicts,"
                    " started sheets or assignments); preview again",
                )
            )
        broken = model.violations(read.instance, prev.rules, prev.proposal.pairs)
        if broken:  # cannot happen for a solver answer on the same basis
            raise AssertionError("previewed assignment breaks the rules: " + "; ".join(broken))
        r = prev.rules
        summary = {
            "per_submission": r.per_submission,
            "max_load": r.max_load,
            "avoid_same_province": r.avoid_same_province,
            "avoid_same_institution": r.avoid_same_institution,
            "prefer_expertise": r.prefer_expertise,
            "keep_current": r.keep_current,
            "seed": r.seed,
            "total": len(prev.proposal.pairs),
            "started_kept": prev.proposal.started_kept,
            "loads": [
                min(x.load for x in prev.proposal.loads),
                max(x.load for x in prev.proposal.loads),
            ],
            "solver": prev.proposal.solver,
        }
        added, removed = store.replace_stage_assignments(
            ws,
            prev.event_id,
            prev.stage_id,
            [s.id for s in prev.submissions],
            prev.proposal.pairs,
            summary,
            actor,
        )
    return Accepted(prev.stage_id, len(prev.proposal.pairs), added, removed)


def auto_assign(
    ws: Workspace,
    event_id: str,
    stage_id: str | None,
    rules: Rules,
    *,
    dry_run: bool = False,
    actor: str = "secretariat",
) -> tuple[Preview, Accepted | None]:
    """Preview and, unless ``dry_run``, accept at once (the command line)."""
    prev = preview(ws, event_id, stage_id, rules)
    return prev, None if dry_run else accept(ws, prev, actor=actor)
