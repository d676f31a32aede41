"""One judge's sheet: parse a typed score, roll items up, total, completeness.

Arithmetic is ``Decimal`` throughout (28 significant digits, the ``decimal``
default). Indicator and aspect values are kept unrounded; the **total** of a
sheet is rounded half-up to ``form.total_decimals`` places (default 4) and that
rounded value is what every screen, report and ranking shows and compares.
Nothing here knows about Qt or SQL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from judgeapp.domain.rubric import HUNDRED, Form, Indicator, Scale
from judgeapp.errors import Refused
from judgeapp.i18n import t

TEN = Decimal(10)
ZERO = Decimal(0)
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


class ScoreError(Refused, ValueError):
    """A typed value that is not acceptable for this item (message for the user)."""


def quantize(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def parse_score(scale: Scale, text: str) -> Decimal:
    """Turn what the judge typed into a score, or raise ``ScoreError``.

    Accepts a dot or a comma as decimal separator ("8,25"). Never clamps: a
    value out of range, with too many decimals, or not one of the levels is
    refused with a short reason.
    """
    raw = text.strip().replace(",", ".")
    if not raw:
        raise ScoreError(t("kosong", "empty"))
    if not _PLAIN_NUMBER.fullmatch(raw):
        raise ScoreError(t("bukan angka", "not a number") + f": {text.strip()!r}")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ScoreError(t("bukan angka", "not a number") + f": {text.strip()!r}") from None
    if not value.is_finite():
        raise ScoreError(t("bukan angka", "not a number") + f": {text.strip()!r}")
    return check_score(scale, value)


def check_score(scale: Scale, value: Decimal) -> Decimal:
    if scale.kind == "levels":
        for lv in scale.levels:
            if lv.value == value:
                return lv.value
        allowed = ", ".join(_fmt(lv.value) for lv in scale.levels)
        raise ScoreError(t("harus salah satu dari", "must be one of") + f": {allowed}")
    assert scale.min is not None and scale.max is not None
    if value < scale.min or value > scale.max:
        raise ScoreError(
            t("di luar rentang", "out of range")
            + f" {_fmt(scale.min)}–{_fmt(scale.max)}: {_fmt(value)}"
        )
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if places > scale.decimals:
        raise ScoreError(
            t(f"maksimal {scale.decimals} desimal", f"at most {scale.decimals} decimals")
            + f": {_fmt(value)}"
        )
    return value


def _fmt(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def fmt(value: Decimal | None, decimals: int | None = None) -> str:
    """Display form of a value ('' for none)."""
    if value is None:
        return ""
    if decimals is not None:
        return format(quantize(value, decimals), "f")
    return _fmt(value)


def rollup(
    kind: str, items: tuple[str, ...], key: str, scores: Mapping[str, Decimal]
) -> Decimal | None:
    """One indicator's value from the sheet's scores (None when nothing scored).

    ``direct``: the indicator's own score (``key``); ``share_met_x10``: 10 × the
    items met over all the indicator's items; ``mean_scored``: the mean of the
    scored items (the worksheet's ``AVERAGEIF(range, ">0")``).
    """
    if kind == "direct":
        return scores.get(key)
    values = [scores[k] for k in items if k in scores]
    if not values:
        return None
    if kind == "share_met_x10":
        return TEN * sum(values, ZERO) / Decimal(len(items))
    scored = [v for v in values if v > 0]
    return sum(scored, ZERO) / Decimal(len(scored)) if scored else None


def indicator_value(form: Form, ind: Indicator, scores: Mapping[str, Decimal]) -> Decimal | None:
    """Roll one indicator up from the sheet's scores (None when nothing scored)."""
    return rollup(form.rollup_of(ind), tuple(it.id for it in ind.items), ind.id, scores)


@dataclass(frozen=True)
class SheetResult:
    """Everything derived from one sheet's scores."""

    indicators: dict[str, Decimal | None]
    aspects: dict[str, Decimal | None]
    total: Decimal | None
    weighted: dict[str, Decimal]
    scored_keys: int
    total_keys: int

    @property
    def complete_scores(self) -> bool:
        return self.scored_keys == self.total_keys


@dataclass(frozen=True)
class _IndicatorPlan:
    id: str
    rollup: str
    items: tuple[str, ...]
    weight: Decimal


@dataclass(frozen=True)
class SheetPlan:
    """A form compiled for scoring many sheets: the one implementation of
    ``score_sheet`` (no walking the pydantic model per sheet)."""

    form: Form
    aspects: tuple[tuple[str, tuple[_IndicatorPlan, ...]], ...]
    keys: frozenset[str]
    n_keys: int
    decimals: int

    def score(self, scores: Mapping[str, Decimal]) -> SheetResult:
        indicators: dict[str, Decimal | None] = {}
        aspects: dict[str, Decimal | None] = {}
        weighted: dict[str, Decimal] = {}
        total_raw = ZERO
        any_value = False
        for aspect_id, inds in self.aspects:
            a_sum = ZERO
            a_w = ZERO
            plain: list[Decimal] = []
            for ind in inds:
                value = rollup(ind.rollup, ind.items, ind.id, scores)
                indicators[ind.id] = value
                if value is None:
                    continue
                any_value = True
                plain.append(value)
                contribution = value * ind.weight / HUNDRED
                weighted[ind.id] = contribution
                total_raw += contribution
                a_sum += value * ind.weight
                a_w += ind.weight
            if a_w:
                aspects[aspect_id] = a_sum / a_w
            elif plain:  # weight-0 aspect: the plain mean of its indicators
                aspects[aspect_id] = sum(plain, ZERO) / Decimal(len(plain))
            else:
                aspects[aspect_id] = None
        scored_keys = len(self.keys.intersection(scores))
        total = quantize(total_raw, self.decimals) if any_value else None
        return SheetResult(indicators, aspects, total, weighted, scored_keys, self.n_keys)


_PLANS: dict[int, SheetPlan] = {}


def sheet_plan(form: Form) -> SheetPlan:
    """The form's compiled ``SheetPlan`` (cached while the form object lives)."""
    plan = _PLANS.get(id(form))
    if plan is not None and plan.form is form:
        return plan
    weights = form.effective_weights()
    aspects = tuple(
        (
            aspect.id,
            tuple(
                _IndicatorPlan(
                    ind.id, form.rollup_of(ind), tuple(it.id for it in ind.items), weights[ind.id]
                )
                for ind in aspect.indicators
            ),
        )
        for aspect in form.aspects
    )
    keys = form.score_keys()
    plan = SheetPlan(form, aspects, frozenset(keys), len(keys), form.total_decimals)
    if len(_PLANS) > 64:
        _PLANS.clear()
    _PLANS[id(form)] = plan
    return plan


def score_sheet(form: Form, scores: Mapping[str, Decimal]) -> SheetResult:
    """Compute indicator, aspect and total values for one sheet.

    The total is Σ indicator value × effective weight / 100 over the indicators
    that have a value, rounded to ``form.total_decimals``; it is ``None`` while
    no indicator has a value. Aspect values are the weight-averaged indicator
    values of that aspect (on the indicator scale); an aspect of weight 0 gets
    the plain mean of its indicators.
    """
    return sheet_plan(form).score(scores)


@dataclass(frozen=True)
class Missing:
    """One thing still missing before a sheet can be finalised."""

    kind: str  # "score" | "text"
    key: str  # item / indicator / aspect id
    field: str = ""  # text field id
    label: str = ""  # human label (item text or field label)


@dataclass(frozen=True)
class Completeness:
    missing: tuple[Missing, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        return not self.missing


def completeness(
    form: Form,
    scores: Mapping[str, Decimal],
    texts: Mapping[tuple[str, str], str],
) -> Completeness:
    """What is still unscored, and which required texts are empty.

    ``texts`` maps (target id, field id) → text, where target is an aspect,
    indicator or item id.
    """
    missing: list[Missing] = []
    for aspect in form.aspects:
        for ind in aspect.indicators:
            if ind.items:
                for item in ind.items:
                    if item.id not in scores:
                        missing.append(Missing("score", item.id, "", item.text))
                    for f in item.fields:
                        if f.required and not texts.get((item.id, f.id), "").strip():
                            missing.append(Missing("text", item.id, f.id, f.label))
            elif ind.id not in scores:
                missing.append(Missing("score", ind.id, "", ind.title))
            for f in ind.fields:
                if f.required and not texts.get((ind.id, f.id), "").strip():
                    missing.append(Missing("text", ind.id, f.id, f.label))
        for f in aspect.fields:
            if f.required and not texts.get((aspect.id, f.id), "").strip():
                missing.append(Missing("text", aspect.id, f.id, f.label))
    return Completeness(tuple(missing))
