"""judgeapp submissions --event ID [--format table|json] on a real workspace:
packages imported through the command line, listed with their ids, regions,
categories, versions and documents."""

from __future__ import annotations

import json

import pytest
from kit.packages import default_files, manifest, write_zip
from kit.pdf import pdf_bytes

from judgeapp.cli import main


@pytest.fixture
def event_ws(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    args = ["event", "create", "--name", "PPD 2022", "--form", "tests/data/mini-form.yaml"]
    args += ["--edition", "2022", "--venue", "Gedung Sate, Bandung", "--starts-on", "14-06-2022"]
    args += ["--chair", "Dr. Ratna Dewi", "--member", "Siti Rahmawati|Sekretaris"]
    assert main([*args, "--workspace", ws]) == 0
    eid = capsys.readouterr().out.strip()
    files = default_files()
    first = write_zip(tmp_path / "alpha.zip", files)
    region = {"name": "Kabupaten Beta", "kind": "kabupaten", "province": "Jawa Barat"}
    second = write_zip(tmp_path / "beta.zip", files, manifest(files, region=region))
    assert (
        main(["package", "import", str(first), str(second), "--event", eid, "--workspace", ws]) == 0
    )
    changed = {**files, "docs/lampiran.pdf": pdf_bytes("Lampiran")}
    again = write_zip(tmp_path / "alpha-2.zip", changed, manifest(changed))
    assert main(["package", "import", str(again), "--event", eid, "--workspace", ws]) == 0
    capsys.readouterr()
    return ws, eid


def test_json_lists_each_current_submission_with_its_documents(event_ws, capsys):
    ws, eid = event_ws
    assert main(["submissions", "--event", eid, "--format", "json", "--workspace", ws]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["region"], r["category"], r["version"]) for r in rows] == [
        ("Kabupaten Beta", "kabupaten", 1),
        ("Kota Contoh", "kota", 2),  # the new version; the old one is kept, not listed
    ]
    kota = rows[1]
    assert [d["file"] for d in kota["documents"]] == [
        "docs/proposal.pdf",
        "docs/foto.png",
        "docs/lampiran.pdf",
    ]
    assert all(d["size"] > 0 for d in kota["documents"])
    # the ids are the ones other commands take
    assert main(["rank", "--event", eid, "--format", "json", "--workspace", ws]) == 0
    ranked = {r["submission"] for r in json.loads(capsys.readouterr().out)["rows"]}
    assert ranked == {r["id"] for r in rows}


def test_table_names_columns_and_counts_documents(event_ws, capsys):
    ws, eid = event_ws
    assert main(["--lang", "en", "submissions", "--event", eid, "--workspace", ws]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "region", "category", "version", "documents"]
    assert lines[1].split()[-3:] == ["kabupaten", "1", "2"]
    assert lines[2].split()[-3:] == ["kota", "2", "3"]


def test_events_json_carries_the_set_up(event_ws, capsys):
    ws, eid = event_ws
    assert main(["events", "--format", "json", "--workspace", ws]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["place"] == "Gedung Sate, Bandung"
    assert (row["starts_on"], row["ends_on"]) == ("2022-06-14", "2022-06-14")
    assert row["chair"] == "Dr. Ratna Dewi" and row["members"] == ["Siti Rahmawati"]


def test_unknown_event_is_refused_with_exit_1(tmp_path, capsys):
    code = main(["submissions", "--event", "tidak-ada", "--workspace", str(tmp_path / "ws")])
    assert code == 1
    assert "tidak-ada" in capsys.readouterr().err


def test_event_create_refuses_a_bad_date_with_exit_1(tmp_path, capsys):
    code = main(
        ["event", "create", "--name", "X", "--form", "tests/data/mini-form.yaml",
         "--starts-on", "31-02-2024", "--workspace", str(tmp_path / "ws")]
    )  # fmt: skip
    assert code == 1
    assert "31-02-2024" in capsys.readouterr().err


def test_usage_error_is_exit_2():
    with pytest.raises(SystemExit) as exc:
        main(["submissions"])
    assert exc.value.code == 2
