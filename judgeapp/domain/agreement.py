"""Agreement between judges: Krippendorff's α, intraclass correlations, Kendall's W.

Input is a ratings table: judge id → submission id → value (missing cells
allowed). Every function returns a ``Statistic`` whose ``value`` is ``None``
with a ``reason`` when the statistic is not defined for the data (one judge,
one submission, no variance, no complete case) — never an exception.

* **Krippendorff's α** uses every available value; missing scores are
  allowed; computed in closed form, in O(number of values), for the
  *interval* metric (``interval_alpha``, the one for totals), the *ordinal*
  metric (``ordinal_alpha``: the interval form over the values' cumulative
  mid-ranks, which is exactly Krippendorff's ordinal δ²) and the *nominal*
  metric (``nominal_alpha``); checked against the ``krippendorff`` package in
  the tests.
* **Intraclass correlations**, Shrout & Fleiss (1979), from the ANOVA mean
  squares on the **complete cases** only (the submissions every judge of the
  table scored): ICC(1,1)/(1,k) one-way random (each target rated by its own
  judges), ICC(2,1)/(2,k) two-way random, absolute agreement, ICC(3,1)/(3,k)
  two-way mixed, consistency — ``,1`` for one judge, ``,k`` for the mean of
  the k judges.
* **Kendall's W** over the complete cases, each judge's values turned into
  mid-ranks (``mid_ranks``), with the correction for ties.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import numpy as np

from judgeapp.i18n import t

Ratings = Mapping[str, Mapping[str, Decimal | Fraction | float]]


def _fewer_judges() -> str:
    return t("kurang dari dua juri", "fewer than two judges")


def _fewer_units() -> str:
    return t(
        "kurang dari dua usulan yang dinilai dua juri",
        "fewer than two submissions scored by two judges",
    )


def _fewer_complete() -> str:
    return t(
        "kurang dari dua usulan yang dinilai semua juri",
        "fewer than two submissions scored by every judge",
    )


def _no_variance() -> str:
    return t("nilai tidak bervariasi", "no variance in the scores")


@dataclass(frozen=True)
class Statistic:
    name: str
    value: float | None
    units: int  # submissions used
    judges: int  # judges used
    reason: str = ""  # why value is None


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


def _complete_cases(ratings: Ratings, name: str) -> tuple[np.ndarray, Statistic | None]:
    """The complete-case matrix, and statistic ``name`` without a value when it
    has fewer than two judges or two submissions (None when it can be computed)."""
    _judges, _subs, x = _complete(ratings)
    n, k = x.shape
    if k < 2:
        return x, Statistic(name, None, n, k, _fewer_judges())
    if n < 2:
        return x, Statistic(name, None, n, k, _fewer_complete())
    return x, None


def krippendorff_alpha(ratings: Ratings) -> Statistic:
    """Krippendorff's α, interval metric, missing values allowed."""
    return _alpha(ratings, "interval")


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


def ordinal_alpha(units: list[list[float]]) -> float | None:
    """Krippendorff's α with the ordinal metric.

    Krippendorff's ordinal δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with
    n_g the count of pairable values equal to g, is (R_k − R_c)² for
    R_v = (count of pairable values below v) + n_v / 2. So ordinal α is the
    interval α of the values replaced by R_v.
    """
    pairable = [v for vals in units if len(vals) >= 2 for v in vals]
    if len(pairable) < 2:
        return None
    distinct, counts = np.unique(np.asarray(pairable, dtype=float), return_counts=True)
    below = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rank = dict(zip(distinct.tolist(), (below + counts / 2.0).tolist(), strict=True))
    return interval_alpha([[rank[float(v)] for v in vals] for vals in units if len(vals) >= 2])


