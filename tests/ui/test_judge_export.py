"""A judge exports the signed score file from the app; the secretariat's check passes."""

from __future__ import annotations

from decimal import Decimal

from judging_kit import mini_values, score_all, setup_event

from judgeapp.services.bundles import issue_bundle, open_bundle
from judgeapp.services.scorefiles import own_fingerprint, verify_file
from judgeapp.store.db import open_workspace


def test_export_signed_score_file_from_the_menu(qtbot, tmp_path, open_app):
    secretariat = open_workspace(tmp_path / "sekretariat")
    world = setup_event(secretariat, tmp_path, packaged=1)
    eid, judge = world["event"], world["judges"][0]
    bundle = issue_bundle(secretariat, eid, judge, tmp_path / "juri.zip").path
    laptop = open_workspace(tmp_path / "laptop")
    open_bundle(laptop, bundle)
    score_all(laptop, eid, judge, world["subs"][0], mini_values(Decimal("8")))
    fingerprint = own_fingerprint(laptop)
    laptop.close()

    window = open_app(tmp_path / "laptop")
    usb = tmp_path / "usb"
    usb.mkdir()
    with qtbot.waitSignal(window.export_done, timeout=20000) as blocker:
        window.export_score_file(str(usb))
    written = blocker.args[0]
    assert written.startswith(str(usb))
    check = verify_file(written, secretariat, eid)
    assert check.ok, check.failure
    assert fingerprint in window.statusBar().currentMessage()
    secretariat.close()


def test_export_refused_outside_a_judge_workspace(qtbot, tmp_path, open_app):
    window = open_app(tmp_path / "not-a-judge")
    window.export_score_file(str(tmp_path))
    assert window.dialog.isVisible()
    assert not list(tmp_path.glob("*.json"))
