"""Open a workspace: one SQLite file, migrations, durability pragmas, backups.

A workspace is a folder::

    workspace.sqlite      the database (WAL, synchronous=FULL)
    blobs/aa/<sha256>     content-addressed documents
    backups/              SQLite backup-API copies taken before imports/merges
    logs/                 crash logs

Errors a user can act on (a workspace made by a newer app, a folder that is not
writable, a damaged file) raise ``WorkspaceError`` with a readable message;
anything else is a bug and propagates. Faults of the machine become refusals
too, raised by ``transaction()`` after the rollback, so a caller never takes
an uncommitted change for saved: a full disk (``WorkspaceFull``), another
program holding the write lock past the wait (``WorkspaceBusy``, naming that
program from ``store.holders``), a failing or read-only drive
(``WorkspaceWriteFailed``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING

from judgeapp.errors import WorkspaceError
from judgeapp.i18n import t

if TYPE_CHECKING:
    import sqlite_utils


DB_NAME = "workspace.sqlite"
KEEP_BACKUPS = 5

ConnectionFactory = Callable[[Path], sqlite3.Connection]


class WorkspaceFull(WorkspaceError):
    """The disk holding the workspace is full: the change was not saved."""


class WorkspaceBusy(WorkspaceError):
    """Another program held the workspace's write lock for longer than we wait."""

    def __init__(self, reason: str, *, file: str | None = None, holders: tuple = ()):
        self.holders = holders
        super().__init__(reason, file=file)


class WorkspaceWriteFailed(WorkspaceError):
    """The drive refused the write (I/O error, read-only): nothing was saved."""


DEFAULT_BUSY_WAIT = 10.0  # seconds a write waits for another program's lock
_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_FULL_MARGIN = 1 << 20  # less free space than this after an I/O error: call it full


def now() -> str:
    """UTC time stamp with milliseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def default_workspace_dir() -> Path:
    env = os.environ.get("JUDGEAPP_WORKSPACE")
    if env:
        return Path(env)
    from judgeapp.oscompat import user_data_dir
    from judgeapp.settings import load

    chosen = load().get("workspace.folder")
    return Path(chosen) if chosen else user_data_dir() / "workspace"


def _migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every bundled migration, in order."""
    out: list[tuple[int, str, str]] = []
    folder = importlib_resources.files("judgeapp.store") / "migrations"
    for entry in folder.iterdir():
        name = entry.name
        if not name.endswith(".sql"):
            continue
        number = int(name.split("_", 1)[0])
        out.append((number, name, entry.read_text(encoding="utf-8")))
    out.sort()
    numbers = [n for n, _, _ in out]
    if len(set(numbers)) != len(numbers):  # pragma: no cover - packaging bug
        raise RuntimeError(f"duplicate migration numbers: {numbers}")
    return out


def schema_version() -> int:
    """The newest schema this app knows."""
    return _migrations()[-1][0]


def default_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10.0)
    conn.isolation_level = None  # explicit transactions only (see Workspace.transaction)
    return conn


def configure(
    conn: sqlite3.Connection, synchronous: str = "FULL", busy_wait: float = DEFAULT_BUSY_WAIT
) -> None:
    """Pragmas every connection needs; ``synchronous`` is per connection.

    Only the durability tests pass anything but FULL (as a negative control).
    The database file is never memory-mapped (``mmap_size=0``): a mapped page
    of a file that cannot grow on a full disk ends the process with SIGBUS
    instead of an error SQLite can report.
    """
    from judgeapp.store.history import chain_digest

    # the history hash chain (migration 0012) is computed by a trigger
    conn.create_function("judgeapp_chain", 11, chain_digest, deterministic=True)
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # pragma: no cover - exotic file systems
        raise WorkspaceError(f"the workspace could not use write-ahead logging (mode {mode})")
    if synchronous not in ("FULL", "NORMAL"):
        raise ValueError(synchronous)
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={int(busy_wait * 1000)}")
    conn.execute("PRAGMA mmap_size=0")
    if sys.platform == "darwin":  # plain fsync does not flush the drive cache there
        conn.execute("PRAGMA fullfsync=ON")


