"""The window's helpers for UI tests: a clock moved by hand, closing the
window (and its workspace) the way the app does, the focused widget."""

from __future__ import annotations


class FakeClock:
    """A clock the tests move by hand (seconds since the epoch)."""

    def __init__(self, start: float = 1_700_000_000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now


def window_parent(app):
    return app


def close_app(window) -> None:
    if window.ws is None:
        return
    window.close()
    window.runner.wait(5000)
    panel = window.secretariat
    if panel is not None:  # it reads the workspace on a language change: gone before it closes
        from PySide6.QtCore import QCoreApplication, QEvent

        runner = getattr(panel, "runner", None)
        if runner is not None:
            runner.wait(5000)
        window.stack.removeWidget(panel)
        window.secretariat = None
        panel.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    ws, window.ws = window.ws, None
    ws.close()


def focus():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()
