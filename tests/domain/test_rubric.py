"""Form validation: every refusal names the place and the reason; the hash pins content."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest
import yaml

from judgeapp.domain.rubric import FormError, load_form_text, parse_form

BASE = {
    "format": "judgeapp.form/1",
    "id": "t",
    "version": "1",
    "competition": "ppd",
    "stage": "tahap2",
    "title": "T",
    "scale": {"kind": "range", "min": 5, "max": 10, "decimals": 2},
    "aspects": [
        {
            "id": "a",
            "title": "A",
            "weight": 60,
            "indicators": [
                {"id": "a1", "title": "A1", "weight": 40, "items": [{"id": "a1.1", "text": "x"}]},
                {"id": "a2", "title": "A2", "weight": 20, "items": [{"id": "a2.1", "text": "y"}]},
            ],
        },
        {
            "id": "b",
            "title": "B",
            "weight": 40,
            "indicators": [
                {"id": "b1", "title": "B1", "weight": 40, "items": [{"id": "b1.1", "text": "z"}]}
            ],
        },
    ],
}


def problems(data) -> list[tuple[str, str]]:
    with pytest.raises(FormError) as exc:
        parse_form(data, source="f.yaml")
    for p in exc.value.problems:
        assert p.source == "f.yaml"
        assert str(p).startswith("f.yaml: ")
    return [(p.place, p.reason) for p in exc.value.problems]


def mutate(fn) -> dict:
    data = copy.deepcopy(BASE)
    fn(data)
    return data


def test_base_is_valid():
    form = parse_form(copy.deepcopy(BASE))
    assert form.score_keys() == ["a1.1", "a2.1", "b1.1"]
    assert form.effective_weights() == {"a1": 40, "a2": 20, "b1": 40}
    assert form.total_scale() == (Decimal(5), Decimal(10))


def test_weight_sum_99_without_aspect_weights():
    def fn(d):
        for a in d["aspects"]:
            del a["weight"]
        d["aspects"][0]["indicators"][0]["weight"] = 39

    assert problems(mutate(fn)) == [("aspects", "indicator weights sum to 99, not 100")]


def test_aspect_weight_must_match_its_indicators():
    def fn(d):
        d["aspects"][0]["indicators"][1]["weight"] = 19

    assert problems(mutate(fn)) == [("aspects[0].weight", "60 but its indicators sum to 59")]


def test_nested_weights():
    def fn(d):
        d["weighting"] = "nested"
        d["aspects"][0]["indicators"][0]["weight"] = 50
        d["aspects"][0]["indicators"][1]["weight"] = 49
        d["aspects"][1]["indicators"][0]["weight"] = 100
        d["aspects"][1]["weight"] = 41

    got = problems(mutate(fn))
    assert ("aspects[0]", "indicator weights sum to 99, not 100") in got
    assert ("aspects", "aspect weights sum to 101, not 100") in got


def test_negative_weights_refused():
    def fn(d):
        d["weighting"] = "nested"
        d["aspects"][0]["weight"] = -10
        d["aspects"][1]["weight"] = 110
        d["aspects"][0]["indicators"][0]["weight"] = 120
        d["aspects"][0]["indicators"][1]["weight"] = -20
        d["aspects"][1]["indicators"][0]["weight"] = 100

    got = problems(mutate(fn))
    assert ("aspects[0].weight", "negative") in got
    assert ("aspects[0].indicators[1].weight", "negative") in got


def test_weight_zero_aspect_is_allowed_in_both_weightings():
    def flat(d):
        d["aspects"][1]["weight"] = 0
        d["aspects"][1]["indicators"][0]["weight"] = 0
        d["aspects"][0]["weight"] = 100
        d["aspects"][0]["indicators"][0]["weight"] = 80

    assert parse_form(mutate(flat)).effective_weights()["b1"] == 0

    def nested(d):
        d["weighting"] = "nested"
        d["aspects"][0]["weight"] = 100
        d["aspects"][1]["weight"] = 0
        d["aspects"][0]["indicators"][0]["weight"] = 70
        d["aspects"][0]["indicators"][1]["weight"] = 30
        d["aspects"][1]["indicators"][0]["weight"] = 100

    assert parse_form(mutate(nested)).effective_weights()["b1"] == 0


def test_duplicate_id_names_both_places():
    def fn(d):
        d["aspects"][1]["indicators"][0]["items"][0]["id"] = "a1.1"

    assert problems(mutate(fn)) == [
        (
            "aspects[1].indicators[0].items[0]",
            "id 'a1.1' already used at aspects[0].indicators[0].items[0]",
        )
    ]


@pytest.mark.parametrize(
    ("scale", "reason"),
    [
        ({"kind": "range", "min": 10, "max": 5}, "min 10 must be below max 5"),
        ({"kind": "range", "min": 5}, "a range scale needs min and max"),
        (
            {"kind": "range", "min": 0, "max": 1, "levels": [{"value": 0}, {"value": 1}]},
            "a range scale has no levels (use kind: levels)",
        ),
        ({"kind": "levels", "levels": [{"value": 1}]}, "a levels scale needs at least two levels"),
        (
            {"kind": "levels", "levels": [{"value": 1}, {"value": 1.0}]},
            "level values must be distinct",
        ),
        (
            {"kind": "range", "min": 1, "max": 5, "anchors": [{"value": 6, "label": "x"}]},
            "anchor 6 lies outside 1..5",
        ),
        (
            {"kind": "range", "min": 1, "max": 5, "anchors": [{"value": 2}, {"value": 2}]},
            "anchor values must be distinct",
        ),
        (
            {
                "kind": "levels",
                "levels": [{"value": 0}, {"value": 1}],
                "anchors": [{"value": 0}],
            },
            "a levels scale has no anchors (levels carry descriptors)",
        ),
    ],
)
def test_bad_scales(scale, reason):
    got = problems(mutate(lambda d: d.__setitem__("scale", scale)))
    assert got == [("scale", reason)]


def test_decimals_bounded():
    got = problems(mutate(lambda d: d["scale"].__setitem__("decimals", 9)))
    assert got[0][0] == "scale.decimals"


def test_missing_scale():
    got = problems(mutate(lambda d: d.pop("scale")))
    assert ("aspects[0].indicators[0]", "no scale (set one on the indicator or the form)") in got


def test_rollup_rules():
    def direct_with_items(d):
        d["aspects"][0]["indicators"][0]["rollup"] = "direct"

    assert problems(mutate(direct_with_items)) == [
        ("aspects[0].indicators[0]", "rollup 'direct' but the indicator has items")
    ]

    def mean_without_items(d):
        d["aspects"][1]["indicators"][0]["items"] = []
        d["aspects"][1]["indicators"][0]["rollup"] = "mean_scored"

    assert problems(mutate(mean_without_items)) == [
        ("aspects[1].indicators[0]", "rollup 'mean_scored' needs items")
    ]

    def share_on_range(d):
        d["rollup"] = "share_met_x10"

    got = problems(mutate(share_on_range))
    assert ("aspects[0].indicators[0].items[0]", "share_met_x10 needs a 0/1 scale") in got


def test_ladder_stages_and_adjustable():
    def fn(d):
        d["tie_break"] = ["coin", "aspect:zz", "aspect:a", "stage:tahap3"]
        d["adjustable_weights"] = ["a", "nope"]
        d["stages"] = [
            {"id": "s1", "label": "S1", "weight": 30},
            {"id": "s2", "label": "S2", "weight": 60},
        ]

    got = dict(problems(mutate(fn)))
    assert got["tie_break[0]"].startswith("unknown rule 'coin'")
    assert got["tie_break[1]"] == "'zz' is not an id in this form"
    assert got["adjustable_weights[1]"] == "'nope' is not an aspect id"
    assert got["stages"] == "weights sum to 90, not 100"
    assert "tie_break[2]" not in got and "tie_break[3]" not in got


def test_unknown_key_wrong_format_and_not_a_mapping():
    got = problems(mutate(lambda d: d["aspects"][0].__setitem__("wieght", 3)))
    assert got[0][0] == "aspects[0].wieght"
    got = problems(mutate(lambda d: d.__setitem__("format", "judgeapp.form/2")))
    assert got[0][0] == "format"
    assert problems([1, 2]) == [("<form>", "the file must hold a mapping")]


def test_invalid_yaml_names_line_and_column():
    from judgeapp.i18n import set_language

    set_language("en")
    with pytest.raises(FormError) as exc:
        load_form_text("format: judgeapp.form/1\nid: [unclosed\n", source="bad.yaml")
    (p,) = exc.value.problems
    assert p.source == "bad.yaml"
    assert p.place.startswith("line ")
    assert p.reason.startswith("invalid YAML")


def test_decimals_stay_exact():
    text = yaml.safe_dump(
        mutate(
            lambda d: (
                d["aspects"][0]["indicators"][0].__setitem__("weight", 11.25),
                d["aspects"][0]["indicators"][1].__setitem__("weight", 48.75),
            )
        )
    )
    form = load_form_text(text)
    assert form.effective_weights()["a1"] == Decimal("11.25")
    assert form.aspect_weight(form.aspects[0]) == Decimal("60.00")


def test_hash_pins_content_not_formatting():
    form = parse_form(copy.deepcopy(BASE))
    reordered = dict(reversed(list(copy.deepcopy(BASE).items())))
    assert parse_form(reordered).hash == form.hash
    flow = yaml.safe_dump(BASE, default_flow_style=True)
    assert load_form_text(flow).hash == form.hash
    changed = mutate(
        lambda d: d["aspects"][0]["indicators"][0]["items"][0].__setitem__("text", "x ")
    )
    assert parse_form(changed).hash != form.hash
    assert len(form.hash) == 64 and form.short_hash == form.hash[:12]


def test_empty_anchors_stay_out_of_the_canonical_json():
    form = parse_form(copy.deepcopy(BASE))
    assert "anchors" not in form.canonical_json()
    anchored = mutate(
        lambda d: d["scale"].__setitem__("anchors", [{"value": 5, "label": "rendah"}])
    )
    f2 = parse_form(anchored)
    assert '"anchors"' in f2.canonical_json()
    assert f2.hash != form.hash
    # a snapshot survives the round trip through its canonical JSON
    from judgeapp.domain.rubric import form_from_json

    assert form_from_json(f2.canonical_json()).hash == f2.hash


def test_with_weights():
    def nested(d):
        d["weighting"] = "nested"
        d["adjustable_weights"] = ["a", "b"]
        d["aspects"][0]["indicators"][0]["weight"] = 50
        d["aspects"][0]["indicators"][1]["weight"] = 50
        d["aspects"][1]["indicators"][0]["weight"] = 100

    form = parse_form(mutate(nested))
    assert form.effective_weights() == {"a1": 30, "a2": 30, "b1": 40}
    moved = form.with_weights({"a": Decimal(70), "b": Decimal(30)})
    assert moved.effective_weights() == {"a1": 35, "a2": 35, "b1": 30}
    assert moved.hash != form.hash
    with pytest.raises(FormError, match="aspect weights sum to 110"):
        form.with_weights({"a": Decimal(70)})
    with pytest.raises(FormError, match="not adjustable"):
        form.with_weights({"zz": Decimal(1)})


def test_target_lookup():
    form = parse_form(copy.deepcopy(BASE))
    aspect, ind, item = form.target("a2.1")
    assert (aspect.id, ind.id, item.id if item else None) == ("a", "a2", "a2.1")
    with pytest.raises(KeyError):
        form.target("nope")
