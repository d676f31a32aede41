"""One judge's sheet: parse a typed score, roll items up, total, completeness.

**Exact arithmetic.** Every value is carried exactly, as a rational number,
from the item to the one rounding the form asks for. Inside the engine a
sheet is a handful of integers: each item score in *units* (``10^-d`` of a
point, d = the most decimals any scale of the form allows), each indicator
value as an integer numerator over a denominator fixed per indicator (for a
mean of up to m items: lcm(1..m) × units), and the total as one integer
numerator over one denominator for the whole form. Nothing is ever divided
until a value is shown, so a total that is exactly 2.8955 is 2.8955 — never
2.89549999… — and rounds half-up to 2.896.

The **total** is rounded once, to ``form.total_decimals`` places, with the
form's ``rounding`` (``half_up``, or ``down`` for an instrument that
truncates), and that rounded value is what a screen shows. The exact value
(``SheetResult.exact_total``, a ``fractions.Fraction``) is what panels combine
and rankings order by. Indicator and aspect values are exact too
(``exact_indicators``/``exact_aspects``); ``indicators``/``aspects``/
``weighted`` give them as ``Decimal`` for display (28 significant digits).

``SheetTally`` is the same sheet as running sums per indicator (the scorer's
general path: unscored items, zeros, other roll-ups).
Nothing here knows about Qt or SQL.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from functools import cached_property, wraps
from typing import TYPE_CHECKING, TypeVar

from judgeapp.domain.rubric import Form, Indicator, Scale
from judgeapp.errors import Refused
from judgeapp.i18n import t

if TYPE_CHECKING:  # numpy loads with the first many-sheet scoring (score_packed), not the module
    import numpy as np

ZERO = Decimal(0)
ROUNDINGS = ("half_up", "down")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")

_SAFE = 2**62  # bound under which score_packed's 64-bit integer sums cannot overflow
Number = Decimal | Fraction | int
Units = int | Fraction  # int unless a stored value had more places than the form allows


class ScoreError(Refused, ValueError):
    """A typed value that is not acceptable for this item (message for the user)."""


# ---- rounding and display ------------------------------------------------------------


def round_exact(value: Number, decimals: int, rounding: str = "half_up") -> Decimal:
    """``value`` rounded to ``decimals`` places, computed exactly.

    ``half_up``: halves away from zero (2.8955 → 2.896, −2.5 → −3);
    ``down``: towards zero (truncation: 3.315 → 3.31).
    """
    if isinstance(value, Decimal):
        mode = ROUND_HALF_UP if rounding == "half_up" else ROUND_DOWN
        if rounding not in ROUNDINGS:
            raise ValueError(f"unknown rounding {rounding!r}")
        return value.quantize(Decimal(1).scaleb(-decimals), rounding=mode)
    frac = value if isinstance(value, Fraction) else Fraction(value)
    num = frac.numerator * 10**decimals
    den = frac.denominator
    sign = -1 if num < 0 else 1
    num = abs(num)
    if rounding == "half_up":
        q = (2 * num + den) // (2 * den)
    elif rounding == "down":
        q = num // den
    else:
        raise ValueError(f"unknown rounding {rounding!r}")
    return Decimal(sign * q).scaleb(-decimals)


def quantize(value: Number, decimals: int) -> Decimal:
    """Half-up rounding to ``decimals`` places (exact for every input type)."""
    return round_exact(value, decimals, "half_up")


def to_decimal(value: Number | None) -> Decimal | None:
    """A value as ``Decimal`` for display: exact when it has a finite decimal
    expansion within 28 digits, else rounded to 28 significant digits."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if value.denominator == 1:
        return Decimal(value.numerator)
    return Decimal(value.numerator) / Decimal(value.denominator)


def exact(value: Number) -> Fraction:
    """A value as an exact ``Fraction`` (a ``Decimal`` converts without loss)."""
    return value if isinstance(value, Fraction) else Fraction(value)


def separating_decimals(a: Number, b: Number, decimals: int, rounding: str = "half_up") -> int:
    """The fewest places (at least ``decimals``) at which ``a`` and ``b`` show
    differently; ``decimals`` when they are equal."""
    fa, fb = exact(a), exact(b)
    if fa == fb:
        return decimals
    d = decimals
    while round_exact(fa, d, rounding) == round_exact(fb, d, rounding) and d < decimals + 40:
        d += 1
    return d


