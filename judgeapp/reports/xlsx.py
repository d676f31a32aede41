"""Excel export for the secretariat (openpyxl, imported lazily).

One workbook per event with these sheets (names in the chosen language):

* Ringkasan / Summary — the event, its stages and weights, counts;
* Peringkat / Ranking — per category: rank, region, stage scores, final
  score, judges, tie-break notes (from ``services.results``, as ``judgeapp rank``);
* Total — per stage and region: each judge's total, the combined value, the spread;
* Nilai per juri / Scores by judge — one row per sheet (judge × region ×
  stage): status, every indicator value, the total;
* Butir / Items — every item score in long form, for pivot tables;
* Catatan / Notes — every text a judge wrote (Keunggulan, Rekomendasi, notes).

Numbers are written as numbers with a fixed display format (not text), headers
are bold and frozen, columns sized, filters on.

Every text comes from someone else (a region's name, a judge's note), so every
text is written as text, never as a formula: one starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is stored as a string cell with Excel's
"quote prefix" (shown as typed, never evaluated — no spreadsheet formula
injection); characters a workbook cannot hold are replaced by U+FFFD, and a
text longer than a cell can hold (32,767 characters) is cut with "…".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from judgeapp.domain.exchange import is_private_field
from judgeapp.reports import figures
from judgeapp.reports.common import event_or_refuse
from judgeapp.reports.common import field_kind as _field_kind
from judgeapp.services import events as event_service
from judgeapp.services import sheets as sheet_service
from judgeapp.services.forms import load_pinned
from judgeapp.store.db import Workspace

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_CELL_CHARS = 32767
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _n(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        value = _NOT_IN_XLSX.sub("\ufffd", value)
        if len(value) > EXCEL_CELL_CHARS:
            value = value[: EXCEL_CELL_CHARS - 1] + "…"
    return value


def _append(ws: Any, values: list[Any]) -> None:
    """Append a row; texts stay texts (never a live formula)."""
    clean = [_n(v) for v in values]
    ws.append(clean)
    if not clean:
        return
    row = ws.max_row
    for col, value in enumerate(clean, start=1):
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell = ws.cell(row, col)
            cell.value = value
            cell.data_type = "s"
            cell.quotePrefix = True


class _Sheet:
    def __init__(self, wb: Any, title: str, headers: list[str], widths: list[int]):
        from openpyxl.styles import Alignment, Font, PatternFill

        self.ws = wb.create_sheet(_sheet_title(title))
        _append(self.ws, headers)
        for cell in self.ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DFE7F0")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[self.ws.cell(1, i).column_letter].width = w
        self.ws.freeze_panes = "A2"

    def row(self, values: list[Any], formats: dict[int, str] | None = None) -> None:
        _append(self.ws, values)
        r = self.ws.max_row
        for col, fmt_ in (formats or {}).items():
            self.ws.cell(r, col).number_format = fmt_

    def finish(self) -> None:
        if self.ws.max_row > 1:
            self.ws.auto_filter.ref = self.ws.dimensions


def _sheet_title(title: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\ (a stage id may hold them)."""
    return re.sub(r"[\[\]:*?/\\]", "_", _n(title))[:31] or "_"


def _trail_step(step: Any, ranking: Any, lang: str) -> str:
    """One step of a row's tie-break trail in words ("di atas Kota Alpha:
    aspek Pencapaian 8,6667 / 8,0000")."""
    from judgeapp.i18n import decimal_text
    from judgeapp.services.ladder_words import rule_words

    en = lang == "en"
    if step.outcome == "tied" or not step.rule:
        return ("tied with " if en else "seri dengan ") + step.other_name
    word = {"ahead": ("di atas", "ahead of"), "behind": ("di bawah", "behind")}[step.outcome]
    rule = rule_words(step.rule, ranking.rule_labels.get(step.rule, ""), lang)
    value = decimal_text(step.value, lang)
    other = decimal_text(step.other_value, lang)
    return f"{word[1] if en else word[0]} {step.other_name}: {rule} {value} / {other}"


def _fmt(decimals: int) -> str:
    return "0" if decimals <= 0 else "0." + "0" * decimals


@dataclass
class _Export:
    """What every sheet of one workbook reads: the event, its judges and
    submissions by id, the ranking, and the words of the chosen language."""

    ws: Workspace
    event: Any
    lang: str
    judges: dict[str, event_service.Judge]
    subs: dict[str, event_service.CurrentSubmission]
    ranking: Any
    stage_names: dict[str, str] = field(default_factory=dict)

    def tr(self, i: str, e: str) -> str:
        return e if self.lang == "en" else i

    def status(self, status: str) -> str:
        return {"open": self.tr("terbuka", "open"), "final": "final"}.get(status, status)

    def judge(self, judge_id: str) -> tuple[str, str]:
        """The judge's (name, role); (the id, "") for a judge the event does not know."""
        j = self.judges.get(judge_id)
        return (j.name, j.role) if j is not None else (judge_id, "")


