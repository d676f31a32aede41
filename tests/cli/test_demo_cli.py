"""judgeapp demo --no-gui: twice gives the same events and rankings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judgeapp.cli import main

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ("ppd-jabar-2022", "sinovik-2020-top99", "smartcity-2023-tahap2")
FORMS = ("ppd-tahap1", "ppd-tahap2", "ppd-tahap3", "sinovik-presentasi", "smartcity-tahap2")


def _json(capsys, argv) -> object:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def _ranking(capsys, folder: Path, event: str) -> list[dict]:
    data = _json(capsys, ["rank", "--event", event, "--format", "json", "--workspace", str(folder)])
    rows = data["rows"] if isinstance(data, dict) and "rows" in data else data
    return rows


def test_demo_twice_same_events_and_rankings(tmp_path, capsys):
    if not all((ROOT / "forms" / f"{f}.yaml").exists() for f in FORMS):
        pytest.skip("shipped forms missing")
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["demo", "--no-gui", "--workspace", str(a)]) == 0
    out = capsys.readouterr().out
    assert "DATA CONTOH" in out and "ppd-jabar-2022: 3" in out
    assert main(["demo", "--no-gui", "--workspace", str(b)]) == 0
    ev_a = _json(capsys, ["events", "--format", "json", "--workspace", str(a)])
    ev_b = _json(capsys, ["events", "--format", "json", "--workspace", str(b)])
    assert ev_a == ev_b
    assert [e["id"] for e in ev_a] == list(EVENTS)
    assert all(e["sample"] for e in ev_a)
    for event in EVENTS:
        ra, rb = _ranking(capsys, a, event), _ranking(capsys, b, event)
        assert ra == rb
        assert ra and all({"rank", "submission", "region", "score", "judges"} <= set(r) for r in ra)
    # a third run on an existing demo reuses it
    assert main(["demo", "--no-gui", "--workspace", str(a)]) == 0
    assert "dipakai lagi" in capsys.readouterr().out
    # every demo package passes `package check`
    zips = sorted((a / "paket-contoh").rglob("*.zip"))
    assert len(zips) == 10
    assert main(["package", "check", *map(str, zips)]) == 0


def test_demo_refuses_a_folder_with_other_data(tmp_path, capsys):
    (tmp_path / "x.txt").write_text("mine")
    assert main(["demo", "--no-gui", "--workspace", str(tmp_path)]) == 1
    assert "bukan workspace demo" in capsys.readouterr().err
    assert (tmp_path / "x.txt").read_text() == "mine"
