"""Progress board: judges × submissions of a stage, what each cell's status is
and what is still missing from whom.

Statuses (``STATUSES``):

``missing``      assigned, but no sheet is held for it (nothing received);
``not_started``  a sheet is held but nothing is scored or written yet;
``in_progress``  some scores or texts, not final;
``final``        finalised (signed);
``conflict``     the judge declared a conflict of interest for the region;
``unassigned``   not assigned and no sheet (an empty cell).

In a judge workspace the board covers that judge only and an assigned cell
with no sheet is ``not_started`` (the judge simply has not opened it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from judgeapp.domain.scoring import completeness
from judgeapp.i18n import t
from judgeapp.services.warnings import warning_text
from judgeapp.store import events as store_events
from judgeapp.store import results as store_results
from judgeapp.store import setup as store_setup
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace
from judgeapp.store.events import Judge
from judgeapp.store.forms import load_pinned

STATUSES = ("missing", "not_started", "in_progress", "final", "conflict", "unassigned")


def status_label(status: str) -> str:
    return {
        "missing": t("belum diterima", "missing"),
        "not_started": t("belum mulai", "not started"),
        "in_progress": t("sedang dinilai", "in progress"),
        "final": t("final", "final"),
        "conflict": t("konflik", "conflict"),
        "unassigned": "",
    }[status]


@dataclass(frozen=True)
class Cell:
    judge_id: str
    submission_id: str
    status: str
    assigned: bool
    source: str = ""  # local | file | paper | worksheet ('' without a sheet)
    revision: int = 0
    scored: int = 0
    total_keys: int = 0
    missing: tuple[str, ...] = ()  # human lines: what is still missing
    warnings: tuple[str, ...] = ()  # human lines: what the import noticed (blank cells …)

    @property
    def label(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True)
class Board:
    event_id: str
    stage_id: str
    judges: list[Judge]
    submissions: list[store_submissions.CurrentSubmission]
    cells: dict[tuple[str, str], Cell]
    counts: dict[str, int] = field(default_factory=dict)

    def cell(self, judge_id: str, submission_id: str) -> Cell:
        return self.cells[(judge_id, submission_id)]

    @property
    def warned(self) -> int:
        """Cells whose sheet was imported with warnings (blank or 0 cells)."""
        return sum(1 for c in self.cells.values() if c.warnings)

    def row(self, judge_id: str) -> list[Cell]:
        return [self.cells[(judge_id, s.id)] for s in self.submissions]

    def missing_by_judge(self) -> dict[str, list[str]]:
        """Judge id → one line per sheet still owed (region: what is missing),
        and per counted sheet with import warnings."""
        names = {s.id: s.region for s in self.submissions}
        out: dict[str, list[str]] = {}
        for j in self.judges:
            lines = []
            for s in self.submissions:
                c = self.cells[(j.id, s.id)]
                if c.status in ("missing", "not_started", "in_progress") or c.warnings:
                    lines.append(f"{names[s.id]}: {label_of(c)}")
            if lines:
                out[j.id] = lines
        return out


def label_of(c: Cell) -> str:
    if c.status == "missing":
        return t("lembar belum diterima", "sheet not received")
    parts = [*c.missing, *("⚠ " + w for w in c.warnings)]
    if not parts:
        return status_label(c.status)
    return f"{status_label(c.status)} — " + "; ".join(parts)


def _describe_missing(comp, total_keys: int) -> tuple[str, ...]:
    scores = [m for m in comp.missing if m.kind == "score"]
    texts = [m for m in comp.missing if m.kind == "text"]
    out: list[str] = []
    if scores:
        keys = ", ".join(m.key for m in scores[:6]) + (" …" if len(scores) > 6 else "")
        out.append(
            t(
                f"{len(scores)} dari {total_keys} nilai kosong ({keys})",
                f"{len(scores)} of {total_keys} scores empty ({keys})",
            )
        )
    if texts:
        out.append(t(f"{len(texts)} isian teks wajib kosong", f"{len(texts)} required texts empty"))
    return tuple(out)


def _unstarted_cell(
    ws: Workspace, judge_id: str, sub_id: str, assigned: bool, form_hash: str, judge_ws: bool
) -> Cell:
    """A cell with no sheet: unassigned, or a sheet not received (not started, on
    a judge's own workspace)."""
    if not assigned:
        return Cell(judge_id, sub_id, "unassigned", False)
    n = len(load_pinned(ws, form_hash).score_keys())
    return Cell(
        judge_id,
        sub_id,
        "not_started" if judge_ws else "missing",
        True,
        total_keys=n,
        missing=(t("lembar belum diterima", "sheet not received"),)
        if not judge_ws
        else (t(f"{n} nilai kosong", f"{n} scores empty"),),
    )


def _sheet_cell(
    ws: Workspace,
    sheet: store_results.SheetHead,
    assigned: bool,
    scored_keys: set[str],
    texts: dict[tuple[str, str], str],
    warned: tuple[dict, ...],
) -> Cell:
    """A cell with a sheet: its status, how much is scored and what is missing."""
    form = load_pinned(ws, sheet.form_hash)
    comp = completeness(form, dict.fromkeys(scored_keys, ""), texts)
    n = len(form.score_keys())
    scored = sum(1 for k in form.score_keys() if k in scored_keys)
    if sheet.status == "final":
        status = "final"
    elif not scored_keys and not texts:
        status = "not_started"
    else:
        status = "in_progress"
    return Cell(
        sheet.judge_id,
        sheet.submission_id,
        status,
        assigned,
        sheet.source,
        sheet.revision,
        scored,
        n,
        () if status == "final" else _describe_missing(comp, n),
        (warning_text(warned),) if warned else (),
    )


def progress_board(ws: Workspace, event_id: str, stage_id: str | None = None) -> Board:
    """The board for one stage (default: the event's default stage)."""
    event = store_events.get_event(ws, event_id)
    stage = event.stage(stage_id)
    judge_ws = ws.get_setting("role") == "judge"
    judges = store_events.list_judges(ws, event_id)
    if judge_ws:
        me = ws.get_setting("judge_id")
        judges = [j for j in judges if j.id == me]
    subs = store_submissions.current_submissions(ws, event_id)
    assigned = store_setup.assigned_cells(ws, event_id, stage.id)
    conflicts = store_setup.conflict_pairs(ws, event_id)
    by_cell = {
        (h.judge_id, h.submission_id): h
        for h in store_results.stage_sheet_heads(ws, event_id, stage.id)
    }
    scores = store_results.stage_score_keys(ws, event_id, stage.id)
    texts = store_results.stage_texts(ws, event_id, stage.id)
    warnings = store_results.stage_warnings(ws, event_id, stage.id)
    cells: dict[tuple[str, str], Cell] = {}
    counts = dict.fromkeys(STATUSES, 0)
    for j in judges:
        for s in subs:
            key = (j.id, s.id)
            is_assigned = key in assigned
            sheet = by_cell.get(key)
            if (j.id, s.region_id) in conflicts:
                cell = Cell(j.id, s.id, "conflict", is_assigned)
            elif sheet is None:
                cell = _unstarted_cell(ws, j.id, s.id, is_assigned, stage.form_hash, judge_ws)
            else:
                cell = _sheet_cell(
                    ws,
                    sheet,
                    is_assigned,
                    scores.get(sheet.id, set()),
                    texts.get(sheet.id, {}),
                    warnings.get(sheet.id, ()),
                )
            cells[key] = cell
            counts[cell.status] += 1
    return Board(event_id, stage.id, judges, subs, cells, counts)