def nominal_alpha(units: list[list[object]]) -> float | None:
    """Krippendorff's α with the nominal metric (δ = 0 for equal values, else 1).

    D_o = (1/n) Σ_u (m_u² − Σ_c n_uc²) / (m_u − 1), D_e = (n² − Σ_c n_c²) / (n(n − 1)).
    """
    n = 0
    observed = 0.0
    totals: dict[object, int] = {}
    for values in units:
        m = len(values)
        if m < 2:
            continue
        per: dict[object, int] = {}
        for v in values:
            per[v] = per.get(v, 0) + 1
            totals[v] = totals.get(v, 0) + 1
        observed += (m * m - sum(c * c for c in per.values())) / (m - 1)
        n += m
    if n < 2:
        return None
    d_e = (n * n - sum(c * c for c in totals.values())) / (n * (n - 1))
    if d_e <= 0:
        return None
    return 1.0 - (observed / n) / d_e


def _alpha(ratings: Ratings, metric: str) -> Statistic:
    name = "krippendorff_alpha" if metric == "interval" else f"krippendorff_alpha_{metric}"
    judges = sorted(j for j in ratings if ratings[j])
    subs = sorted({s for j in judges for s in ratings[j]})
    paired = [s for s in subs if sum(1 for j in judges if s in ratings[j]) >= 2]
    if len(judges) < 2:
        return Statistic(name, None, len(subs), len(judges), _fewer_judges())
    if len(paired) < 2:  # with one unit, observed = expected disagreement: α is always 0
        return Statistic(name, None, len(paired), len(judges), _fewer_units())
    if metric == "nominal":
        units = [[ratings[j][s] for j in judges if s in ratings[j]] for s in paired]
        alpha = nominal_alpha(units)  # type: ignore[arg-type]
    else:
        values = [[float(ratings[j][s]) for j in judges if s in ratings[j]] for s in paired]
        alpha = interval_alpha(values) if metric == "interval" else ordinal_alpha(values)
    if alpha is None:
        return Statistic(name, None, len(paired), len(judges), _no_variance())
    return Statistic(name, alpha, len(paired), len(judges))


def krippendorff_alpha_ordinal(ratings: Ratings) -> Statistic:
    """Krippendorff's α, ordinal metric (ranks matter, not distances)."""
    return _alpha(ratings, "ordinal")


def krippendorff_alpha_nominal(ratings: Ratings) -> Statistic:
    """Krippendorff's α, nominal metric (levels such as 0/1 met, not met)."""
    return _alpha(ratings, "nominal")


@dataclass(frozen=True)
class MeanSquares:
    """The ANOVA mean squares of a targets × judges table (Shrout & Fleiss's
    names): BMS between targets, WMS within targets (one-way), JMS between
    judges, EMS residual (two-way)."""

    n: int
    k: int
    bms: float
    wms: float
    jms: float
    ems: float


def mean_squares(x: np.ndarray) -> MeanSquares:
    n, k = x.shape
    grand = x.mean()
    ss_rows = k * float(((x.mean(axis=1) - grand) ** 2).sum())
    ss_cols = n * float(((x.mean(axis=0) - grand) ** 2).sum())
    ss_total = float(((x - grand) ** 2).sum())
    ss_err = ss_total - ss_rows - ss_cols
    return MeanSquares(
        n,
        k,
        ss_rows / (n - 1),
        (ss_total - ss_rows) / (n * (k - 1)),
        ss_cols / (k - 1),
        ss_err / ((n - 1) * (k - 1)),
    )


def _icc_value(ms: MeanSquares, kind: str) -> tuple[float, float]:
    """(numerator, denominator) of one Shrout & Fleiss form."""
    n, k, bms, wms, jms, ems = ms.n, ms.k, ms.bms, ms.wms, ms.jms, ms.ems
    if kind == "1_1":
        return bms - wms, bms + (k - 1) * wms
    if kind == "1_k":
        return bms - wms, bms
    if kind == "2_1":
        return bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n
    if kind == "2_k":
        return bms - ems, bms + (jms - ems) / n
    if kind == "3_1":
        return bms - ems, bms + (k - 1) * ems
    if kind == "3_k":
        return bms - ems, bms
    raise ValueError(f"unknown ICC form {kind!r}")


