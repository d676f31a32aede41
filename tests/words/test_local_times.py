"""Times in the local time zone with its name (WIB, WITA, WIT …), never UTC,
and numbers with the language's decimal mark — for the app and the reports."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from judgeapp.i18n import decimal_text, local_time, set_language, zone_name
from judgeapp.reports.env import fmt_datetime
from judgeapp.reports.render import render_report

needs_tzset = pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is Unix only")


@pytest.fixture
def local_zone(monkeypatch):
    """Run with the process's local zone set to ``zone`` (restored after)."""

    def use(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@needs_tzset
@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("Asia/Jakarta", "2024-06-12 14:05 WIB"),
        ("Asia/Makassar", "2024-06-12 15:05 WITA"),
        ("Asia/Jayapura", "2024-06-12 16:05 WIT"),
        ("Asia/Singapore", "2024-06-12 15:05 UTC+08:00"),  # tzdata names it "+08"
        ("UTC", "2024-06-12 07:05 UTC"),
    ],
)
def test_stored_utc_stamps_shown_local_with_the_zone_name(local_zone, zone, shown):
    if not os.path.exists(f"/usr/share/zoneinfo/{zone}"):
        pytest.skip(f"no tzdata for {zone}")
    local_zone(zone)
    assert local_time("2024-06-12T07:05:09.123Z") == shown
    assert local_time("2024-06-12T07:05:09.123Z", date=False, seconds=True) == shown[11:].replace(
        shown[11:16], shown[11:16] + ":09"
    )


def test_zone_names_from_long_system_names():
    for hours, name in ((7, "WIB"), (8, "WITA"), (9, "WIT")):
        when = datetime(2024, 6, 12, 14, 5, tzinfo=timezone(timedelta(hours=hours), "SE Asia Time"))
        assert zone_name(when) == name
    cet = datetime(2024, 1, 12, 14, 5, tzinfo=timezone(timedelta(hours=1), "CET"))
    assert zone_name(cet) == "CET"
    odd = datetime(2024, 1, 12, 14, 5, tzinfo=timezone(timedelta(hours=5, minutes=30), "+0530"))
    assert zone_name(odd) == "UTC+05:30"
    assert local_time("") == "" and local_time("kemarin") == "kemarin"
    assert local_time("2024-06-12T09:00:00") == "2024-06-12 09:00"  # no zone: local already


def test_decimal_mark_follows_the_language():
    assert decimal_text("7.25") == "7,25"
    assert decimal_text("8.9977*") == "8,9977*"
    assert decimal_text("-0.5") == "-0,5"
    assert decimal_text("Dr. Ani") == "Dr. Ani" and decimal_text("1.2.3") == "1.2.3"
    set_language("en")
    assert decimal_text("7.25") == "7.25"
    assert decimal_text("7.25", "id") == "7,25"


@needs_tzset
def test_report_print_time_and_finalised_time_are_local_and_named(local_zone, tie_event, tmp_path):
    if not os.path.exists("/usr/share/zoneinfo/Asia/Makassar"):
        pytest.skip("no tzdata")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    local_zone("Asia/Makassar")
    printed = datetime(2024, 6, 12, 7, 5, tzinfo=UTC)
    assert fmt_datetime(printed) == "12 Juni 2024 15:05 WITA"
    assert fmt_datetime(printed, "en") == "12 June 2024 15:05 WITA"
    out = render_report(
        tie_event.ws, "sheet", tie_event.event_id, tmp_path / "s.pdf", printed_at=printed
    )
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Dicetak 12 Juni 2024 15:05 WITA" in text
    stamps = [line for line in text.splitlines() if line.startswith("Final (ditandatangani) · ")]
    assert stamps and all(" WITA · revisi" in line for line in stamps), stamps
