"""A judge's private note ("Catatan (hanya untuk Anda)") never leaves the
judge's laptop: not in the score file (format 2), not imported, not in the
Excel export or any report — checked on the real files (the score file's
bytes, the xlsx cells, the PDFs' text and attached data). A format-1 file that
still carries notes is accepted, but its notes are never stored, shown or
exported at the secretariat; a workspace that stored them before is cleaned.
"""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal

import pytest
from kit.judging import mini_values, score_all, setup_event

from judgeapp.domain.exchange import SCORE_FORMAT, SCORE_FORMAT_V1, build_score_file
from judgeapp.services import bundles, scorefiles, sheets
from judgeapp.services.scorefiles import ScoreFileRefused
from judgeapp.store.db import _migrations, open_workspace
from judgeapp.store.history import verify_history
from judgeapp.store.keys import own_key

NOTE = "RAHASIA-catatan-pribadi-Ani"  # easy to find in any file
SHEET_NOTE = "RAHASIA-lembar-Ani"
SHARED = "Keunggulan-terbuka-untuk-sekretariat"


@pytest.fixture
def world(workspace, tmp_path):
    info = setup_event(workspace, tmp_path)
    jid, sub = info["judges"][0], info["subs"][0]
    jws = open_workspace(tmp_path / "judge")
    b = bundles.issue_bundle(workspace, info["event"], jid, tmp_path / "b.zip")
    bundles.open_bundle(jws, b.path)
    st = score_all(jws, info["event"], jid, sub, mini_values(Decimal(7)), final=False)
    sid = st.data.id
    sheets.record_text(jws, sid, "ekonomi", "note", NOTE, jid)
    sheets.record_text(jws, sid, "", "note", SHEET_NOTE, jid)
    sheets.record_text(jws, sid, "ekonomi", "keunggulan", SHARED, jid)
    sheets.finalise(jws, sid, jid)
    yield workspace, info, jws, jid, tmp_path
    jws.close()


def _no_note(blob: bytes | str) -> None:
    text = blob if isinstance(blob, str) else blob.decode("utf-8", "replace")
    assert NOTE not in text and SHEET_NOTE not in text


def _xlsx_text(path) -> str:
    with zipfile.ZipFile(path) as zf:  # every part: cells, shared strings, comments
        return "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())


