"""Tampering with a secretariat workspace behind the app's back: each attack
that passed ``judgeapp verify WORKSPACE`` before must fail it now, naming what
changed. The attacker works on the closed workspace file with plain SQLite
(and, where the attack needs it, the chain function copied from our code).
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from kit.judging import mini_values, score_all, setup_event

from judgeapp.services import bundles, scorefiles
from judgeapp.services.integrity import verify_workspace
from judgeapp.store.db import open_workspace
from judgeapp.store.history import FIELDS, chain_digest


@pytest.fixture
def secretariat(tmp_path):
    """A secretariat workspace holding three judges' signed, final sheets."""
    ws = open_workspace(tmp_path / "sec")
    info = setup_event(ws, tmp_path)
    for n, jid in enumerate(info["judges"]):
        jws = open_workspace(tmp_path / f"judge-{jid}")
        b = bundles.issue_bundle(ws, info["event"], jid, tmp_path / f"{jid}.zip")
        bundles.open_bundle(jws, b.path)
        for k, sub in enumerate(info["subs"]):
            score_all(jws, info["event"], jid, sub, mini_values(Decimal(6 + n) + Decimal(k) / 4))
        exp = scorefiles.export_scores(jws, tmp_path / "out")
        jws.close()
        scorefiles.import_score_file(ws, info["event"], exp.path)
    assert all(f.ok for f in verify_workspace(ws)), [f for f in verify_workspace(ws) if not f.ok]
    folder = ws.folder
    ws.close()
    return folder, info


def _attack(folder, *sql, chain=False, params=()):
    conn = sqlite3.connect(folder / "workspace.sqlite", isolation_level=None)
    if chain:  # the attacker has read our code: the chain trigger works for them
        conn.create_function("judgeapp_chain", 11, chain_digest, deterministic=True)
    for i, statement in enumerate(sql):
        conn.execute(statement, params[i] if i < len(params) else ())
    conn.close()


def _verify(folder):
    ws = open_workspace(folder)
    try:
        return [f for f in verify_workspace(ws) if not f.ok]
    finally:
        ws.close()


def _text(failures) -> str:
    return "\n".join(f"{f.check}: {f.detail}" for f in failures)


def test_update_of_an_item_score_on_a_final_sheet_is_caught(secretariat):
    from judgeapp.services.results import rank

    folder, info = secretariat
    ws = open_workspace(folder)
    before = [(r.submission, r.score) for r in rank(ws, info["event"]).rows]
    sheet = ws.query_one(
        "SELECT s.id FROM sheets s WHERE s.judge_id='budi' AND s.submission_id=?",  # the median
        (info["subs"][2],),
    )["id"]
    assert ws.query_one("SELECT status FROM sheets WHERE id=?", (sheet,))["status"] == "final"
    ws.close()
    _attack(folder, "UPDATE item_scores SET value='10.00' WHERE sheet_id=? AND key='ekonomi.1'",
            params=[(sheet,)])  # fmt: skip
    ws = open_workspace(folder)
    after = [(r.submission, r.score) for r in rank(ws, info["event"]).rows]
    ws.close()
    assert after != before  # the attack changes the ranking …
    failures = _verify(folder)
    text = _text(failures)  # … and is caught twice, naming the item and both values
    assert "score ekonomi.1 berisi 10.00, riwayat terakhir mencatat 7.50" in text
    assert "score ekonomi.1 berisi 10.00, berkas bertanda tangan 7.50" in text
    assert "Kota Gamma juri budi" in text


