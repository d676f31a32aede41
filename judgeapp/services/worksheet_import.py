"""Import one judge's official PPD Tahap II worksheet (Bappenas Excel layout).

The worksheet is read by ``services.worksheet.read_worksheet``; the stage is
the event's stage whose pinned form matches the sheet (indicators, weights,
item texts — ``match_form``), or the one named. Each region column is matched
by name to the event's current submissions (case and whitespace ignored, a
leading "Provinsi" too); with ``create_missing`` an unmatched region becomes a
new submission (kind from the name: "Kabupaten …", "Kota …", else provinsi).
Scores and the Keunggulan / Rekomendasi texts become the judge's sheet with
``source='worksheet'``. The total computed from the imported scores must equal
the worksheet's own cached formula result (rounded to the form's total
decimals) — otherwise the file is refused, naming the total's cell.

A worksheet sheet is final once every item is scored: the official layout
merges texts over an aspect, so per-indicator texts cannot all be present.
Everything is checked first; then one transaction (after a backup).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from judgeapp.domain.rubric import Form
from judgeapp.domain.scoring import quantize, score_sheet
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services import worksheet as official
from judgeapp.store import events as store_events
from judgeapp.store import scorefiles as store_files
from judgeapp.store import setup as store_setup
from judgeapp.store.db import Workspace, now
from judgeapp.store.forms import load_pinned


class WorksheetImportRefused(Refused):
    """The worksheet cannot be imported (message names file, place, reason)."""


@dataclass(frozen=True)
class RegionImport:
    name: str
    slot: int
    submission_id: str
    created: bool
    total: Decimal | None
    cached_total: Decimal | None
    status: str
    changed: int


@dataclass(frozen=True)
class WorksheetImport:
    path: Path
    event_id: str
    stage_id: str
    judge_id: str
    regions: tuple[RegionImport, ...]


def match_key(name: str) -> str:
    key = official.normalise_text(name).casefold()
    return key.removeprefix("provinsi ").strip()


def guess_kind(name: str) -> str:
    low = official.normalise_text(name).casefold()
    if low.startswith(("kabupaten ", "kab. ", "kab ")):
        return "kabupaten"
    if low.startswith("kota "):
        return "kota"
    return "provinsi"


def _pick_stage(
    ws: Workspace, event: store_events.Event, sheet: official.Worksheet, stage_id: str | None
) -> tuple[str, Form]:
    stages = [event.stage(stage_id)] if stage_id else list(event.stages)
    last: official.WorksheetError | None = None
    for st in stages:
        form = load_pinned(ws, st.form_hash)
        try:
            official.match_form(sheet, form)
        except official.WorksheetError as exc:
            last = exc
            continue
        return st.id, form
    assert last is not None
    raise WorksheetImportRefused(str(last))


def import_worksheet(
    ws: Workspace,
    event_id: str,
    path: Path | str,
    judge_id: str,
    *,
    stage_id: str | None = None,
    create_missing: bool = False,
    actor: str = "secretariat",
) -> WorksheetImport:
    path = Path(path)
    name = path.name
    try:
        event = store_events.get_event(ws, event_id)
    except KeyError:
        raise WorksheetImportRefused(
            f"{name}: " + t(f"tidak ada acara {event_id!r}", f"no event {event_id!r}")
        ) from None
    if stage_id is not None and stage_id not in {s.id for s in event.stages}:
        raise WorksheetImportRefused(
            f"{name}: " + t(f"tidak ada tahap {stage_id!r}", f"no stage {stage_id!r}")
        )
    if store_setup.judge_row(ws, event_id, judge_id) is None:
        raise WorksheetImportRefused(
            f"{name}: "
            + t(
                f"juri {judge_id!r} tidak ada di acara ini", f"judge {judge_id!r} not in this event"
            )
        )
    try:
        sheet = official.read_worksheet(path)
    except official.WorksheetError as exc:
        raise WorksheetImportRefused(str(exc)) from None
    stage, form = _pick_stage(ws, event, sheet, stage_id)
    if not sheet.regions:
        raise WorksheetImportRefused(
            f"{name}: {official.SHEET}!D5: " + t("tidak ada daerah", "no regions")
        )
    current: dict[str, list[dict]] = {}
    for s in store_events.current_submissions(ws, event_id):
        current.setdefault(match_key(s["region"]), []).append(s)
    conflicts = store_setup.conflicted_regions(ws, event_id, judge_id)
    plans = []
    missing = []
    for reg in sheet.regions:
        cell = f"{official.SHEET}!D{official.NAME_ROW + reg.slot - 1}"
        found = current.get(match_key(reg.name), [])
        if len(found) > 1:
            raise WorksheetImportRefused(
                f"{name}: {cell}: "
                + t(
                    f"nama {reg.name!r} cocok dengan beberapa peserta",
                    f"name {reg.name!r} matches several submissions",
                )
            )
        sub = found[0] if found else None
        if sub is None and not create_missing:
            missing.append(f"{cell} {reg.name!r}")
            continue
        if sub is not None and sub["region_id"] in conflicts:
            raise WorksheetImportRefused(
                f"{name}: {cell}: "
                + t(
                    f"juri {judge_id} berkonflik kepentingan dengan {sub['region']}",
                    f"judge {judge_id} has a conflict of interest with {sub['region']}",
                )
            )
        scores = official.form_scores(sheet, form, reg)
        texts = official.form_texts(sheet, form, reg)
        result = score_sheet(form, scores)
        cached = sheet.cached.get(reg.slot)
        cached_total = None
        if cached is not None and cached.total is not None:
            cached_total = quantize(Decimal(cached.total), form.total_decimals)
            if result.total != cached_total:
                raise WorksheetImportRefused(
                    f"{name}: {official.SHEET}!{cached.total_cell or '?'}: "
                    + t(
                        f"total {reg.name} dihitung {result.total}, lembar kerja {cached_total}",
                        f"total of {reg.name} computes to {result.total}, worksheet says {cached_total}",
                    )
                )
        if sub is not None:
            held = store_files.held_sheet(ws, event_id, stage, judge_id, sub["id"])
            if held is not None and held["source"] != "worksheet":
                raise WorksheetImportRefused(
                    f"{name}: {cell}: "
                    + t(
                        f"lembar {judge_id}/{reg.name} sudah ada dari sumber lain ({held['source']})",
                        f"sheet {judge_id}/{reg.name} already held from another source ({held['source']})",
                    )
                )
        status = "final" if result.complete_scores else "open"
        plans.append((reg, sub, scores, texts, result.total, cached_total, status))
    if missing:
        raise WorksheetImportRefused(
            f"{name}: "
            + t(
                "daerah tidak ditemukan di acara (izinkan penambahan daerah baru — --create-missing — untuk menambahkannya): ",
                "regions not found in the event (allow adding missing regions — --create-missing — to add them): ",
            )
            + ", ".join(missing)
        )
    ws.backup("before-worksheet-import")
    out = []
    reason = t(f"lembar kerja resmi: {name}", f"official worksheet: {name}")
    with ws.transaction():
        for reg, sub, scores, texts, total, cached_total, status in plans:
            created = sub is None
            if created:
                sid = store_setup.add_submission(
                    ws,
                    event_id,
                    official.normalise_text(reg.name),
                    guess_kind(reg.name),
                    actor=actor,
                )
            else:
                assert sub is not None
                sid = sub["id"]
            held = store_files.held_sheet(ws, event_id, stage, judge_id, sid)
            if held is not None:
                old_scores, old_texts = store_files.sheet_content(ws, held["id"])
                if old_scores == scores and old_texts == texts and held["status"] == status:
                    out.append(
                        RegionImport(reg.name, reg.slot, sid, False, total, cached_total, status, 0)
                    )
                    continue
            _sheet, changed = store_files.replace_sheet(
                ws,
                event_id=event_id,
                stage_id=stage,
                judge_id=judge_id,
                submission_id=sid,
                form_hash=form.hash,
                source="worksheet",
                revision=(held["revision"] + 1) if held else 1,
                status=status,
                scores=scores,
                texts=texts,
                signed_by=judge_id,
                finalised_at=now() if status == "final" else None,
                actor=actor,
                reason=reason,
            )
            store_setup.set_cells(ws, event_id, stage, [(judge_id, sid)], True, actor)
            out.append(
                RegionImport(reg.name, reg.slot, sid, created, total, cached_total, status, changed)
            )
    return WorksheetImport(path, event_id, stage, judge_id, tuple(out))
