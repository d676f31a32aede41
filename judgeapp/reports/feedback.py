"""Data of the feedback letter (umpan balik) to each region.

Strengths and recommendations are gathered from the judges' text fields
(Keunggulan / Rekomendasi and the like) of every sheet of the region, grouped
by indicator, with identical texts merged. The letter is anonymised: no judge
name, id or count of judges per remark appears, and remarks are ordered by
indicator and then alphabetically, never by judge. The aspect profile is the
panel's combined value per aspect, from ``services.results``.
"""

from __future__ import annotations

from typing import Any

from judgeapp.reports import figures
from judgeapp.reports.common import (
    Params,
    event_and_stages,
    field_kind,
    heading,
    stage_info,
    submission_info,
    submissions_of,
)
from judgeapp.services import sheets as sheet_service
from judgeapp.services.forms import load_pinned
from judgeapp.store.db import Workspace


def _norm(text: str) -> str:
    return " ".join(text.split())


def build_feedback(ws: Workspace, params: Params) -> dict[str, Any]:
    event, stages = event_and_stages(ws, params)
    subs = submissions_of(ws, event.id, params.submission_id)
    stage_panels = {st.id: figures.panels(ws, event.id, st.id) for st in stages}
    letters = []
    for sub in subs:
        per_stage = []
        for stage in stages:
            form = load_pinned(ws, stage.form_hash)
            titles = {ind.id: ind.title for _a, ind in form.indicators()}
            owner: dict[str, str] = {}  # item / aspect id → indicator id (or aspect)
            for aspect, ind in form.indicators():
                owner[ind.id] = ind.id
                owner[aspect.id] = aspect.id
                titles.setdefault(aspect.id, aspect.title)
                for item in ind.items:
                    owner[item.id] = ind.id
            order = {key: n for n, key in enumerate(titles)}
            gathered: dict[str, dict[str, set[str]]] = {}
            rows = [
                r
                for r in sheet_service.stage_scores(ws, event.id, stage.id)
                if r.submission_id == sub.id
            ]
            for r in rows:
                data = sheet_service.state(ws, r.sheet_id).data
                for (target, field), value in data.texts.items():
                    kind = field_kind(field)
                    text = _norm(value)
                    if kind == "note" or not text or target not in owner:
                        continue
                    slot = gathered.setdefault(owner[target], {"strength": set(), "rec": set()})
                    slot["strength" if kind == "strength" else "rec"].add(text)
            remarks = [
                {
                    "target": key,
                    "title": titles[key],
                    "strengths": sorted(v["strength"], key=str.casefold),
                    "recommendations": sorted(v["rec"], key=str.casefold),
                }
                for key, v in sorted(gathered.items(), key=lambda kv: order.get(kv[0], 0))
            ]
            profile = figures.aspect_profile(stage_panels[stage.id].get(sub.id), form)
            if not remarks and not any(p["value"] is not None for p in profile["aspects"]):
                continue
            per_stage.append({"stage": stage_info(stage), "remarks": remarks, "profile": profile})
        letters.append(
            {
                "submission": submission_info(sub),
                "stages": per_stage,
                "sample": bool(event.sample or sub.sample),
            }
        )
    return {
        **heading(event, stages),
        "letters": letters,
        "sample": event.sample or any(x["sample"] for x in letters),
    }
