"""Judge calibration from real sheets: the figures the ranking screen and the
recap report show."""

from __future__ import annotations

from decimal import Decimal

import pytest
from kit.judging import mini_values, score_all, setup_event

from judgeapp.services import results


@pytest.fixture
def scored(workspace, tmp_path):
    ev = setup_event(
        workspace, tmp_path, regions=("Kota A", "Kota B", "Kota C", "Kota D"), packaged=0
    )
    ani, budi, citra = ev["judges"]
    # Ani scores every item one point above Budi and Citra on every region
    for i, sub in enumerate(ev["subs"]):
        base = Decimal(6) + Decimal(i) / 2
        score_all(workspace, ev["event"], ani, sub, mini_values(base + 1))
        score_all(workspace, ev["event"], budi, sub, mini_values(base))
        score_all(workspace, ev["event"], citra, sub, mini_values(base))
    return workspace, ev


def test_a_lenient_judge_is_flagged(scored):
    ws, ev = scored
    ani, budi, citra = ev["judges"]
    (stage,) = results.calibration(ws, ev["event"])
    rows = {c.judge: c for c in stage.judges}
    assert rows[ani].difference == Decimal(1)  # every total one point above the others' mean
    assert rows[budi].difference == Decimal("-0.5")  # half a point below (Ani, Citra)
    assert rows[ani].shared == 4 and rows[ani].tau == pytest.approx(1.0)
    # the mini form's total runs 5–10: default threshold 0.5, "above" is strict
    assert stage.thresholds.difference == Decimal("0.5")
    assert rows[ani].flags == ("lenient",)
    assert rows[budi].flags == () and rows[citra].flags == ()
    assert stage.decimals == 4


def test_open_sheets_count_only_when_provisional(scored, workspace):
    ws, ev = scored
    extra = ev["subs"][0]
    from judgeapp.domain.judges import NewJudge
    from judgeapp.services import setup
    from judgeapp.services.judges import add_judge

    dewi = add_judge(ws, ev["event"], NewJudge("Dewi", "TPI"))
    setup.set_assignment(ws, ev["event"], dewi, extra)
    score_all(ws, ev["event"], dewi, extra, mini_values(Decimal(9)), final=False)
    (final,) = results.calibration(ws, ev["event"])
    assert dewi not in {c.judge for c in final.judges}
    (prov,) = results.calibration(ws, ev["event"], provisional=True)
    assert {c.judge: c for c in prov.judges}[dewi].shared == 1
