"""The berita acara of the demo's PPD event reads as people write it: the
edition is not repeated after a name that already says it, the judge rule is
named once with its stages, and English counts are singular or plural
(read back from the PDF with pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from judgeapp.reports import render_report
from judgeapp.services.demo import build_demo
from judgeapp.store.db import open_workspace

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    build_demo(folder / "ws")
    texts = {}
    with open_workspace(folder / "ws") as ws:
        for lang in ("id", "en"):
            out = render_report(ws, "minutes", "ppd-jabar-2022", folder / f"{lang}.pdf", lang=lang)
            run = subprocess.run(
                ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
            )
            texts[lang] = " ".join(run.stdout.split())
    return texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_edition_is_not_repeated(minutes, lang):
    assert "PPD Jawa Barat 2022" in minutes[lang]
    assert "2022 2022" not in minutes[lang]


def test_the_rule_is_named_once_with_its_stages(minutes):
    assert "aturan gabungan: median (nilai tengah) (Tahap I, II, III)." in minutes["id"]
    assert "judge rule: median (Tahap I, II, III)." in minutes["en"]
    for text in minutes.values():
        assert "median, median" not in text


def test_english_counts_agree_with_their_number(minutes):
    text = minutes["en"]
    assert not re.search(r"(?<![\d.,])1 large spreads", text), text
    assert not re.search(r"(?<![\d.,])1 spreads", text)
    assert re.search(r"(?<![\d.,])1 large spread\b", text)  # the demo's Kabupaten Sukabumi
    assert re.search(r"\b(?!1 )\d+ large spreads", text)


def test_event_title():
    from judgeapp.reports.common import event_title

    assert event_title("PPD Jawa Barat 2022", "2022") == "PPD Jawa Barat 2022"
    assert event_title("PPD Jawa Barat", "2022") == "PPD Jawa Barat 2022"
    assert event_title("Sinovik 2020 — Top 99", "2020") == "Sinovik 2020 — Top 99"
    assert event_title("Lomba 20221", "2022") == "Lomba 20221 2022"
    assert event_title("PPD", None) == "PPD"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_demo_berita_acara_has_no_blank_to_fill(minutes, lang):
    text = minutes[lang]
    assert "……" not in text  # days, place and chair are all set
    march, april = ("Maret", "April") if lang == "id" else ("March", "April")
    assert f"14 {march} 2022 – 11 {april} 2022" in text
    assert text.count("Dr. Hendra Kusuma, M.Si. (contoh)") >= 2  # details and signature
    assert "Kepala Bappeda Provinsi Jawa Barat" in text
    assert f"Bandung, 11 {april} 2022" in text  # where and when it is signed
    for member in ("Rina Marlina, S.E., M.M. (contoh)", "Agus Firmansyah, S.T. (contoh)"):
        assert member in text
