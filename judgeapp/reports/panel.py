"""Data of the panel reports: recap per region, ranking, berita acara (minutes).

Every figure comes from ``judgeapp.reports.figures`` (that is, from
``services.results``); only labels and ordering are added here.
"""

from __future__ import annotations

from typing import Any

from judgeapp.domain.panel import judge_aspects
from judgeapp.reports import documents, figures
from judgeapp.reports.common import (
    Params,
    event_and_stages,
    heading,
    judge_info,
    stage_info,
    submission_info,
    submissions_of,
)
from judgeapp.services import events as event_service
from judgeapp.services.forms import load_pinned
from judgeapp.store.db import Workspace


def _rank_row(
    row: Any, sample_ids: set[str], labels: dict[str, str], titles: dict[str, str] | None = None
) -> dict[str, Any]:
    missing = [k for k, v in row.stage_scores.items() if v is None] if row.rank is None else []
    return {
        "rank": row.rank,
        "submission": row.submission,
        "region": row.region,
        "province": row.province,
        "category": row.category,
        "score": row.score,
        "shown": row.shown,  # the places that show the order (``digits``)
        "digits": row.digits,
        "more_digits": row.more_digits,
        "warnings": list(row.warnings),
        "stage_scores": dict(row.stage_scores),
        "judges": row.judges,
        "judges_by_stage": dict(row.judges_by_stage),
        "tied": row.tied,
        "trail": figures.trail_rows(row.trail, labels),
        "moderated": figures.moderation_rows(row.moderated, titles),
        "flagged": row.flagged,
        "unranked": row.rank is None,
        "missing_stages": missing,
        "missing_labels": [labels.get(f"stage:{k}") or k for k in missing],
        "sample": row.submission in sample_ids,
    }


def indicator_titles(ws: Workspace, stages: Any) -> dict[str, str]:
    """ "stage/indicator" → the indicator's title, from each stage's pinned form
    (moderated values are named by title in print, not by id)."""
    out: dict[str, str] = {}
    for st in stages:
        form = load_pinned(ws, st.form_hash)
        out.update({f"{st.id}/{i.id}": i.title for _a, i in form.indicators()})
    return out


def _ranking_dict(
    ranking: Any, sample_ids: set[str], titles: dict[str, str] | None = None
) -> dict[str, Any]:
    cats = []
    for cat in ranking.categories():
        cats.append(
            {
                "category": cat,
                "rows": [
                    _rank_row(r, sample_ids, ranking.rule_labels, titles)
                    for r in ranking.rows_in(cat)
                ],
            }
        )
    return {
        "stages": [
            {
                "id": s.id,
                "name": s.name,
                "label": ranking.stage_label(s.id),
                "weight": s.weight,
                "form_id": s.form_id,
                "rule": s.rule,
                "decimals": s.decimals,
            }
            for s in ranking.stages
        ],
        "stage_id": ranking.stage_id,
        "stage_label": ranking.stage_label(ranking.stage_id) if ranking.stage_id else "",
        "decimals": ranking.decimals,
        "ladder": list(ranking.ladder),
        # rule (and stage:<id>) → the name of what it compares: the template
        # writes the ladder and the trail in words (rule_words), never the ids
        "labels": dict(ranking.rule_labels),
        "name_decides": ranking.name_decides,
        "provisional": ranking.provisional,
        "categories": cats,
        "notes": list(ranking.notes),
    }


def _sample_ids(subs: list[event_service.CurrentSubmission]) -> set[str]:
    return {s.id for s in subs if s.sample}


