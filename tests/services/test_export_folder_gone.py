"""An export into a folder that has vanished (a USB stick pulled out) is a
refusal in the user's language; the folder and its parents are never re-made on
the local disk and nothing half-written is left."""

from __future__ import annotations

import pytest
from kit.judging import setup_event

from judgeapp import i18n
from judgeapp.atomic import atomic_file
from judgeapp.cli import main
from judgeapp.errors import Refused
from judgeapp.services import bundles
from judgeapp.store.db import open_workspace


def _gone(tmp_path):
    return tmp_path / "media" / "USB" / "nilai"  # /media/USB is not there


def test_atomic_export_never_makes_missing_parents(tmp_path):
    out = _gone(tmp_path) / "x.pdf"
    with pytest.raises(Refused) as exc, atomic_file(out, make_parents=False) as fh:
        fh.write(b"x")
    assert "flashdisk" in str(exc.value) and str(tmp_path / "media") in str(exc.value)
    assert not (tmp_path / "media").exists()


def test_english_reason(tmp_path):
    with (
        i18n.speaking("en"),
        pytest.raises(Refused) as exc,
        atomic_file(_gone(tmp_path) / "x", make_parents=False),
    ):
        pass
    assert "is no longer there — is the USB stick still plugged in?" in str(exc.value)


def test_bundle_issue_into_a_vanished_folder(tmp_path):
    ws = open_workspace(tmp_path / "sekretariat")
    world = setup_event(ws, tmp_path, packaged=1)
    with pytest.raises(Refused) as exc:
        bundles.issue_bundles(ws, world["event"], world["judges"][:1], _gone(tmp_path))
    assert "flashdisk" in str(exc.value)
    with pytest.raises(Refused):
        bundles.issue_bundle(ws, world["event"], world["judges"][0], _gone(tmp_path) / "a.zip")
    assert not (tmp_path / "media").exists()
    ws.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["bundle", "issue", "--event", "EID", "--out", "OUT"],
        ["export", "xlsx", "--event", "EID", "--out", "OUT/x.xlsx"],
        ["report", "ranking", "--event", "EID", "--out", "OUT/x.pdf"],
    ],
)
def test_cli_exports_into_a_vanished_folder(tmp_path, capsys, argv):
    folder = tmp_path / "sekretariat"
    ws = open_workspace(folder)
    world = setup_event(ws, tmp_path, packaged=1)
    ws.close()
    out = str(_gone(tmp_path))
    args = [a.replace("EID", world["event"]).replace("OUT", out) for a in argv]
    code = main([*args, "--workspace", str(folder)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "flashdisk" in err and "Traceback" not in err
    assert not (tmp_path / "media").exists()
    assert not list(tmp_path.rglob(".part-*")) and not list(tmp_path.rglob(".report-*"))
