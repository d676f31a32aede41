"""Data of the judge's score sheet (lembar penilaian) and of the blank paper sheet.

Per-sheet numbers come from ``services.sheets.state`` (which scores with
``domain.scoring.score_sheet``); nothing is recomputed here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from judgeapp.domain.exchange import is_private_field
from judgeapp.domain.rubric import Form, Scale
from judgeapp.reports import documents
from judgeapp.reports.common import (
    Params,
    event_and_stages,
    field_kind,
    heading,
    judge_info,
    judges_of,
    stage_info,
    submission_info,
    submissions_of,
)
from judgeapp.services import events as event_service
from judgeapp.services import sheets as sheet_service
from judgeapp.services.forms import load_pinned
from judgeapp.store.db import Workspace


def scale_info(scale: Scale | None) -> dict[str, Any]:
    if scale is None:
        return {"kind": "none", "min": None, "max": None, "decimals": 0, "levels": []}
    return {
        "kind": scale.kind,
        "min": scale.low,
        "max": scale.high,
        "decimals": scale.decimals,
        "levels": [
            {"value": lv.value, "label": lv.label, "descriptor": lv.descriptor}
            for lv in scale.levels
        ],
    }


def _fields(fields: tuple, texts: dict[tuple[str, str], str] | None, target: str) -> list[dict]:
    out = []
    for f in fields:
        value = (texts or {}).get((target, f.id), "")
        out.append(
            {
                "id": f.id,
                "label": f.label,
                "label_en": f.label_en or f.label,
                "kind": field_kind(f.id),
                "required": f.required,
                "value": value,
            }
        )
    return out


def form_outline(
    form: Form,
    scores: dict[str, Decimal] | None = None,
    texts: dict[tuple[str, str], str] | None = None,
    result: Any = None,
    evidence: list[dict] | None = None,
) -> list[dict]:
    """Aspects → indicators → items of a form, with a sheet's values when given."""
    weights = form.effective_weights()
    by_target: dict[str, list[dict]] = {}
    for shown in evidence or []:
        by_target.setdefault(shown["target"], []).append(shown)
    aspects = []
    for aspect in form.aspects:
        indicators = []
        for ind in aspect.indicators:
            items: list[dict[str, Any]] = []
            for item in ind.items:
                items.append(
                    {
                        "id": item.id,
                        "text": item.text,
                        "score": (scores or {}).get(item.id),
                        "scale": scale_info(form.scale_of(ind, item)),
                        "fields": _fields(item.fields, texts, item.id),
                        "evidence": by_target.get(item.id, []),
                    }
                )
            filled = [f for f in _fields(ind.fields, texts, ind.id) if f["value"]]
            for it in items:
                filled.extend(f for f in it["fields"] if f["value"])
            ev = list(by_target.get(ind.id, []))
            for item in ind.items:
                ev.extend(by_target.get(item.id, []))
            indicators.append(
                {
                    "id": ind.id,
                    "title": ind.title,
                    "weight": weights[ind.id],
                    "rollup": form.rollup_of(ind),
                    "direct": not ind.items,
                    "scale": scale_info(form.scale_of(ind)),
                    "score": (scores or {}).get(ind.id) if not ind.items else None,
                    "value": result.indicators.get(ind.id) if result else None,
                    "weighted": result.weighted.get(ind.id) if result else None,
                    "items": items,
                    "fields": _fields(ind.fields, texts, ind.id),
                    "evidence": ev,
                    "filled": filled,
                }
            )
        aspects.append(
            {
                "id": aspect.id,
                "title": aspect.title,
                "weight": form.aspect_weight(aspect),
                "value": result.aspects.get(aspect.id) if result else None,
                "indicators": indicators,
                "fields": _fields(aspect.fields, texts, aspect.id),
            }
        )
    return aspects


def form_info(form: Form) -> dict[str, Any]:
    lo, hi = form.total_scale()
    return {
        "id": form.id,
        "version": form.version,
        "title": form.title,
        "title_en": form.title_en or form.title,
        "hash": form.hash,
        "short_hash": form.short_hash,
        "total_decimals": form.total_decimals,
        "total_min": lo,
        "total_max": hi,
        "phases": [{"id": p.id, "label": p.label, "minutes": p.minutes} for p in form.timer],
    }


def _timer_rows(timer: dict) -> list[dict]:
    """Phase stamps as rows, whatever shape the interview screen stored."""
    first = ("start", "started", "started_at", "end", "ended", "ended_at", "elapsed")
    rows = []
    for key in sorted(timer):
        value = timer[key]
        if isinstance(value, dict):
            keys = sorted(value, key=lambda k: (first.index(k) if k in first else 99, k))
            stamps = [[k, str(value[k])] for k in keys]
        else:
            stamps = [["", str(value)]]
        rows.append({"phase": key, "stamps": stamps})
    return rows


