"""File and folder pickers that never block the event loop.

Each function opens Qt's own file dialog (not the platform's native one, so it
speaks the app's language through ``translations/qtbase_id.qm``) with
``open()``: the caller's slot receives the chosen path, nothing happens on
Cancel. Because the dialog is an ordinary shown widget, a test answers it the
way a person does — find the shown ``QFileDialog``, type a path, press Enter.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(
    parent: QWidget, title: str, directory: str, mode: QFileDialog.FileMode, filters: str = ""
) -> QFileDialog:
    """Qt's own dialog in ``mode``, deleted once it has closed."""
    dlg = QFileDialog(parent, title, directory)
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.finished.connect(dlg.deleteLater)
    dlg.setFileMode(mode)
    if filters:
        dlg.setNameFilter(filters)
    return dlg


def choose_folder(
    parent: QWidget, title: str, on_chosen: Callable[[str], object], directory: str = ""
) -> QFileDialog:
    """Ask for an existing folder (e.g. a USB stick)."""
    dlg = _dialog(parent, title, directory, QFileDialog.FileMode.Directory)
    dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dlg.fileSelected.connect(on_chosen)
    dlg.open()
    return dlg


def choose_open_file(
    parent: QWidget,
    title: str,
    filters: str,
    on_chosen: Callable[..., object],
    directory: str = "",
    *,
    many: bool = False,
) -> QFileDialog:
    """Ask for one existing file (``on_chosen`` gets its path) or, with ``many``, for
    one or more (``on_chosen`` gets the list); ``filters`` as in ``QFileDialog``
    ("Name (*.zip);;…")."""
    if many:
        dlg = _dialog(parent, title, directory, QFileDialog.FileMode.ExistingFiles, filters)
        dlg.filesSelected.connect(lambda files: on_chosen([str(f) for f in files]))
    else:
        dlg = _dialog(parent, title, directory, QFileDialog.FileMode.ExistingFile, filters)
        dlg.fileSelected.connect(on_chosen)
    dlg.open()
    return dlg
