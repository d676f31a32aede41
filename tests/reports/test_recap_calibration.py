"""The recap report ends with the judges' calibration: every judge's mean,
the panel's mean, the difference, SD, τ and ρ exactly as
``services.results.calibration`` gives them, and the form's thresholds."""

from __future__ import annotations

from kit.reports import pdf_text

from judgeapp.reports import render_report
from judgeapp.reports.env import fmt_num
from judgeapp.reports.render import build_data
from judgeapp.services import results, setup


def test_recap_prints_each_judges_calibration(mini_event, tmp_path):
    ws, eid = mini_event.ws, mini_event.event_id
    (stage,) = results.calibration(ws, eid)
    assert stage.judges
    out = render_report(ws, "recap", eid, tmp_path / "r.pdf")
    text = pdf_text(out)
    assert "KALIBRASI JURI" in text
    names = {j.id: j.name for j in setup.list_judges(ws, eid)}
    lines = text.splitlines()
    for c in stage.judges:
        if c.mean is None:
            continue
        line = next(ln for ln in lines if ln.startswith(names[c.judge]) and "," in ln)
        assert fmt_num(c.mean, stage.decimals, "id") in line
        assert fmt_num(c.panel_mean, stage.decimals, "id") in line
        assert fmt_num(c.difference, stage.decimals, "id") in line
    assert fmt_num(stage.thresholds.difference, None, "id") in text


def test_recap_calibration_data_and_english(mini_event, tmp_path):
    from judgeapp.reports.common import Params

    ws, eid = mini_event.ws, mini_event.event_id
    data = build_data(ws, Params(kind="recap", event_id=eid))
    (cal,) = data["calibration"]
    (stage,) = results.calibration(ws, eid)
    assert [j["judge"] for j in cal["judges"]] != []
    by_id = {c.judge: c for c in stage.judges}
    for j in cal["judges"]:
        assert j["difference"] == by_id[j["judge"]].difference
        assert j["flags"] == list(by_id[j["judge"]].flags)
    assert cal["flagged"] == sum(1 for c in stage.judges if c.flags)
    out = render_report(ws, "recap", eid, tmp_path / "e.pdf", lang="en")
    text = pdf_text(out)
    assert "JUDGE CALIBRATION" in text and "lenient" in text.split("JUDGE CALIBRATION")[1]
