"""Combining a panel of judges: rules, per-judge z-scores, disagreement.

Everything is exact and pure (no Qt, no SQL): values are rationals
(``fractions.Fraction``, or integer numerators over a denominator the form
fixes), so the order in which judges are listed can never change a result and
nothing is rounded until a value is shown. The combined total is rounded once,
as the form says (``total_decimals``, ``rounding``).

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

Per-judge z-scores (``zscore_combine``) are for the sensitivity view only; a
standard deviation is a square root, so they are computed in 28-digit
``Decimal``, not exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import cached_property

from judgeapp.domain.rubric import Form
from judgeapp.domain.scoring import (
    Number,
    SheetPlan,
    SheetResult,
    Units,
    aspect_values,
    exact,
    per_form,
    round_exact,
    sheet_plan,
    to_decimal,
)

RULES = ("median", "mean", "trimmed_mean", "ijru")
ZERO = Decimal(0)
# Share of a scale's width used as the disagreement threshold when the form
# sets none: 20 % (5–10 → 1.0; 0–10 → 2; 1–5 → 0.8; 0–100 → 20).
DEFAULT_THRESHOLD_SHARE = Decimal("0.2")


@dataclass(frozen=True)
class Combined:
    """One combined value (exact) and how it was reached."""

    value: Fraction | None
    used: tuple[Fraction, ...]
    dropped: tuple[Fraction, ...] = ()
    note: str = ""


def _mean(values: Sequence[Units]) -> Units:
    total = sum(values)
    n = len(values)
    if isinstance(total, int) and total % n == 0:
        return total // n
    return Fraction(total, n) if isinstance(total, int) else total / n


def _combine(vals: list, rule: str, trim: int) -> tuple[Units | None, list, list, str]:
    """The rule over sorted exact values: (value, used, dropped, note)."""
    n = len(vals)
    if n == 0:
        return None, [], [], ""
    if rule == "mean":
        return _mean(vals), vals, [], ""
    if rule == "median":
        mid = n // 2
        if n % 2:
            return vals[mid], [vals[mid]], vals[:mid] + vals[mid + 1 :], ""
        pair = vals[mid - 1 : mid + 1]
        return _mean(pair), pair, vals[: mid - 1] + vals[mid + 1 :], ""
    if rule == "trimmed_mean":
        if trim <= 0:
            return _mean(vals), vals, [], ""
        if n <= 2 * trim:
            return _mean(vals), vals, [], "too few judges to trim: plain mean"
        kept = vals[trim : n - trim]
        return _mean(kept), kept, vals[:trim] + vals[n - trim :], ""
    if rule != "ijru":
        raise ValueError(f"unknown rule {rule!r} (known: {', '.join(RULES)})")
    if n <= 2:
        return _mean(vals), vals, [], ""
    if n == 3:
        low_gap = vals[1] - vals[0]
        high_gap = vals[2] - vals[1]
        if low_gap < high_gap:
            return _mean(vals[:2]), vals[:2], [vals[2]], ""
        if high_gap < low_gap:
            return _mean(vals[1:]), vals[1:], [vals[0]], ""
        return vals[1], [vals[1]], [vals[0], vals[2]], "equal gaps: middle value"
    kept = vals[1:-1]
    return _mean(kept), kept, [vals[0], vals[-1]], ""


def combine_detail(values: Sequence[Number], rule: str = "median", trim: int = 1) -> Combined:
    """Combine judges' values by ``rule`` (see the module text), exactly."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r} (known: {', '.join(RULES)})")
    vals = sorted(exact(v) for v in values)
    value, used, dropped, note = _combine(vals, rule, trim)
    return Combined(
        None if value is None else exact(value),
        tuple(used),
        tuple(dropped),
        note,
    )


def combine(values: Sequence[Number], rule: str = "median", trim: int = 1) -> Fraction | None:
    """The combined value, exact (``None`` when no judge gave one)."""
    return combine_detail(values, rule, trim).value


# ---- spread and disagreement ---------------------------------------------------


