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


def _opened(
    parent: QWidget,
    title: str,
    directory: str,
    mode: QFileDialog.FileMode,
    filters: str = "",
    on_path: Callable[[str], object] | None = None,
) -> QFileDialog:
    """Qt's own dialog in ``mode``, opened, and deleted once it has closed (a
    folder picker shows folders only); ``on_path`` gets the one path chosen."""
    dlg = QFileDialog(parent, title, directory)
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.finished.connect(dlg.deleteLater)
    dlg.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if filters:
        dlg.setNameFilter(filters)
    if on_path is not None:
        dlg.fileSelected.connect(on_path)
    dlg.open()
    return dlg


def choose_folder(
    parent: QWidget, title: str, on_chosen: Callable[[str], object], directory: str = ""
) -> QFileDialog:
    """Ask for an existing folder (e.g. a USB stick)."""
    return _opened(parent, title, directory, QFileDialog.FileMode.Directory, on_path=on_chosen)


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
    if not many:
        mode = QFileDialog.FileMode.ExistingFile
        return _opened(parent, title, directory, mode, filters, on_chosen)
    dlg = _opened(parent, title, directory, QFileDialog.FileMode.ExistingFiles, filters)
    dlg.filesSelected.connect(lambda files: on_chosen([str(f) for f in files]))
    return dlg
