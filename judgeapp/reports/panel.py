"""Panel reports (recap, ranking, minutes) — placeholder."""

from __future__ import annotations

from judgeapp.reports import ReportRefused


def build_recap(ws, params):
    raise ReportRefused("not yet")


build_ranking = build_minutes = build_recap
