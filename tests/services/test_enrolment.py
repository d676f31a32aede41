"""A judge's key is bound to the bundle issued to that judge.

The bundle carries a one-time enrolment secret; the first score file proves it
for its public key. A first file without that proof — someone who made a key
of their own and signed a file in the judge's name — is refused, naming the
key's fingerprint and what to do, unless the secretariat confirmed that
fingerprint with the judge (``--confirm-key``, or registering the key first).
"""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal

import pytest
from kit.judging import mini_values, score_all, setup_event, snapshot

from judgeapp.domain.exchange import build_score_file, generate_keypair
from judgeapp.services import bundles, scorefiles, setup
from judgeapp.services.scorefiles import ScoreFileRefused
from judgeapp.store import keys as store_keys
from judgeapp.store.db import open_workspace


@pytest.fixture
def world(workspace, tmp_path):
    info = setup_event(workspace, tmp_path)
    jid, sub = info["judges"][0], info["subs"][0]
    b = bundles.issue_bundle(workspace, info["event"], jid, tmp_path / "ani.zip")
    jws = open_workspace(tmp_path / "judge")
    bundles.open_bundle(jws, b.path)
    score_all(jws, info["event"], jid, sub, mini_values(Decimal(7)))
    yield workspace, info, jws, jid, b.path, tmp_path
    jws.close()


def _rogue_file(jws, tmp, name="rogue.scores.json", proof=None):
    """The judge's own sheets, signed by a key the judge never had."""
    eid, jid = bundles.judge_identity(jws)
    payload = scorefiles.build_payload(jws, eid, jid)
    rogue = generate_keypair()
    payload["public_key"] = rogue.public_key
    payload["enrolment_proof"] = "" if proof is None else proof
    path = tmp / name
    path.write_bytes(build_score_file(payload, rogue.private_key))
    return path, rogue


def test_bundle_carries_a_one_time_secret_and_the_first_file_proves_it(world):
    ws, info, jws, jid, bundle, tmp = world
    with zipfile.ZipFile(bundle) as zf:
        secret = json.loads(zf.read("bundle.json"))["enrolment"]
    assert len(secret) == 64 and secret == store_keys.enrol_secret(ws, info["event"], jid)
    exp = scorefiles.export_scores(jws, tmp / "out")
    raw = exp.path.read_bytes()
    assert secret.encode() not in raw  # the proof, never the secret
    assert len(json.loads(raw)["payload"]["enrolment_proof"]) == 64
    out = scorefiles.import_score_file(ws, info["event"], exp.path)
    assert out.status == "imported" and out.key_registered
    assert store_keys.enrolled_how(ws, info["event"], jid) == "bundle"
    assert store_keys.enrol_secret(ws, info["event"], jid) == ""  # used up
    rows = ws.query("SELECT reason FROM history WHERE action='key' AND target=?", (jid,))
    assert rows[-1]["reason"] == "berkas pertama, rahasia bundel terbukti"
    assert secret not in json.dumps(ws.query("SELECT * FROM history"))
    # a bundle re-issued now carries no secret: the key is bound
    again = bundles.issue_bundle(ws, info["event"], jid, tmp / "again.zip")
    with zipfile.ZipFile(again.path) as zf:
        assert json.loads(zf.read("bundle.json")).get("enrolment", "") == ""


def test_first_file_signed_by_an_unknown_key_is_refused(world):
    ws, info, jws, jid, _bundle, tmp = world
    path, rogue = _rogue_file(jws, tmp)
    before = snapshot(ws)
    with pytest.raises(ScoreFileRefused) as exc:
        scorefiles.import_score_file(ws, info["event"], path)
    msg = str(exc.value)
    assert exc.value.place == "payload.enrolment_proof"
    assert rogue.fingerprint in msg and "Kunci tanda tangan saya" in msg
    assert "--confirm-key" in msg
    assert snapshot(ws) == before  # no key registered, nothing imported
    assert store_keys.judge_key(ws, info["event"], jid) is None
    v = scorefiles.verify_file(path, ws, info["event"])  # verify refuses it the same way
    assert not v.ok and v.failure.name == "payload.enrolment_proof"


def test_the_real_judges_proof_does_not_carry_over_to_another_key(world):
    ws, info, jws, jid, _bundle, tmp = world
    real = json.loads(scorefiles.export_scores(jws, tmp / "out").path.read_bytes())
    path, _rogue = _rogue_file(jws, tmp, proof=real["payload"]["enrolment_proof"])
    with pytest.raises(ScoreFileRefused, match="enrolment_proof"):
        scorefiles.import_score_file(ws, info["event"], path)


def test_a_confirmed_fingerprint_lets_the_first_file_in(world, capsys):
    from judgeapp.cli import main

    ws, info, jws, jid, _bundle, tmp = world
    path, rogue = _rogue_file(jws, tmp, "other-laptop.scores.json")  # e.g. an older app's key
    folder = str(ws.folder)
    wrong = generate_keypair().fingerprint
    args = ["scores", "import", str(path), "--event", info["event"], "--workspace", folder]
    assert main([*args, "--confirm-key", wrong]) == 1
    assert "enrolment_proof" in capsys.readouterr().err
    assert main([*args, "--confirm-key", rogue.fingerprint.lower()]) == 0
    assert "(kunci didaftarkan)" in capsys.readouterr().out
    assert store_keys.judge_key(ws, info["event"], jid).fingerprint == rogue.fingerprint
    assert store_keys.enrolled_how(ws, info["event"], jid) == "confirmed"


def test_a_key_registered_beforehand_needs_no_proof(world):
    ws, info, jws, jid, _bundle, tmp = world
    path, rogue = _rogue_file(jws, tmp)
    setup.register_key(ws, info["event"], jid, rogue.public_key)  # read out by phone
    assert scorefiles.import_score_file(ws, info["event"], path).status == "imported"
    assert store_keys.enrolled_how(ws, info["event"], jid) == "confirmed"
