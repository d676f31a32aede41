"""Shared pieces of the report data builders: lookups, parameters, fingerprint.

The data of a report is plain JSON-able values (``Decimal`` allowed). Its
*fingerprint* is the SHA-256 of the canonical JSON of the report kind, the
parameters and the data — never the print date or the language — so the same
workspace always gives the same fingerprint, and ``verify_pdf`` can rebuild it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from judgeapp.i18n import t
from judgeapp.reports import ReportRefused
from judgeapp.services import events as event_service
from judgeapp.store.db import Workspace

REPORT_FORMAT = "judgeapp.report/1"

T = TypeVar("T")


@dataclass(frozen=True)
class Params:
    """What a report covers (``None`` = everything of the event)."""

    kind: str
    event_id: str
    stage_id: str | None = None
    submission_id: str | None = None
    judge_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "event": self.event_id,
            "stage": self.stage_id,
            "submission": self.submission_id,
            "judge": self.judge_id,
        }


def jsonable(value: Any) -> Any:
    """Decimals become their exact text; tuples become lists."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def canonical(value: Any) -> str:
    return json.dumps(jsonable(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_object(members: dict[str, str]) -> str:
    """The canonical JSON of an object whose members are given as their own
    canonical JSON: the text ``canonical`` gives of the object itself, without
    making a large member's text again."""
    return "{" + ",".join(f"{canonical(k)}:{v}" for k, v in sorted(members.items())) + "}"


def fingerprint(params: Params, data: dict | None = None, *, data_json: str | None = None) -> str:
    """The report's fingerprint; ``data_json``: ``canonical(data)``, when the
    caller holds it already."""
    body = canonical_object(
        {
            "format": canonical(REPORT_FORMAT),
            "params": canonical(params.as_dict()),
            "data": data_json if data_json is not None else canonical(data),
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# ---- lookups -----------------------------------------------------------------
def event_or_refuse(ws: Workspace, event_id: str) -> event_service.Event:
    try:
        return event_service.get_event(ws, event_id)
    except KeyError:
        raise ReportRefused(
            t(f"acara {event_id!r} tidak ada di workspace ini", f"no event {event_id!r} here")
        ) from None


def _all_or_one(
    items: Sequence[T], wanted: str | None, id_of: Callable[[T], str], refusal: str
) -> list[T]:
    """Every item (``wanted`` is ``None``) or the one whose id is ``wanted``;
    ``ReportRefused(refusal)`` when there is none."""
    if wanted is None:
        return list(items)
    for item in items:
        if id_of(item) == wanted:
            return [item]
    raise ReportRefused(refusal)


def stages_of(event: event_service.Event, stage_id: str | None) -> list[event_service.Stage]:
    known = ", ".join(s.id for s in event.stages)
    return _all_or_one(
        event.stages,
        stage_id,
        lambda st: st.id,
        t(
            f"acara {event.id} tidak punya tahap {stage_id!r} (ada: {known})",
            f"event {event.id} has no stage {stage_id!r} (known: {known})",
        ),
    )


def _event_rows(
    rows: Sequence[T],
    wanted: str | None,
    event_id: str,
    noun: tuple[str, str],
    id_of: Callable[[T], str],
) -> list[T]:
    """The event's ``rows`` (submissions, judges), or the one whose id is ``wanted``;
    refused, naming the ``noun`` (Indonesian, English), when the event has none."""
    return _all_or_one(
        rows,
        wanted,
        id_of,
        t(
            f"{noun[0]} {wanted!r} tidak ada di acara {event_id}",
            f"no {noun[1]} {wanted!r} in event {event_id}",
        ),
    )


def submissions_of(
    ws: Workspace, event_id: str, submission_id: str | None
) -> list[event_service.CurrentSubmission]:
    subs = event_service.current_submissions(ws, event_id)
    return _event_rows(subs, submission_id, event_id, ("usulan", "submission"), lambda s: s.id)


def judges_of(ws: Workspace, event_id: str, judge_id: str | None) -> list[event_service.Judge]:
    judges = event_service.list_judges(ws, event_id)
    return _event_rows(judges, judge_id, event_id, ("juri", "judge"), lambda j: j.id)


def event_title(name: str, edition: str | None) -> str:
    """The event's name with its edition, unless the name already says it
    ("PPD Jawa Barat 2022" + "2022" → "PPD Jawa Barat 2022", never "… 2022 2022")."""
    return name if event_service.says_edition(name, edition) else f"{name} {edition}"


def event_info(event: event_service.Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "name": event.name,
        "title": event_title(event.name, event.edition),
        "competition": event.competition,
        "edition": event.edition,
        "place": event.place,
        "sample": event.sample,
    }


def stage_info(stage: event_service.Stage) -> dict[str, Any]:
    return {
        "id": stage.id,
        "name": stage.name,
        "seq": stage.seq,
        "weight": stage.weight,
        "date": stage.date,
        "form_hash": stage.form_hash,
    }


# what a report shows of a submission, in this order
_SUBMISSION_INFO = ("id", "region", "region_kind", "province", "category", "title", "sample")


def submission_info(sub: event_service.CurrentSubmission) -> dict[str, Any]:
    return {name: getattr(sub, name) for name in _SUBMISSION_INFO}


def judge_info(judge: event_service.Judge) -> dict[str, Any]:
    return {"id": judge.id, "name": judge.name, "role": judge.role, "sample": judge.sample}


def event_and_stages(
    ws: Workspace, params: Params
) -> tuple[event_service.Event, list[event_service.Stage]]:
    """The report's event and the stages it covers; refused when either is unknown."""
    event = event_or_refuse(ws, params.event_id)
    return event, stages_of(event, params.stage_id)


def heading(event: event_service.Event, stages: list[event_service.Stage]) -> dict[str, Any]:
    """What a report's data opens with: its event and the stages it covers."""
    return {"event": event_info(event), "stages": [stage_info(s) for s in stages]}


def field_kind(field_id: str) -> str:
    """'strength' | 'recommendation' | 'note' for a text field id."""
    low = field_id.lower()
    if "keunggulan" in low or "strength" in low:
        return "strength"
    if any(w in low for w in ("rekomendasi", "recommend", "saran", "masukan")):
        return "recommendation"
    return "note"
