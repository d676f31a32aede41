"""package import: rows and blobs together or not at all, versions, no-ops, clean-up."""

from __future__ import annotations

import errno
import os
from decimal import Decimal

import pytest
from kit.packages import (
    PNG,
    default_files,
    manifest,
    sha,
    snapshot,
    write_folder,
    write_zip,
)
from kit.pdf import pdf_bytes

from judgeapp.domain.package import PackageError
from judgeapp.services import packages as P
from judgeapp.store import events as store_events
from judgeapp.store import submissions as S
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import WorkspaceError
from judgeapp.store.forms import pin_form


@pytest.fixture
def event(workspace, mini_form):
    digest = pin_form(workspace, mini_form)
    return store_events.create_event(
        workspace,
        "PPD Uji 2022",
        "ppd",
        [store_events.StageSpec("tahap2", "Tahap II", digest)],
        store_events.EventOptions(edition="2022"),
    )


def big_files() -> dict[str, bytes]:
    return {
        "docs/a.pdf": pdf_bytes("A", extra=os.urandom(300_000)),
        "docs/b.pdf": pdf_bytes("B", extra=os.urandom(300_000)),
        "docs/c.png": PNG + os.urandom(1000),
    }


def test_import_stores_rows_and_blobs(tmp_path, workspace, event):
    files = default_files()
    res = P.import_package(workspace, write_zip(tmp_path / "p.zip", files), event)
    assert res.status == "imported" and res.version == 1
    sid = res.submission_id
    sub = store_submissions.get_submission(workspace, sid)
    assert sub.region == "Kota Contoh" and sub.category == "kota"
    docs = S.documents(workspace, sid)
    assert [d.doc_id for d in docs] == list(files)
    for name, data in files.items():
        path = S.document_path(workspace, sid, name)
        assert path.read_bytes() == data
        assert path.parent.parent == workspace.blobs_dir and path.name == sha(data)
    assert docs[0].pages == 1 and docs[0].size == len(files["docs/proposal.pdf"])
    series = S.key_figure_series(workspace, sid)
    assert [(r.year, r.value) for r in series["tertinggal"]] == [
        (2018, Decimal(82)),
        (2019, Decimal(39)),
    ]
    assert S.key_figures(workspace, sid)[0].value == Decimal("77.17")
    assert S.innovations(workspace, sid)[0].title == "Inovasi A"
    assert list(workspace.backups_dir.glob("*before-import*.sqlite"))
    assert not (workspace.blobs_dir / P.INCOMING).exists()
    with pytest.raises(KeyError):
        S.document_path(workspace, sid, "docs/none.pdf")


def test_reimport_same_package_is_a_noop(tmp_path, workspace, event):
    files = default_files()
    P.import_package(workspace, write_zip(tmp_path / "p.zip", files), event)
    before = snapshot(workspace)
    # the same content from a folder, re-zipped differently, is still the same package
    res = P.import_package(workspace, write_folder(tmp_path / "dir", files), event)
    assert res.status == "unchanged"
    assert snapshot(workspace) == before


def test_changed_package_becomes_a_new_version(tmp_path, workspace, event):
    files = default_files()
    first = P.import_package(workspace, write_zip(tmp_path / "a.zip", files), event)
    store_events.add_judge(workspace, event, "Juri Uji", judge_id="j1")
    store_events.assign(workspace, event, "tahap2", "j1", first.submission_id)
    files2 = dict(files, **{"docs/tambahan.pdf": pdf_bytes("Tambahan")})
    res = P.import_package(workspace, write_zip(tmp_path / "b.zip", files2), event)
    assert res.status == "new-version" and res.version == 2
    assert res.superseded == first.submission_id
    versions = S.submission_versions(workspace, event, "kota-kota-contoh")
    assert [v.superseded_by for v in versions] == [res.submission_id, None]
    current = store_submissions.current_submissions(workspace, event)
    assert [c.id for c in current] == [res.submission_id]
    # the old version keeps its documents; shared content is stored once
    assert len(S.documents(workspace, first.submission_id)) == 2
    assert len(S.documents(workspace, res.submission_id)) == 3
    assert len(list(workspace.blobs_dir.rglob("*"))) == 3 + 3  # 3 folders aa/, 3 files
    assert store_events.assignments(workspace, event, judge_id="j1")[-1].submission_id in (
        first.submission_id,
        res.submission_id,
    )
    assert {a.submission_id for a in store_events.assignments(workspace, event)} == {
        first.submission_id,
        res.submission_id,
    }


