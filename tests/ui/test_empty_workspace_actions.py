"""Every menu action and shortcut of the main window on an empty workspace:
none crashes (Ctrl+2 raised KeyError "no event '' in this workspace"), none
shows the crash dialog, and each one shows a screen or a sentence the user
can act on — never a raw exception text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

pytestmark = pytest.mark.gui


def shown_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def python_words(text: str) -> bool:
    return any(
        w in text
        for w in ("Error:", "Traceback", "KeyError", "NoneType", "object has no", "PathLike")
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_action_on_an_empty_workspace(qtbot, tmp_path, open_app, lang):
    w = open_app(tmp_path / "kosong", lang)
    actions = [a for a in w.findChildren(QAction) if a.text() and not a.isSeparator()]
    assert w.act_secr in actions and w.act_export in actions and w.act_my_key in actions
    quit_ = w.act_quit
    seen = {}
    for action in [a for a in actions if a is not quit_]:
        if not action.isEnabled():
            continue
        action.trigger()
        qtbot.wait(30)
        texts = []
        for dlg in shown_dialogs():
            if isinstance(dlg, QMessageBox):
                assert dlg.icon() != QMessageBox.Icon.Critical, (action.text(), dlg.text())
                texts.append(dlg.text())
                assert not python_words(dlg.text() + dlg.informativeText()), dlg.text()
            dlg.reject()
            qtbot.wait(10)
        seen[action] = (w.stack.currentWidget(), texts)
        w.act_judge.trigger()  # back to the start screen before the next one
        qtbot.wait(10)
    assert w.stack.currentWidget() is w.first_run
    assert len(seen) >= 10
    # what the user sees for the ones that cannot apply here: a sentence
    assert seen[w.act_export][1], "export names why it cannot run"
    assert seen[w.act_my_key][1], "my signing key names why there is none"
    w.act_secr.trigger()
    assert w.stack.currentWidget() is w.secretariat and w.secretariat.isVisible()
    assert not python_words(" ".join(visible_label_texts(w)))
    quit_.trigger()
    qtbot.waitUntil(lambda: not w.isVisible())


def visible_label_texts(w) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [lb.text() for lb in w.findChildren(QLabel) if lb.isVisible()]
