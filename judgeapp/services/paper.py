"""Paper fallback: a re-keying template (CSV or XLSX) and its import, with
optional double entry.

The template has one row per score key and per text field of every sheet to
re-key (judge × assigned, non-conflicted submission), with the ids needed to
put each value back where it belongs::

    event, stage, judge, submission, region, target, field, label, value

``field`` is ``score`` for a score (``target`` is the item or indicator id)
or a text field id (``keunggulan``…) whose ``target`` is the aspect,
indicator or item. Operators fill ``value`` only. On import every row is
checked (scores through ``parse_score``: never clamped); all problems are
listed with file, row and column, and nothing is written while any remains.
With double entry, two operators' files for the same sheets are compared and
every mismatch is listed; nothing is accepted until they agree. An accepted
paper sheet is kept with ``source='paper'`` and becomes final when complete.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from judgeapp.domain import bounds
from judgeapp.domain.ids import SheetPlace
from judgeapp.domain.rubric import Form
from judgeapp.domain.safeparse import InputRefused
from judgeapp.domain.scoring import ScoreError, completeness, parse_score
from judgeapp.errors import Refused
from judgeapp.i18n import t
from judgeapp.services import xlsx_read
from judgeapp.services.reading import read_regular_file
from judgeapp.store import events as store_events
from judgeapp.store import scorefiles as store_files
from judgeapp.store import setup as store_setup
from judgeapp.store import submissions as store_submissions
from judgeapp.store.db import Workspace, now
from judgeapp.store.forms import load_pinned

COLUMNS = ("event", "stage", "judge", "submission", "region", "target", "field", "label", "value")
REQUIRED = ("event", "stage", "judge", "submission", "target", "field", "value")
SCORE = "score"

SheetKey = tuple[str, str, str, str]  # event, stage, judge, submission


@dataclass(frozen=True)
class PaperProblem:
    file: str
    row: int
    column: str
    reason: str
    where: str = ""  # a place that is not a row (a sheet, a zip part)

    @property
    def place(self) -> str:
        if self.where:
            return self.where
        where = t(f"baris {self.row}", f"row {self.row}")
        col = t(f"kolom {self.column}", f"column {self.column}") if self.column else ""
        return f"{where}{', ' + col if col else ''}"

    def __str__(self) -> str:
        return f"{self.file}: {self.place}: {self.reason}"


class PaperRefused(Refused):
    def __init__(self, problems: list[PaperProblem]):
        self.problems = problems
        first = problems[0] if problems else PaperProblem("", 0, "", "")
        super().__init__(first.reason, file=first.file or None, place=first.place or None)

    def message(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass(frozen=True)
class Mismatch:
    sheet: SheetKey
    region: str
    target: str
    field: str
    first: str
    second: str

    def __str__(self) -> str:
        return (
            f"{self.sheet[2]} / {self.region} / {self.target}"
            f"{'' if self.field == SCORE else ' ' + self.field}: "
            f"{self.first or '—'} ≠ {self.second or '—'}"
        )


class PaperMismatch(Refused):
    def __init__(self, files: tuple[str, str], mismatches: list[Mismatch]):
        self.files = files
        self.mismatches = mismatches
        head = t(
            f"entri ganda tidak cocok ({files[0]} vs {files[1]}): {len(mismatches)} perbedaan",
            f"double entry does not agree ({files[0]} vs {files[1]}): {len(mismatches)} mismatches",
        )
        super().__init__("\n".join([head, *(str(m) for m in mismatches)]))


@dataclass
class PaperSheet:
    scores: dict[str, Decimal] = field(default_factory=dict)
    texts: dict[tuple[str, str], str] = field(default_factory=dict)
    region: str = ""


@dataclass(frozen=True)
class PaperResult:
    sheets: int
    changed: int
    final: int
    unchanged: int


# ---- template ------------------------------------------------------------------------------
def _text_fields(form: Form) -> list[tuple[str, str, str]]:
    """(target, field id, label) of every text field, in form order."""
    out: list[tuple[str, str, str]] = []
    for aspect in form.aspects:
        for ind in aspect.indicators:
            for item in ind.items:
                out += [(item.id, f.id, f"{item.text} — {f.label}") for f in item.fields]
            out += [(ind.id, f.id, f"{ind.title} — {f.label}") for f in ind.fields]
        out += [(aspect.id, f.id, f"{aspect.title} — {f.label}") for f in aspect.fields]
    return out


def _labels(form: Form) -> dict[str, str]:
    out = {}
    for key in form.score_keys():
        _a, ind, item = form.target(key)
        scale = form.scale_of(ind, item)
        assert scale is not None
        rng = (
            f"{scale.low}–{scale.high}"
            if scale.kind == "range"
            else "/".join(str(lv.value) for lv in scale.levels)
        )
        out[key] = f"{item.text if item else ind.title} [{rng}]"
    return out


def template_rows(
    ws: Workspace,
    event_id: str,
    *,
    judge_id: str | None = None,
    stage_id: str | None = None,
    submissions: list[str] | None = None,
) -> list[dict]:
    """Rows of the re-keying template (also the data of a blank paper sheet)."""
    event = store_events.get_event(ws, event_id)
    stages = [event.stage(stage_id)] if stage_id else list(event.stages)
    judges = [judge_id] if judge_id else [j.id for j in store_events.list_judges(ws, event_id)]
    current: dict[str, store_submissions.CurrentSubmission] = {
        s.id: s for s in store_submissions.current_submissions(ws, event_id)
    }
    rows: list[dict] = []
    for stage in stages:
        form = load_pinned(ws, stage.form_hash)
        labels = _labels(form)
        texts = _text_fields(form)
        for jid in judges:
            conflicted = store_setup.conflicted_regions(ws, event_id, jid)
            if submissions is not None:
                subs = [current[s] for s in submissions if s in current]
            else:
                assigned = {
                    a.submission_id for a in store_events.assignments(ws, event_id, stage.id, jid)
                }
                subs = [s for sid, s in current.items() if sid in assigned]
            for sub in subs:
                if sub.region_id in conflicted:
                    continue
                base = {
                    "event": event_id,
                    "stage": stage.id,
                    "judge": jid,
                    "submission": sub.id,
                    "region": sub.region,
                }
                for key in form.score_keys():
                    rows.append(
                        {**base, "target": key, "field": SCORE, "label": labels[key], "value": ""}
                    )
                for target, fid, label in texts:
                    rows.append(
                        {**base, "target": target, "field": fid, "label": label, "value": ""}
                    )
    return rows


def export_template(
    ws: Workspace,
    event_id: str,
    out: Path | str,
    *,
    judge_id: str | None = None,
    stage_id: str | None = None,
) -> Path:
    """Write the template as ``.csv`` (UTF-8, comma) or ``.xlsx`` (by suffix)."""
    rows = template_rows(ws, event_id, judge_id=judge_id, stage_id=stage_id)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        sh = wb.active
        sh.title = "Nilai"
        sh.append(list(COLUMNS))
        for c in sh[1]:
            c.font = Font(bold=True)
        for r in rows:
            sh.append([r[c] for c in COLUMNS])
        sh.freeze_panes = "A2"
        for letter, width in zip("ABCDEFGHI", (14, 10, 12, 28, 26, 14, 12, 60, 14), strict=True):
            sh.column_dimensions[letter].width = width
        wb.save(out)
    else:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(COLUMNS), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        out.write_text(buf.getvalue(), encoding="utf-8")
    return out


# ---- reading --------------------------------------------------------------------------------
def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if value != int(value) else str(int(value))
    return str(value).strip()


def _refused(name: str, row: int, column: str, reason: str, where: str = "") -> PaperRefused:
    return PaperRefused([PaperProblem(name, row, column, reason, where)])


def _xlsx_rows(path: Path) -> list[tuple[int, list[str]]]:
    name = path.name
    try:
        sheet = xlsx_read.read_sheet(
            path,
            max_rows=bounds.MAX_PAPER_ROWS + 1,
            max_cols=bounds.MAX_PAPER_COLUMNS,
            label=name,
        )
    except xlsx_read.SheetRefused as exc:
        raise _refused(name, 0, "", exc.reason, exc.place or "<file>") from None
    if sheet.outside is not None:
        row, col = sheet.outside
        raise _refused(
            name,
            row,
            xlsx_read.column_letter(col),
            t(
                f"sel berisi di luar area templat (paling banyak {bounds.MAX_PAPER_ROWS}"
                f" baris dan {bounds.MAX_PAPER_COLUMNS} kolom); {sheet.outside_count} sel",
                f"cells hold something outside the template's area (at most"
                f" {bounds.MAX_PAPER_ROWS} rows and {bounds.MAX_PAPER_COLUMNS} columns);"
                f" {sheet.outside_count} cells",
            ),
        )
    by_row: dict[int, dict[int, str]] = {}
    for (row, col), cell in sheet.cells.items():
        letter = xlsx_read.column_letter(col)
        if cell.formula is not None and cell.value is None:
            raise _refused(
                name,
                row,
                letter,
                t(
                    "rumus tanpa nilai tersimpan (simpan ulang di aplikasi lembar kerja,"
                    " atau ketik nilainya)",
                    "formula without a stored value (save it again in a spreadsheet"
                    " application, or type the value)",
                ),
            )
        if cell.kind == "e":
            raise _refused(
                name, row, letter, t(f"sel berisi galat {cell.value}", f"error value {cell.value}")
            )
        by_row.setdefault(row, {})[col] = _cell_text(cell.value)
    out = []
    for row in sorted(by_row):
        cols = by_row[row]
        out.append((row, [cols.get(c, "") for c in range(1, max(cols) + 1)]))
    return out


def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    name = path.name
    try:
        data = read_regular_file(path, bounds.MAX_CSV_BYTES)
    except InputRefused as exc:
        raise _refused(name, 0, "", exc.reason, exc.place or "<file>") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refused(
            name, 1, "", t("bukan UTF-8", "not UTF-8") + f" (bita {exc.start})"
        ) from None
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    out: list[tuple[int, list[str]]] = []
    try:
        for r in reader:
            row = len(out) + 1  # record number (a quoted field may span lines)
            if len(out) > bounds.MAX_PAPER_ROWS:
                raise _refused(
                    name,
                    row,
                    "",
                    t(
                        f"terlalu banyak baris (paling banyak {bounds.MAX_PAPER_ROWS})",
                        f"too many rows (at most {bounds.MAX_PAPER_ROWS})",
                    ),
                )
            for c in r:
                if len(c) > bounds.MAX_CSV_FIELD_CHARS:
                    raise _refused(name, row, "", _field_too_long(len(c)))
            out.append((row, [c.strip() for c in r]))
    except csv.Error as exc:
        raise _refused(
            name,
            len(out) + 1,
            "",
            _field_too_long(None)
            if "field larger" in str(exc)
            else t(f"CSV tidak sah ({exc})", f"invalid CSV ({exc})"),
        ) from None
    return out


def _field_too_long(length: int | None) -> str:
    if length is None:
        return t(
            f"isian terlalu panjang (paling banyak {bounds.MAX_CSV_FIELD_CHARS} karakter)",
            f"field too long (at most {bounds.MAX_CSV_FIELD_CHARS} characters)",
        )
    return t(
        f"isian terlalu panjang: {length} karakter (paling banyak {bounds.MAX_CSV_FIELD_CHARS})",
        f"field too long: {length} characters (at most {bounds.MAX_CSV_FIELD_CHARS})",
    )


def read_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and (row number, values) of a CSV or XLSX file (bounded, sparse)."""
    name = path.name
    raw = _xlsx_rows(path) if path.suffix.lower() == ".xlsx" else _csv_rows(path)
    if not raw:
        raise PaperRefused([PaperProblem(name, 1, "", t("berkas kosong", "empty file"))])
    header = [h.strip().lower() for h in raw[0][1]]
    rows = []
    for n, r in raw[1:]:
        if not any(r):
            continue
        rows.append((n, {h: (r[i] if i < len(r) else "") for i, h in enumerate(header) if h}))
    return header, rows


