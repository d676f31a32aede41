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
from typing import TYPE_CHECKING, Any

from judgeapp.errors import Refused

if TYPE_CHECKING:  # pragma: no cover
    from judgeapp.reports.render import render_report

KINDS = ("sheet", "recap", "ranking", "minutes", "feedback", "blank")

Progress = Callable[[float, str], None]


class ReportRefused(Refused):
    """A report that cannot be made from this input (message for the user)."""


def __getattr__(name: str) -> Any:  # noqa: V103 (Python calls it, PEP 562)
    # ``render_report`` is ``judgeapp.reports.render.render_report``, imported
    # on first use so that importing this package stays cheap
    if name == "render_report":
        from judgeapp.reports.render import render_report

        return render_report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["KINDS", "Progress", "ReportRefused", "render_report"]