def test_rewritten_history_with_the_chain_recomputed_is_caught(secretariat):
    folder, _info = secretariat
    conn = sqlite3.connect(folder / "workspace.sqlite", isolation_level=None)
    for trig in ("history_no_update", "history_chain_no_update", "history_chain_no_delete"):
        conn.execute(f"DROP TRIGGER {trig}")
    target = conn.execute(
        "SELECT id FROM history WHERE action='score' ORDER BY id LIMIT 1 OFFSET 20"
    ).fetchone()[0]
    conn.execute("UPDATE history SET actor='mallory', old='5.00' WHERE id=?", (target,))
    conn.execute("DELETE FROM history_chain")
    previous = ""
    cols = ", ".join(FIELDS)
    for row in conn.execute(f"SELECT {cols} FROM history ORDER BY id").fetchall():
        previous = chain_digest(previous, *row)
        conn.execute("INSERT INTO history_chain(id, digest) VALUES (?, ?)", (row[0], previous))
    conn.close()
    failures = _verify(folder)
    text = _text(failures)
    assert "rantai putus" not in text  # the chain itself is consistent again …
    assert "riwayat ditulis ulang" in text  # … but no longer what was signed
    first = next(f.detail for f in failures if "ditulis ulang" in f.detail)
    assert first.startswith("titik periksa ")
    seq = int(first.split()[2])
    ws = open_workspace(folder)
    cp = ws.query_one("SELECT history_id FROM checkpoints WHERE seq=?", (seq,))
    prev = ws.query_one("SELECT history_id FROM checkpoints WHERE seq=?", (seq - 1,))
    ws.close()
    assert prev["history_id"] < target <= cp["history_id"]  # the first checkpoint after the edit
    assert f"riwayat utuh sampai titik periksa {seq - 1} " in text


def test_deleting_the_last_50_history_rows_is_caught(secretariat):
    folder, _info = secretariat
    _attack(
        folder,
        "DROP TRIGGER history_no_delete",
        "DROP TRIGGER history_chain_no_delete",
        "DELETE FROM history_chain WHERE id > (SELECT max(id) - 50 FROM history)",
        "DELETE FROM history WHERE id > (SELECT max(id) - 50 FROM history)",
    )
    text = _text(_verify(folder))
    assert "riwayat berakhir di baris" in text and "telah dihapus" in text


def test_deleting_rows_and_the_checkpoints_after_them_is_caught(secretariat):
    folder, _info = secretariat
    _attack(
        folder,
        "DROP TRIGGER history_no_delete",
        "DROP TRIGGER history_chain_no_delete",
        "DROP TRIGGER checkpoints_no_delete",
        "DELETE FROM checkpoints WHERE history_id > (SELECT max(id) - 50 FROM history)",
        "DELETE FROM history_chain WHERE id > (SELECT max(id) - 50 FROM history)",
        "DELETE FROM history WHERE id > (SELECT max(id) - 50 FROM history)",
    )
    text = _text(_verify(folder))
    # SQLite's row counter remembers how far the history went
    assert "pernah ditulis" in text and "baris terakhir telah dihapus" in text
    # and even with the counter put back, the backup taken before the last import holds
    # a checkpoint the workspace no longer has
    _attack(
        folder,
        "UPDATE sqlite_sequence SET seq=(SELECT max(id) FROM history) WHERE name='history'",
    )
    text = _text(_verify(folder))
    assert "cadangan" in text and "dipotong atau ditulis ulang" in text


def test_appending_a_forged_row_is_caught(secretariat):
    folder, info = secretariat
    _attack(
        folder,
        "INSERT INTO history(at, actor, action, event_id, target, new, reason) VALUES"
        " ('2023-05-02T10:00:00.000Z', 'secretariat', 'moderate', ?, 'total', '99', 'ok')",
        chain=True,
        params=[(info["event"],)],
    )
    failures = _verify(folder)
    text = _text(failures)
    assert "rantai putus" not in text  # the trigger chained it properly …
    assert "ditambahkan sesudah titik periksa terakhir" in text  # … but nobody signed it


def test_a_replaced_judge_key_is_caught(secretariat):
    folder, _info = secretariat
    from judgeapp.domain.exchange import generate_keypair

    pair = generate_keypair()
    _attack(
        folder,
        "UPDATE judges SET public_key=?, fingerprint=? WHERE id='budi'",
        params=[(pair.public_key, pair.fingerprint)],
    )
    text = _text(_verify(folder))
    assert "kunci juri budi" in text and pair.fingerprint in text
    assert "bukan kunci terdaftar juri" in text  # budi's kept file no longer matches his key