def _icc(ratings: Ratings, kind: str) -> Statistic:
    name = f"icc{kind}"
    x, short = _complete_cases(ratings, name)
    if short is not None:
        return short
    n, k = x.shape
    num, denom = _icc_value(mean_squares(x), kind)
    if abs(denom) < 1e-12:
        return Statistic(name, None, n, k, _no_variance())
    return Statistic(name, num / denom, n, k)


def _icc_form(kind: str, doc: str) -> Callable[[Ratings], Statistic]:
    """One public ICC statistic: ``_icc`` of one form, named ``icc<form>``."""

    def statistic(ratings: Ratings) -> Statistic:
        return _icc(ratings, kind)

    statistic.__name__ = statistic.__qualname__ = f"icc{kind}"
    statistic.__doc__ = doc
    return statistic


icc1_1 = _icc_form("1_1", "ICC(1,1): one-way random effects, single judge.")
icc1_k = _icc_form("1_k", "ICC(1,k): one-way random effects, the mean of the k judges.")
icc2_1 = _icc_form("2_1", "ICC(2,1): two-way random effects, absolute agreement, single judge.")
icc2_k = _icc_form(
    "2_k", "ICC(2,k): two-way random effects, absolute agreement, the mean of k judges."
)
icc3_1 = _icc_form("3_1", "ICC(3,1): two-way mixed effects, consistency, single judge.")
icc3_k = _icc_form("3_k", "ICC(3,k): two-way mixed effects, consistency, the mean of the k judges.")


def mid_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n with tied values sharing their mean rank (as
    ``scipy.stats.rankdata``'s default, without importing scipy.stats)."""
    v = np.asarray(values, dtype=float)
    order = np.argsort(v, kind="mergesort")
    sv = v[order]
    starts = np.r_[0, np.flatnonzero(sv[1:] != sv[:-1]) + 1]
    ends = np.r_[starts[1:], len(sv)]
    ranks = np.empty(len(v))
    ranks[order] = np.repeat((starts + ends + 1) / 2.0, ends - starts)
    return ranks


def kendall_w(ratings: Ratings) -> Statistic:
    """Kendall's W with the tie correction, over complete cases.

    W = 12 S / (m² (n³ − n) − m Σ T), S = Σ (R_i − m (n + 1) / 2)²,
    T = Σ (t³ − t) over each judge's groups of tied values.
    """
    name = "kendall_w"
    x, short = _complete_cases(ratings, name)
    if short is not None:
        return short
    n, m = x.shape
    ranks = np.column_stack([mid_ranks(x[:, j]) for j in range(m)])
    r_sums = ranks.sum(axis=1)
    s = float(((r_sums - m * (n + 1) / 2.0) ** 2).sum())
    ties = 0.0
    for j in range(m):
        _values, counts = np.unique(x[:, j], return_counts=True)
        ties += float((counts**3 - counts).sum())
    denom = m * m * (n**3 - n) - m * ties
    if denom <= 0:
        return Statistic(name, None, n, m, _no_variance())
    return Statistic(name, 12.0 * s / denom, n, m)


def all_statistics(ratings: Ratings) -> tuple[Statistic, ...]:
    """The four shown for judges' totals: interval α, ICC(2,1), ICC(3,1), W."""
    return (krippendorff_alpha(ratings), icc2_1(ratings), icc3_1(ratings), kendall_w(ratings))


def more_statistics(ratings: Ratings) -> tuple[Statistic, ...]:
    """The other forms: ICC(1,1), ICC(1,k), ICC(2,k), ICC(3,k), ordinal and nominal α."""
    return (
        icc1_1(ratings),
        icc1_k(ratings),
        icc2_k(ratings),
        icc3_k(ratings),
        krippendorff_alpha_ordinal(ratings),
        krippendorff_alpha_nominal(ratings),
    )
