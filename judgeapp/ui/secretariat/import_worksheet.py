"""Import, official PPD worksheet: one judge's Bappenas Tahap II workbook.

``services.worksheet_import`` reads it, matches each region column by name
to the event's submissions (optionally creating the missing ones), checks
every total against the worksheet's own formula results and writes the
judge's sheets in one transaction — or refuses, naming file, cell and reason,
and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused, WorkspaceError
from judgeapp.services import events as event_service
from judgeapp.services import worksheet_import
from judgeapp.services.worksheet import NAME_ROW
from judgeapp.store.db import Workspace
from judgeapp.ui.numbers import fmt
from judgeapp.ui.secretariat import setup_kit, widgets
from judgeapp.ui.secretariat.models import BAD, GOOD, Cell, warning_cell
from judgeapp.ui.secretariat.widgets import Context, Page, button


@dataclass(frozen=True)
class WorksheetOutcome:
    file: str
    result: worksheet_import.WorksheetImport | None = None
    refusal: str = ""
    region_names: dict[str, str] | None = None  # submission id → region as held

    @property
    def refused(self) -> bool:
        return self.result is None


def import_file(
    ws: Workspace,
    event_id: str,
    path: Path,
    judge_id: str,
    stage_id: str | None,
    create_missing: bool,
    actor: str,
) -> WorksheetOutcome:
    try:
        res = worksheet_import.import_worksheet(
            ws,
            event_id,
            path,
            judge_id,
            stage_id=stage_id,
            create_missing=create_missing,
            actor=actor,
        )
    except (worksheet_import.WorksheetImportRefused, WorkspaceError) as exc:
        return WorksheetOutcome(path.name, refusal=str(exc))
    names: dict[str, str] = {
        s.id: s.region for s in event_service.current_submissions(ws, event_id)
    }
    return WorksheetOutcome(path.name, res, region_names=names)


class WorksheetPage(Page):
    """Choose the workbook, the judge, the stage; see what each region became."""

    imported = Signal()
    finished = Signal(object)  # a WorksheetOutcome, or None after a failure

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.outcome: WorksheetOutcome | None = None
        self.file = setup_kit.named_line(
            self.tr("Worksheet file"), self, self.tr("The judge's .xlsx worksheet")
        )
        self.browse = button(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the worksheet"))
        self.judge = setup_kit.named_combo(self.tr("Judge whose worksheet it is"), self)
        self.stage = setup_kit.named_combo(self.tr("Stage"), self)
        self.create_missing = QCheckBox(self.tr("&Create regions not yet in the event"), self)
        self.import_button = button(self.tr("&Import worksheet"), self)
        parts = widgets.outcome_parts(
            self.tr("Worksheet import results"),
            self.tr(
                "The official PPD Tahap II worksheet (LEMBAR PENILAIAN) of one judge: item "
                "scores per region column, Keunggulan and Rekomendasi. Regions are matched by "
                "name; every total must equal the worksheet's own result, or nothing is imported."
            ),
            self,
        )
        self.model, self.view, self.progress, self.message, explain = parts
        form = QFormLayout()
        file_label = setup_kit.buddy_label(self.tr("&Worksheet:"), self.file, self)
        form.addRow(file_label, setup_kit.file_row(self.file, self.browse))
        form.addRow(self.tr("&Judge:"), self.judge)
        form.addRow(self.tr("&Stage:"), self.stage)
        form.addRow("", self.create_missing)
        box = QWidget(self)
        box.setLayout(form)
        box.setMaximumWidth(820)
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addWidget(box)
        lay.addLayout(setup_kit.row_of([self.import_button]))
        widgets.add_outcome(lay, self.view, self.progress, self.message)
        self.browse.clicked.connect(self._browse)
        self.import_button.clicked.connect(self.start_import)

    def refresh(self) -> None:
        setup_kit.refill_judge_and_stage(
            self.ctx, self.judge, self.stage, self.tr("The one whose form matches")
        )

    def _browse(self) -> None:
        filters = self.tr("Excel workbooks (*.xlsx);;All files (*)")
        setup_kit.browse_file(self, self.file, self.tr("Official worksheet"), filters)

    def start_import(self) -> None:
        text = self.file.text().strip()
        jid = self.judge.currentData()
        if not text or not jid:
            self.message.show_message(self.tr("Choose the worksheet file and the judge."), "error")
            return
        path = Path(text)
        eid, actor = self.ctx.event_id, self.ctx.actor
        stage = self.stage.currentData() or None
        create = self.create_missing.isChecked()
        self.message.clear_message()
        widgets.run_task(
            self.ctx,
            self.progress,
            self.tr("Reading %1…").replace("%1", path.name),
            lambda ws, _p: import_file(ws, eid, path, jid, stage, create, actor),
            on_done=self._done,
            on_refused=self._refused,
            hold=[self.import_button],
        )

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")
        self.finished.emit(None)

    def _done(self, out: WorksheetOutcome) -> None:
        self.outcome = out
        # a long reason takes the spare width; the figures stay together
        self.view.horizontalHeader().setStretchLastSection(out.result is None)
        if out.result is None:
            self.model.reset(
                [self.tr("File"), self.tr("Result"), self.tr("Reason")],
                [
                    (
                        out.file,
                        Cell(self.tr("REFUSED"), background=BAD, bold=True),
                        Cell(out.refusal, tooltip=out.refusal),
                    )
                ],
            )
            self.message.show_message(
                self.tr("Refused; nothing was changed. %1").replace("%1", out.refusal), "error"
            )
            self.finished.emit(out)
            return
        res = out.result
        names = out.region_names or {}
        status = {"final": self.tr("final"), "open": self.tr("incomplete")}
        rows = []
        for r in res.regions:
            if r.cached_total is None:
                cached = Cell(self.tr("not stored in the file"))
            else:
                same = r.cached_agrees
                cached = Cell(fmt(r.cached_total), background=GOOD if same else BAD)
            rows.append(
                (
                    f"D{NAME_ROW + r.slot - 1}",
                    r.name,
                    names.get(r.submission_id, r.submission_id),
                    self.tr("created") if r.created else self.tr("matched"),
                    Cell(fmt(r.total), align_right=True),
                    cached,
                    status.get(r.status, r.status),
                    Cell(str(r.changed), align_right=True),
                    warning_cell(r.warning),
                )
            )
        self.model.reset(
            [
                self.tr("Cell"),
                self.tr("Name in the worksheet"),
                self.tr("Region"),
                self.tr("Match"),
                self.tr("Total"),
                self.tr("Worksheet's total"),
                self.tr("Sheet"),
                self.tr("Scores changed"),
                self.tr("Warning"),
            ],
            rows,
            payload=list(res.regions),
        )
        created = sum(r.created for r in res.regions)
        changed = sum(1 for r in res.regions if r.changed)
        self.message.show_message(
            self.tr("%1: %2 region(s), %3 matched, %4 created; %5 sheet(s) changed.")
            .replace("%1", out.file)
            .replace("%2", str(len(res.regions)))
            .replace("%3", str(len(res.regions) - created))
            .replace("%4", str(created))
            .replace("%5", str(changed)),
            "ok",
        )
        if changed or created:
            self.imported.emit()
        self.finished.emit(out)
