"""The panel's figures, taken from ``services.results`` and nowhere else.

Every ranking figure a report prints (ranks, stage scores, final scores,
number of judges, tie-break trail, sensitivity, agreement, spreads,
moderated values) is what ``services.results`` returns — the same numbers
``judgeapp rank`` prints. This module only turns them into plain dicts.
"""

from __future__ import annotations

from typing import Any

from judgeapp.reports import ReportRefused
from judgeapp.services import results
from judgeapp.store.db import Workspace


def _refuse(exc: Exception) -> ReportRefused:
    return ReportRefused(str(exc))


def ranking(ws: Workspace, event_id: str, stage_id: str | None = None) -> results.Ranking:
    try:
        return results.rank(ws, event_id, stage_id=stage_id)
    except results.ResultsRefused as exc:
        raise _refuse(exc) from None


def sensitivity(ws: Workspace, event_id: str, stage_id: str | None = None) -> results.Sensitivity:
    try:
        return results.sensitivity(ws, event_id, stage_id=stage_id)
    except results.ResultsRefused as exc:
        raise _refuse(exc) from None


def agreement(ws: Workspace, event_id: str, stage_id: str | None = None) -> list:
    try:
        return results.agreement(ws, event_id, stage_id=stage_id)
    except results.ResultsRefused as exc:
        raise _refuse(exc) from None


def calibration(
    ws: Workspace, event_id: str, stage_id: str | None = None
) -> list[results.StageCalibration]:
    """Judge calibration per stage (leniency/severity, τ, ρ, flags)."""
    try:
        return results.calibration(ws, event_id, stage_id=stage_id)
    except results.ResultsRefused as exc:
        raise _refuse(exc) from None


def calibration_rows(stage: results.StageCalibration, names: dict[str, str]) -> dict[str, Any]:
    """One stage's calibration as plain data, judges in name order."""
    ordered = sorted(stage.judges, key=lambda c: (names.get(c.judge, c.judge), c.judge))
    return {
        "stage": stage.stage_id,
        "decimals": stage.decimals,
        "difference_threshold": stage.thresholds.difference,
        "tau_threshold": stage.thresholds.tau,
        "min_shared": stage.thresholds.min_shared,
        "judges": [
            {
                "judge": c.judge,
                "name": names.get(c.judge, c.judge),
                "scored": c.scored,
                "shared": c.shared,
                "mean": c.mean,
                "panel_mean": c.panel_mean,
                "difference": c.difference,
                "sd": c.sd,
                "panel_sd": c.panel_sd,
                "tau": c.tau,
                "rho": c.rho,
                "flags": list(c.flags),
            }
            for c in ordered
        ],
        "flagged": sum(1 for c in stage.judges if c.flags),
    }


def spreads(ws: Workspace, event_id: str, stage_id: str) -> list[results.Disagreement]:
    """Every indicator and total of every submission at a stage (flagged or not)."""
    try:
        return results.disagreements(ws, event_id, stage_id, flagged_only=False)
    except results.ResultsRefused as exc:
        raise _refuse(exc) from None


def panels(ws: Workspace, event_id: str, stage_id: str) -> dict[str, Any]:
    """Submission id → the panel result (combined aspects) the ranking used."""
    try:
        return dict(results.panels(ws, event_id, stage_id))
    except results.ResultsRefused as exc:
        raise _refuse(exc) from None


def aspect_profile(panel: Any, form: Any) -> dict[str, Any]:
    """The combined value of each aspect (``None`` where nothing counted).

    A form with a single aspect (Smart City's evaluation dimensions are its
    indicators) is profiled by its indicators instead."""
    lo, hi = _indicator_scale(form)
    if len(form.aspects) == 1:
        parts = [(ind.id, ind.title, "indicator") for _a, ind in form.indicators()]
    else:
        parts = [(a.id, a.title, "aspect") for a in form.aspects]
    out = []
    for pid, title, level in parts:
        source = (panel.indicators if level == "indicator" else panel.aspects) if panel else {}
        out.append({"id": pid, "title": title, "level": level, "value": source.get(pid)})
    return {"min": lo, "max": hi, "aspects": out}


def _indicator_scale(form: Any) -> tuple[Any, Any]:
    lows, highs = [], []
    for _a, ind in form.indicators():
        lo, hi = form.indicator_range(ind)
        lows.append(lo)
        highs.append(hi)
    return min(lows), max(highs)


def trail_rows(trail: tuple, labels: dict[str, str] | None = None) -> list[dict]:
    """The trail's steps; ``label``: what the rule compares, for the words."""
    return [
        {
            "rule": s.rule,
            "label": (labels or {}).get(s.rule, ""),
            "other": s.other,
            "other_name": s.other_name,
            "outcome": s.outcome,
            "value": s.value,
            "other_value": s.other_value,
        }
        for s in trail
    ]


def moderation_rows(notes: tuple, titles: dict[str, str] | None = None) -> list[dict]:
    """Moderated values; ``title``: the indicator's title ("stage/indicator" in
    ``titles``), '' for the total or when unknown."""
    return [
        {
            "stage": m.stage_id,
            "target": m.target,
            "title": (titles or {}).get(f"{m.stage_id}/{m.target}", ""),
            "value": m.value,
            "original": m.original,
            "reason": m.reason,
            "agreed_by": list(m.agreed_by),
            "at": m.at,
        }
        for m in notes
    ]


def statistic_rows(stats: tuple) -> list[dict]:
    return [
        {
            "name": s.name,
            "value": None if s.value is None else round(s.value, 6),
            "units": s.units,
            "judges": s.judges,
            "reason": s.reason,
        }
        for s in stats
    ]
