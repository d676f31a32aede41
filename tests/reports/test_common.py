"""The report's canonical JSON made from its members' own canonical JSON is
the canonical JSON of the whole, so a large member (the report's data) is
made once for the fingerprint and the attached data."""

from __future__ import annotations

import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from judgeapp.reports.common import Params, canonical, canonical_object, fingerprint

texts = st.text(max_size=12)  # any character: quotes, backslashes, controls, non-ASCII
leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | texts
    | st.decimals(allow_nan=False, allow_infinity=False, places=4)
)
values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(texts, values, max_size=6))
def test_an_object_of_canonical_members_is_the_canonical_object(obj):
    joined = canonical_object({k: canonical(v) for k, v in obj.items()})
    assert joined == canonical(obj)
    assert json.loads(joined).keys() == obj.keys()


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(texts, values, max_size=6), st.sampled_from(["sheet", "recap"]))
def test_the_fingerprint_from_the_data_s_text_is_the_fingerprint_of_the_data(data, kind):
    params = Params(kind, "ev", None, None, None)
    assert fingerprint(params, data_json=canonical(data)) == fingerprint(params, data)


def test_the_fingerprint_follows_the_data():
    params = Params("sheet", "ev", None, None, None)
    assert fingerprint(params, {"total": Decimal("7.5594")}) != fingerprint(
        params, {"total": Decimal("7.5595")}
    )
