"""The set-up tab's assignment matrix, read and written through the set-up
service and shaped into the plain data its model displays. Like every UI
module, this one reaches the store only through services (the import contract
in ``pyproject.toml`` checks it); no SQL here.
"""

from __future__ import annotations

from judgeapp.services import setup
from judgeapp.services.events import CurrentSubmission
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat.models import MatrixData


def submission_label(sub: CurrentSubmission) -> str:
    return str(sub.region)


class SetupMatrix:
    """The assignment matrix of one stage, read and written through the
    set-up service (which skips and refuses conflicted cells)."""

    def __init__(self, ws: Workspace, event_id: str, stage_id: str, actor: str) -> None:
        self.ws, self.event_id, self.stage_id, self.actor = ws, event_id, stage_id, actor

    def load(self) -> MatrixData:
        m = setup.assignment_matrix(self.ws, self.event_id, self.stage_id or None)
        return MatrixData(
            judges=[(j.id, j.name) for j in m.judges],
            submissions=[(s.id, submission_label(s)) for s in m.submissions],
            assigned={p for p, v in m.cells.items() if v == "assigned"},
            conflicted={p for p, v in m.cells.items() if v == "conflict"},
        )

    def _kw(self) -> dict:
        return {"stage_id": self.stage_id or None, "actor": self.actor}

    def set_cell(self, judge_id: str, submission_id: str, on: bool) -> int:
        return setup.set_assignment(
            self.ws, self.event_id, judge_id, submission_id, on, **self._kw()
        ).changed

    def fill_row(self, judge_id: str, on: bool) -> int:
        return setup.fill(self.ws, self.event_id, on, judge_id=judge_id, **self._kw()).changed

    def fill_column(self, submission_id: str, on: bool) -> int:
        return setup.fill(
            self.ws, self.event_id, on, submission_id=submission_id, **self._kw()
        ).changed

    def fill_all(self, on: bool) -> int:
        return setup.fill(self.ws, self.event_id, on, **self._kw()).changed