def exact_text(value: Number | None) -> str:
    """An exact value as text: its full decimal expansion when it has one
    ("7.999965"), else the fraction ("2519/315"); '' for none."""
    if value is None:
        return ""
    frac = exact(value)
    den = frac.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return f"{frac.numerator}/{frac.denominator}"
    places = max(twos, fives)
    return format(round_exact(frac, places).normalize(), "f") if places else str(frac.numerator)


def parse_score(scale: Scale, text: str) -> Decimal:
    """Turn what the judge typed into a score, or raise ``ScoreError``.

    Accepts a dot or a comma as decimal separator ("8,25"). Never clamps: a
    value out of range, with too many decimals, or not one of the levels is
    refused with a short reason.
    """
    raw = text.strip().replace(",", ".")
    if not raw:
        raise ScoreError(t("kosong", "empty"))
    value = finite_decimal(raw) if _PLAIN_NUMBER.fullmatch(raw) else None
    if value is None:
        raise ScoreError(t("bukan angka", "not a number") + f": {text.strip()!r}")
    return check_score(scale, value)


def finite_decimal(raw: str) -> Decimal | None:
    """``raw`` as a finite ``Decimal``; None when it is not a number (or NaN, Infinity)."""
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


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
    places = _places(value)
    if places > scale.decimals:
        raise ScoreError(
            t(f"maksimal {scale.decimals} desimal", f"at most {scale.decimals} decimals")
            + f": {_fmt(value)}"
        )
    return value


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _fmt(value: Decimal) -> str:
    return format(value.normalize(), "f")


def fmt(value: Number | None, decimals: int | None = None, rounding: str = "half_up") -> str:
    """Display form of a value ('' for none); exact values are rounded exactly."""
    if value is None:
        return ""
    if decimals is not None:
        return format(round_exact(value, decimals, rounding), "f")
    dec = to_decimal(value)
    assert dec is not None
    return _fmt(dec)


# ---- roll-ups (the rules, one value at a time) ----------------------------------------


def rollup(
    kind: str, items: tuple[str, ...], key: str, scores: Mapping[str, Number]
) -> Fraction | None:
    """One indicator's exact value from the sheet's scores (None when nothing scored).

    ``direct``: the indicator's own score (``key``); ``share_met_x10``: 10 × the
    items met over all the indicator's items; ``mean_scored``: the mean of the
    scored items (the worksheet's ``AVERAGEIF(range, ">0")``).
    """
    if kind == "direct":
        v = scores.get(key)
        return None if v is None else exact(v)
    values = [exact(scores[k]) for k in items if k in scores]
    if not values:
        return None
    if kind == "share_met_x10":
        return 10 * sum(values, Fraction(0)) / len(items)
    scored = [v for v in values if v > 0]
    return sum(scored, Fraction(0)) / len(scored) if scored else None


def indicator_value(form: Form, ind: Indicator, scores: Mapping[str, Number]) -> Fraction | None:
    """Roll one indicator up from the sheet's scores (None when nothing scored)."""
    return rollup(form.rollup_of(ind), tuple(it.id for it in ind.items), ind.id, scores)


# ---- the compiled form ------------------------------------------------------------------


@dataclass(frozen=True)
class _IndicatorPlan:
    index: int
    id: str
    rollup: str  # mean_scored | share_met_x10 | direct
    keys: tuple[str, ...]  # item ids, or (indicator id,) for direct
    weight: Decimal  # effective weight, percent of the total
    start: int  # position of keys in SheetPlan.keys
    mult: tuple[int, ...]  # mean_scored: mult[n] = lcm(1..m) // n (n scored items)
    den: int  # exact value = numerator / den
    coef: int  # contribution to the total numerator per unit of numerator


@dataclass(frozen=True)
class _AspectPlan:
    id: str
    indicators: tuple[int, ...]  # indexes
    weight: Decimal  # Σ effective weights of its indicators
    # exact value = numerator / den (den = total_den × weight / 100); a weight-0
    # aspect is the plain mean of its indicators and its "numerator" the value itself
    den: Fraction = Fraction(1)


