"""The Submissions tab lists the event's packages as imported: region,
province, category, version and documents, filtered as the secretariat types;
reached through View ▸ Secretariat and the tab bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def cells(view: QTableView) -> list[list[str]]:
    m = view.model()
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_submissions_tab_lists_region_category_version_documents(
    qtbot, judge_world, open_app, lang
):
    w = open_app(judge_world.folder, lang)
    qtbot.keyClick(w, Qt.Key.Key_2, CTRL)
    panel = w.secretariat
    tab = panel.findChild(object, "submissions-tab")
    panel.tabs.setCurrentWidget(tab)
    word = {"id": "Peserta", "en": "Submissions"}[lang]
    assert panel.tabs.tabText(panel.tabs.currentIndex()) == word
    view = tab.findChild(QTableView, "submissions")
    rows = cells(view)
    assert [r[0] for r in rows] == [
        "Kabupaten Lembah Hijau",
        "Kota Sukamaju",
        "Kota Tepi Laut",
    ]
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Jawa Barat", "kabupaten", "1"),
        ("Jawa Barat", "kota", "1"),
        ("Jawa Barat", "kota", "1"),
    ]
    assert rows[1][4] == "2: Profil daerah, Dokumen RKPD"
    assert set(r[6] for r in rows) == set(judge_world.submissions)
    headers = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert (
        headers[:5]
        == {
            "id": ["Daerah", "Provinsi", "Kategori", "Versi", "Dokumen"],
            "en": ["Region", "Province", "Category", "Version", "Documents"],
        }[lang]
    )
    docs = tab.findChild(QLabel, "submission-documents")
    assert "Profil daerah (docs/profil.pdf, 4 " in docs.text()
    # typing in the filter narrows the list; the count says so
    filt = tab.findChild(QLineEdit, "submissions-filter")
    filt.setFocus()
    qtbot.keyClicks(filt, "tepi")
    assert [r[0] for r in cells(view)] == ["Kota Tepi Laut"]
    count = tab.findChild(QLabel, "submissions-count").text()
    assert count == {"id": "1 dari 3 peserta", "en": "1 of 3 submissions"}[lang]
    assert "Kota Tepi Laut" in docs.text()
    # Down in the table shows the next submission's documents
    filt.clear()
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert "Kota Sukamaju" in docs.text()
