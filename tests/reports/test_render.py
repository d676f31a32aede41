"""Every report rendered to a real PDF by WeasyPrint, checked through its text."""

from __future__ import annotations

import subprocess
import sys

import pytest
from kit.reports import HOSTILE_NOTE, LONG_WORD, flat, overflow_words, pdf_pages, pdf_text

from judgeapp.reports import KINDS, ReportRefused, render_report
from judgeapp.reports.common import Params
from judgeapp.reports.env import fmt_num
from judgeapp.reports.render import build_data, render_html

EXPECTED_TITLE = {
    ("sheet", "id"): "LEMBAR PENILAIAN",
    ("sheet", "en"): "SCORE SHEET",
    ("recap", "id"): "REKAP PENILAIAN PER DAERAH",
    ("recap", "en"): "RECAP PER REGION",
    ("ranking", "id"): "REKAPITULASI DAN PERINGKAT",
    ("ranking", "en"): "RESULTS AND RANKING",
    ("minutes", "id"): "BERITA ACARA PENILAIAN",
    ("minutes", "en"): "MINUTES OF THE ASSESSMENT",
    ("feedback", "id"): "UMPAN BALIK HASIL PENILAIAN",
    ("feedback", "en"): "ASSESSMENT FEEDBACK",
    ("blank", "id"): "LEMBAR PENILAIAN (KERTAS)",
    ("blank", "en"): "PAPER SCORE SHEET",
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_report_renders(mini_event, tmp_path, kind, lang):
    out = render_report(mini_event.ws, kind, mini_event.event_id, tmp_path / "r.pdf", lang=lang)
    text = pdf_text(out)
    pages = pdf_pages(out)
    assert pages >= 1
    assert EXPECTED_TITLE[(kind, lang)] in text
    assert "PPD Uji <Coba> & Co" in text  # escaped in HTML, shown as typed
    page_word = "dari" if lang == "id" else "of"
    if kind == "sheet":  # numbered per sheet (one page each here)
        assert text.count(f"1 {page_word} 1") == pages
    else:
        assert f"1 {page_word} {pages}" in text
    sample = "DATA CONTOH" if lang == "id" else "SAMPLE DATA"
    assert sample in text
    assert overflow_words(out) == []


def test_sheet_scores_and_totals_match_the_sheet_service(mini_event, tmp_path):
    from judgeapp.services import sheets as svc

    judge = mini_event.judges["Budi Santoso"]
    out = render_report(
        mini_event.ws, "sheet", mini_event.event_id, tmp_path / "s.pdf", judge_id=judge
    )
    text = pdf_text(out)
    sheets = [(j, s) for (j, s) in mini_event.sheets if j == judge]
    assert pdf_pages(out) == len(sheets)
    for key in sheets:
        state = svc.state(mini_event.ws, mini_event.sheets[key])
        assert fmt_num(state.result.total, 4, "id") in text
    assert "Budi Santoso" in text
    assert "Dr. Ani Wulandari" not in text
    assert "Citra Lestari" not in text


def test_sheet_shows_texts_evidence_timer_and_status(mini_event, tmp_path):
    ani, alpha = mini_event.judges["Dr. Ani Wulandari"], mini_event.subs["Kota Alpha"]
    out = render_report(
        mini_event.ws,
        "sheet",
        mini_event.event_id,
        tmp_path / "s.pdf",
        judge_id=ani,
        submission_id=alpha,
        lang="en",
    )
    text = pdf_text(out)
    assert "Proposal Daerah, p. 3" in text  # evidence by document title and page
    assert "09:07:10" in text  # timer stamp
    assert "Final (signed)" in text
    assert "Strengths:" in text and "Recommendations:" in text
    assert flat(HOSTILE_NOTE) in flat(text)
    assert flat(LONG_WORD) in flat(text)  # wrapped, not cut
    assert "שלום" in text or "םולש" in text  # right-to-left text kept
    assert "Catatan pribadi" not in text  # the judge's private note is never printed
    assert pdf_pages(out) == 1


def test_user_text_is_escaped_in_html(mini_event):
    html, _meta = render_html(mini_event.ws, Params("sheet", mini_event.event_id))
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "{{ data.event }}" in html  # user braces are data, never evaluated
    assert "PPD Uji &lt;Coba&gt; &amp; Co" in html


def test_ranking_figures_are_those_of_the_results_service(mini_event, tmp_path):
    from judgeapp.services.results import rank

    ranking = rank(mini_event.ws, mini_event.event_id)
    out = render_report(mini_event.ws, "ranking", mini_event.event_id, tmp_path / "r.pdf")
    lines = pdf_text(out).splitlines()
    assert ranking.rows
    for row in ranking.rows:
        line = next(ln for ln in lines if row.region in ln and fmt_num(row.score, 4, "id") in ln)
        assert line.split()[0] == str(row.rank)
        assert str(row.judges) in line.split()


def test_recap_shows_each_judge_the_combined_value_and_key_figures(mini_event, tmp_path):
    from judgeapp.services.results import disagreements

    alpha = mini_event.subs["Kota Alpha"]
    out = render_report(
        mini_event.ws, "recap", mini_event.event_id, tmp_path / "r.pdf", submission_id=alpha
    )
    text = pdf_text(out)
    total = next(
        d
        for d in disagreements(mini_event.ws, mini_event.event_id, "tahap2", flagged_only=False)
        if d.submission == alpha and d.target == "total"
    )
    assert len(total.values) == 3
    for value in total.values.values():
        assert fmt_num(value, 4, "id") in text
    assert fmt_num(total.combined, 4, "id") in text
    assert "Indeks Pembangunan Manusia" in text and "77,17" in text
    assert "Kota Beta" not in text


def test_feedback_is_anonymised_and_gathers_both_judges(mini_event, tmp_path):
    alpha = mini_event.subs["Kota Alpha"]
    out = render_report(
        mini_event.ws, "feedback", mini_event.event_id, tmp_path / "f.pdf", submission_id=alpha
    )
    text = pdf_text(out)
    for name in mini_event.judges:
        assert name not in text
    assert "Investasi tumbuh pesat" in text and "Strategi" in text
    # the same recommendation from two judges is printed once
    assert flat(text).count(flat("Perkuat UMKM " + LONG_WORD)) == 1
    assert "Catatan pribadi" not in text  # a judge's private note is not a remark


def test_blank_sheets_one_per_assignment_with_rekey_ids(mini_event, tmp_path):
    out = render_report(mini_event.ws, "blank", mini_event.event_id, tmp_path / "b.pdf")
    assert pdf_pages(out) == len(mini_event.sheets)
    data = build_data(mini_event.ws, Params("blank", mini_event.event_id))
    assert len(data["sheets"]) == len(mini_event.sheets)
    first = data["sheets"][0]
    assert first["rekey"].startswith("judgeapp:paper/1?event=")
    assert f"judge={first['judge']['id']}" in first["rekey"]
    text = flat(pdf_text(out))
    assert flat(first["submission"]["id"]) in text


def test_minutes_have_a_signature_for_every_judge_and_the_chair(mini_event, tmp_path):
    out = render_report(mini_event.ws, "minutes", mini_event.event_id, tmp_path / "m.pdf")
    text = pdf_text(out)
    for name in mini_event.judges:
        assert text.count(name) >= 2  # panel table and signature block
    assert "Ketua Tim Penilai" in text
    assert "Bandung" in text


def test_html_debug_output(mini_event, tmp_path):
    out = render_report(mini_event.ws, "ranking", mini_event.event_id, tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<base href=" in html and "print.css" in html


@pytest.mark.parametrize(
    "kwargs",
    [
        {"event_id": "no-such-event"},
        {"stage_id": "tahap9"},
        {"submission_id": "nope"},
        {"judge_id": "nobody"},
    ],
)
def test_unknown_selection_is_refused_and_writes_nothing(mini_event, tmp_path, kwargs):
    args = {"event_id": mini_event.event_id, **kwargs}
    event_id = args.pop("event_id")
    with pytest.raises(ReportRefused):
        render_report(mini_event.ws, "sheet", event_id, tmp_path / "x.pdf", **args)
    assert not (tmp_path / "x.pdf").exists()


def test_progress_is_reported(mini_event, tmp_path):
    seen = []
    render_report(
        mini_event.ws,
        "blank",
        mini_event.event_id,
        tmp_path / "b.pdf",
        progress=lambda f, m: seen.append(f),
    )
    assert seen[0] < seen[-1] == 1.0
    assert seen == sorted(seen)


def test_importing_reports_does_not_import_weasyprint():
    code = (
        "import sys, judgeapp.reports, judgeapp.reports.common, judgeapp.reports.env; "
        "print('weasyprint' in sys.modules, 'matplotlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_moderation_shows_in_recap_ranking_and_minutes(mini_event, tmp_path):
    from judgeapp.services.moderation import record_moderation
    from judgeapp.services.results import rank

    beta = mini_event.subs["Kota Beta"]
    record_moderation(
        mini_event.ws,
        mini_event.event_id,
        "tahap2",
        beta,
        "output",
        "8.5",
        "Disepakati <b>panel</b> setelah diskusi",
        ["Budi Santoso", "Dr. Ani Wulandari"],
    )
    recap = pdf_text(
        render_report(
            mini_event.ws, "recap", mini_event.event_id, tmp_path / "r.pdf", submission_id=beta
        )
    )
    assert flat("Disepakati <b>panel</b> setelah diskusi") in flat(recap)
    assert "8,50" in recap
    row = rank(mini_event.ws, mini_event.event_id).row(beta)
    assert row.moderated
    ranking = pdf_text(
        render_report(mini_event.ws, "ranking", mini_event.event_id, tmp_path / "k.pdf")
    )
    assert fmt_num(row.score, 4, "id") in ranking
    minutes = pdf_text(
        render_report(mini_event.ws, "minutes", mini_event.event_id, tmp_path / "m.pdf")
    )
    assert "Moderasi" in minutes and "Output Inovasi" in minutes
