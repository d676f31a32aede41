"""An event whose ranking needs its tie-break ladder (real workspace, mini form).

Kota Alpha and Kota Beta have the same total (8); Beta is ahead on the aspect
Pencapaian (its economy items are higher, its innovation items lower). Kota
Gamma is behind both. The ladder is set on the event: the stage, the aspect
Pencapaian, the spread of scores.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

LADDER = ["stage:tahap2", "aspect:capaian", "spread"]
SCORES = {
    "Kota Alpha": {
        "ekonomi.1": "8",
        "ekonomi.2": "8",
        "kemiskinan.1": "8",
        "output.1": "8",
        "output.2": "8",
    },
    "Kota Beta": {
        "ekonomi.1": "9",
        "ekonomi.2": "9",
        "kemiskinan.1": "8",
        "output.1": "7",
        "output.2": "7",
    },
    "Kota Gamma": {
        "ekonomi.1": "7",
        "ekonomi.2": "7.25",
        "kemiskinan.1": "7",
        "output.1": "7",
        "output.2": "7",
    },
}


@dataclass
class TieEvent:
    ws: object
    event_id: str
    stage_id: str
    subs: dict  # region name → submission id
    judge: str
    sheets: dict  # region name → sheet id


def build_tie_event(ws, form, *, final: bool = True) -> TieEvent:
    from judgeapp.services import sheets as svc
    from judgeapp.store import events as store_events
    from judgeapp.store import submissions as store_subs
    from judgeapp.store.forms import pin_form

    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws,
        "PPD Uji Seri",
        "ppd",
        [store_events.StageSpec("tahap2", "Tahap II — Presentasi dan wawancara", digest)],
        store_events.EventOptions(edition="2022", place="Bandung", settings={"tie_break": LADDER}),
    )
    judge = store_events.add_judge(ws, eid, "Dr. Ani Wulandari", "TPI")
    subs, sheets = {}, {}
    for name, scores in SCORES.items():
        rid = store_events.upsert_region(ws, name, "kota", "Jawa Barat")
        sid = store_subs.insert_submission(
            ws,
            store_subs.NewSubmission(
                event_id=eid,
                region_id=rid,
                category="kota",
                title=f"Inovasi {name}",
                package_sha256="0" * 64,
                manifest={},
                documents=[],
                key_figures=[],
            ),
        )
        subs[name] = sid
        store_events.assign(ws, eid, "tahap2", judge, sid)
        sheet = svc.open_sheet(ws, eid, "tahap2", judge, sid).data.id
        for key, value in scores.items():
            svc.record_score(ws, sheet, key, value, judge)
        for field in ("keunggulan", "rekomendasi"):
            svc.record_text(ws, sheet, "ekonomi", field, f"{field} {name}", judge)
        if final:
            svc.finalise(ws, sheet, judge)
        sheets[name] = sheet
    assert json.loads(json.dumps(LADDER))  # the ladder is plain data
    return TieEvent(ws, eid, "tahap2", subs, judge, sheets)
