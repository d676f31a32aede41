"""``score_packed`` (many sheets as integer arrays) gives exactly what
``SheetPlan.score`` gives one sheet at a time, on every shipped form and on
random sheets: missing keys, zeros, unknown keys, any key order, values off
the form's grid (those come back ``None``, to be scored one by one)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judgeapp.domain.scoring import score_packed, sheet_plan
from judgeapp.services.forms import load_form_file

FORMS = sorted((Path(__file__).resolve().parents[2] / "forms").glob("*.yaml"))
PLACES = 6


def _values_for(plan):
    """Per key, the values its scale allows (a sample)."""
    out = {}
    for _a, ind in plan.form.indicators():
        for key, scale in (
            [(it.id, it.scale or ind.scale or plan.form.scale) for it in ind.items]
            if ind.items
            else [(ind.id, ind.scale or plan.form.scale)]
        ):
            if scale.kind == "levels":
                out[key] = [lv.value for lv in scale.levels]
            else:
                step = Decimal(1).scaleb(-scale.decimals)
                lo, hi = scale.min, scale.max
                out[key] = [lo, hi, lo + step, hi - step, (lo + hi) / 2, Decimal(0)]
    return out


@st.composite
def sheets(draw, plan):
    allowed = _values_for(plan)
    keys = list(plan.keys)
    out = []
    for _ in range(draw(st.integers(1, 6))):
        chosen = draw(st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)))
        if draw(st.booleans()):
            chosen = keys  # complete sheets are the common case
        sheet = {}
        for k in chosen:
            v = draw(st.sampled_from(allowed[k]))
            if draw(st.integers(0, 40)) == 0:
                v = v + Decimal("0.000001")  # off the grid
            sheet[k] = v.quantize(Decimal("0.000001")).normalize()
        if draw(st.integers(0, 10)) == 0:
            sheet["not.in.form"] = Decimal(7)
        order = draw(st.permutations(list(sheet)))
        out.append({k: sheet[k] for k in order})
    return out


def _pack(sheet_list):
    layouts, starts, values = [], [], []
    for sheet in sheet_list:
        layouts.append(tuple(sheet))
        starts.append(len(values))
        values.extend(int(v.scaleb(PLACES)) for v in sheet.values())
    return layouts, starts, np.array(values, dtype=np.int64)


@pytest.mark.parametrize("path", FORMS, ids=[p.stem for p in FORMS])
@settings(max_examples=15)
@given(data=st.data())
def test_packed_equals_one_by_one(path, data):
    plan = sheet_plan(load_form_file(path))
    sheet_list = data.draw(sheets(plan))
    layouts, starts, values = _pack(sheet_list)
    got = score_packed(plan, layouts, starts, values, PLACES)
    for sheet, result in zip(sheet_list, got, strict=True):
        off_grid = any(
            plan.units(v) != int(plan.units(v)) for k, v in sheet.items() if k in plan.key_index
        )
        if off_grid:
            assert result is None
            continue
        want = plan.score(sheet)
        assert result is not None
        assert result.numerators == want.numerators
        assert result.total_numerator == want.total_numerator
        assert result.scored_keys == want.scored_keys
        assert result.exact_total == want.exact_total
        assert result.total == want.total


def test_a_sheet_without_layout_is_left_to_the_caller(mini_form):
    plan = sheet_plan(mini_form)
    layouts, starts, values = _pack([{"ekonomi.1": Decimal("8.25")}])
    got = score_packed(plan, [None, *layouts], [0, *starts], values, PLACES)
    assert got[0] is None
    assert got[1] == plan.score({"ekonomi.1": Decimal("8.25")})


def test_fewer_places_than_the_form_needs_scores_nothing(mini_form):
    plan = sheet_plan(mini_form)  # two decimals
    layouts, starts, values = _pack([{"ekonomi.1": Decimal("8.25")}])
    assert score_packed(plan, layouts, starts, values // 10**5, 1) == [None]


def test_numerators_beyond_64_bits_take_the_exact_slow_path(mini_form):
    plan = sheet_plan(mini_form)
    big = {"ekonomi.1": Decimal(9_000_000), "ekonomi.2": Decimal(9_000_000)}
    layouts, starts, values = _pack([big])
    plan_mult = plan.max_mult
    try:
        plan.max_mult = 2**61  # as a form with very long means would have
        (got,) = score_packed(plan, layouts, starts, values, PLACES)
    finally:
        plan.max_mult = plan_mult
    assert got == plan.score(big)
    assert got.total_numerator == plan.score(big).total_numerator
