"""A new judge of an event, as the set-up form, the command line and a judges'
list give it to the judges' service, and as the service, having cleaned and
checked it, gives it to the store."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NewJudge:
    name: str
    role: str = "TPI"
    province: str = ""
    institution: str = ""
    judge_id: str | None = None  # None: made from the name
