"""Panel figures for the reports (temporary seam until services.results lands)."""

from __future__ import annotations

from typing import Any

from judgeapp.domain.panel import combine_panel
from judgeapp.services import sheets as sheet_service
from judgeapp.store import sheets as store_sheets
from judgeapp.store.db import Workspace
from judgeapp.store.forms import load_pinned


def aspect_profile(ws: Workspace, event_id: str, stage: Any, submission_id: str) -> dict:
    form = load_pinned(ws, stage.form_hash)
    results = {}
    for r in store_sheets.stage_scores(ws, event_id, stage.id):
        if r["submission_id"] == submission_id:
            results[r["judge_id"]] = sheet_service.state(ws, r["sheet_id"]).result
    panel = combine_panel(form, results) if results else None
    lo, hi = form.total_scale()
    return {
        "min": lo,
        "max": hi,
        "aspects": [
            {"id": a.id, "title": a.title, "value": panel.aspects.get(a.id) if panel else None}
            for a in form.aspects
        ],
    }
