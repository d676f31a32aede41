"""The judge's home table writes a sheet's total with the interface's decimal
mark, as the interview screen and the reports do. Seen: "2.7463" in the
Indonesian home table while the interview said "2,7463"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize(("lang", "mark", "other"), [("id", ",", "."), ("en", ".", ",")])
def test_home_total_has_the_languages_decimal_mark(judge_world, open_app, lang, mark, other):
    w = open_app(judge_world.folder, lang)
    assert w.home.choose_judge(judge_world.other)
    model = w.home.model
    row = next(i for i, r in enumerate(model.rows) if r.submission_id == judge_world.submissions[0])
    total = model.rows[row].total
    assert total is not None
    shown = model.index(row, 4).data(Qt.ItemDataRole.DisplayRole)
    assert shown == format(total, "f").replace(".", mark), shown
    assert other not in shown
