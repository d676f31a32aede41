"""Import tab: packages and signed score files, off the UI thread; refusals listed."""

from __future__ import annotations

import hashlib

import pytest
import yaml
from kit.pdf import write_pdf

from judgeapp.services import bundles, scorefiles, setup, sheets
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import open_workspace


def package_folder(tmp_path, name: str) -> object:
    folder = tmp_path / f"pkg-{name.replace(' ', '-')}"
    (folder / "docs").mkdir(parents=True)
    write_pdf(folder / "docs" / "proposal.pdf", [f"Proposal {name}"])
    pdf = (folder / "docs" / "proposal.pdf").read_bytes()
    manifest = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2022",
        "region": {"name": name, "kind": "kota", "province": "Jawa Barat"},
        "title": f"Inovasi {name}",
        "documents": [
            {
                "file": "docs/proposal.pdf",
                "title": "Proposal",
                "kind": "proposal",
                "sha256": hashlib.sha256(pdf).hexdigest(),
            }
        ],
    }
    (folder / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    return folder


@pytest.fixture
def panel(qtbot, mini_event, make_panel):
    p = make_panel(mini_event)
    p.tabs.setCurrentWidget(p.imports)
    yield p


def test_package_imported_and_bad_one_refused(panel, mini_event, qtbot, tmp_path):
    ev = mini_event
    good = package_folder(tmp_path, "Kota Epsilon")
    bad = package_folder(tmp_path, "Kota Zeta")
    (bad / "docs" / "proposal.pdf").write_bytes(b"%PDF-1.4 altered after the checksum")
    before = len(store_submissions.current_submissions(ev.ws, ev.event_id))
    with qtbot.waitSignal(panel.imports.finished, timeout=60000) as blocker:
        panel.imports.start_packages([good, bad])
    outcomes = blocker.args[0]
    by_file = {o.file: o for o in outcomes}
    assert by_file[good.name].status == "imported"
    refused = [o for o in outcomes if o.file == bad.name]
    assert refused and all(o.refused for o in refused)
    assert any("proposal.pdf" in o.place for o in refused) and all(o.reason for o in refused)
    subs = store_submissions.current_submissions(ev.ws, ev.event_id)
    assert len(subs) == before + 1
    assert "Kota Zeta" not in {s.region for s in subs}
    model = panel.imports.model
    assert model.rowCount() == len(outcomes)
    assert panel.imports.message.kind == "error"  # a refusal is never shown as success


def test_score_file_imported_then_tampered_one_refused(panel, mini_event, qtbot, tmp_path):
    ev = mini_event
    judge = ev.judges[0]
    setup.fill(ev.ws, ev.event_id, judge_id=judge)
    bundle = bundles.issue_bundle(ev.ws, ev.event_id, judge, tmp_path / "b.zip")
    jws = open_workspace(tmp_path / "judge")
    try:
        bundles.open_bundle(jws, bundle.path)
        st = sheets.open_sheet(jws, ev.event_id, ev.stage_id, judge, ev.submissions[0])
        sheets.record_score(jws, st.data.id, "ekonomi.1", "8.5", judge)
        exported = scorefiles.export_scores(jws, tmp_path / "out")
    finally:
        jws.close()
    raw = exported.path.read_bytes()
    tampered = tmp_path / "tampered.scores.json"
    tampered.write_bytes(raw.replace(b"8.5", b"9.5"))
    with qtbot.waitSignal(panel.imports.finished, timeout=60000) as blocker:
        panel.imports.start_scores([tampered, exported.path])
    first, second = blocker.args[0]
    assert first.refused and first.file == tampered.name and first.reason
    assert second.status == "imported"
    held = ev.ws.query("SELECT value FROM item_scores")
    assert [r["value"] for r in held] == ["8.5"]
    # the same file again: a no-op
    with qtbot.waitSignal(panel.imports.finished, timeout=60000) as blocker:
        panel.imports.start_scores([exported.path])
    assert blocker.args[0][0].status == "unchanged"


def _exported_from_a_new_laptop(ev, judge, tmp_path, name, value):
    """The judge's scores from a workspace opened from a fresh bundle: a new key."""
    bundle = bundles.issue_bundle(ev.ws, ev.event_id, judge, tmp_path / f"{name}.zip")
    jws = open_workspace(tmp_path / name)
    try:
        bundles.open_bundle(jws, bundle.path)
        st = sheets.open_sheet(jws, ev.event_id, ev.stage_id, judge, ev.submissions[0])
        for _ in range(value):  # a revision above the one held
            sheets.record_score(jws, st.data.id, "ekonomi.1", "8", judge)
            sheets.record_score(jws, st.data.id, "ekonomi.1", "", judge)
        sheets.record_score(jws, st.data.id, "ekonomi.1", "9", judge)
        return scorefiles.export_scores(jws, tmp_path / f"{name}-out")
    finally:
        jws.close()


def test_a_changed_key_is_imported_only_when_accepted_with_a_reason(
    panel, mini_event, qtbot, tmp_path
):
    ev = mini_event
    judge = ev.judges[0]
    setup.fill(ev.ws, ev.event_id, judge_id=judge)
    first = _exported_from_a_new_laptop(ev, judge, tmp_path, "laptop-1", 0)
    tab = panel.imports
    with qtbot.waitSignal(tab.finished, timeout=60000):
        tab.start_scores([first.path])
    second = _exported_from_a_new_laptop(ev, judge, tmp_path, "laptop-2", 3)
    with qtbot.waitSignal(tab.finished, timeout=60000) as blocker:
        tab.start_scores([second.path])
    (refused,) = blocker.args[0]
    assert refused.refused and first.fingerprint in refused.reason
    tab.accept_key.setChecked(True)
    tab.start_scores([second.path])  # no reason: refused before anything runs
    assert tab.message.kind == "error"
    tab.key_reason.setText("laptop juri rusak")
    with qtbot.waitSignal(tab.finished, timeout=60000) as blocker:
        tab.start_scores([second.path])
    (imported,) = blocker.args[0]
    assert imported.status == "imported", imported
    key = ev.ws.query("SELECT new, reason FROM history WHERE action='key' ORDER BY id")[-1]
    assert (key["new"], key["reason"]) == (second.fingerprint, "laptop juri rusak")