def _pdf_everything(path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    for bodies in (reader.attachments or {}).values():
        text += "\n".join(b.decode("utf-8", "replace") for b in bodies)
    return text


def test_score_file_holds_no_private_note(world):
    ws, info, jws, jid, tmp = world
    exp = scorefiles.export_scores(jws, tmp / "out")
    raw = exp.path.read_bytes()
    _no_note(raw)
    doc = json.loads(raw)
    assert doc["payload"]["format"] == SCORE_FORMAT == "judgeapp.scores/2"
    texts = doc["payload"]["sheets"][0]["texts"]
    assert {"target": "ekonomi", "field": "keunggulan", "value": SHARED} in texts
    assert not [x for x in texts if x["field"] == "note"]
    # the judge still has them at home
    st = sheets.state(
        jws, sheets.open_sheet(jws, info["event"], None, jid, info["subs"][0]).data.id
    )
    assert st.data.texts[("ekonomi", "note")] == NOTE


def test_import_export_and_reports_at_the_secretariat_hold_no_private_note(world):
    from judgeapp.reports import render_report
    from judgeapp.reports.xlsx import export_xlsx

    ws, info, jws, jid, tmp = world
    exp = scorefiles.export_scores(jws, tmp / "out")
    scorefiles.import_score_file(ws, info["event"], exp.path)
    _no_note(json.dumps(ws.query("SELECT * FROM sheet_texts"), ensure_ascii=False))
    _no_note(json.dumps(ws.query("SELECT * FROM history"), ensure_ascii=False))
    _no_note(ws.query_one("SELECT body FROM score_files")["body"])
    assert ws.query("SELECT value FROM sheet_texts WHERE field='keunggulan'") == [{"value": SHARED}]
    xlsx = export_xlsx(ws, info["event"], tmp / "rekap.xlsx")
    assert SHARED in _xlsx_text(xlsx)  # the shared text is exported …
    _no_note(_xlsx_text(xlsx))  # … the private one nowhere
    for kind in ("sheet", "recap", "feedback"):
        pdf = render_report(ws, kind, info["event"], tmp / f"{kind}.pdf")
        _no_note(_pdf_everything(pdf))


def test_reports_and_export_on_the_judges_laptop_hold_no_private_note(world):
    from judgeapp.reports import render_report
    from judgeapp.reports.xlsx import export_xlsx

    _ws, info, jws, _jid, tmp = world
    pdf = render_report(jws, "sheet", info["event"], tmp / "lembar.pdf")
    text = _pdf_everything(pdf)
    assert "Keunggulan-terbuka" in "".join(text.split())
    _no_note(text)
    _no_note(_xlsx_text(export_xlsx(jws, info["event"], tmp / "juri.xlsx")))


def _v1_file(jws, eid, jid, tmp):
    """What the previous app version exported: format 1, notes included."""
    payload = scorefiles.build_payload(jws, eid, jid)
    payload["format"] = SCORE_FORMAT_V1
    del payload["history"], payload["enrolment_proof"]
    sid = sheets.open_sheet(jws, eid, None, jid, payload["sheets"][0]["submission"]).data.id
    payload["sheets"][0]["texts"] = [
        {"target": t, "field": f, "value": v}
        for (t, f), v in sorted(sheets.state(jws, sid).data.texts.items())
    ]
    path = tmp / "old-app.scores.json"
    path.write_bytes(build_score_file(payload, own_key(jws).private_key))
    return path


def test_format_1_file_is_read_but_its_notes_never_stored_or_exported(world):
    from judgeapp.reports.xlsx import export_xlsx

    ws, info, jws, jid, tmp = world
    path = _v1_file(jws, info["event"], jid, tmp)
    assert NOTE.encode() in path.read_bytes()  # the old format did carry it
    assert scorefiles.verify_file(path).ok
    # an old file proves no bundle secret: the secretariat confirmed the fingerprint
    fp = own_key(jws).fingerprint
    out = scorefiles.import_score_file(
        ws, info["event"], path, keys=scorefiles.KeyConsent(confirmed=fp)
    )
    assert out.status == "imported"
    _no_note(json.dumps(ws.query("SELECT * FROM sheet_texts"), ensure_ascii=False))
    _no_note(json.dumps(ws.query("SELECT * FROM history"), ensure_ascii=False))
    body = ws.query_one("SELECT body FROM score_files")["body"]
    _no_note(body)
    assert json.loads(body)["redacted"] is True
    assert SHARED in body
    _no_note(_xlsx_text(export_xlsx(ws, info["event"], tmp / "x.xlsx")))
    # the same file again is still a no-op (known by the received bytes)
    assert scorefiles.import_score_file(ws, info["event"], path).status == "unchanged"


def test_format_2_file_carrying_a_private_note_is_refused(world):
    ws, info, jws, jid, tmp = world
    payload = scorefiles.build_payload(jws, info["event"], jid)
    payload["sheets"][0]["texts"].append({"target": "ekonomi", "field": "note", "value": NOTE})
    from judgeapp.domain.exchange import sign_payload
    from judgeapp.domain.rubric import canonical_json

    doc = {"payload": payload, "signature": sign_payload(own_key(jws).private_key, payload)}
    path = tmp / "leaky.scores.json"
    path.write_bytes(canonical_json(doc).encode() + b"\n")
    with pytest.raises(ScoreFileRefused, match="private note"):
        scorefiles.import_score_file(ws, info["event"], path)
    _no_note(json.dumps(ws.query("SELECT * FROM sheet_texts"), ensure_ascii=False))


def test_workspace_that_stored_notes_before_is_cleaned_on_upgrade(world):
    """A secretariat workspace written before migration 0017 held imported notes."""
    ws, info, jws, jid, tmp = world
    path = _v1_file(jws, info["event"], jid, tmp)
    scorefiles.import_score_file(
        ws, info["event"], path, keys=scorefiles.KeyConsent(confirmed=own_key(jws).fingerprint)
    )
    sid = ws.query_one("SELECT id FROM sheets WHERE source='file'")["id"]
    raw_body = path.read_text(encoding="utf-8").rstrip("\n")
    # what the old import wrote: the note's text row, its history row, the whole body
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO sheet_texts(sheet_id, target, field, value, updated_at)"
            " VALUES (?, 'ekonomi', 'note', ?, 'then')",
            (sid, NOTE),
        )
        ws.conn.execute(
            "INSERT INTO history(at, actor, action, event_id, sheet_id, target, old, new, reason)"
            " VALUES ('then', ?, 'text', ?, ?, 'ekonomi/note', NULL, ?, 'score file')",
            (jid, info["event"], sid, NOTE),
        )
        ws.conn.execute("UPDATE score_files SET body=?", (raw_body,))
    # back to the schema before 0017: what every later migration added goes too
    undo = {
        18: (
            "DROP TRIGGER checkpoints_no_update",
            "DROP TRIGGER checkpoints_no_delete",
            "DROP TABLE checkpoints",
            "ALTER TABLE judges DROP COLUMN enrol_secret",
            "ALTER TABLE judges DROP COLUMN enrolled",
        ),
        19: (
            "DROP TABLE event_signatories",
            "ALTER TABLE events DROP COLUMN starts_on",
            "ALTER TABLE events DROP COLUMN ends_on",
            "ALTER TABLE events DROP COLUMN categories",
        ),
        20: (
            "ALTER TABLE judges DROP COLUMN retired_at",
            "ALTER TABLE judges DROP COLUMN retired_reason",
        ),
        22: (
            "DROP TRIGGER item_scores_pack_insert",
            "DROP TRIGGER item_scores_pack_update",
            "DROP TRIGGER item_scores_pack_move",
            "DROP TRIGGER item_scores_pack_delete",
            "ALTER TABLE sheets DROP COLUMN score_keys",
            "ALTER TABLE sheets DROP COLUMN score_micro",
        ),
        23: (
            "DROP TRIGGER sheet_progress_sheet_gone",
            "DROP TABLE sheet_progress",
        ),
    }
    later = [n for n, _name, _sql in _migrations() if n > 17]
    assert later == sorted(undo), "a new migration: say here how to undo it"
    for number in sorted(undo, reverse=True):
        for sql in undo[number]:
            ws.conn.execute(sql)
    ws.conn.execute("PRAGMA user_version=16")
    assert NOTE in json.dumps(ws.query("SELECT * FROM history"), ensure_ascii=False)
    folder = ws.folder
    ws.close()
    again = open_workspace(folder)  # the upgrade runs 0017
    try:
        _no_note(json.dumps(again.query("SELECT * FROM sheet_texts"), ensure_ascii=False))
        _no_note(json.dumps(again.query("SELECT * FROM history"), ensure_ascii=False))
        body = again.query_one("SELECT body FROM score_files")["body"]
        _no_note(body)
        assert json.loads(body)["redacted"] is True and SHARED in body
        assert verify_history(again).ok  # the chain was recomputed
        redact = again.query("SELECT new, reason FROM history WHERE action='redact'")
        assert redact and "0017" in redact[-1]["reason"]
    finally:
        again.close()
