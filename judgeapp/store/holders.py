"""Who has a workspace open: one small record per process, so that a program
kept waiting for the workspace can say who holds it.

Each open ``Workspace`` writes ``.holders/<id>.json`` (program, process id,
user, host, since) and keeps an exclusive lock on ``.holders/<id>.lock`` for as
long as it is open. A record whose lock can be taken belongs to a program that
ended without closing (a crash, kill -9): it is stale and removed. The lock is
released by the operating system when the process ends, however it ends, so no
process id guessing is needed. Records are best effort: a full disk or a
read-only folder means no record, never a refusal to open.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

FOLDER = ".holders"


@dataclass(frozen=True)
class Holder:
    program: str
    pid: int
    user: str
    host: str
    since: str  # UTC time stamp (db.now())


def program_name(argv: list[str] | None = None) -> str:
    """What the user would call this program: ``judgeapp scores import`` for a
    command, ``JudgeApp`` for the window."""
    args = list(sys.argv if argv is None else argv)
    words = [a for a in args[1:] if not a.startswith("-")]
    # the command and its action, not file names or values
    shown = [w for w in words[:2] if w.replace("-", "").isalpha()]
    if not shown:
        return "JudgeApp"
    return " ".join(["judgeapp", *shown])


def _lock(fh: IO[Any]) -> bool:
    """A non-blocking exclusive lock on an open file; False when held elsewhere."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class Registration:
    """This process's record; ``close()`` removes it."""

    def __init__(self, folder: Path, name: str, lock: IO[Any]):
        self.folder = folder
        self.name = name
        self._lock = lock

    def close(self) -> None:
        with contextlib.suppress(OSError):
            (self.folder / f"{self.name}.json").unlink()
        with contextlib.suppress(OSError):
            self._lock.close()
        with contextlib.suppress(OSError):
            (self.folder / f"{self.name}.lock").unlink()


def register(workspace: Path, since: str, program: str | None = None) -> Registration | None:
    """Record that this process holds ``workspace`` (None when it cannot be written)."""
    folder = workspace / FOLDER
    name = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        folder.mkdir(exist_ok=True)
        lock = open(folder / f"{name}.lock", "wb")  # noqa: SIM115 - held until close()
    except OSError:
        return None
    try:
        if not _lock(lock):  # pragma: no cover - a fresh name cannot be locked already
            lock.close()
            return None
        try:
            user = getpass.getuser()
        except (OSError, KeyError):  # no user name in this environment
            user = ""
        record = {
            "program": program or program_name(),
            "pid": os.getpid(),
            "user": user,
            "host": platform.node(),
            "since": since,
        }
        tmp = folder / f"{name}.json.part"
        tmp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / f"{name}.json")
    except OSError:
        with contextlib.suppress(OSError):
            lock.close()
        with contextlib.suppress(OSError):
            (folder / f"{name}.lock").unlink()
        with contextlib.suppress(OSError):
            (folder / f"{name}.json.part").unlink()
        return None
    return Registration(folder, name, lock)


def others(workspace: Path, own: Registration | None) -> list[Holder]:
    """Every other live holder of ``workspace``, oldest first; stale records go."""
    folder = workspace / FOLDER
    out: list[Holder] = []
    try:
        locks = sorted(folder.glob("*.lock"))
    except OSError:
        return out
    for lock_path in locks:
        name = lock_path.stem
        if own is not None and name == own.name:
            continue
        info = folder / f"{name}.json"
        if not info.exists():  # being written right now (the record follows the lock)
            continue
        try:
            fh = open(lock_path, "rb+")  # noqa: SIM115 - closed below
        except OSError:
            continue
        try:
            free = _lock(fh)
        finally:
            fh.close()
        if free:  # its program ended without closing: a stale record
            for p in (info, lock_path):
                with contextlib.suppress(OSError):
                    p.unlink()
            continue
        try:
            data = json.loads(info.read_text(encoding="utf-8"))
            out.append(
                Holder(
                    str(data.get("program", "?")),
                    int(data.get("pid", 0)),
                    str(data.get("user", "")),
                    str(data.get("host", "")),
                    str(data.get("since", "")),
                )
            )
        except (OSError, ValueError, TypeError):
            out.append(Holder("?", 0, "", "", ""))
    out.sort(key=lambda h: h.since)
    return out
