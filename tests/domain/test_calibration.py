"""Judge calibration against hand-computed figures."""

from __future__ import annotations

import math
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgeapp.domain.calibration import (
    Thresholds,
    calibrate,
    kendall_tau_b,
    spearman_rho,
    thresholds_for,
)

RATINGS = {
    "A": {"s1": D(8), "s2": D(7), "s3": D(9), "s4": D(6)},
    "B": {"s1": D(7), "s2": D(6), "s3": D(8), "s4": D(7)},
    "C": {"s1": D(6), "s2": D(6), "s3": D(7)},
    "D": {"s9": D(5)},  # scored alone: nothing to compare with
}
LIMITS = Thresholds(D("0.5"), D("0.3"))


def _row(judge):
    return {c.judge: c for c in calibrate(RATINGS, LIMITS)}[judge]


def test_lenient_judge_by_hand():
    a = _row("A")
    # panel values (the others' mean): s1 6.5, s2 6, s3 7.5, s4 7
    assert (a.scored, a.shared) == (4, 4)
    assert a.mean == D("7.5") and a.panel_mean == D("6.75")
    assert a.difference == D("0.75")
    assert float(a.sd) == pytest.approx(math.sqrt(1.25))
    assert float(a.panel_sd) == pytest.approx(math.sqrt(0.3125))
    # concordant pairs 4, discordant 2, no ties: τ = 2/6
    assert a.tau == pytest.approx(1 / 3)
    # ranks 3,2,4,1 against 2,1,4,3: Σd² = 6, ρ = 1 − 6·6/(4·15)
    assert a.rho == pytest.approx(0.4)
    assert a.flags == ("lenient",) and a.leaning == "lenient"


def test_severe_judge_with_ties_by_hand():
    c = _row("C")
    # panel values: s1 7.5, s2 6.5, s3 8.5
    assert c.shared == 3
    assert c.difference == (D(19) / 3) - D("7.5")
    assert float(c.difference) == pytest.approx(-7 / 6)
    # one tie in the judge's values: τ-b = 2 / sqrt((3 − 1)(3 − 0))
    assert c.tau == pytest.approx(2 / math.sqrt(6))
    # mid-ranks 1.5, 1.5, 3 against 2, 1, 3: ρ = 1.5 / sqrt(1.5 · 2)
    assert c.rho == pytest.approx(1.5 / math.sqrt(3))
    assert c.flags == ("severe",)


def test_judge_without_shared_submissions():
    d = _row("D")
    assert (d.scored, d.shared) == (1, 0)
    assert d.mean is None and d.difference is None and d.tau is None and d.flags == ()


def test_order_flag_needs_enough_shared_submissions():
    panel = {f"s{i}": D(i) for i in range(6)}
    reverse = {f"s{i}": D(5 - i) + D("0.0") for i in range(6)}
    ratings = {"P": panel, "Q": dict(panel), "R": reverse}
    rows = {c.judge: c for c in calibrate(ratings, Thresholds(D(100), D("0.3")))}
    assert rows["R"].tau == pytest.approx(-1.0)
    assert rows["R"].flags == ("order",)
    assert rows["P"].flags == ()
    few = {j: {s: v for s, v in r.items() if s in ("s0", "s1", "s2")} for j, r in ratings.items()}
    rows = {c.judge: c for c in calibrate(few, Thresholds(D(100), D("0.3")))}
    assert rows["R"].tau == pytest.approx(-1.0) and rows["R"].flags == ()


def test_no_variation_gives_no_order_figures():
    ratings = {"A": {"s1": D(7), "s2": D(7), "s3": D(7)}, "B": {"s1": D(6), "s2": D(8), "s3": D(9)}}
    a = {c.judge: c for c in calibrate(ratings, LIMITS)}["A"]
    assert a.tau is None and a.rho is None
    assert a.sd == 0


def test_thresholds_from_the_form(mini_form):
    t = thresholds_for(mini_form)
    low, high = mini_form.total_scale()
    assert t.difference == (high - low) * D("0.1") and t.tau == D("0.3")
    data = mini_form.model_dump(mode="json")
    data["judges"]["calibration_threshold"] = "0.25"
    data["judges"]["order_threshold"] = "0.5"
    from judgeapp.domain.rubric import parse_form

    form = parse_form(data, source="test")
    assert thresholds_for(form) == Thresholds(D("0.25"), D("0.5"))
    assert form.hash != mini_form.hash
    assert "calibration_threshold" not in mini_form.canonical_json()


_values = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), min_size=3, max_size=25).map(
    lambda pairs: ([D(a) / 2 for a, _ in pairs], [D(b) / 2 for _, b in pairs])
)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(_values)
def test_tau_b_and_rho_equal_scipy_with_ties(xy):
    stats = pytest.importorskip("scipy.stats")
    xs, ys = xy
    a, b = [float(v) for v in xs], [float(v) for v in ys]
    tau, rho = kendall_tau_b(xs, ys), spearman_rho(xs, ys)
    if len(set(xs)) < 2 or len(set(ys)) < 2:
        assert tau is None and rho is None
        return
    assert tau == pytest.approx(float(stats.kendalltau(a, b).statistic), abs=1e-12)
    assert rho == pytest.approx(float(stats.spearmanr(a, b).statistic), abs=1e-12)
