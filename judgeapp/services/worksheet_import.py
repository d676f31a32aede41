"""Import one judge's official PPD Tahap II worksheet (Bappenas Excel layout).

The worksheet is read by ``services.worksheet.read_worksheet``; the stage is
the event's stage whose pinned form matches the sheet (indicators, weights,
item texts — ``match_form``), or the one named. Each region column is matched
by name to the event's current submissions (case and whitespace ignored, a
leading "Provinsi" too); with ``create_missing`` an unmatched region becomes a
new submission (kind from the name: "Kabupaten …", "Kota …", else provinsi).
Scores and the Keunggulan / Rekomendasi texts become the judge's sheet with
``source='worksheet'``.

The total the app computes from the imported scores (exactly) must agree with
the result the spreadsheet application stored in the file, when it stored one:
that value is a binary double, read as ``Decimal(repr(float))``, so it is
compared within ``CACHED_TOLERANCE`` (far below what one item changed by 0.01
moves a total, 1.5 × 10⁻⁵ on the PPD form), never after rounding — a total
that is exactly 7.54705 may be stored as 7.547049999999999 or
7.5470500000000005, and both are the same total. Otherwise the file is refused,
naming the total's cell. The cached value is only a check: it never becomes a
score.

A blank or 0 score cell (the worksheet's ``AVERAGEIF(range, ">0")`` leaves it
out) does not stop the sheet from counting: the sheet is final as soon as every
indicator has a scored item — the worksheet then computes a total, and so does
the app, the same way — and it carries a warning listing those cells
(``sheets.warnings``), shown on the import result, the progress board, the
ranking and the disagreement list, where the secretariat may moderate the
indicator or the total with a reason. An indicator with no scored item at all
leaves the worksheet without a total (``#DIV/0!``): such a sheet stays open
and does not count. The official layout merges texts over an aspect, so
per-indicator texts cannot all be present and are not required.
Everything is checked first; then one transaction (after a backup).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from judgeapp.domain.ids import SheetPlace
from judgeapp.domain.rubric import Form
from judgeapp.domain.scoring import SheetResult, exact, fmt, score_sheet, separating_decimals
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services import worksheet as official
from judgeapp.services.warnings import warning_text
from judgeapp.store import events as store_events
from judgeapp.store import results as store_results
from judgeapp.store import scorefiles as store_files
from judgeapp.store import setup as store_setup
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace, now
from judgeapp.store.forms import load_pinned

# How far a spreadsheet's stored (binary double) total may lie from the exact one.
CACHED_TOLERANCE = Decimal("1e-9")


class WorksheetImportRefused(Refused):
    """The worksheet cannot be imported (message names file, place, reason)."""


@dataclass(frozen=True)
class RegionImport:
    name: str
    slot: int
    submission_id: str
    created: bool
    total: Decimal | None  # rounded as the form says
    cached_total: Decimal | None  # what the spreadsheet stored, as read
    status: str
    changed: int
    warnings: tuple[dict, ...] = ()  # blank or 0 score cells (see the module text)
    exact_total: Fraction | None = None

    @property
    def cached_agrees(self) -> bool:
        """The stored total is this total (within ``CACHED_TOLERANCE``)."""
        if self.cached_total is None or self.exact_total is None:
            return False
        return abs(exact(self.cached_total) - self.exact_total) <= exact(CACHED_TOLERANCE)

    @property
    def warning(self) -> str:
        """The warnings as one line for the user ('' when none)."""
        return warning_text(self.warnings) if self.warnings else ""


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
    current: dict[str, list[store_submissions.CurrentSubmission]] = {}
    for s in store_submissions.current_submissions(ws, event_id):
        current.setdefault(match_key(s.region), []).append(s)
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
        if sub is not None and sub.region_id in conflicts:
            raise WorksheetImportRefused(
                f"{name}: {cell}: "
                + t(
                    f"juri {judge_id} berkonflik kepentingan dengan {sub.region}",
                    f"judge {judge_id} has a conflict of interest with {sub.region}",
                )
            )
        scores = official.form_scores(sheet, form, reg)
        texts = official.form_texts(sheet, form, reg)
        result = score_sheet(form, scores)
        cached_total = _check_cached(name, sheet, reg, result)
        if sub is not None:
            held = store_files.held_sheet(ws, event_id, stage, judge_id, sub.id)
            if held is not None and held.source != "worksheet":
                raise WorksheetImportRefused(
                    f"{name}: {cell}: "
                    + t(
                        f"lembar {judge_id}/{reg.name} sudah ada dari sumber lain ({held.source})",
                        f"sheet {judge_id}/{reg.name} already held from another source ({held.source})",
                    )
                )
        warnings = _blank_cells(sheet, form, reg) if scores else ()
        status = "final" if _has_total(result) else "open"
        plans.append((reg, sub, scores, texts, result, cached_total, status, warnings))
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
        for reg, sub, scores, texts, result, cached_total, status, warnings in plans:
            total, exact_total = result.total, result.exact_total
            created = sub is None
            if created:
                region = store_setup.NewRegionSubmission(
                    official.normalise_text(reg.name), guess_kind(reg.name)
                )
                sid = store_setup.add_submission(ws, event_id, region, actor=actor)
            else:
                assert sub is not None
                sid = sub.id
            held = store_files.held_sheet(ws, event_id, stage, judge_id, sid)
            if held is not None:
                old_scores, old_texts = store_files.sheet_content(ws, held.id)
                if old_scores == scores and old_texts == texts and held.status == status:
                    store_results.set_warnings(ws, held.id, list(warnings))
                    out.append(
                        RegionImport(
                            reg.name,
                            reg.slot,
                            sid,
                            False,
                            total,
                            cached_total,
                            status,
                            0,
                            warnings,
                            exact_total,
                        )
                    )
                    continue
            sheet_id, changed = store_files.replace_sheet(
                ws,
                SheetPlace(event_id, stage, judge_id, sid),
                form_hash=form.hash,
                source="worksheet",
                revision=(held.revision + 1) if held else 1,
                status=status,
                scores=scores,
                texts=texts,
                signed_by=judge_id,
                finalised_at=now() if status == "final" else None,
                actor=actor,
                reason=reason,
            )
            store_results.set_warnings(ws, sheet_id, list(warnings))
            store_setup.set_cells(ws, event_id, stage, [(judge_id, sid)], True, actor)
            out.append(
                RegionImport(
                    reg.name,
                    reg.slot,
                    sid,
                    created,
                    total,
                    cached_total,
                    status,
                    changed,
                    warnings,
                    exact_total,
                )
            )
    return WorksheetImport(path, event_id, stage, judge_id, tuple(out))


def _has_total(result: SheetResult) -> bool:
    """Every indicator has a scored item: the worksheet's formulas give a total."""
    return all(n is not None for n in result.numerators)


