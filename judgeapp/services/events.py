"""Creating and listing events; what the screens and reports read of an event.

The reading queries are the store's own (``judgeapp.store.events``), handed on
here so that the UI and the reports reach them through this layer."""

from __future__ import annotations

from decimal import Decimal

from judgeapp.errors import Refused
from judgeapp.services.forms import find_form
from judgeapp.store import events as store_events
from judgeapp.store.db import Workspace
from judgeapp.store.events import Event as Event
from judgeapp.store.events import Stage as Stage
from judgeapp.store.events import assignments as assignments
from judgeapp.store.events import conflicts as conflicts
from judgeapp.store.events import current_submissions as current_submissions
from judgeapp.store.events import get_event as get_event
from judgeapp.store.events import get_submission as get_submission
from judgeapp.store.events import list_judges as list_judges
from judgeapp.store.forms import pin_form


class EventRefused(Refused):
    pass


def create_event(
    ws: Workspace,
    name: str,
    form_ids: list[str],
    *,
    stage_weights: list[Decimal] | None = None,
    edition: str = "",
    place: str = "",
    sample: bool = False,
    event_id: str | None = None,
    settings: dict | None = None,
) -> str:
    """A new event with one stage per form; returns its id.

    Stage weights default to the first form's ``stages`` defaults when the
    forms match them one to one, else equal shares (a single stage: 100).
    """
    if not name.strip():
        raise EventRefused("the event needs a name")
    if not form_ids:
        raise EventRefused("the event needs at least one --form")
    forms = []
    for fid in form_ids:
        try:
            forms.append(find_form(fid))
        except KeyError as exc:
            raise EventRefused(str(exc.args[0])) from None
    competitions = {f.competition for f in forms}
    if len(competitions) != 1:
        raise EventRefused(f"forms of different competitions: {', '.join(sorted(competitions))}")
    weights = _stage_weights(forms, stage_weights)
    specs = []
    for form, weight in zip(forms, weights, strict=True):
        digest = pin_form(ws, form)
        specs.append(
            store_events.StageSpec(id=form.stage, name=form.title, form_hash=digest, weight=weight)
        )
    ids = [s.id for s in specs]
    if len(set(ids)) != len(ids):
        raise EventRefused(f"two stages with the same id: {ids}")
    return store_events.create_event(
        ws,
        name.strip(),
        forms[0].competition,
        specs,
        edition=edition,
        place=place,
        sample=sample,
        event_id=event_id,
        settings=settings,
    )


def _stage_weights(forms: list, given: list[Decimal] | None) -> list[Decimal]:
    if given:
        if len(given) != len(forms):
            raise EventRefused(f"{len(given)} stage weights for {len(forms)} stages")
        if sum(given, Decimal(0)) != 100:
            raise EventRefused(f"stage weights sum to {sum(given, Decimal(0))}, not 100")
        return list(given)
    if len(forms) == 1:
        return [Decimal(100)]
    defaults = {s.id: s.weight for s in forms[0].stages}
    if defaults and all(f.stage in defaults for f in forms):
        picked = [defaults[f.stage] for f in forms]
        if sum(picked, Decimal(0)) == 100:
            return picked
    share = Decimal(100) / len(forms)
    out = [share.quantize(Decimal("0.0001")) for _ in forms]
    out[-1] = Decimal(100) - sum(out[:-1], Decimal(0))
    return out


def list_events(ws: Workspace) -> list[store_events.Event]:
    return store_events.list_events(ws)
