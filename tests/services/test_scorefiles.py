"""Signed score files: export from a judge workspace, verify, import at the secretariat."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from kit.judging import mini_values, score_all, setup_event, snapshot

from judgeapp.domain.evidence import EvidenceLink
from judgeapp.domain.exchange import build_score_file, file_revision
from judgeapp.services import bundles, scorefiles, setup, sheets
from judgeapp.services.scorefiles import KeyConsent, ScoreFileRefused
from judgeapp.store.db import open_workspace
from judgeapp.store.keys import own_key


@pytest.fixture
def world(workspace, tmp_path):
    info = setup_event(workspace, tmp_path)
    judges = {}
    for jid in info["judges"]:
        jws = open_workspace(tmp_path / f"judge-{jid}")
        b = bundles.issue_bundle(workspace, info["event"], jid, tmp_path / f"{jid}.zip")
        bundles.open_bundle(jws, b.path)
        judges[jid] = jws
    yield workspace, info, judges, tmp_path
    for jws in judges.values():
        jws.close()


def _forge(jws, path, change):
    """A file signed by the judge's real key after changing its payload."""
    eid, jid = bundles.judge_identity(jws)
    payload = scorefiles.build_payload(jws, eid, jid)
    change(payload)
    payload["revision"] = file_revision(payload["sheets"])
    path.write_bytes(build_score_file(payload, own_key(jws).private_key))
    return path


def test_export_import_roundtrip(world):
    ws, info, judges, tmp = world
    eid, sub = info["event"], info["subs"][0]
    jws = judges["ani"]
    st = score_all(jws, eid, "ani", sub, mini_values(Decimal(8)))
    exp = scorefiles.export_scores(jws, tmp)
    assert exp.path.name == f"{eid}-ani-r{exp.revision}.scores.json"
    assert exp.fingerprint == own_key(jws).fingerprint
    out = scorefiles.import_score_file(ws, eid, exp.path)
    assert out.status == "imported" and out.key_registered
    held = ws.query_one("SELECT * FROM sheets WHERE judge_id='ani' AND submission_id=?", (sub,))
    assert held["source"] == "file" and held["status"] == "final"
    assert held["revision"] == st.data.revision
    got = {
        r["key"]: r["value"]
        for r in ws.query("SELECT key, value FROM item_scores WHERE sheet_id=?", (held["id"],))
    }
    assert got == {k: format(v, "f") for k, v in st.data.scores.items()}
    texts = ws.query("SELECT * FROM sheet_texts WHERE sheet_id=?", (held["id"],))
    assert len(texts) == 2
    judge = ws.query_one("SELECT fingerprint FROM judges WHERE id='ani'")
    assert judge["fingerprint"] == exp.fingerprint
    files = ws.query("SELECT status, revision FROM score_files")
    assert files == [{"status": "current", "revision": exp.revision}]
    # the totals the secretariat computes equal the judge's
    from judgeapp.services.sheets import state

    assert state(ws, held["id"]).result.total == st.result.total


def test_same_file_twice_is_noop(world):
    ws, info, judges, tmp = world
    score_all(judges["ani"], info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))
    exp = scorefiles.export_scores(judges["ani"], tmp)
    scorefiles.import_score_file(ws, info["event"], exp.path)
    before = snapshot(ws)
    out = scorefiles.import_score_file(ws, info["event"], exp.path)
    assert out.status == "unchanged"
    assert snapshot(ws) == before


def test_newer_revision_supersedes_older_kept(world):
    ws, info, judges, tmp = world
    eid, sub = info["event"], info["subs"][0]
    jws = judges["ani"]
    st = score_all(jws, eid, "ani", sub, mini_values(Decimal(7)), final=False)
    old = scorefiles.export_scores(jws, tmp / "old")
    scorefiles.import_score_file(ws, eid, old.path)
    sheets.record_score(jws, st.data.id, "ekonomi.1", "9.5", "ani")
    new = scorefiles.export_scores(jws, tmp / "new")
    assert new.revision > old.revision
    out = scorefiles.import_score_file(ws, eid, new.path)
    assert out.status == "imported" and out.sheets_changed == 1
    assert ws.query("SELECT sha256, status FROM score_files ORDER BY imported_at") == [
        {"sha256": old.sha256, "status": "superseded"},
        {"sha256": new.sha256, "status": "current"},
    ]
    v = ws.query_one("SELECT value FROM item_scores WHERE key='ekonomi.1'")
    assert v["value"] == "9.5"
    hist = ws.query("SELECT old, new FROM history WHERE action='score' AND target='ekonomi.1'")
    assert hist[-1] == {"old": "7.00", "new": "9.5"}