@dataclass(frozen=True)
class Spread:
    """How far apart the judges are on one target (an indicator or 'total').

    ``range`` (max − min, what the threshold is compared with) and ``sd``
    (population standard deviation) are ``None`` with fewer than two judges.
    Values are ``Decimal`` views of the exact values; ``flagged`` is decided
    on the exact range.
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


def spread_of(values: Sequence[Number]) -> tuple[Decimal | None, Decimal | None]:
    """(max − min, population SD); both ``None`` with fewer than two values.
    The range is exact; the SD (a square root) is a 28-digit ``Decimal``."""
    if len(values) < 2:
        return None, None
    n = len(values)
    scaled = _on_common_scale(values)
    if scaled is not None:  # decimals: the same rationals, as integers over 10^places
        ints, scale = scaled
        s1 = sum(ints)
        var = Fraction(n * sum(i * i for i in ints) - s1 * s1, n * n * scale * scale)
        var_d = to_decimal(var)
        assert var_d is not None
        return to_decimal(Fraction(max(ints) - min(ints), scale)), var_d.sqrt()
    vals = sorted(exact(v) for v in values)
    mean = sum(vals, Fraction(0)) / n
    var = sum(((v - mean) ** 2 for v in vals), Fraction(0)) / n
    var_d = to_decimal(var)
    assert var_d is not None
    return to_decimal(vals[-1] - vals[0]), var_d.sqrt()


def _on_common_scale(values: Sequence[Number]) -> tuple[list[int], int] | None:
    """Decimal (or int) values as integers over one power of ten (None when a
    value is a ``Fraction`` or not finite)."""
    parts: list[tuple[int, int]] = []  # (integer coefficient with sign, exponent)
    for v in values:
        if isinstance(v, Decimal):
            sign, digits, exponent = v.as_tuple()
            if not isinstance(exponent, int):
                return None
            coefficient = int("".join(map(str, digits)) or "0")
            parts.append((-coefficient if sign else coefficient, exponent))
        elif isinstance(v, int):
            parts.append((v, 0))
        else:
            return None
    places = max(0, *(-e for _c, e in parts))
    return [c * 10 ** (e + places) for c, e in parts], 10**places


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


def measure_spread(target: str, values: Mapping[str, Number], threshold: Decimal) -> Spread:
    """The spread of one target; flagged when max − min is above the threshold."""
    if not values:
        return Spread(target, {}, None, None, None, threshold, False)
    exacts = {j: exact(v) for j, v in values.items()}
    low = min(exacts.values())
    high = max(exacts.values())
    rng = high - low if len(values) >= 2 else None
    return Spread(
        target,
        {j: to_decimal(v) for j, v in exacts.items()},  # type: ignore[misc]
        to_decimal(low),
        to_decimal(high),
        to_decimal(rng),
        threshold,
        rng is not None and rng > threshold,
    )


# ---- a form prepared for many sheets ----------------------------------------------


@dataclass(frozen=True)
class FormPlan:
    """What combining needs from a form, computed once per form: the compiled
    sheet scorer of ``domain.scoring`` (the one implementation of
    ``score_sheet``) plus the disagreement thresholds, also as integer pairs
    on each indicator's own denominator for flagging without fractions."""

    form: Form
    sheet: SheetPlan
    thresholds: Mapping[str, Decimal]  # indicator id / "total" → threshold
    scaled: tuple[tuple[int, int], ...]  # per indicator: threshold × den as (num, den)

    def score(self, scores: Mapping[str, object]) -> SheetResult:
        return self.sheet.score(scores)


def _scaled(threshold: Decimal, den: int) -> tuple[int, int]:
    f = Fraction(threshold) * den
    return f.numerator, f.denominator


@per_form
def plan_for(form: Form) -> FormPlan:
    """The form's ``FormPlan`` (cached for the life of the form object)."""
    sheet = sheet_plan(form)
    ind_ids = tuple(ind.id for ind in sheet.indicators)
    thresholds = {i: threshold_for(form, i) for i in ind_ids}
    thresholds["total"] = threshold_for(form, "total")
    scaled = tuple(_scaled(thresholds[ind.id], ind.den) for ind in sheet.indicators)
    return FormPlan(form, sheet, thresholds, scaled)


