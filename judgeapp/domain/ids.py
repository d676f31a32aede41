"""The names of the things a workspace holds, as types.

Every id is a ``str`` in SQLite and on the wire; these ``NewType``\\ s keep an
event id from being passed where a judge id is expected (mypy checks it) at no
cost at run time. A plain ``str`` becomes one by calling it
(``EventId(text)``) where it is read from outside (arguments, files).
Statuses are ``Literal`` types of the values the schema allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NewType

EventId = NewType("EventId", str)
StageId = NewType("StageId", str)
JudgeId = NewType("JudgeId", str)
SubmissionId = NewType("SubmissionId", str)
SheetId = NewType("SheetId", str)

SheetStatus = Literal["open", "final"]  # sheets.status


@dataclass(frozen=True)
class SheetPlace:
    """Which sheet: one judge's, of one submission, at one stage of an event
    (the sheets table holds at most one a place)."""

    event_id: str
    stage_id: str
    judge_id: str
    submission_id: str