def _refused(ws, eid, path, needle, **kw):
    """Import refuses naming ``needle``, changing nothing — and ``verify
    --event`` (without import's options) fails on exactly the same check."""
    before = snapshot(ws)
    with pytest.raises(ScoreFileRefused) as exc:
        scorefiles.import_score_file(ws, eid, path, **kw)
    msg = str(exc.value)
    assert msg.startswith(path.name + ": "), msg
    assert needle in msg, msg
    assert snapshot(ws) == before
    if not kw:
        v = scorefiles.verify_file(path, ws, eid)
        assert not v.ok, [f"{c.name}: {c.detail}" for c in v.checks]
        bad = v.failure
        assert bad is not None and msg.endswith(f"{bad.name}: {bad.detail}"), (msg, bad)
        assert snapshot(ws) == before  # verify writes nothing
    return msg


def test_replayed_old_revision_refused(world):
    ws, info, judges, tmp = world
    eid, sub = info["event"], info["subs"][0]
    jws = judges["ani"]
    st = score_all(jws, eid, "ani", sub, mini_values(Decimal(7)), final=False)
    old = scorefiles.export_scores(jws, tmp / "old")
    sheets.record_score(jws, st.data.id, "ekonomi.1", "9.5", "ani")
    new = scorefiles.export_scores(jws, tmp / "new")
    scorefiles.import_score_file(ws, eid, new.path)
    msg = _refused(ws, eid, old.path, "payload.revision")
    assert str(old.revision) in msg


def test_older_sheet_inside_newer_file_refused(world):
    ws, info, judges, tmp = world
    eid, sub = info["event"], info["subs"][0]
    jws = judges["ani"]
    score_all(jws, eid, "ani", sub, mini_values(Decimal(7)), final=False)
    scorefiles.import_score_file(ws, eid, scorefiles.export_scores(jws, tmp / "a").path)

    def rewind(p):
        p["sheets"][0]["revision"] = 1
        p["sheets"].append(
            {
                **p["sheets"][0],
                "submission": info["subs"][1],
                "revision": 50,
                "scores": {},
                "texts": [],
            }
        )

    bad = _forge(jws, tmp / "rewind.scores.json", rewind)
    _refused(ws, eid, bad, "sheets[0]")


def test_verify_event_calls_valid_exactly_what_import_accepts(world):
    ws, info, judges, tmp = world
    eid, sub = info["event"], info["subs"][0]
    jws = judges["ani"]
    score_all(jws, eid, "ani", sub, mini_values(Decimal(7)))
    exp = scorefiles.export_scores(jws, tmp / "ok")
    before = snapshot(ws)
    v = scorefiles.verify_file(exp.path, ws, eid)
    assert v.ok, [f"{c.name}: {c.detail}" for c in v.checks]
    names = [c.name for c in v.checks]
    assert names[-3:] == ["kunci terdaftar", "lembar", "impor"]
    assert snapshot(ws) == before
    scorefiles.import_score_file(ws, eid, exp.path)
    again = scorefiles.verify_file(exp.path, ws, eid)
    assert again.ok and "sudah diimpor" in again.checks[-1].detail


def test_unknown_stage_or_submission_refused_by_import_and_verify(world):
    ws, info, judges, tmp = world
    jws = judges["ani"]
    score_all(jws, info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))

    def stage(p):
        p["sheets"][0]["stage"] = "tahap9"

    _refused(ws, info["event"], _forge(jws, tmp / "st.scores.json", stage), "tahap9")

    def submission(p):
        p["sheets"][0]["submission"] = "nowhere"

    _refused(ws, info["event"], _forge(jws, tmp / "sub.scores.json", submission), "nowhere")


