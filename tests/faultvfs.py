"""A SQLite VFS that makes the disk full on demand (for fault tests).

Written with Debian's ``python3-apsw``, which links the same system SQLite as
the standard ``sqlite3`` module, so a workspace opened through
``Workspace(folder, connect=vfs.connect)`` goes through it. Every call passes
through to the real files; while ``vfs.full`` is true each write to the
database, its WAL or its journal fails with SQLITE_FULL — exactly what SQLite
reports when the drive has no room — so the app's real save path meets a full
disk at a chosen moment, on any machine. ``available()`` is False (tests skip)
where apsw is missing or links another SQLite.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import sys
import urllib.parse
from pathlib import Path

_counter = itertools.count()


def _apsw():
    try:
        import apsw
    except ImportError:
        debian = "/usr/lib/python3/dist-packages"
        if not os.path.isdir(os.path.join(debian, "apsw")):
            return None
        sys.path.append(debian)
        try:
            import apsw
        except ImportError:
            return None
        finally:
            sys.path.remove(debian)
    if apsw.sqlitelibversion() != sqlite3.sqlite_version:
        return None
    return apsw


def available() -> bool:
    return _apsw() is not None


class FullDisk:
    """``connect`` for ``Workspace``; set ``full`` to make writes fail."""

    def __init__(self) -> None:
        apsw = _apsw()
        assert apsw is not None, "check faultvfs.available() first"
        self.full = False
        self.refused_writes = 0
        self.name = f"judgeapp-full-{os.getpid()}-{next(_counter)}"
        outer = self

        class File(apsw.VFSFile):
            def __init__(self, filename, flags):
                super().__init__("", filename, flags)
                path = filename.filename() if hasattr(filename, "filename") else filename
                self.shm = bool(path) and str(path).endswith("-shm")

            def excepthook(self, *_exc):  # the injected error is expected: stay quiet
                pass

            def xWrite(self, data, offset):  # apsw API
                if outer.full and not self.shm:
                    outer.refused_writes += 1
                    raise apsw.FullError("disk full (injected)")
                super().xWrite(data, offset)

        class Vfs(apsw.VFS):
            def __init__(self):
                super().__init__(outer.name, "")

            def xOpen(self, filename, flags):  # apsw API
                return File(filename, flags)

        self._vfs = Vfs()

    def connect(self, path: Path) -> sqlite3.Connection:
        uri = f"file:{urllib.parse.quote(str(path))}?vfs={self.name}"
        return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)

    def close(self) -> None:
        self._vfs.unregister()