def test_an_edited_kept_score_file_is_caught(secretariat):
    folder, _info = secretariat
    _attack(
        folder,
        'UPDATE score_files SET body=replace(body, \'"ekonomi.2":"6.25"\','
        " '\"ekonomi.2\":\"9.25\"') WHERE judge_id='ani'",
    )
    text = _text(_verify(folder))
    assert "salinan berkas bertanda tangan gagal diperiksa" in text


def test_the_ranking_copy_of_scores_edited_is_caught(secretariat):
    folder, _info = secretariat
    _attack(
        folder,
        "UPDATE sheets SET scores_json=json_set(scores_json, '$.\"output.1\"', '10')"
        " WHERE judge_id='citra'",
    )
    text = _text(_verify(folder))
    assert "berbeda dari nilai butir" in text and "juri citra" in text


def test_untouched_workspace_and_cli_pass(secretariat, capsys):
    from judgeapp.cli import main

    folder, _info = secretariat
    assert main(["verify", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "9 lembar dari berkas nilai bertanda tangan sama dengan berkasnya" in out
    _attack(folder, "UPDATE item_scores SET value='9.99' WHERE rowid=1")
    assert main(["--lang", "en", "verify", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "workspace changed outside JudgeApp" in err and "the history last recorded" in err


def _resign_everything(folder):
    """The strongest insider: rewrite a row, recompute the chain and re-sign
    every checkpoint with the workspace's own private key (it is in the file)."""
    from judgeapp.domain.exchange import checkpoint_message, sign_message
    from judgeapp.domain.rubric import canonical_json

    conn = sqlite3.connect(folder / "workspace.sqlite", isolation_level=None)
    for trig in ("history_no_update", "history_chain_no_update", "history_chain_no_delete",
                 "checkpoints_no_update"):  # fmt: skip
        conn.execute(f"DROP TRIGGER {trig}")
    target = conn.execute("SELECT min(id) FROM history WHERE action='score'").fetchone()[0]
    conn.execute("UPDATE history SET old='5.00' WHERE id=?", (target,))
    conn.execute("DELETE FROM history_chain")
    digests, previous = {}, ""
    cols = ", ".join(FIELDS)
    for n, row in enumerate(conn.execute(f"SELECT {cols} FROM history ORDER BY id").fetchall()):
        previous = chain_digest(previous, *row)
        digests[row[0]] = (previous, n + 1)
        conn.execute("INSERT INTO history_chain(id, digest) VALUES (?, ?)", (row[0], previous))
    private = conn.execute("SELECT private_key FROM own_key").fetchone()[0]
    prev_sig = ""
    import hashlib
    import json

    for seq, hid, body in conn.execute(
        "SELECT seq, history_id, body FROM checkpoints ORDER BY seq"
    ).fetchall():
        data = json.loads(body)
        data["head"], data["rows"] = digests[hid]
        data["prev"] = hashlib.sha256(prev_sig.encode()).hexdigest() if prev_sig else ""
        sig = sign_message(private, checkpoint_message(data))
        conn.execute(
            "UPDATE checkpoints SET body=?, signature=? WHERE seq=?",
            (canonical_json(data), sig, seq),
        )
        prev_sig = sig
    conn.close()


def test_printed_report_catches_a_rewrite_even_by_someone_holding_the_key(secretariat, tmp_path):
    from judgeapp.reports import render_report
    from judgeapp.reports.verify import verify_pdf

    folder, info = secretariat
    ws = open_workspace(folder)
    pdf = render_report(ws, "ranking", info["event"], tmp_path / "peringkat.pdf")
    findings = verify_pdf(ws, pdf)
    assert all(f.ok for f in findings), [f.message for f in findings if not f.ok]
    assert any("riwayat masih memuat titik periksa" in f.message for f in findings)
    ws.close()
    _resign_everything(folder)
    # inside the file everything is consistent again (the key was in it) …
    ws = open_workspace(folder)
    try:
        history = next(f for f in verify_workspace(ws) if f.check == "riwayat")
        assert history.ok
        # … but the printed report holds the checkpoint as it was signed then
        bad = [f.message for f in verify_pdf(ws, pdf) if not f.ok]
        assert any("berbeda dari yang tercetak" in m for m in bad), bad
    finally:
        ws.close()
