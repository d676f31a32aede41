"""Import, paper fallback: export a re-keying template for a judge, import
re-keyed CSV/XLSX files, or compare two operators' files (double entry).

The services do the work (``services.paper``): every file is checked whole;
a refusal lists file, row, column and reason and changes nothing; with double
entry every mismatch is listed (operator A's value against operator B's) and
nothing is accepted until the two files agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from judgeapp.errors import Refused, WorkspaceError
from judgeapp.services import events as event_service
from judgeapp.services import paper
from judgeapp.services.forms import load_pinned
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat import setup_kit, widgets
from judgeapp.ui.secretariat.models import BAD, FLAG, GOOD, Cell
from judgeapp.ui.secretariat.widgets import Context, Page, button


@dataclass(frozen=True)
class MismatchRow:
    judge: str
    region: str
    stage: str
    item: str
    first: str
    second: str


@dataclass(frozen=True)
class PaperOutcome:
    """What one paper import came to (``status``: imported | refused | mismatch)."""

    status: str
    files: tuple[str, ...]
    problems: tuple[paper.PaperProblem, ...] = ()
    mismatches: tuple[MismatchRow, ...] = ()
    result: paper.PaperResult | None = None


@dataclass(frozen=True)
class TemplateOutcome:
    path: Path
    sheets: int


def export_template(
    ws: Workspace, event_id: str, path: Path, judge_id: str, stage_id: str | None
) -> TemplateOutcome:
    out = paper.export_template(ws, event_id, path, judge_id=judge_id, stage_id=stage_id)
    _header, rows = paper.read_rows(out)
    return TemplateOutcome(out, len({(r["stage"], r["submission"]) for _n, r in rows}))


def _item_labels(ws: Workspace, event_id: str) -> dict[tuple[str, str], str]:
    """(stage id, score key) → "key text", (stage id, "") → stage name."""
    out: dict[tuple[str, str], str] = {}
    for stage in event_service.get_event(ws, event_id).stages:
        out[(stage.id, "")] = stage.name
        form = load_pinned(ws, stage.form_hash)
        for key in form.score_keys():
            _a, ind, item = form.target(key)
            out[(stage.id, key)] = f"{key} {item.text if item else ind.title}"
    return out


def import_files(
    ws: Workspace, event_id: str, paths: list[Path], double_entry: bool, actor: str
) -> PaperOutcome:
    names = tuple(p.name for p in paths)
    try:
        res = paper.import_paper(ws, event_id, list(paths), double_entry=double_entry, actor=actor)
    except paper.PaperMismatch as exc:
        labels = _item_labels(ws, event_id)
        judges: dict[str, str] = {j.id: j.name for j in event_service.list_judges(ws, event_id)}
        rows = []
        for m in exc.mismatches:
            stage, judge = m.sheet[1], m.sheet[2]
            item = (
                labels.get((stage, m.target), m.target)
                if m.field == paper.SCORE
                else f"{m.target} · {m.field}"
            )
            rows.append(
                MismatchRow(
                    judges.get(judge, judge),
                    m.region,
                    labels.get((stage, ""), stage),
                    item,
                    m.first,
                    m.second,
                )
            )
        return PaperOutcome("mismatch", names, mismatches=tuple(rows))
    except paper.PaperRefused as exc:
        return PaperOutcome("refused", names, problems=tuple(exc.problems))
    except WorkspaceError as exc:
        problem = paper.PaperProblem(", ".join(names), 0, "", str(exc))
        return PaperOutcome("refused", names, problems=(problem,))
    return PaperOutcome("imported", names, result=res)


class PaperPage(Page):
    """Template export, single-entry import and double entry, with the outcome."""

    imported = Signal()  # sheets were written
    finished = Signal(object)  # a PaperOutcome, or None after a failure
    exported = Signal(object)  # a TemplateOutcome

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.outcome: PaperOutcome | None = None
        self.judge = setup_kit.named_combo(self.tr("Judge of the template"), self)
        self.stage = setup_kit.named_combo(self.tr("Stage of the template"), self)
        self.export_button = button(
            self.tr("E&xport template…"),
            self,
            tip=self.tr("A CSV or XLSX file with one row per score of the judge's sheets"),
        )
        self.import_button = button(
            self.tr("Import re-&keyed files…"),
            self,
            tip=self.tr("One operator's files (single entry), accepted when every row is valid"),
        )
        self.file_a = setup_kit.named_line(self.tr("Operator A's file"), self)
        self.file_b = setup_kit.named_line(self.tr("Operator B's file"), self)
        self.browse_a = button(self.tr("Browse…"), self)
        self.browse_a.setAccessibleName(self.tr("Choose operator A's file"))
        self.browse_b = button(self.tr("Browse…"), self)
        self.browse_b.setAccessibleName(self.tr("Choose operator B's file"))
        self.compare_button = button(
            self.tr("&Compare and import"),
            self,
            tip=self.tr("Nothing is accepted while the two files differ"),
        )
        parts = widgets.outcome_parts(
            self.tr("Paper import results"),
            self.tr(
                "For a judge who scored on paper: export the template, have the scores keyed "
                "into its value column, then import it. With double entry two operators key "
                "the same sheets and every difference is listed before anything is accepted."
            ),
            self,
        )
        self.model, self.view, self.progress, self.message, explain = parts

        single = QGroupBox(self.tr("Template and single entry"), self)
        sform = QFormLayout(single)
        sform.addRow(self.tr("&Judge:"), self.judge)
        sform.addRow(self.tr("&Stage:"), self.stage)
        sform.addRow(setup_kit.row_of([self.export_button, self.import_button]))

        double = QGroupBox(self.tr("Double entry (two operators)"), self)
        dform = QFormLayout(double)
        label_a = setup_kit.buddy_label(self.tr("Operator &A:"), self.file_a, double)
        label_b = setup_kit.buddy_label(self.tr("Operator &B:"), self.file_b, double)
        dform.addRow(label_a, setup_kit.file_row(self.file_a, self.browse_a))
        dform.addRow(label_b, setup_kit.file_row(self.file_b, self.browse_b))
        dform.addRow(setup_kit.row_of([], [self.compare_button]))

        boxes = QHBoxLayout()
        boxes.addWidget(single, 1)
        boxes.addWidget(double, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addLayout(boxes)
        widgets.add_outcome(lay, self.view, self.progress, self.message)
        order = (self.file_a, self.browse_a, self.file_b, self.browse_b, self.compare_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.export_button.clicked.connect(self._choose_template)
        self.import_button.clicked.connect(self._choose_files)
        self.browse_a.clicked.connect(lambda: self._browse(self.file_a))
        self.browse_b.clicked.connect(lambda: self._browse(self.file_b))
        self.compare_button.clicked.connect(self.start_double_entry)

    def refresh(self) -> None:
        setup_kit.refill_judge_and_stage(self.ctx, self.judge, self.stage, self.tr("All stages"))

    # ---- choosing files ------------------------------------------------------------
    def _filter(self) -> str:
        return self.tr("Re-keyed scores (*.csv *.xlsx);;All files (*)")

    def _choose_template(self) -> None:
        jid = self.judge.currentData()
        if not jid:
            self.message.show_message(self.tr("Choose a judge first."), "error")
            return
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the re-keying template"),
            f"{self.ctx.event_id}-{jid}-kertas.csv",
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.start_export(Path(path))

    def _choose_files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(
            self, self.tr("Re-keyed files"), "", self._filter()
        )
        if paths:
            self.start_import([Path(p) for p in paths])

    def _browse(self, line: QLineEdit) -> None:
        setup_kit.browse_file(self, line, self.tr("Re-keyed file"), self._filter())

    # ---- running -------------------------------------------------------------------
    def start_export(self, path: Path) -> None:
        jid = self.judge.currentData()
        if not jid:
            self.message.show_message(self.tr("Choose a judge first."), "error")
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv")
        eid, stage = self.ctx.event_id, self.stage.currentData() or None
        self._run(
            lambda ws, _p: export_template(ws, eid, path, jid, stage),
            self.tr("Writing the template…"),
            self._exported,
        )

    def start_import(self, paths: list[Path]) -> None:
        self._start(paths, False)

    def start_double_entry(self) -> None:
        a, b = self.file_a.text().strip(), self.file_b.text().strip()
        if not a or not b:
            self.message.show_message(
                self.tr("Choose operator A's file and operator B's file."), "error"
            )
            return
        self._start([Path(a), Path(b)], True)

    def _start(self, paths: list[Path], double: bool) -> None:
        eid, actor = self.ctx.event_id, self.ctx.actor
        self._run(
            lambda ws, _p: import_files(ws, eid, paths, double, actor),
            self.tr("Checking %n file(s)…", "", len(paths)),
            self._done,
        )

    def _run(self, job: Any, text: str, done: Any) -> None:
        self.message.clear_message()
        buttons = [self.export_button, self.import_button, self.compare_button]
        widgets.run_task(
            self.ctx, self.progress, text, job, on_done=done, on_refused=self._refused, hold=buttons
        )

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")
        self.finished.emit(None)

    def _exported(self, out: TemplateOutcome) -> None:
        if out.sheets:
            text = self.tr("Template written: %1 (%n sheet(s) to key).", "", out.sheets)
            kind = "ok"
        else:
            text = self.tr("Template written: %1 — but the judge has no assigned sheets yet.")
            kind = "error"
        self.message.show_message(text.replace("%1", str(out.path)), kind)
        self.exported.emit(out)

    def _done(self, out: PaperOutcome) -> None:
        self.outcome = out
        files = ", ".join(out.files)
        # a long reason takes the spare width; values stay side by side
        self.view.horizontalHeader().setStretchLastSection(out.status == "refused")
        if out.status == "mismatch":
            a, b = out.files
            self.model.reset(
                [
                    self.tr("Judge"),
                    self.tr("Region"),
                    self.tr("Stage"),
                    self.tr("Item"),
                    self.tr("A: %1").replace("%1", a),
                    self.tr("B: %1").replace("%1", b),
                ],
                [
                    (
                        m.judge,
                        m.region,
                        m.stage,
                        m.item,
                        Cell(m.first or "—", background=FLAG, tooltip=m.first),
                        Cell(m.second or "—", background=FLAG, tooltip=m.second),
                    )
                    for m in out.mismatches
                ],
                payload=list(out.mismatches),
            )
            self.message.show_message(
                self.tr(
                    "The two entries differ in %n place(s); nothing was accepted. "
                    "Correct the wrong file and compare again.",
                    "",
                    len(out.mismatches),
                ),
                "error",
            )
        elif out.status == "refused":
            self.model.reset(
                [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Reason")],
                [
                    (
                        Cell(p.file, background=BAD),
                        Cell(str(p.row) if p.row else "", align_right=True),
                        p.column,
                        Cell(p.reason, tooltip=p.reason),
                    )
                    for p in out.problems
                ],
                payload=list(out.problems),
            )
            self.message.show_message(
                self.tr(
                    "Refused (%n problem(s)); nothing was changed: %1", "", len(out.problems)
                ).replace("%1", files),
                "error",
            )
        else:
            res = out.result
            assert res is not None
            self.model.reset(
                [self.tr("File"), self.tr("Result")],
                [(name, Cell(self.tr("accepted"), background=GOOD)) for name in out.files],
            )
            self.message.show_message(
                self.tr("%1 sheet(s) accepted: %2 written (%3 final), %4 unchanged.")
                .replace("%1", str(res.sheets))
                .replace("%2", str(res.changed))
                .replace("%3", str(res.final))
                .replace("%4", str(res.unchanged)),
                "ok",
            )
            if res.changed:
                self.imported.emit()
        self.finished.emit(out)
