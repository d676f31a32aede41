"""Combining a panel of judges: rules, per-judge z-scores, disagreement.

Everything is ``Decimal`` and pure (no Qt, no SQL). Values are always sorted
before they are summed, so the order in which judges are listed can never
change a result, not even in the 28th digit.

Rules (``RULES``), for the values one indicator or one total received:

* ``median`` — the PPD rule ("nilai tengah"): the middle value; with an even
  count, the mean of the two middle values.
* ``mean`` — the arithmetic mean.
* ``trimmed_mean`` — drop the ``trim`` highest and ``trim`` lowest values,
  then the mean. With too few judges (``n <= 2 * trim``) nothing would be
  left, so nothing is dropped and the plain mean is used (``Combined.note``
  says so).
* ``ijru`` — by panel size: 1 → that value, 2 → mean, 3 → mean of the two
  closest values (when both gaps are equal no pair is closer, and the middle
  value is used — it equals the mean of all three), 4 or more → drop one
  highest and one lowest, then the mean.

Per-judge z-scores (``zscore_combine``) are for the sensitivity view only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from judgeapp.domain.rubric import HUNDRED, Form
from judgeapp.domain.scoring import SheetPlan, SheetResult, quantize, sheet_plan

RULES = ("median", "mean", "trimmed_mean", "ijru")
ZERO = Decimal(0)
TWO = Decimal(2)
# Share of a scale's width used as the disagreement threshold when the form
# sets none: 20 % (5–10 → 1.0; 0–10 → 2; 1–5 → 0.8; 0–100 → 20).
DEFAULT_THRESHOLD_SHARE = Decimal("0.2")


@dataclass(frozen=True)
class Combined:
    """One combined value and how it was reached."""

    value: Decimal | None
    used: tuple[Decimal, ...]
    dropped: tuple[Decimal, ...] = ()
    note: str = ""


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(sorted(values), ZERO) / Decimal(len(values))


def combine_detail(values: Sequence[Decimal], rule: str = "median", trim: int = 1) -> Combined:
    """Combine judges' values by ``rule`` (see the module text)."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r} (known: {', '.join(RULES)})")
    vals = sorted(values)
    n = len(vals)
    if n == 0:
        return Combined(None, ())
    if rule == "mean":
        return Combined(_mean(vals), tuple(vals))
    if rule == "median":
        mid = n // 2
        if n % 2:
            return Combined(vals[mid], (vals[mid],), tuple(vals[:mid] + vals[mid + 1 :]))
        pair = vals[mid - 1 : mid + 1]
        return Combined(_mean(pair), tuple(pair), tuple(vals[: mid - 1] + vals[mid + 1 :]))
    if rule == "trimmed_mean":
        if trim <= 0:
            return Combined(_mean(vals), tuple(vals))
        if n <= 2 * trim:
            return Combined(_mean(vals), tuple(vals), (), "too few judges to trim: plain mean")
        kept = vals[trim : n - trim]
        return Combined(_mean(kept), tuple(kept), tuple(vals[:trim] + vals[n - trim :]))
    # ijru
    if n <= 2:
        return Combined(_mean(vals), tuple(vals))
    if n == 3:
        low_gap = vals[1] - vals[0]
        high_gap = vals[2] - vals[1]
        if low_gap < high_gap:
            return Combined(_mean(vals[:2]), tuple(vals[:2]), (vals[2],))
        if high_gap < low_gap:
            return Combined(_mean(vals[1:]), tuple(vals[1:]), (vals[0],))
        return Combined(vals[1], (vals[1],), (vals[0], vals[2]), "equal gaps: middle value")
    kept = vals[1:-1]
    return Combined(_mean(kept), tuple(kept), (vals[0], vals[-1]))


def combine(values: Sequence[Decimal], rule: str = "median", trim: int = 1) -> Decimal | None:
    """The combined value (``None`` when no judge gave one)."""
    return combine_detail(values, rule, trim).value


# ---- spread and disagreement ---------------------------------------------------


@dataclass(frozen=True)
class Spread:
    """How far apart the judges are on one target (an indicator or 'total').

    ``range`` (max − min, what the threshold is compared with) and ``sd``
    (population standard deviation) are ``None`` with fewer than two judges.
    """

    target: str
    values: Mapping[str, Decimal]  # judge id → value
    low: Decimal | None
    high: Decimal | None
    range: Decimal | None
    threshold: Decimal
    flagged: bool

    @cached_property
    def sd(self) -> Decimal | None:
        return spread_of(list(self.values.values()))[1]


def spread_of(values: Sequence[Decimal]) -> tuple[Decimal | None, Decimal | None]:
    """(max − min, population SD); both ``None`` with fewer than two values."""
    if len(values) < 2:
        return None, None
    vals = sorted(values)
    mean = _mean(vals)
    var = sum(sorted((v - mean) ** 2 for v in vals), ZERO) / Decimal(len(vals))
    return vals[-1] - vals[0], var.sqrt()