def export_xlsx(
    ws: Workspace,
    event_id: str,
    out_path: Path | str,
    *,
    lang: str = "id",
    progress: Callable[[float, str], None] | None = None,
) -> Path:
    """Write the workbook (atomically: a temporary file renamed at the end).

    ``progress(fraction, step)`` goes from 0 to 1; safe off the UI thread."""
    step = progress or (lambda _f, _m: None)
    step(0.05, "data")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    event = event_or_refuse(ws, event_id)
    x = _Export(
        ws,
        event,
        lang,
        {j.id: j for j in event_service.list_judges(ws, event.id)},
        {s.id: s for s in event_service.current_submissions(ws, event.id)},
        figures.ranking(ws, event.id),
    )
    # a stage by its short name ("Tahap II"); its id where two would read alike
    labels = [x.ranking.stage_label(st.id) for st in event.stages]
    x.stage_names = {
        st.id: label if labels.count(label) == 1 else st.id
        for st, label in zip(event.stages, labels, strict=True)
    }
    wb = Workbook()
    wb.remove(wb.active)
    _summary(wb, x)
    _ranking(wb, x)
    tot, items, notes = _detail_sheets(wb, x)
    for st in event.stages:
        decimals = _stage(wb, x, st, items, notes)
        _stage_totals(x, st, decimals, tot)
    for s in (tot, items, notes):
        s.finish()
    for cell in notes.ws["F"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    # the per-stage score sheets after the ranking, notes last
    order = [wb[name] for name in wb.sheetnames]
    wb._sheets = [order[0], order[1], order[2]] + order[5:] + [order[3], order[4]]
    step(0.9, "write")
    out = Path(out_path)
    import io

    from judgeapp.atomic import atomic_file

    buf = io.BytesIO()  # zipped in memory (a few MB): a full disk then fails cleanly
    wb.save(buf)
    with atomic_file(
        out, prefix=".export-", make_parents=False
    ) as fh:  # a full disk: a message, no half file
        fh.write(buf.getbuffer())
    step(1.0, "done")
    return out


def _summary(wb: Any, x: _Export) -> None:
    from openpyxl.styles import Font

    tr, event = x.tr, x.event
    summary = wb.create_sheet(tr("Ringkasan", "Summary"))
    _append(summary, [tr("Acara", "Event"), event.name])
    _append(summary, [tr("Edisi", "Edition"), event.edition])
    _append(summary, [tr("Tempat", "Place"), event.place])
    _append(summary, [tr("Kompetisi", "Competition"), event.competition])
    _append(summary, [tr("Usulan", "Submissions"), len(x.subs)])
    _append(summary, [tr("Juri", "Judges"), len(x.judges)])
    if event.sample:
        _append(
            summary, [tr("DATA CONTOH", "SAMPLE DATA"), tr("bukan hasil sebenarnya", "not real")]
        )
    _append(summary, [])
    _append(
        summary,
        [
            tr("Tahap", "Stage"),
            tr("Nama", "Name"),
            tr("Bobot %", "Weight %"),
            tr("Tanggal", "Date"),
        ],
    )
    for st in event.stages:
        _append(summary, [st.id, st.name, float(st.weight), st.date])
    for row in summary.iter_rows(min_col=1, max_col=1):
        row[0].font = Font(bold=True)
    summary.column_dimensions["A"].width = 18
    summary.column_dimensions["B"].width = 50


def _ranking(wb: Any, x: _Export) -> None:
    tr, ranking = x.tr, x.ranking
    stage_ids = [s.id for s in ranking.stages]
    rk = _Sheet(
        wb,
        tr("Peringkat", "Ranking"),
        [
            tr("Kategori", "Category"),
            tr("Peringkat", "Rank"),
            tr("Daerah", "Region"),
            tr("Provinsi", "Province"),
        ]
        + [ranking.stage_label(s) for s in stage_ids]
        + [
            tr("Nilai akhir", "Final score"),
            tr("Juri", "Judges"),
            tr("Seri", "Tied"),
            tr("Keterangan", "Notes"),
        ],
        [12, 9, 30, 18] + [12] * len(stage_ids) + [13, 7, 6, 50],
    )
    formats = {5 + i: _fmt(st.decimals) for i, st in enumerate(ranking.stages)}
    formats[5 + len(stage_ids)] = _fmt(ranking.decimals)
    for r in ranking.rows:
        trail = "; ".join(_trail_step(s, ranking, x.lang) for s in r.trail)
        note = "; ".join(n for n in (trail, r.reason) if n)
        rk.row(
            [r.category, r.rank, r.region, r.province]
            + [r.stage_scores.get(s) for s in stage_ids]
            + [r.score, r.judges, "=" if r.tied else "", note],
            formats,
        )
    rk.finish()


def _detail_sheets(wb: Any, x: _Export) -> tuple[_Sheet, _Sheet, _Sheet]:
    """The totals, items and notes sheets, headers only."""
    tr = x.tr
    stage, region, judge = tr("Tahap", "Stage"), tr("Daerah", "Region"), tr("Juri", "Judge")
    tot = _Sheet(
        wb,
        "Total",
        [
            stage,
            region,
            tr("Kategori", "Category"),
            judge,
            tr("Peran", "Role"),
            tr("Nilai total", "Total"),
        ],
        [10, 30, 12, 28, 8, 12],
    )
    items = _Sheet(
        wb,
        tr("Butir", "Items"),
        [
            stage,
            region,
            judge,
            tr("Status", "Status"),
            tr("Indikator", "Indicator"),
            tr("Butir", "Item"),
            tr("Teks butir", "Item text"),
            tr("Nilai", "Score"),
        ],
        [10, 28, 26, 8, 28, 12, 50, 9],
    )
    notes = _Sheet(
        wb,
        tr("Catatan", "Notes"),
        [stage, region, judge, tr("Sasaran", "Target"), tr("Jenis", "Kind"), tr("Teks", "Text")],
        [10, 28, 26, 28, 16, 80],
    )
    return tot, items, notes


def _stage(wb: Any, x: _Export, st: Any, items: _Sheet, notes: _Sheet) -> int:
    """One stage's sheet of scores by judge, and its rows of the items and
    notes sheets; returns the decimals of the stage form's total."""
    tr = x.tr
    form = load_pinned(x.ws, st.form_hash)
    inds = [ind for _a, ind in form.indicators()]
    titles = {ind.id: ind.title for ind in inds}
    for a in form.aspects:
        titles[a.id] = a.title
    for item_owner in inds:
        for it in item_owner.items:
            titles[it.id] = it.text
    per = _Sheet(
        wb,
        f"{tr('Nilai', 'Scores')} {x.stage_names[st.id]}",
        [
            tr("Daerah", "Region"),
            tr("Kategori", "Category"),
            tr("Juri", "Judge"),
            tr("Peran", "Role"),
            tr("Status", "Status"),
        ]
        + [f"{ind.title} ({ind.weight}%)" for ind in inds]
        + [tr("Nilai total", "Total")],
        [28, 12, 26, 8, 8] + [11] * len(inds) + [12],
    )
    rows = [
        r for r in sheet_service.stage_scores(x.ws, x.event.id, st.id) if r.submission_id in x.subs
    ]
    rows.sort(key=lambda r: (x.subs[r.submission_id].region, x.judge(r.judge_id)[0]))
    for r in rows:
        state = sheet_service.state(x.ws, r.sheet_id)
        sub, (judge, role) = x.subs[r.submission_id], x.judge(r.judge_id)
        formats = {6 + i: "0.00" for i in range(len(inds))}
        formats[6 + len(inds)] = _fmt(state.form.total_decimals)
        per.row(
            [sub.region, sub.category, judge, role]
            + [x.status(state.data.status)]
            + [state.result.indicators.get(ind.id) for ind in inds]
            + [state.result.total],
            formats,
        )
        where = [x.stage_names[st.id], sub.region, judge]
        for _a, ind in state.form.indicators():
            for key in [it.id for it in ind.items] or [ind.id]:
                if key in state.data.scores:
                    items.row(
                        [*where, x.status(state.data.status), ind.title, key]
                        + [titles.get(key, key), state.data.scores[key]],
                        {8: "0.00"},
                    )
        for (target, name), text in sorted(state.data.texts.items()):
            if text.strip() and not is_private_field(name):  # private notes never
                kind = {
                    "strength": tr("Keunggulan", "Strength"),
                    "recommendation": tr("Rekomendasi", "Recommendation"),
                }.get(_field_kind(name), name)
                notes.row([*where, titles.get(target, target or tr("lembar", "sheet")), kind, text])
    per.finish()
    return form.total_decimals


def _stage_totals(x: _Export, st: Any, decimals: int, tot: _Sheet) -> None:
    """One stage's rows of the totals sheet: each judge's total of a region,
    the combined value (bold) and the spread."""
    from openpyxl.styles import Font

    total = {6: _fmt(decimals)}
    name = x.stage_names[st.id]
    for d in figures.spreads(x.ws, x.event.id, st.id):
        if d.target != "total":
            continue
        for jid in sorted(d.values, key=lambda j: x.judge(j)[0]):
            who, role = x.judge(jid)
            tot.row([name, d.region, d.category, who, role, d.values[jid]], total)
        tot.row([name, d.region, d.category, x.tr("GABUNGAN", "COMBINED"), "", d.combined], total)
        tot.ws.cell(tot.ws.max_row, 4).font = Font(bold=True)
        tot.ws.cell(tot.ws.max_row, 6).font = Font(bold=True)
        tot.row([name, d.region, d.category, x.tr("selisih", "spread"), "", d.range], {6: "0.00"})
