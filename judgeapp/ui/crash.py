"""Crash handler: log an unexpected exception, show a dialog, keep running.

``CrashHandler.install()`` replaces ``sys.excepthook``. Each crash writes
``crash-<UTC stamp>.log`` into the log folder (the workspace's ``logs/`` once a
workspace is open, else the per-user log folder). On the next start
``pending_reports()`` lists logs not yet reported; ``mark_reported()`` renames
them so that each crash is reported once.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("judgeapp")


def user_log_dir() -> Path:
    from judgeapp.oscompat import user_log_dir as folder

    return folder()


class CrashHandler:
    """Logs uncaught exceptions to ``folder`` and tells the user."""

    def __init__(self, folder: Path, *, show_dialog: bool = True):
        self.folder = Path(folder)
        self.show_dialog = show_dialog
        self.listeners: list[Callable[[Path | None], None]] = []  # None: no log written
        self._previous = sys.excepthook
        self._handling = False
        self.box: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def set_folder(self, folder: Path) -> None:
        self.folder = Path(folder)

    def write_log(self, exc_type, exc, tb) -> Path:  # excepthook signature
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = self.folder / f"crash-{stamp}.log"
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        path.write_text(text, encoding="utf-8")
        return path

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        try:
            path = self.write_log(exc_type, exc, tb)
        except OSError:
            path = None
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        for listener in self.listeners:
            with contextlib.suppress(Exception):
                listener(path)
        if self.show_dialog and not self._handling and QApplication.instance() is not None:
            self._handling = True
            try:
                self._dialog(exc, path)
            finally:
                self._handling = False

    def _dialog(self, exc: BaseException, path: Path | None) -> None:
        """Say that it is the app's fault, that what was saved is kept and where
        the log is. The exception's own words are no advice to the user: they
        stay behind "Show details" for whoever reads the log."""
        if self.box is not None and shiboken6.isValid(self.box) and self.box.isVisible():
            return  # one dialog at a time: the log holds every crash
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "CrashHandler",
                "Something went wrong inside JudgeApp — not in what you did. Every score "
                "shown as saved is kept; the app keeps running.",
            )
        )
        if path is not None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "CrashHandler",
                    "The error was written to this file; please give it to whoever "
                    "supports JudgeApp for you:",
                )
                + f"\n{path}"
            )
        else:
            box.setInformativeText(
                QCoreApplication.translate(
                    "CrashHandler", "The error could not be written to a log file."
                )
            )
        box.setDetailedText("".join(traceback.format_exception_only(type(exc), exc)))
        from PySide6.QtCore import Qt  # not at import: see MainWindow._LOADING_ALIGN

        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box  # shown without a nested event loop; kept until closed
        box.open()


def pending_reports(folder: Path) -> list[Path]:
    """Crash logs written since the last start (not yet reported)."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("crash-*.log"))


def mark_reported(paths: list[Path]) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.rename(p.with_name(p.stem + ".reported.txt"))
