"""The ranking read from the sheets' integer copy equals (1) the same ranking
read one sheet at a time from the JSON copy and (2) a straightforward exact
computation written out here with plain fractions — on random events with
ties, every judge rule and tie-break ladders."""

from __future__ import annotations

import uuid
from decimal import Decimal as D
from fractions import Fraction as F

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judgeapp.domain.ids import SheetPlace
from judgeapp.services import results
from judgeapp.store import events as store_events
from judgeapp.store import sheets as store_sheets
from judgeapp.store.db import now
from judgeapp.store.forms import pin_form

KEYS = ("ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2")
VALUES = ("5", "7.5", "8", "8.25", "10")  # few values: ties are frequent
LADDERS = (
    (),
    ("aspect:inovasi",),
    ("indicator:ekonomi", "spread"),
    ("spread", "judges", "name"),
    ("aspect:capaian", "indicator:output", "name"),
)


@st.composite
def events(draw):
    n_subs = draw(st.integers(2, 6))
    judges = ("a", "b", "c", "d")[: draw(st.sampled_from((1, 2, 3, 3, 3, 4, 4)))]
    sheets = {}
    for s in range(n_subs):
        for j in judges:
            if draw(st.integers(0, 6)) == 0:
                continue  # that judge did not score this one
            if draw(st.integers(0, 3)):  # mostly complete sheets: equal totals, other spreads
                base = draw(st.sampled_from(VALUES))
                sheets[(s, j)] = dict.fromkeys(KEYS, base)
            else:
                keys = draw(st.lists(st.sampled_from(KEYS), unique=True, min_size=1))
                sheets[(s, j)] = {k: draw(st.sampled_from(VALUES)) for k in keys}
    ladder = draw(st.sampled_from(LADDERS))
    name_decides = draw(st.booleans())
    return n_subs, judges, sheets, ladder, name_decides


def _build(ws, form, n_subs, judges, sheets, ladder, name_decides, names=None):
    digest = pin_form(ws, form)
    settings_ = {"tie_break": list(ladder), "tie_break_name_decides": name_decides}
    eid = store_events.create_event(
        ws,
        "Uji",
        "ppd",
        [store_events.StageSpec("tahap2", "Tahap II", digest, D(100))],
        store_events.EventOptions(settings=settings_),
    )
    for j in judges:
        store_events.add_judge(ws, eid, f"Juri {j}", judge_id=j)
    subs = []
    for s in range(n_subs):
        name = names[s] if names else f"Kota {uuid.uuid4().hex[:8]}"
        rid = store_events.upsert_region(ws, name, "kota", "Jawa Barat")
        sid = uuid.uuid4().hex[:10]
        with ws.transaction():
            ws.conn.execute(
                "INSERT INTO submissions(id, event_id, region_id, category, title, imported_at)"
                " VALUES (?, ?, ?, 'kota', 't', ?)",
                (sid, eid, rid, now()),
            )
        subs.append(sid)
    for (s, j), values in sheets.items():
        sheet = store_sheets.ensure_sheet(ws, SheetPlace(eid, "tahap2", j, subs[s]), digest)
        for key, value in values.items():
            store_sheets.set_score(ws, sheet, key, D(value), "test")
        store_sheets.set_status(ws, sheet, "final", j)
    return eid, subs


# ---- the straightforward computation ----------------------------------------------------


def _mean(values):
    return sum(values, F(0)) / len(values)


def _rule(values, rule, trim=1):
    v = sorted(values)
    n = len(v)
    if rule == "mean" or (rule == "trimmed_mean" and n <= 2 * trim) or (rule == "ijru" and n <= 2):
        return _mean(v)
    if rule == "median":
        return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
    if rule == "trimmed_mean":
        return _mean(v[trim : n - trim])
    if n == 3:  # ijru
        low, high = v[1] - v[0], v[2] - v[1]
        return _mean(v[:2]) if low < high else _mean(v[1:]) if high < low else v[1]
    return _mean(v[1:-1])


