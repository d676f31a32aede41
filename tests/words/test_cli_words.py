"""What the command line prints for people is words in the chosen language,
never status keys such as ``in_progress`` (JSON keeps the keys)."""

from __future__ import annotations

import json

import pytest
import yaml

from judgeapp.cli import main


@pytest.fixture
def open_event(workspace, mini_form):
    from tiekit import build_tie_event

    return build_tie_event(workspace, mini_form, final=False)


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_progress_prints_statuses_in_words(open_event, capsys):
    ws = str(open_event.ws.folder)
    code, out, _ = run(capsys, "progress", "--event", open_event.event_id, "--workspace", ws)
    assert code == 0
    lines = out.splitlines()
    assert "sedang dinilai: 3" in lines
    assert "tanda: … sedang dinilai" in lines
    assert lines[1].startswith("Dr. Ani Wulanda")  # judges by name
    assert "in_progress" not in out
    code, out, _ = run(
        capsys, "--lang", "en", "progress", "--event", open_event.event_id, "--workspace", ws
    )
    assert "in progress: 3" in out.splitlines() and "in_progress" not in out
    code, out, _ = run(
        capsys, "progress", "--event", open_event.event_id, "--workspace", ws, "--format", "json"
    )
    board = json.loads(out)
    assert board["counts"]["in_progress"] == 3  # machine format keeps the keys


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("id", "paket Kota Contoh (ppd 2022), 1 dokumen, sidik "),
        ("en", "package Kota Contoh (ppd 2022), 1 document, digest "),
    ],
)
def test_package_build_prints_words(tmp_path, capsys, lang, expected):
    pdf = b"%PDF-1.4\n% uji\n%%EOF\n"
    folder = tmp_path / "paket"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "proposal.pdf").write_bytes(pdf)
    manifest = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2022",
        "region": {"name": "Kota Contoh", "kind": "kota", "province": "Jawa Barat"},
        "title": "Paket uji",
        "documents": [{"file": "docs/proposal.pdf", "title": "Proposal", "kind": "proposal"}],
    }
    (folder / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    out_zip = tmp_path / "paket.zip"
    code, out, err = run(
        capsys, "--lang", lang, "package", "build", str(folder), "--out", str(out_zip)
    )
    assert code == 0, err
    digest = out.strip().rsplit(" ", 1)[-1]
    assert out.strip() == f"{out_zip}: {expected}{digest}"
    assert len(digest) == 64 and int(digest, 16) >= 0


def test_an_empty_workspace_says_so_in_words(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    code, out, _ = run(capsys, "events", "--workspace", ws)
    assert code == 0 and out == "(belum ada acara)\n"
    code, out, _ = run(capsys, "--lang", "en", "events", "--workspace", ws)
    assert code == 0 and out == "(no events)\n"