class Workspace:
    """An open workspace. Pass ``connect`` to open the file another way (tests
    of power loss point it at a special VFS). ``busy_wait``: seconds a write
    waits for another program's lock before ``WorkspaceBusy`` (default 10, or
    ``JUDGEAPP_BUSY_WAIT``)."""

    def __init__(
        self,
        folder: Path | str,
        *,
        connect: ConnectionFactory | None = None,
        create: bool = True,
        synchronous: str = "FULL",
        busy_wait: float | None = None,
    ):
        from judgeapp.store import holders

        self.folder = Path(folder)
        if not self.folder.exists():
            if not create:
                raise WorkspaceError(
                    t(
                        f"{self.folder}: tidak ada ruang kerja di sini; pilih folder lain",
                        f"{self.folder}: no workspace here; choose another folder",
                    )
                )
            try:
                self.folder.mkdir(parents=True)
            except OSError as exc:
                raise WorkspaceError(
                    t(
                        f"{self.folder}: ruang kerja tidak dapat dibuat di sini "
                        f"({exc.strerror}); pilih folder yang dapat ditulisi",
                        f"{self.folder}: the workspace cannot be created here "
                        f"({exc.strerror}); choose a folder you can write to",
                    )
                ) from None
        self.db_path = self.folder / DB_NAME
        self.blobs_dir = self.folder / "blobs"
        self.backups_dir = self.folder / "backups"
        self.logs_dir = self.folder / "logs"
        self._connect = connect or default_connect
        self._lock = threading.RLock()
        self._db: sqlite_utils.Database | None = None
        self._savepoints = 0
        if busy_wait is None:
            try:
                busy_wait = float(os.environ.get("JUDGEAPP_BUSY_WAIT", DEFAULT_BUSY_WAIT))
            except ValueError:
                busy_wait = DEFAULT_BUSY_WAIT
        self.busy_wait = busy_wait
        self._holder = holders.register(self.folder, now())
        try:
            self.conn = self._connect(self.db_path)
            configure(self.conn, synchronous, busy_wait)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._release_holder()
            fault = self.fault(exc)
            if isinstance(fault, WorkspaceBusy | WorkspaceFull):
                raise fault from None
            raise WorkspaceError(
                t(
                    f"{self.db_path}: berkas ruang kerja tidak dapat dibuka ({exc}); "
                    "berkas ini bukan ruang kerja JudgeApp atau rusak — buka folder lain, "
                    "atau pulihkan salinan dari folder backups",
                    f"{self.db_path}: the workspace file cannot be opened ({exc}); "
                    "it is not a JudgeApp workspace or it is damaged — open another "
                    "folder, or restore a copy from its backups folder",
                )
            ) from None
        except BaseException:
            self._release_holder()
            raise

    def _release_holder(self) -> None:
        if self._holder is not None:
            self._holder.close()
            self._holder = None

    # ---- faults ------------------------------------------------------------
    def holders(self) -> list:
        """The other programs that have this workspace open (``store.holders``)."""
        from judgeapp.store import holders

        return holders.others(self.folder, self._holder)

    def fault(self, exc: BaseException) -> WorkspaceError | None:
        """The user's message for a fault of the machine (None: not one — a bug)."""
        from judgeapp.i18n import t

        where = str(self.folder)
        if isinstance(exc, OSError):
            primary = {
                errno.ENOSPC: sqlite3.SQLITE_FULL,
                errno.EDQUOT: sqlite3.SQLITE_FULL,
                errno.EROFS: sqlite3.SQLITE_READONLY,
                errno.EIO: sqlite3.SQLITE_IOERR,
            }.get(exc.errno or 0, -1)
            if primary < 0:
                return None
            exc = sqlite3.OperationalError(exc.strerror or str(exc))
            exc.sqlite_errorname = "EIO"  # type: ignore[attr-defined]
        elif isinstance(exc, sqlite3.Error):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is None:
                return None
            primary = code & 0xFF
        else:
            return None
        if primary in _BUSY:
            return self._busy()
        full = primary == sqlite3.SQLITE_FULL
        if primary == sqlite3.SQLITE_IOERR and not full:
            try:
                full = shutil.disk_usage(self.folder).free < _FULL_MARGIN
            except OSError:
                full = False
        if full:
            return WorkspaceFull(
                t(
                    "disk tempat ruang kerja penuh — perubahan terakhir TIDAK tersimpan."
                    " Semua yang sudah tersimpan sebelumnya tetap aman. Kosongkan ruang di disk"
                    " (hapus atau pindahkan berkas yang tidak perlu), lalu coba lagi.",
                    "the disk holding the workspace is full — the last change was NOT saved."
                    " Everything saved before is safe. Free some space on the disk (delete or"
                    " move files you do not need), then try again.",
                ),
                file=where,
            )
        if primary == sqlite3.SQLITE_READONLY:
            return WorkspaceWriteFailed(
                t(
                    "ruang kerja hanya bisa dibaca di sini — perubahan TIDAK tersimpan."
                    " Salin folder ruang kerja ke disk yang bisa ditulisi, lalu buka dari sana.",
                    "the workspace is read-only here — the change was NOT saved. Copy the"
                    " workspace folder to a drive you can write to and open it from there.",
                ),
                file=where,
            )
        if primary == sqlite3.SQLITE_IOERR:
            name = getattr(exc, "sqlite_errorname", "I/O")
            return WorkspaceWriteFailed(
                t(
                    f"disk menolak penulisan ({name}) — perubahan TIDAK"
                    " tersimpan. Periksa disk atau flashdisk (masih terpasang? rusak?), lalu"
                    " coba lagi.",
                    f"the drive refused the write ({name}) — the change was NOT"
                    " saved. Check the disk or USB stick (still plugged in? damaged?), then try"
                    " again.",
                ),
                file=where,
            )
        return None

    def _busy(self) -> WorkspaceBusy:
        from judgeapp.i18n import t

        found = self.holders()
        if found:
            who = "; ".join(_describe(h) for h in found)
        else:
            who = t(
                "program tak dikenal (mungkin JudgeApp versi lama atau alat basis data)",
                "an unknown program (an older JudgeApp, perhaps, or a database tool)",
            )
        return WorkspaceBusy(
            t(
                f"ruang kerja sedang dipakai program lain: {who}. Sudah ditunggu"
                f" {self.busy_wait:g} detik; tidak ada yang diubah. Tunggu sampai program itu"
                " selesai atau tutup program itu, lalu coba lagi.",
                f"the workspace is in use by another program: {who}. Waited"
                f" {self.busy_wait:g} seconds; nothing was changed. Wait for that program to"
                " finish, or close it, then try again.",
            ),
            file=str(self.folder),
            holders=tuple(found),
        )

    # ---- schema ------------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.user_version
        known = schema_version()
        if current > known:
            raise WorkspaceError(
                t(
                    f"{self.db_path}: ruang kerja ini ditulis oleh JudgeApp yang lebih baru "
                    f"(skema {current}, aplikasi ini mengenal {known}); perbarui aplikasi "
                    "untuk membukanya",
                    f"{self.db_path}: this workspace was written by a newer JudgeApp "
                    f"(schema {current}, this app knows {known}); update the app to open it",
                )
            )
        pending = [(n, name, sql) for n, name, sql in _migrations() if n > current]
        if not pending:
            return
        if current > 0:
            self.backup("before-migration")
        from judgeapp.store.history import CHECKPOINTS_SINCE

        for number, _name, sql in pending:
            # executescript commits implicitly; wrap the migration and the
            # version bump in one explicit transaction instead.
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={int(number)}")
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        if current < CHECKPOINTS_SINCE <= self.user_version:
            # only in the open that brought checkpoints: sign the history the
            # earlier version wrote (never later, or deleting every checkpoint
            # would get a tampered history signed)
            from judgeapp.store.history import adopt

            adopt(self)

    # ---- transactions ------------------------------------------------------
    @property
    def db(self) -> sqlite_utils.Database:
        """A sqlite-utils view of the same connection (imported on first use:
        sqlite-utils pulls in numpy, which the start-up path must not pay for)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed (and synced) when the block ends.

        Nested blocks become savepoints. Nothing inside may report "saved"
        before the outermost block has returned. A fault of the machine (full
        disk, another program's lock, a failing drive) rolls the whole
        transaction back and raises its ``WorkspaceError``.
        """
        with self._lock:
            if self.conn.in_transaction:
                self._savepoints += 1
                name = f"sp{self._savepoints}"
                self.conn.execute(f"SAVEPOINT {name}")
                try:
                    yield self.conn
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute(f"ROLLBACK TO {name}")
                        self.conn.execute(f"RELEASE {name}")
                    raise
                else:
                    self.conn.execute(f"RELEASE {name}")
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                fault = self.fault(exc)
                if fault is None:
                    raise
                raise fault from None
            try:
                mark = self._history_mark()
                yield self.conn
                self._seal(mark)
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self._rollback()
                fault = self.fault(exc) if isinstance(exc, sqlite3.Error) else None
                if fault is None:
                    raise
                raise fault from None

    def _history_mark(self) -> int:
        return int(self.conn.execute("SELECT COALESCE(max(id), 0) FROM history").fetchone()[0])

    def _seal(self, mark: int) -> None:
        """Rows were added to the history: sign a checkpoint in the same
        transaction (``store.history.seal``), so no row exists unsigned."""
        if self._history_mark() > mark:
            from judgeapp.store.history import seal

            seal(self, mark)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def unsynced(self) -> None:
        """Stop waiting for the disk at every commit on this connection
        (``synchronous=OFF``): only for a staging copy that is moved into place
        once complete and thrown away on any failure (the demo's build)."""
        self.conn.execute("PRAGMA synchronous=OFF")

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        with self._lock:
            cur = self.conn.execute(sql, params)
            cols = [c[0] for c in cur.description or ()]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def query_one(self, sql: str, params: tuple | dict = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def query_where(self, table: str, order_by: str, **equal: str | None) -> list[dict]:
        """Every row of ``table`` whose columns equal the values given (a None
        value filters nothing), ordered by ``order_by``. Table and column names
        come from the code, never from input."""
        given = {col: value for col, value in equal.items() if value is not None}
        where = " AND ".join(f"{col}=?" for col in given) or "1"
        return self.query(
            f"SELECT * FROM {table} WHERE {where} ORDER BY {order_by}", tuple(given.values())
        )

    # ---- settings ------------------------------------------------------------
    def get_setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else default

    def holds_event(self) -> bool:
        """Whether any event has been set up in this workspace."""
        return self.conn.execute("SELECT 1 FROM events LIMIT 1").fetchone() is not None

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )

    # ---- backups -------------------------------------------------------------
    def backup(self, reason: str) -> Path:
        """Copy the database with SQLite's backup API; keep the newest few.

        A full disk refuses (``WorkspaceFull``) before the import or merge it
        guards has changed anything."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)[:40]
        target = self.backups_dir / f"{stamp}-{safe}.sqlite"
        with self._lock:
            try:
                self.backups_dir.mkdir(parents=True, exist_ok=True)
                dest = sqlite3.connect(str(target))
                try:
                    self.conn.backup(dest)
                finally:
                    dest.close()
            except (sqlite3.Error, OSError) as exc:
                with contextlib.suppress(OSError):
                    target.unlink()
                fault = self.fault(exc)
                if fault is None:
                    raise
                raise fault from None
        backups = sorted(self.backups_dir.glob("*.sqlite"))
        for old in backups[:-KEEP_BACKUPS]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def close(self) -> None:
        with self._lock:
            self.conn.close()
            self._release_holder()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _describe(holder) -> str:  # store.holders.Holder
    from judgeapp.i18n import t

    when = holder.since
    with contextlib.suppress(ValueError):
        local = datetime.fromisoformat(holder.since.replace("Z", "+00:00")).astimezone()
        when = local.strftime("%Y-%m-%d %H:%M:%S %Z")
    parts = [t(f"proses {holder.pid}", f"process {holder.pid}")]
    if holder.user:
        parts.append(t(f"pengguna {holder.user}", f"user {holder.user}"))
    if holder.host and holder.host != _hostname():
        parts.append(t(f"komputer {holder.host}", f"computer {holder.host}"))
    parts.append(t(f"sejak {when}", f"since {when}"))
    return f"{holder.program} ({', '.join(parts)})"


def _hostname() -> str:
    import platform

    return platform.node()  # the machine's own name (uname); nothing on the network


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements (triggers keep their BEGIN … END)."""
    statements: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def open_workspace(
    folder: Path | str | None = None,
    *,
    create: bool = True,
    connect: ConnectionFactory | None = None,
) -> Workspace:
    return Workspace(folder or default_workspace_dir(), create=create, connect=connect)