def _reference(form, sheets, rule):
    """Per submission: (exact total, indicators, aspects, spread, judges)."""
    weights = {k: F(w) for k, w in form.effective_weights().items()}
    per_sub: dict[int, dict] = {}
    for (s, j), values in sheets.items():
        inds = {}
        for _a, ind in form.indicators():
            scored = [F(values[it.id]) for it in ind.items if it.id in values]
            scored = [x for x in scored if x > 0]
            if scored:
                inds[ind.id] = _mean(scored)
        if not inds:
            continue
        total = sum((inds[i] * weights[i] / 100 for i in inds), F(0))
        aspects = {}
        for aspect in form.aspects:
            got = [(inds[i.id], weights[i.id]) for i in aspect.indicators if i.id in inds]
            if got:
                aspects[aspect.id] = sum(v * w for v, w in got) / sum(w for _v, w in got)
        per_sub.setdefault(s, {})[j] = (total, inds, aspects)
    out = {}
    for s, by_judge in per_sub.items():
        totals = [t for t, _i, _a in by_judge.values()]
        inds = {}
        aspects = {}
        for target, slot in ((inds, 1), (aspects, 2)):
            ids = {k for v in by_judge.values() for k in v[slot]}
            for k in ids:
                target[k] = _rule([v[slot][k] for v in by_judge.values() if k in v[slot]], rule)
        spread = max(totals) - min(totals) if len(totals) >= 2 else None
        out[s] = (_rule(totals, rule), inds, aspects, spread, len(by_judge))
    return out


def _key(ref, rule_name, name):
    """Sort key of the ladder rule (smaller is better); a missing value loses."""
    total, inds, aspects, spread, judges = ref
    kind, _, arg = rule_name.partition(":")
    if kind == "spread":
        return (0, spread) if spread is not None else (1, 0)
    if kind == "judges":
        return (0, -judges)
    if kind == "name":
        return (0, name.casefold())
    value = (aspects if kind == "aspect" else inds).get(arg)
    return (0, -value) if value is not None else (1, 0)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=events(), rule=st.sampled_from(results.VIEW_RULES))
def test_fast_ranking_equals_the_one_by_one_and_the_straightforward(
    workspace, mini_form, case, rule
):
    ws = workspace
    n_subs, judges, sheets, ladder, name_decides = case
    eid, subs = _build(ws, mini_form, *case)
    fast = results.rank(ws, eid, rule=rule)

    # (1) the same ranking when every sheet is read from its JSON copy
    with ws.transaction():
        ws.conn.execute("UPDATE sheets SET score_keys=NULL WHERE event_id=?", (eid,))
    assert results.rank(ws, eid, rule=rule) == fast

    # (2) the straightforward exact computation (z-scores are not exact: skipped)
    if rule == "zscore":
        return
    ref = _reference(mini_form, sheets, rule)
    index = {sid: n for n, sid in enumerate(subs)}
    rows = fast.rows
    for row in rows:
        got = ref.get(index[row.submission])
        assert (row.exact is None) == (got is None)
        if got is not None:
            assert row.exact == got[0]
            assert row.judges == got[4]
    ranked = [r for r in rows if r.rank is not None]
    decisive = [r for r in ladder if name_decides or not r.startswith("name")]

    def full_key(row):
        got = ref[index[row.submission]]
        return (-got[0], *(_key(got, r, row.region) for r in decisive))

    keys = [full_key(r) for r in ranked]
    assert keys == sorted(keys)  # the order is the exact order, ladder included
    for n, row in enumerate(ranked):
        first = next(i for i, k in enumerate(keys) if k == keys[n])
        assert row.rank == first + 1  # competition ranking: equal keys share
        assert row.tied == (keys.count(keys[n]) > 1)


def test_equal_totals_go_down_the_ladder_on_the_fast_path(workspace, mini_form):
    """Medians tie at 8; the narrower spread wins although its name comes later."""
    sheets = {}
    for j, value in zip("abc", ("5", "8", "10"), strict=True):
        sheets[(0, j)] = dict.fromkeys(KEYS, value)
        sheets[(1, j)] = dict.fromkeys(KEYS, "8")
    eid, subs = _build(
        workspace, mini_form, 2, "abc", sheets, ("spread",), False, ["Kota A", "Kota B"]
    )
    ranking = results.rank(workspace, eid)
    assert [(r.region, r.rank) for r in ranking.rows] == [("Kota B", 1), ("Kota A", 2)]
    assert ranking.rows[0].trail[0].rule == "spread"