def parse_file(ws: Workspace, event_id: str, path: Path | str) -> dict[SheetKey, PaperSheet]:
    """Every value of a re-keyed file, fully checked (``PaperRefused`` lists all problems)."""
    path = Path(path)
    name = path.name
    header, rows = read_rows(path)
    problems: list[PaperProblem] = []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise PaperRefused(
            [
                PaperProblem(name, 1, c, t("kolom wajib tidak ada", "required column missing"))
                for c in missing
            ]
        )
    event = store_events.get_event(ws, event_id)
    stages: dict[str, store_events.Stage] = {st.id: st for st in event.stages}
    judges = {j.id for j in store_events.list_judges(ws, event_id)}
    conflicts = {(c.judge_id, c.region_id) for c in store_events.conflicts(ws, event_id)}
    subs: dict[str, store_submissions.Submission | None] = {}
    out: dict[SheetKey, PaperSheet] = {}
    seen: dict[tuple, int] = {}
    for n, r in rows:

        def bad(column: str, reason: str) -> None:
            problems.append(PaperProblem(name, n, column, reason))  # noqa: B023

        if r["event"] != event_id:
            bad(
                "event",
                t(
                    f"acara {r['event']!r}, bukan {event_id}",
                    f"event {r['event']!r}, not {event_id}",
                ),
            )
            continue
        stage = stages.get(r["stage"])
        if stage is None:
            bad(
                "stage", t(f"tahap tidak dikenal: {r['stage']!r}", f"unknown stage: {r['stage']!r}")
            )
            continue
        if r["judge"] not in judges:
            bad("judge", t(f"juri tidak dikenal: {r['judge']!r}", f"unknown judge: {r['judge']!r}"))
            continue
        sid = r["submission"]
        if sid not in subs:
            try:
                found = store_submissions.get_submission(ws, sid)
                subs[sid] = found if found.event_id == event_id else None
            except KeyError:
                subs[sid] = None
        sub = subs[sid]
        if sub is None:
            bad(
                "submission",
                t(f"berkas peserta tidak dikenal: {sid!r}", f"unknown submission: {sid!r}"),
            )
            continue
        if (r["judge"], sub.region_id) in conflicts:
            bad(
                "judge",
                t(
                    f"juri {r['judge']} berkonflik kepentingan dengan {sub.region}",
                    f"judge {r['judge']} has a conflict of interest with {sub.region}",
                ),
            )
            continue
        form = load_pinned(ws, stage.form_hash)
        key: SheetKey = (event_id, stage.id, r["judge"], sid)
        target, fld, value = r["target"], r["field"] or SCORE, r["value"]
        dup = (key, target, fld)
        if dup in seen:
            bad("target", t(f"ganda dengan baris {seen[dup]}", f"duplicate of row {seen[dup]}"))
            continue
        seen[dup] = n
        sheet = out.setdefault(key, PaperSheet(region=sub.region))
        if fld == SCORE:
            try:
                _a, ind, item = form.target(target)
            except KeyError:
                bad(
                    "target",
                    t(
                        f"butir tidak ada di formulir: {target!r}",
                        f"no such item in the form: {target!r}",
                    ),
                )
                continue
            if value == "":
                continue
            scale = form.scale_of(ind, item)
            assert scale is not None
            try:
                sheet.scores[target] = parse_score(scale, value)
            except ScoreError as exc:
                bad("value", str(exc))
        else:
            if (target, fld) not in {(tg, f) for tg, f, _ in _text_fields(form)}:
                bad(
                    "field",
                    t(
                        f"isian teks tidak ada: {target}/{fld}",
                        f"no such text field: {target}/{fld}",
                    ),
                )
                continue
            if value:
                sheet.texts[(target, fld)] = value
    for key in out:
        held = store_files.held_sheet(ws, *key)
        if held is not None and held.source not in ("paper",):
            problems.append(
                PaperProblem(
                    name,
                    0,
                    "",
                    t(
                        f"lembar {key[2]}/{key[3]} sudah ada dari sumber lain ({held.source})",
                        f"sheet {key[2]}/{key[3]} already held from another source ({held.source})",
                    ),
                )
            )
    if problems:
        raise PaperRefused(problems)
    return out


