"""Results on a real workspace: ranking, provisional view, conflicts, versions,
moderation, multi-stage weighting, sensitivity, agreement and disagreements."""

from __future__ import annotations

import uuid
from decimal import Decimal as D

import pytest

from judgeapp.domain.ids import SheetPlace
from judgeapp.domain.panel import combine
from judgeapp.domain.rubric import parse_form
from judgeapp.domain.scoring import quantize, score_sheet
from judgeapp.services import results
from judgeapp.services.moderation import record_moderation
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import now
from judgeapp.store.forms import pin_form

# ---- building an event through the store --------------------------------------------


def stage_form(form, stage: str, **changes):
    data = form.model_dump(mode="json")
    data.update(stage=stage, id=f"mini-{stage}", **changes)
    return parse_form(data)


def make_event(ws, form, stages=(("tahap2", 100),), settings=None, **form_changes) -> str:
    specs = []
    for stage, weight in stages:
        digest = pin_form(ws, stage_form(form, stage, **form_changes))
        specs.append(store_events.StageSpec(stage, stage.title(), digest, D(weight)))
    eid = store_events.create_event(
        ws, "PPD Uji", "ppd", specs, store_events.EventOptions(settings=settings)
    )
    for j in ("a", "b", "c"):
        store_events.add_judge(ws, eid, f"Juri {j.upper()}", judge_id=j)
    return eid


def add_sub(ws, eid: str, name: str, kind: str = "kota") -> str:
    rid = store_events.upsert_region(ws, name, kind, "Jawa Barat")
    sid = uuid.uuid4().hex[:10]
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (sid, eid, rid, kind, name, now()),
        )
    return sid


def score(ws, eid, judge, sub, values, stage="tahap2", final=True) -> str:
    event = store_events.get_event(ws, eid)
    st = event.stage(stage)
    sheet = store_sheets.ensure_sheet(ws, SheetPlace(eid, st.id, judge, sub), st.form_hash)
    if isinstance(values, str):
        values = dict.fromkeys(
            ("ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2"), values
        )
    for key, value in values.items():
        store_sheets.set_score(ws, sheet, key, D(value), "test")
    if final:
        store_sheets.set_status(ws, sheet, "final", judge)
    return sheet


@pytest.fixture
def event(workspace, mini_form):
    ws = workspace
    eid = make_event(ws, mini_form)
    subs = {
        "alpha": add_sub(ws, eid, "Kota Alpha"),
        "beta": add_sub(ws, eid, "Kota Beta"),
        "gamma": add_sub(ws, eid, "Kota Gamma"),
        "delta": add_sub(ws, eid, "Kabupaten Delta", "kabupaten"),
    }
    plan = {
        "alpha": ("6", "9", "9"),  # median 9, mean 8
        "beta": ("8.5", "8.5", "8.5"),  # median 8.5, mean 8.5
        "gamma": ("7", "7.5", "8"),
        "delta": ("7", "8", "9"),
    }
    for name, values in plan.items():
        for judge, value in zip("abc", values, strict=True):
            score(ws, eid, judge, subs[name], value)
    return ws, eid, subs


# ---- ranking ------------------------------------------------------------------------------


def test_rank_per_category_with_median(event):
    ws, eid, subs = event
    ranking = results.rank(ws, eid)
    assert not ranking.provisional and ranking.decimals == 4
    assert ranking.categories() == ["kabupaten", "kota"]
    kota = [(r.region, r.rank, r.score) for r in ranking.rows_in("kota")]
    assert kota == [
        ("Kota Alpha", 1, D("9.0000")),
        ("Kota Beta", 2, D("8.5000")),
        ("Kota Gamma", 3, D("7.5000")),
    ]
    alpha = ranking.row(subs["alpha"])
    assert alpha.judges == 3 and alpha.stage_scores == {"tahap2": D("9.0000")}
    assert alpha.flagged > 0  # 6 vs 9 is beyond the 1.5 threshold
    assert ranking.row(subs["delta"]).rank == 1


def test_rank_equals_domain_engine(event, mini_form):
    ws, eid, subs = event
    ranking = results.rank(ws, eid, rule="mean")
    event_ = store_events.get_event(ws, eid)
    for row in ranking.rows:
        totals = []
        for sheet in store_sheets.stage_scores(ws, eid, "tahap2"):
            if sheet.submission_id == row.submission:
                totals.append(score_sheet(mini_form, sheet.scores).exact_total)
        assert row.exact == combine(totals, "mean"), row.region
        assert row.score == quantize(combine(totals, "mean"), 4), row.region
    assert event_.stages[0].id == "tahap2"


def test_open_sheets_only_in_provisional_view(event):
    ws, eid, subs = event
    epsilon = add_sub(ws, eid, "Kota Epsilon")
    score(ws, eid, "a", epsilon, "10", final=False)
    ranking = results.rank(ws, eid)
    row = ranking.row(epsilon)
    assert row.rank is None and row.score is None and row.reason
    prov = results.rank(ws, eid, provisional=True)
    assert prov.provisional and all(r.provisional for r in prov.rows)
    assert prov.row(epsilon).rank == 1 and prov.row(epsilon).score == D("10.0000")


