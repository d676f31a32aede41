"""Sample judges, assignments, schedule and scores for the demo (all "data contoh").

Scores go through ``services.sheets`` exactly as a judge's keystrokes do
(record_score / record_text / finalise), so the history, revisions and
completeness rules are the real ones. Values come from a random generator
seeded by (event, stage, judge, submission): the same on every run.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from judgeapp.domain.rubric import Form, Scale
from judgeapp.services import setup as setup_service
from judgeapp.services import sheets as sheet_service
from judgeapp.services.demo.content import JUDGES, NOTE_ADVICE, NOTE_STRENGTH, Event
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store.db import Workspace

# sheet plans: which (judge index, submission index) sheets are final, in
# progress (about half scored) or left empty for the user.
FINAL, PROGRESS, EMPTY = "final", "progress", "empty"


def plan_state(plan: str, judge: int, sub: int, n_subs: int) -> str:
    if plan == "all-final":
        return FINAL
    if plan == "one-in-progress":
        return PROGRESS if (judge == len(JUDGES) - 1 and sub == n_subs - 1) else FINAL
    if plan == "last-judge-started":
        if judge < len(JUDGES) - 1:
            return FINAL
        return PROGRESS if sub == 0 else EMPTY
    if plan == "last-judge-empty":
        return EMPTY if judge == len(JUDGES) - 1 else FINAL
    if plan == "mixed":
        if judge < len(JUDGES) - 1:
            return FINAL
        return {0: FINAL, 1: PROGRESS}.get(sub, EMPTY)
    if plan == "partial":
        if judge == 0:
            return FINAL
        if judge == 1:
            return PROGRESS if sub == n_subs - 1 else FINAL
        return EMPTY
    raise ValueError(f"unknown sheet plan {plan!r}")


def sample_value(scale: Scale, quality: float, rng: random.Random) -> str:
    """A plausible score on ``scale`` around ``quality`` (0..1)."""
    x = min(1.0, max(0.0, quality + rng.gauss(0.0, 0.1)))
    if scale.kind == "levels":
        values = sorted(lv.value for lv in scale.levels)
        idx = min(len(values) - 1, int(x * len(values)))
        return format(values[idx], "f")
    lo, hi = scale.low, scale.high
    step = Decimal(1).scaleb(-scale.decimals)
    value = (lo + (hi - lo) * Decimal(repr(x))).quantize(step, rounding=ROUND_HALF_UP)
    return format(min(hi, max(lo, value)), "f")


def _required_texts(form: Form) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for aspect in form.aspects:
        out += [(aspect.id, f.id) for f in aspect.fields if f.required]
        for ind in aspect.indicators:
            out += [(ind.id, f.id) for f in ind.fields if f.required]
            for item in ind.items:
                out += [(item.id, f.id) for f in item.fields if f.required]
    return out


def add_panel(ws: Workspace, ev: Event) -> list[str]:
    ids = []
    for jid, name, role in JUDGES:
        ids.append(store_events.add_judge(ws, ev.id, name, role, judge_id=jid, sample=True))
    return ids


def assign_and_schedule(ws: Workspace, ev: Event, submissions: list[str]) -> None:
    event = store_events.get_event(ws, ev.id)
    first = date.fromisoformat(ev.interview_day)
    for s_index, stage in enumerate(event.stages):
        setup_service.fill(ws, ev.id, stage_id=stage.id, actor="demo")
        day = first + timedelta(days=14 * s_index)
        for i, sid in enumerate(submissions):
            minutes = 8 * 60 + 90 * i
            when = f"{day.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"
            setup_service.set_schedule(
                ws, ev.id, sid, when, ev.room, stage_id=stage.id, actor="demo"
            )


def score_sheets(
    ws: Workspace, ev: Event, submissions: list[tuple[str, float]], judges: list[str]
) -> dict[str, int]:
    """Fill the event's sheets according to its plan; returns counts per state."""
    event = store_events.get_event(ws, ev.id)
    counts = {FINAL: 0, PROGRESS: 0, EMPTY: 0}
    for s_index, stage in enumerate(event.stages):
        plan = ev.plan.get(s_index, "all-final")
        for j_index, jid in enumerate(judges):
            for sub_index, (sid, quality) in enumerate(submissions):
                what = plan_state(plan, j_index, sub_index, len(submissions))
                counts[what] += 1
                if what == EMPTY:
                    continue
                _score_one(ws, ev, stage.id, jid, sid, quality, what)
    return counts


def _score_one(
    ws: Workspace, ev: Event, stage_id: str, jid: str, sid: str, quality: float, what: str
) -> None:
    rng = random.Random(f"{ev.id}|{stage_id}|{jid}|{sid}")
    bias = rng.uniform(-0.06, 0.06)  # each judge a little stricter or milder
    stage = store_events.get_event(ws, ev.id).stage(stage_id)
    store_sheets.ensure_sheet(ws, ev.id, stage_id, jid, sid, stage.form_hash, sample=True)
    with ws.transaction():  # one commit per sheet; each call is still the judge's own
        state = sheet_service.open_sheet(ws, ev.id, stage_id, jid, sid)
        form = state.form
        keys = form.score_keys()
        if what == PROGRESS:
            keys = keys[: max(1, len(keys) // 2)]
        for key in keys:
            _aspect, ind, item = form.target(key)
            scale = form.scale_of(ind, item)
            assert scale is not None
            sheet_service.record_score(
                ws, state.data.id, key, sample_value(scale, quality + bias, rng), jid
            )
        texts = _required_texts(form)
        if what == PROGRESS:
            texts = texts[: len(texts) // 2]
        for target, field in texts:
            text = NOTE_ADVICE if "rekomendasi" in field or "masukan" in field else NOTE_STRENGTH
            sheet_service.record_text(ws, state.data.id, target, field, text, jid)
        sheet_service.record_text(
            ws, state.data.id, "", "note", "[data contoh] Catatan juri untuk peragaan.", jid
        )
    if what == FINAL:
        sheet_service.finalise(ws, state.data.id, jid)
