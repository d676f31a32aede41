"""Fixtures of the report tests (the builders live in ``kit.reports``)."""

from __future__ import annotations

import pytest
from kit.reports import MiniEvent, build_mini_event


@pytest.fixture
def mini_event(workspace, mini_form) -> MiniEvent:
    return build_mini_event(workspace, mini_form)
