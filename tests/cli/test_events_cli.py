"""judgeapp events / event create on a real workspace."""

from __future__ import annotations

import json

from judgeapp.cli import main


def test_create_and_list_events(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    form = "tests/data/mini-form.yaml"
    assert (
        main(
            ["event", "create", "--name", "PPD Jawa Barat 2022", "--form", form, "--workspace", ws]
        )
        == 0
    )
    eid = capsys.readouterr().out.strip()
    assert eid == "ppd-jawa-barat-2022"
    assert main(["events", "--format", "json", "--workspace", ws]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["competition"]) for r in rows] == [(eid, "ppd")]
    assert rows[0]["stages"][0]["weight"] == "100"


def test_unknown_form_is_refused_with_exit_1(tmp_path, capsys):
    code = main(
        [
            "event",
            "create",
            "--name",
            "X",
            "--form",
            "no-such-form",
            "--workspace",
            str(tmp_path / "ws"),
        ]
    )
    assert code == 1
    assert "no-such-form" in capsys.readouterr().err


def test_stage_weights_must_sum_to_100(tmp_path, capsys):
    code = main(
        [
            "event",
            "create",
            "--name",
            "X",
            "--form",
            "tests/data/mini-form.yaml",
            "--stage-weight",
            "90",
            "--workspace",
            str(tmp_path / "ws"),
        ]
    )
    assert code == 1
    assert "100" in capsys.readouterr().err


def test_usage_error_is_exit_2(capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        main(["event", "create"])
    assert exc.value.code == 2