def test_refusals_at_import_change_nothing(tmp_path, workspace, event):
    before = snapshot(workspace)
    files = default_files()
    man = manifest(files)
    man["documents"][0]["sha256"] = sha(b"other")
    with pytest.raises(PackageError):
        P.import_package(workspace, write_zip(tmp_path / "a.zip", files, man), event)
    with pytest.raises(PackageError) as exc:
        P.import_package(
            workspace,
            write_zip(tmp_path / "b.zip", files, manifest(files, competition="sinovik")),
            event,
        )
    assert "sinovik" in str(exc.value)
    with pytest.raises(PackageError) as exc:
        P.import_package(
            workspace, write_zip(tmp_path / "c.zip", files, manifest(files, edition="2023")), event
        )
    assert "2023" in str(exc.value)
    with pytest.raises(PackageError):
        P.import_package(workspace, write_zip(tmp_path / "d.zip", files), "no-such-event")
    assert snapshot(workspace) == before
    assert not list(workspace.backups_dir.glob("*before-import*"))


def test_checksum_failure_after_other_members_were_copied(tmp_path, workspace, event):
    P.import_package(workspace, write_zip(tmp_path / "first.zip", default_files()), event)
    before = snapshot(workspace)
    files = big_files()
    man = manifest(files)
    man["documents"][2]["sha256"] = sha(b"not this")  # the last member fails
    copied = []
    real_scan_open = open

    with pytest.raises(PackageError) as exc:
        P.import_package(
            workspace,
            write_zip(tmp_path / "p.zip", files, man),
            event,
            progress=lambda d, t: copied.append(d),
        )
    assert exc.value.problems[0].member == "docs/c.png"
    assert max(copied) > 600_000  # a and b had been streamed and copied
    assert snapshot(workspace) == before
    assert real_scan_open is open


def _fail_nth(real, n, exc):
    calls = [0]

    def wrapper(*a, **k):
        calls[0] += 1
        if calls[0] == n:
            raise exc
        return real(*a, **k)

    return wrapper


def test_disk_full_while_copying(tmp_path, workspace, event, monkeypatch):
    P.import_package(workspace, write_zip(tmp_path / "first.zip", default_files()), event)
    before = snapshot(workspace)
    monkeypatch.setattr(
        os, "fsync", _fail_nth(os.fsync, 2, OSError(errno.ENOSPC, "No space left on device"))
    )
    with pytest.raises(WorkspaceError) as exc:
        P.import_package(workspace, write_zip(tmp_path / "p.zip", big_files()), event)
    assert "disk penuh" in str(exc.value) and "p.zip" in str(exc.value)
    monkeypatch.undo()
    assert snapshot(workspace) == before


def test_failure_while_renaming_into_place(tmp_path, workspace, event, monkeypatch):
    P.import_package(workspace, write_zip(tmp_path / "first.zip", default_files()), event)
    before = snapshot(workspace)
    monkeypatch.setattr(
        os, "replace", _fail_nth(os.replace, 3, OSError(errno.ENOSPC, "No space left on device"))
    )
    with pytest.raises(WorkspaceError):
        P.import_package(workspace, write_zip(tmp_path / "p.zip", big_files()), event)
    monkeypatch.undo()
    assert snapshot(workspace) == before
    # and the same package imports fine afterwards
    res = P.import_package(workspace, write_zip(tmp_path / "p.zip", big_files()), event)
    assert res.status == "new-version"


def test_failure_inside_the_transaction_rolls_back_files(tmp_path, workspace, event, monkeypatch):
    before = snapshot(workspace)

    def boom(*a, **k):
        raise RuntimeError("injected failure before commit")

    monkeypatch.setattr(S, "insert_submission", boom)
    with pytest.raises(RuntimeError):
        P.import_package(workspace, write_zip(tmp_path / "p.zip", big_files()), event)
    assert snapshot(workspace) == before


