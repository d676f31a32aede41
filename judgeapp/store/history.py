"""The verifiable history: each row chained to the one before by SHA-256, and
the chain anchored by signed checkpoints.

Every connection registers ``judgeapp_chain()`` (``db.configure``); a trigger
(migration 0012) stores each new row's digest in ``history_chain``. Every
write transaction that appended history rows ends — inside the same
transaction — with a **checkpoint** (migration 0018) signed by the workspace's
own Ed25519 key: the last row it vouches for, the number of rows up to it, that
row's chain digest, and the digest of the previous checkpoint's signature.

``verify_history`` recomputes the chain from the rows and holds it against the
checkpoints, so that

* an edited row is named (its stored digest no longer matches);
* a history rewritten with the digests recomputed fails at the first checkpoint
  whose signed head the rows no longer give;
* a truncated history fails at the checkpoint that vouches for a row that is
  gone (and the row counter SQLite keeps says how far it went);
* rows appended behind the app's back fail as rows no checkpoint signed.

What it cannot see: someone who holds the workspace's private key (it is in
the workspace file) and re-signs everything. Anchors kept outside the file —
the checkpoint printed in every report, the judge's head in each score file,
the backups — catch that for everything before them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from judgeapp.i18n import t
from judgeapp.store.db import Workspace, now

FIELDS = ("id", "at", "actor", "action", "event_id", "sheet_id", "target", "old", "new", "reason")
CHECKPOINTS_SINCE = 18  # the migration that created checkpoints


def chain_digest(previous: str | None, *fields: object) -> str:
    """SHA-256 of the previous digest and the row's fields (canonical JSON)."""
    body = json.dumps([previous or "", *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    ws: Workspace,
    action: str,
    *,
    actor: str,
    event_id: str = "",
    sheet_id: str = "",
    target: str = "",
    old: str | None = None,
    new: str | None = None,
    reason: str = "",
    at: str | None = None,
) -> None:
    """One history row (who, what, old → new, why), stamped ``at`` (default: now).

    Call it inside the ``ws.transaction()`` that makes the change."""
    ws.conn.execute(
        "INSERT INTO history(at, actor, action, event_id, sheet_id, target, old, new, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at or now(), actor, action, event_id, sheet_id, target, old, new, reason),
    )


def head(ws: Workspace) -> tuple[int, str]:
    """(rows, digest of the last row) of this workspace's history now."""
    row = ws.conn.execute(
        "SELECT (SELECT count(*) FROM history),"
        " (SELECT digest FROM history_chain ORDER BY id DESC LIMIT 1)"
    ).fetchone()
    return int(row[0]), row[1] or ""


def last_id(ws: Workspace) -> int:
    """The id of the newest history row (0 when there is none)."""
    return int(ws.conn.execute("SELECT COALESCE(max(id), 0) FROM history").fetchone()[0])


# ---- checkpoints -------------------------------------------------------------------
@dataclass(frozen=True)
class Checkpoint:
    seq: int
    history_id: int
    rows: int
    head: str
    at: str
    prev: str
    key: str  # fingerprint of the signing key
    note: str
    body: str  # canonical JSON that was signed
    signature: str

    def digest(self) -> str:
        """What the next checkpoint's ``prev`` holds."""
        return hashlib.sha256(self.signature.encode("ascii")).hexdigest()

    def describe(self) -> str:
        return t(
            f"titik periksa {self.seq} ({self.at}, {self.note or '-'}, baris {self.history_id})",
            f"checkpoint {self.seq} ({self.at}, {self.note or '-'}, row {self.history_id})",
        )

    def as_anchor(self) -> dict:
        """What a report carries to prove the state it was printed from."""
        return {"seq": self.seq, "history_id": self.history_id, "head": self.head,
                "key": self.key, "signature": self.signature}  # fmt: skip


def _parse(seq: int, history_id: int, body: str, signature: str) -> Checkpoint:
    try:
        data = json.loads(body)
        return Checkpoint(
            seq,
            history_id,
            int(data.get("rows", -1)),
            str(data.get("head", "")),
            str(data.get("at", "")),
            str(data.get("prev", "")),
            str(data.get("key", "")),
            str(data.get("note", "")),
            body,
            signature,
        )
    except (ValueError, TypeError, AttributeError):
        return Checkpoint(seq, history_id, -1, "", "", "", "", "", body, signature)


def checkpoints(ws: Workspace) -> list[Checkpoint]:
    return [
        _parse(*row)
        for row in ws.conn.execute(
            "SELECT seq, history_id, body, signature FROM checkpoints ORDER BY seq"
        )
    ]


def latest_checkpoint(ws: Workspace) -> Checkpoint | None:
    row = ws.conn.execute(
        "SELECT seq, history_id, body, signature FROM checkpoints ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return _parse(*row) if row else None


def checkpoint_by_seq(ws: Workspace, seq: int) -> Checkpoint | None:
    row = ws.conn.execute(
        "SELECT seq, history_id, body, signature FROM checkpoints WHERE seq=?", (seq,)
    ).fetchone()
    return _parse(*row) if row else None


def _signing_key(ws: Workspace) -> tuple[str, str]:
    """(private key, fingerprint) of the workspace's own key, made on first use
    inside the caller's transaction (with its own history row)."""
    from judgeapp.domain.exchange import generate_keypair

    row = ws.conn.execute("SELECT private_key, fingerprint FROM own_key WHERE id=1").fetchone()
    if row is not None:
        return str(row[0]), str(row[1])
    pair = generate_keypair()
    ws.conn.execute(
        "INSERT INTO own_key(id, private_key, public_key, fingerprint, created_at)"
        " VALUES (1, ?, ?, ?, ?)",
        (pair.private_key, pair.public_key, pair.fingerprint, now()),
    )
    ws.conn.execute(
        "INSERT INTO history(at, actor, action, target, new) VALUES (?, 'judgeapp', 'key', 'own', ?)",
        (now(), pair.fingerprint),
    )
    return pair.private_key, pair.fingerprint


def seal(ws: Workspace, since_id: int, note: str = "") -> Checkpoint:
    """Sign the history as it stands, inside the caller's open transaction
    (``Workspace.transaction`` calls this before COMMIT when rows were added)."""
    from judgeapp.domain.exchange import checkpoint_message, sign_message

    private_key, key_fp = _signing_key(ws)
    previous = latest_checkpoint(ws)
    prev_rows, prev_id = (previous.rows, previous.history_id) if previous else (0, 0)
    head_row = ws.conn.execute(
        "SELECT id, digest FROM history_chain ORDER BY id DESC LIMIT 1"
    ).fetchone()
    history_id, digest = (int(head_row[0]), str(head_row[1])) if head_row else (0, "")
    added = ws.conn.execute(
        "SELECT count(*) FROM history WHERE id > ? AND id <= ?", (prev_id, history_id)
    ).fetchone()[0]
    if not note:
        actions = [
            r[0]
            for r in ws.conn.execute(
                "SELECT DISTINCT action FROM history WHERE id > ? ORDER BY action", (since_id,)
            )
        ]
        note = ",".join(actions)[:200]
    seq = (previous.seq if previous else 0) + 1
    body_data = {
        "format": "judgeapp.checkpoint/1",
        "seq": seq,
        "history_id": history_id,
        "rows": prev_rows + int(added),
        "head": digest,
        "at": now(),
        "prev": previous.digest() if previous else "",
        "key": key_fp,
        "note": note,
    }
    from judgeapp.domain.rubric import canonical_json

    body = canonical_json(body_data)
    signature = sign_message(private_key, checkpoint_message(body_data))
    ws.conn.execute(
        "INSERT INTO checkpoints(seq, history_id, body, signature) VALUES (?, ?, ?, ?)",
        (seq, history_id, body, signature),
    )
    return _parse(seq, history_id, body, signature)


def adopt(ws: Workspace) -> None:
    """A workspace written before checkpoints existed: sign its history once,
    saying so (called only in the open that applied migration 0018)."""
    with ws.transaction():
        if latest_checkpoint(ws) is None and last_id(ws) > 0:
            ws.conn.execute(
                "INSERT INTO history(at, actor, action, target, reason) VALUES (?, 'judgeapp',"
                " 'checkpoint', 'adopted', ?)",
                (
                    now(),
                    "history written before signed checkpoints existed (migration 0018)",
                ),
            )


# ---- verification --------------------------------------------------------------------
@dataclass(frozen=True)
class HistoryCheck:
    rows: int
    ok: bool
    first_bad: int | None = None  # history id where the chain breaks
    reason: str = ""
    head: str = ""  # digest of the last row
    checkpoints: int = 0
    last_good: Checkpoint | None = None  # the last checkpoint the rows still give
    problems: tuple[str, ...] = field(default_factory=tuple)  # every finding, worded


def _signed_ok(cp: Checkpoint, public_key: str | None, fp: str | None) -> bool:
    from judgeapp.domain.exchange import checkpoint_message, message_signature_valid

    if public_key is None or cp.key != fp:
        return False
    try:
        data = json.loads(cp.body)
    except ValueError:
        return False
    if not isinstance(data, dict) or data.get("seq") != cp.seq:
        return False
    if data.get("history_id") != cp.history_id:
        return False
    return message_signature_valid(public_key, checkpoint_message(data), cp.signature)


@dataclass
class _Walk:
    """The chain recomputed from the rows, in id order."""

    rows: int = 0
    head: str = ""  # the last row's recomputed digest
    last: int = 0  # the last row's id
    first_bad: int | None = None
    bad_reason: str = ""
    at_id: dict[int, tuple[str, int]] = field(default_factory=dict)  # id → (digest, rows)


def _walk_chain(ws: Workspace, wanted: set[int]) -> _Walk:
    """Recompute every row's digest; note the first row whose stored one differs
    and the digest and row count at each id in ``wanted``."""
    walk = _Walk()
    cols = ", ".join(f"h.{f}" for f in FIELDS)
    for row in ws.conn.execute(
        f"SELECT {cols}, c.digest FROM history h LEFT JOIN history_chain c ON c.id = h.id"
        " ORDER BY h.id"
    ):
        *fields, stored = row
        walk.rows += 1
        expected = chain_digest(walk.head, *fields)
        if walk.first_bad is None and stored != expected:
            walk.first_bad = int(fields[0])
            walk.bad_reason = (
                t("baris tanpa digest rantai", "row has no chain digest")
                if stored is None
                else t("baris berbeda dari digest rantainya", "row differs from its chain digest")
            )
        walk.head = expected
        walk.last = int(fields[0])
        if walk.last in wanted:
            walk.at_id[walk.last] = (expected, walk.rows)
    return walk


def _checkpoint_problem(
    cp: Checkpoint,
    seq: int,
    expected_prev: str,
    key: tuple[str, str] | None,
    walk: _Walk,
) -> tuple[str, bool] | None:
    """Why checkpoint number ``seq`` does not hold, and whether that is because
    the row it vouches for is gone (the history was cut); None when it holds."""
    if cp.seq != seq:
        missing = t(
            f"titik periksa {seq} hilang (berikutnya yang ada: {cp.seq})",
            f"checkpoint {seq} is missing (next present: {cp.seq})",
        )
        return missing, False
    cut = False
    public_key, fp = key if key else (None, None)
    if not _signed_ok(cp, public_key, fp):
        reason = t(
            "tanda tangan tidak sah atau bukan kunci ruang kerja ini",
            "signature invalid or not this workspace's key",
        )
    elif cp.prev != expected_prev:
        reason = t(
            "tidak tersambung ke titik periksa sebelumnya",
            "not linked to the previous checkpoint",
        )
    elif (got := walk.at_id.get(cp.history_id)) is None:
        cut = True
        last = walk.last
        reason = t(
            f"menjamin baris {cp.history_id}, tetapi riwayat berakhir di baris {last}"
            f" — baris sesudah {last} telah dihapus",
            f"vouches for row {cp.history_id}, but the history ends at row {last}"
            f" — rows after {last} were removed",
        )
    elif got != (cp.head, cp.rows):
        reason = t(
            f"riwayat ditulis ulang — yang ditandatangani: {cp.rows} baris, kepala"
            f" {cp.head[:16]}; baris-baris kini memberi {got[1]} baris, kepala"
            f" {got[0][:16]}",
            f"the history was rewritten — signed: {cp.rows} rows, head {cp.head[:16]};"
            f" the rows now give {got[1]} rows, head {got[0][:16]}",
        )
    else:
        return None
    return cp.describe() + ": " + reason, cut


def _tail_problem(ws: Workspace, cps: list[Checkpoint], walk: _Walk) -> str | None:
    """Rows that no checkpoint signed: after the last one, or with none at all."""
    if cps:
        tail = cps[-1]
        if walk.last <= tail.history_id:
            return None
        added = ws.conn.execute(
            "SELECT count(*) FROM history WHERE id > ?", (tail.history_id,)
        ).fetchone()[0]
        return t(
            f"{added} baris (baris {tail.history_id + 1}…{walk.last}) ditambahkan sesudah"
            f" titik periksa terakhir {tail.seq} tanpa tanda tangan — bukan ditulis"
            " oleh JudgeApp",
            f"{added} rows (rows {tail.history_id + 1}…{walk.last}) were added after the"
            f" last checkpoint {tail.seq} without a signature — not written by JudgeApp",
        )
    if walk.rows:
        return t(
            f"{walk.rows} baris riwayat tanpa satu pun titik periksa bertanda tangan",
            f"{walk.rows} history rows and no signed checkpoint",
        )
    return None


def verify_history(ws: Workspace, anchors: Iterable[tuple[str, int, str]] = ()) -> HistoryCheck:
    """Recompute the chain and hold it against every signed checkpoint.

    ``anchors``: (what, row id, digest) held outside the workspace (a report's
    checkpoint, a score file's head) that the rows must still give."""
    cps = checkpoints(ws)
    extra = list(anchors)
    walk = _walk_chain(ws, {cp.history_id for cp in cps} | {a[1] for a in extra})
    first_bad = walk.first_bad
    problems: list[str] = []
    if first_bad is not None:
        problems.append(
            t(
                f"rantai putus di baris {first_bad} ({walk.bad_reason})",
                f"chain broken at row {first_bad} ({walk.bad_reason})",
            )
        )
    orphans = ws.conn.execute(
        "SELECT min(c.id) FROM history_chain c LEFT JOIN history h ON h.id = c.id"
        " WHERE h.id IS NULL"
    ).fetchone()[0]
    if orphans is not None:
        problems.append(
            t(
                f"baris {orphans} yang sudah dirantai telah dihapus",
                f"chained row {orphans} was removed",
            )
        )
        first_bad = first_bad if first_bad is not None else int(orphans)
    # the checkpoints, in order, up to the first that does not hold
    row = ws.conn.execute("SELECT public_key, fingerprint FROM own_key WHERE id=1").fetchone()
    key = (str(row[0]), str(row[1])) if row else None
    last_good: Checkpoint | None = None
    broken: Checkpoint | None = None
    truncated = orphans is not None
    expected_prev = ""
    for seq, cp in enumerate(cps, start=1):
        found = _checkpoint_problem(cp, seq, expected_prev, key, walk)
        if found is not None:
            problem, cut = found
            problems.append(problem)
            broken = cp
            truncated = truncated or cut
            break
        last_good = cp
        expected_prev = cp.digest()
    if broken is not None:
        problems.append(
            t(
                "riwayat utuh sampai " + last_good.describe()
                if last_good
                else "tidak ada titik periksa yang masih cocok",
                "the history holds up to " + last_good.describe()
                if last_good
                else "no checkpoint still holds",
            )
        )
    elif (tail := _tail_problem(ws, cps, walk)) is not None:
        problems.append(tail)
    counter = ws.conn.execute("SELECT seq FROM sqlite_sequence WHERE name='history'").fetchone()
    if counter is not None and int(counter[0]) > walk.last and not truncated:
        problems.append(
            t(
                f"baris sampai {int(counter[0])} pernah ditulis, riwayat berakhir di baris"
                f" {walk.last} — baris terakhir telah dihapus",
                f"rows up to {int(counter[0])} were written, the history ends at row"
                f" {walk.last} — the last rows were removed",
            )
        )
    for what, hid, digest in extra:
        got = walk.at_id.get(hid)
        if got is None or got[0] != digest:
            problems.append(
                t(
                    f"{what}: baris {hid} tidak lagi memberi kepala {digest[:16]}",
                    f"{what}: row {hid} no longer gives head {digest[:16]}",
                )
            )
    return HistoryCheck(
        walk.rows,
        not problems,
        first_bad,
        problems[0] if problems else "",
        walk.head,
        len(cps),
        last_good if broken is not None else (cps[-1] if cps else None),
        tuple(problems),
    )
