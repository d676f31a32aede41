"""Moderation: a consensus value the panel agreed on, recorded by the secretariat.

A moderation overrides the *combined* value of one indicator or of the total
of one submission at one stage (``target`` is an indicator id or ``"total"``).
The judges' own scores are never touched; rows in ``moderations`` are only
ever added: the newest row for a target is the one that counts, and a row
with an empty value withdraws the moderation (the combined value returns).
Every record also appends a ``history`` row (old → new, reason, who).

How a moderated value enters the results is described in
``judgeapp.domain.panel.combine_panel`` and ``docs/ranking.md``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from judgeapp.domain.rubric import Form
from judgeapp.domain.scoring import finite_decimal, fmt
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.store import events as store_events
from judgeapp.store import history as store_history
from judgeapp.store import moderations as store_moderations
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace, now
from judgeapp.store.forms import load_pinned
from judgeapp.store.moderations import Moderation as Moderation

TOTAL = "total"


class ModerationRefused(Refused):
    """A moderation that cannot be recorded (message for the user)."""


def list_moderations(
    ws: Workspace,
    event_id: str,
    stage_id: str | None = None,
    submission_id: str | None = None,
) -> list[Moderation]:
    """Every moderation row (withdrawals included), oldest first."""
    return store_moderations.rows(ws, event_id, stage_id, submission_id)


def current_moderations(
    ws: Workspace, event_id: str, stage_id: str
) -> dict[str, dict[str, Moderation]]:
    """submission → target → the moderation in force (withdrawn ones left out)."""
    latest: dict[tuple[str, str], Moderation] = {}
    for m in list_moderations(ws, event_id, stage_id):
        latest[(m.submission_id, m.target)] = m
    out: dict[str, dict[str, Moderation]] = {}
    for (sub, target), m in latest.items():
        if m.value is not None:
            out.setdefault(sub, {})[target] = m
    return out


def _context(ws: Workspace, event_id: str, stage_id: str, submission_id: str) -> Form:
    try:
        event = store_events.get_event(ws, event_id)
    except KeyError:
        raise ModerationRefused(
            t("acara tidak ditemukan", "no such event") + f": {event_id}"
        ) from None
    stage = next((s for s in event.stages if s.id == stage_id), None)
    if stage is None:
        raise ModerationRefused(t("tahap tidak ditemukan", "no such stage") + f": {stage_id}")
    if not store_submissions.submission_in_event(ws, event_id, submission_id):
        raise ModerationRefused(
            t("usulan tidak ditemukan pada acara ini", "no such submission in this event")
            + f": {submission_id}"
        )
    return load_pinned(ws, stage.form_hash)


def _check_value(form: Form, target: str, text: str | Decimal) -> Decimal:
    raw = format(text, "f") if isinstance(text, Decimal) else str(text).strip().replace(",", ".")
    if not raw:
        raise ModerationRefused(t("nilai moderasi kosong", "the moderated value is empty"))
    value = finite_decimal(raw)
    if value is None:
        raise ModerationRefused(t("bukan angka", "not a number") + f": {raw!r}")
    if target == TOTAL:
        low, high = form.total_scale()
    else:
        ind = next((i for _a, i in form.indicators() if i.id == target), None)
        if ind is None:
            raise ModerationRefused(
                t("bukan indikator formulir ini", "not an indicator of this form") + f": {target}"
            )
        low, high = form.indicator_range(ind)
    if value < low or value > high:
        raise ModerationRefused(
            t("di luar rentang", "out of range") + f" {fmt(low)}–{fmt(high)}: {fmt(value)}"
        )
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if places > form.total_decimals:
        raise ModerationRefused(
            t(
                f"maksimal {form.total_decimals} desimal",
                f"at most {form.total_decimals} decimals",
            )
            + f": {fmt(value)}"
        )
    return value


def _names(agreed_by: Sequence[str] | str) -> list[str]:
    items = [agreed_by] if isinstance(agreed_by, str) else list(agreed_by)
    return [n.strip() for n in items if n and n.strip()]


def _insert(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    submission_id: str,
    target: str,
    value: Decimal | None,
    reason: str,
    names: list[str],
    actor: str,
) -> Moderation:
    with ws.transaction():
        previous = current_moderations(ws, event_id, stage_id).get(submission_id, {}).get(target)
        stamp = now()
        text = "" if value is None else format(value, "f")
        mid = store_moderations.insert(
            ws,
            event_id,
            stage_id,
            submission_id,
            target,
            value=text,
            reason=reason,
            agreed_by=json.dumps(names, ensure_ascii=False),
            at=stamp,
        )
        store_history.append(
            ws,
            "moderate",
            actor=actor,
            event_id=event_id,
            target=f"{stage_id}/{submission_id}/{target}",
            old=None if previous is None or previous.value is None else format(previous.value, "f"),
            new=text or None,
            reason=reason,
            at=stamp,
        )
    return Moderation(
        mid, event_id, stage_id, submission_id, target, value, reason, tuple(names), stamp
    )


def record_moderation(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    submission_id: str,
    target: str,
    value: str | Decimal,
    reason: str,
    agreed_by: Sequence[str] | str,
    *,
    actor: str = "secretariat",
) -> Moderation:
    """Record a consensus value for an indicator or the total.

    Refused (``ModerationRefused``, nothing written) for an unknown event,
    stage, submission or indicator, a value that is not a number, outside the
    target's scale or with more decimals than the form's totals, an empty
    reason, or nobody named in ``agreed_by``.
    """
    form = _context(ws, event_id, stage_id, submission_id)
    checked = _check_value(form, target, value)
    if not reason.strip():
        raise ModerationRefused(t("alasan moderasi wajib diisi", "a reason is required"))
    names = _names(agreed_by)
    if not names:
        raise ModerationRefused(t("sebutkan siapa yang menyetujui", "name who agreed to the value"))
    return _insert(
        ws, event_id, stage_id, submission_id, target, checked, reason.strip(), names, actor
    )


def withdraw_moderation(
    ws: Workspace,
    event_id: str,
    stage_id: str,
    submission_id: str,
    target: str,
    reason: str,
    agreed_by: Sequence[str] | str = (),
    *,
    actor: str = "secretariat",
) -> Moderation:
    """Withdraw the moderation in force (the combined value counts again)."""
    _context(ws, event_id, stage_id, submission_id)
    if not reason.strip():
        raise ModerationRefused(t("alasan moderasi wajib diisi", "a reason is required"))
    current = current_moderations(ws, event_id, stage_id).get(submission_id, {}).get(target)
    if current is None:
        raise ModerationRefused(
            t("tidak ada moderasi untuk", "no moderation in force for") + f": {target}"
        )
    return _insert(
        ws,
        event_id,
        stage_id,
        submission_id,
        target,
        None,
        reason.strip(),
        _names(agreed_by),
        actor,
    )