def threshold_for(form: Form, target: str = "total") -> Decimal:
    """The disagreement threshold (compared with max − min).

    The form's ``judges.disagreement_threshold`` when set, else 20 % of the
    width of the target's scale (an indicator's range, or the total's).
    """
    if form.judges.disagreement_threshold is not None:
        return form.judges.disagreement_threshold
    if target == "total":
        low, high = form.total_scale()
    else:
        ind = next((i for _a, i in form.indicators() if i.id == target), None)
        if ind is None:
            low, high = form.total_scale()
        else:
            low, high = form.indicator_range(ind)
    return (high - low) * DEFAULT_THRESHOLD_SHARE


def measure_spread(target: str, values: Mapping[str, Decimal], threshold: Decimal) -> Spread:
    """The spread of one target; flagged when max − min is above the threshold."""
    if not values:
        return Spread(target, {}, None, None, None, threshold, False)
    low = min(values.values())
    high = max(values.values())
    rng = high - low if len(values) >= 2 else None
    return Spread(
        target, dict(values), low, high, rng, threshold, rng is not None and rng > threshold
    )


# ---- a form prepared for many sheets ----------------------------------------------


@dataclass(frozen=True)
class FormPlan:
    """What combining needs from a form, computed once per form: the compiled
    sheet scorer of ``domain.scoring`` (the one implementation of
    ``score_sheet``) plus the disagreement thresholds."""

    form: Form
    sheet: SheetPlan
    indicator_ids: tuple[str, ...]
    thresholds: Mapping[str, Decimal]  # indicator id / "total" → threshold

    def score(self, scores: Mapping[str, Decimal]) -> SheetResult:
        return self.sheet.score(scores)


_PLANS: dict[int, FormPlan] = {}


def plan_for(form: Form) -> FormPlan:
    """The form's ``FormPlan`` (cached for the life of the form object)."""
    plan = _PLANS.get(id(form))
    if plan is not None and plan.form is form:
        return plan
    ind_ids = tuple(ind.id for _a, ind in form.indicators())
    thresholds = {i: threshold_for(form, i) for i in ind_ids}
    thresholds["total"] = threshold_for(form, "total")
    plan = FormPlan(form, sheet_plan(form), ind_ids, thresholds)
    if len(_PLANS) > 64:
        _PLANS.clear()
    _PLANS[id(form)] = plan
    return plan


# ---- one submission's panel -----------------------------------------------------


def judge_total(form: Form, indicators: Mapping[str, Decimal | None]) -> Decimal | None:
    """A sheet total from indicator values, exactly as ``score_sheet`` computes it."""
    weights = form.effective_weights()
    total = ZERO
    any_value = False
    for _aspect, ind in form.indicators():
        value = indicators.get(ind.id)
        if value is None:
            continue
        any_value = True
        total += value * weights[ind.id] / HUNDRED
    return quantize(total, form.total_decimals) if any_value else None


def judge_aspects(
    form: Form, indicators: Mapping[str, Decimal | None]
) -> dict[str, Decimal | None]:
    weights = form.effective_weights()
    out: dict[str, Decimal | None] = {}
    for aspect in form.aspects:
        a_sum = ZERO
        a_w = ZERO
        plain = [v for ind in aspect.indicators if (v := indicators.get(ind.id)) is not None]
        for ind in aspect.indicators:
            value = indicators.get(ind.id)
            if value is not None:
                a_sum += value * weights[ind.id]
                a_w += weights[ind.id]
        if a_w:
            out[aspect.id] = a_sum / a_w
        else:  # weight-0 aspect: plain mean, as score_sheet does
            out[aspect.id] = sum(plain, ZERO) / Decimal(len(plain)) if plain else None
    return out


@dataclass(frozen=True)
class PanelResult:
    """The combined result of one submission at one stage.

    ``total`` is rounded to ``form.total_decimals`` (what is shown and ranked);
    ``indicators``/``aspects`` are combined unrounded. ``original_total`` is the
    value before any moderation; ``moderated`` lists the targets overridden.
    """

    rule: str
    judges: tuple[str, ...]
    judge_totals: Mapping[str, Decimal]
    indicators: Mapping[str, Decimal | None]
    aspects: Mapping[str, Decimal | None]
    total: Decimal | None
    original_total: Decimal | None
    moderated: tuple[str, ...]
    total_spread: Spread
    indicator_spreads: Mapping[str, Spread]
    dropped: tuple[Decimal, ...] = field(default=())

    @property
    def flagged(self) -> list[Spread]:
        out = [s for s in self.indicator_spreads.values() if s.flagged]
        if self.total_spread.flagged:
            out.append(self.total_spread)
        return out