# ---- recap per region ---------------------------------------------------------------
def build_recap(ws: Workspace, params: Params) -> dict[str, Any]:
    """One region across all judges, per stage: every indicator's judge values,
    combined value, spread and flag, moderation; the aspect profile; key figures."""
    event, stages = event_and_stages(ws, params)
    subs = submissions_of(ws, event.id, params.submission_id)
    judges: dict[str, event_service.Judge] = {
        j.id: j for j in event_service.list_judges(ws, event.id)
    }
    ranking = figures.ranking(ws, event.id)
    rank_of = {r.submission: r for r in ranking.rows}
    per_stage = {}
    for st in stages:
        form = load_pinned(ws, st.form_hash)
        spreads: dict[str, list] = {}
        for d in figures.spreads(ws, event.id, st.id):
            spreads.setdefault(d.submission, []).append(d)
        per_stage[st.id] = (form, spreads, figures.panels(ws, event.id, st.id))
    regions = []
    for sub in subs:
        sections = []
        for st in stages:
            form, spreads, panels = per_stage[st.id]
            section = _recap_section(form, spreads.get(sub.id, []), panels.get(sub.id), judges)
            row = rank_of.get(sub.id)
            sections.append(
                {
                    "stage": stage_info(st),
                    **section,
                    "stage_score": row.stage_scores.get(st.id) if row is not None else None,
                }
            )
        row = rank_of.get(sub.id)
        regions.append(
            {
                "submission": submission_info(sub),
                "sections": sections,
                "rank": _rank_row(row, _sample_ids(subs), ranking.rule_labels) if row else None,
                "key_figures": documents.key_figures_of(ws, sub.id),
                "documents": documents.documents_of(ws, sub.id),
                "sample": bool(event.sample or sub.sample),
            }
        )
    names = {jid: j.name for jid, j in judges.items()}
    stage_names: dict[str, str] = {s.id: s.name for s in stages}
    calibration = [
        {**figures.calibration_rows(c, names), "stage_name": stage_names.get(c.stage_id, "")}
        for c in figures.calibration(ws, event.id, params.stage_id)
        if c.stage_id in stage_names
    ]
    return {
        **heading(event, stages),
        "regions": regions,
        "calibration": calibration,
        "decimals": ranking.decimals,
        "sample": event.sample or any(r["sample"] for r in regions),
    }


def _recap_section(
    form: Any, rows: list, panel: Any, judges: dict[str, event_service.Judge]
) -> dict[str, Any]:
    """One region's stage in the recap: the judges (by name), a row per
    indicator and the total, and the aspect profile with each judge's values."""
    judge_ids = sorted(
        {j for d in rows for j in d.values},
        key=lambda j: (judges[j].name if j in judges else j, j),
    )
    aspect_of = {ind.id: a.id for a, ind in form.indicators()}
    titles = {ind.id: ind.title for _a, ind in form.indicators()}
    weights = form.effective_weights()
    table = [
        {
            "target": d.target,
            "title": titles.get(d.target, ""),
            "aspect": aspect_of.get(d.target, ""),
            "weight": weights.get(d.target),
            "values": [d.values.get(j) for j in judge_ids],
            "combined": d.combined,
            "low": d.low,
            "high": d.high,
            "range": d.range,
            "sd": d.sd,
            "threshold": d.threshold,
            "flagged": d.flagged,
            "moderation": _moderation(d.moderation),
        }
        for d in rows
    ]
    profile = figures.aspect_profile(panel, form)
    by_judge = []
    for j in judge_ids:
        inds = {d.target: d.values.get(j) for d in rows if d.target != "total"}
        asp = judge_aspects(form, inds)
        values = [
            (inds if p["level"] == "indicator" else asp).get(p["id"]) for p in profile["aspects"]
        ]
        by_judge.append({"judge": j, "values": values})
    profile["by_judge"] = by_judge
    return {
        "rule": panel.rule if panel is not None else form.judges.rule,
        "decimals": form.total_decimals,
        "judges": [judge_info(judges[j]) for j in judge_ids if j in judges],
        "rows": table,
        "flagged": sum(1 for r in table if r["flagged"]),
        "profile": profile,
    }


def _moderation(mod: Any) -> dict[str, Any] | None:
    if mod is None or mod.value is None:
        return None
    return {
        "value": mod.value,
        "reason": mod.reason,
        "agreed_by": list(mod.agreed_by),
        "at": mod.at,
    }


