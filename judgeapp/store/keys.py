"""Signing keys: this workspace's own Ed25519 key, and judges' registered keys."""

from __future__ import annotations

from dataclasses import dataclass

from judgeapp.store import history as store_history
from judgeapp.store.db import Workspace, now
from judgeapp.store.events import judge_value
from judgeapp.store.setup import record


@dataclass(frozen=True)
class OwnKey:
    private_key: str
    public_key: str
    fingerprint: str
    created_at: str


def own_key(ws: Workspace) -> OwnKey | None:
    row = ws.query_one("SELECT * FROM own_key WHERE id=1")
    if row is None:
        return None
    return OwnKey(row["private_key"], row["public_key"], row["fingerprint"], row["created_at"])


def ensure_own_key(ws: Workspace, actor: str = "judge") -> OwnKey:
    """The workspace's key pair, created on first use and never replaced."""
    existing = own_key(ws)
    if existing is not None:
        return existing
    from judgeapp.domain.exchange import generate_keypair  # cryptography: loaded on use

    pair = generate_keypair()
    with ws.transaction():
        cur = ws.conn.execute(
            "INSERT OR IGNORE INTO own_key(id, private_key, public_key, fingerprint, created_at)"
            " VALUES (1, ?, ?, ?, ?)",
            (pair.private_key, pair.public_key, pair.fingerprint, now()),
        )
        if cur.rowcount:
            store_history.append(ws, "key", actor=actor, target="own", new=pair.fingerprint)
    key = own_key(ws)
    assert key is not None
    return key


@dataclass(frozen=True)
class JudgeKey:
    public_key: str
    fingerprint: str


def judge_key(ws: Workspace, event_id: str, judge_id: str) -> JudgeKey | None:
    """The key registered for a judge (None when none yet)."""
    row = ws.query_one(
        "SELECT public_key, fingerprint FROM judges WHERE event_id=? AND id=?",
        (event_id, judge_id),
    )
    if row is None or not row["public_key"]:
        return None
    return JudgeKey(row["public_key"], row["fingerprint"])


def enrol_secret(ws: Workspace, event_id: str, judge_id: str) -> str:
    """The judge's one-time enrolment secret ('' when none or already used)."""
    row = ws.conn.execute(
        "SELECT enrol_secret FROM judges WHERE event_id=? AND id=?", (event_id, judge_id)
    ).fetchone()
    return str(row[0]) if row else ""


def ensure_enrol_secret(ws: Workspace, event_id: str, judge_id: str, actor: str) -> str:
    """The secret a bundle carries to a judge whose key is not registered yet:
    made once, the same in every bundle re-issued before the first file."""
    from judgeapp.domain.exchange import new_enrolment_secret

    with ws.transaction():
        held = enrol_secret(ws, event_id, judge_id)
        if held:
            return held
        secret = new_enrolment_secret()
        ws.conn.execute(
            "UPDATE judges SET enrol_secret=? WHERE event_id=? AND id=?",
            (secret, event_id, judge_id),
        )
        store_history.append(  # never the secret itself
            ws, "enrolment", actor=actor, event_id=event_id, target=judge_id, new="secret issued"
        )
        return secret


def enrolled_how(ws: Workspace, event_id: str, judge_id: str) -> str:
    row = ws.conn.execute(
        "SELECT enrolled FROM judges WHERE event_id=? AND id=?", (event_id, judge_id)
    ).fetchone()
    return str(row[0]) if row else ""


def set_judge_key(
    ws: Workspace,
    event_id: str,
    judge_id: str,
    public_key: str,
    actor: str,
    reason: str = "",
    how: str = "confirmed",
) -> str:
    """Record (or replace) a judge's public key with a history row; returns
    the fingerprint. ``how`` the key was bound: ``bundle`` (the first file
    proved the bundle's enrolment secret), ``confirmed`` (the secretariat
    confirmed the fingerprint the judge read out), ``changed`` (an accepted key
    change). The enrolment secret is used up. Call inside the caller's
    transaction when it must be atomic with an import."""
    from judgeapp.domain.exchange import fingerprint

    fp = fingerprint(public_key)
    with ws.transaction():
        old = judge_value(ws, event_id, judge_id, "fingerprint") or None
        if old == fp:
            return fp
        ws.conn.execute(
            "UPDATE judges SET public_key=?, fingerprint=?, enrolled=?, enrol_secret=''"
            " WHERE event_id=? AND id=?",
            (public_key, fp, how, event_id, judge_id),
        )
        record(ws, actor, "key", event_id, judge_id, old, fp, reason)
    return fp
