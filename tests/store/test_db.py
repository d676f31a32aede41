"""Opening workspaces: migrations, refusal of newer schemas, backups, errors."""

from __future__ import annotations

import sqlite3

import pytest

from judgeapp.store.db import (
    KEEP_BACKUPS,
    WorkspaceError,
    _split_sql,
    open_workspace,
    schema_version,
)


def test_new_workspace_has_current_schema(tmp_path):
    ws = open_workspace(tmp_path / "w")
    assert ws.user_version == schema_version() >= 1
    tables = set(ws.db.table_names())
    assert {"events", "sheets", "item_scores", "history", "forms", "documents"} <= tables
    assert (tmp_path / "w" / "workspace.sqlite").exists()
    ws.close()


def test_reopening_runs_no_migration_twice(tmp_path):
    ws = open_workspace(tmp_path / "w")
    ws.set_setting("role", "secretariat")
    ws.close()
    ws = open_workspace(tmp_path / "w")
    assert ws.get_setting("role") == "secretariat"
    assert not (tmp_path / "w" / "backups").exists()  # nothing to migrate, no backup
    ws.close()


def test_workspace_from_newer_app_is_refused_and_untouched(tmp_path):
    ws = open_workspace(tmp_path / "w")
    ws.conn.execute(f"PRAGMA user_version={schema_version() + 5}")
    ws.close()
    before = (tmp_path / "w" / "workspace.sqlite").read_bytes()
    with pytest.raises(WorkspaceError, match="JudgeApp yang lebih baru"):
        open_workspace(tmp_path / "w")
    conn = sqlite3.connect(tmp_path / "w" / "workspace.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version() + 5
    conn.close()
    assert len(before) > 0


def test_not_a_database_is_a_user_error(tmp_path):
    folder = tmp_path / "w"
    folder.mkdir()
    (folder / "workspace.sqlite").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(WorkspaceError, match="tidak dapat dibuka.*bukan ruang kerja JudgeApp"):
        open_workspace(folder)


def test_missing_workspace_without_create(tmp_path):
    with pytest.raises(WorkspaceError, match="tidak ada ruang kerja di sini"):
        open_workspace(tmp_path / "nope", create=False)


def test_transaction_rolls_back_on_error(workspace):
    with pytest.raises(RuntimeError), workspace.transaction():
        workspace.conn.execute("INSERT INTO settings(key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert workspace.get_setting("a") == ""
    # nested blocks are savepoints: the inner failure alone is undone
    with workspace.transaction():
        workspace.conn.execute("INSERT INTO settings(key, value) VALUES ('b', '1')")
        with pytest.raises(RuntimeError), workspace.transaction():
            workspace.conn.execute("INSERT INTO settings(key, value) VALUES ('c', '1')")
            raise RuntimeError("inner")
    assert workspace.get_setting("b") == "1"
    assert workspace.get_setting("c") == ""


def test_backups_are_complete_copies_and_few_are_kept(workspace):
    workspace.set_setting("x", "42")
    paths = [workspace.backup("before-import") for _ in range(KEEP_BACKUPS + 3)]
    kept = sorted(workspace.backups_dir.glob("*.sqlite"))
    assert len(kept) == KEEP_BACKUPS
    assert paths[-1] in kept
    conn = sqlite3.connect(paths[-1])
    assert conn.execute("SELECT value FROM settings WHERE key='x'").fetchone()[0] == "42"
    conn.close()


def test_migration_splitter_keeps_triggers_whole():
    sql = """
    -- comment
    CREATE TABLE a (x);
    CREATE TRIGGER t BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no; never'); END;
    """
    parts = _split_sql(sql)
    assert len(parts) == 2
    assert parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")


def test_upgrade_keeps_data_and_backs_up_first(tmp_path):
    """A workspace written at schema 1 is migrated in place after a backup."""
    from judgeapp.store.db import _migrations

    folder = tmp_path / "old"
    folder.mkdir()
    conn = sqlite3.connect(folder / "workspace.sqlite")
    first = _migrations()[0]
    assert first[0] == 1
    conn.executescript(first[2])
    conn.execute("PRAGMA user_version=1")
    conn.execute("INSERT INTO forms VALUES ('h', 'f', '1', 'ppd', 't', '{}', 'now')")
    conn.execute(
        "INSERT INTO events(id, name, competition, created_at) VALUES ('e', 'E', 'ppd', 'now')"
    )
    conn.execute(
        "INSERT INTO stages(event_id, id, seq, name, form_hash) VALUES ('e', 's', 1, 'S', 'h')"
    )
    conn.execute(
        "INSERT INTO sheets(id, event_id, stage_id, judge_id, submission_id, form_hash, updated_at)"
        " VALUES ('sh', 'e', 's', 'j', 'x', 'h', 'now')"
    )
    conn.execute("INSERT INTO item_scores VALUES ('sh', 'a.1', '7.5', 'now')")
    conn.commit()
    conn.close()
    ws = open_workspace(folder)
    try:
        assert ws.user_version == schema_version()
        row = ws.conn.execute("SELECT scores_json FROM sheets WHERE id='sh'").fetchone()
        assert row[0] == '{"a.1":"7.5"}'
        assert list((folder / "backups").glob("*before-migration*.sqlite"))
    finally:
        ws.close()


def test_sqlite_utils_view_shares_the_connection_and_loads_lazily(workspace):
    import subprocess
    import sys

    workspace.set_setting("k", "v")
    assert workspace.db["settings"].get("k")["value"] == "v"
    probe = (
        "import sys, judgeapp.store.db as d; "
        "print('sqlite_utils' in sys.modules, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.stdout.split() == ["False", "False"]


def test_history_chain_detects_an_edited_row(workspace, tmp_path):
    from judgeapp.store.history import verify_history

    for n in range(5):
        with workspace.transaction():
            workspace.conn.execute(
                "INSERT INTO history(at, actor, action, new) VALUES (?, 'j1', 'score', ?)",
                (f"2026-01-0{n + 1}", str(n)),
            )
    check = verify_history(workspace)
    # the five rows and the row of the workspace key the first checkpoint made
    assert check.ok and check.rows == 6 and len(check.head) == 64 and check.checkpoints == 5
    workspace.close()
    # someone edits a row behind the app's back (the triggers dropped first)
    conn = sqlite3.connect(workspace.db_path)
    conn.execute("DROP TRIGGER history_no_update")
    conn.execute("UPDATE history SET new='9' WHERE id=3")
    conn.commit()
    conn.close()
    ws = open_workspace(workspace.folder)
    try:
        check = verify_history(ws)
        assert not check.ok and check.first_bad == 3
    finally:
        ws.close()


def test_chain_is_backfilled_for_rows_written_before_it(tmp_path):
    """A workspace from before migration 0012 gets its existing history chained."""
    from judgeapp.store.db import _migrations
    from judgeapp.store.history import verify_history

    folder = tmp_path / "old"
    folder.mkdir()
    conn = sqlite3.connect(folder / "workspace.sqlite")
    for number, _name, sql in _migrations():
        if number >= 12:
            break
        conn.executescript(sql)
        conn.execute(f"PRAGMA user_version={number}")
    for n in range(3):
        conn.execute(
            "INSERT INTO history(at, actor, action, new) VALUES ('t', 'a', 'score', ?)", (str(n),)
        )
    conn.commit()
    conn.close()
    ws = open_workspace(folder)
    try:
        check = verify_history(ws)
        # the three rows, the workspace key made and the row saying the history
        # was adopted, signed by the first checkpoint
        assert check.ok and check.rows == 5 and check.checkpoints == 1
        assert ws.query("SELECT target FROM history WHERE action='checkpoint'") == [
            {"target": "adopted"}
        ]
    finally:
        ws.close()
