"""Write a file so that it is either wholly there or not there at all.

``atomic_file(path)`` yields a binary file in the same folder; when the block
ends without error the data is flushed and synced, renamed over ``path`` and
the folder entry synced too, so a power cut never leaves half a bundle, half a
score file or a blob the database already refers to. On error the temporary
file is removed and ``path`` is untouched. When the drive refuses the write
— full, read-only, over quota — that becomes a ``WriteRefused`` naming the
file, never a traceback and never a half-written file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.oscompat import replace_file


class WriteRefused(Refused):
    """The drive refused to take a file (full, read-only, no permission)."""


def write_fault(path: Path | str, exc: OSError, *, creating: bool = True) -> WriteRefused | None:
    """The user's message for a drive that refused ``path`` (None: not such a fault).
    ``creating``: the error came from making the file, so a permission error is
    about the folder (later it may be about something the writer was reading)."""
    if exc.errno in _GONE:
        return folder_gone(Path(path).parent)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        reason = t(
            "disk penuh — berkas TIDAK ditulis; kosongkan ruang di disk atau pilih disk lain,"
            " lalu coba lagi",
            "the disk is full — the file was NOT written; free some space or choose another"
            " drive, then try again",
        )
    elif exc.errno == errno.EROFS:
        reason = t(
            "disk hanya bisa dibaca — berkas TIDAK ditulis; pilih folder lain",
            "the drive is read-only — the file was NOT written; choose another folder",
        )
    elif creating and exc.errno in (errno.EACCES, errno.EPERM):
        reason = t(
            "tidak ada izin menulis di folder ini — berkas TIDAK ditulis; pilih folder lain",
            "no permission to write in this folder — the file was NOT written; choose another"
            " folder",
        )
    elif exc.errno == errno.EIO:
        reason = t(
            "disk menolak penulisan (galat I/O) — berkas TIDAK ditulis; periksa disk atau"
            " flashdisk",
            "the drive refused the write (I/O error) — the file was NOT written; check the disk"
            " or USB stick",
        )
    else:
        return None
    return WriteRefused(reason, file=str(path))


_GONE = tuple(
    getattr(errno, name)
    for name in ("ENOENT", "ENOTDIR", "ENODEV", "ENXIO", "ESTALE")
    if hasattr(errno, name)
)


def folder_gone(folder: Path | str) -> WriteRefused:
    """The folder the user chose is not there (a USB stick pulled out)."""
    reason = t(
        f"folder {folder} sudah tidak ada — apakah flashdisk masih terpasang? Berkas TIDAK"
        " ditulis; pasang lagi flashdisk atau pilih folder lain",
        f"the folder {folder} is no longer there — is the USB stick still plugged in? The file"
        " was NOT written; plug it back in or choose another folder",
    )
    return WriteRefused(reason, file=str(folder))


def output_folder(folder: Path | str, *, create: bool = True) -> Path:
    """The folder an export writes into, checked before anything is written.

    Its missing parents are never made — on a pulled USB stick that would
    silently write to the local disk; with ``create`` the folder itself is made
    when its parent is there (a new folder typed by the user)."""
    folder = Path(folder)
    if folder.is_dir():
        return folder
    if not create or not folder.parent.is_dir():
        gone = folder if not create else folder.parent
        while not gone.parent.is_dir() and gone.parent != gone:
            gone = gone.parent
        raise folder_gone(gone)
    try:
        folder.mkdir()
    except FileExistsError:
        if not folder.is_dir():
            raise WriteRefused(
                t("ini berkas, bukan folder", "this is a file, not a folder"), file=str(folder)
            ) from None
    except OSError as exc:
        fault = write_fault(folder / "x", exc)
        if fault is None:
            raise
        raise fault from None
    return folder


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in ``path`` durable (a no-op on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_file(
    path: Path | str, prefix: str = ".part-", *, make_parents: bool = True
) -> Iterator[BinaryIO]:
    """``make_parents=False`` for a file the user exports: the folder's missing
    parents are refused (``folder_gone``), never made (``output_folder``)."""
    target = Path(path)
    if not make_parents:
        output_folder(target.parent)
    try:
        if make_parents:
            target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    except OSError as exc:
        fault = write_fault(target, exc)
        if fault is None:
            raise
        raise fault from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace_file(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        fault = write_fault(target, exc, creating=False)
        if fault is None:
            raise
        raise fault from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
