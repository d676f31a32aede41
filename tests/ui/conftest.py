"""A judge's world on the real PPD Tahap II form: an event, regions with real
packages (a PDF made by Qt, key figures with a 2018→2019 series, innovations),
two judges, assignments and a schedule, built through the services."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from kit.pdf import write_pdf
from kit.qt import close_app, window_parent


@dataclass
class JudgeWorld:
    folder: Path
    event_id: str
    stage_id: str
    judge: str  # the judge the tests play
    other: str  # another judge, who has scored one region
    submissions: list[str]  # the judge's regions, schedule order
    other_sheet: str


def make_package(root: Path, name: str, kind: str, province: str) -> Path:
    """A region's package folder, zipped by the package service."""
    from judgeapp.services.packages import build_package

    folder = root / name.replace(" ", "-")
    (folder / "docs").mkdir(parents=True)
    write_pdf(
        folder / "docs" / "profil.pdf",
        [
            f"Profil {name}\nRingkasan capaian pembangunan",
            "Pertumbuhan ekonomi 5,2 persen\nPDRB per kapita naik",
            "Kemiskinan turun menjadi 7,1 persen",
            "Inovasi daerah: layanan terpadu satu pintu",
        ],
    )
    write_pdf(folder / "docs" / "rkpd.pdf", ["RKPD 2023\nKeterkaitan dengan RPJMD", "Lampiran"])
    manifest = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2023",
        "region": {"name": name, "kind": kind, "province": province},
        "title": f"Paparan {name}",
        "innovations": [
            {"title": "Layanan Terpadu", "summary": "Satu pintu untuk perizinan.", "started": 2020}
        ],
        "indicators": [
            {"id": "ipm", "label": "Indeks Pembangunan Manusia", "value": 71.2, "year": 2018},
            {"id": "ipm", "label": "Indeks Pembangunan Manusia", "value": 72.05, "year": 2019},
            {"id": "miskin", "label": "Penduduk miskin", "value": 7.1, "unit": "%", "year": 2019},
        ],
        "documents": [
            {"file": "docs/profil.pdf", "title": "Profil daerah", "kind": "profil"},
            {"file": "docs/rkpd.pdf", "title": "Dokumen RKPD", "kind": "rkpd"},
        ],
    }
    (folder / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), "utf-8")
    out = root / f"{folder.name}.zip"
    build_package(folder, out)
    return out


@pytest.fixture
def judge_world(tmp_path, qapp) -> JudgeWorld:
    from judgeapp.services import sheets as svc
    from judgeapp.services.events import EventOptions, create_event
    from judgeapp.services.packages import import_package
    from judgeapp.services.setup import set_schedule
    from judgeapp.store import events as store_events
    from judgeapp.store.db import open_workspace

    folder = tmp_path / "ws"
    ws = open_workspace(folder)
    try:
        eid = create_event(
            ws, "PPD 2023 Provinsi Contoh", ["ppd-tahap2"], options=EventOptions(edition="2023")
        )
        stage = store_events.get_event(ws, eid).stages[0].id
        regions = [
            ("Kota Sukamaju", "kota", "Jawa Barat"),
            ("Kabupaten Lembah Hijau", "kabupaten", "Jawa Barat"),
            ("Kota Tepi Laut", "kota", "Jawa Barat"),
        ]
        subs = []
        for name, kind, prov in regions:
            res = import_package(ws, make_package(tmp_path / "pkg", name, kind, prov), eid)
            subs.append(res.submission_id)
        judge = store_events.add_judge(ws, eid, "Dr. Ani Wijaya", "TPI")
        other = store_events.add_judge(ws, eid, "Budi Santoso", "TPU")
        times = ["2023-05-10T09:00", "2023-05-10T11:00", "2023-05-10T13:00"]
        for sub, when in zip(subs, times, strict=True):
            store_events.assign(ws, eid, stage, judge, sub)
            store_events.assign(ws, eid, stage, other, sub)
            set_schedule(ws, eid, sub, when.replace("T", " "), "Ruang Rapat 1", stage_id=stage)
        st = svc.open_sheet(ws, eid, stage, other, subs[0])
        svc.record_score(ws, st.data.id, st.form.score_keys()[0], "9.99", f"judge:{other}")
        return JudgeWorld(folder, eid, stage, judge, other, subs, st.data.id)
    finally:
        ws.close()


@pytest.fixture
def open_app(qtbot):
    """Open the main window on a workspace folder, as the app does; closes it
    (window first, then the workspace) at the end."""
    from PySide6.QtWidgets import QApplication

    from judgeapp.ui.language import Language
    from judgeapp.ui.main_window import MainWindow
    from judgeapp.ui.tasks import TaskRunner

    opened = []

    def _open(folder: Path, lang: str = "id"):
        app = QApplication.instance()
        language = Language(app)
        language.set_language(lang)
        window = MainWindow(language, TaskRunner(parent=window_parent(app)))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        assert window.load_workspace(folder)
        opened.append((window, language))
        return window

    yield _open
    for window, language in opened:
        language.set_language("en")  # back to the source language while the workspace is open
        QApplication.processEvents()
        close_app(window)