def compare(
    first: dict[SheetKey, PaperSheet], second: dict[SheetKey, PaperSheet]
) -> list[Mismatch]:
    """Every place where two operators' entries differ (missing counts as a difference)."""
    out: list[Mismatch] = []
    for key in sorted(set(first) | set(second)):
        a = first.get(key, PaperSheet())
        b = second.get(key, PaperSheet())
        region = a.region or b.region
        for k in sorted(set(a.scores) | set(b.scores)):
            va, vb = a.scores.get(k), b.scores.get(k)
            if va != vb:
                out.append(
                    Mismatch(
                        key,
                        region,
                        k,
                        SCORE,
                        "" if va is None else str(va),
                        "" if vb is None else str(vb),
                    )
                )
        for tk in sorted(set(a.texts) | set(b.texts)):
            ta, tb = a.texts.get(tk, ""), b.texts.get(tk, "")
            if " ".join(ta.split()) != " ".join(tb.split()):
                out.append(Mismatch(key, region, tk[0], tk[1], ta, tb))
    return out


# ---- import ---------------------------------------------------------------------------------
def import_paper(
    ws: Workspace,
    event_id: str,
    paths: Sequence[Path | str],
    *,
    double_entry: bool = False,
    actor: str = "secretariat",
) -> PaperResult:
    """Import re-keyed files (with ``double_entry``: exactly two files of the
    same sheets, keyed by two operators)."""
    files = [Path(p) for p in paths]
    if double_entry:
        if len(files) != 2:
            raise PaperRefused(
                [
                    PaperProblem(
                        ", ".join(p.name for p in files) or "-",
                        0,
                        "",
                        t(
                            "entri ganda butuh tepat dua berkas",
                            "double entry needs exactly two files",
                        ),
                    )
                ]
            )
        first = parse_file(ws, event_id, files[0])
        second = parse_file(ws, event_id, files[1])
        mismatches = compare(first, second)
        if mismatches:
            raise PaperMismatch((files[0].name, files[1].name), mismatches)
        sheets = first
    else:
        sheets = {}
        for p in files:
            for key, sheet in parse_file(ws, event_id, p).items():
                if key in sheets:
                    raise PaperRefused(
                        [
                            PaperProblem(
                                p.name,
                                0,
                                "",
                                t(
                                    f"lembar {key[2]}/{key[3]} ada di dua berkas",
                                    f"sheet {key[2]}/{key[3]} is in two files",
                                ),
                            )
                        ]
                    )
                sheets[key] = sheet
    names = ", ".join(p.name for p in files)
    plans = []
    for key, sheet in sheets.items():
        event = store_events.get_event(ws, key[0])
        form_hash = event.stage(key[1]).form_hash
        form = load_pinned(ws, form_hash)
        status = "final" if completeness(form, sheet.scores, sheet.texts).complete else "open"
        held = store_files.held_sheet(ws, *key)
        if held is not None:
            scores, texts = store_files.sheet_content(ws, held.id)
            if scores == sheet.scores and texts == sheet.texts and held.status == status:
                continue
        plans.append((key, sheet, form_hash, status, (held.revision + 1) if held else 1))
    if plans:
        ws.backup("before-paper-import")
    final = 0
    changed = 0
    with ws.transaction():
        for key, sheet, form_hash, status, revision in plans:
            _sid, n = store_files.replace_sheet(
                ws,
                SheetPlace(*key),
                form_hash=form_hash,
                source="paper",
                revision=revision,
                status=status,
                scores=sheet.scores,
                texts=sheet.texts,
                finalised_at=now() if status == "final" else None,
                signed_by=key[2] if status == "final" else "",
                actor=actor,
                reason=t(f"kertas: {names}", f"paper: {names}")
                + (t(" (entri ganda)", " (double entry)") if double_entry else ""),
            )
            changed += 1
            final += status == "final"
    return PaperResult(len(sheets), changed, final, len(sheets) - changed)
