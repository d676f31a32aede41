"""The berita acara prints what the secretariat set up for the event: its
days, venue, chair and members (read back from the PDF with pdftotext)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess

import pytest

from judgeapp.reports import render_report
from judgeapp.services import events as event_service

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def pdftotext(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(out.stdout.split())  # one line: layout spaces and wraps do not matter


def set_up(ws, event_id: str, **changes) -> None:
    draft = event_service.draft_of(ws, event_id)
    event_service.save_event(ws, dataclasses.replace(draft, **changes), event_id=event_id)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_minutes_print_the_days_venue_chair_and_members(mini_event, tmp_path, lang):
    set_up(
        mini_event.ws,
        mini_event.event_id,
        starts_on="12-06-2024",
        ends_on="14-06-2024",
        place="Gedung Sate, Bandung",
        chair=event_service.PersonDraft("Dr. Ratna Dewi, M.Si.", "Kepala Bappeda"),
        members=(
            event_service.PersonDraft("Siti Rahmawati", "Sekretaris"),
            event_service.PersonDraft("Hendra Gunawan"),
        ),
    )
    out = render_report(
        mini_event.ws, "minutes", mini_event.event_id, tmp_path / "ba.pdf", lang=lang
    )
    text = pdftotext(out)
    month = "Juni" if lang == "id" else "June"
    assert f"12 {month} 2024 – 14 {month} 2024" in text
    assert "……" not in text  # no dotted blank left: date, venue and chair are set
    assert "Gedung Sate, Bandung" in text
    assert text.count("Dr. Ratna Dewi, M.Si.") >= 2  # the details table and the signature
    assert "Kepala Bappeda" in text
    assert f"Gedung Sate, Bandung, 14 {month} 2024" in text  # where and when it is signed
    for name in ("Siti Rahmawati", "Hendra Gunawan"):
        assert name in text
    member = "Anggota" if lang == "id" else "Member"
    assert f"{member} · Sekretaris" in text


def test_minutes_without_set_up_keep_blanks_and_the_judges_sign(mini_event, tmp_path):
    out = render_report(mini_event.ws, "minutes", mini_event.event_id, tmp_path / "ba.pdf")
    text = pdftotext(out)
    assert "14 Juni 2022" in text  # the stage's date
    assert "Ketua tim penilai ……" in text  # a blank to fill by hand, not a name
    for name in mini_event.judges:
        assert text.count(name) >= 2  # panel table and signature block


def test_one_day_event_prints_one_date(mini_event, tmp_path):
    set_up(mini_event.ws, mini_event.event_id, starts_on="2024-06-12", ends_on="")
    text = pdftotext(
        render_report(mini_event.ws, "minutes", mini_event.event_id, tmp_path / "ba.pdf")
    )
    assert "12 Juni 2024" in text
    assert "12 Juni 2024 –" not in text