def test_leftovers_of_a_killed_import_are_cleaned(tmp_path, workspace, event):
    # What a kill -9 between renaming blobs and committing leaves behind:
    files = big_files()
    dead = workspace.blobs_dir / P.INCOMING / "999999-deadbeef"
    dead.mkdir(parents=True)
    (dead / "0000.part").write_bytes(b"half a file")
    orphan_sha = sha(files["docs/a.pdf"])
    (dead / "journal.txt").write_text(orphan_sha + "\n")
    orphan = S.blob_path(workspace, orphan_sha)
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(files["docs/a.pdf"])
    assert P.clean_incoming(workspace) == 1
    assert not orphan.exists() and not dead.exists()
    # a live import's folder (this process) is left alone
    mine = workspace.blobs_dir / P.INCOMING / f"{os.getpid()}-cafe"
    mine.mkdir(parents=True)
    assert P.clean_incoming(workspace) == 0 and mine.exists()


def test_committed_blobs_survive_clean_up(tmp_path, workspace, event):
    files = default_files()
    res = P.import_package(workspace, write_zip(tmp_path / "p.zip", files), event)
    dead = workspace.blobs_dir / P.INCOMING / "999999-0"
    dead.mkdir(parents=True)
    (dead / "journal.txt").write_text(sha(files["docs/proposal.pdf"]) + "\n")
    P.clean_incoming(workspace)
    assert S.document_path(workspace, res.submission_id, "docs/proposal.pdf").exists()


def test_encrypted_pdf_imported_with_warning(tmp_path, workspace, event):
    files = {"docs/kunci.pdf": pdf_bytes(encrypt=True)}
    res = P.import_package(workspace, write_zip(tmp_path / "p.zip", files), event)
    assert res.warnings and "terenkripsi" in res.warnings[0]
    (doc,) = S.documents(workspace, res.submission_id)
    assert "terenkripsi" in doc.warning and doc.pages is None


def test_progress_callback_during_import(tmp_path, workspace, event):
    files = big_files()
    seen = []
    P.import_package(
        workspace,
        write_zip(tmp_path / "p.zip", files),
        event,
        progress=lambda d, t: seen.append((d, t)),
    )
    total = sum(len(b) for b in files.values())
    assert seen[0] == (0, total) and seen[-1] == (total, total)


def test_history_records_the_import(tmp_path, workspace, event):
    res = P.import_package(workspace, write_zip(tmp_path / "p.zip", default_files()), event)
    row = workspace.query_one("SELECT * FROM history WHERE action='import'")
    assert row["target"] == res.submission_id and row["event_id"] == event


KILL_SCRIPT = """
import os, signal, sys
from judgeapp.services import packages as P
from judgeapp.store import submissions as S
from judgeapp.store.db import open_workspace

ws = open_workspace(sys.argv[1])
where = sys.argv[4]

def die(*a, **k):
    os.kill(os.getpid(), signal.SIGKILL)

def progress(done, total):
    if where == "copy" and done > total // 2:
        die()

if where == "commit":
    S.insert_submission = die  # after the blobs were renamed into place
P.import_package(ws, sys.argv[2], sys.argv[3], progress=progress)
"""


@pytest.mark.parametrize("where", ["copy", "commit"])
def test_real_kill_mid_import_then_next_import_cleans(tmp_path, workspace, event, where):
    import subprocess
    import sys

    P.import_package(workspace, write_zip(tmp_path / "first.zip", default_files()), event)
    before = snapshot(workspace)
    pkg = write_zip(tmp_path / "p.zip", big_files())
    proc = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(workspace.folder), str(pkg), event, where],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr.decode()
    assert snapshot(workspace)["rows"] == before["rows"]
    assert list((workspace.blobs_dir / P.INCOMING).iterdir())  # the kill left something
    res = P.import_package(
        workspace, write_zip(tmp_path / "other.zip", {"docs/x.txt": b"x"}), event
    )
    assert res.status == "new-version"
    blobs = {p.name for p in workspace.blobs_dir.rglob("*") if p.is_file()}
    assert blobs == set(S.all_blobs(workspace))  # no orphan file from the killed import
    assert not (workspace.blobs_dir / P.INCOMING).exists()