def test_tampered_byte_refused(world):
    ws, info, judges, tmp = world
    score_all(judges["ani"], info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))
    exp = scorefiles.export_scores(judges["ani"], tmp)
    raw = exp.path.read_bytes().replace(b'"ekonomi.1":"7.00"', b'"ekonomi.1":"9.00"')
    assert raw != exp.path.read_bytes()
    bad = tmp / "tampered.scores.json"
    bad.write_bytes(raw)
    _refused(ws, info["event"], bad, "Ed25519")


def test_file_for_another_event_refused(world):
    ws, info, judges, tmp = world
    from kit.judging import make_event

    other = make_event(ws, "Lomba Lain")
    score_all(judges["ani"], info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))
    exp = scorefiles.export_scores(judges["ani"], tmp)
    _refused(ws, other, exp.path, info["event"])


def test_wrong_form_hash_refused(world):
    ws, info, judges, tmp = world
    jws = judges["ani"]
    score_all(jws, info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))

    def rehash(p):
        p["sheets"][0]["form_hash"] = "b" * 64

    bad = _forge(jws, tmp / "hash.scores.json", rehash)
    _refused(ws, info["event"], bad, "bbbbbbbbbbbb")


def test_unknown_judge_refused(world):
    ws, info, judges, tmp = world
    jws = judges["ani"]

    def rename(p):
        p["judge_id"] = "mallory"

    bad = _forge(jws, tmp / "who.scores.json", rename)
    _refused(ws, info["event"], bad, "mallory")


def test_score_out_of_scale_refused(world):
    ws, info, judges, tmp = world
    jws = judges["ani"]
    score_all(jws, info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))

    def overscore(p):
        p["sheets"][0]["scores"]["ekonomi.2"] = "11"

    bad = _forge(jws, tmp / "over.scores.json", overscore)
    _refused(ws, info["event"], bad, "scores.ekonomi.2")

    def unknown(p):
        p["sheets"][0]["scores"]["zzz"] = "8"

    bad = _forge(jws, tmp / "unknown.scores.json", unknown)
    _refused(ws, info["event"], bad, "scores.zzz")


def test_nothing_half_imported(world):
    """The second sheet is bad: the first is not written either."""
    ws, info, judges, tmp = world
    jws = judges["ani"]
    score_all(jws, info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))
    score_all(jws, info["event"], "ani", info["subs"][1], mini_values(Decimal(8)))

    def break_second(p):
        p["sheets"][1]["submission"] = "ghost"

    bad = _forge(jws, tmp / "half.scores.json", break_second)
    _refused(ws, info["event"], bad, "ghost")


def _scored_again_on_a_new_laptop(world, name):
    """Ani's scores imported; then her laptop died: a new workspace from a new
    bundle (a new key), scored again past the old revision and exported."""
    ws, info, judges, tmp = world
    eid = info["event"]
    score_all(judges["ani"], eid, "ani", info["subs"][0], mini_values(Decimal(7)))
    scorefiles.import_score_file(ws, eid, scorefiles.export_scores(judges["ani"], tmp / "1").path)
    fresh = open_workspace(tmp / name)
    bundles.open_bundle(fresh, bundles.issue_bundle(ws, eid, "ani", tmp / f"{name}.zip").path)
    score_all(fresh, eid, "ani", info["subs"][0], mini_values(Decimal(9)))
    for _ in range(5):  # pass the old revision
        sheets.reopen(fresh, fresh.query("SELECT id FROM sheets")[0]["id"], "ani", "again")
        sheets.finalise(fresh, fresh.query("SELECT id FROM sheets")[0]["id"], "ani")
    return fresh, scorefiles.export_scores(fresh, tmp / f"{name}-out")


def test_changed_key_refused_unless_accepted(world):
    ws, info, judges, tmp = world
    eid = info["event"]
    fresh, exp = _scored_again_on_a_new_laptop(world, "judge-ani-new")
    old_fp = own_key(judges["ani"]).fingerprint
    _refused(ws, eid, exp.path, old_fp)
    _refused(ws, eid, exp.path, "", keys=KeyConsent(accept_change=True))  # no reason given
    out = scorefiles.import_score_file(
        ws, eid, exp.path, keys=KeyConsent(accept_change=True, reason="laptop rusak")
    )
    assert out.status == "imported" and out.key_registered
    h = ws.query("SELECT * FROM history WHERE action='key' ORDER BY id")[-1]
    assert h["old"] == old_fp and h["new"] == exp.fingerprint and h["reason"] == "laptop rusak"
    fresh.close()


