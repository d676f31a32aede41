"""judgeapp report … / judgeapp export xlsx … on a real workspace."""

from __future__ import annotations

import pytest
from kit.reports import build_mini_event, pdf_pages, pdf_text

from judgeapp.cli import main


@pytest.fixture(autouse=True)
def indonesian():
    from judgeapp.i18n import set_language

    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def event(workspace, mini_form):
    ev = build_mini_event(workspace, mini_form)
    return ev, str(workspace.folder)


def test_report_command_writes_a_pdf(event, tmp_path, capsys):
    ev, folder = event
    out = tmp_path / "rank.pdf"
    code = main(
        ["report", "ranking", "--event", ev.event_id, "--out", str(out), "--workspace", folder]
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "REKAPITULASI DAN PERINGKAT" in pdf_text(out)


def test_report_command_in_english_for_one_judge(event, tmp_path):
    ev, folder = event
    out = tmp_path / "sheet.pdf"
    judge = ev.judges["Citra Lestari"]
    code = main(
        [
            "--lang",
            "en",
            "report",
            "sheet",
            "--event",
            ev.event_id,
            "--judge",
            judge,
            "--stage",
            "tahap2",
            "--out",
            str(out),
            "--workspace",
            folder,
        ]
    )
    assert code == 0
    text = pdf_text(out)
    assert "SCORE SHEET" in text and "Citra Lestari" in text
    assert pdf_pages(out) == 2


def test_report_html_mode(event, tmp_path):
    ev, folder = event
    code = main(
        [
            "report",
            "blank",
            "--event",
            ev.event_id,
            "--html",
            "--out",
            str(tmp_path / "b.pdf"),
            "--workspace",
            folder,
        ]
    )
    assert code == 0
    assert (tmp_path / "b.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    "extra, word",
    [
        (["--event", "nope"], "nope"),
        (["--stage", "tahap9"], "tahap9"),
        (["--submission", "x-1"], "x-1"),
        (["--judge", "nobody"], "nobody"),
    ],
)
def test_report_refusals_exit_1(event, tmp_path, capsys, extra, word):
    ev, folder = event
    args = [
        "report",
        "sheet",
        "--event",
        ev.event_id,
        "--out",
        str(tmp_path / "x.pdf"),
        "--workspace",
        folder,
    ]
    if extra[0] == "--event":
        args[3] = extra[1]
    else:
        args += extra
    assert main(args) == 1
    err = capsys.readouterr().err
    assert word in err
    assert not (tmp_path / "x.pdf").exists()


def test_report_usage_error_exit_2(event, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["report", "poster", "--event", "x", "--out", str(tmp_path / "x.pdf")])
    assert exc.value.code == 2


def test_export_xlsx(event, tmp_path):
    from openpyxl import load_workbook

    ev, folder = event
    out = tmp_path / "e.xlsx"
    assert (
        main(["export", "xlsx", "--event", ev.event_id, "--out", str(out), "--workspace", folder])
        == 0
    )
    assert "Peringkat" in load_workbook(out).sheetnames
    assert (
        main(
            [
                "export",
                "xlsx",
                "--event",
                "nope",
                "--out",
                str(tmp_path / "n.xlsx"),
                "--workspace",
                folder,
            ]
        )
        == 1
    )
