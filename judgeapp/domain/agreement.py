"""Agreement between judges: Krippendorff's α, ICC(2,1), ICC(3,1), Kendall's W.

Input is a ratings table: judge id → submission id → value (missing cells
allowed). Every function returns a ``Statistic`` whose ``value`` is ``None``
with a ``reason`` when the statistic is not defined for the data (one judge,
one submission, no variance, no complete case) — never an exception.

* **Krippendorff's α** (interval metric) uses every available value; missing
  scores are allowed; computed in closed form (``interval_alpha``) and checked
  against the ``krippendorff`` package in the tests.
* **ICC(2,1)** (two-way random, absolute agreement, single rater) and
  **ICC(3,1)** (two-way mixed, consistency, single rater), Shrout & Fleiss
  (1979), computed with numpy from the two-way ANOVA mean squares on the
  **complete cases** only: the submissions every judge of the table scored.
* **Kendall's W** over the complete cases, each judge's values turned into
  mid-ranks (``scipy.stats.rankdata``), with the correction for ties.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

Ratings = Mapping[str, Mapping[str, Decimal | float]]


@dataclass(frozen=True)
class Statistic:
    name: str
    value: float | None
    units: int  # submissions used
    judges: int  # judges used
    reason: str = ""  # why value is None

    @property
    def defined(self) -> bool:
        return self.value is not None


def _complete(ratings: Ratings) -> tuple[list[str], list[str], np.ndarray]:
    """(judges, submissions, matrix submissions × judges) over complete cases."""
    judges = sorted(j for j in ratings if ratings[j])
    if not judges:
        return [], [], np.empty((0, 0))
    common = set(ratings[judges[0]])
    for j in judges[1:]:
        common &= set(ratings[j])
    subs = sorted(common)
    matrix = np.array([[float(ratings[j][s]) for j in judges] for s in subs], dtype=float)
    return judges, subs, matrix.reshape(len(subs), len(judges))


def krippendorff_alpha(ratings: Ratings) -> Statistic:
    """Krippendorff's α, interval metric, missing values allowed."""
    name = "krippendorff_alpha"
    judges = sorted(j for j in ratings if ratings[j])
    subs = sorted({s for j in judges for s in ratings[j]})
    paired = [s for s in subs if sum(1 for j in judges if s in ratings[j]) >= 2]
    if len(judges) < 2:
        return Statistic(name, None, len(subs), len(judges), "fewer than two judges")
    if len(paired) < 2:  # with one unit, observed = expected disagreement: α is always 0
        return Statistic(
            name, None, len(paired), len(judges), "fewer than two submissions scored by two judges"
        )
    alpha = interval_alpha(
        [[float(ratings[j][s]) for j in judges if s in ratings[j]] for s in paired]
    )
    if alpha is None:
        return Statistic(name, None, len(paired), len(judges), "no variance in the scores")
    return Statistic(name, alpha, len(paired), len(judges))


def interval_alpha(units: list[list[float]]) -> float | None:
    """Krippendorff's α with the interval metric, in O(number of values).

    ``units`` holds, per submission, the values of the judges who scored it;
    only units with two or more values are pairable. With n pairable values,

        D_o = (1/n) Σ_u Σ_{i≠j in u} (v_i − v_j)² / (m_u − 1)
        D_e = 1/(n(n−1)) Σ_{i≠j over all pairable values} (v_i − v_j)²

    and Σ_{i≠j} (v_i − v_j)² = 2 (m Σv² − (Σv)²), so no coincidence matrix of
    distinct values is built (the ``krippendorff`` package builds one, whose
    size grows with the square of the distinct totals: gigabytes for a
    national event). Agrees with that package to 1e-9 (tested).
    """
    n = 0
    observed = 0.0
    total_sum = 0.0
    total_sq = 0.0
    for values in units:
        m = len(values)
        if m < 2:
            continue
        arr = np.asarray(values, dtype=float)
        s1 = float(arr.sum())
        s2 = float(np.dot(arr, arr))
        observed += 2.0 * (m * s2 - s1 * s1) / (m - 1)
        n += m
        total_sum += s1
        total_sq += s2
    if n < 2:
        return None
    d_o = observed / n
    d_e = 2.0 * (n * total_sq - total_sum * total_sum) / (n * (n - 1))
    if d_e <= 1e-12 * max(1.0, total_sq):
        return None
    alpha = 1.0 - d_o / d_e
    return alpha if np.isfinite(alpha) else None


def _mean_squares(x: np.ndarray) -> tuple[float, float, float]:
    """(MSR rows/targets, MSC columns/judges, MSE residual) of a two-way table."""
    n, k = x.shape
    grand = x.mean()
    ss_rows = k * float(((x.mean(axis=1) - grand) ** 2).sum())
    ss_cols = n * float(((x.mean(axis=0) - grand) ** 2).sum())
    ss_total = float(((x - grand) ** 2).sum())
    ss_err = ss_total - ss_rows - ss_cols
    return ss_rows / (n - 1), ss_cols / (k - 1), ss_err / ((n - 1) * (k - 1))


def _icc(ratings: Ratings, kind: str) -> Statistic:
    name = f"icc{kind}"
    judges, subs, x = _complete(ratings)
    n, k = len(subs), len(judges)
    if k < 2:
        return Statistic(name, None, n, k, "fewer than two judges")
    if n < 2:
        return Statistic(name, None, n, k, "fewer than two submissions scored by every judge")
    msr, msc, mse = _mean_squares(x)
    if kind == "2_1":
        denom = msr + (k - 1) * mse + k * (msc - mse) / n
    else:
        denom = msr + (k - 1) * mse
    if abs(denom) < 1e-12:
        return Statistic(name, None, n, k, "no variance in the scores")
    return Statistic(name, (msr - mse) / denom, n, k)


def icc2_1(ratings: Ratings) -> Statistic:
    """ICC(2,1): two-way random effects, absolute agreement, single judge."""
    return _icc(ratings, "2_1")


def icc3_1(ratings: Ratings) -> Statistic:
    """ICC(3,1): two-way mixed effects, consistency, single judge."""
    return _icc(ratings, "3_1")


def kendall_w(ratings: Ratings) -> Statistic:
    """Kendall's W with the tie correction, over complete cases.

    W = 12 S / (m² (n³ − n) − m Σ T), S = Σ (R_i − m (n + 1) / 2)²,
    T = Σ (t³ − t) over each judge's groups of tied values.
    """
    from scipy.stats import rankdata

    name = "kendall_w"
    judges, subs, x = _complete(ratings)
    n, m = len(subs), len(judges)
    if m < 2:
        return Statistic(name, None, n, m, "fewer than two judges")
    if n < 2:
        return Statistic(name, None, n, m, "fewer than two submissions scored by every judge")
    ranks = np.column_stack([rankdata(x[:, j]) for j in range(m)])
    r_sums = ranks.sum(axis=1)
    s = float(((r_sums - m * (n + 1) / 2.0) ** 2).sum())
    ties = 0.0
    for j in range(m):
        _values, counts = np.unique(x[:, j], return_counts=True)
        ties += float((counts**3 - counts).sum())
    denom = m * m * (n**3 - n) - m * ties
    if denom <= 0:
        return Statistic(name, None, n, m, "no variance in the scores")
    return Statistic(name, 12.0 * s / denom, n, m)


def all_statistics(ratings: Ratings) -> tuple[Statistic, ...]:
    return (krippendorff_alpha(ratings), icc2_1(ratings), icc3_1(ratings), kendall_w(ratings))
