"""Import tab, official PPD worksheet: regions matched or created, totals, refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from judgeapp.domain.scoring import score_sheet
from judgeapp.services.sheets import state
from judgeapp.services.worksheet import write_worksheet
from judgeapp.store import events as store_events
from judgeapp.store import submissions as store_submissions
from judgeapp.store.forms import load_pinned

KEYS = ["ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2"]
REGIONS = ("Kota Alpha", "KOTA  beta", "Kabupaten Omega")


@pytest.fixture
def page(qtbot, mini_event, make_panel):
    panel = make_panel(mini_event)
    panel.tabs.setCurrentWidget(panel.imports)
    panel.imports.pages.setCurrentWidget(panel.imports.worksheet)
    return panel.imports.worksheet


@pytest.fixture
def worksheet(mini_event, tmp_path):
    ev = mini_event
    form = load_pinned(ev.ws, store_events.get_event(ev.ws, ev.event_id).stages[0].form_hash)
    scores = {
        r: {k: Decimal("5.5") + i + n * Decimal("0.75") for n, k in enumerate(KEYS)}
        for i, r in enumerate(REGIONS)
    }
    scores["Kabupaten Omega"].pop("output.2")
    texts = {r: {("ekonomi", "keunggulan"): f"Kuat di {r}"} for r in REGIONS}
    path = write_worksheet(tmp_path / "lembar-ani.xlsx", form, REGIONS, scores, texts, "Ani")
    return path, form, scores


def run(page, qtbot):
    with qtbot.waitSignal(page.finished, timeout=60000) as blocker:
        page.import_button.click()
    return blocker.args[0]


def counts(ev):
    return (
        len(ev.ws.query("SELECT id FROM sheets")),
        len(store_submissions.current_submissions(ev.ws, ev.event_id)),
    )


def test_missing_region_refused_then_created(page, mini_event, worksheet, qtbot):
    ev = mini_event
    path, form, scores = worksheet
    page.file.setText(str(path))
    page.judge.setCurrentIndex(page.judge.findData(ev.judges[0]))
    before = counts(ev)
    out = run(page, qtbot)
    assert out.refused and "Kabupaten Omega" in out.refusal and "lembar-ani.xlsx" in out.refusal
    assert counts(ev) == before  # nothing changed
    assert page.message.kind == "error" and page.model.rowCount() == 1
    assert "Kabupaten Omega" in page.model.text(0, 2)

    page.create_missing.setChecked(True)
    with qtbot.waitSignal(page.imported, timeout=60000):
        out = run(page, qtbot)
    assert not out.refused and page.message.kind == "ok"
    res = out.result
    assert [r.name for r in res.regions] == [" ".join(r.split()) for r in REGIONS]
    assert [r.created for r in res.regions] == [False, False, True]
    assert page.model.rowCount() == 3
    assert page.model.column_texts(0) == ["D5", "D6", "D7"]
    assert page.model.column_texts(2) == ["Kota Alpha", "Kota Beta", "Kabupaten Omega"]
    for row, r in enumerate(res.regions):
        sheet = ev.ws.query_one(
            "SELECT id, source FROM sheets WHERE submission_id=? AND judge_id=?",
            (r.submission_id, ev.judges[0]),
        )
        assert sheet["source"] == "worksheet"
        expected = score_sheet(form, scores[REGIONS[row]]).total
        assert state(ev.ws, sheet["id"]).result.total == expected == r.total
        assert Decimal(page.model.text(row, 4).replace(",", ".")) == expected  # decimal comma
    # a blank cell: the sheet counts (final) and the page says which cell
    assert [r.status for r in res.regions] == ["final", "final", "final"]
    assert page.model.text(0, 8) == "" and res.regions[2].warnings
    assert res.regions[2].warnings[0]["cell"] in page.model.text(2, 8)
    # imported again: nothing changes
    out = run(page, qtbot)
    assert all(r.changed == 0 for r in out.result.regions)


def test_not_a_worksheet_refused(page, mini_event, qtbot, tmp_path):
    ev = mini_event
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not a workbook")
    page.file.setText(str(junk))
    page.judge.setCurrentIndex(page.judge.findData(ev.judges[1]))
    before = counts(ev)
    out = run(page, qtbot)
    assert out.refused and "junk.xlsx" in out.refusal
    assert counts(ev) == before and page.message.kind == "error"


def test_file_and_judge_required(page):
    page.file.clear()
    page.import_button.click()
    assert page.message.kind == "error" and page.outcome is None
