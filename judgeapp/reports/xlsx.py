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
    from openpyxl.styles import Alignment, Font

    def tr(i: str, e: str) -> str:
        return e if lang == "en" else i

    event = event_or_refuse(ws, event_id)
    judges = {j["id"]: j for j in event_service.list_judges(ws, event.id)}
    subs = {s["id"]: s for s in event_service.current_submissions(ws, event.id)}
    ranking = figures.ranking(ws, event.id)
    dec = ranking.decimals
    wb = Workbook()
    wb.remove(wb.active)

    # ---- summary
    summary = wb.create_sheet(tr("Ringkasan", "Summary"))
    _append(summary, [tr("Acara", "Event"), event.name])
    _append(summary, [tr("Edisi", "Edition"), event.edition])
    _append(summary, [tr("Tempat", "Place"), event.place])
    _append(summary, [tr("Kompetisi", "Competition"), event.competition])
    _append(summary, [tr("Usulan", "Submissions"), len(subs)])
    _append(summary, [tr("Juri", "Judges"), len(judges)])
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

    # ---- ranking
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
    n_stage = len(stage_ids)
    for r in ranking.rows:
        trail = "; ".join(_trail_step(s, ranking, lang) for s in r.trail)
        note = "; ".join(x for x in (trail, r.reason) if x)
        formats = {5 + i: _fmt(st.decimals) for i, st in enumerate(ranking.stages)}
        formats[5 + n_stage] = _fmt(dec)
        rk.row(
            [r.category, r.rank, r.region, r.province]
            + [r.stage_scores.get(s) for s in stage_ids]
            + [r.score, r.judges, "=" if r.tied else "", note],
            formats,
        )
    rk.finish()

    # ---- totals and per-judge sheets
    tot = _Sheet(
        wb,
        "Total",
        [
            tr("Tahap", "Stage"),
            tr("Daerah", "Region"),
            tr("Kategori", "Category"),
            tr("Juri", "Judge"),
            tr("Peran", "Role"),
            tr("Nilai total", "Total"),
        ],
        [10, 30, 12, 28, 8, 12],
    )
    items_sheet = _Sheet(
        wb,
        tr("Butir", "Items"),
        [
            tr("Tahap", "Stage"),
            tr("Daerah", "Region"),
            tr("Juri", "Judge"),
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
        [
            tr("Tahap", "Stage"),
            tr("Daerah", "Region"),
            tr("Juri", "Judge"),
            tr("Sasaran", "Target"),
            tr("Jenis", "Kind"),
            tr("Teks", "Text"),
        ],
        [10, 28, 26, 28, 16, 80],
    )
    # a stage by its short name ("Tahap II"); its id where two would read alike
    labels = [ranking.stage_label(st.id) for st in event.stages]
    stage_names = {
        st.id: label if labels.count(label) == 1 else st.id
        for st, label in zip(event.stages, labels, strict=True)
    }
    status_words = {"open": tr("terbuka", "open"), "final": tr("final", "final")}
    for st in event.stages:
        form = load_pinned(ws, st.form_hash)
        inds = [ind for _a, ind in form.indicators()]
        titles = {ind.id: ind.title for ind in inds}
        for a in form.aspects:
            titles[a.id] = a.title
        for item_owner in inds:
            for it in item_owner.items:
                titles[it.id] = it.text
        per = _Sheet(
            wb,
            f"{tr('Nilai', 'Scores')} {stage_names[st.id]}",
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
            r for r in sheet_service.stage_scores(ws, event.id, st.id) if r["submission_id"] in subs
        ]
        rows.sort(
            key=lambda r: (
                subs[r["submission_id"]]["region"],
                judges.get(r["judge_id"], {}).get("name", r["judge_id"]),
            )
        )
        for r in rows:
            state = sheet_service.state(ws, r["sheet_id"])
            sub = subs[r["submission_id"]]
            judge = judges.get(r["judge_id"], {"name": r["judge_id"], "role": ""})
            formats = {6 + i: "0.00" for i in range(len(inds))}
            formats[6 + len(inds)] = _fmt(state.form.total_decimals)
            per.row(
                [
                    sub["region"],
                    sub["category"],
                    judge["name"],
                    judge["role"],
                    status_words.get(state.data.status, state.data.status),
                ]
                + [state.result.indicators.get(ind.id) for ind in inds]
                + [state.result.total],
                formats,
            )
            for _a, ind in state.form.indicators():
                keys = [it.id for it in ind.items] or [ind.id]
                for key in keys:
                    if key in state.data.scores:
                        items_sheet.row(
                            [
                                stage_names[st.id],
                                sub["region"],
                                judge["name"],
                                status_words.get(state.data.status, state.data.status),
                                ind.title,
                                key,
                                titles.get(key, key),
                                state.data.scores[key],
                            ],
                            {8: "0.00"},
                        )
            for (target, field), text in sorted(state.data.texts.items()):
                if text.strip() and not is_private_field(field):  # private notes never
                    kind = {
                        "strength": tr("Keunggulan", "Strength"),
                        "recommendation": tr("Rekomendasi", "Recommendation"),
                    }.get(_field_kind(field), field)
                    notes.row(
                        [
                            stage_names[st.id],
                            sub["region"],
                            judge["name"],
                            titles.get(target, target or tr("lembar", "sheet")),
                            kind,
                            text,
                        ]
                    )
        per.finish()
        for d in figures.spreads(ws, event.id, st.id):
            if d.target != "total":
                continue
            for jid in sorted(d.values, key=lambda j: judges.get(j, {"name": j})["name"]):
                j = judges.get(jid, {"name": jid, "role": ""})
                tot.row(
                    [stage_names[st.id], d.region, d.category, j["name"], j["role"], d.values[jid]],
                    {6: _fmt(form.total_decimals)},
                )
            tot.row(
                [
                    stage_names[st.id],
                    d.region,
                    d.category,
                    tr("GABUNGAN", "COMBINED"),
                    "",
                    d.combined,
                ],
                {6: _fmt(form.total_decimals)},
            )
            tot.ws.cell(tot.ws.max_row, 4).font = Font(bold=True)
            tot.ws.cell(tot.ws.max_row, 6).font = Font(bold=True)
            tot.row(
                [stage_names[st.id], d.region, d.category, tr("selisih", "spread"), "", d.range],
                {6: "0.00"},
            )
    for s in (tot, items_sheet, notes):
        s.finish()
    for cell in notes.ws["F"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    # the per-stage score sheets after the ranking, notes last
    order = [wb[name] for name in wb.sheetnames]
    wb._sheets = [order[0], order[1], order[2]] + order[5:] + [order[3], order[4]]
    step(0.9, "write")
    out = Path(out_path)
    import io

    from judgeapp.services.atomic import atomic_file

    buf = io.BytesIO()  # zipped in memory (a few MB): a full disk then fails cleanly
    wb.save(buf)
    with atomic_file(
        out, prefix=".export-", make_parents=False
    ) as fh:  # a full disk: a message, no half file
        fh.write(buf.getbuffer())
    step(1.0, "done")
    return out