# ---- one submission's panel -----------------------------------------------------


def judge_aspects(form: Form, indicators: Mapping[str, Number | None]) -> dict[str, Decimal | None]:
    """Aspect values from indicator values, as ``score_sheet`` computes them."""
    exacts = {k: None if v is None else exact(v) for k, v in indicators.items()}
    return {k: to_decimal(v) for k, v in aspect_values(sheet_plan(form), exacts).items()}


class PanelResult:
    """The combined result of one submission at one stage.

    ``exact_total`` is the rule applied to the judges' exact totals (after
    moderation); ``total`` is it rounded as the form says — what is shown.
    ``original_total``/``exact_original`` are the values before any
    moderation; ``moderated`` lists the targets overridden. Indicator and
    aspect values (``exact_indicators``/``indicators``, ``exact_aspects``/
    ``aspects``) and the spreads are computed when first asked for.
    ``flag_count`` is the number of flagged spreads (indicators and total).
    """

    def __init__(
        self,
        *,
        plan: FormPlan,
        rule: str,
        judges: tuple[str, ...],
        sheets: tuple[SheetResult, ...],
        exact_total: Fraction | None,
        exact_original: Fraction | None,
        moderated: tuple[str, ...],
        moderation: Mapping[str, Fraction],
        dropped: tuple[Fraction, ...] | None = None,
        exact_judge_totals: Mapping[str, Fraction] | None = None,
        trim: int,
        value_rule: str | None = None,
        dropped_numerators: tuple[Units, ...] = (),
    ):
        self.plan = plan
        self.rule = rule
        # the rule combining indicators and aspects (the z-score view keeps the median's)
        self.value_rule = value_rule or rule
        self.judges = judges
        self.sheets = sheets
        self.exact_total = exact_total
        self.exact_original = exact_original
        self.moderated = moderated
        self.moderation = moderation
        # dropped values and the judges' exact totals: given, or made from the
        # integer numerators when first asked for (most panels never are)
        if dropped is not None:
            self.__dict__["dropped"] = dropped
        if exact_judge_totals is not None:
            self.__dict__["exact_judge_totals"] = exact_judge_totals
        self._dropped_numerators = dropped_numerators
        self.trim = trim

    @cached_property
    def dropped(self) -> tuple[Fraction, ...]:
        den = self.plan.sheet.total_den
        return tuple(Fraction(d, den) for d in self._dropped_numerators)

    @cached_property
    def exact_judge_totals(self) -> Mapping[str, Fraction]:
        den = self.plan.sheet.total_den
        return {
            j: Fraction(r.total_numerator, den)  # type: ignore[arg-type]
            for j, r in zip(self.judges, self.sheets, strict=True)
        }

    def _round(self, value: Fraction | None) -> Decimal | None:
        sp = self.plan.sheet
        return None if value is None else round_exact(value, sp.decimals, sp.rounding)

    @cached_property
    def total(self) -> Decimal | None:
        return self._round(self.exact_total)

    @cached_property
    def original_total(self) -> Decimal | None:
        return self._round(self.exact_original)

    @cached_property
    def judge_totals(self) -> dict[str, Decimal]:
        return {j: r.total for j, r in zip(self.judges, self.sheets, strict=True)}  # type: ignore[misc]

    def with_total(self, rule: str, exact_total: Fraction | None, original: Fraction | None):
        """The same panel with another combined total (the z-score view)."""
        other = PanelResult(
            plan=self.plan,
            rule=rule,
            judges=self.judges,
            sheets=self.sheets,
            exact_total=exact_total,
            exact_original=original,
            moderated=self.moderated,
            moderation=self.moderation,
            dropped=(),
            trim=self.trim,
            value_rule=self.value_rule,
        )
        for name in (
            "flag_count",
            "exact_indicators",
            "exact_aspects",
            "total_range",
            "exact_judge_totals",
        ):
            if name in self.__dict__:
                other.__dict__[name] = self.__dict__[name]
        return other

    # ---- totals' spread ------------------------------------------------------------
    @cached_property
    def total_range(self) -> Fraction | None:
        """max − min of the judges' exact totals (None with fewer than two)."""
        if len(self.judges) < 2:
            return None
        nums = [r.total_numerator for r in self.sheets]
        return Fraction(max(nums) - min(nums), self.plan.sheet.total_den)  # type: ignore[type-var, operator]

    @cached_property
    def total_spread(self) -> Spread:
        return measure_spread("total", self.exact_judge_totals, self.plan.thresholds["total"])

    # ---- per indicator ---------------------------------------------------------------
    def _per_indicator(self, i: int) -> list[Units]:
        return [n for r in self.sheets if (n := r.numerators[i]) is not None]

    @cached_property
    def flag_count(self) -> int:
        """Flagged indicators plus the total, decided on exact values."""
        count = 0
        if len(self.sheets) >= 2:
            columns = zip(*(r.numerators for r in self.sheets), strict=True)
            for (t_num, t_den), column in zip(self.plan.scaled, columns, strict=True):
                vals = column if None not in column else [v for v in column if v is not None]
                if len(vals) >= 2 and (max(vals) - min(vals)) * t_den > t_num:
                    count += 1
            rng = self.total_range
            if rng is not None and rng > self.plan.thresholds["total"]:
                count += 1
        return count

    @cached_property
    def exact_indicators(self) -> dict[str, Fraction | None]:
        out: dict[str, Fraction | None] = {}
        for i, ind in enumerate(self.plan.sheet.indicators):
            if ind.id in self.moderation:
                out[ind.id] = self.moderation[ind.id]
                continue
            value, _u, _d, _n = _combine(sorted(self._per_indicator(i)), self.value_rule, self.trim)
            out[ind.id] = None if value is None else Fraction(value, ind.den)
        return out

    @cached_property
    def indicators(self) -> dict[str, Decimal | None]:
        return {k: to_decimal(v) for k, v in self.exact_indicators.items()}

    @cached_property
    def indicator_spreads(self) -> dict[str, Spread]:
        out: dict[str, Spread] = {}
        for i, ind in enumerate(self.plan.sheet.indicators):
            per_judge = {
                j: Fraction(n, ind.den)
                for j, r in zip(self.judges, self.sheets, strict=True)
                if (n := r.numerators[i]) is not None
            }
            out[ind.id] = measure_spread(ind.id, per_judge, self.plan.thresholds[ind.id])
        return out

    @cached_property
    def exact_aspects(self) -> dict[str, Fraction | None]:
        out: dict[str, Fraction | None] = {}
        for a, aspect in enumerate(self.plan.sheet.aspects):
            vals = sorted(n for r in self.sheets if (n := r.aspect_numerators[a]) is not None)
            value, _u, _d, _n = _combine(vals, self.value_rule, self.trim)
            out[aspect.id] = None if value is None else Fraction(value) / aspect.den
        mod_inds = [k for k in self.moderation if k != "total"]
        if mod_inds:  # an aspect holding an agreed indicator: from the combined indicators
            agreed = aspect_values(self.plan.sheet, self.exact_indicators)
            for aspect in self.plan.sheet.aspects:
                ids = {self.plan.sheet.indicators[i].id for i in aspect.indicators}
                if ids & set(mod_inds):
                    out[aspect.id] = agreed[aspect.id]
        return out

    @cached_property
    def aspects(self) -> dict[str, Decimal | None]:
        return {k: to_decimal(v) for k, v in self.exact_aspects.items()}

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
    moderation: Mapping[str, Number] | None = None,
) -> PanelResult:
    """Combine the judges' sheets (judge id → ``SheetResult``) of one submission.

    The combined total is the rule applied to the judges' exact **totals**
    (the PPD worksheet's rule: the median of the judges' totals), rounded once
    as the form says; indicator and aspect values are the rule applied per
    indicator/aspect. Moderation (target → consensus value): a moderated
    indicator replaces that indicator in every judge's sheet (the panel agreed
    on it) and the judges' totals are recomputed before combining; a moderated
    ``total`` replaces the combined total. The judges' own values stay in
    ``judge_totals``/spreads unmoderated.
    """
    rule = rule or form.judges.rule
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r} (known: {', '.join(RULES)})")
    trim = form.judges.trim if trim is None else trim
    plan = plan_for(form)
    sp = plan.sheet
    judges = tuple(sorted(j for j, r in sheets.items() if r.total_numerator is not None))
    results = tuple(_on_plan(sheets[j], sp) for j in judges)
    mods = {k: exact(v) for k, v in (moderation or {}).items()}
    mod_inds = {
        ind.index: mods[ind.id] * ind.den for ind in sp.indicators if ind.id in mods
    }  # moderated value as a numerator of that indicator

    numerators = [r.total_numerator for r in results]
    original, _u, _d, _n = _combine(sorted(numerators), rule, trim)  # type: ignore[type-var]
    if mod_inds:
        for_rule: list[Units] = []
        for r in results:
            tn = r.total_numerator
            assert tn is not None
            for i, value in mod_inds.items():
                old = r.numerators[i]
                coef = sp.indicators[i].coef
                tn = tn + value * coef - (0 if old is None else old * coef)
            for_rule.append(tn)
        combined, _u, dropped, _n = _combine(sorted(for_rule), rule, trim)
    else:
        combined, dropped = original, _d
    den = sp.total_den
    exact_original = None if original is None else Fraction(original, den)
    exact_total = None if combined is None else Fraction(combined, den)
    moderated = tuple(sorted(sp.indicators[i].id for i in mod_inds))
    if "total" in mods:
        exact_total = mods["total"]
        moderated = (*moderated, "total")
    return PanelResult(
        plan=plan,
        rule=rule,
        judges=judges,
        sheets=results,
        exact_total=exact_total,
        exact_original=exact_original,
        moderated=moderated,
        moderation={k: v for k, v in mods.items() if k in plan.thresholds},
        dropped_numerators=tuple(dropped),
        trim=trim,
    )


