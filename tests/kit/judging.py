"""Builders shared by the secretariat/judge exchange tests (set-up, bundles,
score files, paper, worksheet, progress, command line, end to end).

Everything is real: workspaces on disk, packages imported through the package
service, sheets filled through the sheet service.
"""

from __future__ import annotations

import hashlib
import zipfile
from decimal import Decimal
from pathlib import Path

import yaml

from kit.pdf import pdf_bytes

DATA = Path(__file__).resolve().parents[1] / "data"
MINI = DATA / "mini-form.yaml"


def package_zip(
    folder: Path, region: str, kind: str = "kota", province: str = "Jawa Barat"
) -> Path:
    """A small valid submission package for the mini form's competition."""
    pdf = pdf_bytes(f"Proposal {region}")
    man = {
        "format": "judgeapp.package/1",
        "competition": "ppd",
        "edition": "2023",
        "region": {"name": region, "kind": kind, "province": province},
        "title": f"Paparan {region}",
        "innovations": [{"title": f"Inovasi {region}", "summary": "ringkas", "started": 2021}],
        "indicators": [{"id": "ipm", "label": "IPM", "value": 72.5, "year": 2023}],
        "documents": [
            {
                "file": "docs/proposal.pdf",
                "title": "Proposal",
                "kind": "proposal",
                "sha256": hashlib.sha256(pdf).hexdigest(),
            }
        ],
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{region.replace(' ', '_')}.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.yaml", yaml.safe_dump(man, allow_unicode=True))
        zf.writestr("docs/proposal.pdf", pdf)
    return path


def make_event(ws, name: str = "PPD Uji", form: Path = MINI) -> str:
    from judgeapp.services.events import create_event

    return create_event(ws, name, [str(form)])


def setup_event(
    ws,
    tmp: Path,
    regions: tuple[str, ...] = ("Kota Alpha", "Kota Beta", "Kota Gamma"),
    judges: tuple[str, ...] = ("Ani", "Budi", "Citra"),
    packaged: int = 1,
    form: Path = MINI,
) -> dict:
    """An event with submissions (the first ``packaged`` come from real
    packages with a document), judges, and everyone assigned."""
    from judgeapp.domain.judges import NewJudge
    from judgeapp.services import setup
    from judgeapp.services.judges import add_judge
    from judgeapp.services.packages import import_package
    from judgeapp.store.setup import NewRegionSubmission

    eid = make_event(ws, form=form)
    subs = []
    for i, region in enumerate(regions):
        if i < packaged:
            res = import_package(ws, package_zip(tmp / "packages", region), eid)
            subs.append(res.submission_id)
        else:
            subs.append(
                setup.add_submission(
                    ws, eid, NewRegionSubmission(region, "kota", province="Jawa Barat")
                )
            )
    jids = [
        add_judge(ws, eid, NewJudge(n, "TPI" if i % 2 == 0 else "TPU"))
        for i, n in enumerate(judges)
    ]
    setup.fill(ws, eid)
    return {"event": eid, "subs": subs, "judges": jids}


def score_all(ws, event_id: str, judge_id: str, submission_id: str, values: dict, final=True):
    """Fill one sheet through the sheet service (texts for required fields)."""
    from judgeapp.services import sheets

    st = sheets.open_sheet(ws, event_id, None, judge_id, submission_id)
    sid = st.data.id
    for key, text in values.items():
        sheets.record_score(ws, sid, key, text, judge_id)
    for m in sheets.state(ws, sid).completeness.missing:
        if m.kind == "text":
            sheets.record_text(ws, sid, m.key, m.field, f"{m.label} {submission_id}", judge_id)
    if final:
        sheets.finalise(ws, sid, judge_id)
    return sheets.state(ws, sid)


def mini_values(base: Decimal) -> dict[str, str]:
    keys = ["ekonomi.1", "ekonomi.2", "kemiskinan.1", "output.1", "output.2"]
    out = {}
    for i, k in enumerate(keys):
        v = min(Decimal(10), base + Decimal(i) * Decimal("0.25"))
        out[k] = format(v, "f")
    return out


SCORE_TABLES = (
    "sheets",
    "item_scores",
    "sheet_texts",
    "evidence",
    "score_files",
    "judges",
    "conflicts",
    "assignments",
    "submissions",
    "regions",
    "history",
)


def snapshot(ws, tables: tuple[str, ...] = SCORE_TABLES) -> dict:
    return {t: ws.query(f"SELECT * FROM {t} ORDER BY rowid") for t in tables}
