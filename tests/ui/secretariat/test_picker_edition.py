"""The event picker does not repeat an edition the event's name already says:
"PPD Jawa Barat 2022", never "PPD Jawa Barat 2022 (2022)"."""

from __future__ import annotations

import dataclasses

import pytest

from judgeapp.services import events as event_service

pytestmark = pytest.mark.gui


def _rename(ev, name: str) -> None:
    draft = event_service.draft_of(ev.ws, ev.event_id)
    event_service.save_event(
        ev.ws, dataclasses.replace(draft, name=name, edition="2022"), event_id=ev.event_id
    )


@pytest.mark.parametrize(
    ("name", "shown"),
    [("PPD Jawa Barat 2022", "PPD Jawa Barat 2022"), ("PPD Jawa Barat", "PPD Jawa Barat (2022)")],
)
def test_the_picker_says_the_edition_once(qtbot, mini_event, make_panel, name, shown):
    _rename(mini_event, name)
    panel = make_panel(mini_event)
    panel.show()
    qtbot.waitExposed(panel)
    text = panel.picker.currentText()
    assert text.startswith(shown), text
    assert "2022 (2022)" not in text
