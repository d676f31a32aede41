"""Placing a package's documents in ``blobs/`` so that no interruption leaves a
file no row names for long.

An import copies each new document to its own folder under
``blobs/.incoming/<pid>-<id>/``; under the workspace's write lock it writes
the journal of the blobs about to appear (``place``), renames them into
``blobs/aa/<sha256>`` and commits their rows. A failed commit takes back what
it placed (``undo``); a kill leaves the journal, and the next import or the
start of the app (``clean_incoming``) removes the blobs it names that no row
names.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from judgeapp.atomic import fsync_dir
from judgeapp.store import submissions as store
from judgeapp.store.db import Workspace, WorkspaceError

INCOMING = ".incoming"
JOURNAL = "journal.txt"
STALE_SECONDS = 24 * 3600  # where liveness of a process cannot be asked (Windows)
MKDIR_ATTEMPTS = 16  # an import's folder, while other imports remove the empty shared ones


@dataclass
class Placed:
    """What ``place`` put in ``blobs/``: the files that were not there and the
    folders it made, which ``undo`` takes back."""

    files: list[Path] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # no safe liveness probe there; rely on age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_unknown(ws: Workspace, shas: Iterable[str]) -> None:
    """Remove the blob files no row names. Call it holding the write lock, so
    that no other import is between placing a blob and committing its row."""
    known = store.all_blobs(ws)
    for sha in shas:
        if sha not in known:
            with contextlib.suppress(FileNotFoundError):
                store.blob_path(ws, sha).unlink()


def make_own_folder(folder: Path) -> None:
    """Make an import's own folder under the shared ones. Another import that
    ends removes those when empty, which may happen between making a parent
    and the folder itself; then the parents are made again."""
    for _ in range(MKDIR_ATTEMPTS - 1):
        try:
            folder.mkdir(parents=True)
            return
        except FileNotFoundError:
            continue
    folder.mkdir(parents=True)


def clean_incoming(ws: Workspace) -> int:
    """Remove what an interrupted import left behind (temporary copies, and
    blobs it renamed into place without committing). Returns folders removed."""
    base = ws.blobs_dir / INCOMING
    if not base.is_dir():
        return 0
    removed = 0
    folders: list[Path] = []
    with contextlib.suppress(FileNotFoundError):  # another import removed it just now
        folders = sorted(base.iterdir())
    for folder in folders:
        try:
            pid = int(folder.name.split("-", 1)[0])
        except ValueError:
            pid = -1
        try:
            age = time.time() - folder.stat().st_mtime
        except FileNotFoundError:  # its import ended and removed it meanwhile
            continue
        if pid > 0 and _pid_alive(pid) and age < STALE_SECONDS:
            continue
        journal = folder / JOURNAL
        with ws.transaction():  # hold the write lock: no import is mid-commit now
            with contextlib.suppress(FileNotFoundError):
                _remove_unknown(ws, journal.read_text(encoding="ascii").split())
            shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    with contextlib.suppress(OSError):
        base.rmdir()
    return removed


def place(ws: Workspace, incoming: Path, temps: Sequence[tuple[str, Path]], placed: Placed) -> None:
    """Rename each (sha256, temporary file) into ``blobs/``, after a synced
    journal of them in ``incoming``; the folder entries synced too. Call it in
    the transaction that commits their rows. ``placed`` records what appeared,
    also when a rename fails half-way."""
    with open(incoming / JOURNAL, "w", encoding="ascii") as jf:
        jf.write("\n".join(sha for sha, _temp in temps) + "\n")
        jf.flush()
        os.fsync(jf.fileno())
    for sha, temp in temps:
        dest = store.blob_path(ws, sha)
        if not dest.parent.exists():
            dest.parent.mkdir(parents=True)
            placed.folders.append(dest.parent)
        existed = dest.exists()
        os.replace(temp, dest)
        if not existed:
            placed.files.append(dest)
    for folder in {store.blob_path(ws, sha).parent for sha, _temp in temps}:
        fsync_dir(folder)


def undo(ws: Workspace, placed: Placed) -> None:
    """Take back the blobs a failed commit placed, under the write lock: once
    the failed transaction let it go, another import may have placed and
    committed the same blob, which must stay. Where the lock cannot be had the
    files stay, named by no row, and a later import of them replaces them."""
    if not placed.files and not placed.folders:
        return
    with contextlib.suppress(WorkspaceError, OSError), ws.transaction():
        _remove_unknown(ws, [p.name for p in placed.files])
        for folder in reversed(placed.folders):
            with contextlib.suppress(OSError):
                folder.rmdir()
