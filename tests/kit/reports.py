"""Helpers of the report tests: a small scored event (mini form, three regions, three judges).

Hostile user text is planted on purpose: markup, template braces, right-to-left
script and a very long unbroken word.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

HOSTILE_NOTE = "<script>alert('x')</script> {{ data.event }} {% raw %}"
RTL_TEXT = "مدينة ذكية שלום"
LONG_WORD = "Pembangunanberkelanjutan" * 12  # 288 characters, no break opportunity


@dataclass
class MiniEvent:
    ws: object
    event_id: str
    stage_id: str
    subs: dict  # region name → submission id
    judges: dict  # judge name → judge id
    sheets: dict  # (judge id, submission id) → sheet id


SCORES = {
    # judge → region → {item: value}
    "Dr. Ani Wulandari": {
        "Kota Alpha": {
            "ekonomi.1": "8.5",
            "ekonomi.2": "9",
            "kemiskinan.1": "8",
            "output.1": "7.5",
            "output.2": "8",
        },
        "Kota Beta": {
            "ekonomi.1": "7",
            "ekonomi.2": "7.25",
            "kemiskinan.1": "6.5",
            "output.1": "7",
            "output.2": "6",
        },
        "Kabupaten Gamma": {
            "ekonomi.1": "9",
            "ekonomi.2": "9.5",
            "kemiskinan.1": "9",
            "output.1": "8",
            "output.2": "8.5",
        },
    },
    "Budi Santoso": {
        "Kota Alpha": {
            "ekonomi.1": "8",
            "ekonomi.2": "8.5",
            "kemiskinan.1": "7.5",
            "output.1": "8",
            "output.2": "8",
        },
        "Kota Beta": {
            "ekonomi.1": "9.5",
            "ekonomi.2": "9",
            "kemiskinan.1": "9",
            "output.1": "9",
            "output.2": "9.5",
        },
        "Kabupaten Gamma": {
            "ekonomi.1": "8.75",
            "ekonomi.2": "9",
            "kemiskinan.1": "8.5",
            "output.1": "8",
            "output.2": "8",
        },
    },
    "Citra Lestari": {
        "Kota Alpha": {
            "ekonomi.1": "9",
            "ekonomi.2": "8",
            "kemiskinan.1": "8",
            "output.1": "7",
            "output.2": "7.5",
        },
        "Kota Beta": {
            "ekonomi.1": "6.5",
            "ekonomi.2": "7",
            "kemiskinan.1": "7",
            "output.1": "6.5",
            "output.2": "7",
        },
    },
}


def build_mini_event(ws, form) -> MiniEvent:
    from judgeapp.domain.evidence import EvidenceLink
    from judgeapp.domain.package import KeyFigure
    from judgeapp.services import sheets as svc
    from judgeapp.store import events as store_events
    from judgeapp.store import submissions as store_subs
    from judgeapp.store.forms import pin_form

    digest = pin_form(ws, form)
    eid = store_events.create_event(
        ws,
        "PPD Uji <Coba> & Co",
        "ppd",
        [store_events.StageSpec("tahap2", "Tahap II", digest, date="2022-06-14")],
        store_events.EventOptions(edition="2022", place="Bandung", sample=True),
    )
    pdf = b"%PDF-1.4 test"
    sha = hashlib.sha256(pdf).hexdigest()
    store_subs.add_blob(ws, sha, len(pdf))
    subs = {}
    for name, kind in (
        ("Kota Alpha", "kota"),
        ("Kota Beta", "kota"),
        ("Kabupaten Gamma", "kabupaten"),
    ):
        rid = store_events.upsert_region(ws, name, kind, "Jawa Barat")
        subs[name] = store_subs.insert_submission(
            ws,
            store_subs.NewSubmission(
                event_id=eid,
                region_id=rid,
                category=kind,
                title=f"Inovasi {name}",
                package_sha256=sha,
                manifest={},
                documents=[
                    store_subs.DocumentRow(
                        "docs/proposal.pdf",
                        "Proposal Daerah",
                        "proposal",
                        sha,
                        "application/pdf",
                        12,
                    )
                ],
                key_figures=[
                    KeyFigure(
                        id="ipm",
                        label="Indeks Pembangunan Manusia",
                        value=__import__("decimal").Decimal("77.17"),
                        unit="",
                        year=2023,
                        source="BPS",
                    )
                ],
            ),
        )
    judges = {}
    for name, role in (
        ("Dr. Ani Wulandari", "TPI"),
        ("Budi Santoso", "TPU"),
        ("Citra Lestari", "TPI"),
    ):
        judges[name] = store_events.add_judge(ws, eid, name, role)
    sheets = {}
    for jname, regions in SCORES.items():
        jid = judges[jname]
        for rname, scores in regions.items():
            sid = subs[rname]
            store_events.assign(ws, eid, "tahap2", jid, sid)
            st = svc.open_sheet(ws, eid, "tahap2", jid, sid)
            for key, value in scores.items():
                svc.record_score(ws, st.data.id, key, value, jid)
            sheets[(jid, sid)] = st.data.id
    a, alpha = judges["Dr. Ani Wulandari"], subs["Kota Alpha"]
    sheet = sheets[(a, alpha)]
    svc.record_text(
        ws, sheet, "ekonomi", "keunggulan", f"Investasi tumbuh pesat {HOSTILE_NOTE} {RTL_TEXT}", a
    )
    svc.record_text(ws, sheet, "ekonomi", "rekomendasi", "Perkuat UMKM " + LONG_WORD, a)
    svc.record_text(ws, sheet, "", "note", "Catatan pribadi " + RTL_TEXT, a)  # never printed
    svc.link_evidence(ws, sheet, EvidenceLink("ekonomi.1", "docs/proposal.pdf", 3, "tabel PDRB"), a)
    svc.save_timer(ws, sheet, {"presentasi": {"start": "09:00:00", "end": "09:07:10"}}, a)
    svc.finalise(ws, sheet, a)
    b = judges["Budi Santoso"]
    svc.record_text(ws, sheets[(b, alpha)], "ekonomi", "keunggulan", "Strategi " + RTL_TEXT, b)
    svc.record_text(
        ws, sheets[(b, alpha)], "ekonomi", "rekomendasi", "Perkuat UMKM " + LONG_WORD, b
    )
    for (jid, sid), sheet in sheets.items():
        if jid == a and sid == alpha:
            continue
        if jid != b or sid != alpha:
            svc.record_text(ws, sheet, "ekonomi", "keunggulan", "Data lengkap dan rapi", jid)
            svc.record_text(ws, sheet, "ekonomi", "rekomendasi", "Tingkatkan kolaborasi", jid)
        if (jid, sid) != (judges["Citra Lestari"], subs["Kota Beta"]):
            svc.finalise(ws, sheet, jid)
    return MiniEvent(ws, eid, "tahap2", subs, judges, sheets)


# ---- PDF inspection helpers ---------------------------------------------------------
def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def flat(text: str) -> str:
    """Text without any whitespace (wrapped words join again)."""
    return "".join(text.split())


def overflow_words(path: Path, margin_pt: float = 1.0) -> list[str]:
    """Words whose box runs past the page's right edge (pdftotext -bbox)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    import re

    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    bad = []
    width = None
    for line in out.splitlines():
        m = re.search(r'<page width="([\d.]+)"', line)
        if m:
            width = float(m.group(1))
            continue
        m = re.search(
            r'<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)"[^>]*>(.*)</word>', line
        )
        if m and width is not None:
            x0, x1 = float(m.group(1)), float(m.group(2))
            # page content area: 13 mm side margins (print.css) ≈ 36.85 pt
            if x0 < 36.85 - margin_pt - 1 or x1 > width - 36.85 + margin_pt:
                bad.append(m.group(3))
    return bad
