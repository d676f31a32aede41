"""Write a file so that it is either wholly there or not there at all.

``atomic_file(path)`` yields a binary file in the same folder; when the block
ends without error the data is flushed and synced, renamed over ``path`` and
the folder entry synced too, so a power cut never leaves half a bundle, half a
score file or a blob the database already refers to. On error the temporary
file is removed and ``path`` is untouched.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from judgeapp.oscompat import replace_file


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
def atomic_file(path: Path | str, prefix: str = ".part-") -> Iterator[BinaryIO]:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace_file(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
