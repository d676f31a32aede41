"""Stage weighting, per-category competition ranking, tie-break ladder and trail."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from judgeapp.domain.ranking import (
    Entry,
    combine_stages,
    default_ladder,
    ladder_problems,
    rank_entries,
)
from judgeapp.domain.scoring import fmt


def e(sub: str, score: str | None, category: str = "kota", **kw) -> Entry:
    return Entry(sub, kw.pop("name", sub.upper()), category, D(score) if score else None, **kw)


def test_combine_stages_weights_exactly():
    weights = {"t1": D(30), "t2": D(25), "t3": D(45)}
    score, missing = combine_stages({"t1": D("8"), "t2": D("7.5"), "t3": D("9.1234")}, weights)
    # 0.30·8 + 0.25·7.5 + 0.45·9.1234 = 2.4 + 1.875 + 4.10553 = 8.38053, not rounded here
    assert score == Fraction("8.38053") and missing == ()
    thirds, _m = combine_stages({"a": Fraction(1, 3), "b": Fraction(2, 3)}, {"a": D(1), "b": D(2)})
    assert thirds == Fraction(5, 9)


def test_missing_stage_is_not_ranked():
    weights = {"t1": D(30), "t2": D(70)}
    score, missing = combine_stages({"t1": D("8")}, weights)
    assert score is None and missing == ("t2",)
    rows = rank_entries([e("a", "7"), e("b", None, missing=("t2",)), e("c", "9")])
    assert [(r.entry.submission, r.rank) for r in rows] == [("c", 1), ("a", 2), ("b", None)]
    assert rows[-1].reason == "missing stage: t2"


def test_categories_rank_separately_in_fixed_order():
    rows = rank_entries(
        [
            e("k1", "8", "kota"),
            e("p1", "7", "provinsi"),
            e("b1", "9", "kabupaten"),
            e("k2", "9", "kota"),
            e("x1", "5", "instansi"),
        ]
    )
    assert [(r.entry.category, r.entry.submission, r.rank) for r in rows] == [
        ("provinsi", "p1", 1),
        ("kabupaten", "b1", 1),
        ("kota", "k2", 1),
        ("kota", "k1", 2),
        ("instansi", "x1", 1),
    ]


def test_competition_ranking_shares_rank_and_skips():
    rows = rank_entries([e("a", "9"), e("b", "8"), e("c", "8"), e("d", "7")])
    assert [(r.entry.submission, r.rank, r.tied) for r in rows] == [
        ("a", 1, False),
        ("b", 2, True),
        ("c", 2, True),
        ("d", 4, False),
    ]
    b, c = rows[1], rows[2]
    assert b.trail[0].outcome == "tied" and b.trail[0].other == "c"
    assert c.trail[0].outcome == "tied" and c.trail[0].other == "b"
    assert rows[0].trail == () and rows[3].trail == ()


def test_ladder_breaks_ties_with_trail():
    entries = [
        e("a", "8", stage_scores={"t3": D("7.5")}),
        e("b", "8", stage_scores={"t3": D("8.5")}),
        e("c", "8", stage_scores={"t3": D("8.5")}, spread=D("0.5")),
        e("d", "8", stage_scores={"t3": D("8.5")}, spread=D("1.25")),
    ]
    rows = rank_entries(entries, ("stage:t3", "spread"), decimals=4)
    # b has no spread value: a missing value loses against a present one
    assert [(r.entry.submission, r.rank, r.tied) for r in rows] == [
        ("c", 1, False),
        ("d", 2, False),
        ("b", 3, False),
        ("a", 4, False),
    ]
    c, d, b, a = rows
    assert [(s.rule, s.other, s.outcome) for s in c.trail] == [("spread", "d", "ahead")]
    assert [(s.rule, s.other, s.outcome) for s in d.trail] == [
        ("spread", "c", "behind"),
        ("spread", "b", "ahead"),
    ]
    assert d.trail[0].value == "1.2500" and d.trail[0].other_value == "0.5000"
    assert [(s.rule, s.other, s.outcome) for s in a.trail] == [("stage:t3", "b", "behind")]
    assert a.trail[0].value == "7.5000" and a.trail[0].other_value == "8.5000"


def test_aspect_indicator_and_judges_rules_use_exact_values():
    entries = [
        # aspects differ only beyond 4 decimals: the exact values decide, and the
        # trail shows them with the places that tell them apart
        e("a", "8", aspects={"x": D("7.00001")}, judges=5),
        e("b", "8", aspects={"x": D("7.00002")}, judges=4),
    ]
    rows = rank_entries(entries, ("aspect:x", "judges"), decimals=4)
    assert [r.entry.submission for r in rows] == ["b", "a"]
    assert rows[0].trail[0].rule == "aspect:x"
    assert (rows[0].trail[0].value, rows[0].trail[0].other_value) == ("7.00002", "7.00001")
    equal = [e("a", "8", aspects={"x": D("7")}, judges=5), e("b", "8", aspects={"x": D("7")})]
    rows = rank_entries(equal, ("aspect:x", "judges"), decimals=4)
    assert [r.entry.submission for r in rows] == ["a", "b"]
    assert rows[0].trail[0].rule == "judges"
    rows = rank_entries(
        [e("a", "8", indicators={"i": D("9")}), e("b", "8", indicators={"i": D("8")})],
        ("indicator:i",),
    )
    assert [r.entry.submission for r in rows] == ["a", "b"]
    assert rows[0].trail[0].rule == "indicator:i"


def test_name_is_not_a_tie_break_unless_configured():
    entries = [e("z", "8", name="Zeta"), e("a", "8", name="Alfa")]
    rows = rank_entries(entries, ("spread", "name"))
    assert [(r.entry.name, r.rank, r.tied) for r in rows] == [
        ("Alfa", 1, True),
        ("Zeta", 1, True),
    ]
    rows = rank_entries(entries, ("name",), name_decides=True)
    assert [(r.entry.name, r.rank, r.tied) for r in rows] == [
        ("Alfa", 1, False),
        ("Zeta", 2, False),
    ]
    assert rows[0].trail[0].rule == "name"


def test_default_ladder_and_problems():
    assert default_ladder({"t1": D(30), "t2": D(25), "t3": D(45)}) == (
        "stage:t3",
        "stage:t1",
        "stage:t2",
    )
    assert default_ladder({"t2": D(100)}) == ()
    problems = ladder_problems(["stage:t9", "colour", "aspect:a", "spread"], ["t1"], ["a"])
    assert len(problems) == 2
    assert "t9" in problems[0] and "colour" in problems[1]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=0, max_value=10, places=1),
            st.sampled_from(["kota", "kabupaten"]),
            st.integers(1, 5),
        ),
        min_size=1,
        max_size=25,
    ),
    st.randoms(use_true_random=False),
)
def test_ranks_are_order_free_and_consistent(items, rnd):
    entries = [
        Entry(f"s{i}", f"S{i}", cat, score, judges=j) for i, (score, cat, j) in enumerate(items)
    ]
    shuffled = list(entries)
    rnd.shuffle(shuffled)
    first = {r.entry.submission: (r.rank, r.tied) for r in rank_entries(entries, ("judges",))}
    second = {r.entry.submission: (r.rank, r.tied) for r in rank_entries(shuffled, ("judges",))}
    assert first == second
    by_sub = {en.submission: en for en in entries}
    for sub, (rank, _tied) in first.items():
        me = by_sub[sub]
        better = [
            o
            for o in entries
            if o.category == me.category and (o.score, o.judges) > (me.score, me.judges)  # type: ignore[operator]
        ]
        assert rank == len(better) + 1


def test_scores_equal_when_rounded_are_ranked_exactly_and_shown_with_more_places():
    """Rounded to 4 places both show 8.0000; the exact values decide (no
    tie-break fires) and both rows get the places that tell them apart."""
    a = Entry("a", "Kota A", "kota", Fraction("7.999965"), spread=D(0))
    b = Entry("b", "Kota B", "kota", Fraction(8), spread=D(1))
    rows = rank_entries([a, b], ("spread",), decimals=4)
    assert [(r.entry.submission, r.rank, r.tied, r.trail) for r in rows] == [
        ("b", 1, False, ()),
        ("a", 2, False, ()),
    ]
    assert [r.digits for r in rows] == [5, 5]
    assert [fmt(r.entry.score, r.digits) for r in rows] == ["8.00000", "7.99997"]
    c = Entry("c", "Kota C", "kota", Fraction(7))
    rows = rank_entries([a, b, c], decimals=4)
    assert [r.digits for r in rows] == [5, 5, 4]
    truncating = rank_entries([a, b], decimals=4, rounding="down")
    assert [fmt(r.entry.score, r.digits, "down") for r in truncating] == ["8.0000", "7.9999"]
