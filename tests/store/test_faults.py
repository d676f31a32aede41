"""Faults of the machine: a full disk, another program holding the workspace,
identical imports at the same time.

A full disk is tried two ways: SQLite's own SQLITE_FULL (``PRAGMA
max_page_count`` caps the file at its current size, on every machine) and a
real small file system (a tmpfs of a few MB, where the test may mount one —
CI runs as root; skipped cleanly elsewhere), driven from a child process so
that a SIGBUS would show as the child's death. Each must refuse with a message
(``WorkspaceFull``), keep everything committed before, commit nothing of the
refused change, and take the same change once there is room again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from kit.judging import make_event, mini_values, package_zip, score_all, setup_event

from judgeapp.errors import Refused
from judgeapp.services import sheets as svc
from judgeapp.store.db import Workspace, WorkspaceBusy, WorkspaceFull, open_workspace
from judgeapp.store.history import verify_history

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _judge_sheet(ws):
    from judgeapp.domain.judges import NewJudge
    from judgeapp.services import setup
    from judgeapp.services.judges import add_judge
    from judgeapp.store.setup import NewRegionSubmission

    eid = make_event(ws)
    sub = setup.add_submission(
        ws, eid, NewRegionSubmission("Kota Alpha", "kota", province="Jawa Barat")
    )
    jid = add_judge(ws, eid, NewJudge("Ani", "TPI"))
    setup.fill(ws, eid)
    return svc.open_sheet(ws, eid, None, jid, sub).data.id, jid


def _cap_at_current_size(ws) -> None:
    pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.conn.execute(f"PRAGMA max_page_count={pages}")


def test_full_database_refuses_and_keeps_what_was_saved(workspace):
    sid, jid = _judge_sheet(workspace)
    svc.record_score(workspace, sid, "ekonomi.1", "8.25", jid)
    svc.record_text(workspace, sid, "ekonomi", "keunggulan", "Tertib", jid)
    before = svc.state(workspace, sid).data
    history_rows = workspace.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    _cap_at_current_size(workspace)
    big = "x" * 20000  # needs new pages: cannot fit
    with pytest.raises(WorkspaceFull) as info:
        svc.record_text(workspace, sid, "ekonomi", "rekomendasi", big, jid)
    assert isinstance(info.value, Refused)
    assert "TIDAK tersimpan" in str(info.value) and "penuh" in str(info.value)
    assert info.value.file == str(workspace.folder)
    # nothing of the refused change, everything of what was saved before
    after = svc.state(workspace, sid).data
    assert after.texts == before.texts and after.scores == before.scores
    assert after.revision == before.revision
    assert workspace.conn.execute("SELECT count(*) FROM history").fetchone()[0] == history_rows
    assert workspace.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert verify_history(workspace).ok
    # room again: the same change goes through
    workspace.conn.execute("PRAGMA max_page_count=1073741823")
    state = svc.record_text(workspace, sid, "ekonomi", "rekomendasi", big, jid)
    assert state.data.texts[("ekonomi", "rekomendasi")] == big


def test_full_database_refuses_in_english_too(workspace):
    from judgeapp.i18n import set_language

    sid, jid = _judge_sheet(workspace)
    _cap_at_current_size(workspace)
    set_language("en")
    with pytest.raises(WorkspaceFull, match="NOT saved.*Free some space"):
        svc.record_text(workspace, sid, "ekonomi", "keunggulan", "y" * 20000, jid)


def test_backup_on_full_disk_is_a_refusal(workspace, monkeypatch):
    import errno

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "mkdir", full)
    with pytest.raises(WorkspaceFull):
        workspace.backup("before-import")


# ---- a real small file system -------------------------------------------------------------
@pytest.fixture
def small_fs(tmp_path):
    """A tmpfs of 6 MB mounted for this test (root only; skipped elsewhere)."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root on Linux")
    mnt = tmp_path / "small"
    mnt.mkdir()
    res = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mnt)], capture_output=True
    )
    if res.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {res.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_full_disk_for_real_no_sigbus_nothing_saved_lost(small_fs, tmp_path):
    ws_dir = small_fs / "ws"
    out_dir = small_fs / "out"
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    proc = subprocess.run(
        [sys.executable, str(HERE / "full_disk_child.py"), str(ws_dir), str(out_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode >= 0, f"child killed by {signal.Signals(-proc.returncode).name}"
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    lines = proc.stdout.splitlines()
    saved = [ln.split(" ", 2) for ln in lines if ln.startswith("K ")]
    refused = [ln for ln in lines if ln.startswith("F ")]
    assert len(saved) > 10, "the child saved too little to prove anything"
    assert refused, "the disk never filled up"
    assert all("penuh" in ln for ln in refused), refused[:3]
    exports = [ln for ln in lines if ln.startswith("E ")]
    assert exports and all("penuh" in ln for ln in exports), exports
    assert not any(p.name.endswith(".tmp") for p in out_dir.rglob("*")), "half-written file left"
    # room again: free the filler, reopen with the app's start-up code, check
    (small_fs / "filler").unlink()
    ws = open_workspace(ws_dir)
    try:
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = dict(ws.conn.execute("SELECT key, value FROM item_scores"))
        last_saved = {key: value for _tag, key, value in saved}
        for key, value in last_saved.items():
            assert present.get(key) == value, f"{key}={value} was shown saved and is gone"
        assert verify_history(ws).ok
        sid = ws.conn.execute("SELECT id FROM sheets").fetchone()[0]
        state = svc.record_text(ws, sid, "ekonomi", "rekomendasi", "setelah ada ruang", "j1")
        assert state.data.texts[("ekonomi", "rekomendasi")] == "setelah ada ruang"
    finally:
        ws.close()


# ---- another program holds the workspace --------------------------------------------------
@contextlib.contextmanager
def _held(ws_dir: Path, program: str = "judgeapp package import"):
    """A real second process holding the workspace's write lock until released."""
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "holder_child.py"), str(ws_dir), program],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.wait(timeout=60)


def _cli(*args: str, wait: str = "1") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "judgeapp", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "JUDGEAPP_BUSY_WAIT": wait, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


def test_locked_workspace_package_import_names_the_holder(tmp_path):
    ws_dir = tmp_path / "ws"
    ws = open_workspace(ws_dir)
    eid = make_event(ws)
    ws.close()
    pkg = package_zip(tmp_path / "pk", "Kota Alpha")
    with _held(ws_dir) as holder:
        res = _cli("--lang", "en", "package", "import", str(pkg), "--event", eid,
                   "--workspace", str(ws_dir))  # fmt: skip
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr and "database is locked" not in res.stderr
    assert "in use by another program: judgeapp package import" in res.stderr
    assert f"process {holder.pid}" in res.stderr and "since " in res.stderr
    assert "nothing was changed" in res.stderr and "try again" in res.stderr
    ws = open_workspace(ws_dir)
    try:
        assert ws.conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0
    finally:
        ws.close()
    # once the holder is gone, the same command goes through
    res = _cli("package", "import", str(pkg), "--event", eid, "--workspace", str(ws_dir))
    assert res.returncode == 0, res.stderr


def _exported_file(tmp_path: Path) -> tuple[Path, Path, str]:
    """A secretariat workspace and a real signed score file of one of its judges."""
    from decimal import Decimal

    from judgeapp.services import bundles, scorefiles

    ws_dir = tmp_path / "sec"
    ws = open_workspace(ws_dir)
    info = setup_event(ws, tmp_path)
    jid, sub = info["judges"][0], info["subs"][0]
    b = bundles.issue_bundle(ws, info["event"], jid, tmp_path / "b.zip")
    ws.close()
    jws = open_workspace(tmp_path / "judge")
    bundles.open_bundle(jws, b.path)
    score_all(jws, info["event"], jid, sub, mini_values(Decimal(7)))
    out = scorefiles.export_scores(jws, tmp_path / "out")
    jws.close()
    return ws_dir, out.path, info["event"]


def test_locked_workspace_scores_import_names_the_holder(tmp_path):
    ws_dir, path, eid = _exported_file(tmp_path)
    with _held(ws_dir, "JudgeApp") as holder:
        res = _cli("scores", "import", str(path), "--event", eid, "--workspace", str(ws_dir))
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert "sedang dipakai program lain: JudgeApp" in res.stderr
    assert f"proses {holder.pid}" in res.stderr and "coba lagi" in res.stderr


def test_busy_in_process_names_the_other_program(tmp_path):
    ws_dir = tmp_path / "ws"
    open_workspace(ws_dir).close()
    with _held(ws_dir, "judgeapp scores import") as holder:
        ws = Workspace(ws_dir, busy_wait=0.2)
        try:
            with pytest.raises(WorkspaceBusy) as info, ws.transaction():
                pass
        finally:
            ws.close()
    assert [h.pid for h in info.value.holders] == [holder.pid]
    assert info.value.holders[0].program == "judgeapp scores import"


def test_stale_holder_record_of_a_killed_program_is_dropped(tmp_path):
    ws_dir = tmp_path / "ws"
    open_workspace(ws_dir).close()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "holder_child.py"), str(ws_dir), "JudgeApp", "--no-lock"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    ws = open_workspace(ws_dir)
    try:
        assert [h.pid for h in ws.holders()] == [proc.pid]
        proc.kill()
        proc.wait()
        assert ws.holders() == []  # its lock died with it
        assert not any(p.name.startswith(f"{proc.pid}-") for p in (ws_dir / ".holders").iterdir())
    finally:
        ws.close()
    assert list((ws_dir / ".holders").iterdir()) == []  # our own record goes on close


# ---- identical imports at the same time -----------------------------------------------------
def test_concurrent_identical_package_imports_make_one_version(tmp_path):
    ws_dir = tmp_path / "ws"
    ws = open_workspace(ws_dir)
    eid = make_event(ws)
    ws.close()
    pkgs = [package_zip(tmp_path / "pk", r) for r in ("Kota Alpha", "Kota Beta")]
    for _round in range(3):
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "judgeapp",
                    "package",
                    "import",
                    *map(str, pkgs),
                    "--event",
                    eid,
                    "--workspace",
                    str(ws_dir),
                ],  # fmt: skip
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT), "JUDGEAPP_BUSY_WAIT": "60"},
            )
            for _ in range(3)
        ]
        for p in procs:
            _out, err = p.communicate(timeout=300)
            assert p.returncode == 0, err
    ws = open_workspace(ws_dir)
    try:
        rows = ws.query("SELECT region_id, version FROM submissions ORDER BY region_id")
        assert [r["version"] for r in rows] == [1, 1], rows
    finally:
        ws.close()


def test_schema_refuses_a_second_current_copy_of_a_package(workspace):
    import sqlite3

    from judgeapp.store import events as store_events

    eid = make_event(workspace)
    rid = store_events.upsert_region(workspace, "Kota Alpha", "kota", "Jawa Barat")
    row = (eid, rid, "kota", "a" * 64, "2026-01-01")
    sql = (
        "INSERT INTO submissions(id, event_id, region_id, category, package_sha256, imported_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"
    )
    with workspace.transaction():
        workspace.conn.execute(sql, (uuid.uuid4().hex, *row))
    with pytest.raises(sqlite3.IntegrityError), workspace.transaction():
        workspace.conn.execute(sql, (uuid.uuid4().hex, *row))
    # a package-less submission (no content digest) is not concerned
    with workspace.transaction():
        for _ in range(2):
            workspace.conn.execute(sql, (uuid.uuid4().hex, eid, rid, "kota", "", "2026-01-01"))