def _on_plan(result: SheetResult, plan: SheetPlan) -> SheetResult:
    """``result`` in ``plan``'s numbers (a sheet scored through another object
    of the same form is rescaled; of another form, refused)."""
    if result.plan is plan:
        return result
    if result.plan.form.hash != plan.form.hash:
        raise ValueError("sheets of another form cannot be combined")
    scale = [
        Fraction(b.den, a.den) for a, b in zip(result.plan.indicators, plan.indicators, strict=True)
    ]
    nums = tuple(
        None if n is None else _int(n * s) for n, s in zip(result.numerators, scale, strict=True)
    )
    total = None
    if result.total_numerator is not None:
        total = _int(Fraction(result.total_numerator, result.plan.total_den) * plan.total_den)
    return SheetResult(plan, nums, total, result.scored_keys)


def _int(value: Fraction) -> Units:
    return value.numerator if value.denominator == 1 else value


# ---- per-judge z-scores ----------------------------------------------------------


def zscore_combine(
    scores: Mapping[str, Mapping[str, Number]],
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

    The SD is a square root: this is 28-digit ``Decimal`` arithmetic, not exact.
    """
    zs: dict[str, list[Decimal]] = {}
    pooled: list[Decimal] = []

    def dec_mean(values: Sequence[Decimal]) -> Decimal:
        return sum(sorted(values), ZERO) / Decimal(len(values))

    for judge in sorted(scores):
        row = {s: to_decimal(v) for s, v in scores[judge].items()}
        vals: list[Decimal] = [row[s] for s in sorted(row)]  # type: ignore[misc]
        pooled.extend(vals)
        _rng, sd = spread_of(vals)
        mean = dec_mean(vals) if vals else ZERO
        for sub in sorted(row):
            z = ZERO if not sd else (row[sub] - mean) / sd  # type: ignore[operator]
            zs.setdefault(sub, []).append(z)
    if not pooled:
        return {}
    p_mean = dec_mean(pooled)
    _r, p_sd = spread_of(pooled)
    p_sd = p_sd or ZERO
    out: dict[str, Decimal] = {}
    for sub, values in zs.items():
        value = p_mean + dec_mean(values) * p_sd
        value = min(max(value, low), high)
        out[sub] = round_exact(value, decimals) if decimals is not None else value
    return out
