"""What differs between Windows, macOS and Linux, in one place.

Every function here takes the platform (and whatever else it depends on) as
arguments with the real values as defaults, so that the tests exercise the
Windows and macOS branches on any machine:

* ``setup_console`` — UTF-8 on stdout/stderr whatever the console code page
  (a piped Windows console is cp1252: "—" garbles and "✔" raises);
* ``setup_dll_directories`` — the frozen Windows app finds the Pango DLLs it
  carries (WeasyPrint looks only on the DLL search path);
* ``user_dirs`` — the per-user data, configuration and log folders
  (platformdirs: ``%LOCALAPPDATA%\\JudgeApp`` on Windows,
  ``~/Library/Application Support/JudgeApp`` on macOS, XDG folders on Linux);
* ``long_path`` — paths over Windows' 260-character limit;
* ``replace_file`` — ``os.replace`` that waits out a file held open by another
  program (Windows refuses to replace an open file; virus scanners open every
  new file for a moment) and then says which file is held.

This module is a leaf: it imports nothing of the project but the refusal type
and the message helper.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, MutableMapping
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any, TextIO

from judgeapp.errors import Refused
from judgeapp.i18n import t

APP_NAME = "JudgeApp"
WINDOWS_MAX_PATH = 260


# ---- console --------------------------------------------------------------------------
def setup_console(streams: tuple[TextIO | None, ...] | None = None) -> list[str]:
    """Make the console streams write UTF-8; returns the names of those changed.

    A stream that is ``None`` (a windowed Windows program has no console) or
    cannot be reconfigured is left alone. Errors never raise: a character the
    terminal cannot show is written as an escape rather than ending the command.
    """
    if streams is None:
        streams = (sys.stdout, sys.stderr)
    changed = []
    for stream in streams:
        if stream is None or not hasattr(stream, "reconfigure"):
            continue
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding == "utf8":
            continue
        try:
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
        except (ValueError, OSError):  # already written to in a way that forbids it
            continue
        changed.append(getattr(stream, "name", "?"))
    return changed


# ---- Windows DLL search path ------------------------------------------------------------
def setup_dll_directories(
    *,
    platform: str = sys.platform,
    frozen_dir: str | None = None,
    environ: MutableMapping[str, str] | None = None,
    add_dll_directory: Callable[[str], Any] | None = None,
    dyld_fallback: list[str] | None = None,
) -> list[str]:
    """Put the frozen app's own folder on the library search path.

    The Windows build carries Pango, HarfBuzz, fontconfig and GLib from MSYS2 in
    ``_internal\\``. WeasyPrint loads them with the "default directories" search,
    which looks at folders added with ``os.add_dll_directory`` and not at the
    folder PyInstaller sets up; so the app adds its folder itself, puts it first
    on ``PATH`` (for libraries that load further libraries by name) and names it
    in ``WEASYPRINT_DLL_DIRECTORIES``. On macOS the bundle's folder goes first
    among dyld's fallback folders, where ``ctypes.util.find_library`` (and so
    cffi) looks. Returns the folders added.
    """
    if frozen_dir is None:
        frozen_dir = getattr(sys, "_MEIPASS", None)
    if not frozen_dir:
        return []  # from a source checkout: WeasyPrint reads the variable itself
    if platform == "darwin":
        # cffi falls back on ctypes.util.find_library, which on macOS looks in
        # dyld's fallback folders: make sure the bundle's folder is the first.
        if dyld_fallback is None:
            from ctypes.macholib import dyld

            dyld_fallback = dyld.DEFAULT_LIBRARY_FALLBACK  # type: ignore[attr-defined]
        if frozen_dir not in dyld_fallback:
            dyld_fallback.insert(0, frozen_dir)
        return [frozen_dir]
    if platform != "win32":
        return []
    env = os.environ if environ is None else environ
    adder = add_dll_directory or getattr(os, "add_dll_directory", None)
    folders = [frozen_dir]
    for folder in folders:
        if adder is not None:
            try:
                adder(folder)
            except OSError:
                continue
    path = env.get("PATH", "")
    parts = [p for p in path.split(";") if p]
    env["PATH"] = ";".join(folders + [p for p in parts if p not in folders])
    known = [p for p in env.get("WEASYPRINT_DLL_DIRECTORIES", "").split(";") if p]
    env["WEASYPRINT_DLL_DIRECTORIES"] = ";".join(folders + [p for p in known if p not in folders])
    return folders


# ---- per-user folders -------------------------------------------------------------------
def user_dirs(platform: str = sys.platform) -> Any:
    """The platformdirs object for this app on ``platform`` (``win32``,
    ``darwin`` or anything else for Linux/Unix). Folders are not created."""
    dirs: Any
    if platform == "win32":
        from platformdirs.windows import Windows

        dirs = Windows
    elif platform == "darwin":
        from platformdirs.macos import MacOS

        dirs = MacOS
    else:
        from platformdirs.unix import Unix

        dirs = Unix
    return dirs(appname=APP_NAME, appauthor=False, roaming=False)


def user_data_dir(platform: str = sys.platform) -> Path:
    return Path(user_dirs(platform).user_data_dir)


def user_config_dir(platform: str = sys.platform) -> Path:
    return Path(user_dirs(platform).user_config_dir)


def user_log_dir(platform: str = sys.platform) -> Path:
    return Path(user_dirs(platform).user_log_dir)


# ---- long paths -------------------------------------------------------------------------
def long_path(path: str | PurePath, platform: str = sys.platform) -> str:
    """``path`` as the OS needs it to open it, however long it is.

    On Windows a path of 260 characters or more is only opened in its
    extended form (``\\\\?\\C:\\…`` or ``\\\\?\\UNC\\server\\share\\…``), which must
    be absolute and use backslashes. Elsewhere the path is returned as is.
    """
    text = os.fspath(path)
    if platform != "win32" or len(text) < WINDOWS_MAX_PATH - 12 or text.startswith("\\\\?\\"):
        # (- 12: a folder must leave room for an 8.3 file name inside it)
        return text
    win = PureWindowsPath(text)
    if not win.is_absolute():
        if platform == sys.platform:  # pragma: no cover - only on Windows itself
            win = PureWindowsPath(os.path.abspath(text))
        else:
            return text
    full = str(win)
    if full.startswith("\\\\"):  # \\server\share\… → \\?\UNC\server\share\…
        return "\\\\?\\UNC\\" + full[2:]
    return "\\\\?\\" + full


# ---- replacing a file that another program holds open ------------------------------------
REPLACE_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8, 1.5)  # seconds, about 3 s in all


def _held_open(exc: OSError) -> bool:
    # Windows only: ERROR_ACCESS_DENIED (5, also what replacing an open file
    # gives), ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33). Elsewhere
    # a PermissionError is a real permission problem and is not retried.
    return getattr(exc, "winerror", None) in (5, 32, 33)


def replace_file(
    src: str | PurePath,
    dst: str | PurePath,
    *,
    replace: Callable[[str, str], None] = os.replace,
    sleep: Callable[[float], None] = time.sleep,
    waits: tuple[float, ...] = REPLACE_WAITS,
) -> None:
    """``os.replace(src, dst)``, retried while ``dst`` is held by another program.

    Raises ``Refused`` naming ``dst`` when it stays held (a PDF open in a viewer
    on Windows, say); ``src`` is left for the caller to remove.
    """
    for wait in (*waits, None):
        try:
            replace(os.fspath(src), os.fspath(dst))
            return
        except OSError as exc:
            if not _held_open(exc):
                raise
            if wait is None:
                raise Refused(
                    t(
                        "berkas sedang dibuka oleh program lain (mis. penampil PDF); "
                        "tutup berkas itu lalu coba lagi",
                        "the file is open in another program (a PDF viewer, say); "
                        "close it and try again",
                    ),
                    file=os.fspath(dst),
                ) from None
            sleep(wait)


# ---- locking an open file -----------------------------------------------------------------
def lock_exclusive(fh: Any, *, platform: str = sys.platform, module: Any = None) -> bool:
    """Take a non-blocking exclusive lock on the open file ``fh``; False when
    another process holds it. POSIX: ``fcntl.flock`` (released when the file is
    closed or the process ends); Windows: ``msvcrt.locking`` on the first byte
    (a byte range: the file must stay open, and is never deleted while locked)."""
    if platform == "win32":
        msvcrt = module if module is not None else __import__("msvcrt")
        fh.seek(0)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    fcntl = module if module is not None else __import__("fcntl")
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(fh: Any, *, platform: str = sys.platform, module: Any = None) -> None:
    if platform == "win32":
        msvcrt = module if module is not None else __import__("msvcrt")
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    fcntl = module if module is not None else __import__("fcntl")
    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


# ---- file: URLs ---------------------------------------------------------------------------
def path_from_file_url(url_path: str, *, platform: str = sys.platform) -> str:
    """The local path of a ``file:`` URL's path part (already split from the URL).

    ``Path.as_uri()`` gives ``file:///C:/Users/…`` on Windows; its path part
    ``/C:/Users/…`` is not a Windows path until the leading slash goes and the
    percent-escapes (spaces, non-ASCII letters) are decoded.
    """
    if platform == "win32":
        import nturl2path

        return str(nturl2path.url2pathname(url_path))
    import urllib.parse

    return urllib.parse.unquote(url_path)
