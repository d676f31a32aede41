"""A report printed in English from the Indonesian app (the reports tab's
language) says everything in English — the messages made while its data is
built too (agreement reasons) — and the app's own language is unchanged."""

from __future__ import annotations

import threading

from kit.reports import pdf_text

from judgeapp import i18n
from judgeapp.domain.agreement import _fewer_judges
from judgeapp.reports import render_report


def test_english_report_from_the_indonesian_app(mini_event, tmp_path):
    ws, eid = mini_event.ws, mini_event.event_id
    i18n.set_language("id")
    indonesian = pdf_text(render_report(ws, "ranking", eid, tmp_path / "id.pdf", lang="id"))
    english = pdf_text(render_report(ws, "ranking", eid, tmp_path / "en.pdf", lang="en"))
    assert "kurang dari" in indonesian  # the case: a statistic with its reason
    assert "kurang dari" not in english and "fewer than" in english
    assert i18n.language() == "id"


def test_speaking_is_for_this_thread_only():
    i18n.set_language("id")
    seen: list[str] = []
    with i18n.speaking("en"):
        worker = threading.Thread(target=lambda: seen.append(_fewer_judges()))
        worker.start()
        worker.join()
        here = _fewer_judges()
    assert (here, seen) == ("fewer than two judges", ["kurang dari dua juri"])
    assert _fewer_judges() == "kurang dari dua juri"