# ---- ranking -------------------------------------------------------------------------
def build_ranking(ws: Workspace, params: Params) -> dict[str, Any]:
    """Per category: rank, region, stage scores, final score, judges, tie-break
    trail; the sensitivity table; agreement statistics."""
    event, stages = event_and_stages(ws, params)
    subs = submissions_of(ws, event.id, None)
    samples = _sample_ids(subs)
    sens = figures.sensitivity(ws, event.id, params.stage_id)
    judges = {j.id: j.name for j in event_service.list_judges(ws, event.id)}
    agreement = [
        {
            "stage": a.stage_id,
            "stage_label": sens.official.stage_label(a.stage_id),
            "panel": a.panel,
            "judges": [judges.get(j, j) for j in a.judges],
            "submissions": a.submissions,
            "statistics": figures.statistic_rows(a.statistics),
        }
        for a in figures.agreement(ws, event.id, params.stage_id)
    ]
    sensitivity = [
        {
            "submission": r.submission,
            "region": r.region,
            "category": r.category,
            "rank": r.rank,
            "score": r.score,
            "ranks": dict(r.ranks),
            "scores": dict(r.scores),
            "changed": list(r.changed),
        }
        for r in sens.rows
    ]
    return {
        **heading(event, stages),
        "ranking": _ranking_dict(sens.official, samples, indicator_titles(ws, stages)),
        "rules": list(sens.rules),
        "sensitivity": sensitivity,
        "changed": sens.changed_count,
        "agreement": agreement,
        "sample": event.sample or bool(samples),
    }


# ---- berita acara ----------------------------------------------------------------------
def stage_list(labels: list[str]) -> str:
    """Stage labels in one phrase, a shared first word said once:
    ["Tahap I", "Tahap II", "Tahap III"] → "Tahap I, II, III"."""
    heads = {label.split(" ", 1)[0] for label in labels}
    if len(labels) > 1 and len(heads) == 1 and all(" " in label for label in labels):
        head = heads.pop()
        return head + " " + ", ".join(label.split(" ", 1)[1] for label in labels)
    return ", ".join(labels)


def judge_rules(stages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each judge rule once, with the stages it applies to (in order):
    median at three stages is one rule, "median (Tahap I, II, III)"."""
    by_rule: dict[str, list[str]] = {}
    for st in stages:
        by_rule.setdefault(st["rule"], []).append(st["label"])
    return [
        {"rule": rule, "stages": stage_list(labels) if len(stages) > 1 else ""}
        for rule, labels in by_rule.items()
    ]


def build_minutes(ws: Workspace, params: Params) -> dict[str, Any]:
    """Event, stage(s), date, place, panel with roles, results, notes, signatures."""
    event, stages = event_and_stages(ws, params)
    subs = submissions_of(ws, event.id, None)
    judges = event_service.list_judges(ws, event.id)
    ranking = figures.ranking(ws, event.id, params.stage_id)
    flagged = 0
    moderated = []
    for st in stages:
        form = load_pinned(ws, st.form_hash)
        for d in figures.spreads(ws, event.id, st.id):
            flagged += int(d.flagged)
            if d.moderation is not None and d.moderation.value is not None:
                moderated.append(
                    {
                        "stage": st.id,
                        "region": d.region,
                        "target": d.target,
                        "title": {i.id: i.title for _a, i in form.indicators()}.get(d.target, ""),
                        "value": d.moderation.value,
                        "reason": d.moderation.reason,
                        "agreed_by": list(d.moderation.agreed_by),
                    }
                )
    settings = event.settings
    dates = sorted({s.date for s in stages if s.date})
    chair = event.chair
    ranked = _ranking_dict(ranking, _sample_ids(subs), indicator_titles(ws, stages))
    return {
        **heading(event, stages),
        "dates": dates,
        # the event's own days (set-up dialog) come first; else the stages' dates
        "first_day": event.starts_on,
        "last_day": event.ends_on or event.starts_on,
        "panel": [judge_info(j) for j in judges],
        "chair": chair.name if chair is not None else str(settings.get("chair", "")),
        "chair_position": chair.position if chair is not None else "",
        "members": [{"name": m.name, "position": m.position} for m in event.members],
        "ranking": ranked,
        "rules": judge_rules(ranked["stages"]),
        "submissions": len(subs),
        "flagged": flagged,
        "moderated": moderated,
        "notes": [str(n) for n in settings.get("minutes_notes", [])],
        "sample": event.sample or bool(_sample_ids(subs)),
    }
