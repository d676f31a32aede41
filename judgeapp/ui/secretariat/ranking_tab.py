"""Ranking per category with the tie-break trail; sensitivity; agreement.

Every figure comes from ``services.results`` (``rank``, ``sensitivity``,
``agreement``) — the same functions ``judgeapp rank`` and the reports call —
formatted with the ranking's own decimals. They are computed off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.domain.ranking import TrailStep
from judgeapp.errors import Refused
from judgeapp.i18n import decimal_text
from judgeapp.services import events as event_service
from judgeapp.services import results
from judgeapp.services.forms import load_pinned
from judgeapp.store.db import Workspace
from judgeapp.ui.numbers import fmt, shown
from judgeapp.ui.secretariat import setup_kit, widgets
from judgeapp.ui.secretariat.models import FLAG, WARN, Cell
from judgeapp.ui.secretariat.ranking_calibration import CalibrationView
from judgeapp.ui.secretariat.widgets import Context, MessageBar, Page, ProgressStrip, button

STATISTIC_NAMES = {
    "krippendorff_alpha": "Krippendorff α",
    "icc2_1": "ICC(2,1)",
    "icc3_1": "ICC(3,1)",
    "kendall_w": "Kendall W",
    "icc1_1": "ICC(1,1)",
    "icc1_k": "ICC(1,k)",
    "icc2_k": "ICC(2,k)",
    "icc3_k": "ICC(3,k)",
    "krippendorff_alpha_ordinal": "Krippendorff α (ordinal)",
    "krippendorff_alpha_nominal": "Krippendorff α (nominal)",
}


def statistic_name(name: str) -> str:
    return STATISTIC_NAMES.get(name, name)


@dataclass(frozen=True)
class Results:
    ranking: results.Ranking
    sensitivity: results.Sensitivity
    agreement: list[results.PanelAgreement]
    calibration: list[results.StageCalibration] = field(default_factory=list)
    judge_names: dict[str, str] = field(default_factory=dict)
    # "stage/indicator" → the indicator's title (moderated values are named so)
    titles: dict[str, str] = field(default_factory=dict)


def compute(ws: Workspace, event_id: str, stage_id: str | None, provisional: bool) -> Results:
    """The four views from one read of the scores (``results.overview``)."""
    seen = results.overview(ws, event_id, stage_id=stage_id, provisional=provisional)
    names: dict[str, str] = {j.id: j.name for j in event_service.list_judges(ws, event_id)}
    titles = {
        f"{st.id}/{ind.id}": ind.title
        for st in seen.ranking.stages
        for _a, ind in load_pinned(ws, st.form_hash).indicators()
    }
    return Results(seen.ranking, seen.sensitivity, seen.agreement, seen.calibration, names, titles)


class RankingTab(Page):
    """Ranking · Sensitivity · Agreement · Judge calibration, for all stages
    weighted or one stage."""

    loaded = Signal()
    failed = Signal(str)
    report_requested = Signal(str, dict)  # kind, scope

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result: Results | None = None
        self.stage = setup_kit.named_combo(self.tr("Stage"), self)
        self.category = setup_kit.named_combo(self.tr("Category"), self)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.provisional = QCheckBox(self.tr("Count open sheets too (&provisional)"), self)
        self.recompute = button(self.tr("Re&calculate"), self)
        self.print_button = button(self.tr("Ranking &report…"), self)
        self.ranking_model, self.ranking_view = widgets.listing(self.tr("Ranking"), self)
        self.sensitivity_model, self.sensitivity_view = widgets.listing(
            self.tr("Sensitivity"), self
        )
        self.agreement_model, self.agreement_view = widgets.listing(self.tr("Agreement"), self)
        self.ranking_view.setWordWrap(True)
        self.sensitivity_view.horizontalHeader().setStretchLastSection(False)
        self.inner = QTabWidget(self)
        self.inner.addTab(self.ranking_view, self.tr("Ranking"))
        self.inner.addTab(self.sensitivity_view, self.tr("Sensitivity"))
        self.inner.addTab(self.agreement_view, self.tr("Agreement"))
        self.calibration_view = CalibrationView(self)
        self.inner.addTab(self.calibration_view, self.tr("Judge calibration"))
        self.notes = widgets.note("", self)
        self.progress = ProgressStrip(self)
        self.message = MessageBar(self)
        top = QHBoxLayout()
        labelled = ((self.tr("&Stage:"), self.stage), (self.tr("Ca&tegory:"), self.category))
        setup_kit.add_labelled(top, self, labelled)
        top.addWidget(self.provisional)
        top.addStretch(1)
        top.addWidget(self.recompute)
        top.addWidget(self.print_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.inner, 1)
        lay.addWidget(self.notes)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        event = event_service.get_event(ctx.ws, ctx.event_id)
        self._stage_names: dict[str, str] = {st.id: st.name for st in event.stages}
        if len(event.stages) > 1:
            self.stage.addItem(self.tr("All stages (weighted)"), "")
        for st in event.stages:
            self.stage.addItem(f"{st.name} ({fmt(st.weight)} %)", st.id)
        self.stage.setEnabled(self.stage.count() > 1)
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.provisional.toggled.connect(lambda _b: self.refresh())
        self.category.currentIndexChanged.connect(lambda _i: self._show())
        self.recompute.clicked.connect(self.refresh)
        self.print_button.clicked.connect(
            lambda: self.report_requested.emit("ranking", {"stage_id": self.stage_id()})
        )

    def stage_id(self) -> str | None:
        return str(self.stage.currentData() or "") or None

    def refresh(self) -> None:
        ws_event, stage, prov = self.ctx.event_id, self.stage_id(), self.provisional.isChecked()
        self.message.clear_message()
        widgets.run_task(
            self.ctx,
            self.progress,
            self.tr("Calculating the ranking…"),
            lambda ws, _p: compute(ws, ws_event, stage, prov),
            on_done=self._done,
            on_refused=self._refused,
            hold=[self.recompute],
            key="ranking",  # the latest choice of stage and provisional wins
        )

    def _done(self, result: Results) -> None:
        self.result = result
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        for c in result.ranking.categories():
            self.category.addItem(c, c)
        i = self.category.findData(keep)
        self.category.setCurrentIndex(max(i, 0))
        self.category.blockSignals(False)
        self._show()
        self.loaded.emit()

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")
        self.failed.emit(str(exc))

    # ---- display ---------------------------------------------------------------
    def _show(self) -> None:
        if self.result is None:
            return
        cat = str(self.category.currentData() or "")
        self._show_ranking(self.result.ranking, cat)
        self._show_sensitivity(self.result.sensitivity, cat)
        self._show_agreement(self.result.agreement)
        self.calibration_view.show_calibration(
            self.result.calibration, self.result.judge_names, self._stage_names
        )

    def _show_ranking(self, ranking: results.Ranking, cat: str) -> None:
        d = ranking.decimals
        multi = len(ranking.stages) > 1 and ranking.stage_id is None
        headers = [self.tr("Category"), self.tr("Rank"), self.tr("Region"), self.tr("Score")]
        if multi:
            headers += [f"{ranking.stage_label(s.id)} ({fmt(s.weight)} %)" for s in ranking.stages]
        headers += [self.tr("Judges"), self.tr("Flags"), self.tr("Tie-break / notes")]
        rows = []
        payload = []
        for r in ranking.rows:
            if cat and r.category != cat:
                continue
            bg = FLAG if r.tied else None
            row: list[Cell] = [
                Cell(r.category),
                Cell(
                    "" if r.rank is None else str(r.rank),
                    value=r.rank,
                    align_right=True,
                    background=bg,
                    bold=True,
                ),
                Cell(r.region, background=bg),
                Cell(
                    shown(r.score_text()),
                    value=r.exact,
                    align_right=True,
                    background=bg,
                    bold=True,
                    tooltip=self.tr(
                        "shown with %n decimal(s): equal to the neighbouring row at fewer",
                        "",
                        r.digits,
                    )
                    if r.more_digits
                    else "",
                ),
            ]
            if multi:
                row += [
                    Cell(
                        fmt(r.stage_scores.get(s.id), d),
                        value=r.stage_scores.get(s.id),
                        align_right=True,
                    )
                    for s in ranking.stages
                ]
            row += [
                Cell(str(r.judges), value=r.judges, align_right=True),
                Cell(
                    str(r.flagged) if r.flagged else "",
                    value=r.flagged,
                    align_right=True,
                    background=WARN if r.flagged else None,
                ),
                Cell(
                    self._notes_text(r, d),
                    tooltip=self._notes_text(r, d),
                    background=bg or (WARN if r.warnings else None),
                ),
            ]
            rows.append(row)
            payload.append(r)
        self.ranking_model.reset(headers, rows, payload=payload)
        notes = list(ranking.notes)
        if ranking.provisional:
            notes.insert(0, self.tr("Provisional: open sheets are counted."))
        warned = sum(1 for r in ranking.rows if r.warnings)
        if warned:
            notes.insert(
                0,
                self.tr(
                    "⚠ %n row(s) count a worksheet with blank or 0 cells (see notes).", "", warned
                ),
            )
        ties = sum(1 for r in ranking.rows if r.tied)
        if ties:
            notes.insert(0, self.tr("%n row(s) in an unresolved tie (marked).", "", ties))
        ladder = ranking.ladder_text or self.tr("none")
        notes.append(self.tr("Tie-break ladder: %1").replace("%1", ladder))
        self.notes.setText("\n".join(notes))

    def _notes_text(self, r: results.RankRow, d: int) -> str:
        ranking = self.result.ranking if self.result is not None else None
        parts = [self.trail_text(s, ranking) for s in r.trail]
        if r.tied:
            parts.insert(0, self.tr("UNRESOLVED TIE"))
        titles = self.result.titles if self.result is not None else {}
        for m in r.moderated:
            target = (
                self.tr("total")
                if m.target == "total"
                else titles.get(f"{m.stage_id}/{m.target}", m.target)
            )
            parts.append(
                self.tr("moderated %1: %2 (was %3)")
                .replace("%1", target)
                .replace("%2", fmt(m.value, d))
                .replace("%3", fmt(m.original, d))
            )
        if r.reason:
            parts.append(r.reason)
        parts.extend("⚠ " + w for w in r.warnings)
        return "; ".join(parts)

    def trail_text(self, step: TrailStep, ranking: results.Ranking | None = None) -> str:
        """One step of a row's trail in words: the rule by what it compares
        ("Tahap II", "aspek Pencapaian"), the values with the language's
        decimal mark."""
        if step.outcome == "tied":
            return self.tr("tied with %1").replace("%1", step.other_name)
        text = (
            self.tr("ahead of %1 on %2 (%3 vs %4)")
            if step.outcome == "ahead"
            else self.tr("behind %1 on %2 (%3 vs %4)")
        )
        rule = ranking.rule_name(step.rule) if ranking is not None else step.rule
        return (
            text.replace("%1", step.other_name)
            .replace("%2", rule)
            .replace("%3", decimal_text(step.value))
            .replace("%4", decimal_text(step.other_value))
        )

    def rule_name(self, rule: str) -> str:
        names = {
            "median": self.tr("median"),
            "mean": self.tr("mean"),
            "trimmed_mean": self.tr("trimmed mean"),
            "zscore": self.tr("z-score per judge"),
            "ijru": "IJRU",
        }
        return names.get(rule, rule)

    def _show_sensitivity(self, sens: results.Sensitivity, cat: str) -> None:
        """One column per rule: "rank (score)", a changed rank marked ▲/▼."""
        d = sens.official.decimals
        headers = [
            self.tr("Category"),
            self.tr("Region"),
            self.tr("Official rank"),
            self.tr("Score"),
        ]
        headers += [self.rule_name(rule) for rule in sens.rules]
        rows = []
        for r in sens.rows:
            if cat and r.category != cat:
                continue
            row = [
                Cell(r.category),
                Cell(r.region),
                Cell("" if r.rank is None else str(r.rank), value=r.rank, align_right=True),
                Cell(fmt(r.score, d), value=r.score, align_right=True, bold=True),
            ]
            for rule in sens.rules:
                changed = rule in r.changed
                rk = r.ranks.get(rule)
                text = "–" if rk is None else str(rk)
                if changed and rk is not None and r.rank is not None:
                    text += " ▲" if rk < r.rank else " ▼"
                elif changed:
                    text += " *"
                text += f" ({fmt(r.scores.get(rule), d)})"
                row.append(
                    Cell(
                        text,
                        value=rk,
                        align_right=True,
                        background=FLAG if changed else None,
                        bold=changed,
                        tooltip=self.tr("position changed") if changed else "",
                    )
                )
            rows.append(row)
        self.sensitivity_model.reset(headers, rows, payload=list(sens.rows))

    def _show_agreement(self, agreement: list[results.PanelAgreement]) -> None:
        headers = [
            self.tr("Stage"),
            self.tr("Panel"),
            self.tr("Judges"),
            self.tr("Submissions"),
            self.tr("Statistic"),
            self.tr("Value"),
            self.tr("Note"),
        ]
        rows = []
        for a in agreement:
            panel = self.tr("all judges") if a.panel == "all" else a.panel
            for st in (*a.statistics, *a.more):
                rows.append(
                    [
                        Cell(a.stage_id),
                        Cell(panel),
                        Cell(str(st.judges), value=st.judges, align_right=True),
                        Cell(str(st.units), value=st.units, align_right=True),
                        Cell(statistic_name(st.name), tooltip=st.name),
                        Cell(
                            "" if st.value is None else shown(f"{st.value:.3f}"),
                            value=st.value,
                            align_right=True,
                        ),
                        Cell(st.reason),
                    ]
                )
        self.agreement_model.reset(headers, rows)
