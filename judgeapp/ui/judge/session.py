"""What the judge's screens read, gathered in one place (no Qt here).

``JudgeSession`` is one judge at one event stage in one workspace: their
regions with schedule and progress, and the submission's package contents
(documents, key figures, innovations) through ``services.contents``. Only this judge's sheets are ever loaded: a
judge never sees another judge's scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from judgeapp.domain.ids import SheetPlace
from judgeapp.services import contents
from judgeapp.services import events as event_service
from judgeapp.services import sheets as sheet_service
from judgeapp.services.contents import HeldInnovation as Innovation
from judgeapp.services.contents import HeldKeyFigure as Figure
from judgeapp.store.db import Workspace

STATUS_NEW = "new"
STATUS_PROGRESS = "progress"
STATUS_FINAL = "final"
STATUS_CONFLICT = "conflict"


@dataclass(frozen=True)
class RegionRow:
    submission_id: str
    region_id: str
    region: str
    kind: str
    province: str
    category: str
    title: str
    starts_at: str
    room: str
    status: str
    scored: int
    total_keys: int
    total: Decimal | None
    sheet_id: str | None


@dataclass(frozen=True)
class DocInfo:
    doc_id: str
    title: str
    kind: str
    pages: int | None


class JudgeSession:
    """One judge, one event stage."""

    def __init__(self, ws: Workspace, event_id: str, stage_id: str, judge_id: str):
        self.ws = ws
        self.event = event_service.get_event(ws, event_id)
        self.stage = self.event.stage(stage_id)
        self.judge_id = judge_id
        names: dict[str, str] = {j.id: j.name for j in event_service.list_judges(ws, event_id)}
        self.judge_name = names.get(judge_id, judge_id)

    @property
    def actor(self) -> str:
        return f"judge:{self.judge_id}"

    # ---- regions ---------------------------------------------------------------
    def regions(self) -> list[RegionRow]:
        """The judge's regions (assigned ones; all when the event assigns none)."""
        from judgeapp.services import setup as setup_svc

        ws, eid, stage = self.ws, self.event.id, self.stage.id
        subs = event_service.current_submissions(ws, eid)
        all_assign = event_service.assignments(ws, eid, stage)
        mine = {a.submission_id for a in all_assign if a.judge_id == self.judge_id}
        if all_assign:
            subs = [s for s in subs if s.id in mine]
        times = {r.submission_id: r for r in setup_svc.schedule(ws, eid, stage)}
        conflicted = {
            c.region_id for c in event_service.conflicts(ws, eid) if c.judge_id == self.judge_id
        }
        sheet_ids = {
            s.id: sheet_service.sheet_id_for(ws, SheetPlace(eid, stage, self.judge_id, s.id))
            for s in subs
        }
        figures = sheet_service.progress(ws, [sid for sid in sheet_ids.values() if sid])
        rows: list[RegionRow] = []
        for s in subs:
            sid = sheet_ids[s.id]
            scored, total_keys, total = 0, 0, None
            status = STATUS_NEW
            if sid:
                p = figures[sid]
                scored, total_keys, total = p.scored_keys, p.total_keys, p.total
                final = p.status == "final"
                status = STATUS_FINAL if final else (STATUS_PROGRESS if scored else STATUS_NEW)
            if s.region_id in conflicted:
                status = STATUS_CONFLICT
            slot = times.get(s.id)
            rows.append(
                RegionRow(
                    s.id,
                    s.region_id,
                    s.region,
                    s.region_kind,
                    s.province,
                    s.category,
                    s.title,
                    slot.starts_at if slot else "",
                    slot.room if slot else "",
                    status,
                    scored,
                    total_keys,
                    total,
                    sid,
                )
            )
        rows.sort(key=lambda r: (r.starts_at or "9999", r.region))
        return rows

    def previous_notes(self, submission_id: str) -> list[tuple[str, str, str, str]]:
        """(stage, target, field, text) this judge wrote for the submission, all stages."""
        out: list[tuple[str, str, str, str]] = []
        for st in self.event.stages:
            sid = sheet_service.sheet_id_for(
                self.ws, SheetPlace(self.event.id, st.id, self.judge_id, submission_id)
            )
            if not sid:
                continue
            data = sheet_service.load_sheet(self.ws, sid)
            for (target, field), text in sorted(data.texts.items()):
                if text.strip():
                    out.append((st.name, target, field, text))
        return out

    # ---- package contents --------------------------------------------------------
    def documents(self, submission_id: str) -> list[DocInfo]:
        return [
            DocInfo(d.doc_id, d.title or d.doc_id, d.kind, d.pages)
            for d in contents.documents(self.ws, submission_id)
        ]

    def document_path(self, submission_id: str, doc_id: str) -> Path | None:
        path = contents.document_path(self.ws, submission_id, doc_id)
        return Path(path) if path else None

    def key_figures(self, submission_id: str) -> list[Figure]:
        return contents.key_figures(self.ws, submission_id)

    def innovations(self, submission_id: str) -> list[Innovation]:
        return contents.innovations(self.ws, submission_id)


def series(figures: list[Figure]) -> dict[str, list[Figure]]:
    """Key figures with more than one year, by id, in year order (for charts)."""
    by_id: dict[str, list[Figure]] = {}
    for f in figures:
        if f.year is not None:
            by_id.setdefault(f.id, []).append(f)
    return {k: sorted(v, key=lambda f: f.year or 0) for k, v in by_id.items() if len(v) > 1}
