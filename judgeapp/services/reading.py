"""Reading received files from disk, bounded: only regular files, never more than a limit.

``read_regular_file`` is how a parser gets the bytes of a file it was handed
(a form, a score file, a CSV): a path that is a folder, a FIFO, a socket or a
device (also through a link) is refused before it is read, and a file over the
limit is refused after reading at most one byte more than the limit — so a
link to ``/dev/zero`` or a 10 GB file costs nothing. Errors of the operating
system become refusals naming the file.
"""

from __future__ import annotations

import lzma
import os
import stat
import zipfile
import zlib
from pathlib import Path

from judgeapp.domain.safeparse import InputRefused, too_large_reason
from judgeapp.i18n import t


def not_regular_reason() -> str:
    return t(
        "bukan berkas biasa (folder, perangkat, FIFO atau soket)",
        "not a regular file (a folder, device, FIFO or socket)",
    )


def os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def check_regular(path: Path) -> int:
    """The size of ``path`` when it is a regular file (links followed); refuse otherwise."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise InputRefused(os_reason(exc), file=str(path), place="<file>") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputRefused(not_regular_reason(), file=str(path), place="<file>")
    return st.st_size


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ``InputRefused`` otherwise."""
    size = check_regular(path)
    if size > limit:
        raise InputRefused(too_large_reason(size, limit), file=str(path), place="<file>")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputRefused(os_reason(exc), file=str(path), place="<file>") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped after the first look
            raise InputRefused(not_regular_reason(), file=str(path), place="<file>")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputRefused(os_reason(exc), file=str(path), place="<file>") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputRefused(too_large_reason(len(data), limit), file=str(path), place="<file>")
    return data


# Everything the standard library raises for a damaged or unsupported zip, and only
# that: corrupt deflate/bzip2/lzma data, a bad CRC or header, a truncated file, a
# version or method it does not implement, an encrypted member.
ZIP_DAMAGE: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


# A damaged zip or a failing read of it.
ZIP_OR_DISK: tuple[type[BaseException], ...] = (*ZIP_DAMAGE, OSError)


def zip_damage_reason(exc: BaseException) -> str:
    """What is wrong with the zip, in the user's language — never the standard
    library's own English text ("File is not a zip file")."""
    said = str(exc).casefold()
    if isinstance(exc, OSError):
        what = t("berkas tidak terbaca dari disk", "the file could not be read from the disk")
    elif isinstance(exc, zipfile.BadZipFile) and "not a zip file" in said:
        what = t(
            "isinya bukan arsip zip (mungkin berkas lain yang diganti namanya)",
            "its content is not a zip archive (perhaps another file renamed)",
        )
    elif isinstance(exc, zipfile.BadZipFile | EOFError) and "truncated" in said:
        what = t("berkas terpotong (tidak lengkap)", "the file is cut short (incomplete)")
    elif isinstance(exc, zlib.error | lzma.LZMAError):
        what = t("data terkompresi rusak", "corrupt compressed data")
    elif isinstance(exc, NotImplementedError):
        what = t("fitur zip tidak didukung", "unsupported zip feature")
    elif isinstance(exc, RuntimeError):
        what = t("anggota terenkripsi", "encrypted member")
    else:
        what = t("pemeriksaan CRC atau kepala zip gagal", "CRC or header check failed")
    return what
