"""Interface language: Qt translators for the widgets, ``judgeapp.i18n`` below.

Indonesian is the default. Source strings in the code are English; the
Indonesian catalogues ``translations/judgeapp_id.qm`` and ``secretariat_id.qm``
are installed for ``id``. Qt ships no Indonesian catalogue of its own
(``qtbase_id``), so the texts its dialogs show — message-box and dialog
buttons (OK, Cancel, Yes, No, Save…), Qt's file dialog, the edit fields'
context menus — are translated by the project in ``translations/qtbase_id.ts``
and installed the same way (a catalogue Qt ships for a language goes first).
Switching at run time removes/installs the translator, which sends
``QEvent.LanguageChange`` to every widget (each one re-translates itself:
``Retranslating`` runs a widget's ``retranslate()`` again on that event).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator

from judgeapp import i18n
from judgeapp.resources import translations_dir

LANGUAGES = ("id", "en")
CATALOGUE = "judgeapp"
CATALOGUES = ("judgeapp", "secretariat")  # the judge's screens, the secretariat panel
QT_CATALOGUE = "qtbase"  # Qt's own dialogs: the project's translation (translations/)


def catalogue_path(lang: str, name: str = CATALOGUE) -> str:
    return str(translations_dir() / f"{name}_{lang}.qm")


if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object  # a mixin: the Qt widget class comes after it in the bases


class Retranslating(_Widget):
    """Mixed into a widget (``class X(Retranslating, QWidget)``) whose texts are set
    by ``retranslate()``: it runs again when the interface language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Language(QObject):
    """Owns the installed translators; one per application."""

    def __init__(self, app: QCoreApplication, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.current = "en"
        self._translators: list[QTranslator] = []

    def set_language(self, lang: str) -> bool:
        """Install ``lang``; returns False when its catalogue could not be loaded."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        for tr in self._translators:
            self.app.removeTranslator(tr)
        self._translators.clear()
        ok = True
        if lang != "en":
            for name in CATALOGUES:
                tr = QTranslator(self)
                if tr.load(catalogue_path(lang, name)):
                    self.app.installTranslator(tr)
                    self._translators.append(tr)
                else:
                    ok = False
            own_qt = QTranslator(self)
            if own_qt.load(catalogue_path(lang, QT_CATALOGUE)):
                self.app.installTranslator(own_qt)
                self._translators.append(own_qt)
            else:
                ok = False
            qt = QTranslator(self)
            if qt.load(QLocale(lang), "qtbase", "_", _qt_translations()):
                self.app.installTranslator(qt)
                self._translators.append(qt)
        self.current = lang
        i18n.set_language(lang)
        QLocale.setDefault(
            QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
        )
        return ok


def _qt_translations() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
