"""Fixtures of the report tests (the builders live in ``reportkit``)."""

from __future__ import annotations

import pytest
from reportkit import MiniEvent, build_mini_event


@pytest.fixture
def mini_event(workspace, mini_form) -> MiniEvent:
    return build_mini_event(workspace, mini_form)
