"""The ranking screen's judge calibration: each judge's mean and spread
against the panel on the submissions they share (lenient or severe), how far
the judge's order agrees with the panel's (Kendall's τ-b, Spearman's ρ), and
the flags beyond the form's thresholds — what the secretariat reads before
choosing the z-score rule of the sensitivity view.

The figures are ``services.results`` ' (``StageCalibration``), formatted with
the stage's own decimals; nothing is computed here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtWidgets import QVBoxLayout, QWidget

from judgeapp.domain.calibration import JudgeCalibration
from judgeapp.services import results
from judgeapp.ui.numbers import fmt, shown
from judgeapp.ui.secretariat.models import FLAG, Cell
from judgeapp.ui.secretariat.widgets import listing, note


def signed(value: Decimal | None, decimals: int) -> str:
    """+0.50 / −0.25 / 0 (the sign says lenient or severe)."""
    if value is None:
        return "–"
    text = fmt(abs(value), decimals)
    if value > 0:
        return "+" + text
    if value < 0:
        return "−" + text
    return text


def ratio(value: float | None) -> str:
    return "–" if value is None else shown(f"{value:.2f}").replace("-", "−")


class CalibrationView(QWidget):
    """One row per judge and stage; flagged rows marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.view = listing(self.tr("Judge calibration"), self)
        self.view.setObjectName("judge-calibration")
        self.view.horizontalHeader().setStretchLastSection(True)
        self.notes = note("", self)
        self.notes.setObjectName("judge-calibration-notes")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.notes)

    def flag_text(self, flag: str) -> str:
        return {
            "lenient": self.tr("lenient"),
            "severe": self.tr("severe"),
            "order": self.tr("order differs"),
        }.get(flag, flag)

    def show_calibration(
        self,
        stages: Sequence[results.StageCalibration],
        names: Mapping[str, str],
        stage_names: Mapping[str, str],
    ) -> None:
        headers = [
            self.tr("Stage"),
            self.tr("Judge"),
            self.tr("Scored"),
            self.tr("Shared"),
            self.tr("Mean"),
            self.tr("Panel mean"),
            self.tr("Difference"),
            self.tr("SD"),
            self.tr("Panel SD"),
            "Kendall τ",
            "Spearman ρ",
            self.tr("Flags"),
        ]
        rows: list[list[Cell]] = []
        payload = []
        for st in stages:
            d = st.decimals
            stage = stage_names.get(st.stage_id, st.stage_id)
            ordered = sorted(st.judges, key=lambda c: (names.get(c.judge, c.judge), c.judge))
            for c in ordered:
                rows.append(self._row(stage, names.get(c.judge, c.judge), c, d))
                payload.append(c)
        self.model.reset(headers, rows, payload=payload)
        # one stage: its name is in the stage picker already
        self.view.setColumnHidden(0, len(stages) < 2)
        notes = []
        flagged = sum(1 for c in payload if c.flagged)
        notes.append(
            self.tr("%n judge(s) flagged.", "", flagged)
            if flagged
            else self.tr("No judge flagged.")
        )
        for st in stages:
            stage = stage_names.get(st.stage_id, st.stage_id)
            notes.append(
                self.tr(
                    "%1: flagged when the difference from the panel is above %2, or when "
                    "Kendall τ is below %3 over at least %4 shared submissions."
                )
                .replace("%1", stage)
                .replace("%2", fmt(st.thresholds.difference))
                .replace("%3", fmt(st.thresholds.tau, 2))
                .replace("%4", str(st.thresholds.min_shared))
            )
        notes.append(
            self.tr(
                "The panel's value of a submission is the mean of the other judges' totals "
                "on it. A lenient or severe judge is what the z-score rule of the Sensitivity "
                "tab corrects."
            )
        )
        self.notes.setText("\n".join(notes))

    def _row(self, stage: str, name: str, c: JudgeCalibration, d: int) -> list[Cell]:
        """The row of one judge (``name``) at one stage, with ``d`` decimals."""
        bg = FLAG if c.flagged else None
        flags = ", ".join(self.flag_text(f) for f in c.flags)
        return [
            Cell(stage),
            Cell(name, background=bg, bold=c.flagged),
            Cell(str(c.scored), value=c.scored, align_right=True),
            Cell(str(c.shared), value=c.shared, align_right=True),
            Cell(
                fmt(c.mean, d) if c.mean is not None else "–",
                value=c.mean,
                align_right=True,
            ),
            Cell(
                fmt(c.panel_mean, d) if c.panel_mean is not None else "–",
                value=c.panel_mean,
                align_right=True,
            ),
            Cell(
                signed(c.difference, d),
                value=c.difference,
                align_right=True,
                bold=bool({"lenient", "severe"} & set(c.flags)),
                background=FLAG if {"lenient", "severe"} & set(c.flags) else None,
                tooltip=self.tr("above zero: more lenient than the panel; below zero: more severe"),
            ),
            Cell(fmt(c.sd, d) if c.sd is not None else "–", value=c.sd, align_right=True),
            Cell(
                fmt(c.panel_sd, d) if c.panel_sd is not None else "–",
                value=c.panel_sd,
                align_right=True,
            ),
            Cell(
                ratio(c.tau),
                value=c.tau,
                align_right=True,
                background=FLAG if "order" in c.flags else None,
            ),
            Cell(ratio(c.rho), value=c.rho, align_right=True),
            Cell(flags, background=bg),
        ]