def test_conflicted_judge_never_counts(event):
    ws, eid, subs = event
    region = store_submissions.get_submission(ws, subs["alpha"]).region_id
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO conflicts(event_id, judge_id, region_id, declared_at) VALUES (?,?,?,?)",
            (eid, "a", region, now()),
        )
    row = results.rank(ws, eid).row(subs["alpha"])
    assert row.judges == 2 and row.score == D("9.0000")
    assert results.rank(ws, eid, rule="mean").row(subs["alpha"]).score == D("9.0000")


def test_sheets_of_an_older_version_count_for_the_current(event):
    ws, eid, subs = event
    old = subs["gamma"]
    new = uuid.uuid4().hex[:10]
    region = store_submissions.get_submission(ws, old).region_id
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO submissions(id, event_id, region_id, category, title, version,"
            " imported_at) VALUES (?, ?, ?, 'kota', 'v2', 2, ?)",
            (new, eid, region, now()),
        )
        ws.conn.execute("UPDATE submissions SET superseded_by=? WHERE id=?", (new, old))
    score(ws, eid, "c", new, "10")  # judge c re-scored the new version
    row = results.rank(ws, eid).row(new)
    # a: 7, b: 7.5 (old version), c: 10 (new version replaces c's 8)
    assert row.judges == 3 and row.score == D("7.5000")
    with pytest.raises(KeyError):
        results.rank(ws, eid).row(old)


def test_ties_shared_then_broken_by_configured_ladder(workspace, mini_form):
    ws = workspace
    eid = make_event(ws, mini_form)
    x, y = add_sub(ws, eid, "Kota X"), add_sub(ws, eid, "Kota Y")
    for judge, (vx, vy) in zip("abc", (("8", "7"), ("8", "8"), ("8", "9")), strict=True):
        score(ws, eid, judge, x, vx)
        score(ws, eid, judge, y, vy)
    ranking = results.rank(ws, eid)
    assert [(r.rank, r.tied) for r in ranking.rows] == [(1, True), (1, True)]
    assert ranking.ladder == ()
    with ws.transaction():
        ws.conn.execute(
            "UPDATE events SET settings=? WHERE id=?", ('{"tie_break": ["spread"]}', eid)
        )
    ranking = results.rank(ws, eid)
    assert [(r.region, r.rank, r.tied) for r in ranking.rows] == [
        ("Kota X", 1, False),
        ("Kota Y", 2, False),
    ]
    step = ranking.row(y).trail[0]
    assert (step.rule, step.other, step.outcome) == ("spread", x, "behind")
    assert (step.value, step.other_value) == ("2.0000", "0.0000")


def test_bad_ladder_and_unknowns_refused(event):
    ws, eid, _subs = event
    with pytest.raises(results.ResultsRefused, match="no-such"):
        results.rank(ws, "no-such")
    with pytest.raises(results.ResultsRefused, match="tahap9"):
        results.rank(ws, eid, stage_id="tahap9")
    with pytest.raises(results.ResultsRefused, match="mode"):
        results.rank(ws, eid, rule="mode")
    with ws.transaction():
        ws.conn.execute(
            "UPDATE events SET settings=? WHERE id=?", ('{"tie_break": ["aspect:nope"]}', eid)
        )
    with pytest.raises(results.ResultsRefused, match="nope"):
        results.rank(ws, eid)


def test_moderation_overrides_and_keeps_originals(event):
    ws, eid, subs = event
    record_moderation(ws, eid, "tahap2", subs["gamma"], "total", "9.2", "konsensus", ["a", "b"])
    ranking = results.rank(ws, eid)
    gamma = ranking.row(subs["gamma"])
    assert gamma.score == D("9.2000") and gamma.rank == 1
    (note,) = gamma.moderated
    assert note.target == "total" and note.value == D("9.2")
    assert note.original == D("7.5000") and note.agreed_by == ("a", "b")
    # indicator moderation: every judge's ekonomi (40 %) becomes 10 for alpha
    record_moderation(ws, eid, "tahap2", subs["beta"], "ekonomi", "10", "sepakat", "a")
    beta = results.rank(ws, eid).row(subs["beta"])
    # 0.4·10 + 0.2·8.5 + 0.4·8.5 = 9.1 for each judge
    assert beta.score == D("9.1000")
    assert beta.moderated[0].original == D("8.5")