def _check_cached(
    name: str, sheet: official.Worksheet, reg: official.SheetRegion, result: SheetResult
) -> Decimal | None:
    """The total the spreadsheet stored (None when it stored none); refused when
    it is not the total of these scores."""
    cached = sheet.cached.get(reg.slot)
    if cached is None or cached.total is None:
        return None
    stored = Decimal(cached.total)
    computed = result.exact_total
    if computed is not None and abs(exact(stored) - computed) <= exact(CACHED_TOLERANCE):
        return stored
    places = result.plan.decimals
    if computed is not None:
        places = min(separating_decimals(stored, computed, places) + 1, 12)
    shown = "–" if computed is None else fmt(computed, places)
    raise WorksheetImportRefused(
        f"{name}: {official.SHEET}!{cached.total_cell or '?'}: "
        + t(
            f"total {reg.name} dihitung {shown}, lembar kerja {fmt(stored, places)}",
            f"total of {reg.name} computes to {shown}, worksheet says {fmt(stored, places)}",
        )
    )


def _blank_cells(
    sheet: official.Worksheet, form: Form, reg: official.SheetRegion
) -> tuple[dict, ...]:
    """The region's score cells left blank or holding 0, in sheet order."""
    mapping = official.match_form(sheet, form)
    out = []
    for item in sheet.items:
        if item.key in reg.scores:
            continue
        out.append(
            {
                "kind": "zero" if item.key in reg.zeros else "blank",
                "cell": f"{reg.column}{item.row}",
                "key": mapping[item.key],
            }
        )
    return tuple(out)
