"""Demo events are marked as sample data on the judge's home screen."""

from __future__ import annotations

from judgeapp.services.events import EventOptions, create_event
from judgeapp.ui.judge.home import HomeScreen


def test_sample_banner_only_for_sample_events(qtbot, workspace):
    create_event(workspace, "Acara nyata", ["tests/data/mini-form.yaml"])
    create_event(
        workspace, "Acara contoh", ["tests/data/mini-form.yaml"], options=EventOptions(sample=True)
    )
    home = HomeScreen()
    qtbot.addWidget(home)
    home.set_workspace(workspace)
    home.show()
    labels = [home.event_box.itemText(i) for i in range(home.event_box.count())]
    home.event_box.setCurrentIndex(labels.index("Acara nyata"))
    assert not home.sample_banner.isVisible()
    home.event_box.setCurrentIndex(labels.index("Acara contoh"))
    assert home.sample_banner.isVisible()
    assert "SAMPLE DATA" in home.sample_banner.text() or "DATA CONTOH" in home.sample_banner.text()