def test_multi_stage_weights_and_missing_stage(workspace, mini_form):
    ws = workspace
    eid = make_event(ws, mini_form, stages=(("tahap1", 40), ("tahap2", 60)))
    full_, partial = add_sub(ws, eid, "Kota Lengkap"), add_sub(ws, eid, "Kota Separuh")
    for judge in "abc":
        score(ws, eid, judge, full_, "6", stage="tahap1")
        score(ws, eid, judge, full_, "9", stage="tahap2")
        score(ws, eid, judge, partial, "10", stage="tahap2")
    ranking = results.rank(ws, eid)
    row = ranking.row(full_)
    assert row.score == D("7.8000") and row.rank == 1  # 0.4·6 + 0.6·9
    assert row.stage_scores == {"tahap1": D("6.0000"), "tahap2": D("9.0000")}
    assert ranking.ladder == ("stage:tahap2", "stage:tahap1")
    miss = ranking.row(partial)
    assert miss.rank is None and "tahap1" in miss.reason
    # one stage alone
    only = results.rank(ws, eid, stage_id="tahap2")
    assert only.row(partial).rank == 1 and only.row(partial).score == D("10.0000")
    assert only.ladder == ()


def test_sensitivity_marks_changed_positions(event):
    ws, eid, subs = event
    sens = results.sensitivity(ws, eid)
    assert sens.rules == ("median", "mean", "trimmed_mean", "zscore")
    by = {r.region: r for r in sens.rows}
    alpha, beta = by["Kota Alpha"], by["Kota Beta"]
    assert alpha.rank == 1 and alpha.ranks["median"] == 1
    assert alpha.ranks["mean"] == 2 and beta.ranks["mean"] == 1
    assert "mean" in alpha.changed and "mean" in beta.changed
    assert "median" not in alpha.changed
    assert alpha.scores["mean"] == D("8.0000")
    assert by["Kota Gamma"].changed == () or by["Kota Gamma"].ranks["median"] == 3
    assert sens.changed_count >= 2
    assert all(r.ranks["zscore"] is not None for r in sens.rows)


def test_agreement_per_stage(event):
    ws, eid, _subs = event
    (stage,) = results.agreement(ws, eid)
    assert stage.stage_id == "tahap2" and stage.panel == "all"
    assert stage.judges == ("a", "b", "c") and stage.submissions == 4
    names = [s.name for s in stage.statistics]
    assert names == ["krippendorff_alpha", "icc2_1", "icc3_1", "kendall_w"]
    assert all(s.value is not None for s in stage.statistics)


def test_agreement_degenerate_is_reported_not_raised(workspace, mini_form):
    ws = workspace
    eid = make_event(ws, mini_form)
    sub = add_sub(ws, eid, "Kota Tunggal")
    score(ws, eid, "a", sub, "8")
    (stage,) = results.agreement(ws, eid)
    assert all(s.value is None and s.reason for s in stage.statistics)


def test_disagreements_list_flagged_items(event):
    ws, eid, subs = event
    flagged = results.disagreements(ws, eid, "tahap2")
    targets = {(d.region, d.target) for d in flagged}
    assert ("Kota Alpha", "total") in targets and ("Kota Alpha", "ekonomi") in targets
    assert not any(d.region == "Kota Beta" for d in flagged)
    total = next(d for d in flagged if d.region == "Kota Alpha" and d.target == "total")
    assert total.range == D("3.0000") and total.threshold == D("1.5")
    assert total.values == {"a": D("6.0000"), "b": D("9.0000"), "c": D("9.0000")}
    everything = results.disagreements(ws, eid, flagged_only=False)
    assert len(everything) == 4 * 4  # three indicators + total, four submissions
    record_moderation(ws, eid, "tahap2", subs["alpha"], "total", "8", "rapat panel", ["a"])
    again = results.disagreements(ws, eid, "tahap2")
    total = next(d for d in again if d.region == "Kota Alpha" and d.target == "total")
    assert total.moderation is not None and total.combined == D("8.0000")


def test_overview_equals_the_separate_calls(event):
    ws, eid, subs = event
    record_moderation(ws, eid, "tahap2", subs["gamma"], "ekonomi", "9", "konsensus", ["a"])
    ov = results.overview(ws, eid)
    assert ov.ranking == results.rank(ws, eid)
    assert ov.sensitivity.rows == results.sensitivity(ws, eid).rows
    assert ov.agreement == results.agreement(ws, eid)
    # the sensitivity pass leaves the official rules in place
    assert all(s.rule == "median" for s in ov.ranking.stages)


def test_judge_rule_from_event_settings(event):
    ws, eid, subs = event
    with ws.transaction():
        ws.conn.execute("UPDATE events SET settings=? WHERE id=?", ('{"judge_rule": "mean"}', eid))
    ranking = results.rank(ws, eid)
    assert ranking.stages[0].rule == "mean"
    assert ranking.row(subs["alpha"]).score == D("8.0000")
    with ws.transaction():
        ws.conn.execute("UPDATE events SET settings=? WHERE id=?", ('{"judge_rule": "mode"}', eid))
    with pytest.raises(results.ResultsRefused, match="mode"):
        results.rank(ws, eid)
