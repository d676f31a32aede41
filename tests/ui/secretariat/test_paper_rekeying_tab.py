"""Import tab, paper re-keying: template export, single entry, double entry."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from judgeapp.services import paper, setup
from judgeapp.store import events as store_events
from judgeapp.store import submissions as store_submissions

VALUES = {"ekonomi.1": "8.25", "ekonomi.2": "9", "kemiskinan.1": "7,5", "output.1": "6"}


@pytest.fixture
def page(qtbot, mini_event, make_panel):
    setup.fill(mini_event.ws, mini_event.event_id, judge_id=mini_event.judges[0])
    panel = make_panel(mini_event)
    panel.tabs.setCurrentWidget(panel.imports)
    panel.imports.pages.setCurrentWidget(panel.imports.paper)
    return panel.imports.paper


def read(path):
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write(path, rows, **changes):
    """The template with every value keyed; ``changes`` (target=value) on the first sheet."""
    first = rows[0]["submission"]
    out = []
    for r in rows:
        r = dict(r)
        if r["field"] == "score":
            r["value"] = VALUES.get(r["target"], "")
            if r["submission"] == first and r["target"].replace(".", "_") in changes:
                r["value"] = changes[r["target"].replace(".", "_")]
        else:
            r["value"] = f"Catatan {r['region']}"
        out.append(r)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(paper.COLUMNS))
        w.writeheader()
        w.writerows(out)
    return path


def export(page, qtbot, path):
    with qtbot.waitSignal(page.exported, timeout=60000) as blocker:
        page.start_export(path)
    return blocker.args[0]


def held(ev):
    return ev.ws.query(
        "SELECT s.submission_id, s.source, i.key, i.value FROM sheets s"
        " JOIN item_scores i ON i.sheet_id = s.id ORDER BY s.submission_id, i.key"
    )


def test_template_exported_for_the_chosen_judge(page, mini_event, qtbot, tmp_path):
    ev = mini_event
    page.judge.setCurrentIndex(page.judge.findData(ev.judges[0]))
    out = export(page, qtbot, tmp_path / "ani.csv")
    rows = read(out.path)
    assert {r["judge"] for r in rows} == {ev.judges[0]}
    assert {r["submission"] for r in rows} == set(ev.submissions)
    assert out.sheets == len(ev.submissions) and page.message.kind == "ok"
    # a judge without assignments: the template is written but the user is told
    page.judge.setCurrentIndex(page.judge.findData(ev.judges[1]))
    out = export(page, qtbot, tmp_path / "budi.xlsx")
    assert out.path.suffix == ".xlsx" and out.sheets == 0
    assert page.message.kind == "error"


def test_single_entry_accepted_and_bad_value_refused(page, mini_event, qtbot, tmp_path):
    ev = mini_event
    page.judge.setCurrentIndex(page.judge.findData(ev.judges[0]))
    rows = read(export(page, qtbot, tmp_path / "t.csv").path)
    bad = write(tmp_path / "bad.csv", rows, ekonomi_2="11")
    with qtbot.waitSignal(page.finished, timeout=60000) as blocker:
        page.start_import([bad])
    out = blocker.args[0]
    assert out.status == "refused" and held(ev) == []
    assert page.model.rowCount() == len(out.problems) >= 1
    assert page.model.text(0, 0) == "bad.csv" and page.model.text(0, 2) == "value"
    assert int(page.model.text(0, 1)) > 1 and page.model.text(0, 3)
    assert page.message.kind == "error"
    good = write(tmp_path / "good.csv", rows)
    with qtbot.waitSignal(page.imported, timeout=60000):
        page.start_import([good])
    assert page.outcome.status == "imported" and page.message.kind == "ok"
    scores = held(ev)
    assert {r["source"] for r in scores} == {"paper"}
    assert len(scores) == len(ev.submissions) * len(VALUES)
    assert {r["key"]: Decimal(r["value"]) for r in scores} == {
        k: Decimal(v.replace(",", ".")) for k, v in VALUES.items()
    }


def test_double_entry_mismatch_listed_then_accepted(page, mini_event, qtbot, tmp_path):
    ev = mini_event
    page.judge.setCurrentIndex(page.judge.findData(ev.judges[0]))
    rows = read(export(page, qtbot, tmp_path / "t.csv").path)
    a = write(tmp_path / "operator-a.csv", rows)
    b = write(tmp_path / "operator-b.csv", rows, ekonomi_1="8.75")
    page.file_a.setText(str(a))
    page.file_b.setText(str(b))
    with qtbot.waitSignal(page.finished, timeout=60000) as blocker:
        page.compare_button.click()
    out = blocker.args[0]
    assert out.status == "mismatch" and held(ev) == []  # nothing accepted
    assert page.model.rowCount() == 1
    region = store_submissions.get_submission(ev.ws, rows[0]["submission"]).region
    assert page.model.text(0, 0) == "Ani Wijaya" and page.model.text(0, 1) == region
    stage = store_events.get_event(ev.ws, ev.event_id).stages[0].name
    assert page.model.text(0, 2) == stage and page.model.text(0, 3).startswith("ekonomi.1 ")
    assert (page.model.text(0, 4), page.model.text(0, 5)) == ("8.25", "8.75")
    headers = [page.model.headerData(c, _horizontal()) for c in (4, 5)]
    assert "operator-a.csv" in headers[0] and "operator-b.csv" in headers[1]
    assert page.message.kind == "error"
    # operator B corrects the file: now they agree and the sheets are accepted
    write(b, rows)
    with qtbot.waitSignal(page.finished, timeout=60000) as blocker:
        page.compare_button.click()
    assert blocker.args[0].status == "imported"
    assert len(held(ev)) == len(ev.submissions) * len(VALUES)
    history = ev.ws.query("SELECT reason FROM history WHERE reason LIKE '%operator-a.csv%'")
    assert history


def test_double_entry_needs_both_files(page):
    page.file_a.setText("a.csv")
    page.compare_button.click()
    assert page.message.kind == "error" and page.outcome is None


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
