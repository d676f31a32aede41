"""Printed reports (PDF through WeasyPrint) and the Excel export.

Each report is built in two steps that tests can call separately:

1. a *data builder* (``judgeapp.reports.data.build(ws, kind, event_id, ...)``)
   turns the workspace into plain dicts — every number comes from the services
   (``services.sheets`` for one sheet, ``services.results`` for the panel);
2. ``judgeapp.reports.render`` fills the Jinja template ``reports/<kind>.html.j2``
   and, only then, imports WeasyPrint to lay the HTML out as a PDF.

Importing this package is cheap: WeasyPrint and openpyxl are
imported inside the functions that need them, so the GUI start-up never pays
for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from judgeapp.errors import Refused

if TYPE_CHECKING:  # pragma: no cover
    from judgeapp.store.db import Workspace

KINDS = ("sheet", "recap", "ranking", "minutes", "feedback", "blank")

Progress = Callable[[float, str], None]


class ReportRefused(Refused):
    """A report that cannot be made from this input (message for the user)."""


def render_report(
    ws: Workspace,
    kind: str,
    event_id: str,
    out_path: Path | str,
    *,
    lang: str = "id",
    stage_id: str | None = None,
    submission_id: str | None = None,
    judge_id: str | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    check: Callable[[], None] | None = None,
) -> Path:
    """Render one report to ``out_path`` (a PDF; an ``.html`` path writes the
    HTML instead, for debugging) and return the path.

    Safe to call off the UI thread. ``progress(fraction, message)`` is called
    with fractions from 0 to 1 (for a report of many sections, ``"pdf D/N"``
    after each part: D of its N sections laid out). A report of many sections
    (sheets, blank sheets, feedback letters, recaps) is laid out in ``workers``
    processes (default: every core this process may use; 1: in this process);
    ``check()`` is called while they work and stops the rendering by raising
    (nothing is written). Raises ``ReportRefused`` for an unknown event,
    stage, submission, judge or kind.
    """
    from judgeapp.reports.render import render_report as _render

    return _render(
        ws,
        kind,
        event_id,
        out_path,
        lang=lang,
        stage_id=stage_id,
        submission_id=submission_id,
        judge_id=judge_id,
        progress=progress,
        workers=workers,
        check=check,
    )


__all__ = ["KINDS", "Progress", "ReportRefused", "render_report"]