class SheetPlan:
    """A form compiled for scoring many sheets exactly (see the module text)."""

    def __init__(self, form: Form):
        self.form = form
        self.decimals = form.total_decimals
        self.rounding = getattr(form, "rounding", "half_up")
        self.unit_places = _unit_places(form)
        self.unit = 10**self.unit_places
        weights = form.effective_weights()
        inds: list[_IndicatorPlan] = []
        aspects: list[_AspectPlan] = []
        keys: list[str] = []
        raw: list[tuple[int, str, str, tuple[str, ...], Decimal, int, tuple[int, ...], int]] = []
        for aspect in form.aspects:
            members = []
            for ind in aspect.indicators:
                kind = form.rollup_of(ind)
                ikeys = tuple(it.id for it in ind.items) if ind.items else (ind.id,)
                m = len(ikeys)
                if kind == "mean_scored":
                    lcm = math.lcm(*range(1, m + 1))
                    mult = (0, *(lcm // n for n in range(1, m + 1)))
                    den = lcm * self.unit
                elif kind == "share_met_x10":
                    mult, den = (), m * self.unit
                else:
                    mult, den = (), self.unit
                members.append(len(raw))
                raw.append((len(raw), ind.id, kind, ikeys, weights[ind.id], len(keys), mult, den))
                keys.extend(ikeys)
            aspects.append(
                _AspectPlan(
                    aspect.id,
                    tuple(members),
                    sum((raw[i][4] for i in members), Decimal(0)),
                )
            )
        # total = Σ numerator_i / den_i × weight_i / 100 = Σ coef_i × numerator_i / total_den
        shares = [Fraction(w) / 100 / den for (_i, _id, _k, _ks, w, _s, _m, den) in raw]
        self.total_den = math.lcm(*(s.denominator for s in shares)) if shares else 1
        for (i, ident, kind, ikeys, w, start, mult, den), share in zip(raw, shares, strict=True):
            coef = share.numerator * (self.total_den // share.denominator)
            inds.append(_IndicatorPlan(i, ident, kind, ikeys, w, start, mult, den, coef))
        self.indicators: tuple[_IndicatorPlan, ...] = tuple(inds)
        self.aspects: tuple[_AspectPlan, ...] = tuple(
            _AspectPlan(
                a.id,
                a.indicators,
                a.weight,
                self.total_den * Fraction(a.weight) / 100 if a.weight else Fraction(1),
            )
            for a in aspects
        )
        self.keys: tuple[str, ...] = tuple(keys)
        self.n_keys = len(keys)
        self.key_index: dict[str, int] = {}
        for plan_ind in self.indicators:
            for k in plan_ind.keys:
                self.key_index[k] = plan_ind.index
        self.coefs = tuple(ind.coef for ind in self.indicators)
        self._units: dict[object, Units] = {}
        self._fast = all(ind.rollup == "mean_scored" for ind in self.indicators)
        self._full_mult = tuple(
            ind.mult[len(ind.keys)] if self._fast else 0 for ind in self.indicators
        )
        self._spans = tuple((ind.start, ind.start + len(ind.keys)) for ind in self.indicators)
        self.key_position = {k: n for n, k in enumerate(keys)}
        # for score_packed: the bounds that keep 64 bits safe (the arrays are built on use)
        self.max_mult = max((m for i in self.indicators for m in i.mult), default=1) or 1
        self.max_mult = max(self.max_mult, 10)
        self.coef_sum = sum(abs(c) for c in self.coefs) or 1
        self._table_safe = self.max_mult < _SAFE and self.coef_sum < _SAFE

    # ---- for score_packed: integer arrays, built on its first use ---------------------
    @cached_property
    def rollup_kinds(self) -> np.ndarray:
        """Rollup kind per indicator: 0 mean_scored, 1 share_met_x10, 2 direct."""
        import numpy as np

        return np.array(
            [("mean_scored", "share_met_x10").index(i.rollup) if i.rollup != "direct" else 2
             for i in self.indicators],
            dtype=np.int64,
        )  # fmt: skip

    @cached_property
    def mult_table(self) -> np.ndarray | None:
        """The mean multipliers as a table (None when 64 bits would not be safe)."""
        import numpy as np

        if not self._table_safe:
            return None
        width = max((len(i.mult) for i in self.indicators), default=1) or 1
        return np.array(
            [list(i.mult) + [0] * (width - len(i.mult)) for i in self.indicators] or [[0]],
            dtype=np.int64,
        ).reshape(len(self.indicators) or 1, width)

    @cached_property
    def coef_array(self) -> np.ndarray:
        import numpy as np

        return np.array(
            self.coefs if self.coef_sum < _SAFE else [0] * len(self.coefs), dtype=np.int64
        )

    @cached_property
    def span_starts(self) -> np.ndarray:
        import numpy as np

        return np.array([ind.start for ind in self.indicators], dtype=np.int64)

    # ---- values ------------------------------------------------------------------
    def units(self, value: object) -> Units:
        """A stored or typed score (``Decimal`` or decimal text) in units."""
        got = self._units.get(value)
        if got is None:
            if isinstance(value, str):
                frac = Fraction(value.strip())
            elif isinstance(value, Decimal | int | Fraction):
                frac = Fraction(value)
            else:
                raise TypeError(f"not a score: {value!r}")
            scaled = frac * self.unit
            got = scaled.numerator if scaled.denominator == 1 else scaled
            if len(self._units) < 100_000:
                self._units[value] = got
        return got

    def indicator_numerator(
        self, ind: _IndicatorPlan, s_pos: Units, n_pos: int, s_all: Units, n_all: int
    ) -> Units | None:
        if ind.rollup == "mean_scored":
            return s_pos * ind.mult[n_pos] if n_pos else None
        if ind.rollup == "share_met_x10":
            return 10 * s_all if n_all else None
        return s_all if n_all else None

    # ---- scoring -------------------------------------------------------------------
    def score(self, scores: Mapping[str, object]) -> SheetResult:
        """Score one sheet (key → ``Decimal`` or decimal text)."""
        if self._fast:
            got = list(map(scores.get, self.keys))
            if None not in got:
                conv = self._units.get
                maybe = list(map(conv, got))
                us: list[Units] = (
                    [self.units(v) for v in got] if None in maybe else maybe  # type: ignore[misc, assignment]
                )
                if min(us) > 0:  # complete, every item scored above 0: the common case
                    nums = tuple(
                        map(operator.mul, [sum(us[a:b]) for a, b in self._spans], self._full_mult)
                    )
                    return SheetResult(
                        self, nums, sum(map(operator.mul, nums, self.coefs)), self.n_keys
                    )
        return self.tally(scores).result()

    def rescore(
        self, before: SheetResult, scores: Mapping[str, object], key: str, scored_keys: int
    ) -> SheetResult:
        """The result after ``key`` changed (``scores`` holds its new value, or
        not the key when cleared), from ``before``, the result before: only
        the indicator that holds ``key`` is computed again; the total moves by
        that indicator's change; ``scored_keys``, the sheet's scored keys after
        the change (the caller knows whether ``key`` had a value)."""
        i = self.key_index[key]
        ind = self.indicators[i]
        s_pos: Units = 0
        s_all: Units = 0
        n_pos = n_all = 0
        for k in ind.keys:
            value = scores.get(k)
            if value is None:
                continue
            u = self.units(value)
            s_all += u
            n_all += 1
            if u > 0:
                s_pos += u
                n_pos += 1
        num = self.indicator_numerator(ind, s_pos, n_pos, s_all, n_all)
        old = before.numerators[i]
        nums = (*before.numerators[:i], num, *before.numerators[i + 1 :])
        total = before.total_numerator
        if old is not None and total is not None:
            total -= old * ind.coef
        if num is not None:
            total = (total or 0) + num * ind.coef
        elif all(n is None for n in nums):
            total = None
        return SheetResult(self, nums, total, scored_keys)

    def tally(self, scores: Mapping[str, object]) -> SheetTally:
        n = len(self.indicators)
        s_pos: list[Units] = [0] * n
        n_pos = [0] * n
        s_all: list[Units] = [0] * n
        n_all = [0] * n
        scored = 0
        for key, value in scores.items():
            i = self.key_index.get(key)
            if i is None or value is None:
                continue
            u = self.units(value)
            scored += 1
            s_all[i] += u
            n_all[i] += 1
            if u > 0:
                s_pos[i] += u
                n_pos[i] += 1
        return SheetTally(self, tuple(s_pos), tuple(n_pos), tuple(s_all), tuple(n_all), scored)


def _unit_places(form: Form) -> int:
    """The most decimal places any score of the form can carry."""
    places = 0
    scales: list[Scale | None] = [form.scale]
    for _a, ind in form.indicators():
        scales.append(ind.scale)
        scales.extend(it.scale for it in ind.items)
    for sc in scales:
        if sc is None:
            continue
        places = max(places, sc.decimals)
        for lv in (*sc.levels, *sc.anchors):
            places = max(places, _places(lv.value))
        for bound in (sc.min, sc.max):
            if bound is not None:
                places = max(places, _places(bound))
    return places


_T = TypeVar("_T")


def per_form(build: Callable[[Form], _T]) -> Callable[[Form], _T]:
    """``build(form)`` computed once per form object and kept while that object
    lives (the cache is emptied when it holds more than 64 forms)."""
    cache: dict[int, tuple[Form, _T]] = {}

    @wraps(build)
    def cached(form: Form) -> _T:
        hit = cache.get(id(form))
        if hit is not None and hit[0] is form:
            return hit[1]
        value = build(form)
        if len(cache) > 64:
            cache.clear()
        cache[id(form)] = (form, value)
        return value

    return cached


@per_form
def sheet_plan(form: Form) -> SheetPlan:
    """The form's compiled ``SheetPlan`` (cached while the form object lives)."""
    return SheetPlan(form)


# ---- results -------------------------------------------------------------------------------


class SheetResult:
    """Everything derived from one sheet's scores.

    Held as integers (``numerators`` per indicator, ``total_numerator``);
    every other view is computed when first asked for. ``total`` is rounded
    as the form says; ``exact_total`` is the unrounded rational.
    """

    __slots__ = ("__dict__", "plan", "numerators", "total_numerator", "scored_keys", "total_keys")

    def __init__(
        self,
        plan: SheetPlan,
        numerators: tuple[Units | None, ...],
        total_numerator: Units | None,
        scored_keys: int,
    ):
        self.plan = plan
        self.numerators = numerators
        self.total_numerator = total_numerator
        self.scored_keys = scored_keys
        self.total_keys = plan.n_keys

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SheetResult):
            return NotImplemented
        return (self.plan.form.hash, self.numerators, self.scored_keys) == (
            other.plan.form.hash,
            other.numerators,
            other.scored_keys,
        )

    def __hash__(self) -> int:
        return hash((self.numerators, self.scored_keys))

    def __repr__(self) -> str:
        return f"SheetResult(total={self.total}, scored={self.scored_keys}/{self.total_keys})"

    @property
    def complete_scores(self) -> bool:
        return self.scored_keys == self.total_keys

    @cached_property
    def exact_total(self) -> Fraction | None:
        if self.total_numerator is None:
            return None
        return Fraction(self.total_numerator, self.plan.total_den)

    @cached_property
    def total(self) -> Decimal | None:
        value = self.exact_total
        if value is None:
            return None
        return round_exact(value, self.plan.decimals, self.plan.rounding)

    @cached_property
    def exact_indicators(self) -> dict[str, Fraction | None]:
        return {
            ind.id: None if num is None else Fraction(num, ind.den)
            for ind, num in zip(self.plan.indicators, self.numerators, strict=True)
        }

    @cached_property
    def indicators(self) -> dict[str, Decimal | None]:
        return {k: to_decimal(v) for k, v in self.exact_indicators.items()}

    @cached_property
    def aspect_numerators(self) -> tuple[Units | None, ...]:
        """Per aspect, the exact value × ``_AspectPlan.den`` (an integer when
        every indicator of the aspect has a value)."""
        out: list[Units | None] = []
        inds = self.plan.indicators
        for aspect in self.plan.aspects:
            if not aspect.weight:
                out.append(aspect_values(self.plan, self.exact_indicators).get(aspect.id))
                continue
            nums = [self.numerators[i] for i in aspect.indicators]
            if None not in nums:
                out.append(
                    sum(
                        inds[i].coef * n  # type: ignore[operator, misc]
                        for i, n in zip(aspect.indicators, nums, strict=True)
                    )
                )
                continue
            num: Units = 0
            present = Fraction(0)
            for i, n in zip(aspect.indicators, nums, strict=True):
                if n is not None:
                    num += inds[i].coef * n
                    present += Fraction(inds[i].weight)
            out.append(num * Fraction(aspect.weight) / present if present else None)
        return tuple(out)

    @cached_property
    def exact_aspects(self) -> dict[str, Fraction | None]:
        return {
            a.id: None if n is None else Fraction(n) / a.den
            for a, n in zip(self.plan.aspects, self.aspect_numerators, strict=True)
        }

    @cached_property
    def aspects(self) -> dict[str, Decimal | None]:
        return {k: to_decimal(v) for k, v in self.exact_aspects.items()}

    @cached_property
    def exact_weighted(self) -> dict[str, Fraction]:
        return {
            ind.id: Fraction(num * ind.coef, self.plan.total_den)
            for ind, num in zip(self.plan.indicators, self.numerators, strict=True)
            if num is not None
        }

    @cached_property
    def weighted(self) -> dict[str, Decimal]:
        return {k: to_decimal(v) for k, v in self.exact_weighted.items()}  # type: ignore[misc]


def aspect_values(
    plan: SheetPlan, indicators: Mapping[str, Fraction | None]
) -> dict[str, Fraction | None]:
    """Weight-averaged indicator values per aspect (an aspect of weight 0: the
    plain mean of its indicators), exact."""
    out: dict[str, Fraction | None] = {}
    for aspect in plan.aspects:
        a_sum = Fraction(0)
        a_w = Fraction(0)
        plain: list[Fraction] = []
        for i in aspect.indicators:
            ind = plan.indicators[i]
            value = indicators.get(ind.id)
            if value is None:
                continue
            plain.append(value)
            a_sum += value * Fraction(ind.weight)
            a_w += Fraction(ind.weight)
        if a_w:
            out[aspect.id] = a_sum / a_w
        elif plain:
            out[aspect.id] = sum(plain, Fraction(0)) / len(plain)
        else:
            out[aspect.id] = None
    return out


def total_of(plan: SheetPlan, indicators: Mapping[str, Number | None]) -> Fraction | None:
    """The exact total from (exact) indicator values, as ``score_sheet`` computes it."""
    total = Fraction(0)
    any_value = False
    for ind in plan.indicators:
        value = indicators.get(ind.id)
        if value is None:
            continue
        any_value = True
        total += exact(value) * Fraction(ind.weight) / 100
    return total if any_value else None


class SheetTally:
    """One sheet as running sums per indicator: scored values above 0 (sum,
    count) and all values (sum, count); ``result`` gives the ``SheetResult``."""

    __slots__ = ("plan", "s_pos", "n_pos", "s_all", "n_all", "scored", "_result")

    def __init__(
        self,
        plan: SheetPlan,
        s_pos: tuple[Units, ...],
        n_pos: tuple[int, ...],
        s_all: tuple[Units, ...],
        n_all: tuple[int, ...],
        scored: int,
        result: SheetResult | None = None,
    ):
        self.plan = plan
        self.s_pos, self.n_pos, self.s_all, self.n_all = s_pos, n_pos, s_all, n_all
        self.scored = scored
        self._result = result

    def result(self) -> SheetResult:
        if self._result is None:
            plan = self.plan
            nums = tuple(
                plan.indicator_numerator(
                    ind, self.s_pos[i], self.n_pos[i], self.s_all[i], self.n_all[i]
                )
                for i, ind in enumerate(plan.indicators)
            )
            present = [num * c for num, c in zip(nums, plan.coefs, strict=True) if num is not None]
            total = sum(present) if present else None
            self._result = SheetResult(plan, nums, total, self.scored)
        return self._result


def score_sheet(form: Form, scores: Mapping[str, object]) -> SheetResult:
    """Compute indicator, aspect and total values for one sheet.

    The total is Σ indicator value × effective weight / 100 over the indicators
    that have a value, computed exactly and rounded once to
    ``form.total_decimals`` with the form's rounding; it is ``None`` while no
    indicator has a value. Aspect values are the weight-averaged indicator
    values of that aspect (on the indicator scale); an aspect of weight 0 gets
    the plain mean of its indicators.
    """
    return sheet_plan(form).score(scores)


# ---- completeness -------------------------------------------------------------------------


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


def _entries(form: Form) -> tuple[Missing, ...]:
    """Every score and required text of the form, in the order completeness lists them."""
    out: list[Missing] = []
    for aspect in form.aspects:
        for ind in aspect.indicators:
            if ind.items:
                for item in ind.items:
                    out.append(Missing("score", item.id, "", item.text))
                    out.extend(
                        Missing("text", item.id, f.id, f.label) for f in item.fields if f.required
                    )
            else:
                out.append(Missing("score", ind.id, "", ind.title))
            out.extend(Missing("text", ind.id, f.id, f.label) for f in ind.fields if f.required)
        out.extend(Missing("text", aspect.id, f.id, f.label) for f in aspect.fields if f.required)
    return tuple(out)


_ENTRIES: dict[int, tuple[Form, tuple[Missing, ...]]] = {}


def _entries_of(form: Form) -> tuple[Missing, ...]:
    got = _ENTRIES.get(id(form))
    if got is None or got[0] is not form:
        if len(_ENTRIES) > 64:
            _ENTRIES.clear()
        got = _ENTRIES[id(form)] = (form, _entries(form))
    return got[1]


def rescore_after(
    form: Form,
    before: SheetResult,
    scores: Mapping[str, object],
    key: str,
    was_scored: bool,
) -> SheetResult:
    """``before`` moved on by one changed ``key`` (``scores`` is the sheet's
    scores after the change; ``was_scored``: whether ``key`` had a value
    before). Equal to ``score_sheet(form, scores)``."""
    moved = (scores.get(key) is not None) - was_scored
    return sheet_plan(form).rescore(before, scores, key, before.scored_keys + moved)


def completeness_after(
    form: Form, before: Completeness, scores: Mapping[str, object], key: str
) -> Completeness:
    """``before`` after the score of ``key`` was set or cleared (``scores``:
    the sheet's scores after the change); texts unchanged. Equal to
    ``completeness(form, scores, texts)``."""
    if key in scores:
        return Completeness(
            tuple(m for m in before.missing if not (m.kind == "score" and m.key == key))
        )
    missing = set(before.missing)
    missing.update(m for m in _entries_of(form) if m.kind == "score" and m.key == key)
    return Completeness(tuple(m for m in _entries_of(form) if m in missing))


def completeness(
    form: Form,
    scores: Mapping[str, object],
    texts: Mapping[tuple[str, str], str],
) -> Completeness:
    """What is still unscored, and which required texts are empty.

    ``texts`` maps (target id, field id) → text, where target is an aspect,
    indicator or item id.
    """
    entries = _entries_of(form)
    missing = tuple(
        m
        for m in entries
        if (
            m.key not in scores
            if m.kind == "score"
            else not texts.get((m.key, m.field), "").strip()
        )
    )
    return Completeness(missing)


# ---- many sheets at once ----------------------------------------------------------------


def score_packed(
    plan: SheetPlan,
    layouts: Sequence[tuple[str, ...] | None],
    starts: Sequence[int],
    values: np.ndarray,
    places: int,
) -> list[SheetResult | None]:
    """Score many sheets whose scores are integers of ``10^-places`` of a point.

    Sheet *i* holds ``values[starts[i] + j]`` for key ``layouts[i][j]`` (keys
    the form does not know are ignored, as ``SheetPlan.score`` ignores them).
    Exactly ``SheetPlan.score``'s results, computed with integer arrays: every
    value is first checked to lie on the form's grid (a whole number of
    units), and a sheet with a value off the grid, or without a layout, gets
    ``None`` — score it one by one. Sums stay integers; nothing is divided.
    """
    out: list[SheetResult | None] = [None] * len(layouts)
    shift = places - plan.unit_places
    if shift < 0 or not plan.indicators:
        return out
    factor = 10**shift
    groups: dict[tuple[str, ...], list[int]] = {}
    for i, layout in enumerate(layouts):
        if layout is not None:
            groups.setdefault(layout, []).append(i)
    for layout, rows in groups.items():
        for i, result in zip(
            rows, _score_group(plan, layout, [starts[r] for r in rows], values, factor), strict=True
        ):
            out[i] = result
    return out


def _layout_columns(plan: SheetPlan, layout: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """(positions in the layout, their columns in the plan's key order) for
    the layout's keys the form knows."""
    import numpy as np

    position = plan.key_position
    src = [j for j, k in enumerate(layout) if k in position]
    return np.array(src, dtype=np.int64), np.array([position[layout[j]] for j in src], np.int64)


def _score_group(
    plan: SheetPlan,
    layout: tuple[str, ...],
    starts: list[int],
    values: np.ndarray,
    factor: int,
) -> list[SheetResult | None]:
    import numpy as np

    src, cols = _layout_columns(plan, layout)
    n = len(starts)
    block = values[np.asarray(starts, dtype=np.int64)[:, None] + src[None, :]]  # n × known keys
    off_grid = (block % factor != 0).any(axis=1) if factor > 1 else np.zeros(n, dtype=bool)
    units = np.zeros((n, plan.n_keys), dtype=np.int64)
    present = np.zeros((n, plan.n_keys), dtype=bool)
    units[:, cols] = block // factor
    present[:, cols] = True
    positive = present & (units > 0)
    bounds = plan.span_starts
    s_pos = np.add.reduceat(np.where(positive, units, 0), bounds, axis=1)
    n_pos = np.add.reduceat(positive, bounds, axis=1, dtype=np.int64)
    s_all = np.add.reduceat(units, bounds, axis=1)
    n_all = np.add.reduceat(present, bounds, axis=1, dtype=np.int64)
    scored = present.sum(axis=1).tolist()
    off = off_grid.tolist()
    got = _numerators_fast(plan, s_pos, n_pos, s_all, n_all)
    if got is None:  # numerators beyond 64 bits: the plan's own arithmetic, row by row
        return _numerators_slow(plan, s_pos, n_pos, s_all, n_all, scored, off)
    nums, has, totals = got
    out: list[SheetResult | None] = []
    for r, (row, mask, total) in enumerate(zip(nums, has, totals, strict=True)):
        if off[r]:
            out.append(None)
        elif all(mask):
            out.append(SheetResult(plan, tuple(row), total, scored[r]))
        else:
            nums_r = tuple(v if m else None for v, m in zip(row, mask, strict=True))
            out.append(SheetResult(plan, nums_r, total if any(mask) else None, scored[r]))
    return out


def _numerators_fast(
    plan: SheetPlan, s_pos: np.ndarray, n_pos: np.ndarray, s_all: np.ndarray, n_all: np.ndarray
) -> tuple[list[list[int]], list[list[bool]], list[int]] | None:
    """Per sheet: the indicators' numerators, which indicators have a value,
    and the total numerator — in 64-bit integers when no value can overflow
    them (else None)."""
    import numpy as np

    table = plan.mult_table
    if table is None:
        return None
    kinds = plan.rollup_kinds
    mean = kinds == 0
    biggest = int(max(np.abs(s_pos).max(initial=0), np.abs(s_all).max(initial=0)))
    if biggest * plan.max_mult >= _SAFE:
        return None
    cols = np.arange(len(plan.indicators))
    nums = np.where(mean, s_pos * table[cols, np.minimum(n_pos, table.shape[1] - 1)], s_all)
    nums = np.where(kinds == 1, 10 * s_all, nums)
    has = np.where(mean, n_pos > 0, n_all > 0)
    nums = np.where(has, nums, 0)
    biggest = int(np.abs(nums).max(initial=0))
    if biggest * plan.coef_sum >= _SAFE:
        return None
    totals = nums @ plan.coef_array
    return nums.tolist(), has.tolist(), totals.tolist()


def _numerators_slow(
    plan: SheetPlan,
    s_pos: np.ndarray,
    n_pos: np.ndarray,
    s_all: np.ndarray,
    n_all: np.ndarray,
    scored: list[int],
    off: list[bool],
) -> list[SheetResult | None]:
    sp_, np_, sa_, na_ = s_pos.tolist(), n_pos.tolist(), s_all.tolist(), n_all.tolist()
    numerator = plan.indicator_numerator
    out: list[SheetResult | None] = []
    for r in range(len(scored)):
        if off[r]:
            out.append(None)
            continue
        sp, npos, sa, na = sp_[r], np_[r], sa_[r], na_[r]
        nums = tuple(
            numerator(ind, sp[i], npos[i], sa[i], na[i]) for i, ind in enumerate(plan.indicators)
        )
        present_nums = [x * c for x, c in zip(nums, plan.coefs, strict=True) if x is not None]
        total = sum(present_nums) if present_nums else None
        out.append(SheetResult(plan, nums, total, scored[r]))
    return out
