"""Combining judges: rules, z-scores, disagreement, moderation inside a panel."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgeapp.domain.panel import (
    RULES,
    combine,
    combine_detail,
    combine_panel,
    measure_spread,
    spread_of,
    threshold_for,
    zscore_combine,
)
from judgeapp.domain.rubric import parse_form
from judgeapp.domain.scoring import score_sheet


def ds(*xs: str) -> list[D]:
    return [D(x) for x in xs]


# ---- rules ------------------------------------------------------------------------


def test_median_odd_and_even():
    assert combine(ds("7", "9", "8"), "median") == D("8")
    # even count: mean of the two middle values ("nilai tengah")
    assert combine(ds("6", "9", "7", "8"), "median") == D("7.5")
    assert combine(ds("8.25", "8.75"), "median") == D("8.5")


def test_mean():
    assert combine(ds("6", "7", "8", "10"), "mean") == D("7.75")


def test_trimmed_mean_drops_high_and_low():
    detail = combine_detail(ds("5", "8", "8.5", "9", "10"), "trimmed_mean", trim=1)
    assert detail.value == D("8.5")
    assert detail.dropped == (D("5"), D("10"))
    assert combine(ds("1", "2", "8", "9", "10", "3"), "trimmed_mean", trim=2) == D("5.5")


def test_trimmed_mean_with_too_few_judges_is_plain_mean():
    detail = combine_detail(ds("6", "9"), "trimmed_mean", trim=1)
    assert detail.value == D("7.5")
    assert "too few" in detail.note
    assert combine(ds("6", "8", "10", "7"), "trimmed_mean", trim=2) == D("7.75")


def test_ijru_by_panel_size():
    assert combine(ds("7"), "ijru") == D("7")
    assert combine(ds("6", "9"), "ijru") == D("7.5")
    # three: mean of the two closest
    assert combine(ds("6", "8.5", "9"), "ijru") == D("8.75")
    assert combine(ds("6", "6.5", "9"), "ijru") == D("6.25")
    # equal gaps: the middle value
    detail = combine_detail(ds("6", "7", "8"), "ijru")
    assert detail.value == D("7") and "equal gaps" in detail.note
    # four or more: drop one high, one low
    assert combine(ds("5", "7", "8", "10"), "ijru") == D("7.5")


def test_empty_and_unknown_rule():
    assert combine([], "median") is None
    with pytest.raises(ValueError):
        combine(ds("1"), "mode")


# ---- properties ---------------------------------------------------------------------

score = st.decimals(min_value=5, max_value=10, places=2, allow_nan=False, allow_infinity=False)
panel = st.lists(score, min_size=1, max_size=9)


@settings(max_examples=200, deadline=None)
@given(panel, st.sampled_from(RULES), st.randoms(use_true_random=False))
def test_permutation_never_changes_result(values, rule, rnd):
    shuffled = list(values)
    rnd.shuffle(shuffled)
    assert combine(values, rule) == combine(shuffled, rule)


@settings(max_examples=200, deadline=None)
@given(panel, st.sampled_from(("median", "mean", "trimmed_mean")), st.data())
def test_raising_one_judge_never_lowers(values, rule, data):
    i = data.draw(st.integers(0, len(values) - 1))
    higher = data.draw(st.decimals(min_value=values[i], max_value=10, places=2))
    raised = list(values)
    raised[i] = higher
    assert combine(raised, rule) >= combine(values, rule)


@settings(max_examples=200, deadline=None)
@given(panel, st.sampled_from(RULES))
def test_result_within_judges_and_scale(values, rule):
    value = combine(values, rule)
    assert min(values) <= value <= max(values)
    assert D(5) <= value <= D(10)


# ---- spread ---------------------------------------------------------------------------


def test_spread_and_flag():
    rng, sd = spread_of(ds("6", "8", "10"))
    assert rng == D("4")
    # population SD of 6, 8, 10: sqrt(8/3)
    assert abs(float(sd) - (8 / 3) ** 0.5) < 1e-12
    assert spread_of(ds("7")) == (None, None)
    s = measure_spread("total", {"a": D("6"), "b": D("7.5")}, D("1.5"))
    assert not s.flagged  # equal to the threshold is not above it
    s = measure_spread("total", {"a": D("6"), "b": D("7.51")}, D("1.5"))
    assert s.flagged and s.range == D("1.51")


def test_threshold_from_form_or_default(mini_form):
    assert threshold_for(mini_form) == D("1.5")
    data = mini_form.model_dump(mode="json")
    data["judges"] = {"rule": "median"}
    form = parse_form(data)
    # default: 20 % of the 5–10 scale
    assert threshold_for(form) == D("1.0")
    assert threshold_for(form, "ekonomi") == D("1.0")


# ---- a whole panel ----------------------------------------------------------------------


def sheet(form, values: dict[str, str]):
    return score_sheet(form, {k: D(v) for k, v in values.items()})


def full(form, value: str):
    return sheet(form, {k: value for k in form.score_keys()})


def test_panel_median_of_totals(mini_form):
    sheets = {"a": full(mini_form, "6"), "b": full(mini_form, "8"), "c": full(mini_form, "9.5")}
    res = combine_panel(mini_form, sheets)
    assert res.rule == "median"
    assert res.total == D("8.0000")
    assert res.judges == ("a", "b", "c")
    assert res.indicators["ekonomi"] == D("8")
    assert res.total_spread.range == D("3.5") and res.total_spread.flagged
    assert {s.target for s in res.flagged} == {"ekonomi", "kemiskinan", "output", "total"}
    assert combine_panel(mini_form, sheets, "mean").total == D("7.8333")


def test_panel_skips_empty_sheets(mini_form):
    sheets = {"a": full(mini_form, "7"), "b": sheet(mini_form, {})}
    res = combine_panel(mini_form, sheets)
    assert res.judges == ("a",)
    assert res.total == D("7.0000")


def test_panel_moderated_indicator_recomputes_judges_totals(mini_form):
    a = sheet(mini_form, {"ekonomi.1": "6", "ekonomi.2": "6", "kemiskinan.1": "8"} | out("8"))
    b = sheet(mini_form, {"ekonomi.1": "10", "ekonomi.2": "10", "kemiskinan.1": "8"} | out("8"))
    plain = combine_panel(mini_form, {"a": a, "b": b})
    # ekonomi weighs 40 %: totals 7.2 and 8.8 → median 8.0
    assert plain.total == D("8.0000")
    res = combine_panel(mini_form, {"a": a, "b": b}, moderation={"ekonomi": D("9")})
    # both judges' ekonomi becomes 9: 0.4·9 + 0.2·8 + 0.4·8 = 8.4 for each
    assert res.total == D("8.4000")
    assert res.original_total == D("8.0000")
    assert res.moderated == ("ekonomi",)
    assert res.indicators["ekonomi"] == D("9")
    assert res.judge_totals == {"a": D("7.2000"), "b": D("8.8000")}  # originals kept


def test_panel_moderated_total(mini_form):
    sheets = {"a": full(mini_form, "6"), "b": full(mini_form, "9")}
    res = combine_panel(mini_form, sheets, moderation={"total": D("8.1")})
    assert res.total == D("8.1000") and res.original_total == D("7.5000")
    assert res.moderated == ("total",)


def out(v: str) -> dict[str, str]:
    return {"output.1": v, "output.2": v}


# ---- z-scores ----------------------------------------------------------------------------


def test_zscore_removes_judge_leniency():
    # judge b is 2 points more lenient than judge a on every submission: after
    # standardising, the two judges agree exactly and the order is x < y < z.
    scores = {
        "a": {"x": D("6"), "y": D("7"), "z": D("8")},
        "b": {"x": D("8"), "y": D("9"), "z": D("10")},
    }
    out_ = zscore_combine(scores, D(5), D(10), decimals=4)
    assert out_["x"] < out_["y"] < out_["z"]
    # the middle submission lands on the pooled mean (8)
    assert out_["y"] == D("8.0000")


def test_zscore_degenerate_judges_and_clamp():
    scores = {
        "a": {"x": D("7")},  # one submission: z = 0
        "b": {"x": D("5"), "y": D("5")},  # no variance: z = 0
    }
    out_ = zscore_combine(scores, D(5), D(10))
    assert out_["x"] == out_["y"]
    assert zscore_combine({}, D(5), D(10)) == {}
    wide = {"a": {"x": D("0"), "y": D("10"), "z": D("10"), "w": D("10")}}
    clamped = zscore_combine(wide, D(5), D(10))
    assert min(clamped.values()) >= D(5) and max(clamped.values()) <= D(10)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["j1", "j2", "j3", "j4"]),
        st.dictionaries(st.sampled_from(["s1", "s2", "s3", "s4", "s5"]), score, min_size=1),
        min_size=1,
    )
)
def test_zscore_within_scale_and_order_free(scores):
    a = zscore_combine(scores, D(5), D(10))
    b = zscore_combine(dict(reversed(list(scores.items()))), D(5), D(10))
    assert a == b
    assert all(D(5) <= v <= D(10) for v in a.values())


# ---- the prepared form scores exactly like score_sheet ------------------------------------


def shipped_and_mini_forms(mini_form):
    import contextlib

    from judgeapp.domain.rubric import FormError
    from judgeapp.resources import forms_dir
    from judgeapp.services.forms import load_form_file

    forms = [mini_form]
    for path in sorted(forms_dir().glob("*.yaml")):
        with contextlib.suppress(FormError):  # a form being edited is checked elsewhere
            forms.append(load_form_file(path))
    return forms


def test_plan_scores_exactly_like_score_sheet(mini_form):
    import random

    from judgeapp.domain.panel import plan_for

    rnd = random.Random(3)
    for form in shipped_and_mini_forms(mini_form):
        plan = plan_for(form)
        assert plan_for(form) is plan
        keys = form.score_keys()
        for _ in range(40):
            scores = {}
            for key in keys:
                if rnd.random() < 0.2:
                    continue  # unscored
                _a, ind, item = form.target(key)
                scale = form.scale_of(ind, item)
                if scale.kind == "levels":
                    scores[key] = rnd.choice([lv.value for lv in scale.levels])
                else:
                    step = D(1).scaleb(-scale.decimals)
                    n = int((scale.high - scale.low) / step)
                    scores[key] = scale.low + step * rnd.randint(0, n)
            assert plan.score(scores) == score_sheet(form, scores), form.id
        assert plan.score({}) == score_sheet(form, {})


# ---- properties of a whole panel --------------------------------------------------------------


def _mini():
    from pathlib import Path

    from judgeapp.services.forms import load_form_file

    return load_form_file(Path(__file__).resolve().parents[1] / "data" / "mini-form.yaml")


MINI = _mini()
MINI_KEYS = MINI.score_keys()
sheet_scores = st.fixed_dictionaries({k: score for k in MINI_KEYS})


@settings(max_examples=80, deadline=None)
@given(
    st.lists(sheet_scores, min_size=1, max_size=6),
    st.sampled_from(("median", "mean", "trimmed_mean")),
    st.data(),
)
def test_panel_raising_one_item_never_lowers_total(panel_scores, rule, data):
    sheets = {f"j{i}": score_sheet(MINI, s) for i, s in enumerate(panel_scores)}
    before = combine_panel(MINI, sheets, rule)
    j = data.draw(st.integers(0, len(panel_scores) - 1))
    key = data.draw(st.sampled_from(MINI_KEYS))
    raised = dict(panel_scores[j])
    raised[key] = data.draw(st.decimals(min_value=raised[key], max_value=10, places=2))
    after = combine_panel(MINI, {**sheets, f"j{j}": score_sheet(MINI, raised)}, rule)
    assert after.total >= before.total
    low, high = MINI.total_scale()
    assert low <= after.total <= high


@settings(max_examples=80, deadline=None)
@given(
    st.lists(sheet_scores, min_size=1, max_size=6),
    st.sampled_from(RULES),
    st.randoms(use_true_random=False),
)
def test_panel_judge_permutation_never_changes_result(panel_scores, rule, rnd):
    results_ = [score_sheet(MINI, s) for s in panel_scores]
    names = [f"j{i}" for i in range(len(results_))]
    shuffled = list(names)
    rnd.shuffle(shuffled)
    a = combine_panel(MINI, dict(zip(names, results_, strict=True)), rule)
    b = combine_panel(MINI, dict(zip(shuffled, results_, strict=True)), rule)
    assert a.total == b.total
    assert a.indicators == b.indicators and a.aspects == b.aspects
