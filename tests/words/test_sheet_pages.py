"""Score-sheet reports: each sheet's pages are numbered within the sheet
("Halaman 1 dari 3" restarting for every sheet) and its signature block is on
the page of its last item — checked page by page with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from judgeapp.reports import numbering, render_report
from judgeapp.reports.common import Params
from judgeapp.reports.render import build_data

PAGE = {"id": re.compile(r"Halaman (\d+) dari (\d+)"), "en": re.compile(r"Page (\d+) of (\d+)")}


def page_texts(path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(1, pages + 1)
    ]


def flat(text: str) -> str:
    return "".join(text.split())


def sheets_by_page_numbers(texts: list[str], lang: str) -> list[list[str]]:
    """The pages cut into sheets where the footer's number restarts at 1; each
    page shows exactly one number, and a sheet's numbers run 1..n of n."""
    groups: list[list[str]] = []
    for text in texts:
        found = PAGE[lang].findall(text)
        assert len(found) == 1, found
        k, n = (int(x) for x in found[0])
        if k == 1:
            groups.append([])
        groups[-1].append(text)
        assert k == len(groups[-1]) and k <= n
    for g in groups:
        assert PAGE[lang].findall(g[-1])[0][1] == str(len(g))
    return groups


def last_item(sheet: dict) -> str:
    ind = sheet["aspects"][-1]["indicators"][-1]
    return ind["items"][-1]["text"] if ind["items"] else ind["title"]


def test_page_labels_restart_for_every_section():
    assert numbering.page_labels([0, 3, 4], 6) == [(1, 3), (2, 3), (3, 3), (1, 1), (1, 2), (2, 2)]
    assert numbering.page_labels([], 2) == [(1, 2), (2, 2)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_one_page_sheets_each_say_page_1_of_1(tie_event, tmp_path, lang):
    out = render_report(tie_event.ws, "sheet", tie_event.event_id, tmp_path / "s.pdf", lang=lang)
    texts = page_texts(out)
    assert len(texts) == 3
    word = "Halaman 1 dari 1" if lang == "id" else "Page 1 of 1"
    assert all(word in t for t in texts)
    for name, t in zip(("Kota Alpha", "Kota Beta", "Kota Gamma"), texts, strict=True):
        assert name in t
    from judgeapp.cli import main

    assert main(["verify", str(out), "--workspace", str(tie_event.ws.folder)]) == 0


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from judgeapp.cli import main
    from judgeapp.store.db import open_workspace

    folder = tmp_path_factory.mktemp("demo") / "ws"
    assert main(["demo", "--no-gui", "--workspace", str(folder)]) == 0
    ws = open_workspace(folder)
    yield ws
    ws.close()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["id", "en"])
def test_long_sheets_numbered_per_sheet_and_signed_on_their_last_page(demo, tmp_path, lang):
    """PPD Tahap II sheets (195 items) run over several pages; where the table
    ends near a page's foot the signature block used to get a page of its own."""
    from judgeapp.store.events import list_judges

    judge = next(j for j in list_judges(demo, "ppd-jabar-2022") if "Ayu" in j.name)
    params = Params("sheet", "ppd-jabar-2022", "tahap2", None, judge.id)
    sheets = build_data(demo, params)["sheets"]
    assert len(sheets) >= 2
    out = render_report(
        demo,
        "sheet",
        "ppd-jabar-2022",
        tmp_path / "s.pdf",
        lang=lang,
        stage_id="tahap2",
        judge_id=judge.id,
    )
    groups = sheets_by_page_numbers(page_texts(out), lang)
    assert len(groups) == len(sheets)
    role = ("Penilai" if lang == "id" else "Judge") + f" ({judge.role})"
    total = "NILAI TOTAL" if lang == "id" else "TOTAL SCORE"
    for sheet, pages in zip(sheets, groups, strict=True):
        assert len(pages) > 1
        assert sheet["submission"]["region"] in pages[0]
        signed = [i for i, t in enumerate(pages) if role in t]
        assert signed == [len(pages) - 1]  # once, on the sheet's last page
        end = flat(pages[-1])
        assert flat(last_item(sheet)) in end and total in pages[-1]
        assert flat(sheet["judge"]["name"]) in end
