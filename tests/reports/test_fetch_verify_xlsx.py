"""Bundled-only resources, report verification, and the Excel export."""

from __future__ import annotations

from pathlib import Path

import pytest

from judgeapp.reports import render_report
from judgeapp.reports.render import FetchRefused, fetch_bundled
from judgeapp.reports.verify import verify_pdf
from judgeapp.resources import reports_dir


def test_fetcher_serves_bundled_files_and_data_urls():
    body, mime, _ = fetch_bundled((reports_dir() / "fonts" / "DejaVuSans.ttf").as_uri())
    assert mime == "font/ttf" and len(body) > 100_000
    body, mime, _ = fetch_bundled("data:image/svg+xml;base64,PHN2Zy8+")
    assert body == b"<svg/>" and mime == "image/svg+xml"


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/x.css",
        "https://example.org/font.ttf",
        "ftp://example.org/a",
        "file:///etc/passwd",
        "file://otherhost/share/x.css",
    ],
)
def test_fetcher_refuses_network_and_other_files(url):
    with pytest.raises(FetchRefused):
        fetch_bundled(url)


def test_fetcher_refuses_escaping_the_folder():
    sneaky = reports_dir().as_uri() + "/../pyproject.toml"
    with pytest.raises(FetchRefused):
        fetch_bundled(sneaky)


def test_weasyprint_never_fetches_outside(tmp_path):
    import weasyprint

    from judgeapp.reports.render import make_fetcher

    outside = tmp_path / "outside.png"
    outside.write_bytes(b"not really")
    html = f'<img src="{outside.as_uri()}"><img src="http://127.0.0.1:9/x.png"><p>ok</p>'
    fetched = []
    fetcher = make_fetcher()
    original = fetcher.fetch

    def spy(url, headers=None):
        fetched.append(url)
        return original(url, headers)

    fetcher.fetch = spy
    pdf = weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()
    assert pdf.startswith(b"%PDF")
    assert len(fetched) == 2  # both asked for, both refused (rendered without them)


def test_verify_accepts_a_fresh_report_then_names_a_change(mini_event, tmp_path):
    from judgeapp.services import sheets as svc

    out = render_report(mini_event.ws, "ranking", mini_event.event_id, tmp_path / "r.pdf")
    findings = verify_pdf(mini_event.ws, out)
    assert findings and all(f.ok for f in findings), [str(f) for f in findings]

    budi, gamma = mini_event.judges["Budi Santoso"], mini_event.subs["Kabupaten Gamma"]
    sheet = mini_event.sheets[(budi, gamma)]
    svc.reopen(mini_event.ws, sheet, budi, "koreksi")
    svc.record_score(mini_event.ws, sheet, "output.1", "10", budi)
    svc.finalise(mini_event.ws, sheet, budi)
    findings = verify_pdf(mini_event.ws, out)
    failed = [str(f) for f in findings if not f.ok]
    assert failed
    assert any("Kabupaten Gamma" in f or "/ranking/" in f for f in failed)


def test_verify_refuses_a_foreign_or_altered_pdf(mini_event, tmp_path):
    import weasyprint
    from pypdf import PdfReader, PdfWriter

    other = tmp_path / "other.pdf"
    weasyprint.HTML(string="<p>hello</p>").write_pdf(other)
    findings = verify_pdf(mini_event.ws, other)
    assert len(findings) == 1 and not findings[0].ok

    out = render_report(mini_event.ws, "sheet", mini_event.event_id, tmp_path / "s.pdf")
    reader = PdfReader(str(out))
    writer = PdfWriter(clone_from=reader)
    meta = dict(reader.metadata)
    key = next(k for k in meta if k.lower() == "/judgeappreport")
    meta[key] = meta[key].replace('"fingerprint": "', '"fingerprint": "00')
    writer.add_metadata(meta)
    forged = tmp_path / "forged.pdf"
    with forged.open("wb") as fh:
        writer.write(fh)
    findings = verify_pdf(mini_event.ws, forged)
    assert not all(f.ok for f in findings)

    assert not verify_pdf(mini_event.ws, tmp_path / "missing.pdf")[0].ok


@pytest.mark.parametrize("lang", ["id", "en"])
def test_xlsx_export_matches_the_ranking(mini_event, tmp_path, lang):
    from openpyxl import load_workbook

    from judgeapp.reports.xlsx import export_xlsx
    from judgeapp.services.results import rank

    seen = []
    out = export_xlsx(
        mini_event.ws,
        mini_event.event_id,
        tmp_path / "e.xlsx",
        lang=lang,
        progress=lambda f, m: seen.append(f),
    )
    assert seen[-1] == 1.0
    wb = load_workbook(out)
    names = wb.sheetnames
    ranking_name = "Peringkat" if lang == "id" else "Ranking"
    assert names[:3] == ["Ringkasan" if lang == "id" else "Summary", ranking_name, "Total"]
    rk = wb[ranking_name]
    header = [c.value for c in rk[1]]
    score_col = header.index("Nilai akhir" if lang == "id" else "Final score")
    rows = {r[2]: r for r in rk.iter_rows(min_row=2, values_only=True)}
    for row in rank(mini_event.ws, mini_event.event_id).rows:
        assert rows[row.region][1] == row.rank
        assert rows[row.region][score_col] == pytest.approx(float(row.score))
    assert rk.freeze_panes == "A2"
    scores = wb[("Nilai" if lang == "id" else "Scores") + " Tahap II"]
    assert scores.max_row - 1 == len(mini_event.sheets)
    notes = wb["Catatan" if lang == "id" else "Notes"]
    texts = [r[5] for r in notes.iter_rows(min_row=2, values_only=True)]
    assert any("<script>" in t for t in texts)  # kept as typed (a cell, not markup)


def test_xlsx_refuses_an_unknown_event(workspace, tmp_path):
    from judgeapp.reports import ReportRefused
    from judgeapp.reports.xlsx import export_xlsx

    with pytest.raises(ReportRefused):
        export_xlsx(workspace, "nope", tmp_path / "e.xlsx")
    assert not Path(tmp_path / "e.xlsx").exists()