def build_sheet(ws: Workspace, params: Params) -> dict[str, Any]:
    """One judge's sheets (every judge and region unless narrowed)."""
    event, stages = event_and_stages(ws, params)
    subs: dict[str, event_service.CurrentSubmission] = {
        s.id: s for s in submissions_of(ws, event.id, params.submission_id)
    }
    judges: dict[str, event_service.Judge] = {
        j.id: j for j in judges_of(ws, event.id, params.judge_id)
    }
    out_sheets = []
    for stage in stages:
        rows = [
            r
            for r in sheet_service.stage_scores(ws, event.id, stage.id)
            if r.submission_id in subs and r.judge_id in judges
        ]
        rows.sort(
            key=lambda r: (
                judges[r.judge_id].name,
                subs[r.submission_id].region,
                r.submission_id,
            )
        )
        for r in rows:
            st = sheet_service.state(ws, r.sheet_id)
            data = st.data
            evidence = [
                {
                    "target": e["target"],
                    "doc_id": e["doc_id"],
                    "doc_title": documents.title_of(ws, data.submission_id, e["doc_id"]),
                    "page": e["page"],
                    "note": e["note"],
                    "grid_cell": e["grid_cell"],
                }
                for e in data.evidence
            ]
            notes = [
                {"target": tgt, "field": fld, "value": val}
                for (tgt, fld), val in sorted(data.texts.items())
                if tgt == "" and val.strip() and not is_private_field(fld)  # never printed
            ]
            out_sheets.append(
                {
                    "id": data.id,
                    "stage": stage_info(stage),
                    "judge": judge_info(judges[data.judge_id]),
                    "submission": submission_info(subs[data.submission_id]),
                    "form": form_info(st.form),
                    "status": data.status,
                    "revision": data.revision,
                    "source": data.source,
                    "finalised_at": data.finalised_at,
                    "updated_at": data.updated_at,
                    "timer": _timer_rows(data.timer),
                    "total": st.result.total,
                    "scored": st.result.scored_keys,
                    "total_keys": st.result.total_keys,
                    "missing": len(st.completeness.missing),
                    "aspects": form_outline(st.form, data.scores, data.texts, st.result, evidence),
                    "notes": notes,
                    "sample": bool(event.sample or subs[data.submission_id].sample),
                }
            )
    return {
        **heading(event, stages),
        "sheets": out_sheets,
        "sample": event.sample or any(s["sample"] for s in out_sheets),
    }


def build_blank(ws: Workspace, params: Params) -> dict[str, Any]:
    """Blank paper sheets: one per assignment (judge × submission × stage).

    Without assignments for a stage, every judge × every submission. Each sheet
    carries the ids needed to re-key it (also as a QR payload).
    """
    event, stages = event_and_stages(ws, params)
    subs: dict[str, event_service.CurrentSubmission] = {
        s.id: s for s in submissions_of(ws, event.id, params.submission_id)
    }
    judges: dict[str, event_service.Judge] = {
        j.id: j for j in judges_of(ws, event.id, params.judge_id)
    }
    conflicted: set[tuple[str, str]] = {
        (c.judge_id, c.region_id) for c in event_service.conflicts(ws, event.id)
    }
    out = []
    for stage in stages:
        form = load_pinned(ws, stage.form_hash)
        assigned = event_service.assignments(ws, event.id, stage.id)
        if assigned:
            pairs: set[tuple[str, str]] = {
                (a.judge_id, a.submission_id)
                for a in assigned
                if a.judge_id in judges and a.submission_id in subs
            }
        else:
            pairs = {(j, s) for j in judges for s in subs}
        if params.judge_id and params.submission_id:
            pairs = {(params.judge_id, params.submission_id)}
        pairs = {p for p in pairs if (p[0], subs[p[1]].region_id) not in conflicted}
        outline = form_outline(form)
        for jid, sid in sorted(pairs, key=lambda p: (judges[p[0]].name, subs[p[1]].region)):
            out.append(
                {
                    "stage": stage_info(stage),
                    "judge": judge_info(judges[jid]),
                    "submission": submission_info(subs[sid]),
                    "form": form_info(form),
                    "aspects": outline,
                    "rekey": rekey_payload(event.id, stage.id, jid, sid, form.hash),
                }
            )
    return {
        **heading(event, stages),
        "sheets": out,
        "sample": event.sample,
    }


def rekey_payload(event_id: str, stage_id: str, judge_id: str, sub_id: str, form_hash: str) -> str:
    """The text in a blank sheet's QR code: everything needed to re-key it."""
    return (
        f"judgeapp:paper/1?event={event_id}&stage={stage_id}&judge={judge_id}"
        f"&submission={sub_id}&form={form_hash[:12]}"
    )
