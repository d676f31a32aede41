"""The cycle collector paused for a layout: restarted as it was, collected once."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from judgeapp.reports.layout_gc import collected_after


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


@pytest.fixture(autouse=True)
def _collector_as_it_was():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_in_the_block_and_running_after_it():
    with collected_after():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_cycles_made_in_the_block_are_freed_when_it_ends():
    freed: list[str] = []

    def layout() -> weakref.ref:
        node = _Node()
        return weakref.ref(node, lambda _ref: freed.append("node"))

    with collected_after():
        ref = layout()
        assert ref() is not None  # garbage, but not collected while paused
        assert freed == []
    assert ref() is None
    assert freed == ["node"]


def test_a_collector_stopped_before_stays_stopped():
    gc.disable()
    with collected_after():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_nested_blocks_restart_it_only_at_the_outermost_end():
    with collected_after():
        with collected_after():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_exception_in_the_block_still_restarts_it():
    with pytest.raises(RuntimeError), collected_after():
        raise RuntimeError("stopped")
    assert gc.isenabled()


def test_overlapping_layouts_in_threads_keep_it_paused_until_the_last_ends():
    inside = threading.Event()
    release = threading.Event()

    def other_layout() -> None:
        with collected_after():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other_layout)
    thread.start()
    assert inside.wait(10)
    with collected_after():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's layout still runs
    release.set()
    thread.join(10)
    assert gc.isenabled()
