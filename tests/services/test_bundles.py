"""Judge bundles: issue at the secretariat, open on the judge's laptop."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal

import pytest
from kit.judging import mini_values, package_zip, score_all, setup_event, snapshot

from judgeapp.services import bundles, setup
from judgeapp.services.bundles import BundleRefused
from judgeapp.services.packages import import_package
from judgeapp.store.db import open_workspace
from judgeapp.store.keys import own_key

JUDGE_TABLES = (
    "events",
    "stages",
    "forms",
    "submissions",
    "documents",
    "key_figures",
    "innovations",
    "assignments",
    "schedule",
    "sheets",
    "item_scores",
    "settings",
    "own_key",
    "history",
)


@pytest.fixture
def sec(workspace, tmp_path):
    info = setup_event(workspace, tmp_path)
    setup.set_schedule(workspace, info["event"], info["subs"][0], "2023-05-02 09:00", "Ruang 1")
    return workspace, info


@pytest.fixture
def judge_ws(tmp_path):
    ws = open_workspace(tmp_path / "judge")
    yield ws
    ws.close()


def test_bundle_holds_only_assigned_nonconflicted(sec, tmp_path):
    ws, info = sec
    eid, subs = info["event"], info["subs"]
    setup.declare_conflict(ws, eid, "ani", subs[1], "kampung halaman")
    b = bundles.issue_bundle(ws, eid, "ani", tmp_path / "ani.zip")
    assert b.submissions == 2 and b.documents == 1
    with zipfile.ZipFile(b.path) as zf:
        man = json.loads(zf.read("bundle.json"))
        names = set(zf.namelist())
    assert {s["id"] for s in man["submissions"]} == {subs[0], subs[2]}
    assert man["judge"] == {"id": "ani", "name": "Ani", "role": "TPI"}
    assert all(f["file"] in names for f in man["forms"])
    assert set(man["files"]) | {"bundle.json"} == names
    assert man["schedule"][0]["room"] == "Ruang 1"
    # nothing about the conflicted region travels
    assert "Beta" not in json.dumps(man)


def test_open_creates_judge_workspace(sec, tmp_path, judge_ws):
    ws, info = sec
    eid, subs = info["event"], info["subs"]
    b = bundles.issue_bundle(ws, eid, "budi", tmp_path / "budi.zip")
    res = bundles.open_bundle(judge_ws, b.path)
    assert res.created and set(res.added) == set(subs)
    assert bundles.judge_identity(judge_ws) == (eid, "budi")
    assert judge_ws.get_setting("role") == "judge"
    key = own_key(judge_ws)
    assert key is not None and res.fingerprint == key.fingerprint
    # the same forms (by hash), the document file, key figures, innovations, schedule
    sec_stage = ws.query_one("SELECT form_hash FROM stages WHERE event_id=?", (eid,))
    j_stage = judge_ws.query_one("SELECT form_hash FROM stages WHERE event_id=?", (eid,))
    assert sec_stage == j_stage
    from judgeapp.store import submissions as store_subs

    doc = store_subs.documents(judge_ws, subs[0])[0]
    assert store_subs.blob_path(judge_ws, doc.sha256).read_bytes().startswith(b"%PDF-")
    assert store_subs.key_figures(judge_ws, subs[0])[0].value == Decimal("72.5")
    assert store_subs.innovations(judge_ws, subs[0])[0].title == "Inovasi Kota Alpha"
    assert judge_ws.query("SELECT room FROM schedule")[0]["room"] == "Ruang 1"
    assert len(judge_ws.query("SELECT * FROM assignments WHERE judge_id='budi'")) == 3


def test_reissue_adds_region_without_touching_scores(sec, tmp_path, judge_ws):
    ws, info = sec
    eid, subs = info["event"], info["subs"]
    b1 = bundles.issue_bundle(ws, eid, "ani", tmp_path / "ani1.zip")
    bundles.open_bundle(judge_ws, b1.path)
    state = score_all(judge_ws, eid, "ani", subs[0], mini_values(Decimal(8)))
    key_before = own_key(judge_ws)
    scores_before = judge_ws.query("SELECT * FROM item_scores ORDER BY rowid")
    sheets_before = judge_ws.query("SELECT * FROM sheets")
    new = import_package(ws, package_zip(tmp_path / "more", "Kota Delta"), eid).submission_id
    setup.fill(ws, eid, submission_id=new)
    setup.set_schedule(ws, eid, subs[0], "2023-05-02 13:00", "Ruang 2")
    b2 = bundles.issue_bundle(ws, eid, "ani", tmp_path / "ani2.zip")
    res = bundles.open_bundle(judge_ws, b2.path)
    assert not res.created and res.added == (new,)
    assert judge_ws.query("SELECT * FROM item_scores ORDER BY rowid") == scores_before
    assert judge_ws.query("SELECT * FROM sheets") == sheets_before
    assert own_key(judge_ws) == key_before
    assert state.final
    assert (
        judge_ws.query_one("SELECT room FROM schedule WHERE submission_id=?", (subs[0],))["room"]
        == "Ruang 2"
    )
    # opening the same bundle again: nothing happens
    again = bundles.open_bundle(judge_ws, b2.path)
    assert again.unchanged


def test_older_bundle_refused(sec, tmp_path, judge_ws):
    ws, info = sec
    b1 = bundles.issue_bundle(ws, info["event"], "ani", tmp_path / "a1.zip")
    b2 = bundles.issue_bundle(ws, info["event"], "ani", tmp_path / "a2.zip")
    bundles.open_bundle(judge_ws, b2.path)
    before = snapshot(judge_ws, JUDGE_TABLES)
    with pytest.raises(BundleRefused, match="a1.zip"):
        bundles.open_bundle(judge_ws, b1.path)
    assert snapshot(judge_ws, JUDGE_TABLES) == before


def test_other_judges_bundle_refused(sec, tmp_path, judge_ws):
    ws, info = sec
    bundles.open_bundle(
        judge_ws, bundles.issue_bundle(ws, info["event"], "ani", tmp_path / "a.zip").path
    )
    other = bundles.issue_bundle(ws, info["event"], "budi", tmp_path / "b.zip")
    before = snapshot(judge_ws, JUDGE_TABLES)
    with pytest.raises(BundleRefused, match="ani"):
        bundles.open_bundle(judge_ws, other.path)
    assert snapshot(judge_ws, JUDGE_TABLES) == before


def test_secretariat_workspace_refuses_a_bundle(sec, tmp_path):
    ws, info = sec
    b = bundles.issue_bundle(ws, info["event"], "ani", tmp_path / "a.zip")
    before = snapshot(ws, JUDGE_TABLES)
    with pytest.raises(BundleRefused, match="a.zip"):
        bundles.open_bundle(ws, b.path)
    assert snapshot(ws, JUDGE_TABLES) == before


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    with zipfile.ZipFile(dst, "w") as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    return dst


def _blob_name(members):
    return next(n for n in members if n.startswith("blobs/"))


def _form_name(members):
    return next(n for n in members if n.startswith("forms/"))


def _edit_manifest(fn):
    def change(members):
        man = json.loads(members["bundle.json"])
        fn(man)
        members["bundle.json"] = json.dumps(man).encode()

    return change


CASES = {
    "altered document": (lambda m: m.__setitem__(_blob_name(m), b"%PDF-1.4 other"), "checksum"),
    "altered form": (
        lambda m: m.__setitem__(
            _form_name(m), m[_form_name(m)].replace(b"Mini form", b"Maxi form")
        ),
        "checksum",
    ),
    "extra member": (lambda m: m.__setitem__("evil.txt", b"x"), "evil.txt"),
    "path with dots": (lambda m: m.__setitem__("../evil.txt", b"x"), "evil.txt"),
    "missing member": (lambda m: m.pop(_blob_name(m)), "blobs/"),
    "no manifest": (lambda m: m.pop("bundle.json"), "bundle.json"),
    "bad manifest": (lambda m: m.__setitem__("bundle.json", b"{nope"), "bundle.json"),
    "unknown format": (_edit_manifest(lambda man: man.__setitem__("format", "x/1")), "x/1"),
    "schedule for unknown submission": (
        _edit_manifest(
            lambda man: man["schedule"].append({"stage_id": "tahap2", "submission_id": "ghost"})
        ),
        "ghost",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_damaged_bundle_refused_nothing_written(sec, tmp_path, judge_ws, case):
    ws, info = sec
    change, needle = CASES[case]
    b = bundles.issue_bundle(ws, info["event"], "ani", tmp_path / "good.zip")
    bad = _rewrite(b.path, tmp_path / "bad.zip", change)
    before = snapshot(judge_ws, JUDGE_TABLES)
    with pytest.raises(BundleRefused) as exc:
        bundles.open_bundle(judge_ws, bad)
    msg = str(exc.value)
    assert msg.startswith("bad.zip: ") and needle in msg
    assert snapshot(judge_ws, JUDGE_TABLES) == before
    assert not (judge_ws.folder / "blobs").exists() or not any(
        (judge_ws.folder / "blobs").rglob("*")
    )


def test_not_a_zip_refused(tmp_path, judge_ws):
    p = tmp_path / "x.zip"
    p.write_bytes(b"hello")
    with pytest.raises(BundleRefused, match="x.zip"):
        bundles.open_bundle(judge_ws, p)


def test_issue_refusals(sec, tmp_path):
    ws, info = sec
    with pytest.raises(BundleRefused, match="zed"):
        bundles.issue_bundle(ws, info["event"], "zed", tmp_path / "z.zip")
    with pytest.raises(BundleRefused, match="nope"):
        bundles.issue_bundle(ws, "nope", "ani", tmp_path / "z.zip")
    assert not (tmp_path / "z.zip").exists()