def test_a_changed_key_accepted_on_the_command_line_with_its_reason(world, capsys):
    from judgeapp.cli import main

    ws, info, judges, tmp = world
    eid = info["event"]
    fresh, exp = _scored_again_on_a_new_laptop(world, "judge-ani-cli")
    fresh.close()
    args = ["scores", "import", str(exp.path), "--event", eid, "--workspace", str(ws.folder)]
    assert main(args) == 1
    assert own_key(judges["ani"]).fingerprint in capsys.readouterr().err
    assert main([*args, "--accept-key-change", "laptop hilang"]) == 0
    h = ws.query("SELECT new, reason FROM history WHERE action='key' ORDER BY id")[-1]
    assert (h["new"], h["reason"]) == (exp.fingerprint, "laptop hilang")


def test_conflict_declared_by_judge_travels(world):
    ws, info, judges, tmp = world
    eid, sub = info["event"], info["subs"][2]
    jws = judges["budi"]
    sheets.declare_conflict(jws, eid, "budi", sub, "saudara kandung", "budi")
    exp = scorefiles.export_scores(jws, tmp)
    scorefiles.import_score_file(ws, eid, exp.path)
    row = ws.query_one("SELECT * FROM conflicts WHERE judge_id='budi'")
    assert row["reason"] == "saudara kandung"
    assert not ws.query(
        "SELECT 1 FROM assignments WHERE judge_id='budi' AND submission_id=?", (sub,)
    )
    assert setup.assignment_matrix(ws, eid).cells[("budi", sub)] == "conflict"


def test_batch_imports_good_files_and_reports_bad(world):
    ws, info, judges, tmp = world
    eid = info["event"]
    paths = []
    for i, jid in enumerate(("ani", "budi")):
        score_all(judges[jid], eid, jid, info["subs"][0], mini_values(Decimal(6 + i)))
        paths.append(scorefiles.export_scores(judges[jid], tmp / jid).path)
    junk = tmp / "junk.scores.json"
    junk.write_text("{}")
    rep = scorefiles.import_score_files(ws, eid, [paths[0], junk, paths[1]])
    assert [o.status for o in rep.outcomes] == ["imported", "refused", "imported"]
    assert "junk.scores.json" in rep.refused[0].message
    assert list((ws.folder / "backups").glob("*before-scores-import*"))


def test_verify_explains_every_check(world):
    ws, info, judges, tmp = world
    score_all(judges["ani"], info["event"], "ani", info["subs"][0], mini_values(Decimal(7)))
    exp = scorefiles.export_scores(judges["ani"], tmp)
    v = scorefiles.verify_file(exp.path)
    assert v.ok and len(v.checks) == 7
    v2 = scorefiles.verify_file(exp.path, ws, info["event"])
    assert v2.ok and len(v2.checks) == 12  # + event, judge, key, sheets, import
    missing = scorefiles.verify_file(tmp / "nothing.json")
    assert not missing.ok


def test_export_needs_judge_workspace(workspace):
    with pytest.raises(ScoreFileRefused):
        scorefiles.export_scores(workspace)


def test_evidence_and_timer_travel(world):
    ws, info, judges, tmp = world
    eid, sub = info["event"], info["subs"][0]
    jws = judges["citra"]
    st = sheets.open_sheet(jws, eid, None, "citra", sub)
    sheets.link_evidence(
        jws, st.data.id, EvidenceLink("ekonomi.1", "docs/proposal.pdf", 1, "hal 1"), "citra"
    )
    sheets.save_timer(jws, st.data.id, {"presentasi": {"elapsed": 420}}, "citra")
    scorefiles.import_score_file(ws, eid, scorefiles.export_scores(jws, tmp).path)
    held = ws.query_one("SELECT * FROM sheets WHERE judge_id='citra'")
    assert json.loads(held["timer"]) == {"presentasi": {"elapsed": 420}}
    ev = ws.query("SELECT doc_id, page, note FROM evidence WHERE sheet_id=?", (held["id"],))
    assert ev == [{"doc_id": "docs/proposal.pdf", "page": 1, "note": "hal 1"}]
