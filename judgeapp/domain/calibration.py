"""Judge calibration: how lenient or severe each judge is against the panel,
and how far each judge's order agrees with the panel's.

Input is the judges' totals of one stage (judge → submission → total). For a
judge *j* and a submission *s* that *j* scored together with at least one
other judge, the **panel's value** is the mean of the *other* judges' totals
on *s* (the judge's own score left out, so that a judge is never compared
with themself). Over the submissions *j* shares with others:

* ``mean`` — *j*'s mean total; ``panel_mean`` — the mean of the panel's values;
* ``difference`` = ``mean − panel_mean`` (the mean of the per-submission
  differences): above zero the judge is **lenient**, below zero **severe**;
* ``sd`` / ``panel_sd`` — population standard deviations of *j*'s totals and
  of the panel's values: a judge whose ``sd`` is far below the panel's uses a
  narrower part of the scale;
* ``tau`` — Kendall's τ-b between *j*'s totals and the panel's values (ties
  counted as τ-b does), ``rho`` — Spearman's ρ (mid-ranks); both need three
  shared submissions and some variation on both sides, else ``None``.

Flags (``Thresholds``, from the form's ``judges`` section): ``lenient`` /
``severe`` when |difference| is **above** ``difference``; ``order`` when τ is
**below** ``tau`` over at least ``min_shared`` shared submissions (with fewer,
one swapped pair moves τ by a third or more and says little).

Means and differences are exact ``Decimal`` s; τ and ρ are floats (scipy).
This is what the secretariat reads before choosing the per-judge z-score
rule in the sensitivity view: z-scores remove exactly these offsets.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from judgeapp.domain.panel import spread_of
from judgeapp.domain.rubric import Form

ZERO = Decimal(0)
# When the form sets no threshold: 10 % of the total's scale width (PPD 5–10 →
# 0.5; Sinovik 0–100 → 10), and τ below 0.3 over at least 5 shared submissions.
DEFAULT_DIFFERENCE_SHARE = Decimal("0.1")
DEFAULT_TAU = Decimal("0.3")
MIN_SHARED_FOR_ORDER = 5

Ratings = Mapping[str, Mapping[str, Decimal]]


@dataclass(frozen=True)
class Thresholds:
    difference: Decimal  # |mean − panel mean| above this is flagged
    tau: Decimal  # τ below this is flagged
    min_shared: int = MIN_SHARED_FOR_ORDER


@dataclass(frozen=True)
class JudgeCalibration:
    judge: str
    scored: int  # submissions the judge scored at the stage
    shared: int  # of which scored by at least one other judge too
    mean: Decimal | None
    panel_mean: Decimal | None
    difference: Decimal | None
    sd: Decimal | None
    panel_sd: Decimal | None
    tau: float | None
    rho: float | None
    flags: tuple[str, ...] = ()

    @property
    def leaning(self) -> str:
        """ "lenient", "severe" or "" (by the sign of the difference alone)."""
        if self.difference is None or self.difference == 0:
            return ""
        return "lenient" if self.difference > 0 else "severe"

    @property
    def flagged(self) -> bool:
        return bool(self.flags)


def _mean(values: list[Decimal]) -> Decimal:
    return sum(sorted(values), ZERO) / Decimal(len(values))


def _sd(values: list[Decimal]) -> Decimal | None:
    if len(values) < 2:
        return None
    return spread_of(values)[1]


def _mid_ranks(values: list[Decimal]) -> list[Fraction]:
    """Ranks 1..n, tied values sharing the mean of their ranks."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks: list[Fraction] = [Fraction(0)] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = Fraction(i + j + 2, 2)
        i = j + 1
    return ranks


def _tied_pairs(values: list[Decimal]) -> int:
    counts: dict[Decimal, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return sum(c * (c - 1) // 2 for c in counts.values())


def kendall_tau_b(xs: list[Decimal], ys: list[Decimal]) -> float | None:
    """Kendall's τ-b (ties in either variable corrected; a pair tied in both
    counts in neither); None when one variable is constant."""
    n = len(xs)
    concordant = discordant = 0
    for i in range(n):
        for j in range(i + 1, n):
            s = (xs[i] > xs[j]) - (xs[i] < xs[j])
            t = (ys[i] > ys[j]) - (ys[i] < ys[j])
            if s * t > 0:
                concordant += 1
            elif s * t < 0:
                discordant += 1
    pairs = n * (n - 1) // 2
    denominator = (pairs - _tied_pairs(xs)) * (pairs - _tied_pairs(ys))
    if denominator <= 0:
        return None
    return (concordant - discordant) / math.sqrt(denominator)


def spearman_rho(xs: list[Decimal], ys: list[Decimal]) -> float | None:
    """Spearman's ρ: Pearson's correlation of the mid-ranks (ties corrected);
    None when one variable is constant."""
    rx, ry = _mid_ranks(xs), _mid_ranks(ys)
    n = len(rx)
    mx, my = sum(rx) / n, sum(ry) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if sxx == 0 or syy == 0:
        return None
    return float(sxy) / math.sqrt(sxx * syy)


def _order(xs: list[Decimal], ys: list[Decimal]) -> tuple[float | None, float | None]:
    if len(xs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        return None, None
    return kendall_tau_b(xs, ys), spearman_rho(xs, ys)


def calibrate(ratings: Ratings, thresholds: Thresholds) -> list[JudgeCalibration]:
    """One row per judge (sorted by judge id); see the module text."""
    by_sub: dict[str, dict[str, Decimal]] = {}
    for judge, row in ratings.items():
        for sub, value in row.items():
            by_sub.setdefault(sub, {})[judge] = value
    out: list[JudgeCalibration] = []
    for judge in sorted(ratings):
        row = ratings[judge]
        mine: list[Decimal] = []
        panel: list[Decimal] = []
        for sub in sorted(row):
            others = [v for j, v in by_sub[sub].items() if j != judge]
            if not others:
                continue
            mine.append(row[sub])
            panel.append(_mean(others))
        if not mine:
            out.append(
                JudgeCalibration(judge, len(row), 0, None, None, None, None, None, None, None)
            )
            continue
        mean = _mean(mine)
        panel_mean = _mean(panel)
        difference = _mean([a - b for a, b in zip(mine, panel, strict=True)])
        tau, rho = _order(mine, panel)
        flags: list[str] = []
        if abs(difference) > thresholds.difference:
            flags.append("lenient" if difference > 0 else "severe")
        if tau is not None and len(mine) >= thresholds.min_shared and tau < thresholds.tau:
            flags.append("order")
        out.append(
            JudgeCalibration(
                judge=judge,
                scored=len(row),
                shared=len(mine),
                mean=mean,
                panel_mean=panel_mean,
                difference=difference,
                sd=_sd(mine),
                panel_sd=_sd(panel),
                tau=tau,
                rho=rho,
                flags=tuple(flags),
            )
        )
    return out


def thresholds_for(form: Form) -> Thresholds:
    """The form's ``judges.calibration_threshold`` (difference, on the total's
    scale) and ``judges.order_threshold`` (minimum τ), or the defaults."""
    difference = form.judges.calibration_threshold
    tau = form.judges.order_threshold
    if difference is None:
        low, high = form.total_scale()
        difference = (high - low) * DEFAULT_DIFFERENCE_SHARE
    return Thresholds(difference, DEFAULT_TAU if tau is None else tau)