def combine_panel(
    form: Form,
    sheets: Mapping[str, SheetResult],
    rule: str | None = None,
    *,
    trim: int | None = None,
    moderation: Mapping[str, Decimal] | None = None,
) -> PanelResult:
    """Combine the judges' sheets (judge id → ``SheetResult``) of one submission.

    The combined total is the rule applied to the judges' **totals** (the PPD
    worksheet's rule: the median of the judges' totals); indicator and aspect
    values are the rule applied per indicator/aspect. Moderation (target →
    consensus value): a moderated indicator replaces that indicator in every
    judge's sheet (the panel agreed on it) and the judges' totals are
    recomputed before combining; a moderated ``total`` replaces the combined
    total. The judges' own values stay in ``judge_totals``/spreads unmoderated.
    """
    rule = rule or form.judges.rule
    trim = form.judges.trim if trim is None else trim
    moderation = moderation or {}
    plan = plan_for(form)
    judges = tuple(sorted(j for j, r in sheets.items() if r.total is not None))
    ind_ids = plan.indicator_ids
    mod_inds = {k: v for k, v in moderation.items() if k in ind_ids}

    judge_totals = {j: sheets[j].total for j in judges}
    totals_for_rule: dict[str, Decimal] = {}
    for j in judges:
        if mod_inds:
            values = dict(sheets[j].indicators)
            values.update(mod_inds)
            t = judge_total(form, values)
        else:
            t = sheets[j].total
        assert t is not None
        totals_for_rule[j] = t
    detail = combine_detail(list(totals_for_rule.values()), rule, trim)
    original = combine(list(judge_totals.values()), rule, trim)  # type: ignore[arg-type]
    total = detail.value
    if total is not None:
        total = quantize(total, form.total_decimals)
    if original is not None:
        original = quantize(original, form.total_decimals)
    moderated = tuple(sorted(mod_inds))
    if "total" in moderation:
        total = quantize(moderation["total"], form.total_decimals)
        moderated = (*moderated, "total")

    indicators: dict[str, Decimal | None] = {}
    spreads: dict[str, Spread] = {}
    for ind_id in ind_ids:
        per_judge = {j: v for j in judges if (v := sheets[j].indicators.get(ind_id)) is not None}
        indicators[ind_id] = mod_inds.get(ind_id, combine(list(per_judge.values()), rule, trim))
        spreads[ind_id] = measure_spread(ind_id, per_judge, plan.thresholds[ind_id])
    aspects: dict[str, Decimal | None] = {}
    for aspect in form.aspects:
        per_judge = {j: v for j in judges if (v := sheets[j].aspects.get(aspect.id)) is not None}
        aspects[aspect.id] = combine(list(per_judge.values()), rule, trim)
    if mod_inds:  # an aspect holding an agreed indicator: from the combined indicators
        agreed = judge_aspects(form, indicators)
        for aspect in form.aspects:
            if any(ind.id in mod_inds for ind in aspect.indicators):
                aspects[aspect.id] = agreed[aspect.id]
    total_spread = measure_spread(
        "total",
        {j: v for j, v in judge_totals.items() if v is not None},
        plan.thresholds["total"],
    )
    return PanelResult(
        rule=rule,
        judges=judges,
        judge_totals={j: v for j, v in judge_totals.items() if v is not None},
        indicators=indicators,
        aspects=aspects,
        total=total,
        original_total=original,
        moderated=moderated,
        total_spread=total_spread,
        indicator_spreads=spreads,
        dropped=detail.dropped,
    )


# ---- per-judge z-scores ----------------------------------------------------------


def zscore_combine(
    scores: Mapping[str, Mapping[str, Decimal]],
    low: Decimal,
    high: Decimal,
    *,
    decimals: int | None = None,
) -> dict[str, Decimal]:
    """Combine after standardising each judge (judge → submission → total).

    1. Each judge's totals are standardised over the submissions that judge
       scored: z = (x − judge's mean) / judge's population SD. A judge with a
       single submission or no variance gives z = 0 everywhere (such a judge
       says nothing about order).
    2. A submission's z is the mean of its judges' z.
    3. The result is put back on the form's scale with the pooled mean and
       population SD of all the raw totals (value = mean + z × SD) and kept
       within [low, high]. It keeps the order of the z-scores, and a panel with
       no leniency differences lands close to its raw means.
    """
    zs: dict[str, list[Decimal]] = {}
    pooled: list[Decimal] = []
    for judge in sorted(scores):
        row = scores[judge]
        vals = [row[s] for s in sorted(row)]
        pooled.extend(vals)
        _rng, sd = spread_of(vals)
        mean = _mean(vals) if vals else ZERO
        for sub in sorted(row):
            z = ZERO if not sd else (row[sub] - mean) / sd
            zs.setdefault(sub, []).append(z)
    if not pooled:
        return {}
    p_mean = _mean(pooled)
    _r, p_sd = spread_of(pooled)
    p_sd = p_sd or ZERO
    out: dict[str, Decimal] = {}
    for sub, values in zs.items():
        value = p_mean + _mean(values) * p_sd
        value = min(max(value, low), high)
        out[sub] = quantize(value, decimals) if decimals is not None else value
    return out
