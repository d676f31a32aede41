"""Fixtures of the words tests (the builder lives in ``tiekit``)."""

from __future__ import annotations

import pytest
from tiekit import TieEvent, build_tie_event


@pytest.fixture
def tie_event(workspace, mini_form) -> TieEvent:
    return build_tie_event(workspace, mini_form)
