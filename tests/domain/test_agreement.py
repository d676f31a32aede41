"""Agreement statistics against published and hand-worked examples."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgeapp.domain.agreement import (
    all_statistics,
    icc1_1,
    icc1_k,
    icc2_1,
    icc2_k,
    icc3_1,
    icc3_k,
    kendall_w,
    krippendorff_alpha,
    krippendorff_alpha_nominal,
    krippendorff_alpha_ordinal,
    mid_ranks,
    more_statistics,
)
from judgeapp.i18n import set_language


def table(rows: list[list[float | None]]) -> dict[str, dict[str, float]]:
    """rows = submissions, columns = judges → judge → submission → value."""
    out: dict[str, dict[str, float]] = {}
    for i, row in enumerate(rows):
        for k, v in enumerate(row):
            out.setdefault(f"j{k}", {})
            if v is not None:
                out[f"j{k}"][f"s{i:02}"] = v
    return out


# Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing
# rater reliability. Psychological Bulletin 86(2), 420–428 — Table 1's six targets
# rated by four judges; Table 2 reports ICC(1,1) = .17, ICC(2,1) = .29,
# ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91.
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]


def test_icc_shrout_fleiss_table():
    r = table(SHROUT_FLEISS)
    assert round(icc2_1(r).value, 2) == 0.29
    assert round(icc3_1(r).value, 2) == 0.71
    assert icc2_1(r).units == 6 and icc2_1(r).judges == 4


def test_every_icc_form_equals_shrout_fleiss_table_2():
    """All six published values, to 3 decimals: the mean squares of Table 1
    (BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02) put into each form."""
    r = table(SHROUT_FLEISS)
    got = {
        f.__name__: round(f(r).value, 3) for f in (icc1_1, icc2_1, icc3_1, icc1_k, icc2_k, icc3_k)
    }
    assert got == {
        "icc1_1": 0.166,  # published .17
        "icc2_1": 0.290,  # .29
        "icc3_1": 0.715,  # .71
        "icc1_k": 0.443,  # .44
        "icc2_k": 0.620,  # .62
        "icc3_k": 0.909,  # .91
    }
    published = {"icc1_1": 0.17, "icc2_1": 0.29, "icc3_1": 0.71, "icc1_k": 0.44}
    published |= {"icc2_k": 0.62, "icc3_k": 0.91}
    assert {k: round(v, 2) for k, v in got.items()} == published


def test_icc_uses_complete_cases_only():
    rows = [list(map(float, r)) for r in SHROUT_FLEISS] + [[5.0, None, None, 1.0]]
    r = table(rows)
    assert icc3_1(r).units == 6
    assert round(icc3_1(r).value, 2) == 0.71


# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability (Annenberg
# School for Communication, University of Pennsylvania), the example with four
# observers, twelve units and missing values: α nominal = 0.743, interval = 0.849.
KRIPPENDORFF_2011 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}


def test_krippendorff_alpha_interval_with_missing():
    r = {
        obs: {f"u{i:02}": v for i, v in enumerate(vals) if v is not None}
        for obs, vals in KRIPPENDORFF_2011.items()
    }
    stat = krippendorff_alpha(r)
    assert round(stat.value, 3) == 0.849
    # unit 12 was coded by one observer only and does not count
    assert stat.units == 11 and stat.judges == 4


def test_krippendorff_2011_nominal_and_ordinal():
    """The same reliability data: α nominal = 0.743, ordinal = 0.815 (published)."""
    r = {
        obs: {f"u{i:02}": v for i, v in enumerate(vals) if v is not None}
        for obs, vals in KRIPPENDORFF_2011.items()
    }
    assert round(krippendorff_alpha_nominal(r).value, 3) == 0.743
    assert round(krippendorff_alpha_ordinal(r).value, 3) == 0.815
    assert krippendorff_alpha_ordinal(r).units == 11


# Kendall's W without ties: four raters rank eight strawberry samples (worked
# example on the InfluentialPoints statistics course page "Kendall's coefficient
# of concordance"): rank sums 31 12 12 15 22 5 22 25, SS = 500,
# W = 500 / (16 · 504 / 12) = 0.744.
STRAWBERRIES = {
    "A": [8, 4, 2, 3, 5, 1, 6, 7],
    "B": [7, 3, 1, 4, 5, 2, 6, 8],
    "C": [8, 2, 5, 6, 7, 1, 4, 3],
    "D": [8, 3, 4, 2, 5, 1, 6, 7],
}


def test_kendall_w_without_ties():
    r = {k: {f"f{i}": v for i, v in enumerate(vals)} for k, vals in STRAWBERRIES.items()}
    assert kendall_w(r).value == pytest.approx(500 / 672)


def test_kendall_w_with_ties_hand_worked():
    # Three judges, four submissions (worked by hand):
    #   J1 scores 9 8 8 6 → mid-ranks 4 2.5 2.5 1   (one pair tied: t³−t = 6)
    #   J2 scores 7 7 5 4 → mid-ranks 3.5 3.5 2 1   (one pair tied: 6)
    #   J3 scores 9 6 8 5 → ranks     4 2 3 1
    # R = 11.5 8 7.5 3, mean m(n+1)/2 = 7.5, S = 16 + 0.25 + 0 + 20.25 = 36.5
    # W = 12·36.5 / (3²·(4³−4) − 3·12) = 438 / 504 = 73/84
    r = {
        "J1": {"a": 9, "b": 8, "c": 8, "d": 6},
        "J2": {"a": 7, "b": 7, "c": 5, "d": 4},
        "J3": {"a": 9, "b": 6, "c": 8, "d": 5},
    }
    assert kendall_w(r).value == pytest.approx(73 / 84)


def test_perfect_agreement():
    r = {"a": {"x": 6, "y": 7, "z": 9}, "b": {"x": 6, "y": 7, "z": 9}}
    assert kendall_w(r).value == pytest.approx(1.0)
    assert icc2_1(r).value == pytest.approx(1.0)
    assert krippendorff_alpha(r).value == pytest.approx(1.0)


def test_decimal_input():
    r = {"a": {"x": D("6.25"), "y": D("7.5")}, "b": {"x": D("6.5"), "y": D("7.75")}}
    assert icc3_1(r).value == pytest.approx(1.0)


@pytest.mark.parametrize(
    "ratings, reason",
    [
        ({"a": {"x": 6, "y": 7}}, "fewer than two judges"),
        ({}, "fewer than two judges"),
        ({"a": {"x": 6}, "b": {"x": 7}}, "fewer than two submissions"),
        ({"a": {"x": 6}, "b": {"y": 7}}, "fewer than two submissions"),
        ({"a": {"x": 7, "y": 7}, "b": {"x": 7, "y": 7}}, "no variance"),
    ],
)
def test_degenerate_inputs_give_none_with_reason(ratings, reason):
    set_language("en")
    for stat in (*all_statistics(ratings), *more_statistics(ratings)):
        assert stat.value is None, stat
        assert stat.reason
    icc = icc2_1(ratings)
    assert reason in icc.reason


def test_alpha_degenerate_reasons():
    set_language("en")
    assert "two judges" in krippendorff_alpha({"a": {"x": 1}, "b": {"y": 2}}).reason
    assert "two submissions" in krippendorff_alpha({"a": {"x": 1}, "b": {"x": 2}}).reason
    flat = {"a": {"x": 1, "y": 1}, "b": {"x": 1, "y": 1}}
    assert "variance" in krippendorff_alpha(flat).reason


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.one_of(st.none(), st.integers(50, 100)), min_size=4, max_size=4),
        min_size=3,
        max_size=12,
    )
)
def test_closed_form_alpha_equals_the_krippendorff_package(rows):
    """The O(n) interval α agrees with the reference package (missing allowed)."""
    import krippendorff
    import numpy as np

    judges = ["a", "b", "c", "d"]
    ratings = {
        j: {f"s{u}": D(row[k]) / 10 for u, row in enumerate(rows) if row[k] is not None}
        for k, j in enumerate(judges)
    }
    ours = krippendorff_alpha(ratings)
    pairable = [row for row in rows if sum(v is not None for v in row) >= 2]
    values = [v for row in pairable for v in row if v is not None]
    if len(pairable) < 2 or len(set(values)) < 2:
        assert ours.value is None
        return
    data = np.array(
        [[np.nan if row[k] is None else row[k] / 10 for row in pairable] for k in range(4)]
    )
    reference = krippendorff.alpha(reliability_data=data, level_of_measurement="interval")
    assert ours.value == pytest.approx(float(reference), abs=1e-9)


def test_reasons_in_indonesian_by_default():
    assert krippendorff_alpha({"a": {"x": 1}}).reason == "kurang dari dua juri"


LEVELS = st.lists(
    st.lists(st.one_of(st.none(), st.integers(1, 5)), min_size=4, max_size=4),
    min_size=3,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(LEVELS, st.sampled_from(["ordinal", "nominal"]))
def test_ordinal_and_nominal_alpha_equal_the_krippendorff_package(rows, level):
    import krippendorff
    import numpy as np

    judges = ["a", "b", "c", "d"]
    ratings = {
        j: {f"s{u}": row[k] for u, row in enumerate(rows) if row[k] is not None}
        for k, j in enumerate(judges)
    }
    ours = (krippendorff_alpha_ordinal if level == "ordinal" else krippendorff_alpha_nominal)(
        ratings
    )
    pairable = [row for row in rows if sum(v is not None for v in row) >= 2]
    values = [v for row in pairable for v in row if v is not None]
    if len(pairable) < 2 or len(set(values)) < 2:
        assert ours.value is None
        return
    data = np.array([[np.nan if row[k] is None else row[k] for row in pairable] for k in range(4)])
    reference = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
    assert ours.value == pytest.approx(float(reference), abs=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=1, max_size=30))
def test_mid_ranks_equal_scipy_rankdata(values):
    import numpy as np
    from scipy.stats import rankdata

    assert np.array_equal(mid_ranks(np.array(values)), rankdata(values))
