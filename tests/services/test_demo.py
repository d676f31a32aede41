"""The demo workspace: contents from the seed reports, sample marks, reproducibility."""

from __future__ import annotations

import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from judgeapp.services import packages
from judgeapp.services.demo import DEMO_KEY, DemoRefused, build_demo, demo_state
from judgeapp.services.demo import content as C
from judgeapp.store import events as store_events
from judgeapp.store import submissions as S
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import open_workspace

ROOT = Path(__file__).resolve().parents[2]


def _needs_shipped_forms():
    ids = {f for ev in C.EVENTS for f in ev.forms}
    have = {p.stem for p in (ROOT / "forms").glob("*.yaml")}
    if not ids <= have:
        pytest.skip(f"shipped forms missing: {sorted(ids - have)}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    _needs_shipped_forms()
    folder = tmp_path_factory.mktemp("demo") / "ws"
    res = build_demo(folder)
    ws = open_workspace(folder)
    yield res, ws
    ws.close()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_three_events_with_their_stages(demo):
    res, ws = demo
    events = {e.id: e for e in store_events.list_events(ws)}
    assert set(events) == {"ppd-jabar-2022", "sinovik-2020-top99", "smartcity-2023-tahap2"}
    ppd = events["ppd-jabar-2022"]
    assert ppd.name == "PPD Jawa Barat 2022" and ppd.sample
    assert [(s.id, s.weight) for s in ppd.stages] == [
        ("tahap1", Decimal(30)),
        ("tahap2", Decimal(25)),
        ("tahap3", Decimal(45)),
    ]
    assert events["sinovik-2020-top99"].name == "Sinovik 2020 — Top 99 presentasi & wawancara"
    assert events["smartcity-2023-tahap2"].competition == "smartcity"
    regions = {
        e: sorted(s.region for s in store_submissions.current_submissions(ws, e)) for e in events
    }
    assert regions["ppd-jabar-2022"] == ["Kabupaten Sukabumi", "Kota Bogor", "Kota Sukabumi"]
    assert regions["sinovik-2020-top99"] == [
        "Kabupaten Pekalongan",
        "Kabupaten Sukabumi",
        "Kota Bogor",
        "Kota Sukabumi",
    ]
    assert regions["smartcity-2023-tahap2"] == ["Kabupaten Sukabumi", "Kota Bogor", "Kota Sukabumi"]
    assert ws.get_setting(DEMO_KEY) == C.DEMO_VERSION


def test_key_figures_from_the_reports(demo):
    _res, ws = demo
    bogor = "smartcity-2023-tahap2--kota-kota-bogor"
    figs = {(f.id, f.year): f for f in S.key_figures(ws, bogor)}
    assert figs[("ipm", 2023)].value == Decimal("77.17")
    assert figs[("kemiskinan", 2022)].value == Decimal("7.21")
    series = S.key_figure_series(ws, bogor)
    assert [(f.year, f.value) for f in series["investasi"]] == [
        (2021, Decimal(618)),
        (2022, Decimal(1700)),
    ]
    kab = S.key_figure_series(ws, "ppd-jabar-2022--kabupaten-kabupaten-sukabumi")
    assert [f.value for f in kab["desa_tertinggal"]] == [Decimal(82), Decimal(39)]
    assert [f.value for f in kab["desa_maju"]] == [Decimal(58), Decimal(78)]
    assert [f.value for f in kab["desa_mandiri"]] == [Decimal(4), Decimal(6)]
    assert kab["desa_sangat_tertinggal"][0].value == 0
    sukabumi = {f.id: f for f in S.key_figures(ws, "ppd-jabar-2022--kota-kota-sukabumi")}
    assert sukabumi["kece_peserta"].value == 355 and not sukabumi["kece_peserta"].sample
    pek = {f.id: f for f in S.key_figures(ws, "sinovik-2020-top99--kabupaten-kabupaten-pekalongan")}
    assert pek["entas"].value == 70
    # invented figures say so
    bogor_ppd = {f.id: f for f in S.key_figures(ws, "ppd-jabar-2022--kota-kota-bogor")}
    assert bogor_ppd["pertumbuhan"].sample and not bogor_ppd["investasi"].sample


def test_innovations_listed(demo):
    _res, ws = demo
    titles = [
        i.title for i in S.innovations(ws, "sinovik-2020-top99--kabupaten-kabupaten-sukabumi")
    ]
    assert titles == ["Smart Village Desa Cijengkol", "Kartu Sehat Desa"]
    titles = [i.title for i in S.innovations(ws, "ppd-jabar-2022--kota-kota-sukabumi")]
    assert "Udunan Online" in titles and len(titles) == 3
    (pusk,) = S.innovations(ws, "sinovik-2020-top99--kota-kota-sukabumi")
    assert pusk.title == "Puskesos Melaju" and pusk.sample


def test_documents_are_real_pdfs_marked_when_sample(demo):
    res, ws = demo
    for eid, subs in res.submissions.items():
        for sid in subs:
            sub = store_submissions.get_submission(ws, sid)
            docs = S.documents(ws, sid)
            assert [d.kind for d in docs] == ["proposal", "profil"]
            text = pdf_text(S.document_path(ws, sid, "dokumen/proposal.pdf"))
            assert sub.title.split(" (")[0] in " ".join(text.split())
            assert ("DATA CONTOH" in text) == bool(sub.sample), (eid, sid)
            assert all(d.pages and not d.warning for d in docs)
    bogor = pdf_text(
        S.document_path(ws, "smartcity-2023-tahap2--kota-kota-bogor", "dokumen/proposal.pdf")
    )
    assert "77.17" in bogor and "1700" in bogor
    # the region profile is stored once, whatever the number of events
    profiles = {
        S.document(ws, sid, "dokumen/profil-daerah.pdf").sha256
        for subs in res.submissions.values()
        for sid in subs
    }
    assert len(profiles) == len(C.REGIONS)


def test_every_demo_package_passes_check(demo):
    res, _ws = demo
    assert len(res.packages) == 10
    for pkg in res.packages:
        checked = packages.check_package(pkg)
        assert checked.warnings == []


def test_sample_judges_and_sheets(demo):
    res, ws = demo
    judges = store_events.list_judges(ws, "ppd-jabar-2022")
    assert len(judges) == 3 and all(j.sample and "(contoh)" in j.name for j in judges)
    rows = ws.query("SELECT status, sample, COUNT(*) AS n FROM sheets GROUP BY status, sample")
    by = {(r["status"], r["sample"]): r["n"] for r in rows}
    assert set(by) == {("final", 1), ("open", 1)}
    assert by[("final", 1)] == res.sheets["final"]
    assert by[("open", 1)] == res.sheets["progress"]
    assert res.sheets["empty"] > 0  # left for the user to score
    assigned = store_events.assignments(ws, "sinovik-2020-top99")
    assert len(assigned) == 3 * 4
    assert ws.query_one("SELECT COUNT(*) AS n FROM schedule")["n"] == 3 * 3 + 4 + 3
    texts = ws.query("SELECT DISTINCT value FROM sheet_texts")
    assert all("contoh" in t["value"] for t in texts)


def test_scores_went_through_the_judges_service(demo):
    _res, ws = demo
    n_scores = ws.query_one("SELECT COUNT(*) AS n FROM item_scores")["n"]
    n_history = ws.query_one("SELECT COUNT(*) AS n FROM history WHERE action='score'")["n"]
    assert n_scores == n_history > 0
    assert ws.query_one("SELECT COUNT(*) AS n FROM history WHERE action='status'")["n"] > 0


def test_existing_demo_is_reused_and_other_folders_refused(demo, tmp_path):
    res, ws = demo
    again = build_demo(res.folder)
    assert again.reused
    assert again.submissions == {k: sorted(v) for k, v in res.submissions.items()}
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("mine")
    with pytest.raises(DemoRefused):
        build_demo(other)
    assert (other / "notes.txt").read_text() == "mine"
    plain = tmp_path / "plain"
    open_workspace(plain).close()
    assert demo_state(plain) == "other"
    with pytest.raises(DemoRefused):
        build_demo(plain)


def _scores(folder: Path) -> list[tuple]:
    with open_workspace(folder) as ws:
        return [
            tuple(r.values())
            for r in ws.query(
                "SELECT s.event_id, s.stage_id, s.judge_id, s.submission_id, s.status, i.key,"
                " i.value FROM item_scores i JOIN sheets s ON s.id=i.sheet_id"
                " ORDER BY 1, 2, 3, 4, 6"
            )
        ]


@pytest.fixture
def mini_forms(tmp_path, monkeypatch):
    """The six form ids as copies of the small test form (any valid form must do)."""
    import yaml

    base = yaml.safe_load((ROOT / "tests" / "data" / "mini-form.yaml").read_text())
    folder = tmp_path / "res" / "forms"
    folder.mkdir(parents=True)
    comp = {"ppd": "ppd", "sinovik": "sinovik", "smartcity": "smartcity"}
    for ev in C.EVENTS:
        for i, fid in enumerate(ev.forms):
            data = dict(base, id=fid, competition=comp[ev.competition], stage=f"s{i + 1}")
            (folder / f"{fid}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    monkeypatch.setenv("JUDGEAPP_RESOURCES", str(tmp_path / "res"))


@pytest.mark.usefixtures("mini_forms")
def test_reproducible_and_robust_to_other_forms(tmp_path):
    a = build_demo(tmp_path / "a")
    b = build_demo(tmp_path / "b")
    assert a.submissions == b.submissions and a.sheets == b.sheets
    assert _scores(tmp_path / "a") == _scores(tmp_path / "b")
    # same documents (WeasyPrint names its font subsets differently per run, so
    # compare what the PDFs say, not their bytes)
    assert [p.name for p in a.packages] == [p.name for p in b.packages]
    with open_workspace(tmp_path / "a") as wa, open_workspace(tmp_path / "b") as wb:
        for sid in a.submissions["ppd-jabar-2022"]:
            assert pdf_text(S.document_path(wa, sid, "dokumen/proposal.pdf")) == pdf_text(
                S.document_path(wb, sid, "dokumen/proposal.pdf")
            )
            assert S.key_figures(wa, sid) == S.key_figures(wb, sid)
    # --rebuild of an existing demo gives the same again
    c = build_demo(tmp_path / "a", rebuild=True)
    assert not c.reused and _scores(tmp_path / "a") == _scores(tmp_path / "b")
    assert not list(tmp_path.glob(".a.building-*"))
    shutil.rmtree(tmp_path / "b")
