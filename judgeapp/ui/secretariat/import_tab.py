"""Import: submission packages, the judges' signed score files, paper
re-keying (``import_paper``) and the official PPD worksheet (``import_worksheet``).

Files are chosen with a dialog and imported off the UI thread, one by one,
each all-or-nothing (the services guarantee it). Every refusal is listed with
its file, the place in the file and the reason; a refused file changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgeapp.domain.package import PackageError
from judgeapp.errors import Refused, WorkspaceError
from judgeapp.services import packages, scorefiles
from judgeapp.store.db import Workspace
from judgeapp.ui.secretariat.import_paper import PaperPage
from judgeapp.ui.secretariat.import_worksheet import WorksheetPage
from judgeapp.ui.secretariat.models import BAD, GOOD, Cell, TableModel
from judgeapp.ui.secretariat.widgets import Context, MessageBar, ProgressStrip, button, table_view

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Outcome:
    """One line of the import result list."""

    file: str
    kind: str  # "package" | "scores"
    status: str  # imported | new-version | unchanged | refused
    place: str = ""
    reason: str = ""
    detail: str = ""

    @property
    def refused(self) -> bool:
        return self.status == "refused"


def import_packages(
    ws: Workspace, event_id: str, paths: list[Path], progress: Progress, actor: str
) -> list[Outcome]:
    out: list[Outcome] = []
    for i, path in enumerate(paths):
        progress(i, len(paths), path.name)
        try:
            res = packages.import_package(ws, path, event_id, actor=actor)
        except PackageError as exc:
            out.extend(
                Outcome(path.name, "package", "refused", p.member, p.reason) for p in exc.problems
            )
            continue
        except WorkspaceError as exc:
            out.append(Outcome(path.name, "package", "refused", "", str(exc)))
            continue
        detail = f"v{res.version}"
        out.append(Outcome(path.name, "package", res.status, "", "; ".join(res.warnings), detail))
    progress(len(paths), len(paths), "")
    return out


def import_scores(
    ws: Workspace,
    event_id: str,
    paths: list[Path],
    progress: Progress,
    actor: str,
    *,
    accept_key_change: bool = False,
    reason: str = "",
) -> list[Outcome]:
    out: list[Outcome] = []
    if paths:
        ws.backup("before-scores-import")
    for i, path in enumerate(paths):
        progress(i, len(paths), path.name)
        try:
            res = scorefiles.import_score_file(
                ws,
                event_id,
                path,
                actor=actor,
                accept_key_change=accept_key_change,
                reason=reason,
                backup=False,
            )
        except scorefiles.ScoreFileRefused as exc:
            out.append(Outcome(path.name, "scores", "refused", exc.place, exc.reason))
            continue
        except WorkspaceError as exc:
            out.append(Outcome(path.name, "scores", "refused", "", str(exc)))
            continue
        detail = f"{res.judge_id} r{res.revision} · {res.sheets_changed}"
        out.append(Outcome(path.name, "scores", res.status, "", res.message, detail))
    progress(len(paths), len(paths), "")
    return out


class ImportTab(QWidget):
    """Buttons to import packages or score files; the outcome of each file."""

    imported = Signal()  # something was added or changed
    finished = Signal(list)  # the outcomes of the last run

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcomes: list[Outcome] = []
        self.packages_button = button(self.tr("Import &packages (.zip)…"), self)
        self.folder_button = button(self.tr("Import a package &folder…"), self)
        self.scores_button = button(self.tr("Import &score files…"), self)
        self.accept_key = QCheckBox(self.tr("Accept a &changed judge key, reason:"), self)
        self.key_reason = QLineEdit(self)
        self.key_reason.setAccessibleName(self.tr("Reason for accepting a changed key"))
        self.model = TableModel(parent=self)
        self.view = table_view(self.model, self.tr("Import results"), self)
        self.view.setWordWrap(True)
        self.progress = ProgressStrip(self)
        self.message = MessageBar(self)
        explain = QLabel(
            self.tr(
                "Each file is checked first and imported whole or not at all. A refused file "
                "changes nothing; the list says which file, where in it and why."
            ),
            self,
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.packages_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.scores_button)
        row.addStretch(1)
        key = QHBoxLayout()
        key.addWidget(self.accept_key)
        key.addWidget(self.key_reason, 1)
        self.files_page = QWidget(self)
        lay = QVBoxLayout(self.files_page)
        lay.addWidget(explain)
        lay.addLayout(row)
        lay.addLayout(key)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.progress)
        lay.addWidget(self.message)
        self.paper = PaperPage(ctx, self)
        self.worksheet = WorksheetPage(ctx, self)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.files_page, self.tr("Packages and score files"))
        self.pages.addTab(self.paper, self.tr("Paper re-keying"))
        self.pages.addTab(self.worksheet, self.tr("Official PPD worksheet"))
        self.pages.setAccessibleName(self.tr("Import"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.paper.imported.connect(self.imported)
        self.worksheet.imported.connect(self.imported)
        self.pages.currentChanged.connect(lambda _i: self.refresh())
        self.packages_button.clicked.connect(self._choose_packages)
        self.folder_button.clicked.connect(self._choose_folder)
        self.scores_button.clicked.connect(self._choose_scores)

    def refresh(self) -> None:
        # The file list shows the last run; the other pages reload their choices.
        page = self.pages.currentWidget()
        if page is not self.files_page:
            page.refresh()  # type: ignore[attr-defined]

    # ---- choosing files ------------------------------------------------------------
    def _choose_packages(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(
            self, self.tr("Submission packages"), "", self.tr("Packages (*.zip);;All files (*)")
        )
        if paths:
            self.start_packages([Path(p) for p in paths])

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Package folder"))
        if path:
            self.start_packages([Path(path)])

    def _choose_scores(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(
            self,
            self.tr("Judges' score files"),
            "",
            self.tr("Score files (*.scores.json *.json);;All files (*)"),
        )
        if paths:
            self.start_scores([Path(p) for p in paths])

    # ---- running -------------------------------------------------------------------
    def start_packages(self, paths: list[Path]) -> None:
        eid, actor = self.ctx.event_id, self.ctx.actor
        self._run(lambda ws, p: import_packages(ws, eid, paths, p, actor), len(paths))

    def start_scores(self, paths: list[Path]) -> None:
        eid, actor = self.ctx.event_id, self.ctx.actor
        accept = self.accept_key.isChecked()
        reason = self.key_reason.text().strip()
        if accept and not reason:
            self.message.show_message(
                self.tr("Give the reason for accepting a changed key."), "error"
            )
            return
        self._run(
            lambda ws, p: import_scores(
                ws, eid, paths, p, actor, accept_key_change=accept, reason=reason
            ),
            len(paths),
        )

    def _run(self, job: Callable[[Workspace, Progress], Any], n: int) -> None:
        self.message.clear_message()
        for b in (self.packages_button, self.folder_button, self.scores_button):
            b.setEnabled(False)
        self.progress.begin(self.tr("Importing %n file(s)…", "", n))
        self.ctx.runner.start(
            job,
            on_done=self._done,
            on_refused=self._refused,
            on_progress=self.progress.update_progress,
            on_end=self._enable,
        )

    def _enable(self) -> None:
        self.progress.end()
        for b in (self.packages_button, self.folder_button, self.scores_button):
            b.setEnabled(True)

    def _refused(self, exc: Refused) -> None:
        self.message.show_message(str(exc), "error")
        self.finished.emit([])

    def _done(self, outcomes: list[Outcome]) -> None:
        self.outcomes = list(outcomes)
        status = {
            "imported": self.tr("imported"),
            "new-version": self.tr("new version"),
            "unchanged": self.tr("unchanged (already held)"),
            "refused": self.tr("REFUSED"),
        }
        kinds = {"package": self.tr("package"), "scores": self.tr("score file")}
        rows = []
        for o in self.outcomes:
            bg = BAD if o.refused else (GOOD if o.status in ("imported", "new-version") else None)
            rows.append(
                [
                    Cell(o.file),
                    Cell(kinds.get(o.kind, o.kind)),
                    Cell(status.get(o.status, o.status), background=bg, bold=o.refused),
                    Cell(o.place),
                    Cell(o.detail),
                    Cell(o.reason, tooltip=o.reason),
                ]
            )
        self.model.reset(
            [
                self.tr("File"),
                self.tr("Type"),
                self.tr("Result"),
                self.tr("Place"),
                self.tr("Details"),
                self.tr("Reason / warnings"),
            ],
            rows,
            payload=self.outcomes,
        )
        refused_files = {o.file for o in self.outcomes if o.refused}
        changed = [o for o in self.outcomes if o.status in ("imported", "new-version")]
        files = {o.file for o in self.outcomes}
        text = (
            self.tr("%1 file(s): %2 imported, %3 refused (nothing changed for those).")
            .replace("%1", str(len(files)))
            .replace("%2", str(len({o.file for o in changed})))
            .replace("%3", str(len(refused_files)))
        )
        self.message.show_message(text, "error" if refused_files else "ok")
        if changed:
            self.imported.emit()
        self.finished.emit(self.outcomes)
