"""The tie-break ladder and trail are written in words for people (ranking
report, ranking screen, ``rank`` table) and stay ids for machines (JSON, CSV)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import pytest

from judgeapp.reports import render_report
from judgeapp.services import results

IDS = ("stage:", "aspect:", "indicator:", "tahap2")


def pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def flat(text: str) -> str:
    """Without whitespace: a phrase wrapped inside a table cell joins again."""
    return "".join(text.split())


def test_the_ranking_knows_its_rules_in_words(tie_event):
    ranking = results.rank(tie_event.ws, tie_event.event_id)
    assert ranking.ladder == ("stage:tahap2", "aspect:capaian", "spread")  # ids kept
    assert ranking.ladder_text == "Tahap II → aspek Pencapaian → sebaran nilai"
    beta = ranking.rows[0]
    assert beta.region == "Kota Beta" and beta.trail[0].rule == "aspect:capaian"
    from judgeapp.i18n import set_language

    set_language("en")
    assert ranking.ladder_text == "Tahap II → aspect Pencapaian → spread of scores"


@pytest.mark.parametrize(
    ("lang", "ladder", "ahead"),
    [
        (
            "id",
            "Urutan penentu jika seri: Tahap II → aspek Pencapaian → sebaran nilai.",
            "di atas Kota Alpha: aspek Pencapaian (8,6667 > 8,0000)",
        ),
        (
            "en",
            "Tie-break ladder: Tahap II → aspect Pencapaian → spread of scores.",
            "ahead of Kota Alpha: aspect Pencapaian (8.6667 > 8.0000)",
        ),
    ],
)
def test_ranking_pdf_writes_the_ladder_and_trail_in_words(tie_event, tmp_path, lang, ladder, ahead):
    out = render_report(tie_event.ws, "ranking", tie_event.event_id, tmp_path / "r.pdf", lang=lang)
    text = flat(pdftotext(out))
    assert flat(ladder) in text
    assert flat(ahead) in text
    behind = "di bawah Kota Beta" if lang == "id" else "behind Kota Beta"
    assert flat(behind) in text
    for ident in IDS:
        assert ident not in text, ident


def test_recap_pdf_words_too(tie_event, tmp_path):
    out = render_report(tie_event.ws, "recap", tie_event.event_id, tmp_path / "r.pdf")
    text = flat(pdftotext(out))
    assert "stage:" not in text and "aspect:" not in text


def test_rank_table_in_words_json_and_csv_keep_the_ids(tie_event, capsys):
    from judgeapp.cli import main

    ws = str(tie_event.ws.folder)
    assert main(["rank", "--event", tie_event.event_id, "--workspace", ws]) == 0
    table = capsys.readouterr().out
    assert "urutan pemecah seri: Tahap II → aspek Pencapaian → sebaran nilai" in table
    assert "di atas Kota Alpha: aspek Pencapaian 8,6667 vs 8,0000" in table
    assert "aspect:" not in table and "stage:" not in table

    assert main(["rank", "--event", tie_event.event_id, "--workspace", ws, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tie_break"] == ["stage:tahap2", "aspect:capaian", "spread"]
    beta = next(r for r in data["rows"] if r["region"] == "Kota Beta")
    assert beta["trail"][0]["rule"] == "aspect:capaian"
    assert beta["trail"][0]["value"] == "8.6667"

    assert main(["rank", "--event", tie_event.event_id, "--workspace", ws, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    beta = next(r for r in rows if r["region"] == "Kota Beta")
    assert "aspect:capaian 8.6667 vs 8.0000" in beta["trail"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_moderated_value_is_named_by_its_indicator_title(tie_event, tmp_path, lang):
    from judgeapp.services.moderation import record_moderation

    record_moderation(
        tie_event.ws,
        tie_event.event_id,
        "tahap2",
        tie_event.subs["Kota Gamma"],
        "output",
        "7.5",
        "Disepakati panel",
        ["Dr. Ani Wulandari"],
    )
    out = render_report(tie_event.ws, "ranking", tie_event.event_id, tmp_path / "r.pdf", lang=lang)
    text = flat(pdftotext(out))
    word = "moderasi" if lang == "id" else "moderated"
    values = "7,00→7,50" if lang == "id" else "7.00→7.50"
    assert flat(f"{word} Output Inovasi: ") + values in text
    assert flat(f"{word} output:") not in text
